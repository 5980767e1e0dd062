"""TypeScript: compiled by Debian's `tsc` (node-typescript) to CommonJS, then run as JavaScript.

Node 20 cannot run TypeScript itself. The pack's command compiles every `.ts` file into
`OUT` and runs node --test on the compiled test files; `call` cases are compiled once the
same way before any case runs, then each runs as a JavaScript case (`javascript.CHILD`)
against the compiled module. Type errors do not stop the run (tsc still emits): the tests
decide.
"""

from __future__ import annotations

from typing import Final

from server.packs.model import CaseCheck

__all__ = ["COMPILE", "EXTENSIONS", "OUT", "compiled", "prepare"]

EXTENSIONS: Final = (".ts", ".mts", ".cts")

OUT: Final = "/tmp/viva-ts"
"""Where the compiled JavaScript goes (the sandbox's own /tmp)."""

COMPILE: Final = (f"find . -name '*.ts' -not -path './node_modules/*' -print0 | xargs -0 tsc --outDir {OUT} "
                  "--rootDir . --module commonjs --target es2020 --esModuleInterop --skipLibCheck "
                  "--pretty false > /dev/null")
"""Compile every TypeScript file of the workspace; type errors are reported by the tests."""


def compiled(module: str) -> str:
    """The compiled JavaScript of a TypeScript module path."""
    stem = module.rsplit(".", 1)[0] if module.endswith(EXTENSIONS) else module
    return f"{OUT}/{stem}.js"


def prepare(cases: list[CaseCheck]) -> dict[str, object]:
    """What the driver does once before the cases: compile (a run without output fails them)."""
    del cases
    return {"files": {}, "argv": ["/bin/sh", "-c", f"{COMPILE}; test -d {OUT}"]}
