"""The code's fact sheet, and claims in answers that it contradicts (issue 21, item 4)."""

from __future__ import annotations

import pytest

from server.examiner.factsheet import Cost, fact_sheet
from server.examiner.grading import grade, grade_against
from server.examiner.grading.claims import contradictions
from server.examiner.rubric import About, KeyPoint, Rubric
from server.examiner.types import CodeQuestion

CODE = '''
from collections import deque
import threading

CACHE = {}

def dedupe(items: list[str]) -> list[str]:
    seen = []
    out = []
    for x in items:
        if x in seen:
            continue
        seen.append(x)
        out.append(x)
    return out

def drain(queue: list[int]) -> int:
    total = 0
    while queue:
        total += queue.pop(0)
    return total

def drain_fast(values):
    pending = deque(values)
    known = set()
    while pending:
        v = pending.popleft()
        if v in known:
            continue
        known.add(v)

def find_user(users, name):
    for u in users:
        if u.name == name:
            return u
    return None

def parse_port(text):
    port = int(text)
    if not 0 < port < 65536:
        raise ValueError("port out of range")
    return port

def remember(key, value, log=[]):
    log.append(key)
    CACHE[key] = value

def handler(request):
    result = []
    result.append(request)
    return result

def start(work):
    threading.Thread(target=work).start()
'''


def test_the_fact_sheet_says_what_each_loop_operation_costs() -> None:
    """`in` on a list and pop(0) are linear; popleft and `in` on a set are constant."""
    sheet = fact_sheet(CODE)
    costs = {(o.function, o.operation): o.cost for o in sheet.loop_operations}
    assert costs[("dedupe", "in list")] is Cost.LINEAR
    assert costs[("drain", "list.pop(0)")] is Cost.LINEAR
    assert costs[("drain_fast", "deque.popleft")] is Cost.CONSTANT
    assert costs[("drain_fast", "in set")] is Cost.CONSTANT
    assert not any(o.function == "handler" for o in sheet.loop_operations)


def test_the_fact_sheet_says_what_each_function_returns_and_raises() -> None:
    """Paths that return None, explicit raises, locals, shared state and threads."""
    sheet = fact_sheet(CODE)
    find_user, parse_port = sheet.function("find_user"), sheet.function("parse_port")
    assert find_user is not None and find_user.returns_none and not find_user.raises
    assert parse_port is not None and parse_port.raises == ("ValueError",)
    assert not parse_port.returns_none
    handler = sheet.function("handler")
    assert handler is not None and "result" in handler.locals
    shared = {(s.name, s.where): s.mutated for s in sheet.shared}
    assert shared[("CACHE", "module")] is True
    assert shared[("log", "default")] is True
    assert [c.how for c in sheet.concurrency] == ["thread"]
    assert not fact_sheet("def broken(:\n", "python").parsed
    assert not fact_sheet("x = 1", "cobol").parsed


def test_false_claims_are_contradicted_and_true_ones_are_not() -> None:
    """Each kind of claim: two false statements caught, two true ones left alone."""
    sheet = fact_sheet(CODE)
    false = [
        "In dedupe, checking x in seen is O(1), so the loop is linear.",
        "pop(0) on the queue is constant time, so drain is fine.",
        "find_user raises an exception when no user has that name.",
        "parse_port returns None when the port is out of range.",
        "The result list in handler is shared between requests.",
        "The log default is recreated on every call, so it starts empty.",
        "drain_fast is slow because popleft is O(n).",
        "No set is needed here: x in seen is O(1), so dedupe is linear.",
        # a linear cost said in words: what has to be scanned whole
        "In drain_fast each check v in known has to scan the whole set of values seen so far.",
    ]
    true = [
        "In dedupe, checking x in seen is O(n) because seen is a list, so the loop is O(n^2).",
        "pop(0) shifts the whole list, so drain is quadratic.",
        "find_user returns None when no user has that name.",
        "parse_port raises ValueError when the port is out of range.",
        "The result list in handler is created on each call and returned.",
        "The log default is created once and shared by every call.",
        "If seen were a set, the membership check would be O(1).",
        "popleft is O(1), so drain_fast is linear.",
        "Lookups in seen are O(n) because it is a list; membership in a set is O(1).",
        "Checking x in seen is O(n) and appending to out is O(1), so dedupe is O(n^2).",
        ("find_user returns the user, or None when nobody matches. Callers that read .name on "
        "the result raise AttributeError."),
        "The CACHE dict is module-level, so it is shared between requests.",
        "drain uses pop(0), which is O(n), while a deque's popleft is O(1).",
        ("Checking x in seen scans the whole list, so with n items the loop is O(n^2); a set "
         "of seen items makes each check O(1) on average."),
        "Each check x in seen has to scan the whole list, so dedupe is quadratic.",
        "drain_fast has to walk every value once, and v in known is O(1) each time.",
    ]
    for text in false:
        assert contradictions(text, sheet), text
    for text in true:
        assert not contradictions(text, sheet), text


def test_a_function_said_to_raise_through_a_call_the_answer_names_is_no_false_claim() -> None:
    """The call that raises may be named in another clause: "strptime raises ValueError, which
    no handler catches, so parse_stamp raises"; without such a call named, the function that
    returns None still raises nothing itself."""
    sheet = fact_sheet("from datetime import datetime\n"
                       "def parse_stamp(text):\n"
                       "    try:\n"
                       "        return datetime.strptime(text, '%Y-%m-%d')\n"
                       "    except KeyError:\n"
                       "        return None\n")
    assert not contradictions("If the text is not a date, strptime raises ValueError, which is "
                              "not a KeyError, so nothing catches it and parse_stamp raises.",
                              sheet)
    assert contradictions("parse_stamp raises KeyError when the text is not a date.", sheet)


QUESTION = "How does the running time of `dedupe` grow with the input, and why?"
MODEL = ("It is quadratic: for each item, `x in seen` scans the seen list, which is linear, so "
         "n items cost O(n^2). A set for seen makes membership O(1) and the loop linear.")
CORRECT = ("dedupe is O(n^2) because checking x in seen scans the whole list for every item. "
           "Making seen a set gives O(1) membership and an O(n) loop.")
FLUENT_FALSE = ("dedupe is efficient: checking whether x is in seen is O(1) for each item, so "
                "the loop runs in O(n) and the membership test scans nothing.")


def test_a_fluent_answer_with_false_claims_scores_at_least_two_below_a_correct_one() -> None:
    """Through POST /grade's core (with the code) and through the examiner's grade."""
    right = grade_against(QUESTION, CORRECT, [MODEL], code=CODE)
    wrong = grade_against(QUESTION, FLUENT_FALSE, [MODEL], code=CODE)
    assert right.score >= wrong.score + 2, (right, wrong)
    assert wrong.misconceptions and not right.misconceptions
    question = CodeQuestion("app.py", 10, "dedupe", "complexity", "complexity_known", QUESTION,
                        [], {}, Rubric([KeyPoint("cost", "quadratic", ["O(n^2)"]),
                                        KeyPoint("why", "x in seen scans the list",
                                                 ["scan", "x in seen", "list"])],
                                       [], About("app.py", 10, "dedupe")))
    assert grade(question, CORRECT, CODE).score >= grade(question, FLUENT_FALSE, CODE).score + 2



def test_an_answer_that_makes_every_point_and_states_one_false_thing_is_in_the_wrong_band() -> None:
    """A false claim about the code outweighs the points around it: 3 at most, below a partial
    answer that says nothing false."""
    sound = ("It is quadratic: for each item, x in seen scans the seen list, which is linear, so "
             "n items cost O(n^2). A set would make the membership test O(1).")
    false = " Since seen is a global list, it is shared between calls to dedupe."
    assert grade_against(QUESTION, sound, [MODEL], code=CODE).score >= 8
    graded = grade_against(QUESTION, sound + false, [MODEL], code=CODE)
    assert graded.misconceptions and graded.score <= 3, graded

JS = '''function uniqueTags(posts) {
  const seen = [];
  for (const p of posts) {
    for (const t of p.tags) {
      if (!seen.includes(t)) seen.push(t);
    }
  }
  const known = new Set(seen);
  for (const t of seen) { if (known.has(t)) continue; }
  return seen;
}'''
JAVA = '''class Tags {
  List<String> unique(List<String> items) {
    List<String> seen = new ArrayList<>();
    Set<String> known = new HashSet<>();
    String acc = "";
    for (String x : items) {
      if (!seen.contains(x)) seen.add(x);
      if (known.contains(x)) continue;
      acc += x;
    }
    new Thread(() -> log(acc)).start();
    return seen;
  }
}'''
GO = '''package tags
func Unique(items []string) string {
  out := ""
  for _, x := range items {
    if !slices.Contains(items, x) { continue }
    out += x
  }
  go report(out)
  return out
}'''


def test_javascript_java_and_go_loops_are_read_from_their_trees() -> None:
    """includes/contains on an array or list is linear, has/contains on a set constant."""
    js = {(o.operation, o.target): o.cost for o in fact_sheet(JS, "javascript").loop_operations}
    assert js == {("array.includes", "seen"): Cost.LINEAR, ("set.has", "known"): Cost.CONSTANT}
    ts = fact_sheet(JS.replace("(posts)", "(posts: Post[]): string[]"), "typescript")
    assert ("array.includes", "seen") in {(o.operation, o.target) for o in ts.loop_operations}
    java = fact_sheet(JAVA, "java")
    costs = {(o.operation, o.target): o.cost for o in java.loop_operations}
    assert costs[("list.contains", "seen")] is Cost.LINEAR
    assert costs[("set.contains", "known")] is Cost.CONSTANT
    assert costs[("string +=", "acc")] is Cost.LINEAR
    assert [c.how for c in java.concurrency] == ["thread"]
    go = fact_sheet(GO, "go")
    assert {o.operation for o in go.loop_operations} == {"slices.Contains", "string +="}
    assert [c.how for c in go.concurrency] == ["goroutine"]
    assert fact_sheet("function (", "javascript").loop_operations == ()


def test_a_false_cost_claim_about_javascript_is_contradicted() -> None:
    """'includes is O(1)' on an array in a loop is wrong; 'includes is O(n)' is not."""
    sheet = fact_sheet(JS, "javascript")
    assert contradictions("seen.includes(t) is O(1), so uniqueTags is linear.", sheet)
    assert not contradictions("seen.includes(t) is O(n), so the nested loops are quadratic; "
                              "known.has(t) is O(1).", sheet)
    assert not contradictions("The posts are fetched in parallel by the caller.", sheet)


async def test_the_offline_examiner_checks_claims_against_the_sessions_file() -> None:
    """The live examiner's grade (OfflineExaminer.evaluate, given the file) reads its fact sheet."""
    from server.examiner.offline import OfflineExaminer
    from server.examiner.types import EvaluateContext
    question = CodeQuestion("app.py", 30, "find_user", "edge_cases", "function",
                        "What does `find_user` do when no user has the name?", [], {},
                        Rubric([KeyPoint("k", "returns None", ["returns None"])], [],
                               About("app.py", 30, "find_user")))
    false = EvaluateContext(1, question, "find_user raises an exception when no user has the "
                            "name, so the caller must catch it.", CODE)
    evaluation = await OfflineExaminer().evaluate(false)
    assert any("returns None" in m for m in evaluation.misconceptions)
    without_code = await OfflineExaminer().evaluate(EvaluateContext(1, question, false.response))
    assert not without_code.misconceptions


def test_about_code_an_answer_that_understates_the_model_answers_cost_is_wrong() -> None:
    """'It loops once, so O(n)' against a model answer that opens with O(n^2), code given."""
    low = "dedupe goes over the items once, so it is O(n), which is fine for any input."
    graded = grade_against(QUESTION, low, [MODEL], code=CODE)
    assert any("quadratic" in m for m in graded.misconceptions)
    assert not grade_against(QUESTION, CORRECT, [MODEL], code=CODE).misconceptions
    # without the code there is no telling which cost is the code's: no such claim is made
    assert not grade_against(QUESTION, low, [MODEL]).misconceptions


THREADS = '''import threading
counter = 0
def work():
    global counter
    for _ in range(1000):
        counter += 1
def main():
    ts = [threading.Thread(target=work) for _ in range(4)]
    for t in ts:
        t.start()
'''
FETCH = '''async def fetch_all(session, urls):
    results = []
    for url in urls:
        resp = await session.get(url)
        results.append(await resp.text())
    return results
'''
TASK_EACH = '''async def load(names):
    out = []
    for name in names:
        task = asyncio.create_task(fetch(name))
        out.append(await task)
    return out


def crunch(parts):
    for part in parts:
        worker = threading.Thread(target=work, args=(part,))
        worker.start()
        worker.join()
'''
MERGE = '''def merge(a, b):
    out = ""
    for x in a:
        out += str(x)
    return out
'''


@pytest.mark.parametrize(("code", "true", "false"), [
    (THREADS, ("The threads interleave between reading and writing counter, so increments are "
              "lost; the GIL does not make += atomic."),
     "work runs sequentially, one thread at a time, so nothing is lost."),
    (FETCH, ("The requests run one after another: each await waits for the previous response; "
            "use asyncio.gather to run them concurrently."),
     "fetch_all runs the requests in parallel, so it takes as long as the slowest one."),
    (TASK_EACH, ("No: load awaits each task right after creating it, so the fetches run one after "
                 "another; crunch joins each thread before starting the next, sequentially."),
     "load runs the fetches concurrently, since create_task schedules each at once and they overlap."),
    (MERGE, ("Each += copies the string because strings are immutable, so merge is O(n^2); "
            "join a list instead."),
     "Appending with += to a string is O(1), so merge is linear."),
])
def test_concurrency_and_string_building_claims(code: str, true: str, false: str) -> None:
    """A true account is left alone; the fluent false one is contradicted."""
    sheet = fact_sheet(code)
    assert not contradictions(true, sheet)
    assert contradictions(false, sheet)


def test_javascript_java_and_go_functions_say_what_they_return_and_throw() -> None:
    """A path that returns undefined/null/nil, a throw or a panic; claims checked against them."""
    js = ("function findUser(users, name) {\n  for (const u of users) {\n"
          "    if (u.name === name) return u;\n  }\n}\n"
          "function parsePort(text) {\n  const port = Number(text);\n"
          "  if (!(port > 0 && port < 65536)) throw new RangeError('bad port');\n"
          "  return port;\n}\n")
    sheet = fact_sheet(js, "javascript")
    find, parse = sheet.function("findUser"), sheet.function("parsePort")
    assert find is not None and find.returns_none and not find.raises
    assert parse is not None and parse.raises == ("RangeError",) and not parse.returns_none
    assert contradictions("findUser throws an error when no user has that name.", sheet)
    assert not contradictions("findUser returns undefined when no user matches.", sheet)
    assert contradictions("parsePort returns null for a bad port.", sheet)
    assert not contradictions("parsePort throws a RangeError for a bad port.", sheet)
    java = fact_sheet("class A { String f(int a) { if (a < 0) throw new "
                      "IllegalArgumentException(\"x\"); return null; } }", "java")
    assert java.functions[0].raises == ("IllegalArgumentException",)
    go = fact_sheet("package m\nfunc F(a int) (*T, error) {\n if a < 0 { panic(\"x\") }\n"
                    " return nil, nil\n}\n", "go")
    assert go.functions[0].raises == ("panic",) and go.functions[0].returns_none


def test_a_raise_the_answer_proposes_is_no_claim_that_the_code_raises() -> None:
    """"cap the attempts and throw the last error" tells what to write; "parse_stamp raises" and
    "it will throw" say what the code does."""
    sheet = fact_sheet("def parse_stamp(text):\n"
                       "    try:\n"
                       "        return int(text)\n"
                       "    except ValueError:\n"
                       "        return None\n")
    for plan in ("parse_stamp hides the failure; catch it and raise a clear error instead.",
                 "cap the attempts and throw the last error from parse_stamp"):
        assert not contradictions(plan, sheet), plan
    for claim in ("parse_stamp raises ValueError on bad text.", "On bad text parse_stamp will throw."):
        assert contradictions(claim, sheet), claim
