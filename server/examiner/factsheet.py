"""The fact sheet of a piece of code: what grading checks an answer's claims against.

Python is read from `ast` (`_factsheet_python`): what each function returns and raises on its
paths, the cost of each operation inside a loop, shared and local state, concurrency, what
closes each resource, which parameters a function changes in place.
JavaScript, TypeScript, Go and Java are read from tree-sitter trees through ast-grep-py
(`_factsheet_trees`), C, C++ and Rust too (`_factsheet_native`): loop operations, strings built in loops, concurrency.
"""

from __future__ import annotations

from functools import lru_cache

from ._factsheet_native import NATIVE, native_fact_sheet
from ._factsheet_python import python_fact_sheet
from ._factsheet_trees import tree_fact_sheet
from ._facttypes import (
    Concurrency,
    Cost,
    FactSheet,
    FunctionFacts,
    LoopOperation,
    Mutation,
    Resource,
    Shared,
)
from .analysis.trees import read_as

__all__ = ["Concurrency", "Cost", "FactSheet", "FunctionFacts", "LoopOperation", "Mutation",
           "Resource", "Shared", "fact_sheet"]

_MAX_CODE = 400_000
"""Characters of a file that are read (a fact sheet of a larger file is empty)."""


@lru_cache(maxsize=32)
def fact_sheet(code: str, language: str = "python", dialect: str = "") -> FactSheet:
    """The fact sheet of a source file (an empty one for a language it cannot read), read with
    the dialect's grammar where one is given (`findings.dialect_of`: "tsx").

    Cached: every answer about one version of a file is checked against the same sheet.
    """
    if len(code) > _MAX_CODE:
        return FactSheet(language, notes=("the file is too large to read",))
    if language == "python":
        return python_fact_sheet(code)
    if language in NATIVE:
        return native_fact_sheet(code, language)
    with read_as(dialect):
        return tree_fact_sheet(code, language)
