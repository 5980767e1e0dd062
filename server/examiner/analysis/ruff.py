"""ruff as an analyser: its JSON findings on a Python file, mapped onto the finding kinds."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import subprocess
import sys
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

_log = logging.getLogger(__name__)

SELECT: Final = ("S102,S105,S106,S107,S110,S112,S202,S301,S302,S306,S307,S308,S311,S506,S602,S604,S605,"
                 "S608,S701,B006,B008,B012,B023,B039,BLE001,E722,SIM115,ASYNC,PLW0602,PLW0603,"
                 "RUF006,RUF012,F632,F631,PLE1205,PLE1206,"
                 # round cov-py: documented defects of pyflakes, bugbear, pylint, bandit, RUF
                 "F601,F501,F502,F503,F506,F507,F508,F509,F521,F524,F525,F821,F823,F811,"
                 "B002,B020,B031,B032,B035,PLW0127,PLW0177,RUF009,RUF064,S507,S108,"
                 # forms-error-handling: an exception raised in `except` without `from`
                 "B904")
"""Explicit rule selection: the risky patterns the examiner asks about, nothing stylistic.
S606 (a process started without a shell: `os.execv`, `os.spawnl`) is left out: an argument
list reaches no shell, so there is no command line to inject into."""

KIND_OF: Final[dict[str, str]] = {
    "S608": "sql_injection",
    "S202": "path_traversal",
    "S602": "command_injection", "S604": "command_injection", "S605": "command_injection",
    "S102": "code_injection", "S307": "code_injection",
    "S301": "unsafe_deserialization", "S302": "unsafe_deserialization",
    "S506": "unsafe_deserialization",
    "S105": "hardcoded_secret", "S106": "hardcoded_secret", "S107": "hardcoded_secret",
    "S311": "insecure_random",
    "S306": "insecure_temp_file",
    "S308": "xss", "S701": "xss",
    "B006": "mutable_default", "B008": "mutable_default", "B039": "mutable_default",
    "B012": "swallowed_exception",
    "RUF012": "shared_mutable_state", "PLW0603": "shared_mutable_state",
    "PLW0602": "shared_mutable_state",
    "B023": "late_binding",
    "F632": "equality_bug",
    "F631": "wrong_result", "PLE1205": "wrong_result", "PLE1206": "wrong_result",
    "E722": "swallowed_exception", "S110": "swallowed_exception", "S112": "swallowed_exception",
    "BLE001": "swallowed_exception",
    "SIM115": "resource_leak",
    "RUF006": "unawaited",
    # round cov-py
    "F601": "wrong_result", "F821": "wrong_result", "F823": "wrong_result", "F811": "wrong_result",
    **dict.fromkeys(("F501", "F502", "F503", "F506", "F507", "F508", "F509", "F521", "F524",
                     "F525"), "wrong_result"),
    "B002": "wrong_result", "B020": "wrong_result", "B031": "consumed_iterator",
    "B032": "wrong_result", "B035": "wrong_result", "PLW0127": "wrong_result",
    "PLW0177": "equality_bug", "RUF009": "wrong_result", "RUF064": "wrong_result",
    "S507": "bypassable_check", "S108": "insecure_temp_file",
    # forms-error-handling
    "B904": "swallowed_exception",
}
_Q: Final = "`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. "
RULE_OF: Final[dict[str, str]] = {
    "F631": "py-assert-on-tuple",
    "PLE1205": "py-log-arguments-mismatch", "PLE1206": "py-log-arguments-mismatch",
    # round cov-py
    "F601": "py-duplicate-dict-key",
    **dict.fromkeys(("F501", "F502", "F503", "F506", "F507", "F508", "F509", "F521", "F524",
                     "F525"), "py-format-arguments-mismatch"),
    "F821": "py-undefined-name", "F823": "py-local-read-before-assignment",
    "F811": "py-definition-replaced", "B002": "py-prefix-increment",
    "B020": "py-loop-variable-overrides-iterable", "B031": "py-groupby-group-reused",
    "B032": "py-annotation-instead-of-assignment", "B035": "py-static-key-dict-comprehension",
    "PLW0127": "py-self-assignment", "PLW0177": "py-nan-comparison",
    "RUF009": "py-dataclass-default-call", "RUF064": "py-chmod-mode-not-octal",
    "S507": "py-ssh-host-key-auto-added", "S108": "py-fixed-temp-path",
    # round cat-sec: bandit B202 / ruff S202 is about the archive's member names, not the folder
    # given (the kind's generic question asked what reaches "a file path from `site`")
    "S202": "py-archive-extracted-unfiltered",
    # forms-error-handling: bugbear B904 (raise-without-from-inside-except)
    "B904": "py-raise-without-from",
}
"""The ruff rules asked about with a question of their own, by the id their key points use."""
QUESTIONS: Final[dict[str, str]] = {
    "py-assert-on-tuple": _Q + "When can this assert fail, and how would you write the check "
                               "with its message?",
    "py-log-arguments-mismatch": _Q + "What reaches the log when this line runs, and how would "
                                      "you make the message and its arguments agree?",
    # round cov-py
    "py-duplicate-dict-key": _Q + "Which value does the dict keep for that key, and how would "
                                  "you write the table?",
    "py-format-arguments-mismatch": _Q + "What happens when this line runs, and how would you "
                                         "make the format and its arguments agree?",
    "py-undefined-name": _Q + "What happens when this line runs, and what did you mean to "
                              "name?",
    "py-local-read-before-assignment": _Q + "What happens when this function runs, and how "
                                            "would you write it?",
    "py-definition-replaced": _Q + "Which of the two definitions is in use when the module "
                                   "has loaded, and what happens to the other one?",
    "py-prefix-increment": _Q + "What does this line do to the variable, and how would you "
                                "write it?",
    "py-loop-variable-overrides-iterable": _Q + "What does that name hold after the loop, and "
                                                "how would you write it?",
    "py-groupby-group-reused": _Q + "What does the second use of the group see, and how would "
                                    "you write it?",
    "py-annotation-instead-of-assignment": _Q + "What does this line store, and how would you "
                                                "write it?",
    "py-static-key-dict-comprehension": _Q + "How many entries does the result have, and how "
                                             "would you write it?",
    "py-self-assignment": _Q + "What does this line change, and what did you mean it to do?",
    "py-nan-comparison": _Q + "What does this comparison give for a value that is NaN, and "
                              "how would you test for it?",
    "py-dataclass-default-call": _Q + "When does that call run, what does every instance get, "
                                      "and how would you write the default?",
    "py-chmod-mode-not-octal": _Q + "What permissions does the file get, and how would you "
                                    "write the mode?",
    "py-archive-extracted-unfiltered": _Q + "What could a member named `../../home/app/.bashrc`, "
                                            "an absolute path or a symlink in an archive someone "
                                            "else made do, and how would you extract it safely?",
    "py-ssh-host-key-auto-added": _Q + "Who could this connection end up talking to, and how "
                                       "would you check the server's key instead?",
    "py-fixed-temp-path": _Q + "What happens when two runs, or another user on the machine, "
                               "use that path, and how would you create the file?",
    # forms-error-handling
    "py-raise-without-from": _Q + "What does the traceback say about the original error when "
                                  "this is raised, and how would you write the raise?",
}
SEVERITY_OF: Final[dict[str, str]] = {"py-raise-without-from": "info"}
"""Rules of this examiner asked after the others of their tier (the cause is still printed as
context; only the chain says which error caused which)."""
_CACHE_SIZE: Final = 256
_TIMEOUT: Final = 10.0


@dataclass(frozen=True)
class Diagnostic:
    """One ruff finding: its rule, line and message, and the kind it maps to."""

    code: str
    line: int
    message: str
    kind: str


def kind_of(code: str) -> str | None:
    """The finding kind of a ruff rule code. The ASYNC2xx rules are blocking calls in async
    code; the others (a `timeout` parameter, a cancel scope with no await) are not."""
    if code.startswith("ASYNC"):
        return "blocking_in_async" if code[5:6] == "2" else None
    return KIND_OF.get(code)


@lru_cache(maxsize=1)
def ruff_binary() -> str | None:
    """The ruff executable: the installed wheel's, or beside this Python; None if absent."""
    try:
        from ruff import find_ruff_bin  # the wheel ships its binary

        return str(find_ruff_bin())
    except (ImportError, FileNotFoundError):
        pass
    candidate = os.path.join(os.path.dirname(sys.executable), "ruff")
    if os.access(candidate, os.X_OK):
        return candidate
    _log.warning("ruff is not installed: Python findings come from ast alone")
    return None


_cache: OrderedDict[str, tuple[Diagnostic, ...]] = OrderedDict()


def _command(binary: str, path: str) -> list[str]:
    name = os.path.basename(path) if path.endswith((".py", ".pyw")) else "candidate.py"
    return [binary, "check", "--isolated", "--no-cache", "--exit-zero", "--output-format", "json",
            "--target-version", "py311", "--select", SELECT, "--stdin-filename", name, "-"]


def _parse(stdout: bytes) -> tuple[Diagnostic, ...]:
    try:
        rows = json.loads(stdout or b"[]")
    except ValueError as exc:
        _log.warning("ruff gave no JSON (%s): Python findings come from ast alone", exc)
        return ()
    out: list[Diagnostic] = []
    for row in rows if isinstance(rows, list) else []:
        code = str(row.get("code") or "")
        kind = kind_of(code)
        line = int((row.get("location") or {}).get("row") or 0)
        if kind and line:
            out.append(Diagnostic(code, line, str(row.get("message", "")), kind))
    return tuple(out)


def _remember(key: str, result: tuple[Diagnostic, ...]) -> tuple[Diagnostic, ...]:
    _cache[key] = result
    while len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)
    return result


_PIPE_SAFE: Final = 60_000
"""Below this many bytes the text fits a pipe buffer, so it can be written before reading."""


class Pending:
    """A ruff run started in the background; ``result()`` waits for it (cached by content)."""

    def __init__(self, source: str, path: str = "candidate.py") -> None:
        self._data = source.encode("utf-8", "replace")
        self._key = hashlib.sha256(self._data).hexdigest()
        self._proc: subprocess.Popen[bytes] | None = None
        self._done: tuple[Diagnostic, ...] | None = _cache.get(self._key)
        binary = ruff_binary() if self._done is None else None
        if self._done is None and binary is None:
            self._done = ()
        if binary is not None and len(self._data) < _PIPE_SAFE:
            try:
                self._proc = subprocess.Popen(_command(binary, path), stdin=subprocess.PIPE,
                                              stdout=subprocess.PIPE,
                                              stderr=subprocess.DEVNULL)
                assert self._proc.stdin is not None
                self._proc.stdin.write(self._data)
                self._proc.stdin.close()
                self._proc.stdin = None  # written and closed: communicate() only reads
            except OSError as exc:
                _log.warning("ruff failed to start (%s): Python findings from ast alone", exc)
                self._done = ()
        elif binary is not None:
            self._done = ruff_diagnostics(source, path)

    def result(self) -> tuple[Diagnostic, ...]:
        """ruff's mapped findings (empty when ruff is absent or failed)."""
        if self._done is not None:
            return self._done
        assert self._proc is not None
        try:
            stdout, _ = self._proc.communicate(timeout=_TIMEOUT)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.communicate()
            _log.warning("ruff timed out: Python findings come from ast alone")
            self._done = ()
            return self._done
        self._done = _remember(self._key, _parse(stdout))
        return self._done


def ruff_diagnostics(source: str, path: str = "candidate.py") -> tuple[Diagnostic, ...]:
    """ruff's mapped findings on the text (cached by content hash; empty when ruff is absent)."""
    key = hashlib.sha256(source.encode("utf-8", "replace")).hexdigest()
    if key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    binary = ruff_binary()
    if binary is None:
        return ()
    try:
        done = subprocess.run(_command(binary, path), input=source.encode("utf-8", "replace"),
                              capture_output=True, timeout=_TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        _log.warning("ruff failed (%s): Python findings come from ast alone", exc)
        return ()
    return _remember(key, _parse(done.stdout))
