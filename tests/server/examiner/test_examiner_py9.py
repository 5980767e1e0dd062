"""Documented Python hazards asked about on take-home programs of one's own (`takehome_py9/`):
`bool()` of a yes/no field read as text, which is True for "False", "0" and "no" as for any
non-empty string (the Python docs, Truth Value Testing); and a `try` around a parse of text
whose handlers list only types the parse's error is not (the tutorial, Handling Exceptions;
the built-in exceptions' hierarchy: int(), float(), strptime, fromisoformat and json.loads
raise ValueError, Decimal() raises InvalidOperation). The first question on each is the new
finding; the program fixed the way a reviewer would accept asks no question that claims a
defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_py9"

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # the word compared with the accepted spellings of yes
    ("volunteer_rota.py", "py-bool-of-text", "wrong_result",
     (("can_drive=bool(row[\"can_drive\"]),",
       "can_drive=row[\"can_drive\"].strip().lower() in {\"yes\", \"y\", \"true\", \"1\"},"),)),
    # a reading that is not a number (or a timestamp that is not one) skipped with the rest
    ("greenhouse_log.py", "py-except-misses-parse-error", "ignored_error",
     (("        except IndexError:\n", "        except (IndexError, ValueError):\n"),)),
    # the list sorted in place, then returned
    ("bouldering_league.py", "py-in-place-method-result-used", "wrong_result",
     (("    return results.sort(key=lambda r: (-r.points, r.attempts, r.climber))\n",
       "    results.sort(key=lambda r: (-r.points, r.attempts, r.climber))\n    return results\n"),)),
    # the normalised copy kept
    ("badge_printer.py", "py-str-method-result-discarded", "wrong_result",
     (("    email.strip()\n    email.lower()\n    return email\n",
       "    return email.strip().lower()\n"),)),
    # the flag assigned, not compared
    ("tool_library.py", "py-comparison-as-statement", "wrong_result",
     (("        tool.on_loan == False\n", "        tool.on_loan = False\n"),)),
]


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_bool_of_a_number_a_comparison_or_an_emptiness_test_is_not_asked_about() -> None:
    """`bool()` of a yes/no field read as text is asked about (the environment, a form, a
    csv row, input()); of a number, a comparison, a converted value, a dict with no sign of
    text, and a test that a line is blank are not."""
    rule = "py-bool-of-text"
    assert fires("python", rule, "import os\nVERBOSE = bool(os.getenv('VERBOSE'))\n")
    assert fires("python", rule, "def ask():\n    return bool(input('Overwrite? '))\n")
    assert fires("python", rule, "from flask import request\n\ndef view():\n"
                                 "    return bool(request.args.get('dry_run'))\n")
    assert fires("python", rule, "import csv\n\ndef rows(f):\n    for row in csv.reader(f):\n"
                                 "        yield {'paid': bool(row[3])}\n")
    assert not fires("python", rule, "import csv\n\ndef rows(f):\n"
                                     "    for row in csv.DictReader(f):\n"
                                     "        yield bool(int(row['paid']))\n")
    assert not fires("python", rule, "def flags(payload):\n"
                                     "    return bool(payload.get('active'))\n")
    assert not fires("python", rule, "import os\n\ndef has(items):\n"
                                     "    return bool(len(items)) or bool(os.environ.get('HOME'))\n")
    assert not fires("python", rule, "def lines(text):\n"
                                     "    return [x for x in text.split('\\n') if bool(x.strip())]\n")
    assert not fires("python", rule, "import os\n"
                                     "FLAG = os.environ.get('APP_DEBUG', '').lower() == 'true'\n")


def test_a_handler_that_catches_the_parse_error_is_not_asked_about() -> None:
    """A parse of text in a try whose handlers cannot catch its error is asked about (json,
    Decimal under `except ValueError`, strptime); a handler of ValueError, Exception or a bare
    except in any clause, an int() of a number, a parse in an inner try or outside the body,
    and a handler that raises ValueError itself are not."""
    rule = "py-except-misses-parse-error"

    def guarded(body: str, *handlers: str) -> str:
        return ("import json\nfrom decimal import Decimal\n\ndef f(row, n):\n    try:\n"
                f"        {body}\n" + "".join(f"    {h}:\n        return None\n" for h in handlers))
    assert fires("python", rule, guarded("return json.loads(row)", "except TypeError"))
    assert fires("python", rule, guarded("return Decimal(row['price'])", "except ValueError"))
    assert fires("python", rule, guarded("return int(row.get('qty'))", "except KeyError",
                                         "except (IndexError, AttributeError) as e"))
    assert not fires("python", rule, guarded("return int(row['qty'])", "except KeyError",
                                             "except ValueError"))
    assert not fires("python", rule, guarded("return int(row['qty'])", "except KeyError",
                                             "except"))
    assert not fires("python", rule, guarded("return float(row['qty'])", "except Exception"))
    assert not fires("python", rule, guarded("return int(n.bit_length())", "except TypeError"))
    assert not fires("python", rule, guarded("return int(n)", "except TypeError"))
    assert not fires("python", rule,
                     "def f(row):\n    try:\n        key = row['qty']\n    except KeyError:\n"
                     "        return None\n    else:\n        return int(row['qty'])\n")
    assert not fires("python", rule,
                     "def f(row):\n    try:\n        return int(row['qty'])\n"
                     "    except KeyError:\n        raise ValueError('no qty') from None\n")


def test_a_sort_called_as_a_statement_or_a_cursor_sort_is_not_asked_about() -> None:
    """The value of `xs.sort()`/`xs.reverse()`, or a list replaced by its own append, is asked
    about; a sort as a statement, sorted(), a query's or cursor's sort with positional
    arguments, and a lambda's body are not."""
    rule = "py-in-place-method-result-used"
    assert fires("python", rule, "def f(xs):\n    return xs.sort(key=len)[0]\n")
    assert fires("python", rule, "def f(xs):\n    show(xs.reverse())\n")
    assert fires("python", rule, "def f(seen, x):\n    seen = seen.add(x)\n    return seen\n")
    assert not fires("python", rule, "def f(xs):\n    xs.sort(key=len)\n    return xs[0]\n")
    assert not fires("python", rule, "def f(xs):\n    return sorted(xs, key=len)[0]\n")
    assert not fires("python", rule, "def f(col):\n    return col.find({}).sort('at', -1)\n")
    assert not fires("python", rule, "def f(q):\n    return q.sort('at')\n")
    assert not fires("python", rule, "def f(xs, b):\n    b.bind(lambda: xs.reverse())\n")


def test_a_str_method_whose_result_is_kept_is_not_asked_about() -> None:
    """A str method (or datetime.replace) called as a statement is asked about; its result
    assigned or returned, `os.replace`, `Path.replace(target)`, and Tk's `title(text)` are not."""
    rule = "py-str-method-result-discarded"
    assert fires("python", rule, "def f(name):\n    name.rstrip('\\n')\n    return name\n")
    assert fires("python", rule, "def f(item):\n    item.sku.upper()\n    return item\n")
    assert fires("python", rule, "def f(at, tz):\n    at.astimezone(tz)\n    return at\n")
    assert not fires("python", rule, "def f(name):\n    name = name.rstrip('\\n')\n    return name\n")
    assert not fires("python", rule, "def f(name):\n    return name.upper()\n")
    assert not fires("python", rule, "import os\n\ndef f(a, b):\n    os.replace(a, b)\n")
    assert not fires("python", rule, "def f(tmp, final):\n    tmp.replace(final)\n")
    assert not fires("python", rule, "def f(root, text):\n    root.title(text)\n")


def test_a_comparison_that_is_used_is_not_asked_about() -> None:
    """A comparison standing alone as a statement is asked about; one asserted, branched on,
    returned or assigned, and a statement that also assigns with a walrus, are not."""
    rule = "py-comparison-as-statement"
    assert fires("python", rule, "def f(user):\n    user.role != 'admin'\n")
    assert fires("python", rule, "def f(xs, x):\n    x in xs\n    return xs\n")
    assert not fires("python", rule, "def f(user):\n    assert user.role != 'admin'\n")
    assert not fires("python", rule, "def f(user):\n    if user.role != 'admin':\n"
                                     "        raise PermissionError(user)\n")
    assert not fires("python", rule, "def f(user):\n    ok = user.role == 'admin'\n    return ok\n")
    assert not fires("python", rule, "def f(q):\n    (item := q.get()) is None\n    return item\n")
