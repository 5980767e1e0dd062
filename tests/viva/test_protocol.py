"""The wire protocol: every frame becomes a model or a precise error."""

from __future__ import annotations

import json

import pytest

from viva.protocol import (
    CodeUpdate,
    ProtocolError,
    decimal_id,
    encode,
    legacy_encode,
    parse_client_frame,
    parse_server_frame,
)


def frame(type_: str, **data: object) -> str:
    return json.dumps({"type": type_, "data": data})


def test_a_code_update_with_content_parses_into_its_model() -> None:
    msg = parse_client_frame(frame("code_update", path="src/a.py", seq=3, client_id="w", content="x"))
    assert isinstance(msg.data, CodeUpdate) and msg.data.path == "src/a.py" and not msg.legacy


@pytest.mark.parametrize("data, field, code", [
    ({"seq": 1, "client_id": "w", "content": "x"}, "path", "missing_field"),
    ({"path": "/etc/passwd", "seq": 1, "client_id": "w", "content": "x"}, "path", "invalid_field"),
    ({"path": "a/../../b", "seq": 1, "client_id": "w", "content": "x"}, "path", "invalid_field"),
    ({"path": "a.py", "seq": -1, "client_id": "w", "content": "x"}, "seq", "invalid_field"),
    ({"path": "a.py", "seq": True, "client_id": "w", "content": "x"}, "seq", "invalid_field"),
    ({"path": "a.py", "seq": 1, "client_id": "", "content": "x"}, "client_id", "invalid_field"),
    ({"path": "a.py", "seq": 1, "client_id": "w", "diff": "@@"}, None, "invalid_field"),
    ({"path": "a.py", "seq": 1, "client_id": "w", "content": "x", "sha256": "abc"}, "sha256", "invalid_field"),
])
def test_a_bad_code_update_names_the_field_at_fault(data: dict, field: str | None, code: str) -> None:
    with pytest.raises(ProtocolError) as info:
        parse_client_frame(frame("code_update", **data))
    assert info.value.code == code and info.value.field == field
    assert info.value.message.startswith("code_update: ")


@pytest.mark.parametrize("raw, code", [
    (b"\x00", "binary_frame"), ("nope", "invalid_json"), ("[]", "invalid_message"),
    ('{"type": 5}', "missing_field"), ('{"type": "x"}', "unknown_type"),
    ('{"type": "heartbeat", "data": []}', "invalid_field"), ("[" * 100000, "invalid_json"),
])
def test_frames_that_are_not_messages_are_refused_precisely(raw: str | bytes, code: str) -> None:
    with pytest.raises(ProtocolError) as info:
        parse_client_frame(raw)
    assert info.value.code == code


def test_the_older_flat_form_is_recognised_and_answered_flat() -> None:
    msg = parse_client_frame(json.dumps({"message_type": "code_update", "code": "print(1)"}))
    assert msg.legacy and msg.type == "code_update" and msg.data == {"code": "print(1)"}
    msg = parse_client_frame(json.dumps({"message_type": "response_submitted", "interaction_id": 4, "response": "r"}))
    assert msg.legacy and msg.data.interaction_id == 4
    flat = json.loads(legacy_encode("question", {"interaction_id": 4, "question": "why?", "path": "a.py"}))
    assert flat == {"message_type": "question", "interaction_id": 4, "question": "why?"}
    assert legacy_encode("ack", {"seq": 1}) is None


def test_server_frames_round_trip_through_encode() -> None:
    msg = parse_server_frame(encode("ack", {"client_id": "w", "seq": 9, "path": "a.py"}))
    assert msg.type == "ack" and msg.data.seq == 9 and msg.data.path == "a.py"


@pytest.mark.parametrize(("text", "expected"), [
    ("42", 42), (" 7 ", 7), ("0", 0), ("", None), ("abc", None), ("-1", None), ("1.5", None),
    ("\u00b9", None), ("\u0661\u0662", None), ("1" * 13, None), ("1" * 12, int("1" * 12)),
])
def test_decimal_id_takes_plain_ascii_digits_only(text: str, expected: int | None) -> None:
    assert decimal_id(text) == expected
