"""Well-known programming misconceptions, written from language documentation and textbooks.

Each entry is a claim that is false whatever the code, the pattern that states it (matched on
one sentence after notations are rewritten: `O(1)` reads `cxconstant`, "doesn't" reads
"does not"), the source that says otherwise, and at least two sentences that state it and two
that do not (they run as tests). None is taken from the project's corpus answers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Final

from .._match import sentences

__all__ = ["CATALOGUE", "Entry", "catalogue_misconceptions"]


@dataclass(frozen=True)
class Entry:
    """A false claim, the pattern that states it, its source and its examples."""

    id: str
    claim: str
    """What is true, said as the correction."""
    pattern: str
    source: str
    positives: tuple[str, ...]
    negatives: tuple[str, ...]
    languages: tuple[str, ...] = ()
    """The languages the claim is false in (() = any): a C++ `std::set` is a tree, Python's
    `set` is not."""
    code_has: str = ""
    """With the code given, what it must contain for the claim to be about it (a claim about
    `sort` is not one where nothing is sorted)."""
    code_lacks: str = ""
    """With the code given, what makes the claim possibly true there (a `with` block over a
    context manager of the code's own, whose `__exit__` may swallow the exception)."""

    def about(self, code: str) -> bool:
        """Whether the claim can be false of this code ('' = no code: any)."""
        if not code:
            return True
        return (not self.code_has or re.search(self.code_has, code) is not None) and \
            (not self.code_lacks or re.search(self.code_lacks, code) is None)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The compiled pattern."""
        return re.compile(self.pattern)


_NOT_: Final = r"(?:(?!\bnot\b|\bnever\b|\bcannot\b|n't\b|\bonly when\b)[^.;])"
"""One character of a claim that no negation has taken back yet."""
_LIST_LINEAR: Final = r"(list\.?)?(remove|pop\(0\)|pop\s*\(\s*0\s*\)|insert\(0|index\()"
CATALOGUE: Final = (
    Entry("list_ops_constant",
          "list.remove, list.pop(0), list.insert(0, x) and list.index take time linear in the "
          "list's length",
          r"\b(list\.remove|remove\(\)?|pop\(0\)|insert\(0[^)]*\)|list\.index)[^.;]{0,40}"
          r"\b(is|are|runs?|takes?)\b[^.;]{0,15}cxconstant",
          "Python wiki, TimeComplexity (list: pop intermediate, insert, remove are O(n))",
          ("list.remove is O(1), so the loop is cheap.",
           "Calling pop(0) is constant time on a Python list."),
          ("list.remove is O(n) because it scans the list.",
           "pop() from the end is O(1), but pop(0) shifts every element.")),
    Entry("list_membership_constant",
          "`x in a_list` compares against every element: linear in the list's length",
          r"\b(in|membership|contains?|lookup)\b[^.;,]{0,30}\b(a |the )?lists?\b[^.;,]{0,30}"
          r"\b(is|are|takes?|runs?)\b[^.;,]{0,15}cxconstant"
          r"|\blist (membership|lookups?)\b[^.;]{0,20}\b(is|are)\b[^.;]{0,15}cxconstant",
          "Python wiki, TimeComplexity (list: x in s is O(n))",
          ("Checking whether x is in a list is O(1).",
           "Membership in the list takes constant time."),
          ("Checking whether x is in a list is O(n); in a set it is O(1).",
           "Set membership is O(1) on average.")),
    Entry("hash_membership_linear",
          "Membership in a set or dict is constant time on average (a hash lookup)",
          r"\b(set|dict|dictionary|hash ?map|hash ?set)\b[^.;]{0,25}\b(membership|lookups?|"
          r"in check|contains)\b[^.;]{0,20}\b(is|are|takes?)\b[^.;]{0,10}(cxlinear|cxquadratic)",
          "Python wiki, TimeComplexity (set, dict: x in s is O(1) average)",
          ("A set membership check is O(n) because it scans every element.",
           "Dict lookups are linear in the number of keys."),
          ("A set membership check is O(1) on average.",
           "List lookups are linear, dict lookups are not.")),
    Entry("deque_popleft_linear",
          "deque.popleft and deque.appendleft take constant time",
          r"\b(popleft|appendleft)\b[^.;]{0,30}\b(is|are|takes?|runs?)\b[^.;]{0,15}"
          r"(cxlinear|cxquadratic)",
          "Python documentation, collections.deque (O(1) appends and pops from either side)",
          ("deque.popleft is O(n) just like list.pop(0).",
           "popleft takes linear time since it shifts the items."),
          ("deque.popleft is O(1), unlike list.pop(0).",
           "Use popleft, which is constant time.")),
    Entry("default_evaluated_each_call",
          "A default argument is evaluated once, when the function is defined, and shared by "
          "every call that omits it",
          r"\bdefault\b[^.;,]{0,50}\b(is|are|gets?|will be)\b[^.;,]{0,15}"
          r"\b(evaluated|created|re-?created|rebuilt|fresh|new)\b"
          r"(?:(?!\bonce\b)[^.;,]){0,25}\b(each|every|on each|on every|per)\s+(time|call|invocation)"
          r"|\b(each|every) (call|time)\b[^.;]{0,30}\b(gets|creates|builds) a (fresh|new)\b"
          r"[^.;]{0,20}\bdefault"
          r"|\b(re-?evaluat\w*|re-?creat\w*|rebuil\w*)\b[^.;,]{0,20}\b(the )?default\w*\b"
          r"[^.;,]{0,30}\b(each|every|per|on each|on every)\s+(time|call|invocation)",
          "Python Language Reference, 8.7 Function definitions (default values are evaluated "
          "once, when the definition is executed)",
          ("The default list is evaluated on every call, so each call starts empty.",
           "The default is created fresh each time the function is called.",
           "Python re-evaluates default values on each call that leaves them out."),
          ("The default is evaluated once, so every call shares the same list.",
           "Use None and create a new list inside the function.")),
    Entry("is_compares_values",
          "`is` tests identity (the same object), not equality of values",
          r"(`is`|\bthe is operator|\bis operator)\s*(compares|checks|tests)\s*(the )?"
          r"(values?|contents?|equality)",
          "Python Language Reference, 6.10.3 Identity comparisons",
          ("The is operator compares the values of the two strings.",
           "`is` checks equality, like ==."),
          ("`is` compares identity, == compares values.",
           "The is operator checks whether both names refer to the same object.")),
    Entry("floats_exact",
          "Binary floating point cannot represent most decimal fractions exactly "
          "(0.1 + 0.2 != 0.3)",
          r"\b(floats?|floating[- ]point( numbers?)?)\b[^.;]{0,20}\b(are|is)\b\s*(always )?"
          r"(exact|precise)\b|0\.1\s*\+\s*0\.2\s*(==|equals|is)\s*0\.3",
          "Python Tutorial, 15. Floating Point Arithmetic: Issues and Limitations",
          ("Floats are exact for two decimal places, so == is fine.",
           "0.1 + 0.2 == 0.3 in Python, so the comparison works."),
          ("Floats are not exact, so compare with math.isclose.",
           "0.1 + 0.2 is not exactly 0.3 in binary floating point.")),
    Entry("gil_makes_safe",
          "The GIL does not make a read-modify-write such as `x += 1` atomic: threads can "
          "interleave between the read and the write",
          r"\bgil\b[^.;]{0,40}\b(?<!not )(?<!never )(makes?|guarantees?|ensures?)\b[^.;]{0,40}"
          r"\b(thread[- ]safe|atomic|safe)\b",
          "Python FAQ, 'What kinds of global value mutation are thread-safe?'",
          ("The GIL makes the counter update thread-safe.",
           "Because of the GIL, it guarantees that count += 1 is atomic."),
          ("The GIL does not make count += 1 atomic.",
           "Even with the GIL you need a lock around the update.")),
    Entry("sort_returns_list",
          "list.sort() sorts in place and returns None; sorted() returns a new list",
          r"\.sort\(\)\s*returns\s*(the|a)\s*(sorted|new)|\bsorted\(\)\s*(sorts|modifies|"
          r"changes)\b[^.;]{0,25}\bin place",
          "Python documentation, Sorting HOW TO; list.sort",
          ("items.sort() returns the sorted list, so we can chain it.",
           "sorted() sorts the list in place."),
          ("items.sort() returns None; sorted() returns a new list.",
           "sorted() leaves the original list unchanged.")),
    Entry("strings_mutable",
          "Strings are immutable (Python, Java, JavaScript): each += builds a new string",
          r"\bstrings? (are|is) mutable\b|\b(appends?|\+=) (to )?(the|a) string in place\b",
          "Python Language Reference, 3.1 Objects, values and types; Java String documentation",
          ("Python strings are mutable, so += appends in place.",
           "The += appends to the string in place, so building it is linear."),
          ("Strings are immutable, so += copies the string each time.",
           "Use a list and join, since strings cannot be changed in place.")),
    Entry("tail_calls_optimised",
          "CPython does not eliminate tail calls: every recursive call takes a stack frame up "
          "to the recursion limit",
          r"\bpython\b[^.;]{0,30}\b(optimi[sz]es|eliminates|does)\b[^.;]{0,10}\btail[- ]"
          r"(calls?|recursion|call optimi[sz]ation)|\bpython has no recursion limit\b"
          r"|\bpython\b[^.;]{0,40}\b(turns?|converts?|rewrites?|transforms?)\b[^.;]{0,25}"
          r"\brecursion\b[^.;]{0,15}\b(into|to) (an? )?(iteration|loop)",
          "Python documentation, sys.setrecursionlimit; CPython does no tail-call elimination",
          ("Python optimises tail calls, so the depth does not matter.",
           "Python has no recursion limit.",
           "Python converts deep recursion into a loop behind the scenes."),
          ("Python does not optimise tail calls, so deep recursion hits the limit.",
           "The recursion limit is about 1000 by default.")),
    Entry("coroutines_threads",
          "asyncio runs coroutines on one thread, one at a time: they interleave at each await, "
          "they do not run in parallel",
          r"\b(async|coroutines?|await)\b[^.;]{0,40}\b(run|runs|execute|executes)\b[^.;]{0,20}"
          r"\b(in parallel|on (a |an )?(separate|other|multiple|different|another) threads?)",
          "Python documentation, asyncio: Developing with asyncio (the event loop runs in one "
          "thread)",
          ("The coroutines run in parallel on separate threads.",
           "With async, each handler runs on a different thread."),
          ("The coroutines run concurrently on one thread, switching at each await.",
           "Blocking calls in async code stall every other task.")),
    Entry("js_loose_equality_strict",
          "JavaScript's == converts types before comparing; === compares without conversion",
          r"(?<![=!])==(?!=)[^.;]{0,30}\b(no|without|does not do|does not perform)\b[^.;]{0,10}"
          r"\b(type )?(coercion|conversion)|===[^.;]{0,20}\b(coerces|converts types)",
          "MDN Web Docs, Equality comparisons and sameness",
          ("In JavaScript, == compares without type coercion.",
           "=== coerces both sides to numbers first."),
          ("== performs type coercion, === does not.",
           "Use === so that no conversion happens.")),
    Entry("foreach_awaits",
          "Array.prototype.forEach does not wait for the promises its callback returns",
          r"\bforeach\b(?:(?!\b(not|never|nothing|none|no one)\b)[^.;]){0,60}\b(awaits?|waits? "
          r"(for|on|until))\b",
          "MDN Web Docs, Array.prototype.forEach ('forEach expects a synchronous function: it "
          "does not wait for promises')",
          ("forEach awaits each async callback in turn.",
           "forEach waits for every promise before moving on to the next item.",
           "forEach notices that its callback is an async function and awaits it."),
          ("forEach does not wait for the promises the callbacks return.",
           "forEach drops the returned promises and nothing ever waits on them.",
           "Use for...of with await, since forEach ignores the returned promises.")),
    Entry("go_maps_concurrent",
          "Go maps are not safe for concurrent use: concurrent writes need a mutex or sync.Map",
          r"\b(go )?maps? (are|is) (safe|thread[- ]safe|atomic)\b[^.;]{0,30}"
          r"(concurrent|goroutines?|parallel)|\bgo maps? (are|is) (thread[- ]safe|atomic)",
          "The Go FAQ, 'Why are map operations not defined to be atomic?'",
          ("Go maps are safe for concurrent use by goroutines.",
           "Go maps are thread-safe, so no mutex is needed."),
          ("Go maps are not safe for concurrent writes.",
           "Guard the map with a sync.Mutex or use sync.Map.")),
    Entry("binary_search_unsorted",
          "Binary search needs sorted input",
          r"\bbinary search\b[^.;]{0,20}\b(works|can be used|is fine)\b[^.;]{0,10}\bon "
          r"(an |any )?unsorted",
          "Knuth, TAOCP vol. 3, 6.2.1 Searching an ordered table; Cormen et al., Introduction "
          "to Algorithms",
          ("Binary search works on unsorted lists too.",
           "Binary search can be used on any unsorted array."),
          ("Binary search only works on sorted input.",
           "Sort first, then binary search.")),
    Entry("finally_skipped_on_return",
          "A finally block runs even when the try block returns or raises",
          r"\bfinally\b[^.;]{0,20}\b(does not|never|will not|wo not)\s+(runs?|execute[sd]?)\b[^.;]{0,20}"
          r"\b(return|raise|exception|throw)",
          "Python Tutorial, 8.7 Defining Clean-up Actions; Java Language Specification 14.20.2",
          ("The finally block does not run when the function returns early.",
           "finally never executes if an exception is raised."),
          ("The finally block runs even when the function returns early.",
           "finally always runs, so the file is closed.")),
    Entry("hash_tables_are_trees",
          "Python's dict and set are hash tables: a lookup is constant time on average, not "
          "logarithmic, and they are not search trees",
          r"\b(dict(ionar(y|ies))?s?|sets?|hash ?(maps?|sets?|tables?))\b[^.;]{0,40}\b(are|is)"
          r"\b(?: (a|an|just|really|implemented as|backed by|built on))*\s*(self-)?(balanced|"
          r"binary|search|red.black|avl|sorted)[- ]?(search )?trees?\b"
          r"|\b(dict(ionary)?|set|hash ?\w*)\s+(lookups?|membership|look-ups?|in checks?)\b"
          r"[^.;]{0,25}\b(is|are|costs?|takes?)\b[^.;]{0,10}cxlog",
          "Python documentation, Mapping Types - dict and Set Types (hashable keys); Python "
          "wiki, TimeComplexity (dict and set: O(1) average lookup)",
          ("Python dicts are balanced trees underneath.",
           "A set lookup is O(log n) since each check walks the tree.",
           "Dictionary lookups take logarithmic time."),
          ("A dict lookup is O(1) on average because dicts are hash tables.",
           "Binary search on a sorted list is O(log n)."),
          ("python",)),
    Entry("calling_coroutine_runs_it",
          "Calling a coroutine function only creates a coroutine object: nothing in it runs "
          "until it is awaited or wrapped in a task",
          r"^(?!.*\b(create_task|ensure_future|task)\b).*?\bcall\w*\b[^.;]{0,40}(?<!not )"
          r"(?<!never )\b(starts?|runs?|begins?|executes?|kicks? off)\b[^.;]{0,10}\b(the |each "
          r"|that |a |its )?coroutines?\b"
          r"|\bcoroutines?\b[^.;]{0,20}\b(starts?|begins?) (running|executing)\b[^.;]{0,10}"
          r"\b(as soon as|when|once) (it is |they are )?(called|created)\b",
          "Python documentation, Coroutines and Tasks ('simply calling a coroutine will not "
          "schedule it to be executed')",
          ("Calling fetch(url) starts the coroutine right away.",
           "Each coroutine begins running as soon as it is called."),
          ("Calling fetch(url) does not start the coroutine; it only creates it.",
           "The coroutine runs once it is awaited.",
           "create_task starts running the coroutine soon after it is called."),
          ("python",)),
    Entry("gather_sequential",
          "asyncio.gather runs its awaitables concurrently, as tasks on the event loop; only "
          "the results come back in order",
          r"\bgather\b(?:(?!concurren|parallel|at once|together)[^.;]){0,50}(?<!not )"
          r"(?<!never )\b(awaits?|runs?|executes?|processes)\b"
          r"(?:(?!concurren|parallel|at once|together|results?)[^.;]){0,30}\b(sequentially|"
          r"serially|one (at a time|after (another|the other))|in (turn|sequence|order))",
          "Python documentation, asyncio.gather ('Run awaitable objects in the aws sequence "
          "concurrently')",
          ("asyncio.gather awaits the coroutines one at a time.",
           "gather runs them sequentially so that each finishes before the next starts."),
          ("gather runs them concurrently and returns the results in order.",
           "gather does not run them one after another; they run together on the loop."),
          ("python",)),
    Entry("gather_swallows_errors",
          "By default asyncio.gather propagates the first exception to its awaiter; only "
          "return_exceptions=True puts exceptions in the result list",
          r"^(?!.*return_exceptions).*?\bgather\b[^.;]{0,40}(?<!not )(?<!never )\b(swallows?|"
          r"suppresses?|ignores?|hides?|silences?|catches)\b[^.;]{0,20}\b(the )?(exceptions?|"
          r"errors?|failures?)"
          r"|^(?!.*return_exceptions).*?\bgather\b[^.;]{0,60}\b(puts?|returns?|fills? in|"
          r"inserts?|stores?)\s+(a\s+)?none\b",
          "Python documentation, asyncio.gather (return_exceptions=False: the first raised "
          "exception is immediately propagated)",
          ("gather swallows the exception and carries on.",
           "If one request fails, gather puts None in its slot."),
          ("gather propagates the first exception to whoever awaits it.",
           "With return_exceptions=True gather returns the exceptions in the list."),
          ("python",)),
    Entry("with_skipped_on_return",
          "Leaving a `with` block in any way (return, break, an exception) calls the context "
          "manager's __exit__, which closes or releases the resource",
          r"\b(return|break|continue)\b[^.;]{0,40}(?<!not )(?<!never )\b(bypass\w*|skips?|"
          r"escapes?|jumps? over)\b[^.;]{0,20}\b(the )?(context manager|with( block| statement)?|"
          r"__exit__)"
          r"|__exit__\b[^.;]{0,20}\bonly\b[^.;]{0,20}\b(runs?|called|executes?)\b[^.;]{0,40}"
          r"\b(normally|end of the (indented )?block|falls? (through|off))"
          r"|\b(with|context manager)\b[^.;]{0,40}\b(does not|never|will not)\s+(close|exit|run|"
          r"call|release)\w*\b[^.;]{0,40}\b(on|when|after|if)\b[^.;]{0,20}\b(an? )?(early )?return",
          "Python Language Reference, 8.5 The with statement (__exit__ is called however the "
          "suite is left)",
          ("An early return inside the with block bypasses the context manager.",
           "__exit__ only runs when execution reaches the end of the block normally.",
           "The with statement does not close the file when the function returns early."),
          ("The with statement closes the file even when the function returns early.",
           "__exit__ runs however the block is left, by return or by an exception."),
          ("python",)),
    Entry("closures_capture_values",
          "Closures capture variables (bindings), not their values at creation: with `var`, "
          "or a Python loop variable, every closure sees the last value",
          r"\b(arrow functions?|closures?|callbacks?|lambdas?|inner functions?)\b"
          r"(?:(?!\bnot\b)[^.;]){0,40}\bcaptur\w*\b[^.;]{0,25}\bby value\b"
          r"|\b(arrow functions?|closures?|callbacks?|lambdas?)\b(?:(?!\bnot\b)[^.;]){0,40}"
          r"\b(snapshots?|freezes?|copies)\b[^.;]{0,20}\b(the )?(current )?(value|variable|i)\b",
          "ECMAScript specification, 9.1 Environment Records; MDN Closures (closures in "
          "loops); Python FAQ, lambdas defined in a loop",
          ("Arrow functions capture i by value when they are created.",
           "Each callback snapshots the current value of i."),
          ("Closures capture the variable itself, not its value, so they all see 3.",
           "The arrow functions do not capture i by value."),
          ("javascript", "typescript", "python")),
    Entry("js_sort_numeric",
          "Array.prototype.sort without a comparator converts the elements to strings and "
          "compares them in UTF-16 order (so 100 sorts before 9)",
          r"^(?!.*(comparator|compare ?function|comparefn|\(a, ?b\)|a - b|b - a))"
          r".*?\bsort\w*\b(?:(?!\bnot\b|\bnever\b|\bstrings?\b)[^.;]){0,60}"
          r"\b(numeric(al(ly)?)?|as numbers|by numeric value)\b",
          "MDN Web Docs, Array.prototype.sort ('the default sort order is ascending, built "
          "upon converting the elements into strings')",
          ("JavaScript's sort() orders numbers numerically by default.",
           "The default sort notices the elements are numbers and switches to numeric order."),
          ("sort() without a comparator compares the elements as strings, not numerically.",
           "Pass a comparator so that sort orders them numerically."),
          ("javascript", "typescript"), code_has=r"\.sort\s*\("),
    Entry("async_awaits_its_promises",
          "An async function does not wait for promises it creates but does not await",
          r"\basync\b[^.;]{0,60}(?<!not )(?<!never )(?<!must )(?<!should )(?<!to )"
          r"\b(awaits?|waits? for|waits? on)\b[^.;]{0,10}\b(every|all|each|any)\b[^.;]{0,30}"
          r"\bpromises?\b",
          "MDN Web Docs, async function (only await suspends the function)",
          ("Because the function is async, the engine awaits every promise created in it.",
           "An async function automatically waits for all promises in its body."),
          ("An async function does not wait for promises it does not await.",
           "In an async function you must await each promise you care about."),
          ("javascript", "typescript")),
    Entry("json_lenient",
          "JSON.parse (and Python's json.loads) accept only strict JSON: keys and strings in "
          "double quotes, no trailing commas; anything else is a syntax error",
          r"\bjson(\.parse|\.loads)?\b(?:(?!\bnot\b|\bnever\b)[^.;]){0,40}\b(lenient|forgiving|"
          r"tolerant|accepts?|allows?|handles?)\b[^.;]{0,30}\b(unquoted|single[- ]quoted|bare "
          r"(words?|identifiers?|keys?)|trailing commas?)",
          "ECMA-404 The JSON Data Interchange Syntax; MDN Web Docs, JSON.parse",
          ("JSON.parse is lenient about unquoted keys.",
           "json.loads accepts single-quoted strings as well."),
          ("JSON.parse throws a SyntaxError on unquoted keys.",
           "JSON.parse does not accept unquoted keys or trailing commas.")),
    Entry("waitgroup_serialises",
          "sync.WaitGroup only waits for goroutines to finish: it gives no mutual exclusion, "
          "so their writes to shared state still race",
          r"\b(wait ?groups?|wg(\.wait|\.add|\.done)?)\b(?:(?!\bnot\b|\bno\b)[^.;]){0,60}\b("
          r"serialis\w*|serializ\w*|protects?|guards?|mutual exclusion|one at a time|makes? "
          r"(it|them|the \w+) (safe|atomic))",
          "Go documentation, sync.WaitGroup ('waits for a collection of goroutines to "
          "finish'); The Go Memory Model",
          ("The WaitGroup serialises the goroutines, so each update finishes first.",
           "wg.Wait protects total from concurrent writes."),
          ("The WaitGroup only waits for the goroutines; it does not protect the counter.",
           "wg.Wait gives no mutual exclusion, so a mutex is needed."),
          ("go",)),
    Entry("plain_increment_atomic",
          "A plain `+=` on a shared integer is a read-modify-write, not atomic: without a lock "
          "or an atomic operation concurrent updates are lost",
          r"\b(int64|int32|ints?|integers?|longs?|word[- ]sized|counters?)\b[^.;]{0,30}"
          r"\b(additions?|increments?|writes?|updates?|\+=|\+\+)[^.;]{0,30}(?<!not )\b(are|is)\s+"
          r"(always |already |inherently )?atomic\b"
          r"|\b(additions?|increments?|\+=|\+\+)[^.;]{0,10}\b(to|on|of) (an? |the )?(int64|int32|int|"
          r"integer|long|counter)\b[^.;]{0,30}(?<!not )\b(are|is)\s+(always |already )?atomic\b",
          "The Go Memory Model (a data race); Java Language Specification 17.7; C11 5.1.2.4 "
          "(only atomic types give atomic read-modify-write)",
          ("Additions to an int64 are atomic on 64-bit machines.",
           "An increment of the counter is atomic, so no lock is needed."),
          ("total += n is not atomic: it reads, adds and writes.",
           "Use atomic.AddInt64 to make the increment atomic.")),
    Entry("defer_per_iteration",
          "A deferred call runs when the surrounding function returns, not at the end of a loop "
          "iteration: defers in a loop pile up until the function ends",
          r"\bdefer\w*\b(?:(?!\bnot\b|\breturns?\b)[^.;]){0,60}\b(runs?|executes?|fires?|is "
          r"called|happens|(is )?scoped)\b(?:(?!\bnot\b|\breturns?\b)[^.;]){0,30}\b(end of "
          r"(each|the|every|that) (loop )?(iteration|pass|body)|(each|every|that) iteration|per "
          r"iteration|(before|when) the next (iteration|file|loop|pass))",
          "The Go Programming Language Specification, Defer statements ('deferred functions "
          "are invoked immediately before the surrounding function returns')",
          ("Each defer inside the loop runs at the end of that iteration.",
           "The deferred Close is scoped to the loop body, so it fires before the next file."),
          ("defer runs when the function returns, not at the end of each iteration.",
           "The deferred calls pile up and run when ImportAll returns."),
          ("go",)),
    Entry("append_always_copies",
          "append reuses the slice's backing array when its capacity allows; it allocates a "
          "new array only when the capacity runs out",
          r"\bappend\b[^.;]{0,30}(?<!not )\b(always|every time|each time|unconditionally)\b"
          r"[^.;]{0,20}\b(allocates?|copies|creates?|makes?|returns?|gives?)\b[^.;]{0,35}"
          r"\b(new|fresh|copy|separate|own)\b",
          "The Go Programming Language Specification, Appending to and copying slices ('if "
          "the capacity of s is not large enough ... append allocates a new ... array')",
          ("append always allocates a fresh backing array.",
           "append every time makes a new copy of the slice.",
           "append always copies the values over into a new array before adding one."),
          ("append allocates a new array only when the capacity runs out.",
           "append does not always copy; with spare capacity it reuses the array."),
          ("go",)),
    Entry("error_equality_unwraps",
          "`==` compares error values directly; only errors.Is and errors.As walk the Unwrap "
          "chain of a wrapped error",
          r"^(?!.*errors\.(is|as)\b[^.;]{0,40}\b(walks?|follows?|unwraps?)).*?(==|\bequality\b|"
          r"\bcompar\w*)(?:(?!\bnot\b|\bnever\b)[^.;]){0,50}\b(follows?|walks?|unwraps?|"
          r"traverses?|looks? through|sees? through)\b[^.;]{0,25}\b(unwrap|chain|wrapped|"
          r"wrappers?)"
          r"|%w\b(?:(?!\bnot\b)[^.;]){0,80}\bcompares? equal\b",
          "Go documentation, errors package ('errors.Is unwraps its first argument "
          "sequentially'); Go blog, Working with Errors in Go 1.13",
          ("Comparing with == follows the Unwrap chain, so it matches the sentinel.",
           "Wrapping with %w returns an error that compares equal to the original under ==."),
          ("errors.Is walks the Unwrap chain; == does not.",
           "== compares the wrapper itself, so it is not equal to the sentinel."),
          ("go",)),
    Entry("boxed_equality_unboxes",
          "`==` between two wrapper objects (Integer, Long) compares references; it unboxes "
          "only when the other side is a primitive",
          r"\b(both|two)\b[^.;]{0,40}\b(integers?|longs?|wrappers?|wrapper types|boxed)\b"
          r"(?:(?!\bnot\b|\bnever\b)[^.;]){0,40}\bunbox\w*"
          r"|==\s*(on|between|with|for)\s+(two\s+)?(integers?|longs?|wrappers?|boxed \w+)\b"
          r"[^.;]{0,20}\b(is|does)\s+(a\s+)?(value|numeric)\s+compar",
          "Java Language Specification 15.21.3 (reference equality) and 5.1.8 (unboxing)",
          ("When both sides are Integer objects, the compiler unboxes them before comparing.",
           "== on Integer is a value comparison."),
          ("Two Integer objects compared with == are compared by reference.",
           "When one side is an int, the Integer is unboxed before the comparison."),
          ("java",)),
    Entry("string_equality_contents",
          "`==` on Java Strings compares references; equals compares the characters (string "
          "literals are interned, so two equal literals are one object)",
          r"==(?:(?!\bnot\b|\bequals\b)[^.;]){0,30}\bstrings?\b(?:(?!\bnot\b)[^.;]){0,20}"
          r"\bcompares?\s+(the\s+)?(contents?|characters|text)\b"
          r"|\bliterals?\b[^.;]{0,30}\b(are|is)\s+(no longer|not|never)\s+interned"
          r"|\b(no longer|not|never)\s+interns?\b[^.;]{0,20}\bliterals?",
          "Java Language Specification 3.10.5 (string literals are interned) and 15.21.3",
          ("== on two strings compares the characters.",
           "Since Java 7 literals are no longer interned across classes."),
          ("== compares string references; equals compares the characters.",
           "Two equal string literals are the same interned object."),
          ("java",)),
    Entry("foreach_iterates_snapshot",
          "Java's enhanced for loop uses the collection's own Iterator, not a copy; changing "
          "the list structurally makes the next next() throw ConcurrentModificationException, "
          "even in one thread",
          r"\b(enhanced for|for-?each|for each)( loop)?\b(?:(?!\bnot\b|\bno\b)[^.;]){0,50}"
          r"\b(snapshot|copy of the (list|collection)|toarray)\b"
          r"|concurrentmodificationexception\b[^.;]{0,30}\bonly\b[^.;]{0,40}\b(another|other|"
          r"multiple|different|second) threads?",
          "Java SE API, ConcurrentModificationException ('if a single thread issues a sequence "
          "of method invocations that violates the contract ... the object may throw this "
          "exception'); Java Language Specification 14.14.2",
          ("The for-each loop walks a snapshot of the list.",
           "ConcurrentModificationException is only thrown when another thread changes it."),
          ("The for-each loop uses the list's iterator, not a snapshot.",
           "ConcurrentModificationException is thrown even in a single thread."),
          ("java",)),
    Entry("servlet_calls_serialised",
          "A servlet container (or a Spring controller) calls one shared instance from many "
          "request threads at once: its fields are shared and not serialised",
          r"\b(servlet|the container|doget|dopost|controller)\b(?:(?!\bnot\b|\bno\b|\bnever\b)"
          r"[^.;]){0,60}\b(serialis\w*|serializ\w*|one (request|thread|call) at a time|"
          r"single[- ]threaded)",
          "Java Servlet Specification 2.3.3.1 (multithreading issues: one instance serves "
          "concurrent requests)",
          ("The servlet container serialises doGet calls on one instance.",
           "The controller handles one request at a time, so the map is safe."),
          ("The container calls doGet from many threads at once.",
           "The servlet container does not serialise doGet calls."),
          ("java",)),
    Entry("format_none_raises",
          "Formatting None (an f-string, str.format, %s, str()) gives the text 'None'; it does "
          "not raise",
          r"\b(f-?strings?|format\w*|interpolat\w*|str\(\))\b[^.;]{0,30}\b(cannot|can not|fails?"
          r" to|raises?|throws?)\b[^.;]{0,40}\bnone\b"
          r"(?![^.;]{0,20}\b(subscript|attribute|\+|concatenat))",
          "Python Library Reference, Built-in Constants (None) and Format String Syntax "
          "(format() calls str() on the value)",
          ("An f-string cannot interpolate None, so the call fails.",
           "Formatting raises a TypeError when the value is None."),
          ("An f-string turns None into the text 'None' without raising.",
           "Indexing None raises a TypeError."),
          ("python",)),
    Entry("for_loop_raises_stopiteration",
          "A for loop handles StopIteration itself: when the iterable is exhausted the loop "
          "ends, and a function that then falls off its end returns None",
          r"^(?!.*\bnext\b).*?\b(for )?loop\b[^.;]{0,60}(?<!not )(?<!never )\b(raises?|"
          r"propagates?|throws?|leaks?)\b[^.;]{0,10}\bstopiteration\b"
          r"|^(?!.*\bnext\b).*?\bstopiteration\b[^.;]{0,30}\b(escapes?|propagates?|comes out|"
          r"leaks?) (out )?(of|from) (the|a) (for|function|loop)",
          "Python Language Reference, 8.3 The for statement (the loop terminates when the "
          "iterator is exhausted)",
          ("When the loop runs out of items it raises StopIteration to the caller.",
           "StopIteration escapes from the for loop when nothing matches."),
          ("The for loop ends quietly when the items run out, and the function returns None.",
           "Calling next() on an exhausted iterator raises StopIteration."),
          ("python",)),
    Entry("js_array_search_constant",
          "Array indexOf, includes, shift, unshift and splice walk or move the array: linear "
          "in its length",
          r"\b(indexof|includes|lastindexof|shift|unshift|splice)\b(\(\))?[^.;]{0,40}\b(is|are|"
          r"runs?|takes?|costs?)\b[^.;]{0,15}cxconstant",
          "MDN Web Docs, Array.prototype.indexOf and Array.prototype.shift (they visit or move "
          "every element); ECMAScript specification, 23.1.3",
          ("Array indexOf is O(1) per lookup.",
           "includes takes constant time on an array."),
          ("indexOf scans the array, so it is O(n).",
           "Set.prototype.has is O(1) on average."),
          ("javascript", "typescript")),
    Entry("placeholders_need_literal_query",
          "Values passed as parameters are bound by the driver however the SQL text was "
          "assembled; only what is pasted into the text itself can inject",
          r"\b(placeholders?|parameters?|params|%s|\?)\b(?:(?!\bnot\b|\bnever\b)[^.;]){0,60}"
          r"\b(falls? back to|reverts? to|degrades? to)\b[^.;]{0,30}\b(interpolat\w*|"
          r"formatting|substitut\w*|concatenat\w*)"
          r"|\bonly (a |an )?(single |one )?(literal|constant|static)\b[^.;]{0,25}\b(query|string|"
          r"sql)\b[^.;]{0,30}\b(can be|is) (safely )?(parameteri[sz]ed|bound)",
          "PEP 249, Python Database API Specification v2.0 (execute(operation, parameters): "
          "parameters are bound to the operation's placeholders); OWASP Query Parameterization "
          "Cheat Sheet",
          (("Once the query is built with concatenation, the placeholders fall back to plain "
           "string interpolation."),
           "Only a constant query string can be parameterised."),
          ("The values passed as parameters are bound separately, so they cannot inject.",
           "The table name is pasted into the query text, so it can inject.")),
    Entry("assignment_copies",
          "Assigning an object (a list, dict, array, object) to another name, or passing it to "
          "a function, copies only the reference: both names see every change",
          r"\b(assign\w*|passing|passed|pass(es)?)\b(?:(?!\bnot\b|\bnever\b|\bno\b)[^.;]){0,40}"
          r"\b(copies|makes? (a )?(new |separate |deep |full )?copy|creates? (a )?(new |separate "
          r"|deep )?copy|clones?|(gets?|gives? (\w+ ){0,2}) ?(its own|their own|a (new |separate |"
          r"fresh )?copy))\b"
          r"(?![^.;]{0,20}\b(reference|pointer|header|address)\b)",
          "Python Programming FAQ, 'Why did changing list y also change list x?'; MDN Web "
          "Docs, Working with objects (objects are passed by reference value); Java Language "
          "Specification 4.3.1",
          ("Assigning the list to b makes a new copy, so a is not affected.",
           "Passing the dict to update gives the function its own copy."),
          ("Assignment does not copy the list: both names refer to one object.",
           "Passing the list passes a reference, so the function changes the caller's list.",
           "Passing the array copies the reference, not the array."),
          ("python", "javascript", "typescript", "java")),
    Entry("const_makes_immutable",
          "`const` only stops the name being reassigned: the object or array it holds can "
          "still be changed",
          r"\bconst\b(?:(?!\bnot\b|\bnever\b|\bonly\b|\bbinding\b|\breassign)[^.;]){0,40}"
          r"\b(immutable|frozen|read[- ]only|cannot be (changed|modified|mutated)|can not be "
          r"(changed|modified|mutated)|prevents? (any )?(changes|mutation|modification))",
          "MDN Web Docs, const ('it does not mean the value it holds is immutable, just that "
          "the variable identifier cannot be reassigned')",
          ("Because items is declared const, the array is immutable.",
           "A const object cannot be modified, so push fails."),
          ("const only prevents reassigning the name; the array can still change.",
           "Object.freeze makes the object read-only.")),
    Entry("json_parse_returns_null",
          "JSON.parse and json.loads throw (SyntaxError, json.JSONDecodeError) on malformed "
          "text; they never return null or None for it",
          r"\b(json\.parse|json\.loads|json\.load)\b(?:(?!\bnot\b|\bnever\b)[^.;]){0,60}"
          r"\b(returns?|gives?( back)?|yields?)\s+(null|none|undefined|an empty object|\{\})"
          r"(?![^.;]{0,30}\b(for|when|if|on)\b[^.;]{0,15}\b(the (text|string|input) )?['\"]?null)",
          "MDN Web Docs, JSON.parse (throws SyntaxError); Python documentation, json.loads "
          "(raises JSONDecodeError)",
          ("JSON.parse returns null when the text is malformed.",
           "On invalid input json.loads gives back None."),
          ("JSON.parse throws a SyntaxError on malformed text.",
           "JSON.parse returns null for the text 'null'.")),
    Entry("promise_all_waits_for_every_result",
          "Promise.all rejects as soon as one promise rejects; it gives no partial results "
          "(Promise.allSettled does)",
          r"\bpromise\.all\b(?!settled)(?:(?!\bnot\b|\bnever\b)[^.;]){0,60}\b(partial results|"
          r"the (other|remaining) results|skips? (the )?(failed|rejected)|ignores? (the )?"
          r"(failures?|rejections?|errors?)|(puts?|returns?|fills? in) (undefined|null))",
          "MDN Web Docs, Promise.all ('rejects when any of the input's promises rejects')",
          ("Promise.all skips the rejected promise and returns the other results.",
           "If one fails, Promise.all puts undefined in its slot."),
          ("Promise.all rejects as soon as one promise rejects.",
           "Promise.allSettled returns partial results with a status for each."),
          ("javascript", "typescript")),
    Entry("try_catches_unawaited_rejection",
          "A try/catch around a call that is not awaited does not catch the promise's later "
          "rejection",
          r"^(?!.*\bawait).*?\b(try|catch)\b(?:(?!\bnot\b|\bnever\b)[^.;]){0,40}\bcatch\w*\b"
          r"(?:(?!\bnot\b|\bnever\b|\bawait)[^.;]){0,30}\b(rejections?|rejected promises?|"
          r"async errors?)\b(?![^.;]{0,30}\bawait)",
          "MDN Web Docs, Using promises (error handling: a synchronous try/catch does not see "
          "a rejection that happens later unless the promise is awaited)",
          ("The try block catches the rejection from save, so nothing escapes.",
           "The surrounding try/catch catches any rejected promise."),
          ("The try/catch does not catch the rejection because save is not awaited.",
           "With await, the catch block catches the rejection."),
          ("javascript", "typescript")),
    Entry("hashmap_thread_safe",
          "HashMap and ArrayList are not synchronized: concurrent writes need a lock or a "
          "concurrent collection",
          r"\b(hashmap|arraylist|hashset)s?\b(?:(?!\bnot\b|\bnever\b)[^.;]){0,20}\b(is|are)\s+"
          r"(already |inherently )?(thread[- ]safe|synchronized|synchronised|safe for concurrent)",
          "Java SE API, HashMap ('Note that this implementation is not synchronized')",
          ("HashMap is thread-safe, so the servlet can share it.",
           "ArrayList is synchronized, so two threads can add to it."),
          ("HashMap is not thread-safe; use ConcurrentHashMap.",
           "ConcurrentHashMap is thread-safe for single operations."),
          ("java",)),
    Entry("missing_key_panics_or_throws",
          "Looking up a missing key returns a default: Go gives the zero value (even from a nil "
          "map), Java's Map.get and JavaScript give null or undefined, Python's dict.get gives "
          "None; only Python's d[key] raises KeyError",
          r"\b(map|dict|dictionary|hashmap|object)s?\b[^.;]{0,25}\b(lookups?|reads?|reading|"
          r"get\(\)|\.get)\b(?:(?!\bnot\b|\bnever\b|\bwrit)[^.;]){0,40}\b(panics?|throws?|raises?)\b"
          r"(?![^.;]{0,30}\bwrit)"
          r"|\b(read\w*|look\w* up|lookups?|get\w*)\b[^.;]{0,20}\b(a |the )?(missing|absent|"
          r"nonexistent|unknown)\s+keys?\b(?:(?!\bnot\b|\bnever\b|\bwrit)[^.;]){0,30}\b(panics?|"
          r"throws?)\b",
          "The Go Programming Language Specification, Index expressions (a nil or missing key "
          "yields the zero value); Java SE API, Map.get; Python documentation, dict.get",
          ("Reading a missing key from the map panics.",
           "Map.get throws when the key is missing."),
          ("Writing to a nil map panics, but reading from it returns the zero value.",
           "Map.get returns null for a missing key."),
          ("go", "java", "javascript", "typescript")),
    Entry("nil_pointer_in_interface_is_nil",
          "An interface holding a nil pointer is not nil: `err != nil` is true when a typed nil "
          "pointer is returned as an error",
          r"\binterfaces?\b[^.;]{0,40}\b(holding|containing|wrapping|with)\b[^.;]{0,20}\bnil "
          r"pointers?\b(?:(?!\bnot\b|\bnever\b)[^.;]){0,30}\b(is|equals|==|compares? equal to)\s+"
          r"(to )?nil\b",
          "The Go FAQ, 'Why is my nil error value not equal to nil?'",
          ("An interface holding a nil pointer is nil, so the check works.",
           "An error interface wrapping a nil pointer equals nil."),
          ("An interface holding a nil pointer is not nil.",
           "Return a literal nil, since an interface with a nil pointer is not equal to nil."),
          ("go",)),
    Entry("unbuffered_send_does_not_block",
          "A send on an unbuffered channel blocks until another goroutine receives it",
          r"\bunbuffered\b[^.;]{0,30}\b(sends?|channels?)\b(?:(?!\bnot\b|\bnever\b|\bno\b)"
          r"[^.;]){0,30}\b(returns? (immediately|at once|right away)|is non-?blocking|queues? "
          r"the value)"
          r"|\bunbuffered\b[^.;]{0,30}\b(sends?|channels?)\b[^.;]{0,30}\b(never|does not|will "
          r"not) block",
          "The Go Programming Language Specification, Send statements ('a send on an "
          "unbuffered channel can proceed if a receiver is ready')",
          ("A send on the unbuffered channel returns immediately.",
           "The unbuffered channel send never blocks, so the loop keeps going."),
          ("A send on an unbuffered channel blocks until someone receives.",
           "A buffered channel send returns immediately while there is room."),
          ("go",)),
    Entry("dict_order_arbitrary",
          "Python dicts keep insertion order (guaranteed since 3.7)",
          r"\b(dicts?|dictionar(y|ies))\b(?:(?!\bnot\b|\bnever\b|\bsets?\b)[^.;]){0,40}\b(are|is|"
          r"iterates?|comes? out)\b[^.;]{0,15}\b(unordered|in (a )?(random|arbitrary|hash) order|"
          r"randomly ordered|do(es)? not (keep|preserve) (the )?(insertion )?order)"
          r"|\biterat\w*\b[^.;]{0,10}\b(over )?(a |the )?dict(ionary)?s?\b[^.;]{0,30}\b(random|"
          r"arbitrary|unpredictable|hash) order",
          "Python Library Reference, Mapping Types - dict ('Dictionaries preserve insertion "
          "order', changed in version 3.7)",
          ("Python dicts are unordered, so the keys come out in hash order.",
           "Iterating a dict gives the keys in random order."),
          ("Dicts keep insertion order since Python 3.7.",
           "Sets are unordered, but dicts are not."),
          ("python",)),
    Entry("with_suppresses_exceptions",
          "A `with` block does not swallow an exception (a file's or lock's __exit__ returns "
          "False): the exception propagates after the cleanup",
          r"^(?!.*\b(contextlib|suppress)\b).*?\b(with (block|statement)|context manager)\b"
          r"(?:(?!\bnot\b|\bnever\b)[^.;]){0,40}\b(swallows?|suppresses?|catches|silences?|hides?)\b"
          r"[^.;]{0,20}\b(the |any )?(exceptions?|errors?)",
          "Python Language Reference, 3.3.9 With Statement Context Managers (__exit__ returning "
          "a false value lets the exception propagate)",
          ("The with block swallows the exception after closing the file.",
           "The context manager catches any error raised inside it."),
          ("The with statement closes the file and the exception still propagates.",
           "contextlib.suppress is the context manager that swallows errors."),
          ("python",), code_lacks=r"\b(?:def\s+__exit__|suppress)\b"),
    Entry("missing_index_returns_none",
          "Python's d[key] raises KeyError for a missing key and seq[i] raises IndexError past "
          "the end; only dict.get returns None (and slices clamp)",
          r"\b(d|dict|dictionary|the dict|the list|list|the mapping)\s*\[[^\]]*\]"
          r"(?:(?!\bnot\b|\bnever\b)[^.;]){0,40}\breturns?\s+none\b"
          r"|\b(indexing|subscripting)\b(?:(?!\bnot\b|\bnever\b)[^.;]){0,40}\breturns?\s+none\b",
          "Python Language Reference, 6.3.2 Subscriptions; Python Library Reference, KeyError "
          "and IndexError",
          ("d[key] returns None when the key is missing.",
           "Indexing past the end of the list returns None."),
          ("d[key] raises KeyError; d.get(key) returns None.",
           "Indexing past the end raises IndexError."),
          ("python",)),
    Entry("default_evaluated_per_call",
          "A default argument is evaluated once, when the def runs: a mutable default is one "
          "object shared by every call that omits it",
          r"(\bdefaults?\b|\bdefault (value|argument|list|dict)\b|\[\]|\{\})(?:(?!\bnot\b|\bnever\b|n't\b)[^.;]){0,40}"
          r"\b(evaluated|created|built|made|rebuilt|recreated)\b"
          r"(?:(?!\bnot\b|\bnever\b|\bonce\b|n't\b)[^.;]){0,20}"
          r"\b(afresh|anew|again|fresh|new)?\b(?:(?!\bonce\b)[^.;]){0,10}\b(on |at )?(each|every) "
          r"(call|invocation|time)\b"
          r"|\b(each|every) (call|invocation)\b[^.;]{0,20}\bgets? (its own|a (new|fresh)) "
          r"(list|dict|default|set)\b"
          r"|\b(evaluat|creat|build|mak)\w*\b(?:(?!\bnot\b|\bnever\b|\bonce\b|n't\b)[^.;]){0,30}"
          r"\bdefault\b(?:(?!\bonce\b)[^.;]){0,30}\b(afresh|anew|again)?(?:(?!\bonce\b)[^.;]){0,10}"
          r"\b(on |at )?(each|every) "
          r"(call|invocation)\b",
          "Python Language Reference, 8.7 Function definitions (default parameter values are "
          "evaluated once, when the function definition is executed)",
          ("Python evaluates the [] default afresh on each invocation of add_tag.",
           "Every call gets its own list because the default is created on each call."),
          ("`tags=[]` gets created once when the def runs, not on each call.",
           "The default list is created once and every call appends to that same list.",
           "The default list is created once, when def runs, and shared by later calls.",
           "A None default with a new list inside the function gives each call its own list."),
          ("python",)),
    Entry("default_argument_lazy",
          "Arguments are evaluated before the call: `d.get(key, expensive())` runs expensive() "
          "every time, found or not (and so does `getOrDefault`)",
          r"\b(get|getordefault|setdefault|or_insert)\b[^.;]{0,40}"
          r"\b(short-?circuits?|lazily|lazy|only (evaluates|calls|runs)|skips? (the )?"
          r"(default|call))\b"
          r"|\bdefault (expression|argument|value|call)\b[^.;]{0,20}\b(is|was) (never|not) "
          r"(evaluated|called|run)\b",
          "Python Language Reference, 6.3.4 Calls (argument expressions are evaluated before "
          "the call); Java Language Specification 15.12.4.2 (arguments evaluated first)",
          ("dict.get short-circuits, so the default expression is never evaluated.",
           "getOrDefault only calls the default when the key is missing."),
          ("The default argument is evaluated before get runs, on every call.",
           "Write `if key in cache` so the fetch only runs on a miss."),
          ("python", "java")),
    Entry("errorf_v_wraps",
          "Only %w wraps an error: fmt.Errorf with %v formats the text and breaks the chain, so "
          "errors.Is and errors.As no longer find the original",
          r"%v\b" + _NOT_ + r"{0,40}\b(wraps?|keeps? (the )?(original|cause|chain)|"
          r"preserves?)\b"
          r"|\b(%v and %w|%w and %v)\b[^.;]{0,20}\b(wrap|behave|work) (the )?same\b",
          "Go standard library, fmt.Errorf (with a %w verb the returned error implements "
          "Unwrap; other verbs only format)",
          ("fmt.Errorf with %v keeps the original error as the cause.",
           "%v and %w wrap the same way; %w only changes the printing."),
          ("With %v the chain is broken, so errors.Is does not match.",
           "Use %w to wrap so that errors.Is can find ErrNotFound."),
          ("go",)),
    Entry("arrays_aslist_copies",
          "Arrays.asList returns a fixed-size view backed by the array: add and remove throw "
          "UnsupportedOperationException, and set writes through to the array",
          r"(?<!arraylist<>\()(?<!arraylist\()\barrays\.aslist\b" + _NOT_ +
          r"{0,40}\b(copies|new (java\.util\.)?arraylist|"
          r"resizable|growable|a copy)\b"
          r"|\baslist\b" + _NOT_ + r"{0,40}\b(add|remove)\w*\b[^.;]{0,20}\b(succeeds?|works?|"
          r"is fine)\b",
          "Java SE API, java.util.Arrays.asList (a fixed-size list backed by the specified "
          "array)",
          ("Arrays.asList copies DEFAULT_ROLES into a new java.util.ArrayList, so add works.",
           "The list from Arrays.asList is resizable, so roles.add succeeds."),
          ("Arrays.asList is a fixed-size view, so add throws UnsupportedOperationException.",
           "Wrap it: new ArrayList<>(Arrays.asList(DEFAULT_ROLES)) is resizable."),
          ("java",)),
    Entry("nil_map_write",
          "Reading a nil map gives the zero value; writing to one panics ('assignment to entry "
          "in nil map'): a map must be made with make or a literal first",
          r"\b(assign\w*|writ\w*|put\w*|insert\w*|stor\w*)\b[^.;]{0,30}\bnil (\w+ ){0,2}map\b"
          r"(?:(?!\bnot\b|\bnever\b|\bpanic)[^.;]){0,40}"
          r"\b(allocat\w*|creat\w*|initiali[sz]\w*|makes? (it|one)|is fine|works|is safe)\b"
          r"|\b(read\w*|look\w*|get\w*|access\w*)\b[^.;]{0,30}\bnil (\w+ ){0,2}map\b"
          r"(?:(?!\bnot\b|\bnever\b|\bfine\b|\bzero\b)[^.;]){0,40}"
          r"\b(panics?|crash\w*|dereferenc\w*|segfault\w*)\b",
          "The Go Programming Language Specification, Map types (a nil map is like an empty "
          "map except that no elements may be added); Effective Go, Maps",
          ("Assigning into a nil map lazily allocates it.",
           "Get reads from the nil items map, which dereferences a nil pointer and panics."),
          ("Writing to a nil map panics, while reading from it returns the zero value.",
           "Reading the nil map is fine; the assignment in Put panics."),
          ("go",)),
    Entry("generator_restarts",
          "A generator (or iterator) is used up by one pass: iterating it again, with list() or "
          "a second loop, yields nothing",
          r"\b(list\(|iterat\w*|loop\w*|calling|second (pass|loop))"
          r"(?:(?!\bnot\b|\bnever\b|\bcannot\b|n't\b)[^.;]){0,40}"
          r"\b(restarts?|rewinds?|starts? (it )?(again|over)|re-?runs?|resets?)\b"
          r"|\bgenerators?\b(?:(?!\bnot\b|\bnever\b|\bcannot\b|n't\b)[^.;]){0,30}"
          r"\b(can be|is|are) (re-?iterated|iterated again|reusable|reused|restartable)\b",
          "Python Glossary, generator iterator and iterator (an exhausted iterator keeps "
          "raising StopIteration); MDN, Iterators and generators",
          ("Calling list(ids) restarts it from the top of the file.",
           "A generator can be iterated again, so count sees all three ids."),
          ("sum() exhausts the generator, so list(ids) is empty.",
           "The generator does not restart: the second pass sees nothing."),
          ("python", "javascript", "typescript")),
    Entry("shallow_copy_is_deep",
          "Spread (`{...o}`, `[...a]`), `Object.assign`, a slice, `list(x)`, `dict.copy()` and "
          "`copy.copy` make shallow copies: the nested objects are shared with the original, "
          "not copied",
          r"(\bspread\b|\.\.\.|object\.assign|\.copy\(\)|\bcopy\.copy\b|\bslic\w*|\[\w*:\w*\]|"
          r"\blist\(|\bdict\()(?:(?!\bnot\b|\bnever\b|n't\b|\bshallow|\bonly\b)[^.;]){0,50}"
          r"(\bdeep[- ]?(cop(y|ies|ied)|clon\w*)|\bclon\w* (the |its |all |any )?nested|"
          r"\bcop(y|ies|ied) (the |its |all |any )?nested|\bnested (objects|arrays|lists|dicts|"
          r"items|values)(?:(?!\bnot\b|n't\b)[^.;]){0,25}\b(are |get |also )?(copied|cloned|"
          r"duplicated))",
          "MDN Web Docs, Spread syntax ('spread syntax effectively goes one level deep while "
          "copying an array') and Object.assign; Python documentation, copy (shallow and deep "
          "copy operations)",
          (("Object spread clones nested arrays and objects one level deep, so items is a "
            "fresh array."),
           "The slice accounts[:3] deep-copies the selected dicts.",
           "dict.copy() copies the nested lists as well."),
          ("The spread is shallow, so the nested items array is shared with the original.",
           "Slicing makes a shallow copy; the dicts inside are not copied.",
           "copy.deepcopy copies nested objects too.",
           "Use structuredClone for a deep copy."),
          ("python", "javascript", "typescript")),
    Entry("ts_types_checked_at_runtime",
          "TypeScript's types, interfaces and `as` assertions are erased when the code is "
          "compiled: nothing checks them at run time",
          r"(\bas\b|\btype assertions?\b|\bassertions?\b|\bcasts?\b|\btype annotations?\b|"
          r"\btypes?\b|\binterfaces?\b|\bthe compiler\b|\btypescript\b|\btsc\b)"
          r"(?:(?!\bnot\b|\bnever\b|n't\b|\bno\b|\berased\b|\bonly\b)[^.;]){0,50}"
          r"(\b(check\w*|validat\w*|enforc\w*|verif\w*|emits?)\b[^.;]{0,50}\bat run[- ]?time\b|"
          r"\b(runtime|run-time)( \w+)? (checks?|validation|type[- ]checks?|guards?)\b)",
          "TypeScript Handbook, Everyday Types, Type Assertions ('Because type assertions are "
          "removed at compile-time, there is no runtime checking associated with a type "
          "assertion')",
          ("The `as` assertion makes the compiler emit a runtime shape check under strict mode.",
           "TypeScript validates the parsed object against the interface at runtime."),
          ("Types are erased, so there is no runtime check of the parsed value.",
           "TypeScript does not check the shape at runtime; you need a manual check.",
           "The cast is only for the compiler, so at runtime port is still a string."),
          ("typescript",)),
    Entry("loop_over_copy",
          "A for loop walks the live list or dict, not a copy: changes made inside the loop "
          "are to the caller's object (a dict whose size changes raises RuntimeError)",
          r"\b(for\b|loop\w*|iterat\w*)(?:(?!\bnot\b|\bnever\b|n't\b)[^.;]){0,40}"
          r"\b(works? on|walks?|over|iterates?|takes?|uses?) (a |an implicit |its own )?"
          r"(copy|snapshot)\b",
          "Python Tutorial, 4.2 for Statements (modifying a collection while iterating over it "
          "needs a copy, which the loop does not make)",
          ("`for name in scores` iterates a copy of the dict, so raw keeps its values.",
           "The loop works on a snapshot of the list."),
          ("The loop does not work on a copy, so raw is changed too.",
           "To remove items safely you would loop over a copy: list(scores)."),
          ("python",)),
)


def catalogue_misconceptions(answer: str, language: str = "", code: str = "") -> list[str]:
    """The catalogue's corrections for each false claim the answer states (not hypothetically).

    An entry scoped to some languages applies only when the answer is about code in one of
    them (what is false in one language may be true in another); with the code given, only an
    entry about it (see `Entry.about`).
    """
    found: list[str] = []
    for sentence in (s for part in re.split(r";\s*", answer) for s in sentences(part)):
        if sentence.hypothetical:
            continue
        for entry in CATALOGUE:
            if (entry.languages and language not in entry.languages) or not entry.about(code):
                continue
            if entry.claim not in found and entry.regex.search(sentence.raw):
                found.append(entry.claim)
    return found
