"""What the examiner keeps per live session: its workspace now and at the last question.

The snapshot at the last question is what the triggers of SPEC §6 measure against. It lives
in memory and is rebuilt from the database (`rebuild_files(at=last question)`) when a
process first sees the session, for example after a restart. Line counts and findings are
kept per file until that file (or the snapshot) changes, so a round of the examiner only
measures and analyses the files that were edited since the last one.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from pydantic import ValidationError

from server.examiner import Asked, ChangeRecord, Finding, lines_changed_in
from server.examiner.integrity import without_starter
from server.live.ingest import StoredChange
from server.packs import ExaminerOverrides
from server.storage.models import Change, Interaction, Session
from server.storage.workspace import rebuild, rebuild_files

__all__ = ["AskingLimits", "SessionWork"]

logger = logging.getLogger(__name__)

RECENT_CHANGES: Final = 64
"""Changes per session kept for the integrity checks (enough to see a gap before a burst)."""


@dataclass
class AskingLimits:
    """When to ask: the settings' triggers with the pack's `[examiner]` overrides applied."""

    min_lines: int
    min_seconds: float
    max_open: int = 1

    def overridden(self, overrides: Any) -> AskingLimits:
        """These limits with a pack's `[examiner]` table applied (ignored when invalid)."""
        try:
            pack = ExaminerOverrides.model_validate(overrides or {})
        except ValidationError:
            logger.warning("ignoring invalid [examiner] overrides: %r", overrides)
            return self
        return AskingLimits(
            self.min_lines if pack.min_code_change_lines is None else pack.min_code_change_lines,
            self.min_seconds if pack.min_time_between_interactions is None
            else pack.min_time_between_interactions,
            pack.max_open_questions or self.max_open)


@dataclass
class SessionWork:
    """One session as this process knows it, and its queue of changes not looked at yet."""

    limits: AskingLimits
    current: dict[str, str] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)
    snapshot: dict[str, str] = field(default_factory=dict)
    """The workspace as it stood at the last question (before any: the starter files)."""
    starter: dict[str, str] = field(default_factory=dict)
    """The pack's starter files: a file's first text is measured against its starter file."""
    last_asked: datetime | None = None
    asked: list[str] = field(default_factory=list)
    """Every question asked in the session, oldest first."""
    asked_about: list[Asked] = field(default_factory=list)
    """The same questions as stored: path, line, identifier and kind."""
    recent: dict[tuple[str, int], ChangeRecord] = field(default_factory=dict)
    """Recent changes by (path, version), oldest first."""
    pending: list[StoredChange] = field(default_factory=list)
    task: asyncio.Task[None] | None = None
    last_round: float = float("-inf")
    """When (monotonic) the session was last looked at."""
    _lines: dict[str, int] = field(default_factory=dict, repr=False)
    """Lines changed since the snapshot, per path not edited since it was counted."""
    _findings: dict[str, tuple[str | None, str, list[Finding]]] = field(default_factory=dict,
                                                                      repr=False)
    """Findings per path, with the texts (at the snapshot, now) they were found between."""

    async def load(self, session_id: int) -> None:
        """Fill in the session from the database."""
        session = await Session.get_or_none(id=session_id).select_related("assessment")
        pack: dict[str, Any] = {}
        if session is not None and session.assessment is not None:
            pack = session.assessment.pack or {}
        self.limits = self.limits.overridden(pack.get("examiner"))
        starter = (pack.get("task") or {}).get("files") or {}
        self.starter = {str(p): str(text) for p, text in starter.items()}
        for path, state in (await rebuild(session_id)).items():
            self.versions[path] = state.version
            if state.content is not None:
                self.current[path] = state.content
        asked = await Interaction.filter(session_id=session_id).order_by("id").values(
            "question", "asked_at", "path", "line", "identifier", "kind")
        self.asked = [row["question"] for row in asked]
        self.asked_about = [Asked(row["path"], row["line"], row["identifier"], row["kind"],
                                  row["question"]) for row in asked]
        if asked:
            self.last_asked = max(row["asked_at"] for row in asked)
            self.snapshot = await rebuild_files(session_id, self.last_asked)
        else:
            self.snapshot = dict(self.starter)
        rows = await Change.filter(session_id=session_id).order_by("-id").limit(
            RECENT_CHANGES).values("path", "version", "created_at", "lines_added",
                                   "chars_added", "lines_removed")
        for row in reversed(rows):
            self.recent[(row["path"], row["version"])] = ChangeRecord(
                row["created_at"], row["path"], row["lines_added"], row["chars_added"],
                row["lines_removed"])

    def apply(self, batch: list[StoredChange]) -> list[ChangeRecord]:
        """Fold stored changes into the workspace; their records for the integrity checks."""
        fresh: list[ChangeRecord] = []
        for change in batch:
            record = ChangeRecord(change.at, change.path, change.lines_added,
                                  change.chars_added, change.lines_removed)
            if change.before is None:  # the file's first text: the starter part is not theirs
                record = without_starter(record, change.after, self.starter.get(change.path))
            self.recent[(change.path, change.version)] = record
            fresh.append(record)
            if change.version > self.versions.get(change.path, 0):  # else loaded already
                self.versions[change.path] = change.version
                self._lines.pop(change.path, None)
                if change.after is None:
                    self.current.pop(change.path, None)
                else:
                    self.current[change.path] = change.after
        while len(self.recent) > RECENT_CHANGES:
            del self.recent[next(iter(self.recent))]
        return fresh

    def lines_since_question(self) -> int:
        """Lines added plus removed across the workspace since the last question (SPEC §6).

        The same count as `server.examiner.lines_since_question(snapshot, current)`, but only
        files edited since the previous count are measured again.
        """
        total = 0
        for path in self.snapshot.keys() | self.current.keys():
            count = self._lines.get(path)
            if count is None:
                count = self._lines[path] = lines_changed_in(self.snapshot.get(path),
                                                             self.current.get(path))
            total += count
        return total

    def changed_files(self) -> list[tuple[str, str | None, str]]:
        """(path, text at the last question, text now) of each live file changed since, by path."""
        return [(path, self.snapshot.get(path), text) for path, text in sorted(self.current.items())
                if self.snapshot.get(path) != text]

    def known_findings(self, path: str, before: str | None, after: str) -> list[Finding] | None:
        """The findings already made between exactly these two texts of path, if any."""
        known = self._findings.get(path)
        if known is not None and known[0] == before and known[1] == after:
            return known[2]
        return None

    def keep_findings(self, path: str, before: str | None, after: str,
                      findings: list[Finding]) -> None:
        """Keep the findings made between two texts of path, until either text changes."""
        self._findings[path] = (before, after, findings)

    def asked_now(self, text: str, at: datetime, about: Asked | None = None) -> None:
        """A question was asked: the workspace as it is now becomes the snapshot."""
        self.snapshot = dict(self.current)
        self.last_asked = at
        self.asked.append(text)
        if about is not None:
            self.asked_about.append(about)
        self._lines.clear()
        self._findings.clear()
