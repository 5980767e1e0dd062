"""Fuzzing (SPEC §4, §5, §10): hypothesis over WebSocket frames, schemathesis over /openapi.json.

Everything runs against one real `viva server` subprocess, so a crash shows as a dead process.
Bad input must never get a 5xx, close the socket early or stall the server; every bad frame
gets its own `error` answer, and ten bad frames in a row close the socket with 4004.
Example counts are bounded so the whole module stays well under a minute; `FUZZ_SCALE=10`
in the environment multiplies them for a longer hunt.
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from tests.scale.harness import ServerProcess, token
from viva.protocol import ProtocolError, parse_client_frame

pytestmark = pytest.mark.slow

SCALE = int(os.environ.get("FUZZ_SCALE", "1"))
COUNTS: Counter[str] = Counter()
"""What was sent and answered, for the summary at the end of the module."""

FUZZ = settings(deadline=None, database=None, derandomize=False, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much,
                                       HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    home: Path = tmp_path_factory.mktemp("fuzz")
    srv = ServerProcess(home, f"sqlite://{home}/viva.db",
                        env_extra={"VIVA_WS_RATE": "100000", "VIVA_RATE_PER_MINUTE": "1000000"})
    srv.start()
    yield srv
    srv.stop()


class Target:
    """A session to fuzz; replaced when the fuzzing itself finished or ended it."""

    def __init__(self, server: ServerProcess) -> None:
        self.server = server
        self.session = server.create_session("fuzz")

    @contextmanager
    def connect(self, path: str | None = None) -> Iterator[ClientConnection]:
        """A socket that got `auth_success`, closed when the block ends."""
        hello: dict[str, Any] = {}
        for _ in range(2):
            url = path or f"/ws/session/{self.session['session_id']}?token={self.session['candidate_token']}"
            with connect(self.server.ws_url + url, open_timeout=10, close_timeout=2,
                         max_size=None) as ws:
                hello = json.loads(ws.recv(timeout=10))
                if hello.get("type") == "auth_success":
                    yield ws
                    return
        raise AssertionError(f"cannot connect: {hello}")

    def renew_if_closed(self, ws: ClientConnection) -> None:
        code = ws.close_code
        if code == 4003:  # a fuzzed 'end_session' or 'finish' completed it: take a new one
            self.session = self.server.create_session("fuzz")


@pytest.fixture(scope="module")
def target(server: ServerProcess) -> Target:
    return Target(server)


# --- frames --------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12)

SHA = "0" * 64
VALID: list[dict[str, Any]] = [
    {"type": "heartbeat"},
    {"type": "heartbeat", "data": {}},
    {"type": "code_update", "data": {"path": "f.py", "seq": 1, "client_id": "fz", "content": "x = 1\n"}},
    {"type": "code_update", "data": {"path": "f.py", "seq": 2, "client_id": "fz",
                                     "diff": "@@ -1 +1 @@\n-x = 1\n+x = 2\n", "base_sha256": SHA}},
    {"type": "file_deleted", "data": {"path": "g.py", "seq": 3, "client_id": "fz"}},
    {"type": "response_submitted", "data": {"interaction_id": 1, "response": "because it loops"}},
    {"type": "chat_message", "data": {"message": "what is recursion?"}},
    {"type": "get_question"},
    {"type": "submit_answer", "data": {"question_id": 1, "selected_option": 0}},
    {"type": "start_assessment", "data": {"test_id": "python-basics"}},
    {"type": "watch", "data": {"session_id": 1}},
    {"message_type": "code_update", "code": "print(1)\n"},
    {"message_type": "response_submitted", "interaction_id": 1, "response": "r"},
    {"message_type": "heartbeat"},
]
"""Valid messages to mutate ('finish' is left out: it would end the session every time)."""
TYPES = sorted({m.get("type") or m["message_type"] for m in VALID} | {"pause_session", "send_message"})


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A valid message with a field dropped, replaced, added or retyped, or its text cut short."""
    msg = copy.deepcopy(draw(st.sampled_from(VALID)))
    inner = msg.get("data")
    target = inner if isinstance(inner, dict) and draw(st.booleans()) else msg
    op = draw(st.sampled_from(["drop", "replace", "add", "retype", "truncate", "data"]))
    keys = sorted(target)
    if op == "drop" and keys:
        del target[draw(st.sampled_from(keys))]
    elif op == "replace" and keys:
        target[draw(st.sampled_from(keys))] = draw(json_values)
    elif op == "add":
        target[draw(st.text(max_size=12))] = draw(json_values)
    elif op == "retype":
        msg["type" if "type" in msg else "message_type"] = draw(st.sampled_from(TYPES) | st.text(max_size=16))
    elif op == "data":
        msg["data"] = draw(json_values)
    text = json.dumps(msg)
    if op == "truncate":
        text = text[:draw(st.integers(0, len(text) - 1))]
    return text


frames = st.one_of(
    st.text(max_size=300),
    st.binary(max_size=300),
    json_values.map(json.dumps),
    mutated(),
    mutated(),
    st.sampled_from(VALID).map(json.dumps),
)


bad_frames = st.one_of(
    st.binary(max_size=200),
    st.text(max_size=200).map(lambda t: "{" + t),
    json_values.filter(lambda v: not isinstance(v, dict)).map(json.dumps),
    st.builds(lambda t, d: json.dumps({"type": "x-" + t, "data": d}), st.text(max_size=12), json_values),
    st.builds(lambda d: json.dumps({"type": "code_update", "data": d}),
              st.dictionaries(st.sampled_from(["path", "seq", "client_id", "diff"]), json_values)),
)
"""Frames that are invalid by construction (binary, not JSON, not an object, unknown type, ...)."""


def is_invalid(frame: str | bytes, legacy: bool = True) -> bool:
    """Whether the protocol itself rejects the frame (so the server must answer `error`);
    `legacy`: whether the channel accepts the older flat form (the proctor feed does not)."""
    if isinstance(frame, bytes):
        return True
    try:
        parse_client_frame(frame, allow_legacy=legacy)
    except ProtocolError:
        return True
    return False


def is_error(msg: dict[str, Any]) -> bool:
    """An `error` answer, in the framed or the older flat form, with its required fields."""
    if msg.get("type") == "error":
        data = msg["data"]
        assert isinstance(data["error"], str) and isinstance(data["code"], str) and data["timestamp"], msg
        return True
    if "error" in msg and "message_type" not in msg and "type" not in msg:
        assert isinstance(msg["error"], str) and isinstance(msg.get("code"), str), msg
        return True
    return False


def is_heartbeat_ack(msg: dict[str, Any]) -> bool:
    return msg.get("type") == "heartbeat_ack" or msg.get("message_type") == "heartbeat_ack"


def is_heartbeat(frame: str | bytes, legacy: bool = True) -> bool:
    """Whether the frame is itself a valid heartbeat (which gets its own heartbeat_ack)."""
    if isinstance(frame, bytes):
        return False
    try:
        return parse_client_frame(frame, allow_legacy=legacy).type == "heartbeat"
    except ProtocolError:
        return False


def answers_until_heartbeat(ws: ClientConnection, after: str | bytes = b"",
                            legacy: bool = True) -> list[dict[str, Any]]:
    """Send a heartbeat; every message the server sends up to its answer (`after` is the
    frame sent just before, whose own heartbeat_ack, if it was a heartbeat, is skipped)."""
    ws.send('{"type": "heartbeat"}')
    acks = 1 + is_heartbeat(after, legacy)
    seen: list[dict[str, Any]] = []
    while True:
        msg = json.loads(ws.recv(timeout=10))
        if is_heartbeat_ack(msg):
            acks -= 1
            if not acks:
                return seen
        else:
            seen.append(msg)


# --- WebSocket fuzzing ---------------------------------------------------------------------


@settings(FUZZ, max_examples=120 * SCALE)
@given(batch=st.lists(frames, min_size=1, max_size=6))
def test_every_bad_frame_on_the_candidate_channel_gets_an_error_and_the_socket_stays_open(
        target: Target, batch: list[str | bytes]) -> None:
    """Each frame is followed by a heartbeat: a bad frame's `error` comes before its answer."""
    with target.connect() as ws:
        try:
            for frame in batch:
                ws.send(frame)
                COUNTS["ws frames"] += 1
                answers = answers_until_heartbeat(ws, frame)
                errors = [m for m in answers if is_error(m)]
                if is_invalid(frame):
                    COUNTS["ws invalid frames"] += 1
                    assert errors, f"no error answer for {frame!r}: {answers}"
                    COUNTS["ws error answers"] += 1
        except ConnectionClosed:
            target.renew_if_closed(ws)
            assert ws.close_code == 4003, f"closed with {ws.close_code} {ws.close_reason!r}"


@settings(FUZZ, max_examples=15 * SCALE)
@given(batch=st.lists(bad_frames.filter(is_invalid), min_size=10, max_size=10))
def test_ten_bad_frames_in_a_row_close_with_4004_after_ten_errors(target: Target, batch: list[str | bytes]) -> None:
    """Nine bad frames leave the socket open; the tenth closes it with 4004, each one answered."""
    errors = 0
    with target.connect() as ws:
        try:
            for frame in batch:
                ws.send(frame)
            while True:
                msg = json.loads(ws.recv(timeout=10))
                errors += is_error(msg)
        except ConnectionClosed:
            pass
    COUNTS["ws invalid frames"] += 10
    COUNTS["ws 4004 closes"] += 1
    assert errors == 10 and ws.close_code == 4004, (errors, ws.close_code, ws.close_reason)


@settings(FUZZ, max_examples=40 * SCALE)
@given(batch=st.lists(frames, min_size=1, max_size=5))
def test_every_bad_frame_on_the_proctor_feed_gets_an_error(target: Target, batch: list[str | bytes]) -> None:
    """The proctor feed answers bad frames the same way and keeps serving."""
    with target.connect(f"/ws/proctor?token={token('proctor')}") as ws:
        for frame in batch:
            ws.send(frame)
            COUNTS["proctor frames"] += 1
            answers = answers_until_heartbeat(ws, frame, legacy=False)
            if is_invalid(frame, legacy=False):
                COUNTS["proctor invalid frames"] += 1
                assert any(is_error(m) for m in answers), f"no error answer for {frame!r}: {answers}"


# --- REST fuzzing --------------------------------------------------------------------------


def test_schemathesis_over_openapi_finds_no_5xx_and_every_error_has_the_shape(
        server: ServerProcess, target: Target) -> None:
    """Every documented operation, as an admin, a candidate and without a token: no 5xx;
    errors are `{"error", "code"}` JSON."""
    import schemathesis

    schema = schemathesis.openapi.from_url(server.url + "/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 8
    failures: list[str] = []
    headers_for = {"admin": {"Authorization": f"Bearer {token('admin')}"}, "anonymous": {},
                   "candidate": {"Authorization": f"Bearer {target.session['candidate_token']}"}}

    def check(method: str, path: str, who: str, response: Any) -> None:
        COUNTS["rest requests"] += 1
        COUNTS[f"rest {response.status_code // 100}xx"] += 1
        if response.status_code >= 500:
            failures.append(f"{method} {path} as {who}: {response.status_code} {response.text[:200]}")
        elif response.status_code >= 400:
            body = response.json()
            assert isinstance(body.get("error"), str) and isinstance(body.get("code"), str), body

    for operation in operations:
        fuzz_operation(operation, server.url, headers_for, check)
    assert not failures, "\n".join(failures[:10])


def test_the_server_survived_all_of_it(server: ServerProcess, target: Target) -> None:
    """After the fuzzing: the process is alive, /health is 200, and a socket answers heartbeat."""
    assert server.alive(), server.log_tail()
    assert httpx.get(server.url + "/health", timeout=10).status_code == 200
    with target.connect() as ws:
        answers_until_heartbeat(ws)
    print("\nfuzz counts:", dict(sorted(COUNTS.items())))


async def test_ten_bad_frames_sent_at_once_are_all_answered_before_the_4004_close(sqlite_api: Any) -> None:
    """The errors queued for the socket are written before the close frame, not dropped."""
    from aiohttp import WSMsgType

    s = await sqlite_api.create_session()
    ws = await sqlite_api.ws(s)
    await ws.receive_json()
    for i in range(10):
        await ws.send_str(f"not json {i}")
    codes = []
    while (msg := await ws.receive(timeout=10)).type == WSMsgType.TEXT:
        codes.append(json.loads(msg.data)["data"]["code"])
    assert codes == ["invalid_json"] * 10
    assert ws.close_code == 4004


def fuzz_operation(operation: Any, base_url: str, headers_for: dict[str, dict[str, str]],
                   check: Callable[[str, str, str, Any], None]) -> None:
    """Schemathesis's cases for one operation; arbitrary JSON bodies when it cannot build them."""
    import schemathesis

    @settings(FUZZ, max_examples=12 * SCALE)
    @given(case=operation.as_strategy(), who=st.sampled_from(sorted(headers_for)))
    def call(case: Any, who: str) -> None:
        response = case.call(base_url=base_url, headers=headers_for[who], timeout=15)
        check(case.method, case.formatted_path, who, response)

    @settings(FUZZ, max_examples=12 * SCALE)
    @given(body=json_values, segment=st.text(min_size=1, max_size=12), who=st.sampled_from(sorted(headers_for)))
    def call_raw(body: Any, segment: str, who: str) -> None:
        path = re.sub(r"{[^}]+}", quote(segment, safe=""), operation.path)
        # json.dumps writes NaN/Infinity as JSON's non-standard literals, which httpx's json= refuses
        response = httpx.request(operation.method.upper(), base_url + path, content=json.dumps(body),
                                 headers={**headers_for[who], "Content-Type": "application/json"},
                                 timeout=15)
        check(operation.method.upper(), path, who, response)

    try:
        call()
    except schemathesis.errors.UnsupportedSchema:
        # schemathesis cannot build this body schema (a recursive pack): arbitrary JSON instead
        COUNTS["rest operations fuzzed with raw JSON"] += 1
        call_raw()


async def test_a_filter_value_too_long_for_its_column_is_bad_input_not_a_500(sqlite_api: Any) -> None:
    """Found by schemathesis: `GET /sessions/?status=<18 characters>` answered 500."""
    resp = await sqlite_api.client.get("/sessions/", params={"status": "x" * 40}, headers=sqlite_api.auth())
    assert resp.status == 400
    assert (await resp.json())["code"] == "invalid_value"
