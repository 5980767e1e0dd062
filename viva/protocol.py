"""Wire protocol of SPEC §5: every WebSocket message, in both directions.

A frame is a JSON text `{"type": ..., "data": {...}}`. Each message type has a pydantic
model for its `data`; `parse_client_frame` and `parse_server_frame` turn any frame into a
`Message` or raise `ProtocolError` saying what was wrong and with which field.

The older flat form (`{"message_type": "code_update", "code": ...}`) is parsed into the
same models, flagged with `legacy=True`, so the server answers it in kind.

Exceptions:
    ProtocolError -- a frame that cannot become a message (code, human sentence, field).
"""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

__all__ = [
    "CLIENT_TYPES",
    "SERVER_TYPES",
    "TEST_OUTCOMES",
    "TEST_RUN_STATUSES",
    "TEST_TRIGGERS",
    "Message",
    "ProtocolError",
    "RunTests",
    "TestCase",
    "TestResult",
    "TestRun",
    "decimal_id",
    "encode",
    "error_frame",
    "legacy_encode",
    "now_iso",
    "parse_client_frame",
    "parse_server_frame",
    "validate_path",
]

MAX_PATH_LENGTH: Final = 1024
"""Longest workspace path a client may name."""


class ProtocolError(ValueError):
    """A frame that is not a valid message; `code` is machine-readable, `field` names the culprit."""

    def __init__(self, message: str, code: str = "invalid_message", field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.field = field


def now_iso() -> str:
    """Current UTC time as an ISO 8601 string."""
    return datetime.now(UTC).isoformat()


def decimal_id(text: str, *, max_digits: int = 12) -> int | None:
    """`text` as a non-negative integer if it is plain ASCII digits, else None.

    `str.isdigit()` alone is not enough: it accepts superscripts such as `"¹"`, which `int()`
    then refuses.
    """
    text = text.strip()
    if 0 < len(text) <= max_digits and text.isascii() and text.isdigit():
        return int(text)
    return None


def validate_path(path: str) -> str:
    """Return `path` normalised as a relative POSIX workspace path, or raise ValueError."""
    if not path or len(path) > MAX_PATH_LENGTH:
        raise ValueError(f"path must be 1 to {MAX_PATH_LENGTH} characters")
    if "\x00" in path or "\\" in path:
        raise ValueError("path must not contain NUL or backslashes")
    if path.startswith("/"):
        raise ValueError("path must be relative to the workspace")
    norm = posixpath.normpath(path)
    if norm in (".", "") or norm.startswith("../") or norm == "..":
        raise ValueError("path must stay inside the workspace")
    return norm


class _Data(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class _Strict(_Data):
    model_config = ConfigDict(extra="ignore", frozen=True, strict=True)


_HEX: Final = frozenset("0123456789abcdef")


def _check_sha(value: str | None) -> str | None:
    if value is None:
        return None
    if len(value) != 64 or not _HEX.issuperset(value):
        raise ValueError("must be a lowercase hex SHA-256 digest (64 characters)")
    return value


# --- candidate -> server ---------------------------------------------------------------


class CodeUpdate(_Strict):
    """A file's new state: whole `content`, or a unified `diff` against `base_sha256`."""

    path: str
    seq: int = Field(ge=0)
    client_id: str = Field(min_length=1, max_length=128)
    content: str | None = None
    diff: str | None = None
    base_sha256: str | None = None
    sha256: str | None = None
    ts: float | str | None = None

    _path = field_validator("path")(validate_path)
    _shas = field_validator("base_sha256", "sha256")(_check_sha)

    @model_validator(mode="after")
    def _content_or_diff(self) -> CodeUpdate:
        if (self.content is None) == (self.diff is None):
            raise ValueError("exactly one of 'content' or 'diff' is required")
        if self.diff is not None and self.base_sha256 is None:
            raise ValueError("'base_sha256' is required with 'diff'")
        return self


class FileDeleted(_Strict):
    """A file removed from the workspace."""

    path: str
    seq: int = Field(ge=0)
    client_id: str = Field(min_length=1, max_length=128)
    ts: float | str | None = None

    _path = field_validator("path")(validate_path)


class ResponseSubmitted(_Data):
    """The candidate's answer to a code question."""

    interaction_id: int | str
    response: str = Field(max_length=20_000)


class StartAssessment(_Data):
    test_id: int | str


class Empty(_Data):
    """A message that carries no data."""


class SubmitAnswer(_Data):
    question_id: int | str
    selected_option: int | str


class ChatMessage(_Data):
    message: str = Field(min_length=1, max_length=4000)


class SessionRef(_Data):
    session_id: int


class RunTests(_Data):
    """Run the session's tests: `{}` from a candidate, `{session_id}` as a proctor action."""

    session_id: int | None = None


class ProctorMessage(_Data):
    session_id: int
    message: str = Field(min_length=1, max_length=4000)


# --- server -> clients -----------------------------------------------------------------


class AuthSuccess(_Data):
    user_id: str
    session_id: int | None = None
    connection_id: str
    timestamp: str
    acked: dict[str, int] = Field(default_factory=dict)
    status: str | None = None
    """The session's status now (candidate channel): what a client missed while away."""


class Ack(_Data):
    client_id: str
    seq: int
    sha256: str | None = None
    path: str | None = None


class Resync(_Data):
    path: str
    sha256: str | None
    seq: int | None = None


class EvaluationResult(_Data):
    interaction_id: int | str
    evaluation: str
    score: int
    number: int | None = None
    """The question's place in the session (1 for its first question)."""
    replayed: bool = False
    """Sent again on connect: graded before this connection opened."""


class Question(_Data):
    """A code question (`interaction_id`...) or a multiple-choice one (`question_id`...)."""

    model_config = ConfigDict(extra="allow", frozen=True)
    interaction_id: int | None = None
    question: str | None = None
    path: str | None = None
    line: int | None = None
    skill: str | None = None
    question_id: int | str | None = None
    question_text: str | None = None
    options: list[str] | None = None
    number: int | None = None
    """A code question's place in the session (1 for its first question), as every client shows it."""
    response: str | None = None
    """The candidate's answer, once one was taken (from whichever client)."""
    replayed: bool = False
    """Sent again on connect: asked before this connection opened."""


class SystemMessage(_Data):
    model_config = ConfigDict(extra="allow", frozen=True)
    message: str
    timestamp: str | None = None


class SessionState(_Data):
    status: str
    model_config = ConfigDict(extra="allow", frozen=True)


class ReportReady(_Data):
    session_id: int


TEST_RUN_STATUSES: Final = ("running", "passed", "failed", "error", "timeout", "unavailable")
"""Every status a test run can have; `running` only until its result is in."""

TEST_OUTCOMES: Final = ("passed", "failed", "error", "skipped")
"""Every outcome of one test case."""

TEST_TRIGGERS: Final = ("candidate", "proctor", "finish", "expiry")
"""What started a test run."""


class TestRun(_Data):
    """A test run has started (or was already going): its id."""

    __test__ = False  # not a pytest class, whatever its name
    run_id: int
    status: str = "running"
    trigger: str | None = None


class TestCase(_Data):
    """One test's outcome; `hidden` is present only in what staff see."""

    __test__ = False
    name: str
    outcome: str
    message: str = ""
    path: str | None = None
    line: int | None = None
    hidden: bool | None = None
    judge: str | None = None
    """`server` (a `[[tests.cases]]` verdict the server decided) or `pytest` (read from a report
    candidate code could influence)."""

    @field_validator("outcome")
    @classmethod
    def _known_outcome(cls, value: str) -> str:
        if value not in TEST_OUTCOMES:
            raise ValueError(f"must be one of {', '.join(TEST_OUTCOMES)}")
        return value


class TestResult(_Data):
    """A finished test run; `hidden_passed`/`hidden_total` are present only for staff."""

    __test__ = False
    run_id: int
    trigger: str
    status: str
    passed: int = 0
    failed: int = 0
    errors: int = 0
    duration_ms: int = 0
    cases: list[TestCase] = Field(default_factory=list)
    output_tail: str = ""
    reason: str = ""
    """Why the run ended as it did when its cases do not say (timeout, no sandbox...)."""
    hidden_passed: int | None = None
    hidden_total: int | None = None

    @field_validator("status")
    @classmethod
    def _known_status(cls, value: str) -> str:
        if value not in TEST_RUN_STATUSES or value == "running":
            raise ValueError(f"must be one of {', '.join(TEST_RUN_STATUSES[1:])}")
        return value


class HeartbeatAck(_Data):
    timestamp: str


class ErrorData(_Data):
    error: str
    code: str
    timestamp: str | None = None
    field: str | None = None
    seq: int | None = None
    path: str | None = None


class Open(_Data):
    """Server messages whose data the clients read loosely."""

    model_config = ConfigDict(extra="allow", frozen=True)


CLIENT_TYPES: Final[dict[str, type[_Data]]] = {
    "code_update": CodeUpdate,
    "file_deleted": FileDeleted,
    "response_submitted": ResponseSubmitted,
    "start_assessment": StartAssessment,
    "get_question": Empty,
    "submit_answer": SubmitAnswer,
    "chat_message": ChatMessage,
    "heartbeat": Empty,
    "finish": Empty,
    "run_tests": RunTests,
    # proctor actions
    "watch": SessionRef,
    "unwatch": SessionRef,
    "send_message": ProctorMessage,
    "pause_session": SessionRef,
    "resume_session": SessionRef,
    "end_session": SessionRef,
}
"""Every message type a client may send, with the model of its data."""

SERVER_TYPES: Final[dict[str, type[_Data]]] = {
    "auth_success": AuthSuccess,
    "ack": Ack,
    "resync": Resync,
    "evaluation_result": EvaluationResult,
    "question": Question,
    "system_message": SystemMessage,
    "session_state": SessionState,
    "report_ready": ReportReady,
    "heartbeat_ack": HeartbeatAck,
    "error": ErrorData,
    "assessment_started": Open,
    "answer_feedback": Open,
    "progress_update": Open,
    "assessment_completed": Open,
    "sessions_snapshot": Open,
    "session_event": Open,
    "test_run": TestRun,
    "test_result": TestResult,
}
"""Every message type the server sends, with the model of its data."""


@dataclass(frozen=True, slots=True)
class Message:
    """A parsed frame: its type, validated data, and whether it came in the older flat form."""

    type: str
    data: Any
    legacy: bool = False


def _describe(exc: ValidationError, type_: str) -> ProtocolError:
    err = exc.errors()[0]
    loc = ".".join(str(p) for p in err["loc"])
    where = f"'{loc}'" if loc else "data"
    msg = err["msg"].removeprefix("Value error, ")
    code = "missing_field" if err["type"] == "missing" else "invalid_field"
    return ProtocolError(f"{type_}: {where}: {msg}", code, loc or None)


def _load(raw: str | bytes) -> dict[str, Any]:
    if isinstance(raw, (bytes, bytearray)):
        raise ProtocolError("binary frames are not accepted; send JSON text", "binary_frame")
    try:
        obj = json.loads(raw)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise ProtocolError(f"frame is not valid JSON: {exc}", "invalid_json") from None
    if not isinstance(obj, dict):
        raise ProtocolError("frame must be a JSON object", "invalid_message")
    return obj


def _legacy(obj: dict[str, Any]) -> Message:
    kind = obj.get("message_type")
    if kind == "code_update":
        code = obj.get("code")
        if not isinstance(code, str):
            raise ProtocolError("code_update: 'code' must be a string", "invalid_field", "code")
        return Message("code_update", {"code": code}, legacy=True)
    if kind == "response_submitted":
        try:
            return Message("response_submitted", ResponseSubmitted.model_validate(obj), legacy=True)
        except ValidationError as exc:
            raise _describe(exc, kind) from None
    if kind in ("heartbeat", "finish"):
        return Message(kind, Empty(), legacy=True)
    raise ProtocolError(f"unknown message_type {kind!r}", "unknown_type", "message_type")


def _parse(raw: str | bytes, table: dict[str, type[_Data]], allow_legacy: bool) -> Message:
    obj = _load(raw)
    if allow_legacy and "message_type" in obj and "type" not in obj:
        return _legacy(obj)
    type_ = obj.get("type")
    if not isinstance(type_, str):
        raise ProtocolError("frame needs a string 'type'", "missing_field", "type")
    model = table.get(type_)
    if model is None:
        raise ProtocolError(f"unknown message type {type_!r}", "unknown_type", "type")
    data = obj.get("data", {})
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ProtocolError(f"{type_}: 'data' must be an object", "invalid_field", "data")
    try:
        return Message(type_, model.model_validate(data))
    except ValidationError as exc:
        raise _describe(exc, type_) from None


def parse_client_frame(raw: str | bytes, *, allow_legacy: bool = True) -> Message:
    """Parse a frame sent by a candidate or proctor client."""
    return _parse(raw, CLIENT_TYPES, allow_legacy)


def parse_server_frame(raw: str | bytes) -> Message:
    """Parse a frame sent by the server (used by the clients)."""
    obj = _load(raw)
    if "type" not in obj and "message_type" in obj:
        return Message(str(obj["message_type"]), Open.model_validate(obj), legacy=True)
    return _parse(raw, SERVER_TYPES, allow_legacy=False)


def encode(type_: str, data: BaseModel | dict[str, Any] | None = None) -> str:
    """Serialise a message as a JSON text frame."""
    if isinstance(data, BaseModel):
        payload: Any = data.model_dump(mode="json", exclude_none=True)
    else:
        payload = data or {}
    return json.dumps({"type": type_, "data": payload}, default=str)


def error_frame(error: str, code: str, field: str | None = None) -> str:
    """The `error` message of SPEC §5."""
    data: dict[str, Any] = {"error": error, "code": code, "timestamp": now_iso()}
    if field:
        data["field"] = field
    return encode("error", data)


def legacy_encode(type_: str, data: dict[str, Any]) -> str | None:
    """The older flat form of a server message, or None when it has no flat form."""
    # an answered question is no news to a flat client: its evaluation is coming
    if type_ == "question" and "interaction_id" in data and data.get("response") is None:
        return json.dumps({"message_type": "question", "interaction_id": data["interaction_id"],
                           "question": data.get("question")})
    if type_ == "evaluation_result":
        return json.dumps({"message_type": "evaluation_result", **{
            k: data.get(k) for k in ("interaction_id", "evaluation", "score")}})
    if type_ == "report_ready":
        return json.dumps({"message_type": "report_ready", "session_id": data.get("session_id")})
    if type_ == "error":
        return json.dumps({"error": data.get("error"), "code": data.get("code")})
    if type_ in ("system_message", "session_state", "heartbeat_ack"):
        return json.dumps({"message_type": type_, **data})
    return None

