"""The task's starter files, written into a candidate's workspace: `viva join`, `viva lsp` and
`viva demo` all go through `write_starter_files`.

The server hands them out with the invite (`GET /join/{token}` → `starter_files`, never the
pack's hidden files). A file is written only where none is: a file that is already there and
the same is left alone, one that differs is kept (the candidate's) and reported, never
overwritten. What was written is remembered in `.viva/starter.json`, so a starter file the
candidate later edited is theirs (not reported again) and one they deleted stays deleted.
The server measures a file's first version against its starter file, so starter code never
counts as a paste or a large insertion.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from viva.diffs import sha256_text
from viva.invite import Invite
from viva.protocol import validate_path
from viva.settings import STATE_DIR_NAME, workspace_state_dir

__all__ = ["RECORD_NAME", "StarterFiles", "StarterUnavailable", "fetch_starter_files",
           "starter_files_of", "write_starter_files"]

RECORD_NAME: Final = "starter.json"
"""In the workspace's `.viva/`: `{path: sha256}` of each starter file written there."""


@dataclass
class StarterFiles:
    """What writing the starter files did, path by path."""

    written: list[str] = field(default_factory=list)
    """Written now: the workspace had no such file."""
    present: list[str] = field(default_factory=list)
    """Already there, and the same as the starter file."""
    kept: list[str] = field(default_factory=list)
    """Already there and different, and never written by viva: kept as it is."""
    refused: list[str] = field(default_factory=list)
    """Not written: a path outside the workspace, or one that cannot be written."""

    def summary(self) -> str:
        """One or two sentences for the candidate; empty when there is nothing to say."""
        parts = []
        if self.written:
            parts.append(f"Wrote the task's starter {_files(self.written)}.")
        if self.kept:
            parts.append(f"Kept your {_files(self.kept)}: "
                         f"{'it differs' if len(self.kept) == 1 else 'they differ'} from the "
                         "task's starter file and viva never overwrites your work.")
        if self.refused:
            parts.append(f"Could not write the starter {_files(self.refused)}.")
        return " ".join(parts)


def _files(paths: list[str]) -> str:
    shown = ", ".join(paths[:6]) + (f" and {len(paths) - 6} more" if len(paths) > 6 else "")
    return f"file {shown}" if len(paths) == 1 else f"files {shown}"


def starter_files_of(join: Mapping[str, object]) -> dict[str, str]:
    """The starter files in a `GET /join/{token}` answer (`starter_files`), text only."""
    raw = join.get("starter_files")
    if not isinstance(raw, Mapping):
        return {}
    return {str(p): c for p, c in raw.items() if isinstance(c, str)}


class StarterUnavailable(Exception):
    """The server could not be asked for the starter files (try again later)."""


async def fetch_starter_files(invite: Invite, *, timeout: float = 10.0) -> dict[str, str]:
    """The invite's starter files from `GET /join/{token}`.

    Raises StarterUnavailable when the server cannot be asked, and `viva.client.AuthRefused`
    when it refuses the invite (401, 403).
    """
    import httpx

    from viva.client import AuthRefused

    try:
        async with httpx.AsyncClient(base_url=invite.server, timeout=timeout) as http:
            resp = await http.get(f"/join/{invite.token}")
        if resp.status_code in (401, 403):
            raise AuthRefused(resp.status_code, resp.text[:300], token=invite.token)
        resp.raise_for_status()
        body = resp.json()
    except (httpx.HTTPError, ValueError) as exc:
        raise StarterUnavailable(str(exc) or type(exc).__name__) from exc
    return starter_files_of(body) if isinstance(body, dict) else {}


def _read_record(state: Path) -> dict[str, str]:
    try:
        raw = json.loads((state / RECORD_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in raw.items()} if isinstance(raw, dict) else {}


def _write_record(state: Path, record: dict[str, str]) -> None:
    tmp = state / (RECORD_NAME + ".tmp")
    tmp.write_text(json.dumps(record, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, state / RECORD_NAME)


def _existing_text(target: Path) -> str | None:
    try:
        return target.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return "\x00"  # not text: differs from any starter file
    except OSError:
        return None


def write_starter_files(root: Path, files: Mapping[str, str]) -> StarterFiles:
    """Write each starter file into `root` where the workspace has none; never overwrite,
    never write outside `root`. What happened, path by path."""
    result = StarterFiles()
    if not files:
        return result
    base = root.resolve()
    try:
        state = workspace_state_dir(root)
        record = _read_record(state)
    except OSError:
        state, record = None, {}
    for raw_path, content in sorted(files.items()):
        try:
            rel = validate_path(raw_path)
        except ValueError:
            result.refused.append(raw_path)
            continue
        target = root / rel
        if not target.resolve().is_relative_to(base) or STATE_DIR_NAME in Path(rel).parts:
            result.refused.append(rel)
            continue
        existing = _existing_text(target) if target.exists() or target.is_symlink() else None
        if existing is not None:
            if existing == content:
                result.present.append(rel)
            elif rel not in record:  # the candidate's own file, there before the starter
                result.kept.append(rel)
            continue
        if rel in record:
            continue  # written before, and deleted since: the candidate's choice
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "x", encoding="utf-8", newline="") as out:  # never clobber
                out.write(content)
        except FileExistsError:
            result.kept.append(rel)
            continue
        except OSError:
            result.refused.append(rel)
            continue
        record[rel] = sha256_text(content)
        result.written.append(rel)
    if state is not None and result.written:
        with contextlib.suppress(OSError):  # only the memory of what was written is lost
            _write_record(state, record)
    return result
