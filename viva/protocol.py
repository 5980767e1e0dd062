"""Wire protocol of SPEC §5: every WebSocket message, in both directions.

A frame is a JSON text `{"type": ..., "data": {...}}`. Each message type has a pydantic
model for its `data`; `parse_client_frame` and `parse_server_frame` turn any frame into a
`Message` or raise `ProtocolError` saying what was wrong and with which field. This module is
the only place frames are defined: the server builds every message it sends from a
`ServerData` model (`frame_data` gives its wire `data`), the clients read typed fields, and
the close codes (`CloseCode`) are here once for both sides.

The older flat form (`{"message_type": "code_update", "code": ...}`) is parsed into the
same models, flagged with `legacy=True`, so the server answers it in kind.

Exceptions:
    ProtocolError -- a frame that cannot become a message (code, human sentence, field).
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any, ClassVar, Final

from pydantic import (
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

__all__ = [
    "CLIENT_TYPES",
    "REFUSED_CLOSE_CODES",
    "SERVER_MODELS",
    "SERVER_TYPES",
    "TEST_OUTCOMES",
    "TEST_RUN_STATUSES",
    "TEST_TRIGGERS",
    "Ack",
    "AnswerFeedback",
    "AssessmentCompleted",
    "AssessmentStarted",
    "AuthSuccess",
    "CloseCode",
    "ErrorData",
    "EvaluationResult",
    "FeedEvent",
    "HeartbeatAck",
    "LegacyFrame",
    "McqProgress",
    "Message",
    "ProgressUpdate",
    "ProtocolError",
    "Question",
    "ReportReady",
    "Resync",
    "RunTests",
    "ServerData",
    "SessionEvent",
    "SessionState",
    "SessionSummary",
    "SessionsSnapshot",
    "SystemMessage",
    "TestCase",
    "TestResult",
    "TestRunStarted",
    "decimal_id",
    "encode",
    "error_data",
    "frame_data",
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


class ServerData(_Data):
    """The data of a message the server sends; `TYPE` is its `type` on the wire.

    The server builds every frame it sends from one of these (`frame_data` turns it into the
    wire's `data`): a key goes on the wire when the sender set it, null included, and a field
    left at its default stays off, so each frame carries what SPEC §5 and the clients expect.
    """

    TYPE: ClassVar[str]


class AuthSuccess(ServerData):
    TYPE: ClassVar[str] = "auth_success"
    user_id: str
    session_id: int | None = None
    connection_id: str
    timestamp: str
    acked: dict[str, int] = Field(default_factory=dict)
    status: str | None = None
    """The session's status now (candidate channel): what a client missed while away."""


class Ack(ServerData):
    TYPE: ClassVar[str] = "ack"
    client_id: str
    seq: int
    sha256: str | None = None
    path: str | None = None


class Resync(ServerData):
    TYPE: ClassVar[str] = "resync"
    path: str
    sha256: str | None
    seq: int | None = None


class EvaluationResult(ServerData):
    TYPE: ClassVar[str] = "evaluation_result"
    interaction_id: int | str
    evaluation: str
    """The grade's words as the pack's `feedback` lets the candidate see them."""
    score: int
    number: int | None = None
    """The question's place in the session (1 for its first question)."""
    replayed: bool = False
    """Sent again on connect: graded before this connection opened."""


class Question(ServerData):
    """A code question (`interaction_id`...) or a multiple-choice one (`question_id`...)."""

    TYPE: ClassVar[str] = "question"
    # a code question
    interaction_id: int | None = None
    question: str | None = None
    path: str | None = None
    line: int | None = None
    skill: str | None = None
    number: int | None = None
    """A code question's place in the session (1 for its first question), as every client shows it."""
    response: str | None = None
    """The candidate's answer, once one was taken (from whichever client)."""
    replayed: bool = False
    """Sent again on connect: asked before this connection opened."""
    # a multiple-choice question
    question_id: int | str | None = None
    node_id: str | None = None
    question_text: str | None = None
    options: list[str] | None = None
    time_limit_seconds: int | None = None
    """Seconds left to answer it, counted from when this message was sent."""
    question_number: int | None = None
    total_questions: int | None = None
    skill_being_tested: str | None = None
    difficulty_level: int | None = None


class SystemMessage(ServerData):
    TYPE: ClassVar[str] = "system_message"
    message: str
    timestamp: str | None = None
    sender: str | None = Field(default=None, validation_alias=AliasChoices("from", "sender"),
                               serialization_alias="from")
    """`from` on the wire: `proctor`, `help`, `clock` or `assessment`."""
    time_left_seconds: float | None = None
    """With a clock's warning: the session's time left."""
    question_id: int | str | None = None
    """With a multiple-choice question's time-out: which question."""


class SessionState(ServerData):
    TYPE: ClassVar[str] = "session_state"
    status: str
    """`paused`, `resumed`, `expired` or `completed`."""
    time_left_seconds: float | None = None
    """The session's time left now (None: no time limit)."""


class ReportReady(ServerData):
    TYPE: ClassVar[str] = "report_ready"
    session_id: int


class HeartbeatAck(ServerData):
    TYPE: ClassVar[str] = "heartbeat_ack"
    timestamp: str


class ErrorData(ServerData):
    """An `error`; besides SPEC's fields, what it is about (an update, an answer) when known."""

    TYPE: ClassVar[str] = "error"
    error: str
    code: str
    timestamp: str | None = None
    field: str | None = None
    seq: int | None = None
    path: str | None = None
    client_id: str | None = None
    interaction_id: int | str | None = None


class McqProgress(_Data):
    """Questions finished (answered or timed out) out of the test's total."""

    answered: int
    total: int
    percent: float


class AssessmentStarted(ServerData):
    TYPE: ClassVar[str] = "assessment_started"
    test_id: int | str
    test_name: str
    time_limit_minutes: int
    total_questions: int
    message: str
    session_id: int | None = None
    resumed: bool = False
    answered: int = 0
    time_remaining_seconds: int | None = None


class AnswerFeedback(ServerData):
    TYPE: ClassVar[str] = "answer_feedback"
    question_id: str
    is_correct: bool
    correct_option: str
    selected_option: str
    explanation: str
    score_gained: int
    total_score: int
    time_taken_seconds: float
    progress: McqProgress


class ProgressUpdate(ServerData):
    TYPE: ClassVar[str] = "progress_update"
    answered: int
    total: int
    percent: float
    total_score: int | None = None
    difficulty_level: int | None = None
    time_remaining_seconds: int | None = None


class AssessmentCompleted(ServerData):
    TYPE: ClassVar[str] = "assessment_completed"
    message: str
    results: dict[str, Any] = Field(default_factory=dict)
    """The run's figures: `score`, `percent`, `correct`, per skill, strengths..."""
    next_steps: list[str] = Field(default_factory=list)


TEST_RUN_STATUSES: Final = ("running", "passed", "failed", "error", "timeout", "unavailable")
"""Every status a test run can have; `running` only until its result is in."""

TEST_OUTCOMES: Final = ("passed", "failed", "error", "skipped")
"""Every outcome of one test case."""

TEST_TRIGGERS: Final = ("candidate", "proctor", "finish", "expiry")
"""What started a test run."""


class TestRunStarted(ServerData):
    """A test run has started (or was already going): its id; or why it could not start."""

    __test__ = False  # not a pytest class, whatever its name
    TYPE: ClassVar[str] = "test_run"
    run_id: int | None
    status: str = "running"
    trigger: str | None = None
    number: int | None = None
    """The run's place among its session's runs (what people are shown)."""
    code: str | None = None
    reason: str | None = None
    """Why it could not start (`status` is then `error`)."""


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


class TestResult(ServerData):
    """A finished test run; `hidden_passed`/`hidden_total` are present only for staff."""

    __test__ = False
    TYPE: ClassVar[str] = "test_result"
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
    started_at: str | None = None
    finished_at: str | None = None
    number: int | None = None
    """The run's place among its session's runs (what people are shown)."""
    hidden_passed: int | None = None
    hidden_total: int | None = None

    @field_validator("status")
    @classmethod
    def _known_status(cls, value: str) -> str:
        if value not in TEST_RUN_STATUSES or value == "running":
            raise ValueError(f"must be one of {', '.join(TEST_RUN_STATUSES[1:])}")
        return value


class SessionSummary(_Data):
    """A session as the proctors' feed (and `GET /sessions/`) describes it."""

    id: int
    session_id: int | None = None
    """`id` again (older readers look for it under this name)."""
    status: str
    candidate: dict[str, str | None] = Field(default_factory=dict)
    """`{name, email}`."""
    assessment: str | None = None
    assessment_title: str | None = None
    time_limit_minutes: int | None = None
    time_left_seconds: float | None = None
    main_file: str | None = None
    created_at: str | None = None
    started_at: str | None = None
    last_activity: str | None = None
    finished_at: str | None = None
    questions_asked: int = 0
    open_questions: int = 0
    score: float | None = None
    """The code questions' average score, out of 10."""
    quiz: dict[str, Any] | None = None
    """The multiple-choice quiz's figures (correct, answered, total, percent, score...)."""
    edits: int = 0
    flags: list[Any] = Field(default_factory=list)
    """Integrity signals (`{kind, at, path, detail, severity}`), as stored (a row edited by
    hand may hold anything: readers take what they recognise)."""
    last_test_run: dict[str, Any] | None = None
    """The latest finished run's figures, as `test_result` has them, without cases or output."""


class SessionsSnapshot(ServerData):
    TYPE: ClassVar[str] = "sessions_snapshot"
    sessions: list[SessionSummary]


class FeedEvent(_Data):
    """One thing that happened to a session, as a proctor sees it: its kind (`type`), that
    kind's `data`, when, and with `watch` the full `detail` (a change's diff)."""

    type: str
    data: dict[str, Any] = Field(default_factory=dict)
    ts: str | None = None
    detail: Any = None


class SessionEvent(ServerData):
    TYPE: ClassVar[str] = "session_event"
    session_id: int | None
    event: FeedEvent


class LegacyFrame(_Data):
    """A server answer in the older flat form (`{"message_type": ..., ...}`), read loosely."""

    model_config = ConfigDict(extra="allow", frozen=True)


SERVER_MODELS: Final[tuple[type[ServerData], ...]] = (
    AuthSuccess, Ack, Resync, EvaluationResult, Question, SystemMessage, SessionState,
    ReportReady, HeartbeatAck, ErrorData, AssessmentStarted, AnswerFeedback, ProgressUpdate,
    AssessmentCompleted, SessionsSnapshot, SessionEvent, TestRunStarted, TestResult)
"""Every message the server sends, one model each."""


class CloseCode(IntEnum):
    """How the server ends a socket (SPEC §5)."""

    IDLE = 1000
    """A normal close, for a socket silent too long."""
    AUTH_FAILED = 4001
    DENIED = 4003
    """Access denied: not this session, outside the assessment's window, session completed."""
    INVALID = 4004
    """Invalid message format (too many invalid messages in a row, or a bad `test_id`)."""
    RATE_LIMITED = 4008


REFUSED_CLOSE_CODES: Final = frozenset({CloseCode.AUTH_FAILED, CloseCode.DENIED})
"""Close codes after which connecting again cannot help."""


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

SERVER_TYPES: Final[dict[str, type[ServerData]]] = {model.TYPE: model for model in SERVER_MODELS}
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


def _parse(raw: str | bytes, table: Mapping[str, type[_Data]], allow_legacy: bool) -> Message:
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
        return Message(str(obj["message_type"]), LegacyFrame.model_validate(obj), legacy=True)
    return _parse(raw, SERVER_TYPES, allow_legacy=False)


def encode(type_: str, data: BaseModel | dict[str, Any] | None = None) -> str:
    """Serialise a client's message as a JSON text frame (fields left None are not sent)."""
    if isinstance(data, BaseModel):
        payload: Any = data.model_dump(mode="json", exclude_none=True)
    else:
        payload = data or {}
    return json.dumps({"type": type_, "data": payload}, default=str)


def frame_data(message: ServerData) -> dict[str, Any]:
    """A server message's `data` as the wire carries it: the fields its sender set."""
    data: dict[str, Any] = message.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return data


def error_data(error: str, code: str, field: str | None = None, **about: Any) -> ErrorData:
    """The `error` message of SPEC §5, stamped now; `about` names what it is about
    (`seq`, `path`, `client_id`, `interaction_id`)."""
    if field:
        about["field"] = field
    return ErrorData(error=error, code=code, timestamp=now_iso(), **about)


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

