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

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The compiled pattern."""
        return re.compile(self.pattern)


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
          r"[^.;]{0,20}\bdefault",
          "Python Language Reference, 8.7 Function definitions (default values are evaluated "
          "once, when the definition is executed)",
          ("The default list is evaluated on every call, so each call starts empty.",
           "The default is created fresh each time the function is called."),
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
          r"(calls?|recursion|call optimi[sz]ation)|\bpython has no recursion limit\b",
          "Python documentation, sys.setrecursionlimit; CPython does no tail-call elimination",
          ("Python optimises tail calls, so the depth does not matter.",
           "Python has no recursion limit."),
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
          r"\bforeach\b[^.;]{0,30}(?<!not )(?<!never )\b(awaits?|waits? (for|on|until))\b",
          "MDN Web Docs, Array.prototype.forEach ('forEach expects a synchronous function: it "
          "does not wait for promises')",
          ("forEach awaits each async callback in turn.",
           "forEach waits for every promise before moving on to the next item."),
          ("forEach does not wait for the promises the callbacks return.",
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
)


def catalogue_misconceptions(answer: str) -> list[str]:
    """The catalogue's corrections for each false claim the answer states (not hypothetically)."""
    found: list[str] = []
    for sentence in (s for part in re.split(r";\s*", answer) for s in sentences(part)):
        if sentence.hypothetical:
            continue
        for entry in CATALOGUE:
            if entry.claim not in found and entry.regex.search(sentence.raw):
                found.append(entry.claim)
    return found
