"""Server-decided cases (SPEC §7 `[[tests.cases]]`): the driver run in the sandbox, and the verdicts.

Threat model (see docs/test-runs.md): candidate code runs inside the sandbox, in the same uid
as the driver, and may do anything there. What it must not do is make a case pass that its
code does not pass. So:

- expected values and checkers never enter the sandbox; the server compares;
- the driver gets a per-run HMAC key on its standard input (read whole before any candidate
  code starts; not in argv or the environment, which other processes of the uid can read) and
  makes itself non-dumpable, so its memory and descriptors are closed to the candidate's uid;
- each case runs in a fresh process group whose result goes to the driver, not to the
  sandbox's output (Python's on its standard output, dup'ed away from the candidate's
  code before it loads; another language's on a pipe descriptor passed to it alone); the
  driver `exec`s in place of the shell, so no other process of the uid
  holds the sandbox's output pipe;
- every result line is `MAC index status payload`, the MAC an HMAC-SHA256 over the rest: a
  line written by candidate code, or bytes spliced into one of the driver's, fails the check
  and its case fails; a case without a valid line fails;
- a case's result is what its own call returned: candidate code can make its own call return
  anything, which is no more than writing that function, and it cannot change another case's.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import secrets
from dataclasses import dataclass
from typing import Any, Final

from server.packs.checker import CheckerError, evaluate
from server.packs.model import CaseCheck, Tests

__all__ = ["DRIVER", "Verdict", "driver_input", "judge", "read_frames"]

RESULT_BYTES: Final = 256 * 1024
"""Most bytes of one case's serialised result; a larger one fails."""

SHOWN: Final = 300
"""Characters of a result or an expected value quoted in a failure message."""

DRIVER: Final = r'''
import ctypes, hashlib, hmac, json, os, re, selectors, signal, subprocess, sys, tempfile, time
try:
    ctypes.CDLL(None, use_errno=True).prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE 0
except Exception:
    pass
spec = json.loads(sys.stdin.buffer.read())
os.close(0)
KEY = bytes.fromhex(spec.pop("key"))
OUT = 1
LIMIT = spec["limit"]
CHILD = r"""
import dataclasses, datetime, enum, importlib, json, math, os, sys
res = os.dup(1)
null = os.open(os.devnull, os.O_RDWR)
os.dup2(null, 0); os.dup2(null, 1); os.dup2(null, 2)
sys.path.insert(0, os.getcwd())
def plain(v, depth=0):
    if depth > 50: raise ValueError("nested too deeply")
    if v is None or isinstance(v, (bool, str)): return v
    if isinstance(v, int): return int(v)
    if isinstance(v, float):
        if not math.isfinite(v): raise ValueError("not a finite number")
        return float(v)
    if isinstance(v, enum.Enum): return plain(v.value, depth + 1)
    if isinstance(v, (datetime.datetime, datetime.date, datetime.time)): return v.isoformat()
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        return {f.name: plain(getattr(v, f.name), depth + 1) for f in dataclasses.fields(v)}
    if isinstance(v, dict):
        out = {}
        for k, x in v.items():
            if isinstance(k, enum.Enum): k = k.value
            if not isinstance(k, (str, int, float, bool)) and k is not None:
                raise ValueError("a key is not a string or number")
            out[k if isinstance(k, str) else json.dumps(k)] = plain(x, depth + 1)
        return out
    if isinstance(v, (list, tuple)): return [plain(x, depth + 1) for x in v]
    if isinstance(v, (set, frozenset)):
        return sorted((plain(x, depth + 1) for x in v), key=lambda x: json.dumps(x, sort_keys=True))
    raise ValueError("a %s cannot be serialised" % type(v).__name__)
def emit(obj):
    data = json.dumps(obj, allow_nan=False).encode()
    while data:
        data = data[os.write(res, data):]
    os._exit(0)
try:
    mod = importlib.import_module(sys.argv[1])
    value = plain(eval(compile(sys.argv[2], "<case>", "eval"), dict(vars(mod))))
    emit({"ok": True, "value": value})
except BaseException as exc:
    try:
        emit({"ok": False, "error": ("%s: %s" % (type(exc).__name__, exc))[:300]})
    except BaseException:
        emit({"ok": False, "error": "an error that could not be shown"})
"""
def prepare(prep):
    files = dict(prep["files"])
    if prep.get("package_from"):  # the package clause of the candidate's module file
        package = "main"
        try:
            with open(spec["module"], encoding="utf-8", errors="replace") as fh:
                found = re.search(r"^[ \t]*package[ \t]+([A-Za-z_][A-Za-z0-9_]*)", fh.read(), re.M)
            if found:
                package = found.group(1)
        except OSError:
            pass
        files = {k: v.replace("{{PACKAGE}}", package) for k, v in files.items()}
    try:
        for name, text in files.items():
            if os.path.lexists(name):
                os.unlink(name)
            with open(name, "w", encoding="utf-8") as fh:
                fh.write(text)
        done = subprocess.run(prep["argv"], cwd=os.getcwd(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, timeout=prep["timeout"])
    except (OSError, subprocess.TimeoutExpired) as exc:
        return "the cases could not be built: %s" % exc
    if done.returncode != 0:
        return "the cases could not be built: " + done.stdout.decode("utf-8", "replace")[-600:]
    return ""
def frame(i, status, payload):
    body = "%d %s %s" % (i, status, payload)
    mac = hmac.new(KEY, body.encode(), hashlib.sha256).hexdigest()
    data = ("%s %s\n" % (mac, body)).encode()
    while data:
        data = data[os.write(OUT, data):]
def collect(proc, fd, timeout):
    sel = selectors.DefaultSelector()
    sel.register(fd, selectors.EVENT_READ)
    buf = bytearray()
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return None, "timed out after %gs" % timeout
        if not sel.select(left):
            continue
        chunk = os.read(fd, 65536)
        if not chunk:
            return bytes(buf), ""
        buf += chunk
        if len(buf) > LIMIT:
            return None, "its result was larger than %d bytes" % LIMIT
BROKEN = prepare(spec["prepare"]) if spec.get("prepare") else ""
for case in spec["cases"]:
    i = case["i"]
    if BROKEN and "call" in case:
        frame(i, "crash", json.dumps(BROKEN))
        continue
    r, w = os.pipe()
    stdin = None
    try:
        if "call" in case and spec.get("child"):  # another language: the result pipe is passed as fd w
            proc = subprocess.Popen(spec["child"] + [spec["module"], case["call"], str(w), str(i)],
                                    cwd=os.getcwd(), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, pass_fds=(w,), start_new_session=True)
        elif "call" in case:
            proc = subprocess.Popen([sys.executable, "-I", "-c", CHILD, spec["module"], case["call"]],
                                    cwd=os.getcwd(), stdin=subprocess.DEVNULL, stdout=w, stderr=subprocess.DEVNULL,
                                    start_new_session=True)
        else:
            stdin = tempfile.TemporaryFile()
            stdin.write(case["stdin"].encode()); stdin.seek(0)
            proc = subprocess.Popen(["/bin/sh", "-c", spec["program"]], cwd=os.getcwd(), stdin=stdin,
                                    stdout=w, stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError as exc:
        os.close(r); os.close(w)
        frame(i, "crash", json.dumps("could not start: %s" % exc))
        continue
    os.close(w)
    data, why = collect(proc, r, case["timeout"])
    os.close(r)
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except OSError:
        pass
    code = proc.wait()
    if stdin is not None:
        stdin.close()
    if data is None:
        frame(i, "crash", json.dumps(why))
    elif "call" in case:
        frame(i, "call", json.dumps(data.decode("utf-8", "replace")))
    elif code != 0:
        frame(i, "crash", json.dumps("the program exited with %s" % code))
    else:
        frame(i, "out", json.dumps(data.decode("utf-8", "replace")))
'''
"""The driver's source, run as `python -I -c DRIVER` with its input on standard input."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """One case's outcome as the server decided it."""

    name: str
    outcome: str
    message: str
    hidden: bool


def driver_input(tests: Tests, cases: list[CaseCheck], module: str,
                 child: list[str] | None = None, prepare: dict[str, Any] | None = None) -> tuple[bytes, bytes]:
    """What the driver reads on standard input, and the run's key (kept by the server).

    `child` is the argv a `call` case's process starts with in another language than Python
    (`server.testruns.languages`); the driver adds the module, the call, the result's fd and
    the case's index. `prepare` is done once before the cases: files written into the
    workspace, then a build (`argv`, within `timeout` seconds); if it fails, every call fails.
    """
    key = secrets.token_bytes(32)
    spec = {"key": key.hex(), "module": module, "program": tests.program or "", "child": child,
            "prepare": prepare,
            "limit": RESULT_BYTES,
            "cases": [{"i": i, "timeout": c.timeout_seconds,
                       **({"call": c.call} if c.call is not None else {"stdin": c.stdin or ""})}
                      for i, c in enumerate(cases)]}
    return json.dumps(spec).encode(), key


def read_frames(output: bytes, key: bytes) -> dict[int, tuple[str, str]]:
    """Each case's (status, payload) from the lines whose MAC checks; the first line wins."""
    found: dict[int, tuple[str, str]] = {}
    for raw in output.split(b"\n"):
        parts = raw.decode("utf-8", "replace").split(" ", 3)
        if len(parts) != 4 or not parts[1].isdigit():
            continue
        mac, body = parts[0], " ".join(parts[1:])
        good = hmac.new(key, body.encode(), hashlib.sha256).hexdigest()
        if hmac.compare_digest(mac, good) and int(parts[1]) not in found:
            found[int(parts[1])] = (parts[2], parts[3])
    return found


def _same(left: Any, right: Any) -> bool:
    """JSON equality: a bool is not a number, 1 equals 1.0, containers element by element."""
    if isinstance(left, bool) or isinstance(right, bool):
        return isinstance(left, bool) and isinstance(right, bool) and left is right
    if isinstance(left, (int, float)) and isinstance(right, (int, float)):
        return left == right or ((isinstance(left, float) or isinstance(right, float)) \
            and math.isclose(left, right, rel_tol=1e-9, abs_tol=1e-12))
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(_same(a, b) for a, b in zip(left, right, strict=True))
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(_same(left[k], right[k]) for k in left)
    return type(left) is type(right) and left == right


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= SHOWN else text[:SHOWN] + "…"


def _verdict(case: CaseCheck, frame: tuple[str, str] | None) -> tuple[str, str]:
    if frame is None:
        return "failed", "no result came back (the case's process was killed or its output lost)"
    status, payload = frame
    try:
        text = json.loads(payload)
        if not isinstance(text, str):
            return "failed", "the result could not be read"
        if status == "crash":
            return "failed", text[:SHOWN]
        if status == "out":
            result: Any = text
        elif status == "call":
            answer = json.loads(text)
            if not isinstance(answer, dict) or not isinstance(answer.get("ok"), bool):
                return "failed", "the result could not be read"
            if not answer["ok"]:
                return "failed", f"raised {str(answer.get('error'))[:SHOWN]}"
            result = answer.get("value")
        else:
            return "failed", "the result could not be read"
    except (ValueError, RecursionError):
        return "failed", "the result could not be read"
    if case.checker is not None:
        try:
            ok = evaluate(case.checker, result)
        except CheckerError as exc:
            return "failed", f"returned {_short(result)}; the checker could not accept it ({exc})"
        return ("passed", "") if ok else ("failed", f"returned {_short(result)}, which the checker rejects")
    if _same(result, case.expected):
        return "passed", ""
    return "failed", f"returned {_short(result)}, expected {_short(case.expected)}"


def judge(cases: list[CaseCheck], frames: dict[int, tuple[str, str]]) -> list[Verdict]:
    """Every case's verdict, decided here from the frames the driver wrote."""
    out = []
    for i, case in enumerate(cases):
        outcome, message = _verdict(case, frames.get(i))
        out.append(Verdict(name=case.name, outcome=outcome, message=message, hidden=case.hidden))
    return out
