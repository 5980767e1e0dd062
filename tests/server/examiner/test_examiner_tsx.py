"""A `.tsx` file is TypeScript with JSX: it is read with the TSX grammar, and TypeScript's rules
and checks (and the JSX rules) run on it; a plain `.ts` file keeps the TypeScript grammar, whose
`<T>x` casts TSX forbids."""

from __future__ import annotations

from server.examiner.analysis.rules import load_rules
from server.examiner.analysis.trees import parse, read_as
from server.examiner.factsheet import fact_sheet
from server.examiner.findings import analyse, dialect_of, language_of

COMPONENT = """import React, { useState } from "react";

interface Author { name: string; homepage: string }

export function Byline({ author }: { author: Author }) {
  const [open, setOpen] = useState<boolean>(false);
  return (
    <p className="byline">
      <a href={author.homepage} target="_blank">{author.name}</a>
      <button onClick={() => setOpen(!open)}>more</button>
    </p>
  );
}

export function Ticker({ tick }: { tick: () => void }) {
  return <button onClick={() => { setInterval(tick, 1000); }}>start</button>;
}
"""

CAST = """export function total(raw: unknown): number {
  const rows = <Array<{ price: number }>>raw;
  let sum = 0;
  for (const row of rows) {
    sum += row.price;
  }
  return sum;
}
"""


def test_a_tsx_file_is_typescript_read_with_the_tsx_grammar() -> None:
    assert (language_of("Byline.tsx"), dialect_of("Byline.tsx")) == ("typescript", "tsx")
    assert (language_of("total.ts"), dialect_of("total.ts")) == ("typescript", "")
    assert parse(COMPONENT, "typescript").find(kind="ERROR") is not None
    with read_as("tsx"):
        assert parse(COMPONENT, "typescript").find(kind="ERROR") is None
    assert parse(COMPONENT, "tsx").find(kind="jsx_element") is not None


def test_the_jsx_and_typescript_rules_find_hazards_in_a_tsx_components_jsx() -> None:
    """The JSX rule on the link, and a TypeScript rule on a timer started in a handler
    written in JSX: read with the TypeScript grammar neither was found."""
    found = {(f.kind, f.line) for f in analyse("Byline.tsx", None, COMPONENT)}
    assert {("bypassable_check", 9), ("resource_leak", 16)} <= found
    assert not {("bypassable_check", 9), ("resource_leak", 16)} & \
        {(f.kind, f.line) for f in analyse("Byline.ts", None, COMPONENT)}


def test_tsx_gets_typescripts_rules_and_the_jsx_rules_and_ts_does_not_get_jsx() -> None:
    ts, tsx = load_rules("typescript"), load_rules("tsx")
    assert tsx[:len(ts)] == ts
    # the JSX rules: JavaScript's that TypeScript's plain grammar does not get
    jsx_only = {r.id for r in load_rules("javascript")} - {r.id for r in ts}
    assert "js-jsx-target-blank-without-rel" in jsx_only
    assert {r.id for r in tsx if r.language == "tsx"} == jsx_only
    assert not any(r.language == "tsx" for r in ts)


def test_a_plain_ts_file_keeps_the_typescript_grammar_and_its_casts() -> None:
    assert parse(CAST, "typescript").find(kind="ERROR") is None
    assert parse(CAST, "tsx").find(kind="ERROR") is not None  # why .ts is not read as TSX
    findings = analyse("total.ts", None, CAST)
    assert [f.identifier for f in findings if f.kind == "function"] == ["total"]
    assert fact_sheet(CAST, "typescript").notes == ()


def test_the_fact_sheet_of_a_tsx_file_reads_its_functions() -> None:
    plain = fact_sheet(COMPONENT, "typescript")
    dialect = fact_sheet(COMPONENT, "typescript", "tsx")
    assert {f.name for f in dialect.functions} >= {"Byline", "Ticker"}
    assert dialect != plain
