"""Where candidate code runs: one small `Executor` interface and its bubblewrap implementation.

Fail-closed: `make_executor` returns an executor only when a real sandbox is there; otherwise
it says why, and the caller stores the run as `unavailable` instead of running anything bare.

How the local sandbox holds (each was tried by hand with bwrap on a root container first):

- namespaces: new PID, network (no interface but a down loopback), IPC, UTS and mount
  namespaces; a new user namespace too when the server is not root;
- files: a fresh root with read-only `/usr` (and the `/bin`, `/lib` links), the interpreter's
  prefixes read-only (mounted last, so no other mount hides them: a venv under /tmp included),
  the run's workspace copy at `/sandbox/work` read-write, a size-limited tmpfs `/tmp`, a fresh
  `/proc` and a minimal `/dev`; nothing else of the host, so not the server's data
  directory, database file or secret;
- environment: built from scratch (`--clearenv`), never the server's;
- processes: RLIMIT_NPROC only bounds a non-root uid, so a root server has bubblewrap drop
  the command to an unprivileged uid of its own (one per worker slot) with no capabilities
  and `no_new_privs`; a non-root server's processes run as its own uid in a user namespace;
- time: wall time (the whole process group is killed) and RLIMIT_CPU; the wall time does not
  count what the run's processes spent waiting for a CPU the server's own work or other runs
  held (up to `PATIENCE` times the limit), so a busy machine slows a verdict rather than
  making it a time-out; memory: RLIMIT_AS;
  output: read at most `output_bytes`, then kill; files: RLIMIT_FSIZE;
- nothing survives: killing bubblewrap kills the namespace's init (`--die-with-parent`),
  and the kernel ends every process of a PID namespace whose init ends.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Final, Protocol

from server.testruns.cgroups import RunGroup, cgroup_support

__all__ = ["ONE_OFF_SLOT", "BwrapExecutor", "ExecResult", "Executor", "SandboxLimits", "make_executor",
           "run_directory", "slot_of"]

logger = logging.getLogger(__name__)

SANDBOX_UID_BASE: Final = 61000
"""First uid a root server runs candidate code as; worker slot i uses base + i."""

NICENESS: Final = 15
"""How much lower the sandboxed command's CPU priority is than the server's."""

_LOWER_AUTOGROUP: Final = f"{{ echo {NICENESS} > /proc/self/autogroup; }} 2>/dev/null\n"
"""With autogroup scheduling a new session (bwrap's --new-session) gets a whole share of CPU,
whatever its processes' niceness: lower the session's own group too, where the kernel has it."""

PATIENCE: Final = 5
"""How far a run's wall time may stretch, as a multiple of its limit, while its processes wait
for a CPU: candidate code runs at idle priority, so on a machine busy with other work it may
wait far longer than it runs, and that wait is the machine's, not the candidate's."""

_STARVED: Final = 0.25
"""The least share of its time a run must have waited for a CPU to be given more: the usual
contention of a busy server (a run preempted now and then) changes no limit."""

_TICKS: Final = os.sysconf("SC_CLK_TCK")
"""Clock ticks a second, the unit of `/proc/<pid>/stat`'s CPU times."""

_SAMPLE_SECONDS: Final = 1.0
"""How often a run's processes' waits for a CPU are read (a short-lived compiler's included)."""

SLOTS_PER_PROCESS: Final = 64
"""Sandbox uids each process has (its slots); a run's end kills every process of its uid, so no
two processes, and no two runs at once, share one."""

ONE_OFF_SLOT: Final = SLOTS_PER_PROCESS - 1
"""The slot of a process's one-off runs (a pack's check, a snippet's output): its test runs
use the others."""


def slot_of(n: int) -> int:
    """This process's `n`th sandbox slot."""
    return (os.getpid() % 1000) * SLOTS_PER_PROCESS + n


WORKDIR: Final = "/sandbox/work"
"""Where the workspace copy appears inside the sandbox."""


@dataclass(frozen=True, slots=True)
class SandboxLimits:
    """What one run may use."""

    wall_seconds: float = 60.0
    cpu_seconds: int = 60
    memory_mb: int = 512
    processes: int = 64
    output_bytes: int = 1_000_000
    file_mb: int = 64
    tmp_mb: int = 64
    keep_bytes: int = 64 * 1024
    """How much of the output's end is kept for the result."""
    disk_mb: int = 256
    """The run directory's size (a tmpfs on the host, where the server may mount one)."""
    address_mb: int | None = None
    """RLIMIT_AS where a runtime reserves more address space than it uses (V8, the JVM);
    default `memory_mb`. The run's cgroup still bounds the memory used."""


@dataclass(frozen=True, slots=True)
class ExecResult:
    """How a command ended: exit code (None when killed), output tail, and why it was stopped."""

    exit_code: int | None
    output: bytes
    duration_ms: int
    timed_out: bool = False
    output_exceeded: bool = False
    signal: int | None = None
    memory_exceeded: bool = False
    note: str = ""
    """What the run's limits could not cover here (no cgroup: per-process limits only)."""


class Executor(Protocol):
    """Runs a command in a directory under limits; a remote executor can stand in for the local one."""

    name: str

    async def run(self, workdir: Path, command: str, limits: SandboxLimits, *, slot: int = 0,
                  stdin: bytes | None = None, env: Mapping[str, str] | None = None) -> ExecResult:
        """Run `command` (a shell line) with `workdir` as its writable workspace, `stdin` fed to
        it and `env` added to the sandbox's environment."""
        ...


def _ancestors(path: Path) -> list[Path]:
    return [p for p in reversed(path.parents) if str(p) != "/"]


def interpreter_prefixes() -> list[Path]:
    """The directories the server's Python needs: its venv and the base installation."""
    found: list[Path] = []
    for raw in (sys.prefix, sys.base_prefix, str(Path(os.path.realpath(sys.executable)).parent.parent)):
        path = Path(raw).resolve()
        if path == Path("/usr") or Path("/usr") in path.parents or path in found:
            continue
        found.append(path)
    return found


def _inside(path: Path, roots: Iterable[Path]) -> Path | None:
    path = path.resolve()
    for root in roots:
        if path == root or root in path.parents:
            return root
    return None


def _own_process_count() -> int:
    """How many processes this uid has now (RLIMIT_NPROC counts them all)."""
    uid, count = os.getuid(), 0
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if entry.stat().st_uid == uid:
                    count += 1
    return count


class BwrapExecutor:
    """The local sandbox: bubblewrap plus rlimits (see the module docstring)."""

    name = "bwrap"

    def __init__(self, bwrap: str, *, forbidden: Sequence[Path] = (), extra_ro: Sequence[Path] = ()) -> None:
        self.bwrap = bwrap
        self.root = os.geteuid() == 0
        self.ro_dirs = [*interpreter_prefixes(), *(p.resolve() for p in extra_ro)]
        for path in self.ro_dirs:
            if _inside(path, [Path(WORKDIR)]) is not None or path in (Path("/proc"), Path("/dev")):
                raise ValueError(f"the interpreter at {path} would sit inside the sandbox's {WORKDIR}")
        for secret in forbidden:  # fail closed rather than show the server's files to candidates
            hit = _inside(secret, self.ro_dirs)
            if hit is not None:
                raise ValueError(f"the sandbox would expose {secret} (it is inside {hit})")
        self.setpriv = shutil.which("setpriv")
        self.prlimit = shutil.which("prlimit")
        self.chrt = shutil.which("chrt")
        self.cgroup_version, self.cgroup_parents, self.cgroup_reason = cgroup_support()
        if self.cgroup_reason:
            logger.warning("test runs: memory and processes limited per process only: %s", self.cgroup_reason)
        if self.prlimit is None or (self.root and self.setpriv is None):
            raise ValueError("util-linux's prlimit and setpriv are needed to limit sandboxed runs")

    def environment(self) -> dict[str, str]:
        """The whole environment the command sees: built here, nothing of the server's."""
        bins = [str(p / "bin") for p in self.ro_dirs]
        return {"PATH": ":".join([*bins, "/usr/local/bin", "/usr/bin", "/bin"]), "HOME": "/tmp",
                "TMPDIR": "/tmp", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1",
                "PYTHONUNBUFFERED": "1", "PYTHONIOENCODING": "utf-8",
                "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1", "TERM": "dumb", "USER": "candidate"}

    def argv(self, workdir: Path, command: str, limits: SandboxLimits, slot: int, *,
             env: Mapping[str, str] | None = None) -> list[str]:
        """The full command line: bwrap, the uid drop (as root), prlimit, then `sh -c command`."""
        args = [self.bwrap, "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts",
                "--unshare-cgroup-try", "--hostname", "sandbox", "--die-with-parent",
                "--new-session", "--clearenv"]
        if self.root:  # no user namespace: the command drops to a real unprivileged uid instead
            args += ["--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]
        else:
            args += ["--unshare-user", "--disable-userns"]
        for key, value in {**self.environment(), **(env or {})}.items():
            args += ["--setenv", key, value]
        args += ["--ro-bind", "/usr", "/usr"]
        for link in ("bin", "lib", "lib64", "sbin"):
            target = Path("/") / link
            if target.is_symlink():
                args += ["--symlink", os.readlink(target), str(target)]
            elif target.is_dir():
                args += ["--ro-bind", str(target), str(target)]
        # /etc readable after the uid drop: Debian's /usr/bin/java and javac are links through
        # /etc/alternatives (bwrap would make the directory 0700)
        args += ["--perms", "0755", "--dir", "/etc"]
        # and the JDK's configuration, which Debian keeps in /etc/java-<version>-openjdk
        for etc in ("/etc/alternatives", "/etc/ld.so.cache", "/etc/localtime",
                    *sorted(str(p) for p in Path("/etc").glob("java-*") if p.is_dir())):
            args += ["--ro-bind-try", etc, etc]
        args += ["--perms", "0755", "--dir", str(PurePosixPath(WORKDIR).parent),
                 "--bind", str(workdir), WORKDIR, "--chdir", WORKDIR,
                 "--size", str(limits.tmp_mb * 1024 * 1024), "--perms", "1777", "--tmpfs", "/tmp",
                 "--proc", "/proc", "--dev", "/dev"]
        # the interpreter last, so that no mount above hides it (a venv under /tmp included)
        made: set[Path] = {Path("/tmp")}
        for path in self.ro_dirs:
            for parent in _ancestors(path):  # bwrap would make them 0700, unreadable after the drop
                if parent not in made:
                    made.add(parent)
                    args += ["--perms", "0755", "--dir", str(parent)]
            args += ["--ro-bind", str(path), str(path)]
        args.append("--")
        if self.root:
            uid = str(SANDBOX_UID_BASE + slot)
            args += [self.setpriv or "setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups",
                     "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--"]
        nproc = limits.processes if self.root else limits.processes + _own_process_count()
        # candidate code yields the CPU to the server: acks and questions of every other
        # session come first on a machine whose cores the runs would otherwise fill
        # (SCHED_IDLE, where util-linux's chrt is there, runs it only on CPU nobody else wants)
        if self.chrt is not None:
            args += [self.chrt, "--idle", "0"]
        args += ["nice", "-n", str(NICENESS)]
        args += [self.prlimit or "prlimit", f"--nproc={nproc}", f"--cpu={limits.cpu_seconds}",
                 f"--as={(limits.address_mb or limits.memory_mb) * 1024 * 1024}",
                 f"--fsize={limits.file_mb * 1024 * 1024}",
                 "--core=0", "--", "/bin/sh", "-c", _LOWER_AUTOGROUP + command]
        return args

    def prepare(self, workdir: Path, slot: int) -> None:
        """Give the workspace copy to the uid the command runs as."""
        if not self.root:
            return
        uid = SANDBOX_UID_BASE + slot
        for base, dirs, files in os.walk(workdir):
            for name in [*dirs, *files]:
                os.lchown(os.path.join(base, name), uid, uid)
        os.chown(workdir, uid, uid)
        workdir.parent.chmod(0o711)  # bwrap, still root, binds it; the parent only needs traversal

    def probe(self) -> str:
        """Run `true` in the sandbox once (at startup): empty when it works, else bwrap's complaint.

        A container without user namespaces or the right to make them (Docker's default seccomp
        profile, for one) has bwrap installed yet unusable: that must refuse runs, not fail each.
        """
        with tempfile.TemporaryDirectory(prefix="viva-probe-") as top:
            work = Path(top) / "work"
            work.mkdir()
            self.prepare(work, 0)
            try:
                done = subprocess.run(self.argv(work, "true", SandboxLimits(wall_seconds=10), 0),
                                      capture_output=True, timeout=10, check=False,
                                      env={"PATH": "/usr/bin:/bin"})
            except (OSError, subprocess.TimeoutExpired) as exc:
                return str(exc)
            if done.returncode != 0:
                return done.stderr.decode("utf-8", "replace").strip()[-300:] or f"exit {done.returncode}"
        return ""

    async def run(self, workdir: Path, command: str, limits: SandboxLimits, *, slot: int = 0,
                  stdin: bytes | None = None, env: Mapping[str, str] | None = None) -> ExecResult:
        """Run `command` in the sandbox; the event loop only waits on pipes."""
        self.prepare(workdir, slot)
        started = time.perf_counter()
        group = RunGroup.make(self.cgroup_version, self.cgroup_parents,
                              limits.memory_mb + limits.tmp_mb + 64, limits.processes + 8) \
            if self.cgroup_version else None
        argv = self.argv(workdir, command, limits, slot, env=env)
        if group is not None:  # the first process joins the run's group, then becomes bubblewrap
            joins = " && ".join(f"echo $$ > {shlex.quote(f)}" for f in group.procs_files())
            argv = ["/bin/sh", "-c", f'{joins} && exec "$@"', "sh", *argv]
        try:
            return await self._run(argv, limits, slot, stdin, started, group)
        finally:
            if group is not None:
                await group.close()

    async def _run(self, argv: list[str], limits: SandboxLimits, slot: int, stdin: bytes | None,
                   started: float, group: RunGroup | None) -> ExecResult:
        proc = await asyncio.create_subprocess_exec(
            *argv,
            stdin=asyncio.subprocess.DEVNULL if stdin is None else asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
            start_new_session=True, env={"PATH": "/usr/bin:/bin"})
        tail = bytearray()
        total = 0
        exceeded = timed_out = False

        async def pump() -> None:
            nonlocal total, exceeded
            assert proc.stdout is not None
            while chunk := await proc.stdout.read(65536):
                if exceeded:
                    continue  # drained, not kept: the pipe must reach EOF for the process to be reaped
                total += len(chunk)
                tail.extend(chunk)
                del tail[:-limits.keep_bytes]
                if total > limits.output_bytes:
                    exceeded = True
                    _kill(proc.pid)
            await proc.wait()

        task = asyncio.ensure_future(pump())
        begun = time.perf_counter()
        waits = _Waits(lambda: group.pids() if group is not None else
                       _pids_of(SANDBOX_UID_BASE + slot) if self.root else [])
        sampler = asyncio.ensure_future(waits.follow(task))
        if stdin is not None and proc.stdin is not None:
            with contextlib.suppress(OSError):  # a command that never reads it is its own business
                proc.stdin.write(stdin)
                await asyncio.wait_for(proc.stdin.drain(), timeout=limits.wall_seconds)
            with contextlib.suppress(OSError, TimeoutError):
                proc.stdin.close()
        allowed = limits.wall_seconds
        try:
            while True:
                try:
                    await asyncio.wait_for(asyncio.shield(task),
                                           timeout=max(0.0, begun + allowed - time.perf_counter()))
                    break
                except TimeoutError:
                    # time spent waiting for a CPU is not the run's: the deadline moves by it
                    waits.sample()
                    elapsed = time.perf_counter() - begun
                    stretched = min(limits.wall_seconds + waits.seconds(elapsed),
                                    PATIENCE * limits.wall_seconds)
                    # a process that has used up its CPU time is at its limit, however long
                    # others waited: more wall time would only let RLIMIT_CPU end it instead
                    if stretched <= elapsed + 0.01 or waits.most_ran() >= limits.cpu_seconds - 1:
                        timed_out = True
                        break
                    allowed = stretched
        finally:
            sampler.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sampler
            _kill(proc.pid)  # whatever is left of the group; the PID namespace takes the rest
            with contextlib.suppress(TimeoutError, asyncio.CancelledError):
                await asyncio.wait_for(task, timeout=10)
        if allowed > limits.wall_seconds:
            logger.info("a sandbox run waited for a CPU other work held: its wall limit of "
                        "%.0f s was stretched to %.1f s", limits.wall_seconds, allowed)
        if self.root:
            await _sweep(SANDBOX_UID_BASE + slot)
        code = proc.returncode
        killed = -code if code is not None and code < 0 else None
        oom = group is not None and group.oom_killed()
        note = "" if group is not None else \
            f"memory and processes were limited per process only ({self.cgroup_reason or 'no cgroup'})"
        return ExecResult(exit_code=None if timed_out or exceeded or killed else code,
                          output=bytes(tail), duration_ms=int((time.perf_counter() - started) * 1000),
                          timed_out=timed_out, output_exceeded=exceeded, signal=killed,
                          memory_exceeded=oom, note=note)


@dataclass(frozen=True, slots=True)
class _Reading:
    """One process's figures at the last sample (nanoseconds; `at` on the monotonic clock)."""
    at: int
    on_cpu: int
    ran: int
    waited: int
    pending: int
    runnable: bool


class _Waits:
    """How long a run waited for a CPU that other work held.

    Each process's run-queue wait comes from `/proc/<pid>/schedstat` and its CPU time, with its
    reaped children's, from `/proc/<pid>/stat`, as last read (a process that has ended keeps its
    last reading). The kernel adds a wait to `schedstat` only when the wait ends, as the process
    gets a CPU: a process that has not had one since it became runnable shows none yet. So a
    process found runnable at two samples in a row, that ran for almost none of the time
    between them, counts that time as waiting until the kernel's own figure grows. The run's
    processes also wait for each other (a build's parallel jobs, a fork bomb), and that wait is
    the run's own: only the CPU time the machine's cores had and the run did not get can be
    another's, so the wait counted is at most that."""

    def __init__(self, pids: Callable[[], list[int]]) -> None:
        self._pids = pids
        self._read: dict[int, _Reading] = {}
        self._cores = len(os.sched_getaffinity(0))

    def sample(self) -> None:
        now = time.monotonic_ns()
        for pid in self._pids():
            with contextlib.suppress(OSError, ValueError, IndexError):
                on_cpu, waited = (int(x) for x in Path(f"/proc/{pid}/schedstat").read_text().split()[:2])
                # its own CPU time and that of the children it has reaped: a run's short-lived
                # processes (a build's, a fork bomb's) count there once they are gone
                stat = Path(f"/proc/{pid}/stat").read_text()
                fields = stat[stat.rindex(")") + 2:].split()
                ran = sum(int(x) for x in fields[11:15]) * 1_000_000_000 // _TICKS
                runnable = fields[0] == "R"
                before = self._read.get(pid)
                pending = 0
                if before is not None and waited <= before.waited:
                    pending = before.pending
                    if runnable and before.runnable:
                        # what the kernel will add once it runs: the time between the samples
                        # it was not on a CPU, if it was almost never on one
                        idle = (now - before.at) - (on_cpu - before.on_cpu)
                        if idle > 0.9 * (now - before.at):
                            pending += idle
                if before is not None:
                    ran, waited = max(before.ran, ran), max(before.waited, waited)
                self._read[pid] = _Reading(at=now, on_cpu=on_cpu, ran=ran, waited=waited,
                                           pending=pending, runnable=runnable)

    def seconds(self, elapsed: float) -> float:
        """The seconds of `elapsed` the run spent waiting for other work's CPU (0 below
        `_STARVED` of it)."""
        ran = sum(r.ran for r in self._read.values()) / 1e9
        waited = sum(r.waited + r.pending for r in self._read.values()) / 1e9
        if waited < _STARVED * elapsed:
            return 0.0
        return max(0.0, min(waited, self._cores * elapsed - ran))

    def most_ran(self) -> float:
        """The most CPU seconds any one of the run's processes has used."""
        return max((r.ran for r in self._read.values()), default=0) / 1e9

    async def follow(self, run: asyncio.Future[None]) -> None:
        """Sample every `_SAMPLE_SECONDS` until the run ends."""
        while not run.done():
            await asyncio.sleep(_SAMPLE_SECONDS)
            self.sample()


def _pids_of(uid: int) -> list[int]:
    found = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if entry.stat().st_uid == uid:
                    found.append(int(entry.name))
    return found


async def _sweep(uid: int, *, rounds: int = 40) -> None:
    """Return once no process of the run's uid is left, killing stragglers.

    The kernel kills a PID namespace's processes when its init ends, but not at once: wait for
    them (and kill anything that got out some other way) so that a run's end means its end.
    """
    for _ in range(rounds):
        pids = _pids_of(uid)
        if not pids:
            return
        for pid in pids:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
        await asyncio.sleep(0.05)
    logger.warning("processes of sandbox uid %s outlived their run: %s", uid, _pids_of(uid))


def _kill(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


_PROBED: dict[tuple[str, bool, tuple[Path, ...]], str] = {}
"""Probe results by sandbox setup: empty when the sandbox worked."""


def make_executor(mode: str, *, forbidden: Sequence[Path] = ()) -> tuple[Executor | None, str]:
    """The executor `VIVA_SANDBOX` asks for, or None and the reason there is none."""
    if mode == "off":
        return None, "test runs are switched off on this server (VIVA_SANDBOX=off)"
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        return None, "no sandbox is installed on this server (bubblewrap's `bwrap` is missing)"
    try:
        executor = BwrapExecutor(bwrap, forbidden=forbidden)
    except ValueError as exc:
        return None, f"the sandbox cannot be used: {exc}"
    key = (bwrap, executor.root, tuple(executor.ro_dirs))
    if key not in _PROBED:  # once per process: every app a test suite starts would repeat it
        _PROBED[key] = executor.probe()
    failure = _PROBED[key]
    if failure:
        return None, f"the sandbox does not work here: {failure}"
    return executor, ""


@contextlib.asynccontextmanager
async def run_directory(size_mb: int) -> AsyncIterator[Path]:
    """A fresh run directory, removed after; a size-limited tmpfs where the server may mount one
    (root), so that a run's files cannot fill the host's disk, whatever their number."""
    top = Path(tempfile.mkdtemp(prefix=f"viva-run-{os.getpid()}-"))
    mounted = False
    if os.geteuid() == 0 and shutil.which("mount"):
        proc = await asyncio.create_subprocess_exec(
            "mount", "-t", "tmpfs", "-o", f"size={size_mb}m,mode=0711,nosuid,nodev", "tmpfs", str(top),
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
        mounted = await proc.wait() == 0
    try:
        yield top
    finally:
        if mounted:
            proc = await asyncio.create_subprocess_exec(
                "umount", "-l", str(top), stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
            await proc.wait()
        shutil.rmtree(top, ignore_errors=True)
