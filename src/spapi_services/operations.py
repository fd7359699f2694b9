"""The operation table, read from the spec at generation time, and request -> operation lookup.

The transport stack decides pacing, authentication and retries from the request alone
(method + path), so calls made directly through the generated functions are treated the same as
calls through :class:`~spapi_services.ServicesClient`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spapi_services_generated._operations import OPERATIONS, OperationSpec

__all__ = ["OPERATIONS", "OperationSpec", "match_operation"]


def _compile(path: str) -> re.Pattern[str]:
    pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path))
    return re.compile(pattern + "/?$")


# method -> [(pattern, operation)], most specific (longest template) first
_ROUTES: dict[str, list[tuple[re.Pattern[str], OperationSpec]]] = {}
for _op in sorted(OPERATIONS.values(), key=lambda o: -len(o.path)):
    _ROUTES.setdefault(_op.method, []).append((_compile(_op.path), _op))


@lru_cache(maxsize=4096)
def _match(method: str, path: str) -> OperationSpec | None:
    for pattern, op in _ROUTES.get(method, ()):
        if pattern.search(path):
            return op
    return None


def match_operation(method: str, path: str) -> OperationSpec | None:
    """The operation a request targets, from its method and URL path (None if not an API call).

    The path may carry a prefix (a proxy or emulator mount point); it is matched at its end.
    """
    return _match(method.upper(), path)
