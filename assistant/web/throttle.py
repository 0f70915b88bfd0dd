"""Failed-login throttling for `--auth`: a client that keeps guessing waits longer and longer.

Gradio's password check is called with (username, password) only, so it cannot tell
clients apart. The throttle therefore sits in front of Gradio as an ASGI middleware on
the login route: it refuses a locked-out client with HTTP 429 before Gradio sees the
request, and reads Gradio's answer (200 = accepted, 400 = wrong credentials) to count.

The client is keyed by its IP address. Behind a reverse proxy on the same host every
request comes from 127.0.0.1, so for a loopback peer the last `X-Forwarded-For` entry
(the address the proxy saw) is used instead; from any other peer that header is ignored,
because a client could write anything in it.
"""

from __future__ import annotations

import ipaddress
import json
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

#: the failure (counted since the last success) that starts the first lock-out: 5 means the 6th try waits
LOCK_AFTER = 5
#: first lock-out; each further failure doubles it, up to MAX_DELAY_S
BASE_DELAY_S = 2.0
MAX_DELAY_S = 900.0
#: failures older than this (since the last one) are forgotten
FORGET_AFTER_S = 3600.0
#: clients remembered at most (oldest forgotten first), so a flood of addresses cannot fill memory
MAX_CLIENTS = 10_000

LOCKED_MESSAGE = "登录失败次数过多，请在 {seconds} 秒后再试。"


@dataclass
class _Record:
    failures: int = 0
    last_failure: float = 0.0
    locked_until: float = 0.0


class LoginThrottle:
    """Counts failed logins per client and says how long a client must still wait.

    Thread-safe (Gradio serves requests on several threads); `clock` is injectable so the
    policy can be tested without sleeping.
    """

    def __init__(
        self,
        lock_after: int = LOCK_AFTER,
        base_delay_s: float = BASE_DELAY_S,
        max_delay_s: float = MAX_DELAY_S,
        forget_after_s: float = FORGET_AFTER_S,
        max_clients: int = MAX_CLIENTS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.lock_after = lock_after
        self.base_delay_s = base_delay_s
        self.max_delay_s = max_delay_s
        self.forget_after_s = forget_after_s
        self.max_clients = max_clients
        self.clock = clock
        self._records: OrderedDict[str, _Record] = OrderedDict()
        self._lock = threading.Lock()

    def wait_s(self, client: str) -> float:
        """Seconds `client` must still wait before trying again (0: may try now)."""
        with self._lock:
            record = self._current(client)
            return max(0.0, record.locked_until - self.clock()) if record else 0.0

    def failed(self, client: str) -> float:
        """Record a wrong password; returns the lock-out it starts (0 before the `lock_after`-th failure)."""
        now = self.clock()
        with self._lock:
            record = self._current(client) or _Record()
            record.failures += 1
            record.last_failure = now
            over = record.failures - self.lock_after
            delay = 0.0 if over < 0 else min(self.max_delay_s, self.base_delay_s * 2**over)
            record.locked_until = now + delay
            self._records[client] = record
            self._records.move_to_end(client)
            while len(self._records) > self.max_clients:
                self._records.popitem(last=False)
            return delay

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._records.pop(client, None)

    def _current(self, client: str) -> _Record | None:
        record = self._records.get(client)
        if record and self.clock() - record.last_failure > self.forget_after_s:
            del self._records[client]
            return None
        return record


def client_key(scope: dict[str, Any]) -> str:
    """The client's address: the peer, or for a loopback peer (a local proxy) the forwarded one."""
    peer = (scope.get("client") or ("unknown", 0))[0]
    if _is_loopback(peer):
        for name, value in scope.get("headers") or []:
            if name.lower() == b"x-forwarded-for":
                forwarded = value.decode("latin-1").split(",")[-1].strip()
                if forwarded:
                    return forwarded
    return peer


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


class LoginThrottleMiddleware:
    """ASGI middleware: throttles POSTs to Gradio's `/login` with a `LoginThrottle`."""

    def __init__(self, app: Any, throttle: LoginThrottle) -> None:
        self.app = app
        self.throttle = throttle

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope.get("method") != "POST" or not _is_login(scope.get("path", "")):
            await self.app(scope, receive, send)
            return
        client = client_key(scope)
        wait = self.throttle.wait_s(client)
        if wait > 0:
            await _refuse(send, wait)
            return

        async def observe(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                if message["status"] == 200:
                    self.throttle.succeeded(client)
                elif message["status"] in (400, 401, 403):
                    self.throttle.failed(client)
            await send(message)

        await self.app(scope, receive, observe)


def _is_login(path: str) -> bool:
    return path.rstrip("/").endswith("/login")


async def _refuse(send: Any, wait_s: float) -> None:
    seconds = max(1, math.ceil(wait_s))
    body = json.dumps({"detail": LOCKED_MESSAGE.format(seconds=seconds)}, ensure_ascii=False).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": 429,
            "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"retry-after", str(seconds).encode()),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
