"""Per-run limits for the whole run, not per process: a memory and a pids cgroup per sandbox run.

RLIMIT_AS bounds one process; ten children of 450 MB each are 4.5 GB. A cgroup bounds them
together. Both hierarchies are handled: cgroup v2 (one `cgroup2` tree with `memory.max`,
`pids.max`, `memory.events`) and v1 (separate `memory` and `pids` trees with
`memory.limit_in_bytes`, `pids.max`, `memory.oom_control`). Each run's group is made under the
server's own group (so a container's limits still hold above it), joined by the sandbox's
first process before it execs bubblewrap, and removed after the run.

Where neither is available or writable (a non-root server, a read-only /sys/fs/cgroup), the
run goes on with the per-process limits alone, and `unavailable_reason` says so; the reason is
logged once and written into each run's outcome.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import signal
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

__all__ = ["CGROUP_ROOT", "RunGroup", "cgroup_support"]

CGROUP_ROOT: Final = Path("/sys/fs/cgroup")


def _own(controller: str) -> str:
    """This process's path in a v1 controller's tree (or in the v2 tree for `""`)."""
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        return "/"
    for line in lines:
        _, names, path = line.split(":", 2)
        if (controller == "" and names == "") or controller in names.split(","):
            return path
    return "/"


def _writable_dir(path: Path) -> bool:
    probe = path / f"viva-probe-{secrets.token_hex(4)}"
    try:
        probe.mkdir()
    except OSError:
        return False
    with contextlib.suppress(OSError):
        probe.rmdir()
    return True


def cgroup_support() -> tuple[str, list[Path], str]:
    """`("v2"|"v1"|"", parent directories, reason when none)` for this process."""
    if (CGROUP_ROOT / "cgroup.controllers").exists():
        base = CGROUP_ROOT / _own("").lstrip("/")
        listed = base / "cgroup.controllers"
        controllers = listed.read_text().split() if listed.exists() else []
        if {"memory", "pids"} <= set(controllers) and _writable_dir(base):
            return "v2", [base], ""
        return "", [], "cgroup v2 is here but its memory and pids controllers are not delegated to this server"
    memory, pids = CGROUP_ROOT / "memory", CGROUP_ROOT / "pids"
    if memory.is_dir() and pids.is_dir():
        parents = [memory / _own("memory").lstrip("/"), pids / _own("pids").lstrip("/")]
        if all(p.is_dir() and _writable_dir(p) for p in parents):
            return "v1", parents, ""
        return "", [], "cgroup v1 is here but this server may not make groups in it"
    return "", [], "no cgroup memory and pids controllers here"


def _write(path: Path, value: str) -> bool:
    try:
        path.write_text(value)
    except OSError:
        return False
    return True


@dataclass(slots=True)
class RunGroup:
    """One run's cgroup(s): made with limits, joined by the run's first process, then removed."""

    version: str
    dirs: list[Path] = field(default_factory=list)

    @classmethod
    def make(cls, version: str, parents: list[Path], memory_mb: int, processes: int) -> RunGroup | None:
        """A new group under `parents` with the run's limits, or None when it cannot be made."""
        name = f"viva-run-{os.getpid()}-{secrets.token_hex(4)}"
        group = cls(version)
        try:
            for parent in parents:
                (parent / name).mkdir()
                group.dirs.append(parent / name)
        except OSError:
            group.remove()
            return None
        limit = str(memory_mb * 1024 * 1024)
        ok = True
        if version == "v2":
            d = group.dirs[0]
            ok = _write(d / "memory.max", limit) and _write(d / "pids.max", str(processes))
            _write(d / "memory.swap.max", "0")
        else:
            memory, pids = group.dirs
            ok = _write(memory / "memory.limit_in_bytes", limit) and _write(pids / "pids.max", str(processes))
            _write(memory / "memory.memsw.limit_in_bytes", limit)  # no swap beyond it, where accounted
        if not ok:
            group.remove()
            return None
        return group

    def procs_files(self) -> list[str]:
        """The `cgroup.procs` files the run's first process writes its pid to."""
        return [str(d / "cgroup.procs") for d in self.dirs]

    def pids(self) -> list[int]:
        """The processes now in the run's group."""
        with contextlib.suppress(OSError, ValueError):
            return [int(p) for p in (self.dirs[0] / "cgroup.procs").read_text().split()] \
                if self.dirs else []
        return []

    def oom_killed(self) -> bool:
        """Whether the kernel killed a process of the run for the group's memory limit."""
        if not self.dirs:
            return False
        try:
            if self.version == "v2":
                text = (self.dirs[0] / "memory.events").read_text()
                return any(line.split()[0] in ("oom_kill", "oom") and int(line.split()[1]) > 0
                           for line in text.splitlines() if len(line.split()) == 2)
            text = (self.dirs[0] / "memory.oom_control").read_text()
            fields = dict(line.split() for line in text.splitlines() if len(line.split()) == 2)
            return int(fields.get("oom_kill", "0")) > 0 or fields.get("under_oom") == "1"
        except (OSError, ValueError):
            return False

    def kill_all(self) -> None:
        """SIGKILL whatever is still in the group."""
        for d in self.dirs:
            with contextlib.suppress(OSError):
                for pid in (d / "cgroup.procs").read_text().split():
                    with contextlib.suppress(ProcessLookupError, PermissionError, ValueError):
                        os.kill(int(pid), signal.SIGKILL)

    def remove(self) -> None:
        """Remove the group's directories (empty by then)."""
        for d in reversed(self.dirs):
            with contextlib.suppress(OSError):
                d.rmdir()
        self.dirs.clear()

    def empty(self) -> bool:
        """Whether no process is left in the group."""
        for d in self.dirs:
            with contextlib.suppress(OSError):
                if (d / "cgroup.procs").read_text().split():
                    return False
        return True

    async def close(self, rounds: int = 60) -> None:
        """Kill what is left, wait for the kernel to reap it, then remove the group."""
        for _ in range(rounds):
            self.kill_all()
            if self.empty():
                break
            await asyncio.sleep(0.05)
        self.remove()
