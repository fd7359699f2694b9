from enum import StrEnum
from typing import Any


class ErrorErrorLevel(StrEnum):
    ERROR = "ERROR"
    WARNING = "WARNING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ErrorErrorLevel | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value this SDK's document does not list."""
        return self._name_ != "UNKNOWN"
