"""Fault injection: make chosen calls fail the way a real service or network sometimes does."""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, get_args

import httpx

__all__ = ["EmulatedDisconnect", "Fault", "FaultKind", "FaultPlan"]

FaultKind = Literal["500", "503", "503-html", "429", "drop", "drop-after", "delay"]
"""``500``/``503``: JSON error; ``503-html``: an HTML error page; ``429``: quota exceeded
regardless of the bucket; ``drop``: the connection closes without a complete response, before
the call is carried out; ``drop-after``: the call is carried out (its state changes are kept),
then the connection closes without a complete response, as when an answer is lost on the way
back; ``delay``: the answer is held back for ``Fault.delay`` seconds, then given normally."""

_KINDS: tuple[str, ...] = get_args(FaultKind)


class EmulatedDisconnect(httpx.RemoteProtocolError):
    """Raised inside the app for a ``drop`` or ``drop-after`` fault.

    In process (``httpx.ASGITransport``) the client sees this exception, an
    :class:`httpx.TransportError`; over a socket the server closes the connection mid-response.
    """


@dataclass(frozen=True, slots=True)
class Fault:
    """One injected failure."""

    kind: FaultKind
    delay: float = 1.0

    def __post_init__(self) -> None:
        if self.kind not in _KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r} (allowed: {', '.join(_KINDS)})")


class FaultPlan:
    """Which calls fail and how: queued faults first, then random ones from a seeded RNG.

    ``rates`` maps an operation id (or ``"*"`` for every operation without its own entry,
    including the token endpoint ``"lwa"`` and uploads ``"upload"``) to
    ``{kind: probability}``. ``injected`` records ``(operation, kind)`` of every fault given.
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        rates: Mapping[str, Mapping[FaultKind, float]] | None = None,
        delay: float = 1.0,
    ) -> None:
        self._rng = random.Random(seed)
        self._delay = delay
        self._queues: dict[str, deque[Fault]] = {}
        self._rates = {
            op: [(Fault(k, delay), p) for k, p in r.items()] for op, r in (rates or {}).items()
        }
        for op, table in self._rates.items():
            if sum(p for _, p in table) > 1 or any(p < 0 for _, p in table):
                raise ValueError(f"fault probabilities for {op!r} must be >= 0 and sum to <= 1")
        self.injected: list[tuple[str, str]] = []

    def queue(self, operation: str, *faults: FaultKind | Fault) -> FaultPlan:
        """Makes the next calls of ``operation`` (or ``"*"``: of any operation) fail in order."""
        pending = self._queues.setdefault(operation, deque())
        pending.extend(f if isinstance(f, Fault) else Fault(f, self._delay) for f in faults)
        return self

    def pending(self, operation: str = "*") -> int:
        """How many queued faults are left for ``operation``."""
        return len(self._queues.get(operation, ()))

    def draw(self, operation: str) -> Fault | None:
        """The fault for this call of ``operation``, if any."""
        for key in (operation, "*"):
            pending = self._queues.get(key)
            if pending:
                return self._record(operation, pending.popleft())
        table = self._rates.get(operation, self._rates.get("*"))
        if not table:
            return None
        roll = self._rng.random()
        for fault, probability in table:
            if roll < probability:
                return self._record(operation, fault)
            roll -= probability
        return None

    def _record(self, operation: str, fault: Fault) -> Fault:
        self.injected.append((operation, fault.kind))
        return fault
