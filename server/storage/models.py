"""Tortoise ORM models. Changes and events only ever grow; a file's text is rebuilt from them."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model

__all__ = [
    "Assessment", "Challenge", "Change", "CodePrint", "Event", "Interaction", "PrintHash", "Report",
    "Session", "SimilarPair", "TestRun", "User",
]


class User(Model):
    """Anyone who holds a token: admin, proctor or candidate."""

    id = fields.IntField(primary_key=True)
    key = fields.CharField(max_length=200, unique=True)
    name = fields.CharField(max_length=200)
    email = fields.CharField(max_length=320, null=True)
    role = fields.CharField(max_length=16)
    created_at = fields.DatetimeField(auto_now_add=True)


class Assessment(Model):
    """A loaded assessment pack."""

    id = fields.IntField(primary_key=True)
    slug = fields.CharField(max_length=100, unique=True)
    title = fields.CharField(max_length=300)
    pack: fields.JSONField[dict[str, Any]] = fields.JSONField()
    time_limit_minutes = fields.IntField(default=0)
    available_from = fields.DatetimeField(null=True)
    available_until = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)


class Session(Model):
    """One candidate taking one assessment (or free coding when no assessment)."""

    id = fields.IntField(primary_key=True)
    candidate: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "viva.User", related_name="sessions")
    assessment: fields.ForeignKeyNullableRelation[Assessment] = fields.ForeignKeyField(
        "viva.Assessment", related_name="sessions", null=True)
    status = fields.CharField(max_length=16, default="active", db_index=True)
    """active, paused, completed or expired."""
    main_file = fields.CharField(max_length=1024, default="main.py")
    created_at = fields.DatetimeField(auto_now_add=True)
    last_activity = fields.DatetimeField(null=True)
    started_at = fields.DatetimeField(null=True)
    """When the candidate first connected: the time limit counts from then."""
    paused_at = fields.DatetimeField(null=True)
    paused_seconds = fields.FloatField(default=0)
    """Time spent paused (after the start) before the current pause: it extends the limit."""
    warned_minutes = fields.IntField(null=True)
    """The last "N minutes left" warning sent (the smallest N so far)."""
    finished_at = fields.DatetimeField(null=True)
    score = fields.FloatField(null=True)
    flags: fields.JSONField[list[dict[str, Any]]] = fields.JSONField(default=list)
    mcq_state: fields.JSONField[dict[str, Any] | None] = fields.JSONField(null=True)
    mcq_rev = fields.IntField(default=0)
    """Bumped by every save of `mcq_state`: a save from a stale read (another server acted
    on the run meanwhile) changes nothing and the step is done again."""
    meta: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)


class Change(Model):
    """One stored `code_update` or `file_deleted`: a diff, or the full text at checkpoints."""

    id = fields.BigIntField(primary_key=True)
    session: fields.ForeignKeyRelation[Session] = fields.ForeignKeyField(
        "viva.Session", related_name="changes")
    path = fields.CharField(max_length=1024)
    version = fields.IntField()
    """Per (session, path), 1, 2, 3...: a second writer of the same version loses and retries."""
    client_id = fields.CharField(max_length=128)
    seq = fields.BigIntField()
    kind = fields.CharField(max_length=8)
    """`full` (content holds the text), `diff` (diff against the previous version) or `delete`."""
    content = fields.TextField(null=True)
    diff = fields.TextField(null=True)
    sha256 = fields.CharField(max_length=64, null=True)
    size = fields.IntField(default=0)
    lines_added = fields.IntField(default=0)
    lines_removed = fields.IntField(default=0)
    chars_added = fields.IntField(default=0)
    created_at = fields.DatetimeField()

    class Meta:
        unique_together = (("session", "client_id", "seq"), ("session", "path", "version"))


class Interaction(Model):
    """A code question, the candidate's answer and its evaluation."""

    id = fields.IntField(primary_key=True)
    session: fields.ForeignKeyRelation[Session] = fields.ForeignKeyField(
        "viva.Session", related_name="interactions")
    path = fields.CharField(max_length=1024)
    line = fields.IntField(default=1)
    identifier = fields.CharField(max_length=300, default="")
    skill = fields.CharField(max_length=64, default="")
    kind = fields.CharField(max_length=64, default="")
    question = fields.TextField()
    expected: fields.JSONField[list[str]] = fields.JSONField(default=list)
    facts: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    rubric: fields.JSONField[dict[str, Any] | None] = fields.JSONField(null=True)
    """The question's rubric as `Rubric.to_json()`: key points, misconceptions, what it is
    about. None on questions asked before rubrics existed."""
    response = fields.TextField(null=True)
    evaluation = fields.TextField(null=True)
    score = fields.IntField(null=True)
    grade: fields.JSONField[dict[str, Any] | None] = fields.JSONField(null=True)
    """What the grade found against the rubric: {covered, missing, misconceptions}, for
    proctors (the candidate is sent the evaluation text and score only)."""
    asked_at = fields.DatetimeField()
    answered_at = fields.DatetimeField(null=True)


class Event(Model):
    """Everything else that happens in a session, in order: messages, state, answers, flags."""

    id = fields.BigIntField(primary_key=True)
    session: fields.ForeignKeyRelation[Session] = fields.ForeignKeyField(
        "viva.Session", related_name="events")
    kind = fields.CharField(max_length=32)
    data: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    created_at = fields.DatetimeField()


class Report(Model):
    """A session's generated report in its three formats."""

    id = fields.IntField(primary_key=True)
    session: fields.OneToOneRelation[Session] = fields.OneToOneField(
        "viva.Session", related_name="report")
    data: fields.JSONField[dict[str, Any]] = fields.JSONField()
    markdown = fields.TextField()
    html = fields.TextField()
    created_at = fields.DatetimeField()
    candidate_data: fields.JSONField[dict[str, Any] | None] = fields.JSONField(null=True)
    """The candidate's view, built from an allow-list: no hidden test, no staff-only run (it is
    rendered when fetched, as the pack's `feedback` allows)."""


class Challenge(Model):
    """A generated challenge (multiple choice or scenario), its answer and its evaluation."""

    id = fields.IntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "viva.User", related_name="challenges")
    domain = fields.CharField(max_length=64)
    kind = fields.CharField(max_length=16)
    difficulty = fields.CharField(max_length=16, default="medium")
    data: fields.JSONField[dict[str, Any]] = fields.JSONField()
    answer = fields.TextField(null=True)
    result: fields.JSONField[dict[str, Any] | None] = fields.JSONField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    answered_at = fields.DatetimeField(null=True)


class TestRun(Model):
    """One run of a session's tests in the sandbox, and its results (every case, hidden included).

    At most one run per session is `running`: a partial unique index (migration 0003) makes the
    second insert fail on any server process, and the loser reports the running one instead.
    """

    __test__ = False  # a model, not a pytest class
    id = fields.IntField(primary_key=True)
    session: fields.ForeignKeyRelation[Session] = fields.ForeignKeyField(
        "viva.Session", related_name="test_runs")
    trigger = fields.CharField(max_length=16)
    """candidate, proctor, finish or expiry."""
    include_hidden = fields.BooleanField(default=False)
    status = fields.CharField(max_length=16, default="running")
    """running, passed, failed, error, timeout or unavailable."""
    passed = fields.IntField(default=0)
    failed = fields.IntField(default=0)
    errors = fields.IntField(default=0)
    duration_ms = fields.IntField(default=0)
    cases: fields.JSONField[list[dict[str, Any]]] = fields.JSONField(default=list)
    output_tail = fields.TextField(default="")
    reason = fields.TextField(default="")
    """Why the run ended as it did, when its cases do not say (timeout, no sandbox...)."""
    started_at = fields.DatetimeField()
    finished_at = fields.DatetimeField(null=True)
    candidate: fields.JSONField[dict[str, Any] | None] = fields.JSONField(null=True)
    """What the candidate may see of the run: its visible part alone, run apart from anything hidden."""
    owner = fields.CharField(max_length=128, null=True)
    """The server instance running it (`host:pid:random`)."""
    heartbeat_at = fields.DatetimeField(null=True)
    """Renewed by the owner while it runs; a run whose lease lapsed is taken as lost at once."""


class CodePrint(Model):
    """A closed session's code as the similarity engine saw it: its winnowed fingerprints
    `[[hash, path, start, first_line, last_line], ...]`, its lexicon (hashes of what it spells)
    and its token count. Written once, when the session closes."""

    id = fields.IntField(primary_key=True)
    session: fields.OneToOneRelation[Session] = fields.OneToOneField(
        "viva.Session", related_name="code_print")
    assessment: fields.ForeignKeyRelation[Assessment] = fields.ForeignKeyField(
        "viva.Assessment", related_name="code_prints")
    tokens = fields.IntField(default=0)
    prints: fields.JSONField[list[list[Any]]] = fields.JSONField(default=list)
    lexicon: fields.JSONField[list[int]] = fields.JSONField(default=list)
    created_at = fields.DatetimeField()


class PrintHash(Model):
    """The inverted index: one row per distinct fingerprint hash of a session's code, so the
    sessions sharing a hash are found by an indexed lookup, however many there are."""

    id = fields.BigIntField(primary_key=True)
    assessment: fields.ForeignKeyRelation[Assessment] = fields.ForeignKeyField(
        "viva.Assessment", related_name="print_hashes")
    hash = fields.BigIntField()
    session: fields.ForeignKeyRelation[Session] = fields.ForeignKeyField(
        "viva.Session", related_name="print_hashes")

    class Meta:
        indexes = (("assessment", "hash"),)


class SimilarPair(Model):
    """Two sessions of an assessment whose code matched: similarity, longest fragment (tokens)
    and the matched fragments, each with its provenance on both sides (SPEC §4, §8)."""

    id = fields.IntField(primary_key=True)
    assessment: fields.ForeignKeyRelation[Assessment] = fields.ForeignKeyField(
        "viva.Assessment", related_name="similar_pairs")
    left: fields.ForeignKeyRelation[Session] = fields.ForeignKeyField(
        "viva.Session", related_name="similar_left")
    """The earlier session."""
    right: fields.ForeignKeyRelation[Session] = fields.ForeignKeyField(
        "viva.Session", related_name="similar_right")
    similarity = fields.FloatField()
    longest_fragment = fields.IntField(default=0)
    fragments: fields.JSONField[list[dict[str, Any]]] = fields.JSONField(default=list)
    created_at = fields.DatetimeField()

    class Meta:
        unique_together = (("left", "right"),)
