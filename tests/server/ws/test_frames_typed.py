"""`viva.protocol` is the only source of frames (issue 24): every message type SPEC §5 names
has a typed model, and no server module builds a frame by hand."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from viva.protocol import CLIENT_TYPES, SERVER_TYPES, LegacyFrame

ROOT = Path(__file__).resolve().parents[3]
SPEC = ROOT.parent / "shared" / "SPEC.md"
"""The contract, beside the checkout (it is not part of the repository)."""

_SPAN = re.compile(r"`([^`]+)`", re.DOTALL)
_NAMED = re.compile(r"^([a-z_]+)(?:\s*\{.*\})?$", re.DOTALL)


def _section_5() -> str:
    if not SPEC.is_file():
        pytest.skip(f"no contract at {SPEC}")
    text = SPEC.read_text(encoding="utf-8")
    start = text.index("## 5. WebSocket protocol")
    body = text[start:text.index("\n## 6.", start)]
    # the older flat form answers with its own shapes (`message_type`), not typed frames
    return re.sub(r"\nCompatibility:.*?\n\n", "\n\n", body, flags=re.DOTALL)


def _names(text: str) -> list[str]:
    """The message names of the backticked spans of `text` (`ack {client_id, seq}` → `ack`)."""
    found = []
    for span in _SPAN.findall(text):
        match = _NAMED.match(span.strip())
        if match is not None:
            found.append(match.group(1))
    return found


def _spec_types() -> tuple[set[str], set[str], set[str]]:
    """What §5 says clients send, what the server sends, and the proctor feed's names."""
    body = _section_5()
    client: set[str] = set()
    server: set[str] = set(re.findall(r'"type": "([a-z_]+)"', body))
    for row in re.findall(r"^\| `([a-z_]+)` \|[^|]*\|([^\n]*)\|$", body, re.MULTILINE):
        client.add(row[0])
        server.update(_names(row[1]))
    server.update(re.findall(r"the server sends `([a-z_]+)`", body))
    unprompted = body[body.index("Server → candidate, unprompted:"):body.index("Delivery:")]
    server.update(_names(unprompted))
    feed = set(_names(body[body.index("Proctor feed:"):]))
    return client, server, feed


def test_every_message_type_of_spec_section_5_has_a_typed_model() -> None:
    client, server, feed = _spec_types()
    # the parse found the contract's tables and lists, not nothing
    assert {"code_update", "run_tests", "heartbeat"} <= client
    assert {"ack", "resync", "test_result", "auth_success", "error", "question"} <= server
    assert {"sessions_snapshot", "session_event", "watch", "end_session"} <= feed
    assert sorted(client - set(CLIENT_TYPES)) == []
    assert sorted(server - set(SERVER_TYPES)) == []
    assert sorted(feed - set(CLIENT_TYPES) - set(SERVER_TYPES)) == []
    for name in server | (feed & set(SERVER_TYPES)):
        model = SERVER_TYPES[name]
        assert model is not LegacyFrame and model.model_config.get("extra") != "allow", name
        assert name == model.TYPE


def test_the_fields_spec_lists_for_a_server_message_are_fields_of_its_model() -> None:
    """`ack {client_id, seq}`: each name in the braces is a typed field of `Ack`."""
    body = _section_5()
    checked = 0
    for span in _SPAN.findall(body):
        match = re.match(r"^([a-z_]+)\s*\{([a-z_, ]+)\}$", " ".join(span.split()))
        if match is None or match.group(1) not in SERVER_TYPES:
            continue
        model = SERVER_TYPES[match.group(1)]
        fields = {f.serialization_alias or name for name, f in model.model_fields.items()}
        for field in (f.strip() for f in match.group(2).split(",")):
            assert field in fields, f"{match.group(1)}: {field}"
            checked += 1
    assert checked >= 10


# --- no frame built by hand on the server ------------------------------------------------

_FRAME_TYPES = frozenset(CLIENT_TYPES) | frozenset(SERVER_TYPES)


def _is_frame_type(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and node.value in _FRAME_TYPES


_SENDERS = frozenset({"send", "relay", "send_str", "send_json", "_publish"})
"""Calls that put a frame on a socket or the bus: none may be handed a type name (an event's
kind, as in `emit(sid, "question", ...)`, may be one: it is not a frame)."""


def _is_dict(node: ast.AST) -> bool:
    return isinstance(node, ast.Dict) or (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "dict")


def _hand_built(tree: ast.AST) -> list[int]:
    """Lines that build a frame from a type name: `{"type": "ack", "data": ...}`,
    `dict(type="ack", ...)`, `conn.send("ack", {...})`, `_publish(sid, "question", ...)` or
    `emit(..., message=("question", payload))`."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys = {k.value: v for k, v in zip(node.keys, node.values, strict=True)
                    if isinstance(k, ast.Constant)}
            if "data" in keys and _is_frame_type(keys.get("type")):
                lines.append(node.lineno)
        elif isinstance(node, ast.Call):
            kwargs = {k.arg: k.value for k in node.keywords}
            message = kwargs.get("message")
            name = node.func.attr if isinstance(node.func, ast.Attribute) else \
                node.func.id if isinstance(node.func, ast.Name) else ""
            if (_is_frame_type(kwargs.get("type"))
                    or (isinstance(message, ast.Tuple) and message.elts
                        and _is_frame_type(message.elts[0]))
                    or (name in _SENDERS and any(map(_is_frame_type, node.args)))
                    or (len(node.args) >= 2 and _is_frame_type(node.args[0])
                        and _is_dict(node.args[1]))):
                lines.append(node.lineno)
    return lines


def test_no_server_module_builds_a_frame_by_hand() -> None:
    found = {}
    for path in sorted((ROOT / "server").rglob("*.py")):
        lines = _hand_built(ast.parse(path.read_text(encoding="utf-8")))
        if lines:
            found[str(path.relative_to(ROOT))] = lines
    assert found == {}


def test_the_scan_finds_what_the_server_used_to_write() -> None:
    """The scan is not blind: each way a frame used to be built by hand is caught."""
    for source in ('conn.send("ack", {"client_id": c, "seq": 1})',
                   'conn.send("heartbeat_ack", data)',
                   'emit(sid, "k", {}, message=("question", payload))',
                   'self._publish(sid, "progress_update", self._progress(run, now))',
                   'bus.publish({"session_id": 1, "type": "test_result", "data": {}})',
                   'json.dumps(dict(type="resync", data={}))',
                   'frame("session_event", dict(session_id=1))'):
        assert _hand_built(ast.parse(source)) == [1], source
    for source in ('conn.send(Ack(client_id=c, seq=1))',
                   '{"type": "question", "at": at}',  # a timeline item, not a frame
                   'emit(sid, "question", {"rubric": r}, message=asked)',  # a proctor event's kind
                   'Outcome("ack", seq)', 'msg.type in ("watch", "unwatch")'):
        assert _hand_built(ast.parse(source)) == [], source
