from enum import StrEnum
from typing import Any


class GetServiceJobsServiceJobStatusItem(StrEnum):
    CANCELLED = "CANCELLED"
    COMPLETED = "COMPLETED"
    HOLD = "HOLD"
    NOT_FULFILLABLE = "NOT_FULFILLABLE"
    NOT_SERVICED = "NOT_SERVICED"
    PAYMENT_DECLINED = "PAYMENT_DECLINED"
    PENDING_SCHEDULE = "PENDING_SCHEDULE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "GetServiceJobsServiceJobStatusItem | None":
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
