"""Serve the emulator with chosen usage plans over loopback, for the quota benchmark.

Run by ``scripts/bench.py`` in its own process::

    python scripts/bench/emuserver.py '{"getServiceJobByServiceJobId": [100, 40]}'

The argument (JSON) overrides the (rate per second, burst) of chosen operations; the emulator
enforces them and advertises the rate in ``x-amzn-RateLimit-Limit``. Prints ``PORT <n>`` once
the socket is bound and serves until killed.
"""

from __future__ import annotations

import json
import socket
import sys

import uvicorn

from spapi_services.emulator import create_app


def main(plans_json: str) -> None:
    plans = {op: (float(rate), int(burst)) for op, (rate, burst) in json.loads(plans_json).items()}
    app = create_app(seed=0, rate_scale=1.0, usage_plans=plans)
    sock = socket.socket(socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    print(f"PORT {sock.getsockname()[1]}", flush=True)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main(sys.argv[1])
