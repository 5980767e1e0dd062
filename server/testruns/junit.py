"""Per-test outcomes from a JUnit XML report, read as untrusted input (the candidate's code wrote it)."""

from __future__ import annotations

import os
import stat
import xml.etree.ElementTree as ET  # only its types: parsing is defusedxml's
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

__all__ = ["COLLECTION_FAILURE", "Case", "parse_junit", "read_junit"]

MAX_JUNIT_BYTES: Final = 4 * 1024 * 1024
"""A larger report is not read: the run is then an error."""

MAX_MESSAGE: Final = 1000
"""Characters of a failure message kept per case."""


@dataclass(frozen=True, slots=True)
class Case:
    """One test's outcome as the report gives it; `line` is 1-based."""

    name: str
    outcome: str
    message: str = ""
    path: str | None = None
    line: int | None = None
    classname: str | None = None


def read_junit(path: Path) -> bytes | None:
    """The report's bytes if `path` is a regular file of sane size; never follows a symlink."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_JUNIT_BYTES:
            return None
        return fh.read(MAX_JUNIT_BYTES)


COLLECTION_FAILURE: Final = "collection failure"
"""pytest's message for a test file it could not import: the error itself is in the body."""


def _message(node: ET.Element) -> str:
    text = node.get("message") or ""
    lines = (node.text or "").strip().splitlines()
    if not text:
        text = lines[-1] if lines else node.tag
    elif text == COLLECTION_FAILURE:
        # the body's last `E   ` line says why ("ImportError: cannot import name 'g' ...")
        said = [line[1:].strip() for line in lines if line.startswith("E ")]
        text = f"{text}: {said[-1]}" if said else text
    return text[:MAX_MESSAGE]


def _case(node: ET.Element, one_based: bool) -> Case:
    name = node.get("name") or "?"
    outcome, message = "passed", ""
    for child in node:
        if child.tag in ("failure", "error", "skipped"):
            outcome = {"failure": "failed", "error": "error", "skipped": "skipped"}[child.tag]
            message = _message(child) if child.tag != "skipped" else (child.get("message") or "")[:MAX_MESSAGE]
            if outcome != "skipped":
                break
    path = node.get("file")
    if path is None and node.get("classname"):
        # pytest's default report names the module (`pkg.test_mod.TestClass`), not the file
        path = node.get("classname", "").split(".")[0] + ".py"
    line: int | None = None
    raw = node.get("line")
    if raw is not None and raw.strip().isdigit():
        line = int(raw) + (1 if not one_based else 0)
    return Case(name=name[:300], outcome=outcome, message=message, path=path[:300] if path else None,
                line=line, classname=(node.get("classname") or "")[:300] or None)


def parse_junit(data: bytes) -> list[Case] | None:
    """Every test case of the report, or None when it is not a JUnit report we can trust to read."""
    try:  # no DTD at all, whatever the encoding: no entity expansion from candidate input
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except (ET.ParseError, DefusedXmlException, ValueError, LookupError):
        return None
    if root.tag not in ("testsuites", "testsuite"):
        return None
    # node --test's reporter puts top-level tests straight under <testsuites>
    suites = [root] if root.tag == "testsuite" else [root, *root.iter("testsuite")]
    cases: list[Case] = []
    for suite in suites:
        # pytest writes 0-based lines; JUnit writers in general mean 1-based ones
        one_based = suite.get("name") != "pytest"
        cases += [_case(node, one_based) for node in suite.findall("testcase")]
    return cases
