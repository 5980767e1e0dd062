"""Kinds of false claims the fact sheet catches in every language it reads: a resource that
"leaks" when something closes it on every path (and the reverse), a parameter "left unchanged"
when the function changes it in place, work "run one after another" when it is started
concurrently. Each kind has claims that contradict the code and true claims that must not."""

from __future__ import annotations

import pytest

from server.examiner.factsheet import fact_sheet
from server.examiner.grading.claims import contradictions

PY_WITH = '''def count_lines(path):
    with open(path) as f:
        for line in f:
            if not line.strip():
                return -1
    return 0
'''
PY_CLOSE = '''import socket
def send(host, payload):
    conn = socket.create_connection((host, 80))
    conn.sendall(payload)
    conn.close()
'''
PY_FINALLY = '''def run(db_path, sql):
    db = connect(db_path)
    try:
        return db.execute(sql)
    finally:
        db.close()
'''
PY_RETURNS_IT = '''def opener(path):
    fh = open(path)
    fh.close()
    fh = open(path)
    return fh
'''
GO_DEFER = '''package files
func Size(path string) (int64, error) {
	fh, err := os.Open(path)
	if err != nil { return 0, err }
	defer fh.Close()
	info, err := fh.Stat()
	if err != nil { return 0, err }
	return info.Size(), nil
}
'''
GO_DEFER_LOOP = '''package files
func All(paths []string) {
	for _, p := range paths {
		fh, _ := os.Open(p)
		defer fh.Close()
	}
}
'''
JAVA_TWR = '''class Reader {
  String first(String path) throws IOException {
    try (BufferedReader in = new BufferedReader(new FileReader(path))) {
      return in.readLine();
    }
  }
}
'''


@pytest.mark.parametrize(("code", "language", "false", "true"), [
    (PY_WITH, "python", "Returning from inside the loop leaks the file handle f.",
     "The file is closed on every path, even on the early return."),
    (PY_WITH, "python", "The file stays open after the early return.",
     "The file is not left open: the with block closes it."),
    (PY_FINALLY, "python", "If execute raises, the connection db is never closed.",
     "db is closed in the finally block whatever execute does."),
    (GO_DEFER, "go", "When Stat fails the file fh leaks.",
     "The deferred Close runs on every return, so fh never leaks."),
    (JAVA_TWR, "java", "If readLine throws, the reader in is left open.",
     "try-with-resources closes the reader even when readLine throws."),
])
def test_a_leak_claimed_where_every_path_closes_it_is_contradicted(
        code: str, language: str, false: str, true: str) -> None:
    sheet = fact_sheet(code, language)
    assert any("closed on every path" in c for c in contradictions(false, sheet)), false
    assert contradictions(true, sheet) == [], true


def test_a_close_on_the_normal_path_only_is_not_always_closed() -> None:
    sheet = fact_sheet(PY_CLOSE, "python")
    assert any("only by an explicit close" in c for c in contradictions(
        "The socket conn is always closed, there is no way for it to leak.", sheet))
    assert contradictions("If sendall raises, conn is never closed and leaks.", sheet) == []


GO_CLOSE = '''package scan
func Find(paths []string, word string) string {
	for _, p := range paths {
		fh, err := os.Open(p)
		if err != nil {
			return ""
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			if strings.Contains(sc.Text(), word) {
				return p
			}
		}
		fh.Close()
	}
	return ""
}
'''
JAVA_CLOSE = '''class Copy {
  static int copy(String src) throws IOException {
    BufferedReader rd = new BufferedReader(new FileReader(src));
    int n = 0;
    while (rd.readLine() != null) {
      n++;
    }
    rd.close();
    return n;
  }
}
'''
JAVA_FINALLY = '''class Copy {
  static int copy(String src) throws IOException {
    BufferedReader rd = new BufferedReader(new FileReader(src));
    try {
      return rd.readLine().length();
    } finally {
      rd.close();
    }
  }
}
'''


@pytest.mark.parametrize(("code", "language", "false", "true"), [
    (GO_CLOSE, "go", "Every path is covered: the file fh is closed before Find moves on.",
     "The early return on a match skips fh.Close(), so that file stays open."),
    (JAVA_CLOSE, "java", "The reader rd is always closed, so nothing leaks.",
     "An IOException from readLine skips rd.close() and leaves the file open."),
])
def test_a_go_or_java_close_statement_alone_is_not_closed_on_every_path(
        code: str, language: str, false: str, true: str) -> None:
    sheet = fact_sheet(code, language)
    assert any("only by an explicit close" in c for c in contradictions(false, sheet)), false
    assert contradictions(true, sheet) == [], true


@pytest.mark.parametrize(("code", "language"), [
    # returned, deferred, or handed to a wrapper that owns it: its closing is elsewhere
    ("func Open(p string) (*os.File, error) {\n\tfh, err := os.Open(p)\n\treturn fh, err\n}\n", "go"),
    (("func Size(p string) int64 {\n\tfh, _ := os.Open(p)\n\tdefer fh.Close()\n"
     "\tst, _ := fh.Stat()\n\treturn st.Size()\n}\n"), "go"),
    (("class A { Reader r() throws IOException {\n FileReader f = new FileReader(\"x\");\n"
     " BufferedReader b = new BufferedReader(f);\n f.close();\n return b; } }"), "java"),
])
def test_a_resource_that_escapes_is_not_read_as_closed_by_a_statement(code: str,
                                                                      language: str) -> None:
    assert all(r.closed_by != "close" for r in fact_sheet(code, language).resources)


JAVA_WRAPPED = '''class Spool {
  static int spool(Path dir, List<byte[]> parts) throws IOException {
    FileOutputStream file = new FileOutputStream(dir.resolve("job.prn").toFile());
    BufferedOutputStream out = new BufferedOutputStream(file, 1 << 16);
    for (byte[] part : parts) {
      if (part.length == 0) {
        return 0;
      }
      out.write(part);
    }
    out.close();
    return parts.size();
  }
}
'''


def test_a_wrapping_stream_closed_by_hand_is_named_by_its_class_too() -> None:
    sheet = fact_sheet(JAVA_WRAPPED, "java")
    # the file is handed to the wrapper, which owns it; the wrapper is closed by hand
    assert [(r.name, r.kind, r.closed_by) for r in sheet.resources] == \
        [("out", "BufferedOutputStream", "close")]
    assert any("only by an explicit close" in c for c in contradictions(
        "The early return is safe: the BufferedOutputStream is closed automatically as soon "
        "as the method returns.", sheet))
    assert contradictions("The early return skips out.close(), so the BufferedOutputStream "
                          "leaks and its buffer is lost.", sheet) == []
    assert contradictions("Wrap both streams in try-with-resources so the "
                          "BufferedOutputStream is closed automatically.", sheet) == []


def test_a_close_in_finally_is_on_every_path_and_a_plan_claims_nothing() -> None:
    sheet = fact_sheet(JAVA_FINALLY, "java")
    assert [r.closed_by for r in sheet.resources] == ["finally"]
    assert any("closed on every path" in c for c in contradictions(
        "If readLine throws, the reader rd is left open.", sheet))
    # what to do, not what the code does
    assert contradictions("Use try-with-resources so rd is closed automatically.",
                          fact_sheet(JAVA_CLOSE, "java")) == []


PY_LOCK_BY_HAND = """import threading

gate = threading.Lock()


def admit(queue, limit):
    gate.acquire()
    if len(queue) >= limit:
        return False
    queue.append(1)
    gate.release()
    return True


def admit_safely(queue, limit):
    gate.acquire()
    try:
        if len(queue) >= limit:
            return False
        queue.append(1)
    finally:
        gate.release()
    return True
"""


def test_the_shared_thing_a_sentence_names_is_not_its_local() -> None:
    """"the shared cell" says a cell is shared; it claims nothing about `labels`."""
    code = ("def make(names):\n    labels = []\n    for n in names:\n"
            "        labels.append(lambda: n)\n    return labels\n")
    sheet = fact_sheet(code, "python")
    assert contradictions("Appending builds no new labels and the shared cell still says the last "
                          "name.", sheet) == []
    assert any("local to `make`" in c for c in contradictions(
        "The labels list is shared between calls to make.", sheet))


def test_a_lock_taken_by_hand_is_released_only_on_the_normal_path() -> None:
    """`acquire()` then `release()` is a resource closed by hand; in `finally`, on every path."""
    sheet = fact_sheet(PY_LOCK_BY_HAND, "python")
    assert [(r.function, r.closed_by) for r in sheet.resources] == \
        [("admit", "release"), ("admit_safely", "finally")]
    one = fact_sheet(PY_LOCK_BY_HAND.split("def admit_safely")[0], "python")
    found = contradictions("The early return is fine: the lock is released automatically when "
                           "admit returns.", one)
    assert any("released only by an explicit release" in c for c in found), found
    # the subject said earlier in the sentence: "the lock ... and is released automatically"
    assert contradictions("The lock belongs to the calling thread and is released automatically "
                          "when that thread leaves admit.", one)
    # true claims, and a plan
    assert contradictions("The early return in admit leaves the lock held.", one) == []
    assert contradictions("Use `with gate:` so the lock is released automatically.", one) == []
    # two functions hold a lock: a clause that names neither says nothing about either
    assert contradictions("The return is safe and is released automatically.", sheet) == []
    # released by the return itself, in other words
    for said in (("The gate lock is owned by the frame, so the interpreter releases it as the "
                 "frame is torn down when admit returns early."),
                 "The gate lock is freed when the function exits, whichever way.",
                 "The lock is released as soon as the function returns, early or not."):
        assert any("released only by an explicit release" in c
                   for c in contradictions(said, one)), said
    # true claims about the same: it is released only when the normal path reaches release()
    assert contradictions("The lock is released only when admit reaches gate.release(); "
                          "the early return leaves it held.", one) == []
    assert contradictions("With `with gate:` the lock would be released when the function "
                          "returns.", one) == []


def test_what_is_not_closed_on_every_path_is_no_contradiction() -> None:
    """A resource the function hands to its caller, or defers in a loop, may well leak."""
    assert contradictions("The file fh leaks until the caller closes it.",
                          fact_sheet(PY_RETURNS_IT, "python")) == []
    assert contradictions("Each file fh stays open until All returns.",
                          fact_sheet(GO_DEFER_LOOP, "go")) == []


PY_SORTS = '''def top(scores, n):
    scores.sort(reverse=True)
    return scores[:n]

def top_copy(scores, n):
    scores = sorted(scores, reverse=True)
    scores.append(0)
    return scores[:n]
'''
JS_SORTS = '''function top(s, n) {
  return s.sort().reverse().slice(0, n);
}
function topCopy(s, n) {
  return [...s].sort((a, b) => b - a).slice(0, n);
}
'''
JAVA_SORTS = '''class Ranks {
  List<Integer> top(List<Integer> xs, int n) {
    Collections.sort(xs);
    return xs.subList(0, n);
  }
}
'''
GO_SORTS = '''package ranks
func Top(xs []int, n int) []int {
	sort.Ints(xs)
	return xs[:n]
}
func First(xs []int) int {
	ys := make([]int, len(xs))
	copy(ys, xs)
	ys[0] = 1
	return ys[0]
}
'''


@pytest.mark.parametrize(("code", "language", "false", "true"), [
    (PY_SORTS, "python", "After top returns, scores is unchanged.",
     "top sorts scores in place, so the caller's list is reordered."),
    (JS_SORTS, "javascript", "The caller's array s stays [5, 40, 100, 9].",
     "sort and reverse work in place, so s is reordered too."),
    (JS_SORTS, "javascript", "top is side-effect free.",
     "topCopy sorts a copy made with the spread, so its s is left alone."),
    (JAVA_SORTS, "java", "The list xs is not modified by top.",
     "Collections.sort reorders xs itself."),
    (GO_SORTS, "go", "Top leaves xs untouched.",
     "sort.Ints sorts the caller's backing array of xs."),
])
def test_unchanged_claimed_about_a_parameter_changed_in_place_is_contradicted(
        code: str, language: str, false: str, true: str) -> None:
    sheet = fact_sheet(code, language)
    assert any("in place" in c for c in contradictions(false, sheet)), false
    assert contradictions(true, sheet) == [], true


def test_sort_in_place_is_no_copy_but_a_copy_made_first_is() -> None:
    sheet = fact_sheet(JS_SORTS, "javascript")
    assert any("no copy" in c for c in contradictions("sort returns a new array here.", sheet))
    assert contradictions("slice returns a copy of the first n.", sheet) == []
    assert not any(m.function == "topCopy" for m in sheet.mutations)
    assert not any(m.function == "top_copy" for m in fact_sheet(PY_SORTS).mutations)
    assert not any(m.function == "First" for m in fact_sheet(GO_SORTS, "go").mutations)


PY_GATHER = '''import asyncio
async def fetch_all(client, urls):
    return await asyncio.gather(*(client.get(u) for u in urls))
'''
GO_WORKERS = '''package work
func Run(jobs []int) {
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go func(j int) { defer wg.Done(); do(j) }(j)
	}
	wg.Wait()
}
'''
JS_ALL = '''async function loadAll(ids) {
  return Promise.all(ids.map((id) => load(id)));
}
'''


@pytest.mark.parametrize(("code", "language", "false", "true"), [
    (PY_GATHER, "python", "The requests are made sequentially, one after another.",
     "gather runs the requests concurrently, not sequentially."),
    (GO_WORKERS, "go", "The jobs run one after the other.",
     "Each job runs in its own goroutine and Wait blocks until all are done."),
    (JS_ALL, "javascript", "Each load completes before the next one starts.",
     "Promise.all starts every load at once and waits for all of them."),
])
def test_sequential_claimed_where_work_is_started_concurrently_is_contradicted(
        code: str, language: str, false: str, true: str) -> None:
    sheet = fact_sheet(code, language)
    assert any("concurrently" in c for c in contradictions(false, sheet)), false
    assert contradictions(true, sheet) == [], true


def test_sequential_code_may_be_called_sequential() -> None:
    code = "async def fetch_all(client, urls):\n    return [await client.get(u) for u in urls]\n"
    assert contradictions("The requests run sequentially.", fact_sheet(code)) == []


PY_FIND = '''def find(users, name):
    for u in users:
        if u["name"] == name:
            return u

def email_of(users, name):
    return find(users, name)["email"]
'''


def test_a_null_mentioned_before_the_verb_is_no_claim_of_a_null_return() -> None:
    """"If x is None it returns the defaults" does not say None is returned."""
    code = ('def load(path):\n    if not path:\n        raise ValueError("no path")\n'
            '    return {"a": 1}\n')
    sheet = fact_sheet(code)
    assert contradictions("If path is None it returns the defaults.", sheet) == []
    assert any("never returns None" in c for c in contradictions("load returns None.", sheet))


def test_what_one_would_do_is_no_claim_about_the_code() -> None:
    """"I'd have find raise" is a plan: find raising nothing is no contradiction of it."""
    sheet = fact_sheet(PY_FIND)
    assert contradictions("I'd have find raise a LookupError instead.", sheet) == []
    assert any("raises nothing" in c for c in contradictions(
        "find raises StopIteration when no user matches.", sheet))


PY_AWAIT_LOOP = '''async def fetch_each(client, urls):
    out = []
    for u in urls:
        out.append(await client.get(u))
    return out
'''
JS_AWAIT_LOOP = '''async function saveEach(items, db) {
  for (const item of items) {
    await db.save(item);
  }
}
'''
PY_GATHER_AND_LOOP = '''import asyncio
async def fetch_both(client, urls):
    results = await asyncio.gather(*(client.get(u) for u in urls))
    for r in results:
        await r.close()
    return results
'''


@pytest.mark.parametrize(("code", "language", "false", "true"), [
    (PY_AWAIT_LOOP, "python", "The requests in fetch_each run concurrently.",
     "fetch_each awaits each request before it sends the next."),
    (JS_AWAIT_LOOP, "javascript", "All the saves run in parallel.",
     "The saves do not run in parallel: each await finishes first."),
])
def test_parallel_claimed_about_awaits_in_a_loop_is_contradicted(
        code: str, language: str, false: str, true: str) -> None:
    sheet = fact_sheet(code, language)
    assert any("one after another" in c for c in contradictions(false, sheet)), false
    assert contradictions(true, sheet) == [], true


def test_awaits_in_a_loop_beside_a_gather_are_no_contradiction() -> None:
    sheet = fact_sheet(PY_GATHER_AND_LOOP)
    assert contradictions("The requests run concurrently.", sheet) == []


def test_a_plan_to_run_them_at_once_is_no_claim_that_they_do() -> None:
    sheet = fact_sheet(JS_AWAIT_LOOP, "javascript")
    assert contradictions("Use Promise.all to run the saves in parallel.", sheet) == []
    assert contradictions("The saves run one after another.", sheet) == []
