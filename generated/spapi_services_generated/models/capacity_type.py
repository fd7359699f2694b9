from enum import StrEnum
from typing import Any


class CapacityType(StrEnum):
    AVAILABLE_CAPACITY = "AVAILABLE_CAPACITY"
    ENCUMBERED_CAPACITY = "ENCUMBERED_CAPACITY"
    RESERVED_CAPACITY = "RESERVED_CAPACITY"
    SCHEDULED_CAPACITY = "SCHEDULED_CAPACITY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: Any) -> "CapacityType":
        """The member for a value read from a response; a pseudo-member for any other value."""
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)

    @classmethod
    def _missing_(cls, value: Any) -> "CapacityType":
        member = str.__new__(cls, value if isinstance(value, str) else str(value))
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value this SDK's document does not list."""
        return self._name_ != "UNKNOWN"
