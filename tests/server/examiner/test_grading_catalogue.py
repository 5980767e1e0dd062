"""The catalogue of well-known misconceptions: every entry's examples run as tests."""

from __future__ import annotations

import pytest

from server.examiner.grading.catalogue import CATALOGUE, catalogue_misconceptions


@pytest.mark.parametrize("entry", CATALOGUE, ids=lambda e: e.id)
def test_each_entry_finds_its_positives_and_none_of_its_negatives(entry: object) -> None:
    """At least two sentences state the claim and two do not; the pattern tells them apart."""
    from server.examiner.grading.catalogue import Entry
    assert isinstance(entry, Entry)
    assert len(entry.positives) >= 2 and len(entry.negatives) >= 2
    assert entry.source
    language = entry.languages[0] if entry.languages else ""
    for text in entry.positives:
        assert entry.claim in catalogue_misconceptions(text, language, entries=(entry,)), text
        # and the whole catalogue corrects it (this entry's words or another's on the belief)
        assert catalogue_misconceptions(text, language), text
    for text in entry.negatives:
        assert entry.claim not in catalogue_misconceptions(text, language), text


@pytest.mark.parametrize("entry", [e for e in CATALOGUE if e.languages], ids=lambda e: e.id)
def test_an_entry_for_some_languages_is_silent_about_others(entry: object) -> None:
    """What is false about Python's set (a hash table) is true of C++'s std::set (a tree)."""
    from server.examiner.grading.catalogue import Entry
    assert isinstance(entry, Entry)
    other = next(lang for lang in ("c", "cpp", "rust", "python", "go")
                 if lang not in entry.languages)
    for text in entry.positives:
        assert entry.claim not in catalogue_misconceptions(text, other), text
        assert entry.claim not in catalogue_misconceptions(text), text


def test_a_claim_about_what_one_would_do_is_no_misconception() -> None:
    """'With a set it would be O(1)' is a plan, not a claim about this code."""
    assert catalogue_misconceptions("If we used a set instead, membership in the list would "
                                    "be O(1).") == []


def test_ids_are_unique() -> None:
    """One entry per id."""
    ids = [e.id for e in CATALOGUE]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("entry_id", "about", "not_about"), [
    ("js_sort_numeric", "const xs = [10, 9, 100];\nxs.sort();\nconsole.log(xs);\n",
     ("const index = {};\nfor (const k of ['b', '2', '10']) index[k] = 1;\n"
     "console.log(Object.keys(index));\n")),
    ("with_suppresses_exceptions", "with open(path) as f:\n    rows = parse(f)\n",
     ("class Timer:\n    def __enter__(self):\n        return self\n\n"
     "    def __exit__(self, *exc):\n        return self.elapsed\n\n\nwith Timer():\n    run()\n")),
    ("range_value_aliases", "for _, it := range items {\n\tit.Count++\n}\n",
     "items := []*Item{}\nfor _, it := range items {\n\tit.Count++\n}\n"),
    ("hash_map_ordered", "for k, v := range counts {\n\tfmt.Println(k, v)\n}\n",
     ("keys := maps.Keys(counts)\nslices.Sort(keys)\nfor _, k := range keys {\n"
      "\tfmt.Println(k)\n}\n")),
    ("unbound_local_reads_global", "hits = 0\n\ndef record_hit():\n    hits += 1\n",
     "hits = 0\n\ndef record_hit():\n    global hits\n    hits += 1\n"),
    ("eq_keeps_hash", "class Point:\n    def __eq__(self, other):\n        return self.x == other.x\n",
     ("class Point:\n    def __eq__(self, other):\n        return self.x == other.x\n\n"
      "    def __hash__(self):\n        return hash(self.x)\n")),
    ("value_receiver_modifies", "func (a Account) Deposit(n int) { a.Balance += n }\n",
     "func (a *Account) Deposit(n int) { a.Balance += n }\n"),
    ("switch_no_fallthrough",
     "switch (role) {\n  case ADMIN:\n    grant(all);\n  case USER:\n    grant(read);\n    break;\n}\n",
     ("switch (role) {\n  case ADMIN:\n    grant(all);\n    break;\n  case USER:\n    grant(read);\n"
      "    break;\n}\n")),
    ("int_overflow_raises", "int total = price * qty;\n",
     "int total = Math.multiplyExact(price, qty);\n"),
    ("gather_all_cancels_others", "const [a, b] = await Promise.all([load(1), load(2)]);\n",
     ("const ctrl = new AbortController();\n"
      "const [a, b] = await Promise.all([load(1, ctrl.signal), load(2, ctrl.signal)]);\n")),
    ("nondaemon_killed_at_exit", "t = threading.Thread(target=work)\nt.start()\n",
     "t = threading.Thread(target=work, daemon=True)\nt.start()\n"),
    ("dataclass_immutable_by_default", "@dataclass\nclass Point:\n    x: int\n",
     "@dataclass(frozen=True)\nclass Point:\n    x: int\n"),
    ("object_eq_by_attributes",
     "class Point:\n    def __init__(self, x, y):\n        self.x, self.y = x, y\n",
     ("class Point:\n    def __init__(self, x, y):\n        self.x, self.y = x, y\n\n"
      "    def __eq__(self, other):\n        return (self.x, self.y) == (other.x, other.y)\n")),
    ("subprocess_run_raises", "r = subprocess.run(['ls', path])\n",
     "r = subprocess.run(['ls', path], check=True)\n"),
    ("go_main_waits_goroutines", "func main() {\n\tgo work()\n\tfmt.Println(\"started\")\n}\n",
     ("func main() {\n\tvar wg sync.WaitGroup\n\twg.Add(1)\n\tgo func() { defer wg.Done(); work() }()\n"
      "\twg.Wait()\n}\n")),
    ("ts_nominal_typing", "class User {\n  constructor(public name: string) {}\n}\n",
     "class User {\n  private id = 0;\n  constructor(public name: string) {}\n}\n"),
    # the sixth set (DOCS3): an int product stored in a long, clone, f-strings, arrays, sets
    ("java_long_target_widens", "long bytes = count * size;\n",
     "long bytes = (long) count * size;\n"),
    ("java_clone_deep", "Order copy = order.clone();\n",
     ("class Order implements Cloneable {\n    @Override\n    public Order clone() {\n"
      "        return deepCopy(this);\n    }\n}\nOrder copy = order.clone();\n")),
    ("fstring_formatted_lazily", "log.debug(f\"rows: {rows}\")\n",
     "log.debug(\"rows: %s\", rows)\n"),
    ("go_array_by_reference", "func fill(buf [4]int) {\n\tbuf[0] = 1\n}\n",
     "func fill(buf []int) {\n\tbuf[0] = 1\n}\n"),
    ("set_insertion_ordered", "seen = set()\nfor tag in tags:\n    seen.add(tag)\n",
     "seen = {}\nfor tag in tags:\n    seen[tag] = True\n"),
    # the seventh set (DOCS4): input, append, map and filter, errors.New, shuffle, pop, try/else
    ("input_returns_number", "age = input('age? ')\nif age > 17:\n    admit()\n",
     "age = int(sys.argv[1])\nif age > 17:\n    admit()\n"),
    ("append_flattens", "rows.append(batch)\n", "rows.extend(batch)\n"),
    ("map_filter_in_place", "const kept = items.filter(ok);\n",
     "for (let i = items.length - 1; i >= 0; i--) if (!ok(items[i])) items.splice(i, 1);\n"),
    ("go_errors_new_equal", "if err == errors.New(\"not found\") {\n\treturn nil\n}\n",
     "if err == ErrNotFound {\n\treturn nil\n}\n"),
    ("shuffle_returns_copy", "order = random.shuffle(order)\n",
     "order = random.sample(order, len(order))\n"),
    ("dict_pop_missing_none", "cache.pop(user_id)\n", "del cache[user_id]\n"),
    ("try_else_on_exception",
     "try:\n    row = load(key)\nexcept KeyError:\n    row = None\nelse:\n    log(row)\n",
     "if key in table:\n    log(table[key])\nelse:\n    log(None)\n"),
    # the eighth set (DOCS5): a deferred closure and named results, try-with-resources
    ("go_defer_cannot_change_result",
     "func save() (err error) {\n\tdefer func() { err = wrap(err) }()\n\treturn write()\n}\n",
     ("func save() error {\n\tvar err error\n\tdefer func() { err = wrap(err) }()\n"
      "\treturn write()\n}\n")),
    ("twr_resource_open_in_catch",
     ("try (Reader r = open(path)) {\n    parse(r);\n} catch (IOException e) {\n"
      "    log(e);\n}\n"),
     ("Reader r = open(path);\ntry {\n    parse(r);\n} catch (IOException e) {\n    log(e);\n"
      "} finally {\n    r.close();\n}\n")),
    # the ninth set (DOCS6): http.Error in a handler, toMap without a merge function
    ("go_http_error_returns",
     ("func show(w http.ResponseWriter, r *http.Request) {\n\tif r.URL.Query().Get(\"id\") == "
      "\"\" {\n\t\thttp.Error(w, \"no id\", 400)\n\t}\n\tfmt.Fprintln(w, \"ok\")\n}\n"),
     ("func show(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(400)\n"
      "\tfmt.Fprintln(w, \"ok\")\n}\n")),
    ("java_tomap_duplicates_overwrite",
     ("Map<String, Integer> byName = rows.stream()\n"
      "    .collect(Collectors.toMap(Row::name, Row::qty));\n"),
     ("Map<String, Integer> byName = rows.stream()\n"
      "    .collect(Collectors.toMap(Row::name, Row::qty, (a, b) -> b));\n")),
])
def test_with_the_code_an_entry_speaks_only_about_code_it_can_be_false_of(
        entry_id: str, about: str, not_about: str) -> None:
    """Keys "sorted numerically" where nothing calls sort; a `with` block over a context
    manager of the code's own, whose `__exit__` may well swallow the exception; a range value
    that is a pointer (changing its fields does change the element); map keys the code sorts."""
    entry = next(e for e in CATALOGUE if e.id == entry_id)
    language = entry.languages[0]
    for text in entry.positives:
        assert entry.claim in catalogue_misconceptions(text, language, about), text
        assert entry.claim not in catalogue_misconceptions(text, language, not_about), text


def test_it_after_a_semicolon_stands_for_the_code_the_clause_before_opened_with() -> None:
    """"asyncio.wait_for stops waiting; it never cancels the task" says wait_for never cancels."""
    said = ("asyncio.wait_for only stops waiting when the timeout expires; it never cancels the "
            "awaitable it was given.")
    assert any("cancels the awaited task" in c for c in catalogue_misconceptions(said, "python"))
    # a clause before that opens with no code lends "it" nothing
    assert catalogue_misconceptions("The rejection isn't caught by the try/catch either; it's an "
                                    "unhandled rejection.", "javascript") == []



@pytest.mark.parametrize(("likened", "used", "language", "entry_id"), [
    ("Calling the coroutine starts it right away, just as create_task would.",
     "Calling the coroutine through create_task starts it right away.", "python",
     "calling_coroutine_runs_it"),
    ("Promise.all aborts the other fetches when one rejects, as with an AbortController.",
     "Promise.all with an AbortController signal aborts the other fetches when one rejects.",
     "javascript", "gather_all_cancels_others"),
])
def test_a_construct_named_only_in_a_comparison_does_not_make_the_claim_true(
        likened: str, used: str, language: str, entry_id: str) -> None:
    """Every entry reads a sentence once more with its comparisons left out: the construct that
    would make the claim true, named only to liken the code to it, is not the code's."""
    claim = next(e for e in CATALOGUE if e.id == entry_id).claim
    assert claim in catalogue_misconceptions(likened, language), likened
    assert claim not in catalogue_misconceptions(used, language), used


def test_a_claim_stands_when_only_its_consequence_is_a_plan() -> None:
    """A modal in the consequence drawn after a claim ("..., so "10" should match") does not make
    the claim a plan; in the claim's own clause it does; and a code span opening a sentence
    names code, not what to do ("`switch` compares ...")."""
    claim = ("`switch` compares the value with each `case` label using loose equality (`==`), so "
             "the string \"10\" and the number 10 should match.")
    assert catalogue_misconceptions(claim, "javascript")
    assert not catalogue_misconceptions(
        "If we rewrote it, the switch would use loose equality (==) and match.", "javascript")
    assert not catalogue_misconceptions(
        "Switch to a lookup table; the switch statement uses strict equality.", "javascript")


def test_a_sentence_that_opens_by_telling_what_to_do_states_no_belief() -> None:
    """"Use X plus Object.freeze" recommends; it does not claim that X freezes. A sentence that
    opens with "Using" or "try-with-resources" is still a claim about what they do."""
    assert not catalogue_misconceptions(
        "Use readonly arrays or deep readonly types, plus Object.freeze.", "typescript")
    assert not catalogue_misconceptions(
        "Prefer ReadonlyArray and Object.freeze for the nested limits.", "typescript")
    assert catalogue_misconceptions("readonly freezes the limits object at runtime.", "typescript")
    assert catalogue_misconceptions(
        "Using readonly freezes the limits object at runtime.", "typescript")


@pytest.mark.parametrize(("quoted", "language"), [
    ("`typeof null` returns `'undefined'`, so the guard is enough.", "javascript"),
    ("Here `Object.keys` of `null` gives `[]`, and `typeof []` is `'array'`.", "javascript"),
])
def test_a_belief_written_with_code_spans_is_read_as_written_without_them(
        quoted: str, language: str) -> None:
    """Answers quote code in backticks; the belief is the same with or without them."""
    assert catalogue_misconceptions(quoted.replace("`", ""), language)
    assert catalogue_misconceptions(quoted, language)
    # and a true statement in code spans stays silent
    assert not catalogue_misconceptions("`typeof null` is `'object'`, so check `=== null` first.",
                                        language)


@pytest.mark.parametrize(("true", "false", "language"), [
    ("Python does not re-evaluate the default argument on each call, so the list is shared.",
     "Python re-evaluates the default argument on each call.", "python"),
    ("`??` is not equivalent to `||`: it only replaces null and undefined.",
     "`||` only falls back on null or undefined, so 0 is kept.", "javascript"),
    ("`??` is like `||` except that it only falls back on null or undefined.",
     "`||` only falls back on null or undefined, so 0 is kept.", "javascript"),
    ("Indexing a bytes object gives an int, while slicing gives a one-byte bytes object.",
     "Indexing a bytes object gives a one-byte bytes object.", "python"),
])
def test_a_negation_before_a_belief_or_a_clause_about_another_subject_states_no_belief(
        true: str, false: str, language: str) -> None:
    """A negation just before the belief's words takes them back, and a clause about another
    subject ("`??` is not `||`: it only ...", "..., while slicing gives ...") is not the belief's
    subject saying it; the belief itself is still read."""
    assert not catalogue_misconceptions(true, language)
    assert catalogue_misconceptions(false, language)
