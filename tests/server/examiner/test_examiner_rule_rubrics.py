"""A rule whose hazard is not its kind's gets key points of its own: a credential written to a
log (CWE-532) and an error's stack or message sent to the client (CWE-209) share the kind
`hardcoded_secret` with a credential in the source, and were graded against "rotate it and
load it from the environment", so a correct answer scored 2 and an answer about another hazard
scored as well as it."""

from __future__ import annotations

import pytest

from server.examiner import AskContext, OfflineExaminer, analyse
from server.examiner.grading import grade
from server.examiner.questions import CodeQuestion

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
