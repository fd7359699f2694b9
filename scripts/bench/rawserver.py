"""A minimal, fast HTTP/1.1 server answering canned JSON, for the client-overhead benchmark.

Run by ``scripts/bench.py`` in its own process so that neither its CPU time nor its speed is
mixed into the client's measurement::

    python scripts/bench/rawserver.py BODIES.json

BODIES.json maps ``"job"``, ``"page"`` and ``"token"`` to response bodies (strings). The server
binds a free loopback port, prints ``PORT <n>`` and serves keep-alive connections until killed:
``POST /auth/o2/token`` gets the token body, ``GET /service/v1/serviceJobs/<id>`` the job body
and ``GET /service/v1/serviceJobs?...`` the page body; anything else a 404. Stdlib only.
"""

from __future__ import annotations

import asyncio
import json
import sys

_HEAD_END = b"\r\n\r\n"


def _response(body: bytes, status: bytes = b"200 OK", limit: bytes = b"20.0") -> bytes:
    head = (
        b"HTTP/1.1 " + status + b"\r\n"
        b"content-type: application/json\r\n"
        b"x-amzn-requestid: 00000000-0000-0000-0000-000000000000\r\n"
        b"x-amzn-ratelimit-limit: " + limit + b"\r\n"
        b"content-length: " + str(len(body)).encode() + b"\r\n\r\n"
    )
    return head + body


class _Http(asyncio.Protocol):
    """Parses pipelined requests out of the byte stream; answers each with a canned response."""

    def __init__(self, answers: dict[str, bytes]) -> None:
        self._answers = answers
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while True:
            end = self._buffer.find(_HEAD_END)
            if end < 0:
                return
            head = self._buffer[:end]
            length = 0
            marker = head.lower().find(b"content-length:")
            if marker >= 0:
                length = int(head[marker + 15 :].split(b"\r\n", 1)[0])
            total = end + 4 + length
            if len(self._buffer) < total:
                return
            self._buffer = self._buffer[total:]
            assert self._transport is not None
            self._transport.write(self._answer(head))

    def _answer(self, head: bytes) -> bytes:
        method, target = head.split(b" ", 2)[:2]
        path = target.split(b"?", 1)[0]
        if method == b"POST" and path == b"/auth/o2/token":
            return self._answers["token"]
        if path.startswith(b"/service/v1/serviceJobs/"):
            return self._answers["job"]
        if path in (b"/service/v1/serviceJobs", b"/service/v1/serviceJobs/"):
            return self._answers["page"]
        return self._answers["404"]


async def _serve(bodies: dict[str, str]) -> None:
    answers = {
        "token": _response(bodies["token"].encode()),
        "job": _response(bodies["job"].encode(), limit=b"20.0"),
        "page": _response(bodies["page"].encode(), limit=b"10.0"),
        "404": _response(b'{"errors":[]}', status=b"404 Not Found"),
    }
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Http(answers), "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as file:
        asyncio.run(_serve(json.load(file)))
