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
