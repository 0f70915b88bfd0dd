"""Failed-login throttling (assistant.web.throttle): the policy on a fake clock, the middleware on a tiny ASGI app."""

from __future__ import annotations

import asyncio

import pytest

from assistant.web.throttle import LoginThrottle, LoginThrottleMiddleware, client_key


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture()
def clock() -> Clock:
    return Clock()


def test_the_fifth_failure_locks_the_client_out_and_each_further_one_doubles_the_wait(clock):
    throttle = LoginThrottle(lock_after=5, base_delay_s=2, max_delay_s=60, clock=clock)
    assert [throttle.failed("a") for _ in range(4)] == [0, 0, 0, 0]
    assert throttle.wait_s("a") == 0
    assert throttle.failed("a") == 2  # the fifth failure starts the first lock-out
    assert throttle.wait_s("a") == 2
    clock.now += 2
    assert throttle.wait_s("a") == 0
    assert throttle.failed("a") == 4 and throttle.failed("a") == 8
    for _ in range(10):
        throttle.failed("a")
    assert throttle.wait_s("a") == 60  # capped


def test_clients_are_counted_apart_and_a_success_clears_the_count(clock):
    throttle = LoginThrottle(lock_after=1, base_delay_s=5, clock=clock)
    throttle.failed("a")
    assert throttle.wait_s("a") == 5 and throttle.wait_s("b") == 0
    clock.now += 5
    throttle.succeeded("a")
    assert throttle.failed("a") == 5  # counting starts again: one failure, the first lock-out, not a doubled one
    throttle.succeeded("a")
    assert throttle.wait_s("a") == 0


def test_old_failures_are_forgotten_and_memory_is_bounded(clock):
    throttle = LoginThrottle(lock_after=2, base_delay_s=1, forget_after_s=100, max_clients=3, clock=clock)
    throttle.failed("a")
    clock.now += 101
    assert throttle.failed("a") == 0  # the first failure was forgotten: this is failure one again
    for client in ("b", "c", "d"):
        throttle.failed(client)
        throttle.failed(client)
    assert throttle.wait_s("a") == 0  # the oldest client was dropped to keep three
    assert throttle.wait_s("d") == 1


def _scope(peer: str, forwarded: str | None = None, path: str = "/login", method: str = "POST") -> dict:
    headers = [(b"x-forwarded-for", forwarded.encode())] if forwarded else []
    return {"type": "http", "method": method, "path": path, "client": (peer, 5000), "headers": headers}


def test_client_key_trusts_forwarded_for_only_from_a_local_proxy():
    assert client_key(_scope("203.0.113.9")) == "203.0.113.9"
    assert client_key(_scope("203.0.113.9", "10.0.0.1")) == "203.0.113.9"  # a remote client cannot pick its key
    assert client_key(_scope("127.0.0.1", "198.51.100.7")) == "198.51.100.7"
    assert client_key(_scope("::1", "1.1.1.1, 198.51.100.7")) == "198.51.100.7"  # the proxy appends the peer last
    assert client_key(_scope("127.0.0.1")) == "127.0.0.1"


def _run(middleware, scope) -> tuple[int, dict[bytes, bytes], bytes]:
    sent: list[dict] = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    asyncio.run(middleware(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], dict(start.get("headers", [])), body


def _login_app(password_ok: dict):
    """A stand-in for Gradio's /login: 200 when `password_ok["value"]`, else 400."""

    async def app(scope, receive, send):
        status = 200 if password_ok["value"] else 400
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    return app


def test_middleware_refuses_a_locked_client_before_the_app_sees_it(clock):
    password_ok = {"value": False}
    throttle = LoginThrottle(lock_after=2, base_delay_s=30, clock=clock)
    middleware = LoginThrottleMiddleware(_login_app(password_ok), throttle)
    assert [_run(middleware, _scope("192.0.2.1"))[0] for _ in range(2)] == [400, 400]
    password_ok["value"] = True
    status, headers, body = _run(middleware, _scope("192.0.2.1"))
    assert status == 429 and headers[b"retry-after"] == b"30"
    assert "请在 30 秒后再试" in body.decode("utf-8")
    assert _run(middleware, _scope("192.0.2.2"))[0] == 200  # another client logs in
    clock.now += 30
    assert _run(middleware, _scope("192.0.2.1"))[0] == 200
    assert throttle.wait_s("192.0.2.1") == 0


def test_middleware_leaves_other_routes_alone(clock):
    throttle = LoginThrottle(lock_after=0, base_delay_s=30, clock=clock)
    middleware = LoginThrottleMiddleware(_login_app({"value": False}), throttle)
    for scope in (_scope("192.0.2.1", path="/gradio_api/info"), _scope("192.0.2.1", method="GET")):
        assert _run(middleware, scope)[0] == 400
    assert throttle.wait_s("192.0.2.1") == 0
