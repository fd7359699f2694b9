"""``python -m spapi_services.emulator``: serve the emulator over HTTP with uvicorn.

Prints the base URL once the socket is bound. With ``--state FILE`` the state is loaded from
FILE when it exists and written back to it on shutdown. Ctrl-C stops it quietly (exit status 0)
after that.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import socket
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

import anyio

from .app import Emulator, Message, Receive, Scope, Send, create_app


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m spapi_services.emulator", description="Local Services API emulator"
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--rate-scale", default="1", help="multiplier of the usage plans, or 'none' for no limit"
    )
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to each call")
    parser.add_argument("--state", type=Path, help="JSON state file to load and save")
    return parser


def _saving(app: Emulator, path: Path) -> Callable[[Scope, Receive, Send], Awaitable[None]]:
    """The app, writing its state to ``path`` when the server shuts down (uvicorn re-raises
    SIGTERM after a graceful shutdown, so code after ``run()`` may never execute)."""

    async def served(scope: Scope, receive: Receive, send: Send) -> None:
        async def send_then_save(message: Message) -> None:
            if message["type"] == "lifespan.shutdown.complete":
                await anyio.Path(path).write_text(json.dumps(app.export_state()))
            await send(message)

        await app(scope, receive, send_then_save if scope["type"] == "lifespan" else send)

    return served


def main(argv: list[str] | None = None) -> int:
    """Runs the server until interrupted."""
    args = _parser().parse_args(argv)
    try:
        import uvicorn
    except ImportError:
        print("the emulator server needs uvicorn: pip install 'spapi-services[emulator]'")
        return 2
    scale = None if args.rate_scale.lower() == "none" else float(args.rate_scale)
    saved = json.loads(args.state.read_text()) if args.state and args.state.exists() else None
    app = create_app(seed=args.seed, rate_scale=scale, latency=args.latency, state=saved)
    sock = socket.socket(socket.AF_INET6 if ":" in args.host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    print(f"Services API emulator listening on http://{shown}:{port}", flush=True)
    served = _saving(app, args.state) if args.state else app
    config = uvicorn.Config(served, log_level="warning", access_log=False, lifespan="on")
    with contextlib.suppress(KeyboardInterrupt):  # uvicorn re-raises SIGINT once shut down
        uvicorn.Server(config).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
