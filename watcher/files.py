"""Reading workspace files as the watcher sends them: UTF-8 text, not too large, inside DIR."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from viva.settings import DEFAULT_MAX_FILE_BYTES

__all__ = ["FileStamp", "Skipped", "read_workspace_file"]


@dataclass(frozen=True, slots=True)
class FileStamp:
    """What a file looked like when read: enough to tell that it has changed since."""

    size: int
    mtime_ns: int
    inode: int


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that exists but is not sent, and why."""

    reason: str
    stamp: FileStamp


def _stamp(st: os.stat_result) -> FileStamp:
    return FileStamp(st.st_size, st.st_mtime_ns, st.st_ino)


def _inside(root_real: str, target: str) -> bool:
    return target == root_real or target.startswith(root_real.rstrip(os.sep) + os.sep)


def read_workspace_file(root: Path, rel: str, max_bytes: int = DEFAULT_MAX_FILE_BYTES,
                        ) -> tuple[str, FileStamp] | Skipped | None:
    """The text of `root/rel` with its stamp, a Skipped, or None when it is no regular file.

    A symlink is followed only when it points inside the workspace.
    """
    full = root / rel
    try:
        st = os.lstat(full)
        if stat.S_ISLNK(st.st_mode):
            target = os.path.realpath(full)
            if not _inside(os.path.realpath(root), target):
                return Skipped("symlink pointing outside the workspace", _stamp(st))
            st = os.stat(target)
        if not stat.S_ISREG(st.st_mode):
            return None
        if st.st_size > max_bytes:
            return Skipped(f"too large: {st.st_size:,} bytes > {max_bytes:,}", _stamp(st))
        with open(full, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        return Skipped(f"unreadable: {exc.strerror or exc}", FileStamp(-1, 0, 0))
    stamp = _stamp(st)
    if len(data) > max_bytes:  # it grew between stat and read
        return Skipped(f"too large: over {max_bytes:,} bytes", stamp)
    if b"\x00" in data:
        return Skipped("binary: contains NUL bytes", stamp)
    try:
        return data.decode("utf-8"), stamp
    except UnicodeDecodeError:
        return Skipped("binary: not UTF-8 text", stamp)
