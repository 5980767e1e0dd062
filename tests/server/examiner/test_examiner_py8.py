"""Documented hazards of Python services asked about on take-home programs of one's own
(`takehome_py8/`): Flask's debug mode turned on in the code (the Flask docs, Debug Mode: "The
debugger allows executing arbitrary Python code from the browser"; bandit B201), and the text
of any exception sent back to the client (CWE-209; the OWASP Error Handling Cheat Sheet;
CodeQL py/stack-trace-exposure); and a function called where Thread, Timer, submit or
run_in_executor want it passed, so it runs in the caller and the thread gets None (the
threading docs, Thread's target; the concurrent.futures docs, submit). The first question on
each is the new finding; the program fixed the way a reviewer would accept asks no question
that claims a defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_py8"

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # debug mode only when the environment asks for it
    ("shortlinks.py", "py-flask-debug-enabled", "code_injection",
     (("import secrets\n", "import os\nimport secrets\n"),
      ("debug=True)", "debug=os.environ.get(\"FLASK_DEBUG\") == \"1\")"))),
    # the failure logged on the server, a generic message sent
    ("invoice_api.py", "py-exception-text-in-response", "bypassable_check",
     (("    except Exception as exc:\n        return jsonify(error=f\"could not create invoice: {exc}\"), 500\n",
       ("    except Exception:\n        log.exception(\"creating an invoice failed\")\n"
        "        return jsonify(error=\"could not create invoice\"), 500\n")),)),
    # the upload passed to the thread with its arguments, so the uploads run side by side
    ("backup_agent.py", "py-callable-called-when-passed", "wrong_result",
     ((("threading.Thread(target=upload(tarball, config[\"endpoint\"], config[\"token\"],\n"
        "                                                results), name=f\"upload-{source.name}\")\n"),
       ("threading.Thread(target=upload, name=f\"upload-{source.name}\",\n"
        "                                  args=(tarball, config[\"endpoint\"], config[\"token\"], "
        "results))\n")),)),
]


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_debug_mode_from_the_environment_or_outside_flask_is_not_asked_about() -> None:
    """A literal `debug=True` in a Flask module is asked about; one read from the environment,
    one in a test function, and a `run(debug=True)` of another framework are not."""
    flask = "from flask import Flask\napp = Flask(__name__)\n"
    assert fires("python", "py-flask-debug-enabled", flask + "app.run(debug=True)\n")
    assert fires("python", "py-flask-debug-enabled", flask + "app.config['DEBUG'] = True\n")
    assert not fires("python", "py-flask-debug-enabled",
                     "import os\n" + flask + "app.run(debug=bool(os.environ.get('DEBUG')))\n")
    assert not fires("python", "py-flask-debug-enabled",
                     flask + "def test_errors():\n    app.debug = True\n")
    assert not fires("python", "py-flask-debug-enabled",
                     "import uvicorn\nserver = uvicorn.Server()\nserver.run(debug=True)\n")


def test_exception_text_of_a_narrow_except_or_only_logged_is_not_asked_about() -> None:
    """A broad `except Exception as e` whose text reaches the reply is asked about, also through
    FastAPI's HTTPException and Flask's abort; a narrow except's message, a message logged,
    and a generic reply are not."""
    def handler(clause: str, body: str) -> str:
        return ("from flask import jsonify, abort\n\ndef view():\n    try:\n        return work()\n"
                f"    {clause}\n        {body}\n")
    rule = "py-exception-text-in-response"
    assert fires("python", rule, handler("except Exception as e:", "abort(500, str(e))"))
    assert fires("python", rule, handler("except BaseException as e:",
                                         "return jsonify(error=repr(e))"))
    assert not fires("python", rule, handler("except KeyError as e:",
                                             "return jsonify(error=str(e)), 404"))
    assert not fires("python", rule, handler("except Exception as e:",
                                             "log.error('failed: %s', e)"))
    assert not fires("python", rule, handler("except Exception:",
                                             "return jsonify(error='internal error'), 500"))


def test_a_function_passed_or_a_factory_called_is_not_asked_about() -> None:
    """A module function that returns nothing, called where Thread, Timer, submit or
    run_in_executor want a callable, is asked about; the function passed, a factory that
    returns a function, and a partial are not."""
    rule = "py-callable-called-when-passed"
    work = "import threading\n\ndef work(x):\n    print(x)\n\n"
    assert fires("python", rule, work + "threading.Timer(1.0, work(2)).start()\n")
    assert fires("python", rule, work + "def go(pool):\n    pool.submit(work(2))\n")
    assert not fires("python", rule, work + "threading.Thread(target=work, args=(2,)).start()\n")
    assert not fires("python", rule, "import threading\n\ndef work(x):\n    return lambda: x\n\n"
                                     "threading.Thread(target=work(2)).start()\n")
    assert not fires("python", rule, work + "import functools\n"
                                     "threading.Thread(target=functools.partial(work, 2)).start()\n")
