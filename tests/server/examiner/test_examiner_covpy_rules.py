"""Round cov-py's YAML rules on take-home programs of one's own (`takehome_covpy/`): a
command line handed to `subprocess` as one string without a shell (the subprocess docs);
a plain string with `{name}` placeholders and no `f` prefix (ruff RUF027); a dict looped over
with two names and no `.items()` (pylint E1141). The first question on each program is the
new finding; the program fixed the way a reviewer would accept asks no question that claims
a defect. `py-thread-run-called` is checked by its own examples and the test below."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_covpy"

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    ("reminder_mailer.py", "py-missing-f-prefix", "wrong_result",
     (('    return ("Dear {loan.member}', '    return (f"Dear {loan.member}'),
      ('            "You owe {owed', '            f"You owe {owed'))),
    ("nightly_backup.py", "py-subprocess-string-without-shell", "wrong_result",
     (('subprocess.run(f"tar -czf {archive} -C {uploads.parent} {uploads.name}",',
       'subprocess.run(["tar", "-czf", str(archive), "-C", str(uploads.parent), uploads.name],'),)),
    ("league_table.py", "py-dict-unpacked-without-items", "wrong_result",
     (("for team, p in points if", "for team, p in points.items() if"),)),
]

test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_a_thread_started_or_another_run_is_not_asked_about() -> None:
    rule = "py-thread-run-called"
    assert fires("python", rule, "import threading\n\ndef go(f):\n"
                                 "    t = threading.Thread(target=f)\n    t.run()\n")
    assert not fires("python", rule, "import threading\n\ndef go(f):\n"
                                     "    t = threading.Thread(target=f)\n    t.start()\n")
    assert not fires("python", rule, "def go(app):\n    app.run()\n")
    assert not fires("python", rule, "import subprocess\n\ndef go(cmd):\n"
                                     "    p = subprocess\n    p.run()\n")


def test_placeholders_of_a_template_or_of_other_names_are_not_asked_about() -> None:
    rule = "py-missing-f-prefix"
    assert fires("python", rule, "def f(n):\n    raise ValueError('bad count {n}')\n")
    # formatted later in the module, a JSON text, names the function does not have
    assert not fires("python", rule, "MSG = 'bad {n}'\n\ndef f(n):\n"
                                     "    return 'bad {n}'.format(n=n)\n")
    assert not fires("python", rule, "def f(n):\n    return '{\"n\": 1}'\n")
    assert not fires("python", rule, "def f(n):\n    print('see {url} for help')\n")
    # a docstring is not shown
    assert not fires("python", rule, "def f(n):\n    \"\"\"Use {n} items.\"\"\"\n    return n\n")
