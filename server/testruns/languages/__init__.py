"""The languages a pack's tests may be written in: how each one's cases are called in the sandbox.

Python needs nothing but the server's own interpreter. Another language needs its toolchain on
the server, under `/usr` (the only system tree the sandbox mounts); where it is missing, a run
is `unavailable` and says what to install, never a failure of the candidate's code.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Final

from server.packs.model import CaseCheck
from server.testruns.junit import Case, parse_junit
from server.testruns.languages import golang, java, javascript, typescript

__all__ = ["LANGUAGES", "Language", "language_of", "resolve_runtime"]

SANDBOX_PATH: Final = "/usr/local/bin:/usr/bin:/bin"
"""Where a runtime is looked for: the system part of the sandbox's PATH."""


@dataclass(frozen=True, slots=True)
class Language:
    """One language's runtime and how the driver starts a fresh process for each `call` case."""

    name: str
    runtime: str
    """The executable, looked up on the sandbox's PATH (empty: the server's own Python)."""
    install: str
    """What to install where the runtime is missing."""
    judge: str
    """Names the test runner whose report its cases come from (`judge` of those cases)."""
    child: Callable[[str, int], list[str]] | None = None
    """The argv (runtime path, memory in MB) a case's process starts with; None: Python's."""
    env: Callable[[int], Mapping[str, str]] = field(default=lambda _mb: {})
    """Environment added to the sandbox's for this language's runs (memory in MB)."""
    address_mb: int = 0
    """Address space its runtime reserves beyond the memory it uses (RLIMIT_AS headroom)."""
    extensions: tuple[str, ...] = ()
    """Source file endings of a module `call` cases may run against."""
    parse: Callable[[bytes], list[Case] | None] = parse_junit
    """Reads the report the pack's command writes to `{junit}`."""
    prepare: Callable[[list[CaseCheck]], dict[str, object]] | None = None
    """What the driver does once before the cases (write a harness, build it)."""
    needs: tuple[str, ...] = ()
    """What the runs need besides the runtime: files (a test library's jar) or executables."""
    module_path: Callable[[str], str] | None = None
    """Where the module `call` cases load is, given its source path (compiled languages)."""
    test_names: Callable[[str], set[str]] | None = None
    """The top-level tests a pack test file declares: a case's file is the one declaring it."""


LANGUAGES: Final = {
    "python": Language(name="python", runtime="", install="", judge="pytest", extensions=(".py",)),
    "javascript": Language(name="javascript", runtime="node", install="apt-get install nodejs",
                           judge="node", child=javascript.child, env=javascript.env,
                           address_mb=javascript.ADDRESS_MB, extensions=javascript.EXTENSIONS),
    "go": Language(name="go", runtime="go", install="apt-get install golang-go", judge="go",
                   child=golang.child, env=golang.env, address_mb=golang.ADDRESS_MB,
                   extensions=golang.EXTENSIONS, parse=golang.parse_events, prepare=golang.prepare,
                   test_names=golang.test_names),
    "java": Language(name="java", runtime="java", install="apt-get install default-jdk-headless junit5",
                     judge="junit", child=java.child, env=java.env, address_mb=java.ADDRESS_MB,
                     extensions=java.EXTENSIONS, prepare=java.prepare, needs=(java.JUNIT_JAR,),
                     test_names=java.test_names),
    "typescript": Language(name="typescript", runtime="tsc", install="apt-get install nodejs node-typescript",
                           judge="node", child=lambda _rt, mb: javascript.child("node", mb), env=javascript.env,
                           address_mb=javascript.ADDRESS_MB, extensions=typescript.EXTENSIONS,
                           prepare=typescript.prepare, needs=("node",), module_path=typescript.compiled),
}
"""Every language a pack's `[tests] language` may name."""


def language_of(name: str) -> Language:
    """The language called `name` (the pack model allows only known ones)."""
    return LANGUAGES[name]


def resolve_runtime(language: Language, override: str | None = None) -> tuple[str | None, str]:
    """The runtime's path the sandbox can run, or None and why it cannot (what to install)."""
    name = override or language.runtime
    if not name:
        return "", ""
    found = (name if os.path.isfile(name) and os.access(name, os.X_OK) else None) if "/" in name \
        else shutil.which(name, path=SANDBOX_PATH)
    if found is None:
        return None, f"{name} is not installed on this server: {language.install}"
    for need in language.needs:
        if not (os.path.isfile(need) if "/" in need else shutil.which(need, path=SANDBOX_PATH)):
            return None, f"{need} is not installed on this server: {language.install}"
    real = os.path.realpath(found)
    if not real.startswith(("/usr/", "/bin/")):
        return None, (f"{name} is at {real}, outside what the sandbox mounts (/usr): "
                      f"{language.install}")
    return found, ""
