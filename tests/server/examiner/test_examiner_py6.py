"""Documented hazards of Python asked about on take-home programs of one's own
(`takehome_py6/`): a `weekday()` compared with 7 (the datetime docs: Monday is 0 and Sunday 6;
`isoweekday()` counts 1 to 7); a regex flag passed where `re.subn` takes its count (ruff B034);
`dict.fromkeys(keys, [])`, one list shared by every key (ruff RUF024, the dict docs); a file
entered on an ExitStack once per item of a loop (the contextlib docs: it is closed when the
stack unwinds); and an `assert` checking the caller's value in a class that refuses bad values
by raising its own error (bandit B101, ruff S101: removed under `python -O`). The first
question on each is the new finding; the program fixed the way a reviewer would accept asks no
question that claims a defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, fixed, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_py6"

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # Saturday is 5 and Sunday 6 in weekday()'s numbering
    ("parking_rates.py", "py-weekday-numbering-mixed", "wrong_result",
     (("if day.weekday() in (6, 7):", "if day.weekday() in (5, 6):"),)),
    # the flag by keyword: every address masked, whatever its case
    ("log_scrubber.py", "py-regex-flag-as-count", "wrong_result",
     (('re.subn(EMAIL, "[email]", line, re.IGNORECASE)',
       're.subn(EMAIL, "[email]", line, flags=re.IGNORECASE)'),)),
    # a list of its own for each division
    ("brackets.py", "py-one-mutable-value-shared", "mutable_default",
     (("grouped = dict.fromkeys(names, [])", "grouped: dict[str, list[Player]] = {n: [] for n in names}"),)),
    # each artefact closed once it is hashed
    ("release_digest.py", "py-exit-stack-entered-per-item", "defer_in_loop",
     ((("            f = stack.enter_context(path.open(\"rb\"))\n            report.checked += 1\n"
        "            if sha256_of(f) != digest:\n"),
       ("            report.checked += 1\n            with path.open(\"rb\") as f:\n"
        "                actual = sha256_of(f)\n            if actual != digest:\n")),)),
    # refused like a top-up is, with the till's own error
    ("gift_cards.py", "py-assert-checks-input", "wrong_result",
     (('        assert cents > 0, "a payment must be positive"\n',
       '        if cents <= 0:\n            raise CardError("a payment must be positive")\n'),)),
]


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_weekday_numbering_right_for_each_method_is_not_asked_about() -> None:
    """`isoweekday() in (6, 7)` is the weekend; a table keyed 0..6 is weekday()'s own."""
    assert not fires("python", "py-weekday-numbering-mixed",
                     "def weekend(d):\n    return d.isoweekday() in (6, 7)\n")
    assert fires("python", "py-weekday-numbering-mixed",
                 "def closed(d):\n    return d.isoweekday() in (0, 6)\n")
    assert not fires("python", "py-weekday-numbering-mixed",
                     "NAMES = {0: 'Mon', 1: 'Tue', 2: 'Wed', 3: 'Thu', 4: 'Fri', 5: 'Sat', 6: 'Sun'}\n"
                     "def name(d):\n    return NAMES[d.weekday()]\n")


def test_regex_count_given_as_a_number_is_not_asked_about() -> None:
    """A count that is a number, flags by keyword, and `re.findall`'s third argument (its
    flags) are fine; a compiled pattern's `sub` takes a flag as its count."""
    for code in ('import re\ndef f(s):\n    return re.sub("a", "b", s, 1)\n',
                 'import re\ndef f(s):\n    return re.split(";", s, maxsplit=1, flags=re.I)\n',
                 'import re\ndef f(s):\n    return re.findall("a", s, re.I | re.M)\n'):
        assert not fires("python", "py-regex-flag-as-count", code)
    assert fires("python", "py-regex-flag-as-count",
                 'import re\nP = re.compile("a")\ndef f(s):\n    return P.sub("b", s, re.I)\n')


def test_shared_value_replaced_or_immutable_is_not_asked_about() -> None:
    """A shared value never changed in place (a count replaced by `+=` on an int, a row
    replaced whole) is fine; a repeated row written through is asked about."""
    code = (PROGRAMS / "brackets.py").read_text()
    assert not fires("python", "py-one-mutable-value-shared",
                     code.replace("dict.fromkeys(names, [])", "dict.fromkeys(names, ())")
                     .replace("grouped[division_of(player)].append(player)",
                              "grouped[division_of(player)] += (player,)"))
    assert fires("python", "py-one-mutable-value-shared",
                 "def seats(rows, cols, taken):\n    plan = [['.'] * cols] * rows\n"
                 "    for r, c in taken:\n        plan[r][c] = 'x'\n    return plan\n")
    assert not fires("python", "py-one-mutable-value-shared",
                     "def seats(rows, cols, taken):\n    plan = [['.'] * cols for _ in range(rows)]\n"
                     "    for r, c in taken:\n        plan[r][c] = 'x'\n    return plan\n")


def test_files_kept_together_on_the_stack_are_not_asked_about() -> None:
    """The contextlib docs' own idiom (every file open at once, for a merge) and a file kept
    in a list after the loop are fine."""
    code = (PROGRAMS / "release_digest.py").read_text()
    kept = fixed(code, (("            report.checked += 1\n",
                         "            report.checked += 1\n            opened.append(f)\n"),))
    assert not fires("python", "py-exit-stack-entered-per-item", kept)
    assert not fires("python", "py-exit-stack-entered-per-item",
                     "from contextlib import ExitStack\ndef merge(names):\n"
                     "    with ExitStack() as stack:\n"
                     "        files = [stack.enter_context(open(n)) for n in names]\n"
                     "        return list(heapq.merge(*files))\n")


def test_asserts_that_are_not_input_checks_are_not_asked_about() -> None:
    """An assert on the class's own state or on a result it computed, a None narrowing, one
    under `if __debug__`, and one in a module that never raises its own errors are fine."""
    code = (PROGRAMS / "gift_cards.py").read_text()
    assert fires("python", "py-assert-checks-input", code)
    for old, new in (
            ('assert cents > 0, "a payment must be positive"', "assert self._cards is not None"),
            ('assert cents > 0, "a payment must be positive"', "assert code is not None"),
            ('        assert cents > 0, "a payment must be positive"\n',
             '        if __debug__:\n            assert cents > 0\n'),
            ("            return card.balance\n\n    def statement",
             ("            left = card.balance\n            assert left >= 0\n"
              "            return left\n\n    def statement"))):
        changed = code.replace('        assert cents > 0, "a payment must be positive"\n', "") \
            if old.startswith("            return") else code
        assert not fires("python", "py-assert-checks-input", changed.replace(old, new)), new
    plain = ("class Meter:\n    def add(self, cents):\n        assert cents > 0\n"
             "        self.total += cents\n")
    assert not fires("python", "py-assert-checks-input", plain)
