"""A clock that only moves when told to, for tests that involve time without sleeping."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

__all__ = ["ManualClock"]


class ManualClock:
    """Wall time (``now``) and monotonic time (``monotonic``) that advance together on demand.

    Pass ``now=clock.now, monotonic=clock.monotonic`` to :func:`create_app`.
    """

    def __init__(self, start: datetime | None = None) -> None:
        start = start or datetime(2030, 1, 7, 9, 30, tzinfo=UTC)
        if start.tzinfo is None:
            raise ValueError("start must be timezone-aware")
        self._wall = start
        self._mono = 1000.0

    def now(self) -> datetime:
        """The current wall time."""
        return self._wall

    def monotonic(self) -> float:
        """The current monotonic time, in seconds."""
        return self._mono

    def advance(self, seconds: float) -> None:
        """Moves both clocks forward."""
        if seconds < 0:
            raise ValueError("a clock cannot go back")
        self._wall += timedelta(seconds=seconds)
        self._mono += seconds
