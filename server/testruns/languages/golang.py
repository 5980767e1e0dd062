"""Go: `go test -json`'s events read by the server into cases, and `call` cases as Go expressions.

Visible and hidden tests are ordinary `*_test.go` files of the candidate's package; the pack's
command writes `go test -json`'s events to `{junit}` and `parse_events` turns them into cases
(each test and subtest one case; a test's output is its message). A case's file is the pack
test file that declares its top-level test (`test_names`).

`call` cases: the driver writes `HARNESS` (with the package's name) into the package as a test
file, builds it once with `go test -c`, then starts the built binary afresh for each case:
its `TestMain` evaluates case i's expression alone (several results become a list, an error
its text) and writes only the JSON to the descriptor it is given.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Final

from server.packs.model import CaseCheck
from server.testruns.junit import Case

__all__ = ["ADDRESS_MB", "BINARY", "EXTENSIONS", "child", "env", "harness", "parse_events", "prepare",
           "test_names"]

ADDRESS_MB: Final = 2048
"""The Go runtime and its compiler reserve address space beyond what they use."""

EXTENSIONS: Final = (".go",)

BINARY: Final = "/tmp/viva-cases.test"
"""Where the driver builds the cases' binary (the sandbox's own /tmp)."""

HARNESS_FILE: Final = "zz_viva_cases_test.go"

MAX_EVENTS_CASES: Final = 2000

_TEST_FUNC: Final = re.compile(r"^func\s+(Test[A-Za-z0-9_]*)\s*\(\s*\w+\s+\*testing\.T\s*\)", re.MULTILINE)

_HEAD: Final = """package {{PACKAGE}}

import (
\tvivajson "encoding/json"
\tvivafmt "fmt"
\tvivaos "os"
\tvivastrconv "strconv"
\tvivatesting "testing"
)

func vivaAll(values ...any) any {
\tfor i, v := range values {
\t\tif err, ok := v.(error); ok && err != nil {
\t\t\tvalues[i] = err.Error()
\t\t}
\t}
\tif len(values) == 1 {
\t\treturn values[0]
\t}
\treturn values
}

func vivaEmit(out *vivaos.File, v any) {
\tdata, err := vivajson.Marshal(v)
\tif err != nil {
\t\tdata, _ = vivajson.Marshal(map[string]any{"ok": false, "error": "the result cannot be serialised: " + err.Error()})
\t}
\tout.Write(data)
\tvivaos.Exit(0)
}

func TestMain(m *vivatesting.M) {
\tfd, _ := vivastrconv.Atoi(vivaos.Args[3])
\tcase_, _ := vivastrconv.Atoi(vivaos.Args[4])
\tout := vivaos.NewFile(uintptr(fd), "result")
\tdefer func() {
\t\tif r := recover(); r != nil {
\t\t\tvivaEmit(out, map[string]any{"ok": false, "error": vivafmt.Sprint("panic: ", r)})
\t\t}
\t}()
\tvar value any
\tswitch case_ {
"""


def harness(cases: list[CaseCheck]) -> str:
    """The cases' test file: one branch per case, `{{PACKAGE}}` left for the driver to fill."""
    branches = "".join(f"\tcase {i}:\n\t\tvalue = vivaAll({case.call})\n"
                       for i, case in enumerate(cases) if case.call is not None)
    tail = "\t}\n\tvivaEmit(out, map[string]any{\"ok\": true, \"value\": value})\n\t_ = m\n}\n"
    return _HEAD + branches + tail


def prepare(cases: list[CaseCheck]) -> dict[str, object]:
    """What the driver does once before the cases: write the harness, build the binary."""
    return {"files": {HARNESS_FILE: harness(cases)}, "package_from": True,
            "argv": ["go", "test", "-c", "-vet=off", "-o", BINARY, "."]}


def child(runtime: str, memory_mb: int) -> list[str]:
    """A case's process: the built binary (the driver adds module, call, fd and index)."""
    del runtime, memory_mb
    return [BINARY]


def env(memory_mb: int) -> Mapping[str, str]:
    """Go's caches on the sandbox's tmpfs, no network, no C toolchain, the heap bounded."""
    return {"GOCACHE": "/tmp/go-cache", "GOPATH": "/tmp/go-path", "GOPROXY": "off", "GOFLAGS": "-mod=mod",
            "GOSUMDB": "off", "GOTOOLCHAIN": "local", "GOTELEMETRY": "off", "CGO_ENABLED": "0",
            "GO111MODULE": "on", "GOENV": "off", "GOMEMLIMIT": f"{max(16, memory_mb)}MiB"}


def test_names(source: str) -> set[str]:
    """The top-level tests a Go test file declares (`func TestX(t *testing.T)`)."""
    return set(_TEST_FUNC.findall(source))


def parse_events(data: bytes) -> list[Case] | None:
    """Every test and subtest of `go test -json`'s events, or None when they are not such events."""
    outcomes: dict[str, str] = {}
    output: dict[str, list[str]] = {}
    seen = False
    for raw in data.splitlines():
        if not raw.strip().startswith(b"{"):
            continue  # the build's own lines, or the binary's stray output
        try:
            event = json.loads(raw)
        except ValueError:
            continue
        if not isinstance(event, dict) or not isinstance(event.get("Action"), str):
            continue
        seen = True
        test = event.get("Test")
        if not isinstance(test, str) or not test:
            continue
        action = event["Action"]
        if action == "output" and isinstance(event.get("Output"), str):
            lines = output.setdefault(test, [])
            if sum(map(len, lines)) < 4000:
                lines.append(event["Output"])
        elif action in ("pass", "fail", "skip"):
            outcomes[test] = {"pass": "passed", "fail": "failed", "skip": "skipped"}[action]
        elif action == "run":
            outcomes.setdefault(test, "error")  # started, never ended: killed or exited early
        if len(outcomes) > MAX_EVENTS_CASES:
            return None
    if not seen:
        return None
    cases = []
    for name, outcome in outcomes.items():
        text = "".join(line for line in output.get(name, [])
                       if not line.lstrip().startswith(("=== ", "--- PASS", "--- SKIP")))
        cases.append(Case(name=name[:300], outcome=outcome, message=text.strip()[:1000] if outcome != "passed" else "",
                          classname=name.split("/", 1)[0][:300]))
    return cases
