"""A rule whose hazard is not its kind's gets key points of its own: a credential written to a
log (CWE-532) and an error's stack or message sent to the client (CWE-209) share the kind
`hardcoded_secret` with a credential in the source, and were graded against "rotate it and
load it from the environment", so a correct answer scored 2 and an answer about another hazard
scored as well as it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from server.examiner import AskContext, OfflineExaminer, analyse
from server.examiner.grading import grade
from server.examiner.questions import CodeQuestion
from server.examiner.questions.templates import KEY_POINTS as RULE_KEY_POINTS

STACK = '''const express = require("express");
const app = express();
const db = require("./db");

app.get("/orders/:id", async (req, res) => {
  try {
    const order = await db.findOrder(req.params.id);
    res.json(order);
  } catch (err) {
    res.status(500).json({ error: "lookup failed", stack: err.stack });
  }
});

app.listen(3000);
'''

GO_LOGGED = '''package main

import (
\t"log"
\t"net/http"
)

func login(w http.ResponseWriter, r *http.Request) {
\tuser, password := r.FormValue("user"), r.FormValue("password")
\tlog.Printf("login attempt user=%s password=%s", user, password)
\tif !check(user, password) {
\t\thttp.Error(w, "no", http.StatusUnauthorized)
\t}
}

func check(user, password string) bool { return user != "" && password != "" }
'''

RUST_LOGGED = '''pub struct Config { pub user: String, pub api_key: String }

pub fn connect(cfg: &Config) -> bool {
    eprintln!("connecting as {} with key {}", cfg.user, cfg.api_key);
    !cfg.api_key.is_empty()
}
'''

ROTATE = ("Revoke and rotate the credential, and load it from an environment variable or a "
          "secret manager instead of keeping it in the source and its git history.")


def _asked(path: str, code: str, rule: str) -> CodeQuestion:
    question = OfflineExaminer().ask_now(AskContext(session_id=0, findings=analyse(path, None, code)))
    assert question is not None and question.facts.get("rule") == rule, question
    return question


@pytest.mark.parametrize("answer", [
    ("The stack trace shows anyone who calls the endpoint our file paths, the db driver and "
     "library versions, which helps an attacker. Send a generic error with a request id and "
     "log err.stack on the server."),
    "leaks internals (paths, modules) to the caller. return a generic 500 message and console.error the stack",
    ("Express's default error handler hides stacks in production, but this handler sends "
     "err.stack itself, so the caller sees our paths and modules. Send a generic message and "
     "log the stack."),
])
def test_a_correct_answer_about_a_stack_sent_to_the_client_scores_as_correct(answer: str) -> None:
    question = _asked("server.js", STACK, "js-stack-trace-sent-to-client")
    assert grade(question, answer, STACK).score >= 8


@pytest.mark.parametrize("answer", [
    ROTATE,  # the hard-coded secret's answer, to another question
    "Nothing sensitive leaks: Express removes err.stack from JSON responses, so no change is needed.",
    "It's fine, the stack only has the error message; json() strips it in production anyway.",
])
def test_an_answer_about_another_hazard_or_a_false_one_scores_low(answer: str) -> None:
    question = _asked("server.js", STACK, "js-stack-trace-sent-to-client")
    assert grade(question, answer, STACK).score <= 3


@pytest.mark.parametrize(("path", "code", "rule", "answer"), [
    ("main.go", GO_LOGGED, "go-secret-logged",
     ("Anyone who can read the logs (ops, the log service, a backup) gets every user's password. "
      "Don't log it: log the user name and the outcome only.")),
    ("lib.rs", RUST_LOGGED, "rust-secret-logged",
     "eprintln! puts the api key in stderr/log files that operators and log shippers keep. mask it or leave it out."),
])
def test_a_secret_written_to_a_log_is_graded_on_the_log(path: str, code: str, rule: str,
                                                        answer: str) -> None:
    question = _asked(path, code, rule)
    assert any("log" in p.claim.lower() for p in question.rubric.key_points)
    right, other = grade(question, answer, code).score, grade(question, ROTATE, code).score
    assert right >= 8 and other <= right - 3, (right, other)


_ROOT = Path(__file__).resolve().parents[3]
# the hazard the kinds' own points describe: a credential in the source; a host name made to
# fit a suffix or prefix check
_KIND_HAZARD = {"hardcoded_secret": ("hardcoded", "credential", "password-literal"),
                "bypassable_check": ("url-prefix-allow-check", "host-regex-unescaped-dot")}


def test_a_rule_of_another_hazard_than_its_kind_has_points_of_its_own() -> None:
    """A rule left to its kind's points is one of the kind's own hazard; `weak_password_hash`
    has no points of its kind, so each of its rules has its own."""
    strays = []
    for file in sorted((_ROOT / "server/examiner/analysis/rules").glob("*.yaml")):
        for rule in (yaml.safe_load(file.read_text()) or {}).get("rules", []):
            kind, rule_id = rule.get("kind"), rule.get("id")
            if rule_id in RULE_KEY_POINTS or kind not in (*_KIND_HAZARD, "weak_password_hash"):
                continue
            if not any(word in rule_id for word in _KIND_HAZARD.get(kind, ())):
                strays.append(rule_id)
    assert strays == []


SUFFIX = ("A host such as evil-example.com passes the suffix check, so compare the parsed host "
          "exactly or require the leading dot.")


@pytest.mark.parametrize(("path", "rule", "code", "answer"), [
    ("app.js", "js-session-cookie-flags-missing",
     ('app.post("/login", (req, res) => {\n  const sid = start(req.body.user);\n'
     '  res.cookie("sid", sid);\n  res.redirect("/");\n});\n'),
     ("any script on the page can read document.cookie and steal the session; set httpOnly, "
     "secure and sameSite on res.cookie")),
    ("app.js", "js-password-check-not-awaited",
     ("async function login(user, pw) {\n  if (!bcrypt.compare(pw, user.hash)) {\n"
     "    throw new Error('bad password');\n  }\n  return issue(user);\n}\n"),
     "compare returns a Promise, which is always truthy, so any password logs in. await it."),
])
def test_a_correct_answer_scores_on_the_rules_own_points(path: str, rule: str, code: str,
                                                          answer: str) -> None:
    question = _asked(path, code, rule)
    right, other = grade(question, answer, code).score, grade(question, SUFFIX, code).score
    assert right >= 8 and other <= 3, (right, other)


def _first_match(language: str, rule_id: str) -> str:
    rules = yaml.safe_load((_ROOT / f"server/examiner/analysis/rules/{language}.yaml").read_text())["rules"]
    return str(next(r for r in rules if r["id"] == rule_id)["match"][0])


CLOSE = ("It is not closed on every path: wrap it in try/finally (or with / defer Close) so an error "
         "halfway still closes it.")


@pytest.mark.parametrize(("language", "path", "rule", "answer"), [
    ("javascript", "app.js", "js-retry-forever",
     ("if the service is gone for good fetchConfig loops forever and keeps hammering it; cap the attempts "
     "with backoff and throw the last error")),
    ("go", "main.go", "go-cache-never-evicted",
     ("every new host stays in the cache for good so memory grows until the process is OOM-killed; "
     "bound it with an LRU or a TTL")),
    ("go", "main.go", "go-slow-call-under-lock",
     ("every other goroutine that needs the mutex waits for the whole call in Get; copy what you need, "
     "unlock, do the call, lock again to store")),
])
def test_a_rule_left_to_a_kind_of_another_hazard_is_graded_on_its_own(
        language: str, path: str, rule: str, answer: str) -> None:
    code = _first_match(language, rule)
    question = _asked(path, code, rule)
    right, other = grade(question, answer, code).score, grade(question, CLOSE, code).score
    assert right >= 8 and other <= 3, (right, other)


@pytest.mark.parametrize(("answer", "low", "high"), [
    (("strlen walks the whole string every time the condition is tested, so upper is O(n^2). "
     "compute the length once before the loop."), 8, 10),
    (("the compiler can't hoist strlen because the loop writes to s, so it's quadratic; save the "
     "length in a size_t n before the loop"), 8, 10),
    (("No problem: the compiler hoists strlen out of the loop so it is only computed once, and the "
     "loop is linear."), 0, 2),
    ("Use a set or map for lookups instead.", 0, 2),  # the kind's fix, for a scan per pass
])
def test_strlen_in_a_loop_condition_is_graded_on_the_length_not_on_lookups(
        answer: str, low: int, high: int) -> None:
    code = _first_match("c", "c-strlen-in-loop-condition")
    assert low <= grade(_asked("main.c", code, "c-strlen-in-loop-condition"), answer, code).score <= high
