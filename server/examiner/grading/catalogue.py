"""Well-known programming misconceptions, written from language documentation and textbooks.

Each entry is a claim that is false whatever the code, the pattern that states it (matched on
one sentence after notations are rewritten: `O(1)` reads `cxconstant`, "doesn't" reads
"does not"), the source that says otherwise, and at least two sentences that state it and two
that do not (they run as tests). None is taken from the project's corpus answers.
"""

from __future__ import annotations

import re
from typing import Final

from .._match import PLAN, Sentence, negated_before, sentences
from ._entry import ANY as _C_
from ._entry import NOT as _NOT_
from ._entry import NOT_ONLY as _NOT_ONLY_
from ._entry import Entry
from ._semantics_beliefs import BELIEFS
from ._semantics_beliefs2 import BELIEFS2, widened
from ._semantics_docs import DOCS
from ._semantics_docs2 import DOCS2
from ._semantics_docs3 import DOCS3
from ._semantics_docs4 import DOCS4
from ._semantics_docs5 import DOCS5
from ._semantics_docs6 import DOCS6
from ._semantics_docs7 import DOCS7
from ._semantics_dynamic import DYNAMIC
from ._semantics_more import MORE
from ._semantics_static import STATIC
from ._semantics_values import VALUES

__all__ = ["CATALOGUE", "Entry", "catalogue_misconceptions"]


_HTTP_ERROR_: Final = (r"(an? |the )?(404|500|502|503|4\d\d|5\d\d|http error( status| code)?|"
                       r"error status( code)?|non-2(\d\d|xx)( status)?|[45]xx|server error|not found|bad "
                       r"status|error response|status( code)? (of )?(4|5)\d\d)")
"""An HTTP error status as an answer names it ("a 404", "a server error", "status 500")."""
_LIST_LINEAR: Final = r"(list\.?)?(remove|pop\(0\)|pop\s*\(\s*0\s*\)|insert\(0|index\()"
_AS_WRITTEN: Final = (
    Entry("list_ops_constant",
          "list.remove, list.pop(0), list.insert(0, x) and list.index take time linear in the "
          "list's length",
          r"\b(list\.remove|remove\(\)?|pop\(0\)|insert\(0[^)]*\)|list\.index)[^.;]{0,40}"
          r"\b(is|are|runs?|takes?|costs?)\b[^.;]{0,15}cxconstant",
          "Python wiki, TimeComplexity (list: pop intermediate, insert, remove are O(n))",
          ("list.remove is O(1), so the loop is cheap.",
           "Calling pop(0) is constant time on a Python list.",
           "Inserting at the front with insert(0, x) is O(1).",
           "list.index costs O(1) per call, so the loop is linear.",
           ("dedupe stays linear, because each queue.pop(0) in the while loop is a "
            "constant-time operation."),
           ("Removing the handled job with pending.remove(job) costs O(1), so the whole loop is "
            "O(n).")),
          ("list.remove is O(n) because it scans the list.",
           "pop() from the end is O(1), but pop(0) shifts every element.",
           "Appending to the end of a list is O(1) amortised.",
           "Each queue.pop(0) shifts the remaining elements, so the while loop is O(n^2).")),
    Entry("list_membership_constant",
          "`x in a_list` compares against every element: linear in the list's length",
          r"\b(in|membership|contains?|lookup)\b[^.;,]{0,30}\b(a |the )?lists?\b[^.;,]{0,30}"
          r"\b(is|are|takes?|runs?)\b[^.;,]{0,15}cxconstant"
          r"|\blist (membership|lookups?)\b[^.;]{0,20}\b(is|are)\b[^.;]{0,15}cxconstant"
          r"|\b(python|the interpreter|it)\s+(automatically\s+)?(indexes|hashes|keeps|stores)\s+(the\s+|a\s+)?"
          r"lists?\b(?!\s+(in order|sorted|ordered))"
          r"|\blists?\b[^.;]{0,30}(?<!not )\b(is|are|gets?|becomes?)\s+(automatically\s+)?(indexed|hashed)\s+"
          r"(for|by)\b",
          "Python wiki, TimeComplexity (list: x in s is O(n))",
          ("Checking whether x is in a list is O(1).",
           "Membership in the list takes constant time.",
           "It is quick since the interpreter hashes the list behind the scenes.",
           "A list of tuples gets hashed for membership tests.",
           "Checking `if user in banned` on the list is O(1).",
           "Python keeps lists hashed, so `x in items` takes constant time.",
           ("The dedupe loop is linear, because checking `if url in visited` on the visited "
            "list takes constant time."),
           ("Membership tests on blocked_ips are O(1) even though it is a list, since Python "
            "hashes list elements for lookups.")),
          ("Checking whether x is in a list is O(n); in a set it is O(1).",
           "Set membership is O(1) on average.",
           "A list is not hashed for lookups, so `in` walks it.",
           "Each `in` on the list scans it, so the loop is O(n^2).",
           "Checking `if url in visited` on the list scans it, so the loop is O(n^2).")),
    Entry("hash_membership_linear",
          "Membership in a set or dict is constant time on average (a hash lookup)",
          r"\b(set|dict|dictionary|hash ?map|hash ?set)\b[^.;]{0,25}\b(membership|lookups?|"
          r"in check|contains)\b[^.;,]{0,20}\b(is|are|takes?)\b[^.;]{0,10}(cxlinear|cxquadratic)"
          r"|(`[^`]*\bin\b[^`]*`|\bin checks?|\bmembership( tests?| checks?)?|\blookups?|\blook(ing)? "
          r"up)[^.;]{0,30}\b(sets?|dict|dictionar(y|ies)|hash ?maps?|hash ?sets?)\b(?:(?!\bnot\b)[^.;])"
          r"{0,30}(\b(is|are|takes?|costs?)\b[^.;]{0,10}(cxlinear|cxquadratic)|\b(scans?|walks?|goes "
          r"through|loops? over|compares? against) (every|each|all)\b)"
          r"|(`[^`]*\bin\b[^`]*`|\bin checks?|\bmembership( tests?| checks?)?|\blookups?)"
          r"[^.;]{0,30}\b(sets?|dict|dictionar(y|ies)|hash ?maps?|hash ?sets?)\b" + _NOT_ +
          r"{0,30}\b(walks? through|iterates? (over|through)|goes over|searches|checks|visits|"
          r"runs through) (every|each|all)\b"
          r"|\b(membership( tests?| checks?)?|in checks?|lookups?)\b" + _NOT_ + r"{0,40}\b(scans?|"
          r"walks?( through)?|goes through|loops? over|iterates? (over|through)|compares? (it )"
          r"?(against|with)|checks?|searches?)\b (every|each|all)( the)? (elements?|items?|"
          r"entries|keys|members|values|\w+s) (of|in) the (set|dict|dictionary|hash ?map|hash "
          r"?set)\b",
          "Python wiki, TimeComplexity (set, dict: x in s is O(1) average)",
          ("A set membership check is O(n) because it scans every element.",
           "Dict lookups are linear in the number of keys.",
           "Checking `key in seen` on the set is O(n).",
           "The `in` on a set scans every element, so it is O(n).",
           "Looking up a key in the dictionary is O(n).",
           ("The loop is quadratic, because every `if email in seen` on the set walks through "
            "all the stored emails."),
           ("Looking up token in the sessions dict takes linear time, since Python has to "
            "compare it with each key.")),
          ("A set membership check is O(1) on average.",
           "List lookups are linear, dict lookups are not.",
           "Building the set is O(n), and each lookup is O(1).",
           ("Each `if email in seen` on the set is a hash lookup, O(1) on average, so the loop "
            "is linear."))),
    Entry("deque_popleft_linear",
          "deque.popleft and deque.appendleft take constant time",
          r"\b(popleft|appendleft)\b[^.;]{0,30}\b(is|are|takes?|runs?|costs?)\b[^.;]{0,15}"
          r"(cxlinear|cxquadratic)",
          "Python documentation, collections.deque (O(1) appends and pops from either side)",
          ("deque.popleft is O(n) just like list.pop(0).",
           "popleft takes linear time since it shifts the items.",
           "Each deque.popleft shifts the items, so it costs linear time."),
          ("deque.popleft is O(1), unlike list.pop(0).",
           "Use popleft, which is constant time.",
           "Indexing into the middle of a deque is O(n).")),
    Entry("default_evaluated_each_call",
          "A default argument is evaluated once, when the def runs: a mutable default is one "
          "object shared by every call that omits it",
          r"\bdefault\b[^.;,]{0,50}\b(is|are|gets?|will be)\b[^.;,]{0,15}"
          r"\b(evaluated|created|re-?created|rebuilt|fresh|new)\b"
          r"(?:(?!\bonce\b)[^.;,]){0,25}\b(each|every|on each|on every|per)\s+(time|call|invocation)"
          r"|\b(each|every) (call|time)\b[^.;]{0,30}\b(gets|creates|builds) a (fresh|new)\b"
          r"[^.;]{0,20}\bdefault"
          r"|\b(re-?evaluat\w*|re-?creat\w*|rebuil\w*)\b[^.;,]{0,20}\b(the )?default\w*\b"
          r"[^.;,]{0,30}\b(each|every|per|on each|on every)\s+(time|call|invocation)"
          r"|(\bdefaults?\b|\bdefault (value|argument|list|dict)\b|\[\]|\{\})(?:(?!\bnot\b|\bnever\b|n't\b)[^.;]){0,40}"
          r"\b(evaluated|created|built|made|rebuilt|recreated)\b"
          r"(?:(?!\bnot\b|\bnever\b|\bonce\b|n't\b|\bbefore\b)[^.;]){0,20}"
          r"\b(afresh|anew|again|fresh|new)?\b(?:(?!\bonce\b)[^.;]){0,10}\b(on |at )?(each|every) "
          r"(call|invocation|time)\b"
          r"|\b(each|every) (call|invocation)\b[^.;]{0,20}\bgets? (its own|a (new|fresh)) "
          r"(list|dict|default|set)\b"
          r"|\b(evaluat|creat|build|mak)\w*\b(?:(?!\bnot\b|\bnever\b|\bonce\b|n't\b)[^.;]){0,30}"
          r"\bdefault\b(?:(?!\bonce\b)[^.;]){0,30}\b(afresh|anew|again)?(?:(?!\bonce\b)[^.;]){0,10}"
          r"\b(on |at )?(each|every) "
          r"(call|invocation)\b"
          # the shapes: 'Python builds a new list for `seen=[]` whenever it is omitted', 'every
          # call starts from a new empty default list'
          r"|\b(builds?|creates?|makes?|allocates?|evaluates?) a (new|fresh) (list|dict|set|defa"
          r"ult)\b[^.;]{0,25}`?\w+ ?= ?(\[\]|\{\}|set\(\))`?[^.;]{0,20}\b(whenever|every time|ea"
          r"ch time|on each call|on every call)\b"
          r"|\b(each|every) (call|invocation)\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.("
          r"?=\w))){0,10}\b(starts?|begins?) (from|with) a (new|fresh)( empty)? (default|list|di"
          r"ct)\b",
          "Python Language Reference, 8.7 Function definitions (default parameter values are "
          "evaluated once, when the function definition is executed); in JavaScript and Kotlin "
          "a default is evaluated at each call, so the entry is Python's",
          ('Python makes a fresh list for `acc=[]` each time `collect` is called without it.',
           'Each invocation begins with a fresh default dict.',
           "The default list is evaluated on every call, so each call starts empty.",
           "The default is created fresh each time the function is called.",
           "Python re-evaluates default values on each call that leaves them out.",
           "Python evaluates the [] default afresh on each invocation of add_tag.",
           "Every call gets its own list because the default is created on each call."),
          ('Every call to `collect` shares one list for `acc`, so results pile up.',
           ('No invocation begins with a fresh default dict; the one made at def time is '
            'reused.'),
           "The default is evaluated once, so every call shares the same list.",
           "Use None and create a new list inside the function.",
           "`tags=[]` gets created once when the def runs, not on each call.",
           "The default list is created once and every call appends to that same list.",
           "The default list is created once, when def runs, and shared by later calls.",
           "A None default with a new list inside the function gives each call its own list."),
          ("python",)),
    Entry("is_compares_values",
          "`is` tests identity (the same object), not equality of values",
          r"(`is`|\bthe is operator|\bis operator|`[^`]*\sis\s[^`]*`)\s*(\w+\s+)?(compares|checks|"
          r"tests)\s*(whether\s+|if\s+|that\s+)?(the )?(\w+ ){0,3}(values?|contents?|equality|(are |is )?"
          r"equal|equals|same value)\b"
          r"|`is`\s*(and|or)\s*`?==`?\s*(do|does|are|mean|behave)\s+(the same|exactly the same|"
          r"equivalent|alike)"
          r"|\b(because|since|as|so) is (compares|checks|tests)\s+(whether\s+|if\s+|that\s+)?(the "
          r")?([\w']+ ){0,3}(values?|contents?|equality|(are |is )?equal|equals|same value)\b"
          r"|\b(used|use|using|chose|picked)\s+(`is`|is)\s+(instead_of|rather_than|over)\s+(`==`|"
          r"==)" + _C_ + r"{0,40}\b(because|since|as)\b[^.;]{0,20}\b(compares|checks|tests)"
          r"\b[^.;]{0,30}\b(values?|equal|equality|contents?)\b"
          # the shapes: '`is` compares the text of the strings', '`is` is a stricter version of
          # `==`'
          r"|(using |with )?`is` to compare\b[^.;]{0,30}\b(checks?|tests?|compares?) (whether|if"
          r"|that) (they|the \w+) (hold|have|contain|are) (the same|equal) (characters|text|cont"
          r"ents?|values?|digits)\b"
          r"|`?is`?\b[^.;]{0,30}\b(a stricter|just a stricter|a faster|a safer) (version|form|ki"
          r"nd) of `?=="
          r"|`is` (compares|checks|tests) (the )?(text|characters|string contents|digits|numbers"
          r"?|numeric values?)\b",
          "Python Language Reference, 6.10.3 Identity comparisons",
          ('Here `is` checks the characters of both names.',
           '`code is 404` is just a faster form of `==`.',
           "The is operator compares the values of the two strings.",
           "`is` checks equality, like ==.",
           "The `is` check tests whether the two numbers are equal.",
           "`x is 1000` checks whether x equals 1000.",
           ("The check status is 'done' in wait_for works, because is compares the two strings' "
            "contents."),
           ("if count is 1000: is fine here, since Python's is operator checks that the numbers "
            "have the same value.")),
          ('Here `is` checks identity, not the characters of both names.',
           '`code is 404` is no faster form of `==`; it asks whether both are one object.',
           "`is` compares identity, == compares values.",
           "The is operator checks whether both names refer to the same object.",
           "`x is None` is the idiomatic None check.",
           "Small integers are cached, so `is` may happen to be True, but it checks identity.",
           ("status is 'done' compares identity, so it can be False even when the strings are "
            "equal; == compares the contents."))),
    Entry("floats_exact",
          "Binary floating point cannot represent most decimal fractions exactly "
          "(0.1 + 0.2 != 0.3)",
          r"\b(floats?|floating[- ]point( numbers?)?)\b[^.;]{0,20}\b(are|is)\b\s*(always )?"
          r"(exact|precise)\b|0\.1\s*\+\s*0\.2\s*(==|equals|is)\s*0\.3(?!\d)"
          r"|\b(floats?|floating[- ]point( numbers?| values?)?)\b" + _NOT_ + r"{0,20}\b(stores?|"
          r"represents?|holds?|keeps?)\b" + _NOT_ + r"{0,25}\b(decimals?|decimal (fractions|numbers|"
          r"values)|0\.1|cents|fractions)\b[^.;]{0,10}\b(exactly|precisely)\b"
          r"|\b(adds? up|sums?|comes? out|works? out|is|are)\s+exactly\b[^.;]{0,40}\b(when|if|as "
          r"long as|since|because)\b[^.;]{0,30}\b(only )?(have|has|with) (two|2|one|1|three|3|a "
          r"few|few) decimal (places|digits)\b"
          # the shapes: '`0.1 + 0.2 === 0.3` is true', 'numbers are stored as exact decimals',
          # 'prints exactly 0.3'
          r"|0\.1\s*\+\s*0\.2\s*===?\s*0\.3`?\s*(is|evaluates to|returns|gives) (true|truthy)\b"
          r"|\btofixed\(2\)`? (returns|gives|is|yields) `?['\"]?1\.01\b"
          r"|\b(numbers?|floats?|doubles?)\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?="
          r"\w))){0,20}\b(are|is) (stored|represented|kept|held) (as )?(exact|precise) decimals?"
          r"\b"
          r"|\b(adding|summing|arithmetic on|adds? up) (\w+ )?(cents|money|prices|decimals)\b[^."
          r";]{0,20}\b(never|does not|cannot) lose (any )?precision\b"
          r"|\b(prints?|gives?|is|equals|shows?|returns?|comes? out( to| as)?) exactly 0\.3\b",
          "Python Tutorial, 15. Floating Point Arithmetic: Issues and Limitations",
          ('Doubles are kept as precise decimals, which is why the prices add up.',
           'The sum of 0.1 and 0.2 comes out to exactly 0.3 here.',
           "Floats are exact for two decimal places, so == is fine.",
           "0.1 + 0.2 == 0.3 in Python, so the comparison works.",
           "Floating point numbers store decimals exactly.",
           ("The total check passes, because price * qty adds up exactly when the prices only "
            "have two decimal places."),
           ("The float balance holds 0.1 exactly, so comparing balance == 0.3 after three "
            "deposits is safe.")),
          ('Doubles are not kept as precise decimals, which is why the prices drift.',
           'The sum of 0.1 and 0.2 is 0.30000000000000004, not exactly 0.3.',
           "Floats are not exact, so compare with math.isclose.",
           "0.1 + 0.2 is not exactly 0.3 in binary floating point.",
           "0.1 + 0.2 is 0.30000000000000004, not 0.3.",
           "Small integers are represented exactly as floats.",
           ("balance == 0.3 fails after three deposits of 0.1, because floats cannot represent "
            "0.1 exactly."))),
    Entry("gil_makes_safe",
          "The GIL does not make a read-modify-write such as `x += 1` atomic: threads can "
          "interleave between the read and the write",
          r"\bgil\b" + _NOT_ONLY_ + r"{0,40}\b(makes?|guarantees?|ensures?|means)\b"
          + _NOT_ONLY_ + r"{0,40}\b(thread[- ]safe|atomic|safe)\b"
          r"|\bgil\b" + _NOT_ONLY_ + r"{0,50}\b(is|are|stays?|remains?|becomes?)\s+(already\s+|"
          r"always\s+|automatically\s+|effectively\s+)?(atomic|thread[- ]safe|safe)\b"
          r"|\bgil\b[^.;]{0,60}\b(so|therefore|hence|which means)\b" + _NOT_ + r"{0,40}\b(is|are)\s+"
          r"(already\s+|automatically\s+)?(atomic|thread[- ]safe)\b"
          r"|\bgil\b[^.;]{0,40}\b(do not|does not|never) (need|require)s? (a |any |the )?(lock|mutex|"
          r"synchroni[sz]ation)\b"
          r"|\bgil\b" + _NOT_ONLY_ + r"{0,40}\b((protects?|guards?|shields?)\b[^.;]{0,30}\bfrom "
          r"(races?|race conditions|data races|lost updates|concurrent)|(prevents?|rules? out|"
          r"eliminates?|avoids?) (any |all )?(the )?(data )?(races?|race conditions|lost updates))"
          r"|\bgil\b[^.;]{0,40}\bthreads?\b[^.;]{0,10}\b(cannot|can not|ca not|will not|wo not|"
          r"never)\s+(corrupt|race|clobber|interfere|lose)"
          r"|\b(gil|global interpreter lock)\b" + _NOT_ONLY_ + r"{0,40}\b(serialis|serializ)\w*\b" + _NOT_ONLY_ +
          r"{0,30}\b(the |that |this |each |every |our |its )?(updates?|increments?|writes?|"
          r"access|read-modify-write|\+=|counter)\b"
          r"|\b(gil|global interpreter lock)\b" + _NOT_ONLY_ + r"{0,40}\b(guarantees?|ensures?|"
          r"makes? sure|means)\b" + _NOT_ONLY_ + r"{0,40}\b(happens?|runs?|executes?|completes?|"
          r"is done|goes through)\s+(without (any )?(interruption|being interrupted)|in one (go|"
          r"step)|atomically|uninterrupted)"
          r"|\b(races?|race conditions?|lost updates?|thread[- ]safety|locking)\b" + _C_ +
          r"{0,60}\b(gil|global interpreter lock)\b" + _NOT_ONLY_ + r"{0,10}\b(takes care of|"
          r"handles|deals with|covers|prevents)\b"
          r"|\b(gil|global interpreter lock)\b" + _NOT_ONLY_ + r"{0,10}\b(takes care of|handles|"
          r"deals with)\b (the |any |all )?(races?|locking|lost updates|thread[- ]safety|"
          r"synchroni[sz]ation)\b",
          "Python FAQ, 'What kinds of global value mutation are thread-safe?'",
          ("The GIL makes the counter update thread-safe.",
           "Because of the GIL, it guarantees that count += 1 is atomic.",
           "Thanks to the GIL, count += 1 is atomic.",
           "The GIL means only one thread runs at a time, so the increment is thread-safe.",
           "Because of the GIL we do not need a lock around counter += 1.",
           "The GIL protects the shared counter from races.",
           ("I didn't put a lock around hits[path] += 1 in record_hit, because as far as I know "
            "the global interpreter lock already serialises that update for us."),
           ("The worker threads all bump self.total, but that is fine since CPython's GIL "
            "guarantees each increment happens without interruption.")),
          ("The GIL does not make count += 1 atomic.",
           "Even with the GIL you need a lock around the update.",
           "The GIL only makes single bytecodes atomic, not the read-modify-write.",
           ("The GIL lets one thread run bytecode at a time, but a switch can come between "
            "the read and the write."),
            ("Even though CPython has a GIL, hits[path] += 1 is a read, an add and a store, so "
             "a thread switch in between can lose an update."))),
    Entry("sort_returns_list",
          "list.sort() sorts in place and returns None; sorted() returns a new list",
          r"\bsort\(\)\s*(returns|gives( us| back)?|hands back|produces)\s*(us\s+)?(the|a)\s*"
          r"(sorted|new|copy|list|ordered)\b|\bsorted\(\)\s*(sorts|modifies|changes|mutates|"
          r"reorders)\b[^.;]{0,25}\bin place"
          r"|\.sort\([^)]*\)\s*(returns|gives( us| back)?|hands back|produces|yields)\s*(us\s+)"
          r"?(the|a|an)\s+(\w+\s+)?(sorted|new|copy|list|ordered)\b"
          r"|\b(because|since|as|so) (list\.)?sort\b(\(\))?\s+(returns|gives back|hands back)"
          r"\s+(the|a|an)\s+(\w+\s+)?(sorted|new|copy|ordered)\b",
          "Python documentation, Sorting HOW TO; list.sort",
          ("items.sort() returns the sorted list, so we can chain it.",
           "sorted() sorts the list in place.",
           "result = data.sort() gives us the list in order.",
           "Calling .sort() returns a copy that is sorted.",
           ("ranked = scores.sort(reverse=True) gives back the scores sorted in descending "
            "order, which is then returned to the caller."),
           ("top = players.sort(key=score)[:3] works because sort returns the sorted list that "
            "we can slice.")),
          ("items.sort() returns None; sorted() returns a new list.",
           "sorted() leaves the original list unchanged.",
           "Because sort() returns None, result is None.",
           ("ranked = scores.sort(reverse=True) is None, because sort sorts in place and "
            "returns None."))),
    Entry("strings_mutable",
          "Strings are immutable (Python, Java, JavaScript): each += builds a new string",
          r"\bstrings? (are|is) mutable\b|\b(appends?|\+=) (to )?(the|a) string in place\b"
          r"|\+=" + _NOT_ + r"{0,20}\b(modifies|changes|mutates|extends|updates|appends to|"
          r"grows)\s+(the\s+)?(existing|same|original|old)\s+string\b"
          r"|\bstrings?\b[^.;]{0,10}\b(is|are|gets?) (changed|modified|mutated|extended|updated|"
          r"grown) in place\b",
          "Python Language Reference, 3.1 Objects, values and types; Java String documentation",
          ("Python strings are mutable, so += appends in place.",
           "The += appends to the string in place, so building it is linear.",
           "s += c modifies the existing string, so building it is linear.",
           "The string is changed in place by the += operator."),
          ("Strings are immutable, so += copies the string each time.",
           "Use a list and join, since strings cannot be changed in place.",
           "StringBuilder is mutable; String is not."),
          ("python", "java", "javascript", "typescript", "go")),
    Entry("tail_calls_optimised",
          "CPython does not eliminate tail calls: every recursive call takes a stack frame up "
          "to the recursion limit",
          r"\b(c?python|the interpreter)\b" + _NOT_ + r"{0,30}\b(optimi[sz]es|eliminates|does|"
          r"performs|supports|applies)\b[^.;]{0,10}\btail[- ]"
          r"(calls?|recursion|call optimi[sz]ation|call elimination)|\bpython has no recursion limit\b"
          r"|\btail[- ](recursive|recursion|position|call)\b" + _NOT_ + r"{0,40}\b(python|cpython|"
          r"the interpreter)\b[^.;]{0,10}\b(reuses?|recycles?)\b[^.;]{0,10}\b(stack )?frames?\b"
          r"|\bpython\b[^.;]{0,40}\b(turns?|converts?|rewrites?|transforms?)\b[^.;]{0,25}"
          r"\brecursion\b[^.;]{0,15}\b(into|to) (an? )?(iteration|loop)",
          "Python documentation, sys.setrecursionlimit; CPython does no tail-call elimination",
          ("Python optimises tail calls, so the depth does not matter.",
           "Python has no recursion limit.",
           "Python converts deep recursion into a loop behind the scenes.",
           "CPython eliminates tail calls, so the depth does not matter.",
           "The recursive call is in tail position, so Python reuses the stack frame."),
          ("Python does not optimise tail calls, so deep recursion hits the limit.",
           "The recursion limit is about 1000 by default.",
           "Even in tail position each call takes a new frame in CPython.")),
    Entry("coroutines_threads",
          "asyncio runs coroutines on one thread, one at a time: they interleave at each await, "
          "they do not run in parallel",
          r"\b(async|coroutines?|await)\b" + _NOT_ + r"{0,40}\b(run|runs|execute|executes)\b[^.;]{0,20}"
          r"\b(in parallel|on (a |an )?(separate|other|multiple|different|another) threads?)"
          r"|\b(each|every) (await|coroutine|task)\b" + _NOT_ + r"{0,20}\b(spawns?|starts?|creates?|"
          r"gets?|has|runs? (in|on))\b (a |an |its own )?(new |separate )?(os )?threads?\b"
          r"|\b(async|coroutines?|asyncio|gather)\b" + _NOT_ + r"{0,40}\b(in parallel|at the same "
          r"time|simultaneously) on (multiple|several|all|different|separate) (cores|cpus|"
          r"processors)"
          r"|^(?=.*\b(async|await|coroutines?|event loop|asyncio)\b)(?!.*\b(to_thread|"
          r"run_in_executor|executors?|threadpool\w*|threading|thread pool)\b).*?\b(each|every) "
          r"(connection|request|coroutine|task|handler|client|call)\b" + _NOT_ + r"{0,30}\b(on|in)"
          r" (its own|a (separate|different|new|dedicated)) (os )?thread\b"
          r"|^(?!.*\b(to_thread|run_in_executor|executors?|processpool\w*|multiprocessing)\b)"
          r".*?\b(asyncio|event loop|coroutines?|async)\b" + _NOT_ + r"{0,60}\b(across|on|over|"
          r"using) (the )?(multiple |several |all (the )?|many |different |separate |all "
          r"available )?(cpu )?cores\b",
          "Python documentation, asyncio: Developing with asyncio (the event loop runs in one "
          "thread)",
          ("The coroutines run in parallel on separate threads.",
           "With async, each handler runs on a different thread.",
           "Each await spawns a new thread for the request.",
           "asyncio.gather runs the tasks in parallel on multiple cores.",
           ("The three fetch_page coroutines run in parallel on separate threads, which is why "
            "the total time is about one second."),
           ("Since handle_client is an async def, each connection is processed on its own "
            "thread by the event loop.")),
          ("The coroutines run concurrently on one thread, switching at each await.",
           "Blocking calls in async code stall every other task.",
           "Only run_in_executor or to_thread moves work to another thread.",
           ("The three fetch_page coroutines run concurrently on one thread, switching at each "
            "await, which is why the total is about one second."))),
    Entry("js_loose_equality_strict",
          "JavaScript's == converts types before comparing; === compares without conversion",
          r"(?<![=!])==(?!=)[^.;]{0,30}\b(no|without|does not do|does not perform)\b[^.;]{0,10}"
          r"\b(type )?(coercion|conversion)|===[^.;]{0,20}\b(coerces|converts)\b(?! nothing)"
          r"|(?<![=!])==(?!=)\s*(is|means|does)\s+(the )?strict\b|===\s*(is|means|does)\s+(the )?"
          r"(loose|coercing|converting)\b"
          r"|\b(double equals|(?<![=!])==(?!=))[^.;]{0,10}\b(does not|never|will not)\s+(coerce|"
          r"convert)"
          r"|(?<![=!])==(?!=)[^.;]{0,10}\b(checks|compares|considers)\b[^.;]{0,10}\b(the )?types?\b"
          r"(?! after)"
          # the shapes: '`null == 0` is true', '`[] == false` is false'
          r"|`?(null ?== ?0|0 ?== ?null)`? (is|evaluates to|returns|gives|yields) `?true\b"
          r"|`?(null ?== ?undefined|undefined ?== ?null|\[\] ?== ?false|false ?== ?\[\]|'0' ?== "
          r"?false|\"0\" ?== ?false|false ?== ?'0'|'' ?== ?0|0 ?== ?'')`? (is|evaluates to|retur"
          r"ns|gives|yields) `?false\b",
          "MDN Web Docs, Equality comparisons and sameness",
          ('`0 == null` evaluates to true, since null turns into 0.',
           '`undefined == null` is false because the types differ.',
           "In JavaScript, == compares without type coercion.",
           "=== coerces both sides to numbers first.",
           "== is the strict comparison and === is the loose one.",
           "'5' == 5 is false because == checks the type too."),
          ('`0 == null` evaluates to false, while `undefined == null` is true.',
           "`'' == 0` is true after the string converts to 0.",
           "== performs type coercion, === does not.",
           "Use === so that no conversion happens.",
           "'5' == 5 is true because == converts the string to a number first."),
          ("javascript", "typescript")),
    Entry("foreach_awaits",
          "Array.prototype.forEach does not wait for the promises its callback returns",
          r"\bforeach\b(?:(?!\b(not|never|nothing|none|no one)\b)[^.;]){0,60}(?<!=> )(?<!\{ )\b(awaits?|waits? "
          r"(for|on|until))\b"
          r"|\bforeach\b(?:(?!\b(not|never|nothing|none|undefined)\b)[^.;]){0,30}\breturns?\s+(a|an|their|"
          r"the|one)\s+(combined\s+|single\s+|aggregated?\s+|joint\s+)?promise"
          r"|\bforeach\b(?:(?!\b(not|never|nothing|none|no one)\b)[^.;]){0,40}\b(pauses?|blocks?|"
          r"suspends?|holds?)\b[^.;]{0,20}\b(until|till|while)\b"
          r"|\bawait\b[^.;]{0,30}\.foreach\b(?:(?!\b(not|never|nothing)\b)[^.;]){0,40}\b(waits?|"
          r"finish\w*|completes?|resolves?)\b"
          r"|\b(callbacks?|saves?|calls?|requests?)\b[^.;]{0,20}\b(in|inside|passed to) (the )?"
          r"foreach\b(?:(?!\b(not|never|nothing)\b)[^.;]){0,30}\b(one after (another|the other)|"
          r"sequentially|in sequence|one at a time)",
          "MDN Web Docs, Array.prototype.forEach ('forEach expects a synchronous function: it "
          "does not wait for promises')",
          ("forEach awaits each async callback in turn.",
           "forEach waits for every promise before moving on to the next item.",
           "forEach notices that its callback is an async function and awaits it.",
           "forEach returns a single promise covering every callback.",
           "Since the callback is async, forEach pauses until it resolves.",
           ("The function logs 'done' only after all the saves finish, because forEach with an "
            "async callback waits for each await inside it."),
           ("users.forEach(async u => await notify(u)) sends the notifications one at a time "
            "since forEach awaits each callback's promise.")),
          ("forEach does not wait for the promises the callbacks return.",
           "forEach drops the returned promises and nothing ever waits on them.",
           "Use for...of with await, since forEach ignores the returned promises.",
           "forEach returns undefined, not a promise.",
           "Use for...of with await or Promise.all(items.map(...)).",
           ("forEach ignores the promises the async callback returns, so 'done' is logged "
            "before the saves finish."))),
    Entry("go_maps_concurrent",
          "Go maps are not safe for concurrent use: concurrent writes need a mutex or sync.Map",
          r"(?<!sync\.)(?<!concurrent)\b(go |built-in |builtin |plain )?maps?( in go)? (are|is) "
          r"(safe|thread[- ]safe|atomic)\b[^.;]{0,30}"
          r"(concurrent|goroutines?|parallel)|\bgo maps? (are|is) (thread[- ]safe|atomic)"
          r"|(?<!sync\.)(?<!concurrent)\b(go |built-in |builtin |plain )?maps?( in go)? (are|is) "
          r"(thread[- ]safe|safe for "
          r"concurrent)"
          r"|(?<!sync\.)\bmaps?\b" + _NOT_ + r"{0,20}\b(handles?|supports?|copes with|allows?)\b"
          r"[^.;]{0,10}\b(concurrent|parallel|simultaneous) (writes|updates|access|use)"
          r"|\b(multiple|several|many|the|two|all the) goroutines\b" + _NOT_ + r"{0,20}\bcan "
          r"(safely )?(write|update|insert)\b[^.;]{0,15}\b(to |into )?(the |a |one |same )*"
          r"(shared )?(map|counts|cache)\b(?! under| with a| while)"
          r"|\b(runtime|go)\b" + _NOT_ + r"{0,20}\b(locks|synchroni[sz]es|guards)\b (the )?maps?"
          r"\b[^.;]{0,20}\b(internally|for you|itself|automatically)"
          r"|(?<!sync\.)\bmaps?\b" + _NOT_ + r"{0,20}\b(synchroni[sz]e|lock|guard|protect)"
          r"s?\b[^.;]{0,30}\b(internally|for (you|us)|themselves|itself|automatically|under the "
          r"hood)"
          r"|\b(runtime|go)\b" + _NOT_ + r"{0,20}\bmakes?\b[^.;]{0,20}\b(concurrent|parallel|"
          r"simultaneous) (map )?(writes|updates|access|accesses)\b[^.;]{0,10}\b(safe|atomic)\b"
          r"|(?<!sync\.)\b(concurrent|parallel|simultaneous) map (writes|updates|access|accesses) "
          r"(are|is) (safe|fine|ok|okay|allowed)\b",
          "The Go FAQ, 'Why are map operations not defined to be atomic?'",
          ("Go maps are safe for concurrent use by goroutines.",
           "Go maps are thread-safe, so no mutex is needed.",
           "Multiple goroutines can safely write to the same map.",
           "Go's runtime locks the map internally, so no mutex is needed.",
           ("The handlers all write into the sessions map concurrently, which is fine because "
            "Go maps synchronise access internally."),
           ("I didn't add a mutex around cache[key] = val in fetchAll since the map is safe to "
            "write from several goroutines at once.")),
          ("Go maps are not safe for concurrent writes.",
           "Guard the map with a sync.Mutex or use sync.Map.",
           "sync.Map is safe for concurrent use by multiple goroutines.",
           "Several goroutines can read the map at once as long as none writes to it.",
           ("The goroutines write into the sessions map concurrently, so it needs a sync.Mutex; "
            "plain maps are not safe for concurrent writes.")),
          ("go",)),
    Entry("go_map_value_type",
          "A Go map value refers to the map's data: assigning, passing or returning it shares the "
          "entries, it copies none of them",
          r"\bmaps?\b[^.;]{0,20}(?<!not )\b(are|is)\s+(a\s+)?value\s+types?\b"
          r"|^(?!.*\b(maps\.clone|clone|make\(|new map|copy the entries)).*?\b(pass\w*|return\w*|"
          r"assign\w*)\b[^.;]{0,40}\bmaps?\b" + _NOT_ONLY_ + r"{0,40}\b(copies(?! (only |just )?(the )?(pointer|"
          r"reference|header))|makes? a (new |full )?copy|duplicates)\b"
          r"|^(?!.*\b(maps\.clone|clone|make\(|new map|copy the entries)).*?\b(pass\w*|return\w*|"
          r"assign\w*)\b" + _NOT_ONLY_ + r"{0,50}\b(its|their|a|an) (own|separate|independent) "
          r"copy of (the |that |this )?map\b",
          "Effective Go, Maps ('Like slices, maps hold references to an underlying data "
          "structure. If you pass a map to a function that changes the contents of the map, the "
          "changes will be visible in the caller')",
          ("Passing the map copies it, because maps are value types.",
           "Maps are a value type, so the caller gets its own entries.",
           "Returning cfg.Settings gives the caller its own copy of the map.",
           "Assigning the map to another variable copies all its entries."),
          ("Maps are not value types: returning one shares its entries.",
           "Copy the entries into a new map before returning it.",
           "Passing the map copies only the pointer, so the function changes the caller's map.",
           "maps.Clone gives the caller its own copy of the map."),
          ("go",)),
    Entry("mutex_guards_by_itself",
          "A mutex excludes only the code that locks it: a field read or written without taking "
          "the lock is not protected by it",
          r"\b(mutex|lock)\b(?:(?!\bnot\b|\bonly\b)[^.;]){0,50}\b(protects?|guards?)\s+(the\s+)?(whole|entire|"
          r"every|all)\b"
          r"|\b(go|the runtime|java|the jvm)\s+(blocks|prevents|stops)\s+(all\s+|any\s+)?(other\s+)?"
          r"(accesses|access|reads|writes)\b"
          r"|\b(has|holds|contains|embeds) an? (sync\.)?(mutex|lock)\b[^.;]{0,20}\b(all|every|each) "
          r"(of )?(its|the) (fields?|members?|data|state)\b[^.;]{0,10}\b(is|are) (protected|guarded|"
          r"safe)"
          r"|\b(having|adding|embedding|putting) an? (sync\.)?(mutex|lock)\b" + _NOT_ONLY_ +
          r"{0,40}\bmakes? (all|every|any) (access|reads?|writes?|use)\b[^.;]{0,20}\bsafe"
          r"|\b(mutex|lock)\b" + _NOT_ONLY_ + r"{0,40}\b(protects?|guards?)\b[^.;]{0,40}\beven "
          r"(in|when|where|though|if)\b[^.;]{0,40}\b(without (locking|taking|holding|acquiring|"
          r"the lock|it)|does not (lock|take))"
          r"|\b(has|holds|contains|embeds|includes) an? (sync\.)?(rw)?(mutex|lock)"
          r"\b[^.;]{0,20}\b(all|every|each|any) (of )?(its |the )?(fields?|members?|data|state|"
          r"access\w*|reads?|writes?|use)\b" + _NOT_ + r"{0,30}\b(is|are) (automatically |"
          r"therefore |then )?(protected|guarded|safe|synchroni[sz]ed)\b"
          r"|\bwhile\b[^.;]{0,30}\b(holds|has|takes|owns) (the |its |a )?(lock|mutex)"
          r"\b[^.;]{0,10}\b(no other|nobody|no one|nothing else)\b[^.;]{0,20}\bcan (touch|read|"
          r"access|see|look at)\b",
          "Go standard library, package sync ('A Mutex is a mutual exclusion lock'); the Go Memory "
          "Model (only synchronised accesses are ordered); JLS 17.1",
          ("Holding the lock guards every field of the object.",
           "While the lock is held the runtime prevents any other reads of the slice.",
           "Since the struct has a mutex, all its fields are protected.",
           "The mutex protects balance even in Get, which reads it without locking.",
           ("Balance() reads acct.balance without taking mu, but that is safe because the "
            "struct's mutex protects all of its fields whenever anyone holds it."),
           ("Since Store embeds a sync.Mutex, every access to s.items is protected, including "
            "the read in Len.")),
          ("The mutex only protects code that takes it; Snapshot reads without it.",
           "Lock the mutex in every method that touches the map.",
           "Because Get does not take the lock, it races with Add.",
           ("Balance() reads acct.balance without taking mu, so it races with Deposit even "
            "though the struct has a mutex."))),
    Entry("volatile_makes_atomic",
          "volatile gives visibility, not atomicity: `count++` on a volatile field is still a "
          "separate read, add and write, and concurrent increments are lost",
          r"\bvolatile\b(?:(?!\bnot\b|\bonly\b|n't\b)[^.;]){0,40}\b(makes?|is|are)\b[^.;]{0,30}"
          r"(?<!not )\batomic\b"
          r"|\bvolatile\b" + _NOT_ONLY_ + r"{0,40}\b(makes?|is enough to make|keeps?|renders?)\b"
          r"[^.;]{0,20}(\bincrements?\b|\+\+|\+=|\bcounter updates?\b|\bupdates?\b|"
          r"\bread-modify-write\b)[^.;]{0,20}\b(atomic|thread[- ]safe|safe)\b"
          r"|\bvolatile\b" + _NOT_ONLY_ + r"{0,60}\b(increments?|updates?|\+\+)\b[^.;]{0,30}\b(are|is|"
          r"will be|get) (not|never) lost\b"
          r"|\bvolatile\b" + _NOT_ONLY_ + r"{0,40}\b(guarantees?|ensures?|makes? sure)\b[^.;]{0,40}"
          r"\b(as (one|a single) (step|operation|unit)|atomically|indivisibl\w*|in one step)\b"
          r"|\bvolatile\b[^.;]{0,40}\b(no|without( any)?) (synchroni[sz]ation|locks?|locking|"
          r"synchronized|atomicinteger)\b[^.;]{0,40}(\+\+|\+=|\bincrements?\b)"
          r"|\bvolatile\b" + _NOT_ONLY_ + r"{0,80}(\+\+|\+=|\bincrements?\b|\bupdates?\b)" + _NOT_ONLY_ +
          r"{0,40}\b(is|are)\s+(now |then |therefore |also )?(atomic|thread[- ]safe)\b"
          r"|\bvolatile\b" + _NOT_ONLY_ + r"{0,80}\bno (updates?|increments?|counts?|writes?|"
          r"hits?) (go|goes|get|gets|are|is) (missing|lost|dropped)\b"
          r"|\bvolatile\b[^.;]{0,60}\b(threads?|callers?)\b[^.;]{0,40}\b(can never|cannot|can not|"
          r"ca not|never|will never|will not|wo not)\s+(get|see|read|receive|return|hand out) the "
          r"same (number|value|id|sequence|count)",
          "Java Language Specification 8.3.1.4 and 17.4 (volatile fields: visibility and "
          "ordering); Goetz et al., Java Concurrency in Practice, 3.1.4 ('volatile variables can "
          "only guarantee visibility')",
          ("Declaring the counter volatile makes count++ atomic.",
           "Because the field is volatile, the increment is atomic.",
           "Because count is volatile, increments from two threads are not lost.",
           "The volatile keyword makes the increment thread-safe.",
           "Since the field is volatile, no synchronization is needed for count++.",
           ("I marked hitCount as volatile, so hitCount++ from the request threads is atomic "
            "and no updates go missing."),
           ("Because the sequence field is declared volatile, two threads calling next() can "
            "never get the same number from sequence++.")),
          ("volatile does not make total++ atomic; use AtomicInteger.",
           "volatile only guarantees visibility, not atomicity.",
           "volatile is enough for a flag that one thread sets and others read.",
           "volatile makes the write visible, but increments can still be lost.",
           ("hitCount is volatile, so every thread sees the latest value, but hitCount++ can "
            "still lose updates.")),
          ("java", "c", "cpp")),
    Entry("binary_search_unsorted",
          "Binary search needs sorted input",
          r"\b(binary search|bisect\w*|binarysearch)\b[^.;]{0,20}\b(works|can be used|is fine)\b"
          r"[^.;]{0,10}\bon (an |any )?unsorted"
          r"|\b(binary search|bisect\w*|binarysearch)\b" + _NOT_ONLY_ + r"{0,40}\b(sorted or not|"
          r"whether (or not )?(it is |they are |the \w+ is )?sorted( or not)?|in any order|even (though|if|"
          r"when) (it is |the \w+ is |they are )?(not|un)(sorted| sorted))\b"
          r"|\b(binary search|bisect\w*|binarysearch)\b[^.;]{0,30}\b(does not|do not|never) (need|"
          r"require)s? (a |the |its )?(input |list |array |data )?(to be )?(sorted|ordered)"
          r"|\b(does not|do not|need not|does not need to|do not need to) (have to |need to )?be "
          r"(sorted|ordered)\b[^.;]{0,30}\b(for )?(a )?(binary search|bisect\w*|binarysearch)",
          "Knuth, TAOCP vol. 3, 6.2.1 Searching an ordered table; Cormen et al., Introduction "
          "to Algorithms",
          ("Binary search works on unsorted lists too.",
           "Binary search can be used on any unsorted array.",
           "The list does not have to be sorted for binary search.",
           "Collections.binarySearch works on any list, sorted or not."),
          ("Binary search only works on sorted input.",
           "Sort first, then binary search.")),
    Entry("finally_skipped_on_return",
          "A finally block runs even when the try block returns or raises",
          r"\bfinally\b[^.;]{0,20}\b(does not|never|will not|wo not)\s+(runs?|execute[sd]?)\b[^.;]{0,20}"
          r"\b(return|raise|exception|throw)"
          r"|^(?!.*\b(os\._exit|_exit|system\.exit|killed|kill|halt|daemon|power)\b)(.*?\b(return\w*|"
          r"rais\w*|throw\w*|exceptions?)\b[^.;]{0,40})?\bfinally( block| clause| code)?\b[^.;]{0,10}"
          r"\b(is|are|gets|will be|would be) (skipped|bypassed|never (reached|run|executed)|not "
          r"(reached|run|executed))\b"
          r"|\b(return\w*|rais\w*|throw\w*|exceptions?)\b[^.;]{0,40}\bfinally( block| clause)?\b"
          r"[^.;]{0,10}\b(never|does not|will not|wo not)\s+(runs?|execut\w*|gets? (run|executed))"
          r"|\bfinally\b[^.;]{0,20}\bonly (runs?|run|executes?|executed|happens)\b[^.;]{0,30}\b("
          r"normally|no exception|without (an )?(exception|error)|succeeds|completes|finishes|"
          r"reaches the end)"
          r"|\bfinally\b( block| clause)?[^.;]{0,10}\b(never|does not|will not|wo not|is not|is "
          r"never)\s+(runs?|executes?|executed|run|reached|called)\b" + _C_ + r"{0,40}\b(because|"
          r"since|as|when|if|once)\b" + _C_ + r"{0,30}\b(returns?|returned|throws?|raises?|"
          r"exception|return)\b"
          r"|\b(return|exception|throw)\b" + _C_ + r"{0,40}\b(inside|in) (the )?try\b" + _C_ +
          r"{0,60}\bfinally\b[^.;]{0,10}\b(is not|is never|never gets|does not get|will not be|"
          r"never)\s+(executed|run|reached|called|runs|executes)\b",
          "Python Tutorial, 8.7 Defining Clean-up Actions; Java Language Specification 14.20.2",
          ("The finally block does not run when the function returns early.",
           "finally never executes if an exception is raised.",
           "If an exception is raised, finally is skipped.",
           "Because try returns first, the finally never executes.",
           "finally is only run when the try block finishes normally.",
           ("In loadUser the finally block never runs, because the try block already returns "
            "the user before control gets there."),
           ("The connection isn't closed when parse throws, since a finally clause is skipped "
            "once an exception is raised.")),
          ("The finally block runs even when the function returns early.",
           "finally always runs, so the file is closed.",
           "The finally block is skipped only when the process is killed or calls os._exit.",
           "The finally block in loadUser runs even though the try block returns the user.")),
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
           "Dictionary lookups take logarithmic time.",
           "The dictionary is implemented as a binary search tree, so lookups are logarithmic."),
          ("A dict lookup is O(1) on average because dicts are hash tables.",
           "Binary search on a sorted list is O(log n).",
           "Java's TreeMap is a red-black tree with O(log n) lookups."),
          ("python",)),
    Entry("calling_coroutine_runs_it",
          "Calling a coroutine function only creates a coroutine object: nothing in it runs "
          "until it is awaited or wrapped in a task",
          r"^(?!.*\b(create_task|ensure_future|task)\b).*?\bcall\w*\b[^.;]{0,40}(?<!not )"
          r"(?<!never )\b(starts?|runs?|begins?|executes?|kicks? off)\b[^.;]{0,10}\b(the |each "
          r"|that |a |its )?coroutines?\b"
          r"|\bcoroutines?\b[^.;]{0,20}\b(starts?|begins?) (running|executing)\b[^.;]{0,10}"
          r"\b(as soon as|when|once) (it is |they are |we |you )?(called|created|call (it|them)|"
          r"create (it|them))\b"
          r"|^(?!.*\b(create_task|ensure_future|tasks?|gather|run\(|(with|after|by) (an? )?await)\b)"
          r".*?\b(call\w*|invok\w*)\b[^.;]{0,30}\bwithout (an? )?(await\w*|the await)\b" + _NOT_ONLY_ +
          r"{0,30}\b(still |also )?(runs?|executes?|starts?|sends?|happens|works|completes|kicks? "
          r"off|saves?|writes?)\b"
          r"|^(?!.*\b(create_task|ensure_future|tasks?|gather)\b).*?\b(runs?|executes?|is (sent|run|"
          r"executed|saved|written|done)|happens|starts?)\b[^.;]{0,20}\beven without (an? |the )?"
          r"await\w*"
          r"|^(?!.*\b(create_task|ensure_future|tasks?|gather|(with|after|by) (an? )?await)\b).*?\b("
          r"just |simply |merely )?calling (the |an? )?(async|coroutine) (function|method|def)\b" +
          _NOT_ONLY_ + r"{0,30}\b(starts?|runs?|kicks? off|executes?|sends?|fires?|begins?)\b"
          r"|^(?!.*\b(create_task|ensure_future|tasks?|gather)\b).*?\bcalling (the |a |an |that )?"
          r"`?(coroutine|async)( def)?`?( function| method)?\b" + _NOT_ +
          r"{0,20}\b(starts?|begins?|runs?|executes?|kicks? off|schedules?)\b[^.;]{0,20}"
          r"\b(straight away|right away|immediately|at once|executing|running)\b"
          r"|^(?!.*\b(create_task|ensure_future|tasks?|gather)\b).*?\b(is|are|gets|get)\s+(still )"
          r"?(written|sent|saved|run|executed|logged|stored|recorded|done)\b" + _C_ + r"{0,80}\b(e"
          r"ven though|although|though|even if|despite)\b[^.;]{0,20}\b(nothing|no one|nobody|it "
          r"is not|we do not|i do not|not) await"
          r"|^(?!.*\b(create_task|ensure_future|tasks?|gather|thread\w*)\b).*?\bcalling\b" + _C_ +
          r"{0,40}\)\s+(runs|starts|launches|kicks off|schedules)\s+(it|them|the \w+)\s+in the "
          r"background\b",
          "Python documentation, Coroutines and Tasks ('simply calling a coroutine will not "
          "schedule it to be executed')",
          ("Calling fetch(url) starts the coroutine right away.",
           "Calling an `async def` function schedules its body right away, much like create_task.",
           "Each coroutine begins running as soon as it is called.",
           "Calling save() without await still runs it in the background.",
           "notify() is called, so the notification is sent even without await.",
           "Just calling the async function kicks off the request.",
           ("In close_order I call send_receipt(order) without await, but the receipt is still "
            "sent because calling the coroutine starts executing it straight away."),
           ("The audit record is written since log_event(user) gets called at the end of the "
            "handler, even though nothing awaits it.")),
          ("Calling an `async def` function creates a coroutine; create_task schedules it right away.",
           "Calling fetch(url) does not start the coroutine; it only creates it.",
           "The coroutine runs once it is awaited.",
           "create_task starts running the coroutine soon after it is called.",
           "Calling save() without await does nothing but create a coroutine object.",
           "Calling the async function with await runs it to completion.",
           ("send_receipt(order) without await only creates a coroutine object, so the receipt "
            "is never sent.")),
          ("python",)),
    Entry("gather_sequential",
          "asyncio.gather runs its awaitables concurrently, as tasks on the event loop; only "
          "the results come back in order",
          r"\bgather\b(?:(?!concurren|parallel|at once|together)[^.;]){0,50}(?<!not )"
          r"(?<!never )\b(awaits?|runs?|executes?|processes|happens?|go|goes|proceeds?|finish\w*|"
          r"complet\w*|(are|is) (run|executed|done|awaited|processed))\b"
          r"(?:(?!concurren|parallel|at once|together|results?)[^.;]){0,30}\b(sequentially|"
          r"serially|one (at a time|after (another|the other))|in (turn|sequence|order))"
          r"|\bgather\b" + _NOT_ONLY_ + r"{0,40}\b(waits? for|awaits?)\b[^.;]{0,30}\b(to finish|to "
          r"complete|finish\w*|complet\w*|is done)\b[^.;]{0,10}\bbefore (starting|running|launching|"
          r"it starts|it runs|moving on|the next)"
          r"|^(?!.*\b(without|instead_of|unlike|rather_than)\b).*?\bgather\b" + _C_ + r"{0,80}\b(f"
          r"inishes|completes|ends|is done|returns)\b before\b" + _C_ + r"{0,30}\b(begins|starts|"
          r"runs|is started|is called)\b"
          r"|^(?!.*\b(without|instead_of|unlike|rather_than)\b).*?\bgather\b" + _C_ + r"{0,80}\bth"
          r"e (total|time|run ?time|latency|wall[- ]clock time)\b[^.;]{0,20}\b(is|equals) the sum "
          r"of\b"
          r"|\bgather\b(\([^)]*\))?" + _NOT_ + r"{0,40}\b(runs|executes|awaits|starts|processes|"
          r"makes)\b[^.;]{0,30}\b(one by one|one after (another|the other)|in turn|sequentially|"
          r"in sequence|serially)\b"
          r"|\b(are|is|get)\s+(made|run|executed|awaited|started|processed|done)\s+(sequentially|"
          r"one by one|one after (another|the other)|in turn|serially|in sequence)"
          r"\b[^.;]{0,10}\bby (asyncio\.)?gather\b",
          "Python documentation, asyncio.gather ('Run awaitable objects in the aws sequence "
          "concurrently')",
          ("asyncio.gather awaits the coroutines one at a time.",
           "gather runs them sequentially so that each finishes before the next starts.",
           "gather waits for the first coroutine to finish before starting the second.",
           "With gather, the downloads happen one after the other.",
           ("Because the calls go through asyncio.gather, fetch_user finishes before "
            "fetch_orders begins, so the total is the sum of the two delays."),
           ("asyncio.gather(*jobs) runs the jobs one by one in the order they are passed, which "
            "is why the log lines come out in order.")),
          ("gather runs them concurrently and returns the results in order.",
           "gather does not run them one after another; they run together on the loop.",
           ("asyncio.gather runs fetch_user and fetch_orders concurrently, so the total is "
            "about the longer delay, not the sum.")),
          ("python",)),
    Entry("gather_swallows_errors",
          "By default asyncio.gather propagates the first exception to its awaiter; only "
          "return_exceptions=True puts exceptions in the result list",
          r"^(?!.*return_exceptions).*?\bgather\b[^.;]{0,40}(?<!not )(?<!never )\b(swallows?|"
          r"suppresses?|ignores?|hides?|silences?|catches)\b[^.;]{0,20}\b(the )?(exceptions?|"
          r"errors?|failures?|failed (tasks?|coroutines?|requests?|calls?|ones?))"
          r"|^(?!.*return_exceptions).*?\bgather\b[^.;]{0,60}\b(puts?|returns?|fills? in|"
          r"inserts?|stores?)\s+(a\s+)?none\b"
          r"|^(?!.*return_exceptions).*?\bgather\b" + _NOT_ONLY_ + r"{0,40}\b(returns?|gives?( back)?|"
          r"keeps?|collects?)\b (the |all the |just the )?(other|remaining|successful|good) results\b"
          r"|^(?!.*return_exceptions).*?\b(exceptions?|errors?|failures?)\b[^.;]{0,30}\b(is|are|get|"
          r"gets) (silently |just )?(swallowed|dropped|ignored|suppressed|lost|discarded|hidden) by "
          r"(asyncio\.)?gather",
          "Python documentation, asyncio.gather (return_exceptions=False: the first raised "
          "exception is immediately propagated)",
          ("gather swallows the exception and carries on.",
           "If one request fails, gather puts None in its slot.",
           "gather ignores the failed task and returns the other results.",
           "Any exception in a coroutine is silently dropped by gather."),
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
          r"call|release)\w*\b[^.;]{0,40}\b(on|when|after|if)\b[^.;]{0,20}\b(an? )?(early )?return"
          r"|\b(return\w*|break\w*)\b[^.;]{0,30}\b(inside|in|from|within|out of) (the |a )?with\b"
          r"[^.;]{0,40}\b(is never|never|is not|does not get|are not|are never) (closed|released|"
          r"called|exited|run|unlocked)"
          r"|\b(files?|locks?|connections?|resources?|sockets?)\b[^.;]{0,10}\b(stays?|remains?|is "
          r"left|is still|are left) (open|held|locked|acquired)\b[^.;]{0,40}\b(return\w*|break\w*)"
          r"\b[^.;]{0,30}\bwith\b"
          r"|^(?=.*\b(with|context manager|__exit__)\b).*?\b(return|break|continue)\b[^.;]{0,40}"
          r"(?<!not )(?<!never )\b(bypass\w*|skips?|jumps? over)\b[^.;]{0,20}\b(the )?((lock )?"
          r"release|clean-?up|close|closing|unlock)"
          r"|\bwith\b( statement| block)?[^.;]{0,20}\bonly (closes|releases|exits|calls __exit__|"
          r"cleans up|runs)\b[^.;]{0,30}\b(when|if)\b[^.;]{0,30}\b(normally|reaches the end|"
          r"without (an? )?(exception|return|error)|runs to the end|falls off)\b"
          r"|\b(return\w*|raises?|throws?|exceptions?|break\w*)\b" + _C_ + r"{0,40}\binside (the |"
          r"a )?with\b" + _C_ + r"{0,40}\b(stays|remains|is left|is still|left) open\b"
          r"|\b(raises?|throws?|exceptions?|returns?|breaks?)\b" + _C_ + r"{0,30}\b(inside|in|"
          r"within|from) (the |a )?with( block| statement)?\b" + _C_ + r"{0,30}\b(is|are|gets?)"
          r"\s+never (released|closed|exited|called|run|freed|unlocked)\b"
          r"|\b(jumps?|skips?|goes|bypass\w*)\b[^.;]{0,20}\b(past|over|around) (the )?__exit__",
          "Python Language Reference, 8.5 The with statement (__exit__ is called however the "
          "suite is left)",
          ("An early return inside the with block bypasses the context manager.",
           "__exit__ only runs when execution reaches the end of the block normally.",
           "The with statement does not close the file when the function returns early.",
           "Returning from inside the with means the file is never closed.",
           "The break inside the with block skips the lock release, so the lock stays held.",
           ("When read_config returns from inside the with open(...) block, the file stays "
            "open, because the with statement only closes it when the block finishes normally."),
           ("If parse_rows raises inside the with block, the lock is never released, since the "
            "exception jumps straight out past __exit__.")),
          ("The with statement closes the file even when the function returns early.",
           "__exit__ runs however the block is left, by return or by an exception.",
           "A file opened without with stays open if the function returns early.",
           "The early return skips the f.close() call, which is why a with block is safer.",
           "The with block closes the file even when read_config returns from inside it."),
          ("python",)),
    Entry("closures_capture_values",
          "Closures capture variables (bindings), not their values at creation: with `var`, "
          "or a Python loop variable, every closure sees the last value",
          r"\b(arrow functions?|closures?|callbacks?|lambdas?|inner functions?)\b"
          r"(?:(?!\bnot\b)[^.;]){0,40}\bcaptur\w*\b[^.;]{0,25}\bby value\b"
          r"|\b(arrow functions?|closures?|callbacks?|lambdas?)\b(?:(?!\bnot\b)[^.;]){0,40}"
          r"\b(snapshots?|freezes?|copies)\b[^.;]{0,20}\b(the )?(current )?(value|variable|i)\b"
          r"|\b(arrow functions?|closures?|callbacks?|lambdas?|inner functions?|handlers?)\b" + _NOT_ +
          r"{0,40}\b(captures?|remembers?|stores?|saves?|keeps?|records?|freezes?|snapshots?)\b (the )?"
          r"(current |present )?values? of \w+\b" + _NOT_ + r"{0,30}\b(at (the time|creation|definition)|"
          r"when (it is|they are|it was|they were) (created|defined|made)|at that (moment|point|time))"
          # the shapes a candidate uses: "captures the value of `i` when it was created",
          # "froze `i` when it was defined", "keeps its own copy of the loop index"
          r"|\b(arrow functions?|closures?|callbacks?|lambdas?|functions?|handlers?)\b" + _NOT_ +
          r"{0,40}\b(captur\w*|remember\w*|stor\w*|sav\w*|record\w*|froze\w*|freez\w*|keeps?|"
          r"kept|bind\w*|bound|lock\w*)\b (the |its |their )?((current |present )?values? of `?[\w.]+`?|"
          r"`?\w+`?|(loop )?(variable|index|counter)'?s? value)" + _NOT_ + r"{0,30}\b(at (the time|"
          r"creation|definition)|when (it is|they are|it was|they were) (created|defined|made)|at "
          r"(definition|creation) time|from (its|their) own (iteration|pass))"
          r"|\b(binds?|bound|captures?|copies|freezes)\b (the )?(value of )?`?\w+`? into (each|every) "
          r"(inner |nested )?(function|lambda|closure|callback)\b[^.;]{0,20}\b(at definition time|"
          r"when (it is|it was) (created|defined))"
          r"|\b(each|every) (arrow function|closure|callback|lambda|function|handler)\b" + _NOT_ +
          r"{0,40}\b(keeps?|has|gets?|holds?|captures?|remembers?) (its|a) own (copy|value|snapshot) "
          r"of the (loop )?(variable|index|counter)\b",
          "ECMAScript specification, 9.1 Environment Records; MDN Closures (closures in "
          "loops); Python FAQ, lambdas defined in a loop",
          ("Arrow functions capture i by value when they are created.",
           "Each callback snapshots the current value of i.",
           "Each arrow function captures the value of i at the time it is created.",
           "The callbacks in `hooks` froze `k` when they were defined, so they print 0, 1 and 2.",
           "Every lambda in `ops` keeps its own copy of the loop counter."),
          ("Closures capture the variable itself, not its value, so they all see 3.",
           "No lambda keeps its own copy of the loop counter; each reads `k` when it runs.",
           "A default argument such as `k=k` freezes the value at definition time for that lambda.",
           "The arrow functions do not capture i by value.",
           "Bind the current value with a default argument, lambda i=i: i."),
          ("javascript", "typescript", "python")),
    Entry("js_sort_numeric",
          "Array.prototype.sort without a comparator converts the elements to strings and "
          "compares them in UTF-16 order (so 100 sorts before 9)",
          # a comparator the answer says is there ("with no comparator" says it is not)
          r"^(?!.*(?<!\bno )(?<!\bwithout )(?<!\bwithout a )(?<!\bwithout any )"
          r"(comparator|compare ?function|comparefn|\(a, ?b\)|a - b|b - a))"
          r".*?\bsort\w*\b(?:(?!\bnot\b|\bnever\b|\bstrings?\b)[^.;]){0,60}"
          r"\b(numeric(al(ly)?)?|as numbers|by numeric value)\b"
          # the shapes: 'sort with no comparator orders numbers by value', '`xs.sort()` puts 2
          # before 10'
          r"|\bsort(\(\))?\b[^.;]{0,20}\b(with no|without( a| any)?) (comparator|compare functio"
          r"n|compare fn|arguments?)\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0"
          r",10}\b(orders?|sorts?|arranges?|compares?|puts?) (the )?(numbers|values|elements|int"
          r"egers) (by (their )?(numeric )?value|by magnitude|in numeric order|as numbers)\b"
          r"|\.sort\(\)`? (puts|places|keeps|orders) `?([2-9]) before `?1\d+\b"
          r"|\.sort\(\)`?( on `?\[[^\]]*\]`?)? (gives|returns|yields|produces|results in) `?\[(2"
          r", 1\d+|3, [12]\d+|4, [1-3]\d+|5, [1-4]\d+|6, [1-5]\d+|7, [1-6]\d+|8, [1-7]\d+|9, [1-"
          r"8]\d+)",
          "MDN Web Docs, Array.prototype.sort ('the default sort order is ascending, built "
          "upon converting the elements into strings')",
          ('`ages.sort()` places 9 before 12.',
           '`nums.sort()` on `[40, 5, 100]` results in `[5, 40, 100]`.',
           "JavaScript's sort() orders numbers numerically by default.",
           "The default sort notices the elements are numbers and switches to numeric order.",
           "values.sort() with no comparator sorts numbers numerically when all are numbers."),
          ('`ages.sort()` places 12 before 9, since it compares strings.',
           '`nums.sort((a, b) => a - b)` on `[40, 5, 100]` results in `[5, 40, 100]`.',
           "sort() without a comparator compares the elements as strings, not numerically.",
           "Pass a comparator so that sort orders them numerically."),
          ("javascript", "typescript"), code_has=r"\.sort\s*\("),
    Entry("async_awaits_its_promises",
          "An async function does not wait for promises it creates but does not await",
          r"\basync\b[^.;]{0,60}(?<!not )(?<!never )(?<!must )(?<!should )(?<!to )"
          r"\b(awaits?|waits? for|waits? on)\b[^.;]{0,10}\b(every|all|each|any)\b[^.;]{0,30}"
          r"\bpromises?\b"
          r"|\basync\b" + _NOT_ + r"{0,40}\bwaits? for\b" + _C_ + r"{0,30}\bbefore (return\w*|it "
          r"returns|\w+ returns|respond\w*|the response|send\w*)"
          r"|\basync (function|method|handler)\b[^.;]{0,20}\b(does not|will not|never) (return|finish|"
          r"complete|resolve)\b[^.;]{0,10}\buntil (every|all|each|the) (promises?|calls?|\w+ calls?)\b"
          r"|\b(unawaited|un-awaited|not-awaited)\b[^.;]{0,30}\b(completes?|finishes|resolves|is done|"
          r"runs)\b[^.;]{0,10}\bbefore\b"
          r"|^(?=.*\b(even though|although|though|even without|without|despite)"
          r"\b[^.;]{0,25}\bawait).*?\basync\b" + _C_ + r"{0,40}\b(wo not|will not|does not|cannot|"
          r"can not|ca not|never)\s+(return|finish|resolve|complete)\b[^.;]{0,10}\b(until|before)"
          r"\b" + _C_ + r"{0,50}\b(has|have|are|is)\s+(resolved|settled|finished|completed|done)\b",
          "MDN Web Docs, async function (only await suspends the function)",
          ("Because the function is async, the engine awaits every promise created in it.",
           "An async function automatically waits for all promises in its body.",
           "Because the function is async, it waits for save() to finish before returning.",
           "The async function does not return until every promise inside it has resolved.",
           ("handleOrder is async, so it won't return until the sendEmail(order) promise inside "
            "it has resolved, even though I don't await it."),
           ("Since the function is declared async, the engine waits for writeAudit() to "
            "complete before the response is sent.")),
          ("An async function does not wait for promises it does not await.",
           "In an async function you must await each promise you care about.",
           "Without await, save() runs in the background and handler returns first.",
           ("handleOrder is async but it does not await sendEmail(order), so it returns before "
            "the email is sent.")),
          ("javascript", "typescript")),
    Entry("json_lenient",
          "JSON.parse (and Python's json.loads) accept only strict JSON: keys and strings in "
          "double quotes, no trailing commas; anything else is a syntax error",
          r"\bjson(\.parse|\.loads)?\b(?:(?!\bnot\b|\bnever\b)[^.;]){0,40}\b(lenient|forgiving|"
          r"tolerant|accepts?|allows?|handles?)\b[^.;]{0,30}\b(unquoted|single[- ]quoted|bare "
          r"(words?|identifiers?|keys?)|trailing commas?)"
          r"|\b(json(\.parse|\.loads)?|python's json( module)?)\b" + _NOT_ + r"{0,40}\b(accepts?|allows?|"
          r"tolerates?|is fine with|copes with|supports?|ignores?|skips?)\b[^.;]{0,30}\b(unquoted|"
          r"single[- ]quot\w*|single quotes|bare (words?|identifiers?|keys?)|trailing commas?|comments)",
          "ECMA-404 The JSON Data Interchange Syntax; MDN Web Docs, JSON.parse",
          ("JSON.parse is lenient about unquoted keys.",
           "json.loads accepts single-quoted strings as well.",
           "JSON.parse accepts single quotes, so the config loads.",
           "json.loads tolerates a trailing comma in the list."),
          ("JSON.parse throws a SyntaxError on unquoted keys.",
           "JSON.parse does not accept unquoted keys or trailing commas.",
           "JSON5 allows trailing commas and unquoted keys, standard JSON does not.")),
    Entry("waitgroup_serialises",
          "sync.WaitGroup only waits for goroutines to finish: it gives no mutual exclusion, "
          "so their writes to shared state still race",
          r"\b(wait ?groups?|wg(\.wait|\.add|\.done)?)\b(?:(?!\bnot\b|\bno\b)[^.;]){0,60}\b("
          r"serialis\w*|serializ\w*|protects?|guards?|mutual exclusion|one at a time|makes? "
          r"(it|them|the \w+) (safe|atomic))"
          r"|\b(wait ?groups?|wg)\b" + _NOT_ + r"{0,60}\b(only one (goroutine|thread|worker)|(prevents?|"
          r"avoids?|stops?|eliminates?|rules? out) (the |a |any )?(data )?races?|synchroni[sz]\w* (the )?"
          r"(writes|updates|access|accesses))\b"
          r"|\b(wait ?groups?|wg)\b" + _C_ + r"{0,40}\b(goroutines?|threads?|workers?)\b[^.;]{0,10}"
          r"\b(do not|cannot|can not|ca not|will not|wo not|never) (race|conflict|clash|interfere)"
          r"|\b(wait ?groups?|wg)\b" + _NOT_ + r"{0,40}\b(updates?|writes?|increments?|accesses|access)"
          r"\b[^.;]{0,20}\b(are|is) (safe|thread[- ]safe|atomic|protected|synchroni[sz]ed)\b"
          r"|\b(wait ?groups?|wg)\b" + _NOT_ + r"{0,40}\b(makes?|has|forces?|keeps?|lets?)"
          r"\b[^.;]{0,30}\b(run|execute|go|finish|happen|update|write)\b[^.;]{0,10}\b(one after "
          r"(another|the other)|in turn|sequentially|in sequence|one by one)\b"
          r"|\b(wait ?groups?|wg)\b" + _NOT_ + r"{0,20}\b(coordinates|orders|sequences|"
          r"synchroni[sz]es|controls|manages)\b[^.;]{0,15}\b(the )?(writes|updates|access|"
          r"accesses|increments)\b"
          r"|\bno (data )?races?\b[^.;]{0,60}\b(because|since|as|thanks to)\b[^.;]{0,30}\b(wait "
          r"?groups?|wg)\b",
          "Go documentation, sync.WaitGroup ('waits for a collection of goroutines to "
          "finish'); The Go Memory Model",
          ("The WaitGroup serialises the goroutines, so each update finishes first.",
           "wg.Wait protects total from concurrent writes.",
           "wg.Wait prevents the data race on the counter.",
           "Because we use a WaitGroup, the goroutines do not race on sum.",
           "Since every goroutine calls wg.Done, their updates to count are safe.",
           ("Each goroutine does total += n and then wg.Done(), and that's safe because the "
            "WaitGroup makes the goroutines run one after another."),
           ("There's no data race on results since the sync.WaitGroup coordinates the writes "
            "from the workers.")),
          ("The WaitGroup only waits for the goroutines; it does not protect the counter.",
           "wg.Wait gives no mutual exclusion, so a mutex is needed.",
           "wg.Wait makes main wait until every goroutine has called Done.",
           ("The WaitGroup only makes main wait for the workers; the total += n updates still "
            "race without a mutex.")),
          ("go",)),
    Entry("plain_increment_atomic",
          "A plain `+=` on a shared integer is a read-modify-write, not atomic: without a lock "
          "or an atomic operation concurrent updates are lost",
          r"\b(int64|int32|ints?|integers?|longs?|word[- ]sized|counters?)\b[^.;]{0,30}"
          r"\b(additions?|increments?|writes?|updates?|\+=|\+\+)[^.;]{0,30}(?<!not )\b(are|is)\s+"
          r"(always |already |inherently )?atomic\b"
          r"|\b(additions?|increments?|\+=|\+\+)[^.;]{0,10}\b(to|on|of) (an? |the )?(int64|int32|int|"
          r"integer|long|counter)\b[^.;]{0,30}(?<!not )\b(are|is)\s+(always |already )?atomic\b"
          r"|^(?!.*(\batomic\w*\.\w|std::atomic|\batomic<|\batomic (int|integer|long|type|variable)|"
          r"\batomic(integer|long)\b|\binterlocked\b|_atomic\b))"
          r".*?((\+\+|\+=|\bincrements?\b)" + _NOT_ + r"{0,40}\b(single|one) (machine |cpu |atomic )?"
          r"(instruction|operation|step)\b[^.;]{0,40}\b(atomic|thread[- ]safe|safe)\b"
          r"|\b(incrementing|adding (one |1 )?to|updating|bumping) (an? |the )?(int64|int32|int|integer|"
          r"long|counter|shared counter|count)\b[^.;]{0,30}(?<!not )\b(is|are) (always |already )?atomic\b"
          r"|(\+\+|\+=)" + _NOT_ + r"{0,20}\b(is|are) (always |already |inherently )?(atomic|"
          r"thread[- ]safe)\b"
          r"|\b(increments?|\+\+|\+=|updates?)\b" + _NOT_ + r"{0,20}\b(happens|is done|runs|executes|"
          r"occurs) (in )?(one|a single) (step|instruction|operation)\b)"
          r"|^(?!.*(\batomic\w*\.\w|std::atomic|\batomic<|\batomic ?(int|integer|long|type|"
          r"variable|counter|bool)|interlocked|fetch_add|incrementandget|getandincrement|"
          r"addandget|_atomic\b|sync/atomic)).*?(\+\+|\+=|\bincrement\w*|\badd\w* (one|1) to)" + _NOT_ +
          r"{0,40}\b(is|are|happens|runs|executes)\s+(as )?(a |one )?(single |one )?atomic "
          r"(operation|instruction|step|action)\b"
          r"|^(?!.*(\batomic\w*\.\w|std::atomic|\batomic<|\batomic ?(int|integer|long|type|"
          r"variable|counter|bool)|interlocked|fetch_add|incrementandget|getandincrement|"
          r"addandget|_atomic\b|sync/atomic)).*?(\+\+|\+=|\bincrements?\b|\bupdates?\b)" + _NOT_ +
          r"{0,30}\b(happens|runs|executes|is (done|performed|executed|applied)|occurs|takes "
          r"place)\s+atomically\b"
          r"|^(?!.*(\batomic\w*\.\w|std::atomic|\batomic<|\batomic ?(int|integer|long|type|"
          r"variable|counter|bool)|interlocked|fetch_add|incrementandget|getandincrement|"
          r"addandget|_atomic\b|sync/atomic)).*?\b(the |an |this |that |each |every )(increments?|"
          r"additions?|updates?) (of|to|on) (the |an? )?[\w.\[\]'\"]+\s+(is|are)\s+(always |"
          r"already |inherently )?atomic\b",
          "The Go Memory Model (a data race); Java Language Specification 17.7; C11 5.1.2.4 "
          "(only atomic types give atomic read-modify-write)",
          ("Additions to an int64 are atomic on 64-bit machines.",
           "An increment of the counter is atomic, so no lock is needed.",
           "counter++ is a single instruction, so it is atomic.",
           "total += n is atomic because it is one line.",
           "Incrementing an int is atomic on x86, so no lock is needed.",
           ("In handle() the counter.requests++ line doesn't need synchronisation, because "
            "incrementing an int field is a single atomic operation on the JVM."),
           ("Two threads calling recordHit can't lose a count, since processed += 1 happens "
            "atomically as one instruction.")),
          ("total += n is not atomic: it reads, adds and writes.",
           "Use atomic.AddInt64 to make the increment atomic.",
           "AtomicInteger.incrementAndGet is atomic.",
           "count.fetch_add(1) on a std::atomic<int> is atomic.",
           ("counter.requests++ is not atomic: it is a read, an add and a write, so two threads "
            "can lose a count."))),
    Entry("defer_per_iteration",
          "A deferred call runs when the surrounding function returns, not at the end of a loop "
          "iteration: defers in a loop pile up until the function ends",
          r"\bdefer\w*\b(?:(?!\bnot\b|\breturns?\b)[^.;]){0,60}\b(runs?|executes?|fires?|is "
          r"called|happens|(is )?scoped)\b(?:(?!\bnot\b|\breturns?\b)[^.;]){0,30}\b(end of "
          r"(each|the|every|that) (loop )?(iteration|pass|body)|(each|every|that) iteration|per "
          r"iteration|(before|when) the next (iteration|file|loop|pass))"
          r"|\bdefer\w*\b" + _NOT_ + r"{0,40}\b(closes?|releases?|cleans? up|runs?|executes?|fires?|"
          r"happens|is called)\b" + _NOT_ + r"{0,30}\b(end of (each|the|every|that) (loop )?(iteration|"
          r"pass|body)|when the (enclosing |surrounding |inner |current )?(loop )?(body|iteration|"
          r"block|scope|for (block|body)) (ends|exits|finishes|completes|closes|is (done|left|exited)))"
          r"|\b(closed|released|run|executed)\b (by|in) (its|the|each) defer\w*\b[^.;]{0,30}\b(before "
          r"the next|at the end of (each|the|every) (loop )?(iteration|pass))"
          r"|\bdefer\w*\b[^.;]{0,30}\bonly one (file|connection|handle|resource|rows?|response body)\b"
          r"[^.;]{0,20}\b(is |are )?(open|held|alive)\b"
          r"|\bdefer\w*\b" + _NOT_ + r"{0,40}\b(closes?|releases?|cleans? up|runs?|executes?|"
          r"fires?|happens|is called)\b" + _NOT_ + r"{0,30}\b(as soon as|when|once|after) (that|"
          r"each|the|every|this) (loop )?(iteration|pass) (ends|finishes|is done|completes|is "
          r"over)\b"
          r"|\bdefer\w*\b" + _C_ + r"{0,60}\bonly one\b( \w+)? (is |are )?(open|held|alive) at (a|"
          r"any one) time\b",
          "The Go Programming Language Specification, Defer statements ('deferred functions "
          "are invoked immediately before the surrounding function returns')",
          ("Each defer inside the loop runs at the end of that iteration.",
           "The deferred Close is scoped to the loop body, so it fires before the next file.",
           "defer f.Close() closes each file at the end of the loop iteration.",
           "Because of the defer, only one file is open at a time in the loop.",
           ("Inside the for loop over paths, defer f.Close() closes each file as soon as that "
            "iteration ends, so only one is open at a time."),
           ("There's no handle leak in importAll, because the deferred Close runs at the end of "
            "every loop iteration.")),
          ("defer runs when the function returns, not at the end of each iteration.",
           "The deferred calls pile up and run when ImportAll returns.",
           "Move the loop body into a function so that each defer runs per file.",
           ("The defer f.Close() inside the loop runs only when importAll returns, so every "
            "file stays open until then.")),
          ("go",)),
    Entry("append_always_copies",
          "append reuses the slice's backing array when its capacity allows; it allocates a "
          "new array only when the capacity runs out",
          r"\bappend\b[^.;]{0,30}(?<!not )\b(always|every time|each time|unconditionally)\b"
          r"[^.;]{0,20}\b(allocates?|copies|creates?|makes?|returns?|gives?)\b[^.;]{0,35}"
          r"\b(new|fresh|copy|separate|own)\b"
          r"|\bappend\b[^.;]{0,30}(?<!not )\balways\s+(copies|reallocates)\s+(the\s+)?(backing\s+|underlying\s+)?"
          r"arrays?\b"
          r"|^(?!.*\b(capacity|cap|full|runs? out|grows?|reallocat\w*|when|if|once|until)\b).*?"
          r"\bappend\b" + _NOT_ONLY_ + r"{0,20}\b((copies|clones|duplicates) (the )?(slice|array|"
          r"original|input|backing array)|(makes?|returns?|creates?|gives?) (a |an )?(new |fresh |"
          r"separate |independent )?(copy|clone)|(never|does not|will not|cannot) (writes?|modif\w+|"
          r"touch\w*|change\w*|mutat\w*|shares?|reuses?)\b[^.;]{0,20}\b(into |to )?(the )?(original|"
          r"underlying|backing|caller's|old|existing))\b",
          "The Go Programming Language Specification, Appending to and copying slices ('if "
          "the capacity of s is not large enough ... append allocates a new ... array')",
          ("append always allocates a fresh backing array.",
           "append every time makes a new copy of the slice.",
           "append always copies the values over into a new array before adding one.",
           "Calling append always reallocates the underlying array.",
           "append copies the slice, so the original is never modified.",
           "Since append makes a copy, changing b does not affect a."),
          ("append allocates a new array only when the capacity runs out.",
           "append does not always copy; with spare capacity it reuses the array.",
           "When the capacity runs out append allocates a new array and copies."),
          ("go",)),
    Entry("error_equality_unwraps",
          "`==` compares error values directly; only errors.Is and errors.As walk the Unwrap "
          "chain of a wrapped error",
          r"^(?!.*errors\.(is|as)\b[^.;]{0,40}\b(walks?|follows?|unwraps?)).*?(==|\bequality\b|"
          r"\bcompar\w*)(?:(?!\bnot\b|\bnever\b)[^.;]){0,50}\b(follows?|walks?|unwraps?|"
          r"traverses?|looks? through|sees? through)\b[^.;]{0,25}\b(unwrap|chain|wrapped|"
          r"wrappers?)"
          r"|%w\b(?:(?!\bnot\b)[^.;]){0,80}\bcompares? equal\b"
          r"|==\s*\w+\b[^.;]{0,10}\b(is true|holds|matches|succeeds|works)\b[^.;]{0,30}\b(even (though|"
          r"if|when|after)|although)\b[^.;]{0,30}\b(wrapped|wrapping|%w|fmt\.errorf)"
          r"|==" + _NOT_ + r"{0,20}\bsees? through (the )?wrapping"
          r"|\bwrapped (error|err)\b" + _NOT_ + r"{0,30}==" + _NOT_ + r"{0,20}\b(matches|finds|works|is "
          r"true|succeeds|equals|returns true)",
          "Go documentation, errors package ('errors.Is unwraps its first argument "
          "sequentially'); Go blog, Working with Errors in Go 1.13",
          ("Comparing with == follows the Unwrap chain, so it matches the sentinel.",
           "Wrapping with %w returns an error that compares equal to the original under ==.",
           "err == ErrNotFound is true even though the error was wrapped with %w.",
           "Comparing the wrapped error with == matches ErrNotFound."),
          ("errors.Is walks the Unwrap chain; == does not.",
           "== compares the wrapper itself, so it is not equal to the sentinel.",
           "An unwrapped sentinel compares equal with ==."),
          ("go",)),
    Entry("boxed_equality_unboxes",
          "`==` between two wrapper objects (Integer, Long) compares references; it unboxes "
          "only when the other side is a primitive",
          r"\b(both|two)\b[^.;]{0,40}\b(integers?|longs?|wrappers?|wrapper types|boxed)\b"
          r"(?:(?!\bnot\b|\bnever\b)[^.;]){0,40}\bunbox\w*"
          r"|==\s*(on|between|with|for)\s+(two\s+)?(integers?|longs?|wrappers?|boxed \w+)\b"
          r"[^.;]{0,20}\b(is|does)\s+(a\s+)?(value|numeric)\s+compar"
          r"|\b(integer|long|short|double|boolean|character)\s+\w+\s*==\s*(integer|long)?\s*\w+\b" +
          _NOT_ + r"{0,20}\b(compares|checks|tests)\b (the |their )?(numbers?|values?|ints?|int values|"
          r"numeric values|contents)"
          r"|==\s*(on|between|with|for)\s+(two\s+)?(integer|long|wrapper|boxed)( objects?| values?| \w+)?"
          r"s?\b" + _NOT_ + r"{0,20}\b(compares|checks|tests)\b (the |their )?(numbers?|values?|ints?|"
          r"int values|numeric values|contents)"
          r"|\bboth\b[^.;]{0,20}\b(integers?|longs?|boxed)\b[^.;]{0,20}==" + _NOT_ + r"{0,20}\b(compares|"
          r"checks|tests)\b (the |their )?(numbers?|values?|int values|numeric values)"
          # the shapes: 'Java caches every Integer', '== unboxes both Integer operands'
          r"|==[^.;]{0,30}\b(passes|is true|holds|works|succeeds)\b[^.;]{0,30}\b(both|two) (are "
          r"|being )?(boxed|integers?|integer objects|wrapped|longs?)\b"
          r"|\b(java|jvm|the runtime|autoboxing)\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|"
          r"\.(?=\w))){0,10}\b(caches|interns|reuses) (every|all|each|any) (integers?|boxed|long"
          r"s?|values?)\b"
          r"|\bequal (values|integers|numbers|longs) are always the same (object|instance)\b"
          r"|==`?(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,20}\b(automatically "
          r"|always )?unbox(es)? (both|the two|two) (integer|long|boxed|wrapper)\b",
          "Java Language Specification 15.21.3 (reference equality) and 5.1.8 (unboxing)",
          ('Autoboxing reuses every Integer, so two boxed 5000s are one object.',
           'Here == unboxes both Integer operands and compares 128 with 128.',
           "When both sides are Integer objects, the compiler unboxes them before comparing.",
           "== on Integer is a value comparison.",
           "== on two Long objects compares their values.",
           "Since both are Integers, == checks the int values."),
          ('Autoboxing does not reuse every Integer; only -128 to 127 are cached.',
           'Here == does not unbox two Integer operands; it compares references.',
           "Two Integer objects compared with == are compared by reference.",
           "When one side is an int, the Integer is unboxed before the comparison.",
           "Integers from -128 to 127 are cached, so == happens to work for small values."),
          ("java",)),
    Entry("string_equality_contents",
          "`==` on Java Strings compares references; equals compares the characters (string "
          "literals are interned, so two equal literals are one object)",
          r"==(?:(?!\bnot\b|\bequals\b)[^.;]){0,30}\bstrings?\b(?:(?!\bnot\b)[^.;]){0,20}"
          r"\bcompares?\s+(the\s+)?(contents?|characters|text)\b"
          r"|\bliterals?\b[^.;]{0,30}\b(are|is)\s+(no longer|not|never)\s+interned"
          r"|\b(no longer|not|never)\s+interns?\b[^.;]{0,20}\bliterals?"
          r"|==" + _NOT_ + r"{0,10}\b(compares|checks|tests)\b (whether )?(the )?(contents?|characters|"
          r"text|values?)\b( of)?[^.;]{0,20}\bstrings?\b"
          r"|==\s*(on|between|for|with)\s+(two\s+)?strings?\b" + _NOT_ + r"{0,20}\b(compares|checks|"
          r"tests)\b (the |their )?(contents?|characters|text|values?)"
          r"|\b\w+\s*==\s*\"[^\"]*\"" + _NOT_ + r"{0,20}\b(compares|checks|tests)\b[^.;]{0,20}\b(contents?|"
          r"characters|text|values?|letters)\b"
          r"|\bcompares? (the )?(strings?'? )?(values|contents|characters|text)( of (the )"
          r"?strings)? (with|using|via) (==|the == operator)"
          r"|==\s*\"[^\"]*\"\s*(returns|is|evaluates to|gives)\s+true\s+(whenever|when|if|as long "
          r"as)\s+(the )?(text|characters|contents|strings?|values?|letters)\s+(match|matches|are "
          r"(the same|equal)|is the same)\b"
          # the shapes: 'all strings are interned', '== and equals are interchangeable for
          # strings'
          r"|\bnew string\([^)]*\) ?== ?\"[^\"]*\"`? (is|evaluates to|returns|gives) `?true\b"
          r"|\b\w+ ?== ?\"[^\"]+\"\)?`?(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){"
          r"0,5}\b(works|is true|matches|succeeds|passes)\b[^.;]{0,30}\b(when|if|for) (the )?(us"
          r"er|input|someone|it)\b"
          r"|(?<!\bnot )\b(all|every) strings? (is|are) (automatically )?interned\b"
          r"|\bequal strings are always the same (object|instance|reference)\b"
          r"|(==`? and `?equals|equals(\(\))?`? and `?==)`?(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)"
          r"(?:[^.;]|\.(?=\w))){0,10}\b(are|behave|work|do)\b (interchangeabl[ey]|the same|ident"
          r"ically|equivalent|alike)\b",
          "Java Language Specification 3.10.5 (string literals are interned) and 15.21.3",
          ('Every string is interned by the JVM, so `==` on two equal strings is true.',
           'For strings, equals and == behave the same.',
           "== on two strings compares the characters.",
           "Since Java 7 literals are no longer interned across classes.",
           "In Java, == on strings compares their values.",
           "name == \"admin\" checks whether the characters match.",
           ("The check role == \"admin\" in authorise works because == on Strings compares the "
            "characters."),
           ("if (input == expected) is fine for the passwords, since Java compares string "
            "values with ==.")),
          ('Not every string is interned; only compile-time constants are.',
           'For strings, equals and == do not behave the same.',
           "== compares string references; equals compares the characters.",
           "Two equal string literals are the same interned object.",
           "equals compares the characters of the strings.",
           ("role == \"admin\" compares references, so a role read from the request is never == "
            "\"admin\"; equals compares the characters.")),
          ("java",)),
    Entry("foreach_iterates_snapshot",
          "Java's enhanced for loop uses the collection's own Iterator, not a copy; changing "
          "the list structurally makes the next next() throw ConcurrentModificationException, "
          "even in one thread",
          r"\b(enhanced for|for-?each|for each)( loop)?\b(?:(?!\bnot\b|\bno\b)[^.;]){0,50}"
          r"\b(snapshot|copy of the (list|collection)|toarray)\b"
          r"|concurrentmodificationexception\b[^.;]{0,30}\bonly\b[^.;]{0,40}\b(another|other|"
          r"multiple|different|second) threads?"
          r"|^(?!.*\b(copyonwrite\w*|concurrent\w*|weakly consistent|toarray|new arraylist|list\.copyof|"
          r"copy)\b[^.;]{0,20}\b(iterat|loop))(?!.*\b(copyonwrite\w*|concurrent\w*)\b).*?"
          r"\b(iterators?|for-?each|enhanced for|for each|loop)\b" + _NOT_ + r"{0,30}\b(works? on|walks?|"
          r"iterates? over|goes over|uses|takes|has|makes|keeps|runs over) (a |an |its own |their own )?"
          r"(copy|snapshot|clone)\b"
          r"|^(?!.*\b(iterator\.remove|it\.remove|iter\.remove|removeif|copyonwrite\w*|concurrent\w*)\b)"
          r".*?\b(remov|add)\w*\b" + _C_ + r"{0,30}\b(does not|will not|cannot|never) (affect|disturb|"
          r"break|invalidate|interfere with)\w* (the )?(iterator|loop|for-?each)"
          r"|^(?!.*\b(copyonwrite\w*|concurrent\w*)\b).*?\b(hashmap|arraylist|hashset|linkedlist|treemap|"
          r"list|map|collection)('s)?\s+iterators?\b" + _NOT_ + r"{0,20}\b(is|are) (fail-safe|weakly "
          r"consistent|snapshots?|a snapshot)\b"
          # the exception said to need a second thread
          r"|^(?=.*concurrentmodification).*?(concurrentmodificationexception\b" + _NOT_ONLY_ +
          r"{0,40}\b(requires?|needs?|means|"
          r"indicates|shows|comes from|is caused by|happens (with|when)|occurs (with|when)|is "
          r"about|is (thrown|raised) (when|because|if))\b[^.;]{0,30}\b(multi-?thread\w*|multiple "
          r"threads|several threads|concurrent threads|another thread|other threads|a second "
          r"thread|two threads)\b"
          r"|\b(single|one) thread\b[^.;]{0,30}\b(cannot|can not|never|will not|does not|is unable "
          r"to)\b[^.;]{0,20}\b(cause|trigger|throw|get|hit|raise|see)\b[^.;]{0,20}"
          r"\bconcurrentmodification"
          r"|\b(only one|a single|one) thread\b[^.;]{0,30}\b(so|hence|therefore)\b[^.;]{0,20}"
          r"\b(no|never an?|cannot be an?) concurrentmodification)",
          "Java SE API, ConcurrentModificationException ('if a single thread issues a sequence "
          "of method invocations that violates the contract ... the object may throw this "
          "exception'); Java Language Specification 14.14.2",
          ("The for-each loop walks a snapshot of the list.",
           "ConcurrentModificationException is only thrown when another thread changes it.",
           "The HashMap iterator works on a copy, so removing in the loop is safe.",
           "The iterator takes a snapshot of the ArrayList when the loop starts.",
           "The loop is safe since list.remove does not affect the iterator.",
           "The ArrayList iterator is fail-safe, so removing inside the loop is fine.",
           "ConcurrentModificationException means another thread changed the list.",
           "A single thread cannot trigger a ConcurrentModificationException.",
           "There is only one thread here, so no ConcurrentModificationException can happen."),
          ("The for-each loop uses the list's iterator, not a snapshot.",
           "ConcurrentModificationException is thrown even in a single thread.",
           "CopyOnWriteArrayList iterates over a snapshot, so removing is safe there.",
           "Use iterator.remove() or removeIf to delete while iterating.",
           "ConcurrentHashMap's iterators are weakly consistent and do not throw.",
           "ConcurrentModificationException does not need another thread; one loop is enough.",
           "A single thread can trigger ConcurrentModificationException by removing in the loop.",
           "ConcurrentModificationException is also thrown when another thread changes the map."),
          ("java",)),
    Entry("servlet_calls_serialised",
          "A servlet container (or a Spring controller) calls one shared instance from many "
          "request threads at once: its fields are shared and not serialised",
          r"\b(servlet|the container|doget|dopost|controller)\b(?:(?!\bnot\b|\bno\b|\bnever\b)"
          r"[^.;]){0,60}\b(serialis\w*|serializ\w*|one (request|thread|call) at a time|"
          r"single[- ]threaded)"
          r"|\b(each|every) (request|call|http request)\b" + _NOT_ + r"{0,20}\b(gets?|has|creates?|"
          r"receives?|uses)\b (its own|a new|a separate|a fresh) (servlet|controller|instance|bean|"
          r"object)\b"
          r"|\b(container|spring|tomcat|framework|server)\b" + _NOT_ + r"{0,20}\b(creates?|instantiates?|"
          r"makes?|builds?|spins? up)\b (a )?(new|fresh|separate) (servlet|controller|instance|bean|"
          r"object)( instance)?\b[^.;]{0,10}\b(for|per|on) (every|each) (request|call)"
          r"|^(?!.*\b(synchronized|singlethreadmodel|lock\w*)\b).*?\bone (request|thread|call) at a "
          r"time\b[^.;]{0,30}\b(doget|dopost|service|servlet|controller|handler)"
          r"|\b(controllers?|servlets?|beans?)\b[^.;]{0,20}\b(are|is) (request[- ]scoped|prototype[- ]"
          r"scoped|created per request|per[- ]request)\b[^.;]{0,10}\bby default"
          r"|\b(container|spring|tomcat|framework|server)\b" + _NOT_ + r"{0,20}\b(creates?|"
          r"instantiates?|makes?|builds?|spins? up)\b (a )?(new|fresh|separate)\s+(\w+ )?(servlet|"
          r"controller|instance|bean|object)( instance)?\b[^.;]{0,10}\b(for|per|on) (every|each) "
          r"(\w+ )?(request|call)\b"
          r"|\b(container|server|tomcat|framework|spring)\b" + _NOT_ + r"{0,20}\b(only )?(ever )"
          r"?(runs|calls|executes|handles|dispatches)\b (one|a single) (\w+ )?(at a time|call at "
          r"a time|request at a time)"
          r"|\b(each|every) (incoming )?(request|call)\b" + _NOT_ + r"{0,10}\b(is|gets)"
          r"\s+(handled|served|processed) by (its own|a (new|separate|fresh|dedicated)) (instance|"
          r"controller|servlet|bean|object|copy)\b",
          "Java Servlet Specification 2.3.3.1 (multithreading issues: one instance serves "
          "concurrent requests)",
          ("The servlet container serialises doGet calls on one instance.",
           "The controller handles one request at a time, so the map is safe.",
           "Each request gets its own servlet instance, so the field is safe.",
           "The container creates a new controller for every request.",
           ("The lastUser field on the controller is safe because Spring creates a fresh "
            "controller instance for each incoming request."),
           ("Storing the counter in a field of OrderServlet is fine, since the container only "
            "ever runs one doPost at a time per servlet.")),
          ("The container calls doGet from many threads at once.",
           "The servlet container does not serialise doGet calls.",
           "Spring beans are singletons by default, so the field is shared across requests.",
           ("Spring controllers are singletons, so the lastUser field is shared by every "
            "request thread.")),
          ("java",)),
    Entry("format_none_raises",
          "Formatting None (an f-string, str.format, %s, str()) gives the text 'None'; it does "
          "not raise",
          r"\b(f-?strings?|format\w*|interpolat\w*|str\(\))\b[^.;]{0,30}\b(cannot|can not|fails?"
          r" to|raises?|throws?)\b[^.;]{0,40}\bnone\b"
          r"(?![^.;]{0,20}\b(subscript|attribute|\+|concatenat))"
          r"|^(?!.*(:\.?\d|\.\df\b|format spec|:[<>^,]))(?!.*\b(subscript|attribute|concatenat\w*)\b)"
          r".*?(\b(f-?strings?|format\w*|interpolat\w*|%s)\b|\bf[\"']\{)[^.;]{0,30}\b(fails?( on| with| "
          r"for)?|crash\w*|errors? (out|on)|breaks?|blows up|raises?|throws?)\b[^.;]{0,40}\bnone\b"
          r"|^(?!.*(:\.?\d|\.\df\b|format spec|:[<>^,])).*?\b(f-?strings?|format\w*|interpolat\w*|%s)\b"
          r"[^.;]{0,10}\bnone\b[^.;]{0,30}\b(raises?|throws?|fails?|crash\w*|errors?)\b",
          "Python Library Reference, Built-in Constants (None) and Format String Syntax "
          "(format() calls str() on the value)",
          ("An f-string cannot interpolate None, so the call fails.",
           "Formatting raises a TypeError when the value is None.",
           "Formatting None with %s throws an exception.",
           "print(f\"{user}\") crashes if user is None."),
          ("An f-string turns None into the text 'None' without raising.",
           "Indexing None raises a TypeError.",
           "Formatting None with :.2f raises a TypeError.",
           "Concatenating None with + raises TypeError."),
          ("python",)),
    Entry("for_loop_raises_stopiteration",
          "A for loop handles StopIteration itself: when the iterable is exhausted the loop "
          "ends, and a function that then falls off its end returns None",
          r"^(?!.*\bnext\b).*?\b(for )?loop\b[^.;]{0,60}(?<!not )(?<!never )\b(raises?|"
          r"propagates?|throws?|leaks?)\b[^.;]{0,10}\bstopiteration\b"
          r"|^(?!.*\bnext\b).*?\bstopiteration\b[^.;]{0,30}\b(escapes?|propagates?|comes out|"
          r"leaks?) (out )?(of|from) (the|a) (for|function|loop)"
          r"|^(?!.*\bnext\b).*?\bstopiteration\b[^.;]{0,30}\b(escapes?|propagates?|comes out|leaks?|"
          r"bubbles? up|reaches)\b[^.;]{0,10}\b(to )?(the )?(caller|out)\b"
          r"|^(?!.*\bnext\b).*?\b(function|loop|program|code)\b[^.;]{0,20}\b(crash\w*|fails?|dies|errors? "
          r"out|blows up)\b (with|on|because of) (a )?stopiteration\b",
          "Python Language Reference, 8.3 The for statement (the loop terminates when the "
          "iterator is exhausted)",
          ("When the loop runs out of items it raises StopIteration to the caller.",
           "StopIteration escapes from the for loop when nothing matches.",
           "StopIteration propagates to the caller when the loop ends.",
           "The function crashes with StopIteration after the last item."),
          ("The for loop ends quietly when the items run out, and the function returns None.",
           "Calling next() on an exhausted iterator raises StopIteration.",
           "Inside a generator, a StopIteration from next() becomes a RuntimeError."),
          ("python",)),
    Entry("js_array_search_constant",
          "Array indexOf, includes, shift, unshift and splice walk or move the array: linear "
          "in its length",
          r"\b(indexof|includes|lastindexof|shift|unshift|splice)\b(\(\))?[^.;]{0,40}\b(is|are|"
          r"runs?|takes?|costs?)\b[^.;]{0,15}cxconstant"
          r"|\b(indexof|includes|lastindexof|shift|unshift|splice)\b(\(\))?[^.;]{0,40}\bin\s+cxconstant",
          "MDN Web Docs, Array.prototype.indexOf and Array.prototype.shift (they visit or move "
          "every element); ECMAScript specification, 23.1.3",
          ("Array indexOf is O(1) per lookup.",
           "includes takes constant time on an array.",
           "shift() removes the first element in O(1).",
           ("The loop over orders stays O(n), because seen.includes(id) on the array is a "
            "constant-time lookup."),
           "queue.shift() just removes the head in O(1), so processing every job is linear."),
          ("indexOf scans the array, so it is O(n).",
           "Set.prototype.has is O(1) on average.",
           "shift() is O(n) because the elements move down.",
           "seen.includes(id) on an array scans it, so the loop over orders is O(n^2)."),
          ("javascript", "typescript")),
    Entry("placeholders_need_literal_query",
          "Values passed as parameters are bound by the driver however the SQL text was "
          "assembled; only what is pasted into the text itself can inject",
          r"\b(placeholders?|parameters?|params|%s|\?)\b(?:(?!\bnot\b|\bnever\b)[^.;]){0,60}"
          r"\b(falls? back to|reverts? to|degrades? to)\b[^.;]{0,30}\b(interpolat\w*|"
          r"formatting|substitut\w*|concatenat\w*)"
          r"|\bonly (a |an )?(single |one )?(literal|constant|static)\b[^.;]{0,25}\b(query|string|"
          r"sql)\b[^.;]{0,30}\b(can be|is) (safely )?(parameteri[sz]ed|bound)"
          r"|\b(placeholders?|parameters?|params|parameteri[sz]ation|bind variables)\b[^.;]{0,20}\bonly "
          r"(work|works|help|protects?|applies)\b[^.;]{0,20}\b(when|if) (the )?(sql|query|statement|"
          r"string)\b[^.;]{0,15}\b(is )?(a )?(constant|literal|static|fixed|hard-?coded)",
          "PEP 249, Python Database API Specification v2.0 (execute(operation, parameters): "
          "parameters are bound to the operation's placeholders); OWASP Query Parameterization "
          "Cheat Sheet",
          (("Once the query is built with concatenation, the placeholders fall back to plain "
           "string interpolation."),
           "Only a constant query string can be parameterised.",
           "Parameters only work when the SQL is a constant string."),
          ("The values passed as parameters are bound separately, so they cannot inject.",
           "The table name is pasted into the query text, so it can inject.")),
    Entry("assignment_copies",
          "Assigning an object (a list, dict, array, object) to another name, or passing it to "
          "a function, copies only the reference: both names see every change",
          r"\b(assign\w*|passing|passed|pass(es)?)\b(?:(?!\bnot\b|\bnever\b|\bno\b)[^.;]){0,40}"
          r"\b(copies(?! (none|nothing|only|just))|makes? (a )?(new |separate |deep |full )?copy|"
          r"creates? (a )?(new |separate "
          r"|deep )?copy|clones?|(gets?|gives? (\w+ ){0,2}) ?(its own|their own|a (new |separate |"
          r"fresh )?copy))\b"
          r"(?! (attribute|field|property|variable|name|binding|slot)s?\b)"
          r"(?![^.;]{0,20}\b(reference|pointer|header|address)\b)"
          r"|(?<![=!<>+\-*/])\b\w+\s*=\s*\w+\b(?!\s*[(\[.])" + _NOT_ + r"{0,10}\b((creates?|makes?|gives?"
          r"( you)?|returns?) (a |an )?(new |separate |independent |fresh )?(copy|clone|duplicate)|gives?"
          r" (you )?an? (new|fresh|separate) (list|dict|array|object))\b"
          r"|(?<![=!<>])=\s+[\w.]+(\[['\"\w]+\])?\s+(gives|makes|creates|produces|is|returns)\b( "
          r"us| you| me)? (a |an )?(separate |independent |new |fresh |distinct |own )?(copy|"
          r"clone|duplicate)\b",
          "Python Programming FAQ, 'Why did changing list y also change list x?'; MDN Web "
          "Docs, Working with objects (objects are passed by reference value); Java Language "
          "Specification 4.3.1",
          ("Assigning the list to b makes a new copy, so a is not affected.",
           "Passing the dict to update gives the function its own copy.",
           "b = a creates a copy of the list.",
           "new_list = old_list gives you a new list.",
           ("In apply_discount, items = cart.items gives us a separate copy of the list, so "
            "removing entries doesn't affect the caller's cart."),
           ("backup = settings makes a copy of the dict before the loop, which is why the "
            "original stays intact when I change backup.")),
          ("Assignment does not copy the list: both names refer to one object.",
           "Passing the list passes a reference, so the function changes the caller's list.",
           "Passing the array copies the reference, not the array.",
           "b = a.copy() creates a copy of the list.",
           ("items = cart.items makes items another name for the same list, so removing entries "
            "changes the caller's cart."),
           "rate is assigned through self, which gives each meter its own attribute.",
           "Passing a key assigns a fresh value, which gives every row their own field."),
          ("python", "javascript", "typescript", "java")),
    Entry("const_makes_immutable",
          "`const` only stops the name being reassigned: the object or array it holds can "
          "still be changed",
          r"\bconst\b(?:(?!\bnot\b|\bnever\b|\bonly\b|\bbinding\b|\breassign)[^.;]){0,40}"
          r"\b(immutable|frozen|read[- ]only|cannot be (changed|modified|mutated)|can not be "
          r"(changed|modified|mutated)|prevents? (any )?(changes|mutation|modification))"
          r"|^(?!.*\b(freeze|frozen|readonly|as const)\b).*?\bconst\b" + _NOT_ONLY_ + r"{0,30}\b(push|pop|"
          r"splice|sort|shift|unshift|adding|setting)\w*\b[^.;]{0,10}\b(will )?(throws?|fails?|errors?|"
          r"is (an error|not allowed|rejected|blocked)|is a typeerror)\b"
          r"|^(?!.*\b(freeze|frozen|readonly|as const)\b).*?\bconst\b" + _NOT_ONLY_ + r"{0,40}\b(nobody|"
          r"no one|nothing)\s+can (change|modif|mutat|updat|alter|add|push|set)\w*\b[^.;]{0,10}(\b\w+\.\w+|"
          r"\b(its|the|their) (properties|fields|elements|contents|items|keys|values|entries)\b)"
          # the shapes: 'a const array cannot be pushed to', 'const freezes the value'
          r"|\bconst (array|object|list|map|set)s?\b[^.;]{0,20}\b(cannot|can not) be (pushed|app"
          r"ended|added|changed|modified|mutated|updated|extended)\b"
          r"|\.(push|pop|splice|set|add|sort|shift|unshift)\([^)]{0,10}\)`? (fails|throws|errors"
          r"|is an error|is not allowed)\b[^.;]{0,20}\b(because|since|as) `?\w+`? (is|was) (decl"
          r"ared )?(with |as )?`?const\b"
          r"|\bconst\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,20}\b(freezes|l"
          r"ocks|seals) (the )?(value|object|array|contents|properties)\b"
          r"|\b(cannot|can not) (change|modify|mutate|update|alter|add to|set) (the )?(propertie"
          r"s|fields|elements|contents|items|keys|values) (of|in) (a|the|an) `?const`? (object|a"
          r"rray|variable)\b",
          "MDN Web Docs, const ('it does not mean the value it holds is immutable, just that "
          "the variable identifier cannot be reassigned')",
          ('`cart.push(x)` throws because `cart` was declared with const.',
           'Declaring it const locks the object, like a freeze.',
           "Because items is declared const, the array is immutable.",
           "A const object cannot be modified, so push fails.",
           "Because items is const, push will throw.",
           "Since config is a const, nobody can change config.port.",
           ("Because DEFAULTS is declared with const, nobody can modify DEFAULTS.timeout later, "
            "so the settings are protected."),
           ("Declaring cache as const makes the object immutable, so the handlers can share it "
            "safely.")),
          ('`cart.push(x)` works even though `cart` was declared with const.',
           'Declaring it const does not lock the object; only `Object.freeze` does.',
           "const only prevents reassigning the name; the array can still change.",
           "Object.freeze makes the object read-only.",
           "A const binding cannot be reassigned.",
           "Because the array is frozen with Object.freeze, push will throw.",
           ("DEFAULTS is declared with const, but DEFAULTS.timeout can still be changed; only "
            "reassigning DEFAULTS is an error."))),
    Entry("json_parse_returns_null",
          "JSON.parse and json.loads throw (SyntaxError, json.JSONDecodeError) on malformed "
          "text; they never return null or None for it",
          r"^(?!.*\(\s*['\"]null['\"]\s*\)).*?"
          r"\b(json\.parse|json\.loads|json\.load)\b(?:(?!\bnot\b|\bnever\b)[^.;]){0,60}"
          r"\b(returns?|gives?( back)?|yields?)\s+(null|none|undefined|an empty object|\{\})"
          r"(?![^.;]{0,30}\b(for|when|if|on)\b[^.;]{0,15}\b(the (text|string|input) )?['\"]?null)"
          r"|^(?!.*\(\s*['\"]null['\"]\s*\)).*?\b(json\.parse|json\.loads|json\.load)\b" + _NOT_ +
          r"{0,60}\b(returns?|gives?( back)?|yields?)\s+(an )?empty (dict|dictionary|object|map|list|array)",
          "MDN Web Docs, JSON.parse (throws SyntaxError); Python documentation, json.loads "
          "(raises JSONDecodeError)",
          ("JSON.parse returns null when the text is malformed.",
           "On invalid input json.loads gives back None.",
           "json.loads returns an empty dict for bad input.",
           ("When the request body is malformed, JSON.parse(body) returns null, so the if "
            "(!data) check sends back the 400."),
           ("parseConfig can't crash on a bad file because JSON.parse gives back undefined when "
            "the text isn't valid JSON.")),
          ("JSON.parse throws a SyntaxError on malformed text.",
           "JSON.parse returns null for the text 'null'.",
           "json.loads('null') returns None.",
           ("When the request body is malformed, JSON.parse(body) throws a SyntaxError, so the "
            "if (!data) check never runs."))),
    Entry("promise_all_waits_for_every_result",
          "Promise.all rejects as soon as one promise rejects; it gives no partial results "
          "(Promise.allSettled does)",
          r"\bpromise\.all\b(?!settled)(?:(?!\bnot\b|\bnever\b)[^.;]){0,60}\b(partial results|"
          r"the (other|remaining) results|skips? (the )?(failed|rejected)|ignores? (the )?"
          r"(failures?|rejections?|errors?)|(puts?|returns?|fills? in) (undefined|null))"
          r"|\bpromise\.all\b(?!settled)" + _NOT_ + r"{0,30}\b(waits?|keeps? waiting)\b (for|until) (every|"
          r"all|each|the rest|the other|the remaining|them all)\b" + _NOT_ + r"{0,40}\b(settle\w*|before "
          r"(it )?(reject|fail)\w*|(then|and then|only then|before it) rejects?|even (if|when|though) "
          r"(one|any|some|a)\b|regardless)"
          r"|\bpromise\.all\b(?!settled)" + _NOT_ + r"{0,60}\b(skips? (the )?(failures?|errors?|"
          r"rejections?)|(returns?|gives?|resolves? with) the results of the (successful|fulfilled|"
          r"ones that)|still (resolves?|fulfils?|fulfills?|returns?|succeeds?)|(resolves?|returns?) with "
          r"the (others|other results|rest|remaining)|including (the )?(errors?|failures?|rejections?|"
          r"rejected ones))\b"
          r"|\bpromise\.all\b" + _NOT_ + r"{0,40}\b(still )?(gives?|returns?|resolves? with|"
          r"hands? back|keeps?|collects?)\b( us| back| you)?\b[^.;]{0,10}\b(the )?(other|"
          r"remaining|successful|rest of the|results of the ones)\b"
          r"|\bpromise\.all\b" + _NOT_ + r"{0,30}\b(leaves|puts|fills)\b[^.;]{0,20}\b(slot|gap|"
          r"hole|undefined|null|empty)\b"
          r"|\bpromise\.all\b" + _C_ + r"{0,80}\b(fails?|rejects?|errors?)\b[^.;]{0,30}\b(we |you "
          r"|it |i )?(still )?(get|gets|receive|have|keep)\s+(back )?(the )?(results?|values?|"
          r"data|responses?) (of|from) (the )?(ones?|others?|rest|remaining|successful|requests? "
          r"that)\b"
          r"|\bpromise\.all\b" + _NOT_ + r"{0,20}\b(waits?|blocks)\b (until|for) (every|all|each)"
          r"\b[^.;]{0,30}\b(settled?|finished|completed|done)\b[^.;]{0,40}\b(then|before|and) (it "
          r")?(rejects?|fails?|throws?)\b",
          "MDN Web Docs, Promise.all ('rejects when any of the input's promises rejects')",
          ("Promise.all skips the rejected promise and returns the other results.",
           "If one fails, Promise.all puts undefined in its slot.",
           "Promise.all waits for every promise to settle before rejecting.",
           "If one fetch fails, Promise.all still resolves with the others.",
           "Promise.all collects all results, including the errors.",
           ("If one of the fetchPrice calls rejects, Promise.all just leaves that slot empty "
            "and still gives us the other prices."),
           ("I use Promise.all(urls.map(load)) so that even when a download fails we get back "
            "the results of the ones that succeeded.")),
          ("Promise.all rejects as soon as one promise rejects.",
           "Promise.allSettled returns partial results with a status for each.",
           "Promise.allSettled waits for every promise to settle.",
           "Promise.all resolves with all the results once every promise fulfils.",
           ("If one fetchPrice call rejects, Promise.all rejects at once and we get none of the "
            "prices.")),
          ("javascript", "typescript")),
    Entry("try_catches_unawaited_rejection",
          "A try/catch around a call that is not awaited does not catch the promise's later "
          "rejection",
          r"^(?!.*\bawait).*?\b(try|catch)\b(?:(?!\bnot\b|\bnever\b)[^.;]){0,40}\bcatch\w*\b"
          r"(?:(?!\bnot\b|\bnever\b|\bawait)[^.;]){0,30}\b(rejections?|rejected promises?|"
          r"async errors?)\b(?![^.;]{0,30}\bawait)"
          r"|^(?!.*(\bawait\b|(?<!not )(?<!never )\bawaited\b)).*?\b(try|catch)\b" + _NOT_ +
          r"{0,40}\b(catch\w*|handles?|traps?|deals? with|sees)\b" + _NOT_ + r"{0,30}\b(rejections?|"
          r"rejected promises?|failed promises?|async errors?|(the )?errors? (from|of|thrown by) \w+\(\))"
          r"|^(?!.*(\bawait\b|(?<!not )(?<!never )\bawaited\b)).*?\b(rejections?|rejected promises?|"
          r"failed promises?)\b" + _NOT_ + r"{0,30}\b(is|are|gets?|will be) (caught|handled|trapped)\b"
          r"[^.;]{0,20}\b(by )?(the )?(surrounding |enclosing |outer )?(try|catch)"
          r"|^(?!.*(?<!not )(?<!no )(?<!nothing )(?<!without )(?<!never )\bawait)"
          r".*?(?<!synchronous )\b(errors?|rejections?|failures?|exceptions?)\b" + _C_ +
          r"{0,40}\b(is|are|gets?|will be)\s+(still |all )?(caught|handled) by (the )"
          r"?(surrounding |enclosing |outer )?(try|catch)\b"
          r"|^(?=.*\b(not awaited|without (an? )?await\w*|no await|nothing awaits)).*?\b(catch|"
          r"try)\b" + _NOT_ + r"{0,30}\b(logs|handles|catches|sees|gets|receives|traps|deals with)"
          r"\b"
          r"|^(?!.*(?<!not )(?<!no )(?<!nothing )(?<!without )(?<!never )\bawait)"
          r".*?(?<!synchronous )\b(errors?|rejections?|failures?|exceptions?)\b" + _C_ +
          r"{0,40}\b(are|is|get|will be)\s+(all |still )?(handled|caught)\b[^.;]{0,20}\b(since|"
          r"because|as)\b[^.;]{0,20}\b(wrapped|inside|in|within)\b[^.;]{0,10}\b(a |the )?try\b",
          "MDN Web Docs, Using promises (error handling: a synchronous try/catch does not see "
          "a rejection that happens later unless the promise is awaited)",
          ("The try block catches the rejection from save, so nothing escapes.",
           "The surrounding try/catch catches any rejected promise.",
           "The try/catch catches the error from save() even though it is not awaited.",
           "Any rejection from sendEmail is caught by the surrounding catch.",
           ("If sendEmail(user) fails, the error is caught by the surrounding try/catch in "
            "register, because the call sits inside the try block."),
           ("The catch block logs any failure of db.save(order) even though the promise isn't "
            "awaited, so nothing goes unhandled.")),
          ("The try/catch does not catch the rejection because save is not awaited.",
           "With await, the catch block catches the rejection.",
           "The catch block catches the rejection because save() is awaited.",
           ("The try/catch in register does not catch sendEmail's rejection, because the "
            "promise is not awaited.")),
          ("javascript", "typescript")),
    Entry("hashmap_thread_safe",
          "HashMap and ArrayList are not synchronized: concurrent writes need a lock or a "
          "concurrent collection",
          r"\b(hashmap|arraylist|hashset)s?\b(?:(?!\bnot\b|\bnever\b)[^.;]){0,20}\b(is|are)\s+"
          r"(already |inherently )?(thread[- ]safe|synchronized|synchronised|safe for concurrent)"
          r"|\b(hashmap|arraylist|hashset|treemap|linkedlist)s?\b" + _NOT_ + r"{0,20}\b(handles?|"
          r"supports?|copes with|allows?)\b[^.;]{0,10}\b(concurrent|parallel|simultaneous|multi-?threaded)"
          r" (adds?|writes?|puts?|updates?|access|use|modifications?)"
          r"|^(?!.*\b(concurrent\w*|synchronized\w*|copyonwrite\w*|vector|hashtable)\b).*?\b(threads|"
          r"requests)\b[^.;]{0,20}\bcan (safely )?(add|put|write|insert|update|modify)\w*\b[^.;]{0,20}"
          r"\b(the |a |one |same |shared )*(hashmap|arraylist|hashset|map|list)\b[^.;]{0,20}\bwithout "
          r"(a |any )?(lock|synchroni[sz]ation|synchronized)"
          r"|\b(hashmap|arraylist|hashset)s?\b" + _NOT_ + r"{0,20}\b(is|are) safe to (share|use)\b"
          r"|\b(hashmap|arraylist|hashset)s?\b" + _NOT_ + r"{0,20}\b(synchroni[sz]es|locks)\b[^.;]{0,30}"
          r"\b(internally|for you|itself|automatically)"
          r"|^(?!.*\b(concurrent\w*|synchronized(list|map|set)|collections\.synchronized\w*|"
          r"copyonwrite\w*|vector|hashtable)\b).*?\b(hashmap|arraylist|hashset|linkedlist|treemap)"
          r"s?\b[^.;]{0,40}\b(add|put|get|remove|append|its methods|the methods|each (call|method|"
          r"operation))\b" + _NOT_ + r"{0,5}\b(is|are)\s+(already |inherently |itself )?(thread[- "
          r"]safe|synchroni[sz]ed|atomic)\b"
          r"|\b(hashmap|arraylist|hashset|linkedlist)s?\b" + _NOT_ + r"{0,20}\b(is|are) safe to "
          r"(update|modify|write|add to|put into|change|mutate)\b"
          r"|\b(hashmap|arraylist|hashset|linkedlist)s?\b,? (which|that) (is|are) (safe|thread[- "
          r"]safe|fine)\b[^.;]{0,25}\b(from|across|by|between|with) (multiple|several|many|two|"
          r"all|the|concurrent|different) (threads|requests|workers)\b",
          "Java SE API, HashMap ('Note that this implementation is not synchronized')",
          ("HashMap is thread-safe, so the servlet can share it.",
           "ArrayList is synchronized, so two threads can add to it.",
           "Several threads can add to the ArrayList without a lock.",
           "The HashMap is safe to share between request threads.",
           ("The sessions field is a plain HashMap, but concurrent puts from the request "
            "threads are fine because HashMap synchronises its methods internally."),
           ("I used an ArrayList for results since add is thread-safe, so the executor tasks "
            "can all append to it.")),
          ("HashMap is not thread-safe; use ConcurrentHashMap.",
           "ConcurrentHashMap is thread-safe for single operations.",
           "Several threads can put into the ConcurrentHashMap without a lock.",
           ("The sessions field is a plain HashMap, so concurrent puts from request threads can "
            "corrupt it; I switched to ConcurrentHashMap.")),
          ("java",)),
    Entry("missing_key_panics_or_throws",
          "Looking up a missing key returns a default: Go gives the zero value (even from a nil "
          "map), Java's Map.get and JavaScript give null or undefined, Python's dict.get gives "
          "None; only Python's d[key] raises KeyError",
          r"^(?!.*\b(unbox\w*|auto-?unbox\w*|dereferenc\w*|intvalue)\b|.*\s\?\s[^;?]{0,60}\s:\s).*?"
          r"\b(map|dict|dictionary|hashmap|object)s?\b[^.;]{0,25}\b(lookups?|reads?|reading|"
          r"get\(\)|\.get)\b(?:(?!\bnot\b|\bnever\b|\bwrit)[^.;]){0,40}\b(panics?|throws?|raises?)\b"
          r"(?![^.;]{0,30}\bwrit)"
          r"|\b(read\w*|look\w* up|lookups?|get\w*)\b[^.;]{0,20}\b(a |the )?(missing|absent|"
          r"nonexistent|unknown)\s+keys?\b(?:(?!\bnot\b|\bnever\b|\bwrit)[^.;]){0,30}\b(panics?|"
          r"throws?)\b"
          r"|\b(read\w*|look\w* up|access\w*|get\w*)\b (a |the )?keys? (that is |which is )?(not|missing) "
          r"(in|from) (the |a )?map\b[^.;]{0,20}\b(panics?|throws?|crash\w*)"
          r"|^(?!.*\b(nil map|is nil|out of range|bounds)\b).*?\b\w+\[\w+\]" + _NOT_ + r"{0,10}\b(panics?|"
          r"crash\w*|throws?)\b[^.;]{0,30}\b(is |are )?(missing|absent|not (there|present|in the map)|"
          r"does not exist)"
          r"|\b(read\w*|look\w* up|lookups?|get\w*)\b[^.;]{0,20}\b(a |the )?(missing|absent|nonexistent|"
          r"unknown)\s+keys?\b" + _NOT_ + r"{0,30}\b(crash\w*|fails?)\b",
          "The Go Programming Language Specification, Index expressions (a nil or missing key "
          "yields the zero value); Java SE API, Map.get; Python documentation, dict.get",
          ("Reading a missing key from the map panics.",
           "Map.get throws when the key is missing.",
           "counts[word] panics when word is missing.",
           "Looking up a missing key in a Go map crashes the program."),
          ("Writing to a nil map panics, but reading from it returns the zero value.",
           "Map.get returns null for a missing key.",
           "Unboxing the null from map.get throws NullPointerException.",
           "counts[word]++ panics when counts is a nil map."),
          ("go", "java", "javascript", "typescript")),
    Entry("nil_pointer_in_interface_is_nil",
          "An interface holding a nil pointer is not nil: `err != nil` is true when a typed nil "
          "pointer is returned as an error",
          r"\binterfaces?\b[^.;]{0,40}\b(holding|containing|wrapping|with)\b[^.;]{0,20}\bnil "
          r"pointers?\b(?:(?!\bnot\b|\bnever\b)[^.;]){0,30}\b(is|equals|==|compares? equal to)\s+"
          r"(to )?nil\b"
          r"|\b(convert\w*|assign\w*|return\w*|stor\w*|put\w*|wrap\w*|pass\w*)\b[^.;]{0,20}\b(a |the )?nil"
          r" (\*\w+|\w+ pointers?|pointers?)\b[^.;]{0,30}\b(to|as|in|into) (an? |the )?(interface|error)"
          r"( value| variable)?\b" + _NOT_ + r"{0,20}\b(gives?|yields?|makes?|is|becomes?|produces?|"
          r"results? in|returns?)\b (a |an )?nil (error|interface)\b"
          r"|\bnil (\*\w+|\w+ pointers?|pointers?)\b[^.;]{0,30}\b(stored|held|wrapped|put|placed|boxed) "
          r"in (an? |the )?(interface|error)( value| variable)?\b" + _NOT_ + r"{0,20}\b(makes? (it|the "
          r"interface|the error) nil|is (still )?nil|equals nil|== nil|compares equal to nil)"
          r"|\bpointer\b[^.;]{0,10}\bis nil\b" + _NOT_ + r"{0,30}\b(returned )?(error|interface|err)\b" +
          _NOT_ + r"{0,20}\bis (also )?nil( too| as well)?\b"
          r"|\binterfaces?\b[^.;]{0,20}\b(that|which) (holds|contains|wraps|stores) (a )?nil pointers?\b" +
          _NOT_ + r"{0,30}\b(is|equals|==|compares? equal to)\s+(to )?nil\b"
          # the shapes: 'a typed nil pointer converts to a nil interface', 'an interface
          # that holds a nil pointer is itself nil'
          r"|\b(convert\w*|assign\w*|return\w*|stor\w*|wrap\w*|pass\w*)\b[^.;]{0,20}\b(a |the )?"
          r"(typed )?nil `?(\*\w+|\w+ pointers?|pointers?)`?[^.;]{0,30}\b(to|as|in|into) (an? |t"
          r"he )?`?(interface|error)`?( value| variable)?\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)"
          r"[^.;]){0,20}\bmakes? (`?err ?== ?nil`? (true|hold)|`?err`? nil|the (error|interface)"
          r" nil)"
          r"|\binterfaces? (value )?(that|which) (holds?|contains?|wraps?|stores?) (a )?nil poin"
          r"ters?\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)[^.;]){0,30}\b(is|equals) (itself |also "
          r"|still |then )?nil\b"
          r"|`?if err != nil`? (branch|check|block|test)\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)["
          r"^.;]){0,10}\b(is )?(skipped|false|not taken|never (runs|fires|taken))\b[^.;]{0,60}\b"
          r"nil (pointer|`?\*\w+`?)"
          r"|\b(typed )?nil pointers?\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)[^.;]){0,10}\b(conve"
          r"rts?|turns?|becomes?) (in)?to (an? |the )?(nil|untyped nil) (interface|error)\b"
          r"|\b`?\w+`? is nil\b,? (so )?the `?(error|err|interface)`?\b(?:(?!\bnot\b|\bnever\b|"
          r"\bno\b|n't\b)[^.;]){0,30}\b(compares equal to|equals|==|is (also )?) ?nil\b",
          "The Go FAQ, 'Why is my nil error value not equal to nil?'",
          (('Returning the nil `*ParseError` as an `error` makes err nil for whoever calls '
            '`parse`.'),
           'A nil pointer turns into a nil interface once it is returned as an error.',
           "An interface holding a nil pointer is nil, so the check works.",
           "An error interface wrapping a nil pointer equals nil.",
           "Converting a nil pointer to an interface gives a nil error.",
           "Returning a nil *MyError as error gives a nil error.",
           "A nil pointer stored in an interface makes the interface nil."),
          (('Returning the nil `*ParseError` as an `error` does not make err nil: the '
            'interface carries a type.'),
           'A nil pointer does not turn into a nil interface when it is returned as an error.',
           "An interface holding a nil pointer is not nil.",
           "Return a literal nil, since an interface with a nil pointer is not equal to nil.",
           "The returned error is non-nil even though the pointer inside it is nil.",
           "An interface is nil only when both its type and value are nil."),
          ("go",)),
    Entry("unbuffered_send_does_not_block",
          "A send on an unbuffered channel blocks until another goroutine receives it",
          r"\bunbuffered\b[^.;]{0,30}\b(sends?|channels?)\b(?:(?!\bnot\b|\bnever\b|\bno\b)"
          r"[^.;]){0,30}\b(returns? (immediately|at once|right away)|is non-?blocking|queues? "
          r"the value)"
          r"|\bunbuffered\b[^.;]{0,30}\b(sends?|channels?)\b[^.;]{0,30}\b(never|does not|will "
          r"not) block"
          r"|\bunbuffered\b[^.;]{0,30}\b(sends?|channels?)\b[^.;]{0,30}\b(never|does not|will not) "
          r"(wait|block)"
          r"|<-\s*\w+\b" + _NOT_ + r"{0,20}\b(returns?|proceeds?|completes?|goes through|continues)\b "
          r"(immediately|at once|right away|straight away)\b[^.;]{0,40}\bunbuffered"
          r"|\bunbuffered (channel)?s?\b" + _NOT_ + r"{0,20}\b(holds?|stores?|buffers?|keeps?|has room "
          r"for|can hold) (one|a single|1) (value|item|element|message)",
          "The Go Programming Language Specification, Send statements ('a send on an "
          "unbuffered channel can proceed if a receiver is ready')",
          ("A send on the unbuffered channel returns immediately.",
           "The unbuffered channel send never blocks, so the loop keeps going.",
           "Sending on the unbuffered channel does not wait for a receiver.",
           "An unbuffered channel holds one value, so the send goes through."),
          ("A send on an unbuffered channel blocks until someone receives.",
           "A buffered channel send returns immediately while there is room.",
           "A buffered channel with capacity 1 lets one send proceed without a receiver."),
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
          r"|\b(indexing|subscripting)\b(?:(?!\bnot\b|\bnever\b)[^.;]){0,40}\breturns?\s+none\b"
          r"|(?<!\.get)\b[a-z_]\w*\[[\w'\"]+\]\s+(just |simply |then |will |always )?(returns?|"
          r"gives?( back)?|yields?|evaluates to)\s+none\b",
          "Python Language Reference, 6.3.2 Subscriptions; Python Library Reference, KeyError "
          "and IndexError",
          ("d[key] returns None when the key is missing.",
           "Indexing past the end of the list returns None.",
           ("When the username isn't in the users dict, users[name] just returns None, which is "
            "why the handler falls through to the 404."),
           ("If there are fewer than three scores, scores[2] gives None, so the average ignores "
            "it.")),
          ("d[key] raises KeyError; d.get(key) returns None.",
           "Indexing past the end raises IndexError.",
           ("When the username isn't in users, users[name] raises KeyError, so the handler "
            "crashes with a 500.")),
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
          r"|\baslist\b" + _NOT_ + r"{0,40}\b(add|remove)\w*\b(?:(?!\bthrows?\b|\bfails?\b)[^.;]){0,20}"
          r"\b(succeeds?|works?|is fine)\b",
          "Java SE API, java.util.Arrays.asList (a fixed-size list backed by the specified "
          "array)",
          ("Arrays.asList copies DEFAULT_ROLES into a new java.util.ArrayList, so add works.",
           "The list from Arrays.asList is resizable, so roles.add succeeds."),
          ("Arrays.asList is a fixed-size view, so add throws UnsupportedOperationException.",
           "Wrap it: new ArrayList<>(Arrays.asList(DEFAULT_ROLES)) is resizable.",
           "A fixed-size Arrays.asList (add/remove throw, set works) comes back."),
          ("java",)),
    Entry("nil_map_write",
          "Reading a nil map gives the zero value; writing to one panics ('assignment to entry "
          "in nil map'): a map must be made with make or a literal first",
          r"\b(assign\w*|writ\w*|put\w*|insert\w*|stor\w*)\b[^.;]{0,30}\bnil (\w+ ){0,2}map\b"
          # (the window stops at a contrast: "writing is illegal even though reading is fine")
          r"(?:(?!\bnot\b|\bnever\b|\bpanic|\billegal\b|\bforbidden\b|\bthough\b|\bwhile\b|\bbut\b"
          r"|\bwhereas\b|\bunlike\b)[^.;]){0,40}"
          r"\b(allocat\w*|creat\w*|initiali[sz]\w*|makes? (it|one)|is fine|works|is safe)\b"
          # the other order: "a nil map behaves like an empty one until its first write, at which
          # point the runtime allocates it"
          r"|\bnil (\w+ ){0,2}map\b[^.;]{0,50}\b(write|assignment|insert\w*|put)\b"
          r"(?:(?!\bnot\b|\bnever\b|\bpanic|\billegal\b|\bforbidden\b|\bthough\b|\bbut\b"
          r"|\bwhereas\b|\bunlike\b|\bfix\w*|\bshould\b|\bmust\b)[^.;]){0,40}"
          r"\b(the runtime|go|it is|is) (lazily )?(allocat\w*|creat\w*|initiali[sz]\w*)\b"
          r"|\b(read\w*|look\w*|get\w*|access\w*)\b[^.;]{0,30}\bnil (\w+ ){0,2}map\b"
          r"(?:(?!\bnot\b|\bnever\b|\bfine\b|\bzero\b)[^.;]){0,40}"
          r"\b(panics?|crash\w*|dereferenc\w*|segfault\w*)\b"
          # the shape: 'a map declared with `var m map[K]V` is ready to use'
          r"|\b(map )?declared (with|as|using) `?var \w+ map\[[^`]*`?(?:(?!\bnot\b|\bnever\b|\bn"
          r"o\b|n't\b)(?:[^.;]|\.(?=\w))){0,20}\b(is )?(ready to use|usable|initiali[sz]ed|ready"
          r"|writable|safe to write)\b",
          "The Go Programming Language Specification, Map types (a nil map is like an empty "
          "map except that no elements may be added); Effective Go, Maps",
          ('A map declared as `var hits map[string]int` is writable straight away.',
           'The map declared using `var idx map[int]bool` is ready to use.',
           "Assigning into a nil map lazily allocates it.",
           "Get reads from the nil items map, which dereferences a nil pointer and panics.",
           ("A nil map acts as an empty map until the first assignment, when the runtime "
            "allocates it.")),
          ('A map declared as `var hits map[string]int` is nil and not writable until make.',
           'The map declared using `var idx map[int]bool` is nil, so it is not ready to use.',
           "Writing to a nil map panics, while reading from it returns the zero value.",
           "Reading the nil map is fine; the assignment in Put panics.",
           "Writing into a nil map is illegal even though reading one is fine.",
           ("A nil map can be read, but the first write panics, so the map must be allocated "
            "with make first.")),
          ("go",)),
    Entry("generator_restarts",
          "A generator (or iterator) is used up by one pass: iterating it again, with list() or "
          "a second loop, yields nothing",
          r"\b(list\(|iterat\w*|loop\w*|calling|second (pass|loop))"
          r"(?:(?!\bnot\b|\bnever\b|\bcannot\b|n't\b)[^.;]){0,40}"
          r"\b(restarts?|rewinds?|starts? (it )?(again|over)|re-?runs?|resets?)\b"
          r"|\bgenerators?\b(?:(?!\bnot\b|\bnever\b|\bcannot\b|n't\b)[^.;]){0,30}"
          r"\b(can be|is|are) (re-?iterated|iterated again|reusable|reused|restartable)\b"
          # the shapes: 'loop over the generator twice and get the same values', 'the second loop
          # prints them again'
          r"|\b(generators?|iterators?|map objects?|`\w+`)\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b"
          r")(?:[^.;]|\.(?=\w))){0,40}\b(twice|again|a second time|more than once|repeatedly)\b("
          r"?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,30}\b(the same (values|ite"
          r"ms|results|numbers|output)|all (the )?(values|items|numbers|results)|the (full|whole"
          r"|complete) sequence)\b"
          r"|\bsecond `?(for|loop|pass|call|iteration|traversal)\b[^.;`]{0,30}`?(?:(?!\bnot\b|\b"
          r"never\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,20}\b(prints?|gives?|yields?|returns?|see"
          r"s?|produces?|lists?)\b[^.;]{0,25}\bagain\b"
          r"|\b(list|tuple|sum|max|min|sorted|set)\(`?\w+`?\)`?(?:(?!\bnot\b|\bnever\b|\bno\b|n'"
          r"t\b)(?:[^.;]|\.(?=\w))){0,20}\bcan be (called|used|run|evaluated) (repeatedly|again|"
          r"twice|many times|more than once)\b[^.;]{0,30}\b(returns?|gives?|yields?) the (full|w"
          r"hole|same|complete)\b"
          r"|\b(consum\w*|exhaust\w*|iterat\w*|us\w*)\b[^.;]{0,40},? `?\w+\([^)]*\)`? (still|aga"
          r"in) (sees|gets|has|returns|yields|gives|finds)\b (all|every|each|the (full|whole|sam"
          r"e))\b",
          "Python Glossary, generator iterator and iterator (an exhausted iterator keeps "
          "raising StopIteration); MDN, Iterators and generators",
          ('Iterating the generator `evens` a second time yields all the numbers again.',
           'After `max(vals)` walks the iterator, `min(vals)` still sees every value.',
           "Calling list(ids) restarts it from the top of the file.",
           "A generator can be iterated again, so count sees all three ids."),
          ('Iterating the generator `evens` a second time yields nothing; it is used up.',
           'After `max(vals)` walks the iterator, `min(vals)` raises because it is empty.',
           "sum() exhausts the generator, so list(ids) is empty.",
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
          r"duplicated))"
          r"|\b(object\.assign|spread\w*|\.slice\(|\.copy\(|copy\.copy|list\(|dict\()" + _C_ +
          r"{0,40}\b(gives|makes|creates|produces|returns)\b[^.;]{0,10}\b(a )?(full|deep|complete|"
          r"fully independent|entirely independent|totally independent)( independent)?\s*(copy|"
          r"clone)\b"
          r"|\b(object\.assign|spread\w*|\.slice\(|\.copy\(|copy\.copy|list\(|dict\()" + _C_ +
          r"{0,80}\b(nested|inner)\b[^.;]{0,30}\b(is|are|gets?|get)\s+(also )?(copied|cloned|"
          r"duplicated)( too| as well)?\b",
          "MDN Web Docs, Spread syntax ('spread syntax effectively goes one level deep while "
          "copying an array') and Object.assign; Python documentation, copy (shallow and deep "
          "copy operations)",
          (("Object spread clones nested arrays and objects one level deep, so items is a "
            "fresh array."),
           "The slice accounts[:3] deep-copies the selected dicts.",
           "dict.copy() copies the nested lists as well.",
           ("const draft = { ...order } clones the nested items array as well, so pushing onto "
            "draft.items leaves order.items alone."),
           ("Object.assign({}, config) gives a full independent copy, including config.db, "
            "which is why changing copy.db.host is safe.")),
          ("The spread is shallow, so the nested items array is shared with the original.",
           "Slicing makes a shallow copy; the dicts inside are not copied.",
           "copy.deepcopy copies nested objects too.",
           "Use structuredClone for a deep copy.",
           ("const draft = { ...order } is a shallow copy, so draft.items is the same array as "
            "order.items.")),
          ("python", "javascript", "typescript")),
    Entry("ts_types_checked_at_runtime",
          "TypeScript's types, interfaces and `as` assertions are erased when the code is "
          "compiled: nothing checks them at run time",
          r"(\bas\b|\btype assertions?\b|\bassertions?\b|\bcasts?\b|\btype annotations?\b|"
          r"\btypes?\b|\binterfaces?\b|\bthe compiler\b|\btypescript\b|\btsc\b)"
          r"(?:(?!\bnot\b|\bnever\b|n't\b|\bno\b|\bnothing\b|\berased\b|\bonly\b)[^.;]){0,50}"
          r"(\b(check\w*|validat\w*|enforc\w*|verif\w*|emits?)\b"
          r"(?:(?!\bnothing\b|\bno\b|\bnot\b)[^.;]){0,50}\bat run[- ]?time\b|"
          r"\b(runtime|run-time)( \w+)? (checks?|validation|type[- ]checks?|guards?)\b)"
          # the compiler said to insert a conversion or a guard into the emitted code
          r"|\b(the compiler|typescript|tsc|--strict|strict mode|strictfunctiontypes|strict)\b" + _NOT_ +
          r"{0,100}\b(inserts?|adds?|emits?|generates?|injects?|applies|apply)\b"
          r"(?:(?!\b(?:no|not|nothing|never)\b)[^.;]){0,20}\b(an? |the "
          r"same )?(run-?time |runtime )?(guards?|conversions?|coercions?|casts?|checks?)\b"
          r"(?![^.;]{0,20}\b(only|compile)\b)",
          "TypeScript Handbook, Everyday Types, Type Assertions ('Because type assertions are "
          "removed at compile-time, there is no runtime checking associated with a type "
          "assertion')",
          ("The `as` assertion makes the compiler emit a runtime shape check under strict mode.",
           "TypeScript validates the parsed object against the interface at runtime.",
           "Under --strict the compiler inserts a conversion, so the number arrives as a string.",
           "The compiler adds a runtime guard before the method is called."),
          ("Types are erased, so there is no runtime check of the parsed value.",
           "TypeScript does not check the shape at runtime; you need a manual check.",
           "The cast is only for the compiler, so at runtime port is still a string.",
           "One more thing: `as Order` checks nothing at runtime.",
           "The compiler inserts no conversion: the number reaches the method as it is.",
           "The compiler adds a check only at compile time, under --strict."),
          ("typescript",)),
    Entry("loop_over_copy",
          "A for loop walks the live list or dict, not a copy: changes made inside the loop "
          "are to the caller's object (a dict whose size changes raises RuntimeError)",
          r"\b(for\b|loop\w*|iterat\w*)(?:(?!\bnot\b|\bnever\b|n't\b)[^.;]){0,40}"
          r"\b(works? on|walks?|over|iterates?|takes?|uses?) (a |an implicit |its own )?"
          r"(copy|snapshot)\b"
          r"|(\b(generators?|generator expressions?|genexps?|iterators?)\b|\biter\(\w*\))" + _NOT_ONLY_ +
          r"{0,40}(\b(takes?|makes?|keeps?|holds?|stores?|works on|iterates over|walks) (a |an |its "
          r"own )?(copy|snapshot)\b|\b(copies|snapshots|freezes|captures) (the |its |all the )?(\w+ )?"
          r"(list|items|source|input|dict|elements|contents|values)\b)",
          "Python Tutorial, 4.2 for Statements (modifying a collection while iterating over it "
          "needs a copy, which the loop does not make)",
          ("`for name in scores` iterates a copy of the dict, so raw keeps its values.",
           "The loop works on a snapshot of the list.",
           "The generator takes a snapshot of items when it is created, so the append is not seen.",
           "iter(queue) copies the list, so later appends do not show up.",
           "The generator expression captures the list's values at creation."),
          ("The loop does not work on a copy, so raw is changed too.",
           "To remove items safely you would loop over a copy: list(scores).",
           "The generator walks the live list, so the later append is seen.",
           "A generator does not copy its source.",
           "list(gen) copies what the generator yields into a list."),
          ("python",)),
    # Widened from the languages' documentation (branch cat2): each entry names its source.
    Entry("split_empty_fields",
          "str.split(sep) with a separator keeps empty fields (',a,,b'.split(',') has three "
          "empty strings); split() with no argument splits on runs of whitespace and never "
          "returns empty strings",
          r"\bsplit\(\s*(['\"][^'\"]*['\"]|sep|\w+)\s*\)" + _NOT_ +
          r"{0,40}\b(drops?|removes?|discards?|skips?|ignores?|filters? out|collapses?)\b"
          r"[^.;]{0,15}\b(the )?(empty|blank)\s+(strings?|fields?|items?|entries|columns?|parts?)"
          # split() as what another is compared with ("split(' ') is not the same as split():
          # it keeps ...") is not the subject
          r"|(?<!\bas )(?<!\bthan )(?<!\blike )\bsplit\(\)" + _NOT_ +
          r"{0,40}\b(keeps?|produces?|gives?|returns?|yields?|"
          r"leaves?|creates?)\b" + _NOT_ + r"{0,15}\b(the )?(empty|blank)\s+(strings?|fields?|"
          r"items?|entries|parts?)",
          "Python Library Reference, str.split ('If sep is given, consecutive delimiters are "
          "not grouped together and are deemed to delimit empty strings'; without sep 'the "
          "result will contain no empty strings at the start or end')",
          ("line.split(',') drops the empty fields between the two commas.",
           "Calling split() with no argument keeps an empty string for each extra space.",
           "split(sep) skips empty strings, so the row has three columns."),
          ("line.split(',') keeps the empty fields, so the row has five columns.",
           "split() with no argument never returns empty strings.",
           "split(',') gives an empty string between two adjacent commas.",
           "split(' ') is not the same as split(): it keeps the empty strings."),
          ("python",), code_has=r"\.split\("),
    Entry("java_split_trailing_empty",
          "Java's String.split(regex) drops trailing empty strings (\"7,2,\".split(\",\") is "
          "[\"7\", \"2\"]), and splitting \"\" gives [\"\"], one empty string, not an empty "
          "array",
          r"\bsplit\b" + _NOT_ + r"{0,50}\b(keeps?|includ\w*|retains?|preserves?|returns?|"
          r"gives?|yields?|produces?)\b" + _NOT_ + r"{0,20}\btrailing (empty|blank)\b"
          r"|(\"\"|an empty string|the empty string)(\.split\([^)]*\))?" + _NOT_ +
          r"{0,30}\bsplit\w*" + _NOT_ + r"{0,20}\b(returns?|gives?|yields?|produces?|is)\b"
          r"[^.;]{0,10}\ban empty array\b",
          "Java SE API, String.split(String regex) ('Trailing empty strings are therefore not "
          "included in the resulting array'; 'If the expression does not match any part of the "
          "input then the resulting array has just one element, namely this string')",
          ("String.split keeps every field, including trailing empty strings.",
           "For \"\" split returns an empty array, so the loop never runs.",
           "split(\",\") includes the trailing empty strings, so there are three fields."),
          ("split drops the trailing empty string, so \"7,2,\" gives two fields.",
           "split does not keep trailing empty strings unless you pass a negative limit.",
           "Splitting \"\" gives an array with one empty string, not an empty array."),
          ("java",), code_has=r"\.split\("),
    Entry("java_parseint_trims",
          "Integer.parseInt (and Long.parseLong) accept only an optional sign and digits: "
          "surrounding whitespace throws NumberFormatException; trim the text first",
          r"\b(parseint|parselong|valueof)\b" + _NOT_ +
          r"{0,40}\b(trims?|ignores?|skips?|strips?|tolerates?|accepts?|allows?)\b" + _NOT_ +
          r"{0,20}\b(leading|trailing|surrounding|the )?\s*(and trailing )?(white ?space|spaces?|"
          r"blanks?)\b",
          "Java SE API, Integer.parseInt(String) ('The characters in the string must all be "
          "decimal digits, except that the first character may be an ASCII minus sign ... or "
          "plus sign'); a space throws NumberFormatException",
          ("Integer.parseInt trims leading and trailing whitespace, so \" 2\" parses.",
           "parseInt ignores the space after the comma."),
          ("parseInt does not trim whitespace, so \" 2\" throws NumberFormatException.",
           "Call trim() before parseInt, which accepts only a sign and digits."),
          ("java",), code_has=r"parse(Int|Long)\("),
    Entry("sort_unstable",
          "Python's sorted and list.sort, Java's Collections.sort and List.sort, and "
          "JavaScript's Array.prototype.sort (since ES2019) are stable: equal elements keep "
          "their original relative order",
          r"\b(sorted|sort|sorts|sorting|timsort|\.sort\(\))\b[^.;]{0,30}\b(is|are) (not|never) "
          r"(a )?stable\b"
          r"|\b(sorted|sort|sorts|sorting|\.sort\(\))\b[^.;]{0,30}\b(is|are) (an )?unstable\b"
          r"|\b(sorted|sort|sorts|sorting)\b[^.;]{0,40}\b(does not|will not|need not|is not "
          r"guaranteed to) (keep|preserve|maintain|respect) (the )?(original |relative |input |"
          r"insertion )*order\b[^.;]{0,20}\b(equal|tied|ties|same)"
          r"|\b(equal|tied) (elements|items|keys|values|records)\b" + _NOT_ +
          r"{0,30}\b(can|may|might) (end up|come out|be|get)\b[^.;]{0,20}\b(in )?(any|random|"
          r"arbitrary|a different) order\b"
          r"|\breverse\s*=\s*true\b" + _NOT_ + r"{0,40}(\b(equal|tied|same[- ]key)\s+(elements|"
          r"items|keys|values|records|entries|names|ones)\b" + _NOT_ + r"{0,20}\b(reversed|in "
          r"reverse( order)?|flipped|swapped|in the opposite order)\b|\b(is|does) (the same as|"
          r"equivalent to|just) (sorting (and |then |and then )?)?revers\w*|\b(flips?|reverses?|swaps?) (the )?"
          r"(order of )?(the )?(ties|equal (elements|items|keys|records))\b)"
          r"|\b(sorted|sort|sorts|sorting)\b" + _NOT_ + r"{0,20}\b(can|may|might|will) (re-?order|"
          r"swap|shuffle|scramble|mix up)\b[^.;]{0,20}\b(equal|tied|ties|the same (keys?|values?|"
          r"scores?|names?))"
          # the shapes: 'items with the same key can be shuffled', 'a tuple key compares only the
          # first element'
          r"|\bsort\w*\b[^.;]{0,40}\b(with|having) (the same|equal|identical) (\w+ )?(key|age|va"
          r"lue|priority|score|\w+)\b[^.;]{0,20}\b(can|may|might|could) (be |end up )?(shuffled|"
          r"reordered|swapped|in any order)\b"
          r"|\b(tuple|key)s?\b(?:[^.;]|\.(?=\w)){0,40}\b(compares?|uses?|looks at|considers?) only the first "
          r"(element|item|field|entry|value)\b"
          r"|\b(relative )?order\b[^.;]{0,20}\b(after|from) `?(sorted|sort)\w*(\(\))?`? (is|beco"
          r"mes) (unpredictable|arbitrary|random|undefined)\b",
          "Python Sorting HOW TO ('Sorts are guaranteed to be stable') and sorted(); Java SE "
          "API, Collections.sort ('This sort is guaranteed to be stable'); ECMAScript 2019, "
          "Array.prototype.sort (the sort must be stable); MDN Array.prototype.sort",
          ('After sorting by score, players with equal scores may end up in any order.',
           'The tuple key `(p.team, p.name)` looks at only the first field.',
           "sorted is not stable, so the two Smiths can swap places.",
           "The sort does not keep the original order of equal keys.",
           "Equal elements may come out in any order after sorted().",
           "With reverse=True the equal elements come out in reverse order too.",
           "reverse=True is the same as sorting and then reversing, so ties are flipped.",
           "The sort can reorder records with the same key."),
          ('After sorting by score, players with equal scores stay in their input order.',
           'The tuple key `(p.team, p.name)` breaks ties on the first field with the second.',
           "sorted is stable, so records with equal keys keep their order.",
           "Go's sort.Slice is not guaranteed to be stable; sort.SliceStable is.",
           "Because the sort is stable, sorting by name then by age groups by age.",
           "reverse=True keeps equal elements in their original order.",
           "Sorting and then calling reverse() does flip the order of ties."),
          ("python", "java", "javascript", "typescript"), code_has=r"\bsort"),
    Entry("finally_return_loses",
          "A return in a finally block replaces the try block's return value (and discards an "
          "exception in flight): the finally's return wins",
          r"\breturn\b[^.;]{0,20}\b(in|inside|from|of) (the )?try( block| clause)?\b"
          r"(?:(?!\bnot\b|\bnever\b|n't\b)[^.;,]){0,30}\b(wins|takes precedence|overrides?|"
          r"is (still )?(the one )?(returned|kept|used)|is what (gets|is) returned)"
          r"|\bfinally\b[^.;]{0,30}\breturn\b[^.;]{0,20}\b(is ignored|has no effect|does not "
          r"(override|replace|change|affect)|cannot (override|replace|change)|is discarded)"
          r"|\breturn\b[^.;]{0,15}\b(in|inside|from|of) (the )?finally( block| clause)?\b"
          r"[^.;]{0,10}\b(is ignored|has no effect|is discarded|does not (override|replace|"
          r"change|affect)|cannot (override|replace|change))"
          r"|\breturn\w*\b[^.;]{0,15}\b(in|from|inside) (the )?finally( block| clause)?\b[^.;]{0,10}"
          r"\b(does not|will not|cannot|can not|never) (swallow|discard|suppress|hide|cancel|lose|"
          r"stop)\w*\b[^.;]{0,10}\b(the |an |any )?(exception|error)"
          r"|^(?=.*(\bfinally\b[^.;]{0,20}\breturn|\breturn\w*\b[^.;]{0,15}\b(in|from|inside) (the )?"
          r"finally))(?!.*\b(no|not|never|without)\b[^.;]{0,10}\breturn).*?\b(exceptions?|errors?)\b"
          + _NOT_ + r"{0,20}\bstill (propagates?|escapes?|is (raised|thrown|re-?raised)|gets "
          r"(raised|thrown)|bubbles up|reaches the caller)"
          r"|\b(try( block| clause)? return( value)?|(value|result) returned (in|from|inside) (the )?"
          r"try( block| clause)?)\b" + _NOT_ + r"{0,20}\b(is what (the caller )?(gets|is returned|"
          r"comes back)|wins|takes precedence|is (the one )?(returned|kept|used))\b"
          # the shapes: 'the try block's `return 1` wins', 'the error still propagates even though
          # finally has a return'
          r"|\btry( block| clause)?('s)? `?return\b[^.;]{0,15}\b(wins|takes precedence|overrides?|i"
          r"s (still )?(returned|kept|used))\b"
          r"|\b(raises|propagates|throws)\b[^.;]{0,40}\b(even though|although|despite|while)\b[^"
          r".;]{0,20}`?finally`?\b[^.;]{0,15}\b(has|contains|returns|with) (a |its own )?return"
          r"\b"
          r"|\b(exception|error)\b[^.;]{0,40}\b(is |gets )?(re-?raised|propagated|still raised)"
          r"\b[^.;]{0,20}\bafter (the )?finally('s)?( block'?s?)? return\b",
          "Python Tutorial, 8.7 Defining Clean-up Actions ('the returned value will be the one "
          "from the finally clause's return statement'); Java Language Specification 14.20.2 "
          "(a finally that completes abruptly decides the try statement's completion)",
          ("The try clause's `return 'a'` wins over the one in finally.",
           '`load()` still throws the KeyError even though its finally has its own return.',
           "The return inside the try block wins, so the function gives 1.",
           "The return in the finally clause is ignored because try already returned.",
           "A return in finally cannot override the exception.",
           "Returning from finally does not swallow the exception.",
           "The value returned in try wins over the one in finally."),
          ("The try clause's `return 'a'` loses to the one in finally.",
           '`load()` does not throw the KeyError, because its finally has its own return.',
           "The return in finally overrides the one in the try block.",
           "finally runs after the try's return value is computed, and its return replaces it.",
           "A return in finally swallows the exception.",
           "The exception still propagates after finally runs, since finally has no return."),
          ("python", "java", "javascript", "typescript"), code_has=r"\bfinally\b"),
    Entry("finally_cannot_cancel_exception",
          "A finally block that returns (or otherwise completes abruptly) discards the exception "
          "in flight: the method completes normally with the finally's value",
          r"\bfinally( block| clause)?s?\b[^.;]{0,15}\b(cannot|can not|does not|will not|never|is "
          r"unable to) (override|replace|cancel|swallow|discard|suppress|stop|hide)\w*\b"
          r"[^.;]{0,10}\b(an? |the |any )?(in-flight |pending |thrown |active |propagating )?"
          r"(exceptions?|errors?)\b"
          r"|\b(exceptions?|errors?)\b[^.;]{0,25}\b(always|still) (propagates?|escapes?|wins|leaves)"
          r"\b[^.;]{0,30}\bfinally\b",
          "Java Language Specification 14.20.2 (if the finally block completes abruptly for "
          "reason S, the try statement completes abruptly for reason S and the exception is "
          "discarded); Python Language Reference, 8.4 The try statement (a return in finally "
          "discards the saved exception)",
          ("A finally block cannot override an in-flight exception.",
           "The exception always propagates, whatever the finally does."),
          ("A return in the finally block discards the exception.",
           "The finally block's return swallows the NumberFormatException.",
           ("A finally block cannot catch an exception; it only runs cleanup code when the "
            "finally has no return.")),
          ("python", "java", "javascript", "typescript"),
          code_has=r"\bfinally\s*\{[^{}]*\breturn\b|\bfinally:[ \t]*\n(?:[ \t]+[^\n]*\n)*?[ \t]+return\b"),
    Entry("range_builds_list",
          "Python 3's range is a lazy sequence of constant size: it does not build a list of "
          "its numbers (only list(range(...)) does)",
          r"^(?!.*\blist\(\s*range)(?!.*\bxrange\b).*?\brange\(?[^.;]{0,20}\)?" + _NOT_ +
          r"{0,20}\b(creates?|builds?|allocates?|materiali[sz]es?|returns?|makes?|generates?|"
          r"constructs?)\b (a|an|the) (full |whole |entire |new |big |large |huge )*(list|array)\b"
          r"|^(?!.*\blist\(\s*range).*?\brange\(?[^.;]{0,20}\)?" + _NOT_ +
          r"{0,20}\b(stores?|holds?|keeps?) (all|every|each) (of )?(the )?(numbers?|values?|"
          r"integers?|elements?) in memory",
          "Python Library Reference, Ranges ('a range object will always take the same (small) "
          "amount of memory, no matter the size of the range it represents')",
          ("range(n) builds a list of n integers before the loop starts.",
           "range stores all the numbers in memory, so the loop costs O(n) space."),
          ("range(n) is lazy and takes constant memory.",
           "list(range(n)) creates a list of n integers."),
          ("python",), code_has=r"\brange\("),
    Entry("dict_views_are_copies",
          "dict.keys(), values() and items() return views of the dict, not copies: they "
          "reflect later changes, and changing the dict's size while iterating one raises "
          "RuntimeError",
          r"^(?!.*\b(list|tuple|sorted|set)\(\s*\w*\.?(keys|values|items)).*?"
          r"\b(keys|values|items)\(\)" + _NOT_ + r"{0,30}\b(returns?|gives?|is|makes?|creates?|"
          r"produces?)\b (a |an )?(new |separate |independent |fresh )?(copy|snapshot|list)\b",
          "Python Library Reference, Dictionary view objects ('they provide a dynamic view on "
          "the dictionary's entries, which means that when the dictionary changes, the view "
          "reflects these changes')",
          ("d.keys() returns a copy of the keys, so deleting inside the loop is safe.",
           "items() gives a snapshot of the dict's pairs."),
          ("d.keys() returns a view, so it changes as the dict changes.",
           "list(d.keys()) makes a copy that the loop can safely walk."),
          ("python",), code_has=r"\.(keys|values|items)\(\)"),
    Entry("bool_operators_return_bool",
          "Python's `and`/`or` and JavaScript's `&&`/`||` return one of their operands, not "
          "necessarily a boolean: `x or default` gives x itself when x is truthy",
          r"(`(and|or|&&|\|\|)`|\bthe (and|or|&&|\|\|) operator|(?<![|&])(&&|\|\|)(?![|&]))"
          r"(?:(?!\bnot\b|\bnever\b|n't\b|\bonly\b)[^.;]){0,25}\b(always )?(returns?|evaluates? "
          r"to|gives?|yields?|produces?)\b (a |an )?(boolean|bool|true or false|true/false)\b"
          # a code span joining operands with and/or (no comparison in it: `x > 0 and y > 0`
          # does give a bool), or "a boolean expression always gives a bool"
          r"|^(?=.*(\bbool|\btrue or false|\btrue/false)).*?("
          r"`(?![^`]*(<|>|==|!=|\bnot\b|\bis\b|\bin\b|\bbool\(|\bisinstance\b|!!))[^`]*(\s(and|or)\s|"
          r"&&|\|\|)[^`]*`" + _NOT_ONLY_ + r"{0,25}\b(always )?(returns?|evaluates? to|gives?|"
          r"yields?|produces?|is|will be|results? in|becomes)\b (always )?(either )?(a |an )?"
          r"(boolean|bool|true or false|true/false)\b(?! (context|check|test))"
          r"|\b(boolean|logical|short-?circuit(ing)?) (expressions?|operators?|operations?)\b" +
          _NOT_ONLY_ + r"{0,30}\balways\b[^.;]{0,15}\b(returns?|evaluates? to|gives?|yields?|"
          r"produces?|results? in|is|are)\b (either )?(a |an )?(boolean|bool|true or false|"
          r"true/false)\b)",
          "Python Language Reference, 6.11 Boolean operations ('neither and nor or restrict the "
          "value and type they return to False and True'); MDN Web Docs, Logical OR (||) ('it "
          "returns the value of one of the specified operands')",
          ("The `or` operator returns a boolean, so name is True.",
           "|| always evaluates to true or false here.",
           "A boolean expression always gives a bool, so `name or 'anon'` is True.",
           "`user and user.email` returns a boolean, so the template shows True.",
           "Logical operators always return true or false in JavaScript.",
           "`port || 8080` evaluates to either true or false."),
          ("`or` returns the first truthy operand, so name is the string itself.",
           "|| returns one of its operands, not a boolean.",
           "`x > 0 and y > 0` gives a bool, since both operands are comparisons.",
           "Logical operators do not always return a boolean; `a || b` gives a or b.",
           "`name or 'anon'` gives the name itself when it is truthy.",
           "`bool(a and b)` is always a bool."),
          ("python", "javascript", "typescript")),
    Entry("except_exception_catches_exit",
          "`except Exception` does not catch KeyboardInterrupt, SystemExit or GeneratorExit: "
          "they derive from BaseException, not Exception (a bare `except:` does catch them)",
          r"\bexcept\s+exception\b" + _NOT_ + r"{0,40}\b(catches|handles|traps|swallows|"
          r"intercepts|stops|also catches)\b" + _NOT_ + r"{0,30}\b(keyboardinterrupt|"
          r"systemexit|ctrl-?\+?c|sys\.exit|generatorexit)"
          r"|\b(keyboardinterrupt|systemexit)\b" + _NOT_ + r"{0,20}\b(is|are) (a )?(subclass|"
          r"subclasses|kind) of exception\b"
          r"|(\bbare `?except\b:?`?|(?<![\w`])`?except:`?)" + _NOT_ONLY_ + r"{0,30}(\b(is|means|behaves|"
          r"works) (the same as|equivalent to|like|just like|identical to)\b[^.;]{0,10}`?except "
          r"exception\b|\b(does not|never|will not|wo not|cannot|can not) (catch|trap|swallow|"
          r"intercept)\w*\b" + _NOT_ + r"{0,20}\b(keyboardinterrupt|systemexit|ctrl-?\+?c|sys\.exit|"
          r"generatorexit)|\bonly (catches|handles|traps) (exceptions|errors|exception subclasses|"
          r"subclasses of exception)\b)"
          r"|\b(sys\.exit|systemexit|keyboardinterrupt|ctrl\+c|ctrl-c)\b" + _C_ + r"{0,60}\b(is|"
          r"are|gets?|get)\s+(swallowed|caught|handled|trapped|intercepted)\s+by (the |an? )"
          r"?except exception\b",
          "Python Library Reference, Built-in Exceptions: KeyboardInterrupt, SystemExit and "
          "GeneratorExit inherit from BaseException 'so as to not be accidentally caught by "
          "code that catches Exception'",
          ("except Exception also catches KeyboardInterrupt, so Ctrl+C is swallowed.",
           "The except Exception clause handles sys.exit() too.",
           "A bare except: is the same as except Exception.",
           "The bare except does not catch KeyboardInterrupt, so Ctrl+C still stops the loop.",
           "`except:` only catches errors, so sys.exit() still exits.",
           ("Pressing Ctrl+C during the retry loop does nothing, because the except Exception "
            "in fetch_with_retry catches the KeyboardInterrupt too."),
           ("The sys.exit(1) in validate never stops the program, since it is swallowed by the "
            "except Exception block around it.")),
          ("except Exception does not catch KeyboardInterrupt or SystemExit.",
           "A bare except catches KeyboardInterrupt as well, which is why it is discouraged.",
           "except Exception is not the same as a bare except.",
           "A bare except catches everything, SystemExit included.",
           "A bare `except:` is equivalent to except BaseException.",
           ("Ctrl+C still stops the retry loop, because except Exception does not catch "
            "KeyboardInterrupt.")),
          ("python",)),
    Entry("strip_removes_substring",
          "str.strip/lstrip/rstrip(chars) remove any of the given characters from the ends, "
          "not that exact prefix or suffix (str.removeprefix/removesuffix do that)",
          r"^(?!.*\bremove(prefix|suffix)\b).*?\b(l|r)?strip\(\s*['\"][^'\"]{2,}['\"]\s*\)"
          + _NOT_ + r"{0,40}\b(removes?|strips?|drops?|cuts?|trims?|takes? off)\b[^.;]{0,10}"
          r"\b(the|that|this)?\s*(exact |whole |literal )?(prefix|suffix|substring|string|word|"
          r"extension)\b(?! characters)"
          # the shapes: 'lstrip takes a prefix', 'rstrip('_test') drops the `_test` suffix'
          r"|\b(l|r)?strip(\(\))?`?(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,10"
          r"}\b(takes|accepts|expects|removes|strips) (a |the |an exact )?(prefix|suffix|substri"
          r"ng|whole string|exact string)\b"
          r"|(l|r)?strip\(['\"][^'\"]{2,}['\"]\)`? (drops|removes|strips|deletes|cuts) (just |on"
          r"ly )?(the )?`?['\"]?[^ ]*['\"]?`? ?(suffix|prefix|ending|extension|scheme)\b"
          r"|\bargument( of| to) `?(str\.)?(l|r)?strip(\(\))?`?(?:(?!\bnot\b|\bnever\b|\bno\b|n'"
          r"t\b)(?:[^.;]|\.(?=\w))){0,20}\b(is )?(treated|read|interpreted|used) as a (substring"
          r"|prefix|suffix|string to remove|literal string)\b",
          "Python Library Reference, str.strip ('The chars argument is not a prefix or suffix; "
          "rather, all combinations of its values are stripped'), str.removesuffix",
          ("rstrip removes a suffix, so `'report.txt'.rstrip('.txt')` gives `'report'`.",
           'The argument to `lstrip` is read as a prefix.',
           "name.rstrip('.txt') removes the suffix, so 'notes.txt' becomes 'notes'.",
           "lstrip('http://') strips the prefix from the URL."),
          ("rstrip does not remove a suffix; `'report.txt'.rstrip('.txt')` gives `'repor'`.",
           'The argument to `lstrip` is read as a set of characters, not a prefix.',
           "rstrip('.txt') removes any of the characters . t x from the end, not the suffix.",
           "removesuffix('.txt') removes the exact suffix."),
          ("python",), code_has=r"strip\("),
    Entry("python_division_truncates",
          "In Python 3, `/` is true division (it returns a float, 7 / 2 is 3.5) and `//` is "
          "floor division, which rounds toward negative infinity (-7 // 2 is -4)",
          r"(`/`|(?<![/\w])/(?![/=]))\s*(operator\s*)?(" + _NOT_ + r"{0,15})\b(does|performs|is|"
          r"means|gives)\b (an? )?(integer|whole[- ]number|truncating|floor) division\b"
          r"|(`//`|//|floor division)" + _NOT_ + r"{0,20}\b(truncates?|rounds?|chops?)\b"
          r"[^.;]{0,10}\b(toward|towards|to) zero\b"
          r"|(?<![/\w])[\w)\]]+\s/\s[\w(][^.;/]{0,40}\b(does|is|performs|gives|means|uses)\s+(an? "
          r")?(integer|int|whole[- ]number|floor|truncat\w*) division\b"
          r"|(?<![/\w])[\w)\]]+\s/\s[\w(][^.;/]{0,30}\b(gives|returns|yields|produces)\s+(a |an )"
          r"?(whole number|int|integer)\b"
          # the shapes: 'integer division truncates toward zero', 'floor division just chops off
          # the fractional part'
          r"|(//|floor division|integer division)`?(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]"
          r"|\.(?=\w))){0,20}\b(truncates|rounds|chops|goes) (toward|towards|to) zero\b"
          r"|(//|floor division)`?(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,20}"
          r"\b(just )?(chops? off|drops?|discards?|cuts? off|truncates?) (the )?(fractional|deci"
          r"mal) (part|digits)\b",
          "Python Language Reference, 6.7 Binary arithmetic operations ('Division of integers "
          "yields a float, while floor division of integers results in an integer; the result "
          "is that of mathematical division with the floor function applied')",
          ('Here `//` truncates toward zero, so -9 // 4 is -2.',
           'Floor division simply cuts off the decimal digits.',
           "In Python 3, / does integer division when both sides are ints.",
           "// truncates toward zero, so -7 // 2 is -3.",
           ("average returns an int, because total / count with two integers does integer "
            "division in Python."),
           ("The page index is computed as offset // size, which truncates towards zero, so -5 "
            "// 2 gives -2.")),
          ('Here `//` does not truncate toward zero: -9 // 4 is -3.',
           'Floor division does not simply cut off the decimal digits; it rounds down.',
           "/ always returns a float in Python 3; // is floor division.",
           "// rounds toward negative infinity, so -7 // 2 is -4.",
           "total / count returns a float in Python 3, even when both are ints."),
          ("python",)),
    Entry("round_half_up",
          "Python's round() rounds a tie to the even neighbour (banker's rounding): round(0.5) "
          "and round(-0.5) are 0, round(2.5) is 2",
          r"(?<!\bnot )(?<!\bnever )\bround(\(\))?\b(?!ing)" + _NOT_ + r"{0,30}\b(rounds? )?(halves|\.5|0\.5|ties|x\.5|"
          r"a half)\b" + _NOT_ + r"{0,20}\b(up|upwards|away from zero|to the (larger|higher|"
          r"next) (integer|number|value))\b"
          r"|\bround\(\s*(0|2|4|6|8)\.5\s*\)\s*(is|==|returns|gives|evaluates to)\s*(1|3|5|7|9)\b"
          # the shapes: 'python rounds halves up', '`round(2.5)` returns 3', 'halves are rounded up'
          r"|(?<!\bnot )(?<!\bnever )\brounds? (\w+ ){0,2}(halves|half|ties|a tie|\.5|0\.5)\b(?:"
          r"(?!\bnot\b|\bnever\b|\bno\b|n't\b)[^.;]){0,20}\b(up|upwards?|away from zero|towards?"
          r" (positive )?infinity)\b"
          r"|\b(rounding|rounds?) (of )?(\.5|0\.5|halves|ties)\b(?:(?!\bnot\b|\bnever\b|\bno\b|n"
          r"'t\b)[^.;]){0,10}\baway from zero\b"
          r"|\b(halves|ties|\.5s?) (are|get|is) (always )?rounded (up|upwards?|away from zero|to"
          r"wards? (positive )?infinity)\b"
          r"|\bround\(\s*(0|2|4|6|8)\.5\s*\)`?\s*(is|==|returns|gives|evaluates to)\s*`?(1|3|5|7"
          r"|9)\b"
          r"|\bround\(\s*-([13579])\.5\s*\)`?\s*(is|==|returns|gives|evaluates to)\s*`?-\1\b"
          r"|\bround\(\s*2\.675\s*,\s*2\s*\)`?\s*(is|==|returns|gives|evaluates to)\s*(exactly )"
          r"?`?2\.68\b",
          "Python Library Reference, round() ('if two multiples are equally close, rounding "
          "is done toward the even choice (so, for example, both round(0.5) and round(-0.5) "
          "are 0, and round(1.5) is 2)')",
          ("Python's round always rounds a half up, which is why `round(6.5)` gives 7.",
           'Ties like 0.5 are rounded away from zero by round().',
           "round() rounds halves up, so 2.5 becomes 3.",
           "round(2.5) is 3."),
          ('round() does not round a half up: `round(6.5)` is 6, the even neighbour.',
           'Halves are rounded to the even neighbour, so `round(-2.5)` is -2.',
           "round() rounds halves to the even neighbour, so round(2.5) is 2.",
           "round(3.5) is 4, and round(2.5) is 2."),
          ("python",)),
    Entry("string_method_in_place",
          "String methods (upper, lower, strip, replace; toUpperCase, trim, concat) return a "
          "new string and leave the original unchanged: strings are immutable",
          r"\b(upper|lower|strip|lstrip|rstrip|capitalize|title|touppercase|tolowercase|trim|"
          r"trimstart|trimend|concat|replace|replaceall)\b(\(\))?" + _NOT_ + r"{0,40}"
          r"(\bin[- ]place\b|\b(modifies|changes|updates|mutates|alters|overwrites)\b (the )?"
          r"(original|existing|same|source|underlying|caller's|\w+ itself)\b)"
          r"|\.(upper|lower|strip|lstrip|rstrip|capitalize|title|touppercase|tolowercase|trim|"
          r"trimstart|trimend|concat|replace|replaceall)\([^)]*\)\s*(removes|strips|changes|"
          r"converts|modifies|updates|mutates|rewrites|alters)\b[^.;]{0,40}\b(\w+ itself|in place|"
          r"directly|the original( string| text| value)?)\b",
          "Python Library Reference, Text Sequence Type str (methods return a copy); Java SE "
          "API, String ('Strings are constant; their values cannot be changed after they are "
          "created'); MDN Web Docs, String (strings are immutable)",
          ("name.upper() converts the string in place.",
           "trim() modifies the original string, so the spaces are gone.",
           "s.toUpperCase() changes the original text.",
           ("In normalise, input.trim() removes the whitespace from input itself, so the later "
            "comparison sees the trimmed value."),
           ("name.toLowerCase() changes the name variable in place, which is why the lookup "
            "finds the lowercase key.")),
          ("upper() returns a new string; the original is unchanged.",
           "trim() does not modify the string in place; it returns a copy.",
           "list.sort() sorts in place.",
           ("input.trim() returns a new string and leaves input unchanged, so the comparison "
            "still sees the spaces.")),
          ("python", "java", "javascript", "typescript"),
          code_has=r"\.(upper|lower|strip|lstrip|rstrip|capitalize|title|toUpperCase|"
                   r"toLowerCase|trim|trimStart|trimEnd|concat|replace|replaceAll)\("),
    Entry("gather_all_cancels_others",
          "When one awaitable fails, Promise.all rejects and asyncio.gather raises at once, but "
          "neither cancels the others: they keep running (an AbortController, a TaskGroup or "
          "explicit cancellation stops them)",
          r"^(?!.*\b(taskgroup|abortcontroller|abort signal|signal)\b)"
          r".*?\b(promise\.all|gather)"
          r"\b(?!settled)" + _NOT_ + r"{0,60}\b(cancels?|aborts?|stops?|kills?|terminates?|"
          r"halts?|interrupts?)\b[^.;]{0,15}\b(the |all the |every |any )?(other|remaining|rest|"
          r"pending|outstanding|in-?flight|still[- ]running|unfinished)\b"
          # said of the others, in the passive: "the other coroutines are stopped when one fails"
          r"|^(?=.*\b(fail|rais|reject|throw|error|crash|blows? up))"
          r"(?!.*\b(taskgroup|task group|abortcontroller|abort signal|signal|cancel\(\)|"
          r"\.cancel)\b).*?(\b(the )?(others|(other|remaining|pending|outstanding|sibling|"
          r"unfinished|in-?flight) (\w+ )?(tasks?|coroutines?|requests?|promises?|fetch(es)?|"
          r"calls?|awaitables?|jobs?|workers?|downloads?|ones)|rest( of (them|the \w+))?)\b" +
          _NOT_ONLY_ + r"{0,20}\b(are|is|get|gets|will be|were)\s+(automatically\s+|also\s+|all\s+|"
          r"immediately\s+)?(cancel+ed|stopped|aborted|killed|terminated|halted|interrupted|torn "
          r"down)\b[^.;]{0,40}\b(when|once|as soon as|if|after|because)\b[^.;]{0,40}\b(fails?|"
          r"raises?|rejects?|throws?|errors?|crash\w*|blows up)\b"
          r"|\b(when|once|as soon as|if|after)\b[^.;]{0,40}\b(fails?|raises?|rejects?|throws?|"
          r"errors?( out)?|crash\w*|blows up)\b[^.;]{0,30}\b(the )?(others|(other|remaining|"
          r"pending|outstanding|sibling|unfinished|in-?flight) (\w+ )?(tasks?|coroutines?|"
          r"requests?|promises?|fetch(es)?|calls?|awaitables?|jobs?|workers?|downloads?|ones)|"
          r"rest( of (them|the \w+))?)\b" + _NOT_ONLY_ + r"{0,20}\b(are|is|get|gets|will be|were)"
          r"\s+(automatically\s+|also\s+|all\s+|immediately\s+)?(cancel+ed|stopped|aborted|"
          r"killed|terminated|halted|interrupted|torn down)\b)",
          "MDN Web Docs, Promise.all (it only rejects; promises have no cancellation, which "
          "AbortController provides); Python documentation, asyncio.gather ('Other awaitables "
          "in the aws sequence won't be cancelled and will continue to run')",
          ("Promise.all cancels the remaining requests once one fails.",
           "gather cancels the other tasks when one raises, the same way a TaskGroup does.",
           "When one fetch rejects, Promise.all aborts the other fetches.",
           "gather stops the other coroutines as soon as one raises.",
           "The other coroutines are stopped when one of them fails.",
           "When one request rejects, the remaining requests are aborted.",
           "If fetch_user raises, the others get cancelled automatically."),
          ("gather does not cancel the other tasks the way a TaskGroup does.",
           "Promise.all rejects at once, but the other requests keep running.",
           "Promise.all does not cancel the other promises.",
           "Use an AbortController to cancel the pending fetches.",
           "The other coroutines are not stopped when one of them fails.",
           "In a TaskGroup the other tasks are cancelled when one fails.",
           "If the gather itself is cancelled, the remaining tasks are cancelled too.",
           "When one request rejects, the others keep running."),
          ("javascript", "typescript", "python"), code_has=r"\b(Promise\.all|gather)\b",
          # code that cancels the others itself (task.cancel(), an AbortController, a TaskGroup)
          code_lacks=r"\.cancel\(\)|\babort\(\)|AbortController|TaskGroup"),
    Entry("isdigit_ascii_only",
          "str.isdigit() is true for every Unicode digit (Arabic-Indic digits, superscripts such "
          "as '²'), not only ASCII 0-9; int() converts any Unicode decimal digits and rejects "
          "the superscripts; isascii() with isdecimal() is the ASCII check",
          r"\bisdigit\b(\(\))?" + _NOT_ + r"{0,40}(?<!\bnot )\b(only|just|solely)\b[^.;]{0,25}"
          r"(\bascii\b|\b0-9\b|\b0 to 9\b|'0'\s*-\s*'9'|\[0-9\])"
          r"|\bisdigit\b(\(\))?[^.;]{0,30}\b(the same as|exactly like|identical to|equivalent to|"
          r"behaves like)\s+(`?str\.)?isdecimal\b"
          r"|\bint\b(\(\))?[^.;]{0,25}\b(is|accepts|reads|parses)\b[^.;]{0,15}\b(ascii[- ]only|only "
          r"ascii)\b",
          "Python Library Reference, str.isdigit ('digits include ... the compatibility superscript "
          "digits'), str.isdecimal, and int() (any Unicode decimal digits, Nd)",
          ("isdigit() is true only for the ASCII characters 0-9, exactly like isdecimal().",
           "str.isdigit() is the same as str.isdecimal() here.",
           "int() is ASCII-only as well, so it raises on them."),
          ("isdigit() accepts Unicode digits, not only ASCII 0-9, so the superscript passes.",
           "Use isascii() and isdecimal() so that only ASCII 0-9 get through.",
           "int() turns the Arabic-Indic digits into 34 but rejects the superscript."),
          ("python",), code_has=r"\.isdigit\(|\bint\("),
    Entry("settimeout_before_microtasks",
          "Promise callbacks (microtasks) run before any timer: setTimeout(f, 0) runs f only "
          "after the current code and every queued microtask, however early it was scheduled",
          r"\bsettimeout\b(?:(?!\bnot\b|\bnever\b|n't\b)[^.;]){0,30}"
          + _NOT_ + r"{0,20}\b(runs?|fires?|executes?|is called|"
          r"happens|goes|comes)\b[^.;]{0,15}\b(first|before|ahead of|earlier than)\b[^.;]{0,25}"
          r"(\bpromises?|\.then\b|\bthen callbacks?|\bmicrotasks?|\bawait|\bresolved)"
          r"|\bsettimeout\([^)]*,\s*0\s*\)" + _NOT_ + r"{0,25}\b(runs?|fires?|executes?|"
          r"calls?)\b[^.;]{0,15}\b(immediately|synchronously|right away|at once)\b(?! after)"
          # the timers named as such: "timer callbacks are promoted ahead of the microtask queue"
          r"|(?<!\bno )(?<!\bany )\btimers?( callbacks?| phase)?\b" + _NOT_ + r"{0,40}\b(ahead of|"
          r"before|earlier than|precedes?)\b[^.;]{0,25}(\bmicrotasks?|\bpromises?|\.then\b|"
          r"\bthen callbacks?)"
          # the shapes: 'the output is 'timeout' then 'promise'', 'a `.then` is deferred until
          # after pending timers'
          r"|\b(output|log|order)\b[^.;]{0,20}['\"]?(timeout|settimeout|timer)['\"]? (then|befor"
          r"e|followed by) ['\"]?(promise|then|microtask)"
          r"|\b(promise|microtask)\w* (callbacks? |reactions? |jobs? )?and (timeout|timer|settim"
          r"eout|macrotask)\w*( callbacks?| tasks?)?\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^"
          r".;]|\.(?=\w))){0,20}\b(run|execute|fire) in (the )?(order|sequence) (they were|of) ("
          r"scheduled|queued|registered|scheduling)\b"
          r"|(`?\.then`?|promise callbacks?|microtasks?)(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:"
          r"[^.;]|\.(?=\w))){0,20}\b(is|are|gets?) (deferred|delayed|postponed|queued|run) (unti"
          r"l )?after (the )?(pending |queued )?(timers?|timeouts?|settimeout|macrotasks?)\b",
          "HTML Living Standard, 8.1.7 Event loops (a microtask checkpoint runs after each "
          "task); MDN Web Docs, Using microtasks in JavaScript with queueMicrotask() "
          "(microtasks run before control returns to the event loop's tasks, such as timers)",
          ("The log order is 'timer' before 'then'.",
           'Microtasks are run after the queued timeouts.',
           ("The setTimeout callback runs before the .then callback because it was scheduled "
            "first."),
           "setTimeout(cb, 0) calls cb immediately.",
           "Zero-delay timer callbacks are promoted ahead of the microtask queue."),
          ("The log order is 'then' before 'timer'.",
           'Microtasks are not run after the queued timeouts; they run first.',
           "The .then callback runs before the setTimeout callback.",
           "The microtask queue drains before any timer callback runs.",
           "No timer runs before the promise callbacks, however early it was scheduled.",
           "setTimeout(cb, 0) does not run cb immediately.",
           "process.nextTick runs before the promise callbacks in a CommonJS module."),
          ("javascript", "typescript"), code_has=r"\bsetTimeout\b"),
    Entry("typeof_null",
          "typeof null is 'object' and typeof an array is 'object' (Array.isArray tells them "
          "apart); a null check needs `=== null`",
          r"\btypeof\s+null\b[^.;]{0,10}\b(is|returns?|gives?|===?|evaluates to)\s*['\"`]?null"
          r"\b|\btypeof\s+(an? |the )?(\[\]|arrays?|\[[^\]]*\])[^.;]{0,10}\b(is|returns?|gives?|"
          r"===?|evaluates to)\s*['\"`]?array\b"
          # the shapes: '`typeof x === 'object'` rules out null', 'typeof returns 'array''
          r"|typeof \w+ ?===? ?['\"]object['\"]`? (check |test )?(excludes|rules out|filters out"
          r"|skips|rejects) null\b"
          r"|\btypeof\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,40}\b(returnin"
          r"g|returns?|gives?|yields?) ['\"]array['\"]"
          r"|\btypeof\s+null`?\s*(is|returns?|gives?|===?|evaluates to)\s*['\"]?(undefined|null)"
          r"['\"]?",
          "MDN Web Docs, typeof ('typeof null === \"object\"'; arrays are objects, so use "
          "Array.isArray)",
          ("The test `typeof v === 'object'` filters out null by itself.",
           "For a list, typeof gives 'array'.",
           "typeof null returns 'null', so the guard skips it.",
           "typeof [] is 'array'."),
          ("The test `typeof v === 'object'` does not filter out null; add `v !== null`.",
           "For a list, typeof gives 'object'; use Array.isArray.",
           "typeof null is 'object', a historical quirk.",
           "typeof [] is 'object'; use Array.isArray."),
          ("javascript", "typescript")),
    Entry("nan_equals_itself",
          "NaN is not equal to anything, itself included: `x === NaN` (or `x == float('nan')`) "
          "is always false; use Number.isNaN, math.isnan or x != x",
          r"\bnan\s*(===?|==|equals)\s*nan\b" + _NOT_ + r"{0,10}\b(is|returns?|evaluates to|"
          r"gives)\s+true\b"
          r"|(===?|==)\s*(float\(['\"]nan['\"]\)|number\.nan|nan)\b(?!\()" + _NOT_ + r"{0,30}"
          r"\b(detects?|checks?|tests?|catches|works|finds?|identifies|is true)\b"
          r"|\b(compar\w*|checking)\b[^.;]{0,15}\b(with|to|against)\s+`?nan`?\b" + _NOT_ +
          r"{0,20}\b(works|detects?|catches|finds?)\b",
          "MDN Web Docs, NaN ('NaN compares unequal (via ==, !=, ===, and !==) to any other "
          "value -- including to another NaN value'); IEEE 754; Python Library Reference, "
          "math.isnan",
          ("NaN === NaN is true.",
           "The `x === NaN` check detects the bad input.",
           "Comparing with NaN works to catch the failed parse."),
          ("x === NaN is always false; use Number.isNaN.",
           "NaN === NaN is false, since NaN equals nothing.",
           "Number.isNaN detects the failed parse."),
          ("javascript", "typescript", "python", "go")),
    Entry("delete_shifts_array",
          "`delete arr[i]` leaves a hole (undefined) and keeps the array's length; splice "
          "removes the element and shifts the rest",
          r"\bdelete\b(?!d)" + _NOT_ + r"{0,40}\b(shifts?|re-?index\w*|shortens?|"
          r"(reduces?|decrements?|changes?|updates?|shrinks?|lowers?) (the )?(array('s)? )?"
          r"(length|size)|closes? the gap|moves? (the )?(later|following|rest|remaining))",
          "MDN Web Docs, delete (deleting an array element leaves an empty slot and does not "
          "change the length; splice removes it); typescript-eslint, no-array-delete",
          ("delete arr[1] removes the element and shifts the rest down.",
           "delete items[i] reduces the length by one."),
          ("delete arr[1] leaves a hole; the length stays 3.",
           "splice(1, 1) removes the element and shifts the rest down."),
          ("javascript", "typescript"), code_has=r"\bdelete\s+\w+\["),
    Entry("object_keys_numbers",
          "An object's property keys are strings (or symbols): a number used as a key is "
          "converted to a string, so Object.keys and for...in give strings (a Map keeps the "
          "number)",
          r"\b(object|obj|plain object)('s)?\s+(keys?|property names?)\b" + _NOT_ + r"{0,20}"
          r"\b(are|stay|remain|is|kept as|come back as)\s+(still |real |actual )?(numbers?|"
          r"numeric|integers?|number type)\b"
          r"|\bobject\.keys\b" + _NOT_ + r"{0,30}\b(returns?|gives?|yields?)\b[^.;]{0,10}"
          r"\b(numbers|numeric keys|integers|the numbers)\b(?! as strings)",
          "ECMAScript specification, 6.1.7 The Object Type (property keys are Strings or "
          "Symbols); MDN Web Docs, Property accessors ('property names are string or Symbol; "
          "any other value, including a number, is coerced to a string')",
          ("The object keys stay numbers, so k + 1 adds one.",
           "Object.keys returns the numbers 1, 2 and 3."),
          ("Object keys are strings, so k + 1 concatenates.",
           "A Map keeps number keys as numbers."),
          ("javascript", "typescript")),
    Entry("for_in_gives_values",
          "for...in over an array visits its index keys as strings (and inherited enumerable "
          "properties), not its elements; for...of gives the values",
          r"\bfor\s*(\.\.\.|…|-)\s*in\b(?: (loops?|over an array))?"
          r"(?:(?!\bnot\b|\bnever\b|n't\b)[^.;,]){0,30}\b(gives|yields|iterates( over)?|visits|"
          r"returns|loops over|produces|walks)\b (the |each |its )?(array('s)? )?(values?|"
          r"elements?|items?|entries|entry)\b"
          # the shapes: 'for (const x in arr) iterates over the values', 'for...in and for...of are the same'
          r"|`?for\s*\(\s*(const|let|var)?\s*\w+\s+in\s+[\w.]+\s*\)`?(?:(?!\bnot\b|\bnever\b|\bn"
          r"o\b|n't\b)[^.;]){0,20}\b(gives|yields|iterates( over)?|visits|loops over|walks( thro"
          r"ugh)?|returns)\b (over )?(the |each |its )?(array('s)? |\w+'s )?(values?|elements?|i"
          r"tems?|entries)\b"
          r"|\bfor\s*(\.\.\.|…|-)\s*in\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)[^.;]){0,30}\b(give"
          r"s|yields|visits|returns|produces)\b (the )?(numeric|number|integer) (indices|indexes"
          r"|keys)\b"
          r"|\bfor\s*(\.\.\.|…|-)\s*(in|of) and for\s*(\.\.\.|…|-)\s*(of|in)\b(?:(?!\bnot\b|\bne"
          r"ver\b|\bno\b|n't\b)[^.;]){0,20}\b(are|behave|work|do|act)( exactly)? (the same|ident"
          r"ically|equivalent|interchangeabl[ey]|alike)\b"
          r"|\bfor\s*(\.\.\.|…|-)\s*of\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)[^.;]){0,30}\b(give"
          r"s|yields|iterates( over)?|visits|returns|loops over|produces)\b (the |each |its )?(k"
          r"eys|indices|indexes|property names) of (an|the|each) array\b",
          "MDN Web Docs, for...in ('iterates over all enumerable string properties of an "
          "object', array indexes included) and for...of (iterates the values)",
          ('`for (const k in rows)` walks the elements of `rows` in order.',
           'On an array, for...of and for...in behave the same.',
           "for...in gives the values of the array.",
           "A for-in loop visits each element in order."),
          ('`for (const k in rows)` walks the index keys of `rows`, as strings.',
           ('for...of and for...in do not behave the same on an array: one gives values, the '
            'other keys.'),
           "for...in gives the indexes as strings, for...of gives the values.",
           "for...of yields the elements."),
          ("javascript", "typescript")),
    Entry("arrow_own_this",
          "Arrow functions have no `this` of their own: they use the `this` of the code around "
          "them, whoever calls them (and bind/call cannot change it)",
          r"\barrow (functions?|callbacks?)\b" + _NOT_ + r"{0,30}\b(has|have|gets?|creates?|"
          r"binds?)\b (its|their) own `?this\b"
          r"|\barrow (functions?|callbacks?)\b" + _NOT_ + r"{0,30}\b(binds?|sets?)\b `?this`? "
          r"(to|as) (the )?(caller|object|receiver|element|instance|event target|button)\b"
          # the shapes: '`this` in a method refers to the object where it was defined', '`this` is
          # fixed at definition time'
          r"|`?this`? (inside|in) (a |the )?(method|regular function|plain function|function)\b("
          r"?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,20}\b(always )?(refers to|"
          r"points to|is|means) (the )?(object|instance|class)\b[^.;]{0,30}\b(where|in which|tha"
          r"t) (the method|it) (was|is) (defined|declared|written)\b"
          r"|`this`(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,40}\b(is )?(fixed|"
          r"bound|set|determined|decided|resolved|locked) (at|when) (definition|declaration|crea"
          r"tion)( time)?\b"
          r"|\barrow (functions?|callbacks?)\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?"
          r"=\w))){0,40}\b(has|gets|sees) `?this`? (set|bound) to (that|the) (object|instance|re"
          r"ceiver)\b",
          "MDN Web Docs, Arrow function expressions ('Arrow functions don't have their own "
          "bindings to this, arguments, or super')",
          (('`this` in a plain function is bound at declaration time, so passing `save` '
            'around keeps it.'),
           'An arrow function written as a property of `cart` has `this` bound to the object.',
           "The arrow function has its own this, bound to the button.",
           "Arrow functions bind this to the object that calls them."),
          ('`this` in a plain function is not bound at declaration time; the call decides it.',
           ('An arrow function written as a property of `cart` does not get `this` bound to '
            'the object.'),
           "Arrow functions do not have their own this; they use the enclosing one.",
           "A regular function gets its own this from how it is called."),
          ("javascript", "typescript")),
    Entry("nullish_coalescing_falsy",
          "`??` falls back only when the left side is null or undefined (0, '' and false are "
          "kept); `||` falls back on every falsy value",
          r"(\?\?`?|nullish coalescing)(?: operator)?" + _NOT_ + r"{0,30}\b(treats?|considers?|"
          r"falls? back (on|for|when)|replaces?|catches|covers|overrides?|defaults?)\b"
          r"(?:(?!\bnot\b|\bonly\b)[^.;]){0,20}(\b(0|zero|empty strings?|false|nan)\b|''|\"\"|"
          r"\b(every|any|all) falsy\b)"
          # (not across a clause about another subject: "`??` is not `||`: it only replaces null",
          # "like `||` except that it only falls back on null")
          r"|(\|\||\bthe or operator|\blogical or)(?:(?!\b(?:it|while|whereas|except|but|unlike)\b)"
          r"[^.;:]){0,30}\bonly\b[^.;]{0,30}\b(null|undefined|nullish)\b"
          # the shapes: '`count ?? 10` returns 10 when count is 0', '`??` and `||` are
          # interchangeable'
          r"|`?\w+ ?\?\? ?(?P<nc_rhs>\w+|'[^']*')`? (returns|gives|evaluates to|is|yields|falls "
          r"back to|becomes) `?(?P=nc_rhs)`? (when|if) `?\w+`? is (0|zero|''|\"\"|an empty strin"
          r"g|empty|false|nan|falsy)\b"
          r"|`?('[^']*'|\"\"|0|false|nan) ?\?\? ?(?P<nc_r2>'[^']*'|\w+)`? (gives|returns|is|eval"
          r"uates to|yields|becomes) `?(?P=nc_r2)\b"
          r"|\|\|(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,30}\b(keeps|preserve"
          r"s|leaves|retains|passes through) (an? )?(empty string|0|zero|false|''|\"\")"
          r"|(\?\?`? and `?\|\||\|\|`? and `?\?\?)`?(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;"
          r"]|\.(?=\w))){0,10}\b(are|behave|work|act)\b (interchangeabl[ey]|the same|identically"
          r"|equivalent|alike)\b",
          "MDN Web Docs, Nullish coalescing operator (??) ('returns its right-hand side operand "
          "when its left-hand side operand is null or undefined'; unlike ||, 0 and '' are kept)",
          ('`limit ?? 50` gives 50 if limit is 0.',
           '`||` and `??` behave the same when picking a default.',
           "The `??` operator treats 0 as missing, so a page size of 0 becomes 20.",
           "|| only falls back when the value is null or undefined."),
          ('`limit ?? 50` gives 0 if limit is 0; only null or undefined fall back.',
           '`||` and `??` do not behave the same when the value is 0.',
           "The `??` operator only falls back on null or undefined, so 0 is kept.",
           "|| falls back on 0 and the empty string too."),
          ("javascript", "typescript")),
    Entry("map_read_inserts",
          "Reading a missing key (Go's m[k], Java's Map.get, JavaScript's Map.get) inserts "
          "nothing: the map is unchanged (unlike C++'s std::map::operator[])",
          r"\b(read\w*|look\w* up|lookups?|access\w*|index\w*|get\w*|\.get\(\))\b[^.;]{0,25}"
          r"\b(a |the )?(missing|absent|nonexistent|non-existent|unknown|new)\s+keys?\b" + _NOT_ +
          r"{0,30}\b(inserts?|adds?|creates?|stores?|puts?)\b (it|the key|an entry|a zero|the "
          r"zero|a new entry|an? (default|empty) (entry|value)|a default)"
          r"|\b(get|lookup|read)\w*\b" + _NOT_ + r"{0,20}\b(inserts?|adds?|creates?|stores?) "
          r"(the |an? )?(missing |new )?(key|entry)\b[^.;]{0,20}\b(if|when) (it is |it's )?"
          r"(missing|absent|not (there|present))",
          "The Go Programming Language Specification, Index expressions (a missing key yields "
          "the zero value; only assignment adds an entry); Java SE API, Map.get; MDN Web Docs, "
          "Map.prototype.get",
          ("Reading a missing key inserts the zero value into the map.",
           "counts.get(word) adds the key if it is missing."),
          ("Reading a missing key returns the zero value and leaves the map unchanged.",
           "Assigning m[k] = v adds the entry."),
          ("go", "java", "javascript", "typescript")),
    Entry("defer_args_evaluated_late",
          "A defer statement evaluates the deferred call's arguments (and receiver) at once, "
          "when the defer runs; only the call waits until the function returns",
          r"\bdefer\w*\b" + _NOT_ + r"{0,40}\b(arguments?|args|parameters?|values? of)\b"
          r"[^.;]{0,25}\b(are|is|get|gets) (only )?(evaluated|read|captured|computed|resolved|"
          r"looked up)\b" + _NOT_ + r"{0,10}\b(when (the (deferred )?(call|function) )?(runs|"
          r"executes|fires|is called)|when the (surrounding |enclosing )?function returns|at "
          r"(the )?(return|exit|end)|lazily|later)\b"
          # the shapes: 'the arguments of a deferred call are evaluated when the function
          # returns', 'defer waits until return to compute'
          r"|\barguments?\b[^.;]{0,30}\bdefer\w*( calls?| functions?| statements?)?\b[^.;]{0,20}"
          r"\b(are|is|get) (evaluated|computed|bound|captured|read) (only )?(when|once|after|at "
          r"the time) (the )?(surrounding |enclosing )?(function|it|main|\w+) (returns|exits|fin"
          r"ishes|ends)\b"
          r"|\bdefer [^`]*\(\w+\)`?"
          r"(?:(?!\bnot\b|\bnever\b|n't\b)[^.;]){0,40}\b(prints?|logs?|shows?|outputs?|sees?) the (incre"
          r"mented|updated|final|last|latest|new|changed) value\b"
          r"|\bdefer\w*\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,20}\b(waits?"
          r"|delays?) (until|till) (the )?(function )?(returns?|exits?|the end) (to|before it ca"
          r"n) (compute|evaluate|calculate|read)\b",
          "The Go Programming Language Specification, Defer statements ('the function value "
          "and parameters to the call are evaluated as usual and saved anew but the actual "
          "function is not invoked'); Effective Go, Defer",
          ('The arguments to a deferred call get evaluated once main exits.',
           'Here `defer fmt.Println(count)` sees the updated value, since count changes first.',
           "The deferred call's arguments are evaluated when the function returns.",
           "With defer, the values of its args are read lazily, at exit."),
          ('The arguments to a deferred call get evaluated right at the defer statement.',
           'Here `defer fmt.Println(count)` does not see the updated value; count was read at the defer.',
           "The deferred call's arguments are evaluated when the defer statement runs.",
           "defer runs the call when the function returns, but its arguments are fixed at once."),
          ("go",), code_has=r"\bdefer\b"),
    Entry("defer_fifo",
          "Deferred calls run last-in first-out: in the reverse order of their defer "
          "statements",
          r"\bdefer\w*\b" + _NOT_ + r"{0,60}(\b(first[- ]in,? first[- ]out|fifo)\b|\bin the "
          r"(same )?order (they were|they are|of being|in which they were|they're) (deferred|"
          r"declared|registered|written|added|scheduled)\b|\bin (source|declaration|program|"
          r"written) order\b|\b(from )?top to bottom\b|\bthe first (one |defer |deferred call )?"
          r"(runs|executes|fires) first\b)",
          "The Go Programming Language Specification, Defer statements ('deferred functions "
          "are invoked immediately before the surrounding function returns, in the reverse "
          "order they were deferred')",
          ("The deferred calls run in the order they were deferred, so a is closed first.",
           "defers execute first-in first-out."),
          ("Deferred calls run in reverse order, so b is closed before a.",
           "defers run last-in first-out, not in the order they were written."),
          ("go",), code_has=r"\bdefer\b"),
    Entry("range_value_aliases",
          "A Go range loop's value variable is a copy of the element: assigning to it (or its "
          "fields) leaves the slice unchanged; write s[i] or use a pointer",
          r"\brange\b" + _NOT_ + r"{0,60}\b(value|loop|range|iteration) (variable|value)\b"
          r"[^.;]{0,20}\b(is|are) (a )?(reference|pointer|alias)\b"
          r"|\b(modifying|changing|updating|setting|assigning( to)?|incrementing|mutating)\s+"
          r"(the )?(loop|range|iteration|value)\s+(variable|value)\b" + _NOT_ + r"{0,40}"
          r"\b(changes?|updates?|modifies?|writes? (back|through)( to)?|is reflected in|"
          r"affects?)\b[^.;]{0,15}\b(the )?(slice|array|original|underlying|element)"
          # the shapes: 'range hands you a pointer to each element', 'the loop variable refers to the element'
          r"|`for [^`]*\brange\b[^`]*`(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)[^.;]){0,40}\b(increm"
          r"ents?|updates?|changes?|modifies?|sets?|zeroes|resets?|doubles?)\b[^.;]{0,30}\b(in t"
          r"he (slice|array)|each (item|element)|every (item|element)|the (slice|array|elements|"
          r"original))\b"
          r"|\b(range|loop|iteration) (value )?(variable|value)\b(?:(?!\bnot\b|\bnever\b|\bno\b|"
          r"n't\b)[^.;]){0,30}\b(refers to|points to|aliases|is bound to) (the )?(slice |array )"
          r"?(element|item|original)\b"
          r"|\b(modifying|changing|updating|setting|assigning( to)?|incrementing|mutating) `?\w+"
          r"(\.\w+)?`? (inside|in|within) `?for\b[^.;`]*\brange\b[^`]*`?(?:(?!\bnot\b|\bnever\b|"
          r"\bno\b|n't\b)[^.;]){0,20}\b(changes|updates|modifies|affects)\b (the )?(\w+ )?(slice"
          r"|array|elements?)\b"
          r"|\brange\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)[^.;]){0,20}\b(gives|hands|returns|yi"
          r"elds|provides)( you)? (a )?(pointers?|references?) to (each|the|every) (element|item"
          r")\b",
          "The Go Programming Language Specification, For statements with range clause (the "
          "iteration values are assigned to the iteration variables as in an assignment "
          "statement)",
          (('In `for _, o := range orders`, the loop variable `o` refers to the slice element, so '
            'setting `o.done` sticks.'),
           'range gives a reference to every element, so the loop can edit them in place.',
           "The range value variable is a reference to the slice element.",
           "Updating the loop variable changes the slice element too."),
          (('The value `o` in `for _, o := range orders` does not refer to the slice '
            'element; it is a copy.'),
           'range gives a copy of every element, so edit `orders[i]` to change it.',
           "The range value variable is a copy, so the slice is unchanged.",
           "Assign through s[i] to change the element."),
          ("go",), code_has=r"\brange\b", code_lacks=r"\[\]\*|\]\*\w"),
    Entry("slicing_copies_go",
          "Slicing a Go slice or array (s[a:b]) copies no elements, and passing a slice copies "
          "only its header: the new slice shares the backing array, so writes through either "
          "are seen by both (copy() or slices.Clone makes a copy; append may reallocate)",
          r"^(?!.*(\bcopy\(|\bclone|\bappend|\bcapacity\b|\bcap\b|\breallocat)).*?(\bslic(e|es|ed|ing)\b|\b\w+\[\w*:\w*\])"
          r"(?!\w)(?:(?!\bnot\b|\bnever\b|n't\b|\bonly\b|\bjust\b|\bheaders?\b)[^.;]){0,30}"
          r"\b(copies(?! (only|just|the (slice )?header|its header|(the )?(pointers?|references?)))|"
          r"makes? (a |an )?(new |separate |independent |"
          r"fresh )?copy|creates? (a |an )?(new |separate |independent |fresh )?(copy|array)|"
          r"allocates? (a |an )?(new |separate )?(array|copy)|(gets?|has|with|gives? (the )?\w+) "
          r"(its|their) own "
          r"(backing )?(array|storage|memory|copy))\b",
          "Go blog, Go Slices: usage and internals ('Slicing does not copy the slice's data. "
          "It creates a new slice value that points to the original array'); The Go "
          "Programming Language Specification, Slice expressions",
          ("s[1:3] copies the two elements, so changing sub leaves s alone.",
           "The re-slice gets its own backing array.",
           "Passing the slice gives the function its own copy of the elements."),
          ("s[1:3] shares the backing array with s.",
           "copy(dst, s[1:3]) makes an independent copy.",
           "A slice passed to a function copies just its header (pointer, length, capacity).",
           "Once append runs out of capacity, the slice gets its own backing array.",
           "The slice copies the pointers, not the structs they point to."),
          ("go",)),
    Entry("go_string_len_runes",
          "In Go, len(s) counts bytes and s[i] is a byte, not a character; `for range` over a "
          "string yields runes (len([]rune(s)) or utf8.RuneCountInString counts them)",
          r"^(?!.*\brune\w*\(|.*\[\]rune|.*runecount).*?\blen\(\s*\w+\s*\)" + _NOT_ +
          r"{0,20}\b(counts?|returns?|gives?|is)\b" + _NOT_ + r"{0,20}\b(the )?(number of )?"
          r"(characters|runes|letters|code points|glyphs)\b"
          r"|\b\w+\[\s*\w+\s*\]" + _NOT_ + r"{0,10}\b(is|gives|returns|yields)\b (the |a )?"
          r"(\w+-th |ith |i-th |next |first |last )?(character|rune|letter)\b(?! in ascii)"
          r"|\brang\w*\b[^.;]{0,20}\b(over )?(a |the )?strings?\b" + _NOT_ + r"{0,20}\b(gives|"
          r"yields|iterates( over)?|visits|returns|walks)\b[^.;]{0,10}\b(bytes|each byte|byte "
          r"by byte)\b"
          # the shapes: '`len("héllo")` is 5, one per character', 'the index from range counts
          # characters'
          r"|\blen\(\"[^\"]*\"\)`? (is|returns|gives|==) `?\d+`?,? (one|1) per (character|rune|l"
          r"etter)\b"
          r"|\bindex\b[^.;`]{0,20}`for \w+, \w+ := range \w+`(?:(?!\bnot\b|\bnever\b|\bno\b|n't"
          r"\b)(?:[^.;]|\.(?=\w))){0,10}\b(counts?|is|numbers?) (the )?(characters|runes|charact"
          r"er positions)\b",
          "The Go Programming Language Specification, Length and capacity (len of a string is "
          "its length in bytes), Index expressions (a[x] is the byte at index x) and For "
          "statements with range clause (range over a string yields runes); Go blog, Strings, "
          "bytes, runes and characters in Go",
          ('`len("naïve")` returns 5, one per letter.',
           'The index from `for i, c := range word` counts characters.',
           "len(name) counts the characters, so 'héllo' has length 5.",
           "name[0] is the first character of the string.",
           "Ranging over a string gives its bytes one at a time."),
          ('`len("naïve")` returns 6, since ï takes two bytes.',
           ('The index from `for i, c := range word` is a byte offset, not a count of '
            'characters.'),
           "len(name) counts bytes, so 'héllo' has length 6.",
           "Ranging over the string yields runes.",
           "len([]rune(name)) counts the characters."),
          ("go",)),
    Entry("select_first_case",
          "When several select cases are ready, Go picks one at (uniform pseudo-)random, not "
          "the first one written",
          r"\bselect\b" + _NOT_ + r"{0,60}(\b(the )?first (ready |listed |written )?case\b|"
          r"\btop(most)? case\b|\bin (the )?order (they are |they're )?(written|listed|declared)"
          r"\b|\bsource order\b|\b(checks?|tries|evaluates?) (the )?cases (in order|top to "
          r"bottom|one by one)\b|\bprioriti[sz]es? (the )?(first|earlier|top)\b)",
          "The Go Programming Language Specification, Select statements ('If one or more of "
          "the communications can proceed, a single one that can proceed is chosen via a "
          "uniform pseudo-random selection')",
          ("When both channels are ready, select takes the first case.",
           "select checks the cases in order, so done always wins."),
          ("When both are ready, select picks one of them at random.",
           "select does not prioritise the first case."),
          ("go",), code_has=r"\bselect\s*\{"),
    Entry("closed_channel_receive_blocks",
          "A receive from a closed channel never blocks: it returns the zero value at once "
          "(ok is false), and range over the channel ends; it is a send on a closed channel "
          "that panics",
          r"\b(receiv\w*|reads?|reading|<-)\b[^.;]{0,20}\b(from |on )?(a |the )?closed "
          r"channels?\b" + _NOT_ + r"{0,30}\b(panics?|blocks?|hangs?|deadlocks?|crash\w*|"
          r"waits? forever)\b"
          r"|\bclosed channels?\b" + _NOT_ + r"{0,20}\b(panics?|blocks?|hangs?)\b[^.;]{0,20}"
          r"\b(when|if|on) (you |we )?(receiv\w*|read\w*)"
          # the shapes: 'after close, `v, ok := <-ch` gives ok == true', 'once it is closed,
          # `<-done` raises an error'
          r"|\bok ?== ?true\b[^.;]{0,30}\b(after|once) (the )?(close|channel is closed|closing)"
          r"\b"
          r"|\b(after|once)\b[^.;]{0,10}\bclose\w*\b[^.;]{0,30}\bok ?== ?true\b"
          r"|\b(once|after|when) `?\w+`? (is|has been|gets) closed,? `?<-\s?\w+`? (raises|throws"
          r"|panics|returns an error|gives an error|errors)\b"
          r"|\bclosing (the |a )?channel\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w)"
          r")){0,20}\b(makes?|causes?) (the )?\w+('s)? `?[^`]*<-[^`]*`? (to )?(crash|panic|fail|"
          r"error)\b",
          "The Go Programming Language Specification, Receive operator ('A receive operation "
          "on a closed channel can always proceed immediately, yielding the element type's "
          "zero value') and Close; Effective Go, Channels",
          ('Once `jobs` has been closed, `<-jobs` panics.',
           'After the close, the receive reports ok == true with the last value.',
           "Receiving from a closed channel panics.",
           "A read on the closed channel blocks forever."),
          ('Once `jobs` has been closed, `<-jobs` returns the zero value at once.',
           'After the close, the receive reports ok == false once the buffer is empty.',
           "Receiving from a closed channel returns the zero value at once.",
           "Sending on a closed channel panics."),
          ("go",), code_has=r"\bclose\("),
    Entry("channel_closed_by_runtime",
          "Nothing closes a channel but a call to close: neither the runtime, the garbage "
          "collector nor a WaitGroup closes it when its senders finish or it becomes "
          "unreachable, so a range over it waits forever",
          r"\b(the runtime|the garbage collector|the gc|go itself|the scheduler)\b" + _NOT_ +
          r"{0,40}\bclos(es|ed|ing)\b[^.;]{0,20}\bchannels?\b"
          r"|\bchannels?\b" + _NOT_ + r"{0,30}\b(is|are|gets?|get|will be) (closed|shut) "
          r"(automatically|implicitly|by the runtime|by go|for you|by the garbage collector)\b"
          r"|(?<!\bnot )(?<!\bnever )\bautomatically clos\w+\b[^.;]{0,20}\bchannels?\b",
          "The Go Programming Language Specification, Close (the built-in close records that no "
          "more values will be sent) and For statements with range clause (iteration over a "
          "channel ends only when it is closed); Effective Go, Channels",
          ("When the last goroutine finishes, the runtime closes the channel, so the range ends.",
           "The results channel becomes unreachable and is closed automatically by the runtime."),
          ("Nothing closes results, so the range waits forever.",
           "The runtime never closes a channel; only close does.",
           "Close the channel after wg.Wait returns, in a goroutine of its own."),
          ("go",), code_has=r"\bchan\b"),
    Entry("nil_slice_panics",
          "A nil slice is a valid empty slice: len and range see zero elements and append "
          "allocates; it does not panic (unlike a write to a nil map)",
          r"\b(append\w*|len|rang\w*|iterat\w*|loop\w*)\b[^.;]{0,20}\b(to |on |over |of )?"
          r"(a |the )?nil slices?\b" + _NOT_ + r"{0,30}\b(panics?|crash\w*|fails?|is (an error|"
          r"invalid|illegal))\b"
          r"|\bnil slices?\b" + _NOT_ + r"{0,20}\b(panics?|crash\w*)\b[^.;]{0,20}\b(when|if|on)"
          r"\b[^.;]{0,15}\b(append\w*|len|rang\w*|iterat\w*|loop\w*)",
          "The Go Programming Language Specification, Slice types (a nil slice has length and "
          "capacity 0) and Appending to and copying slices; Effective Go, Slices",
          ("Appending to a nil slice panics.",
           "Ranging over the nil slice crashes."),
          ("Appending to a nil slice works; append allocates.",
           "Writing to a nil map panics."),
          ("go",)),
    Entry("twr_close_order",
          "try-with-resources closes its resources in the reverse order of their declaration, "
          "and an exception from close is added as suppressed to the body's exception rather "
          "than replacing it",
          r"\b(try-with-resources|try with resources|resources?)\b" + _NOT_ + r"{0,40}\bclos\w*"
          r"\b[^.;]{0,20}(\bin (the )?(same )?order (they were|they are|they're|of their|in "
          r"which they (were|are)) (declared|opened|initiali[sz]ed|created|listed|written)\b|"
          r"\bin (declaration|source|the written) order\b|\bfirst[- ]to[- ]last\b|\bfirst "
          r"(one|resource) first\b)"
          r"|^(?=.*\b(try-with-resources|try with resources|resources?)\b)"
          r".*?(\bclos\w*\b[^.;]{0,30}\b(exceptions?|throws?|fails?)\b|\b(exceptions?|errors?) "
          r"(from|in|thrown by|thrown in|during) (the )?clos\w*\b)" + _NOT_ + r"{0,40}"
          r"\b(replaces?|hides?|masks?|overrides?|swallows?|loses?|discards?) (the )?"
          r"(original|primary|first|body's|try's|earlier)\b",
          "Java Language Specification 14.20.3 ('resources are closed in the reverse order "
          "from that in which they were initialized') and 14.20.3.1 (an exception from "
          "closing is added with addSuppressed to the primary exception)",
          ("try-with-resources closes the resources in the order they were declared.",
           "In try-with-resources, an exception from close replaces the original exception."),
          ("The resources are closed in reverse order, so the reader closes first.",
           "The close exception is added as a suppressed exception to the original one."),
          ("java",), code_has=r"\btry\s*\("),
    Entry("list_remove_int_by_value",
          "On a List<Integer>, remove(int) removes by index: list.remove(5) removes the "
          "element at position 5; remove(Integer.valueOf(5)) removes the value 5",
          r"\bremove\(\s*(\d+)\s*\)" + _NOT_ + r"{0,30}\b(removes?|deletes?|drops?|takes out)\b"
          r"(?:(?!\bindex|\bposition|\bat\b)[^.;]){0,25}\b(value|number|integer|element|entry|"
          r"item|occurrence)\s+(of\s+)?\1\b"
          r"|\bremove\(\s*int\s*\)" + _NOT_ + r"{0,30}\b(removes? )?(by value|the value|the "
          r"(first )?occurrence|the element equal)"
          # the shapes: 'remove(int) removes the matching value', 'remove(1) resolves to
          # remove(Object)'
          r"|\bremove\(int( \w+)?\)`?(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,"
          r"20}\b(removes?|deletes?|drops?) (by value|the (matching |given |equal |specified )?("
          r"value|number))\b"
          r"|\b(autoboxing|boxing)\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,2"
          r"0}\b(makes?|causes?|selects?|picks?|chooses?) `?remove\(\d+\)`? (to )?(call|use|invo"
          r"ke|resolve to|pick) `?remove\(object\)"
          r"|\bremove\(\d+\)`? (calls|resolves to|picks|uses|selects|means) `?remove\(object\)"
          r"|\bremove\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:[^.;]|\.(?=\w))){0,10}\balways (d"
          r"eletes?|removes?) the (element|item|value) (equal to|matching) its argument\b",
          "Java SE API, List.remove(int index) and List.remove(Object o); Java Language "
          "Specification 15.12.2 (remove(int) applies without boxing, so it is chosen first)",
          ('On a `List<Integer>`, remove(int) deletes the given value wherever it is.',
           '`ids.remove(7)` resolves to remove(Object), so the 7 goes.',
           "numbers.remove(3) removes the value 3 from the list.",
           "list.remove(1) deletes the element 1, wherever it is."),
          ('On a `List<Integer>`, remove(int) deletes by position, not the given value.',
           '`ids.remove(7)` resolves to remove(int), so index 7 goes.',
           "numbers.remove(3) removes the element at index 3.",
           "remove(Integer.valueOf(3)) removes the value 3."),
          ("java",), code_has=r"\.remove\("),
    Entry("hash_map_ordered",
          "Java's HashMap and HashSet, and Go maps, promise no iteration order (Go even varies "
          "it between runs); LinkedHashMap keeps insertion order, TreeMap sorts",
          r"^(?!.*(\bfmt\.|\bprint|\bjson|\bmarshal|\bencod|\btostring\b)).*?"
          r"\b(hashmap|hashset|hash map|hash set|maps?)\b" + _NOT_ + r"{0,40}\b(keeps?|"
          r"preserves?|maintains?|remembers?|iterates?|returns?|gives?|comes? (out|back)|lists?|"
          r"yields?|visits?)\b" + _NOT_ + r"{0,30}(\binsertion order\b|\bin (the )?"
          r"order (they were|they are|of|in which they were) (inserted|insertion|added|put)\b|"
          r"\bin (sorted|ascending|alphabetical|key|numeric) order\b|\bsorted by (key|name)\b)"
          r"|^(?!.*(\bfmt\.|\bprint|\bjson|\bmarshal|\bencod|\btostring\b)).*?\b(keys|entries|"
          r"values|items|elements)\b" + _NOT_ + r"{0,20}\b(come out|are (returned|visited|iterated|"
          r"listed)|iterate)\b (in )?(the )?order (they were|they are|of|in which they were) "
          r"(inserted|insertion|added|put)\b[^.;]{0,30}\b(hashmap|hashset|hash map|map)\b"
          r"|^(?!.*(\bfmt\.|\bprint|\bjson|\bmarshal|\bencod|\btostring\b)).*?\b(hashmap|hashset|"
          r"hash map|maps?)\b" + _NOT_ + r"{0,10}\b(is|are) (sorted|kept sorted)\b( by (key|name))?"
          # the shapes: 'map iteration is sorted by key', 'the order of a map is fixed'
          r"|\bmap (iteration|range|ranging|loop)( order)?\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b"
          r")(?:[^.;]|\.(?=\w))){0,20}\b(is )?(sorted|ordered) by key\b"
          r"|\b(iteration )?order of (a|the) (go )?map\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)(?:"
          r"[^.;]|\.(?=\w))){0,20}\b(is )?(fixed|stable|deterministic|the same|consistent|predic"
          r"table)\b"
          r"|\brange `?\w+`?\s*`?\s*always (prints?|visits?|yields?|gives?|returns?|lists?) `?\w"
          r"+`? before\b"
          r"|\b(keys|entries) (were|are) (inserted|added|put) (as|in the order)\b(?![^.;]*\blink"
          r"ed)[^.;]{0,30},? (so )?(the )?(output|loop|range|iteration) (is|prints|gives|follows"
          r")\b",
          "Java SE API, HashMap ('This class makes no guarantees as to the order of the map'); "
          "The Go Programming Language Specification, For statements ('The iteration order "
          "over maps is not specified'); Go blog, Go maps in action",
          ('The map range order is ordered by key, which is why `ids` prints 1, 2, 3.',
           'The iteration order of the map is deterministic from run to run.',
           "The HashMap keeps insertion order, so the loop sees the names as added.",
           "Ranging over the map visits the keys in sorted order.",
           "The keys come out in the order they were put into the HashMap.",
           "The map is sorted by key, so the output is alphabetical."),
          ('The map range order is not ordered by key; sort the keys first.',
           'The iteration order of the map is not deterministic from run to run.',
           "A HashMap gives no order guarantee; a LinkedHashMap keeps insertion order.",
           "Iteration order over a Go map is random.",
           "fmt.Println prints the map with its keys in sorted order.",
           "TreeMap iterates in key order."),
          ("java", "go"), code_lacks=r"LinkedHash|Tree(Map|Set)|Sorted(Map|Set)|sort\.|slices\.Sort"),
    Entry("unchecked_exception_checked",
          "RuntimeException and its subclasses (IllegalArgumentException, "
          "NullPointerException, ...) are unchecked: the compiler does not require them to be "
          "declared or caught",
          r"\b(runtimeexception|illegalargumentexception|nullpointerexception|"
          r"illegalstateexception|indexoutofboundsexception|arithmeticexception|"
          r"numberformatexception|unsupportedoperationexception|unchecked exceptions?)\b"
          r"(?:(?!\bnot\b|\bnever\b|n't\b|\bunchecked\b)[^.;]){0,40}(\b(must|has to|have to|"
          r"needs? to) be (declared|caught|handled)\b|\b(is|are) (a )?checked\b|\bthe compiler "
          r"(forces|requires|makes)\b)",
          "Java Language Specification 11.1.1 (the unchecked exception classes are the "
          "run-time exception classes and the error classes) and 11.2 (compile-time checking "
          "is only for checked exceptions)",
          ("IllegalArgumentException is a checked exception, so callers must catch it.",
           "A RuntimeException must be declared in the throws clause."),
          ("IllegalArgumentException is unchecked, so the compiler does not force a catch.",
           "IOException is checked, so it must be declared or caught."),
          ("java",)),
    Entry("end_index_inclusive",
          "Slices and ranges are half-open: the end index is excluded (Python slices and "
          "range, Java substring and subList, JavaScript slice and substring, Go s[a:b])",
          r"(\b(substring|sublist|slice)\(|\brange\(|(?<![\w\]])\[\w*:\w*\]|\b\w+\[\w*:\w*\])"
          + _NOT_ + r"{0,40}(\b(end|stop|upper|second|endindex)\b( index| bound| "
          r"argument| position| value)?\b" + _NOT_ + r"{0,10}\b(is )?(inclusive|included)\b|"
          r"\b(includes?|contains?)\b (the )?(end|stop|upper|endindex)( index| bound| value)?\b)",
          "Python Tutorial, 3.1.2 (slices: 'the start is always included, and the end always "
          "excluded') and range; Java SE API, String.substring ('extends to the character at "
          "index endIndex - 1') and List.subList; MDN Web Docs, Array.prototype.slice; The Go "
          "Programming Language Specification, Slice expressions",
          ("In substring(2, 5) the end index is inclusive, so it takes four characters.",
           "range(1, 10) includes the upper bound, so 10 is printed.",
           "The slice [1:3] has its stop index included."),
          ("In substring(2, 5) the end index is exclusive, so it takes three characters.",
           "range(1, 10) stops before 10; the upper bound is not included."),
          ("python", "java", "javascript", "typescript", "go")),
    Entry("final_makes_immutable",
          "`final` only stops the variable being reassigned: the object it refers to (a list, "
          "a map, an array) can still be changed",
          r"^(?!.*\b(unmodifiable|list\.of|set\.of|map\.of|copyof|immutable(list|map|set)|"
          r"records?)\b).*?\bfinal\b(?:(?!\bnot\b|\bnever\b|n't\b|\bonly\b|\breference\b|"
          r"\breassign\w*|\brebind\w*|\bvariable\b)[^.;]){0,40}\b(immutable|frozen|read[- ]only|"
          r"unmodifiable|cannot be (changed|modified|mutated|added to)|can not be (changed|"
          r"modified|mutated)|prevents? (any )?(changes|mutation|modification|adding))\b",
          "Java Language Specification 4.12.4 final Variables ('if a final variable holds a "
          "reference to an object, then the state of the object may be changed by operations "
          "on the object')",
          ("Since the list is final, it is immutable.",
           "Declaring the map final means it cannot be modified."),
          ("final stops reassignment; the list itself can still be changed.",
           "List.of returns an unmodifiable list."),
          ("java",)),
    Entry("lazy_ops_run_eagerly",
          "Java stream intermediate operations (map, filter, peek) and Python 3's map and "
          "filter are lazy: nothing runs until a terminal operation or a loop consumes them",
          r"^(?=.*\b(streams?|intermediate)\b).*?"
          r"\b(map|filter|peek|intermediate operations?)\b(\(\))?" + _NOT_ +
          r"{0,30}\b(runs?|executes?|is applied|are applied|happens|is called|are called|is "
          r"evaluated|are evaluated|does (its|the) work)\b" + _NOT_ + r"{0,15}\b(immediately|"
          r"right away|eagerly|at once|as soon as (it is|they are) called|on the spot)\b"
          r"|(?<!list\()\b(python('s)? )?(map|filter|zip)(\([^)]*\))?\s*(returns?|gives|builds|creates)"
          r"\s+(a |the )?(new )?list\b",
          "Java SE API, package java.util.stream ('Intermediate operations ... are always "
          "lazy'); Python Library Reference, map() and filter() (they return iterators)",
          ("The stream's map step runs immediately, so the log lines appear before collect.",
           "In Python 3, map() returns a list of the results.",
           "zip(names, ages) returns a list of tuples.",
           "filter(None, rows) gives a new list without the empty rows."),
          ("Intermediate operations are lazy; nothing runs until collect.",
           "map() returns an iterator in Python 3.",
           "zip returns an iterator of tuples.",
           "list(zip(a, b)) gives a list of tuples."),
          ("java", "python"), code_has=r"\b(map|filter|peek|zip)\("),
    Entry("sizeof_array_parameter",
          "Inside a function, an array parameter is a pointer: sizeof gives the pointer's "
          "size, not the array's length (pass the length separately)",
          r"\bsizeof\b" + _NOT_ + r"{0,40}\b(of|on) (the |an? )?(array )?(parameter|argument|"
          r"param)\b" + _NOT_ + r"{0,20}\b(gives|returns|is|yields|equals)\b" + _NOT_ +
          r"{0,10}\b(the )?(number of (elements|items|entries)|(array('s)? )?(length|element "
          r"count)|size of the (whole |entire )?array)\b"
          r"|\bsizeof\b" + _NOT_ + r"{0,30}\b(gives|returns|is|yields)\b" + _NOT_ + r"{0,10}"
          r"\b(the )?(number of (elements|items|entries)|(array('s)? )?length|size of the "
          r"(whole |entire )?array)\b[^.;]{0,20}\b(even )?(inside|in) the (called )?function\b",
          "C11 standard 6.7.6.3p7 (a parameter declared as an array of T is adjusted to a "
          "pointer to T); CERT C ARR01-C",
          ("sizeof of the array parameter gives the number of elements.",
           "sizeof returns the array's length even inside the function."),
          ("sizeof of the array parameter gives the size of a pointer.",
           "In main, sizeof arr / sizeof arr[0] gives the number of elements."),
          ("c", "cpp"), code_has=r"\bsizeof\b"),
    Entry("strncpy_terminates",
          "strncpy does not null-terminate the destination when the source has n or more "
          "characters; the terminator must be written by hand",
          r"\bstrncpy\b" + _NOT_ + r"{0,40}\b(always )?(null[- ]?terminates?|nul[- ]?terminates?|"
          r"(adds?|writes?|appends?|puts?) (a |the )?(null|nul|terminat\w*|'\\0'|\\0)|"
          r"guarantees? (a |the )?(null|nul|terminat\w*))",
          "C11 standard 7.24.2.4 The strncpy function (footnote: 'if there is no null "
          "character in the first n characters of the array pointed to by s2, the result will "
          "not be null-terminated'); CERT C STR32-C",
          ("strncpy always null-terminates the buffer.",
           "strncpy adds the terminator, so name is a valid string."),
          ("strncpy does not null-terminate when the source is too long.",
           "snprintf always writes a terminator."),
          ("c", "cpp"), code_has=r"\bstrncpy\b"),
    Entry("std_map_subscript_reads",
          "std::map and std::unordered_map's operator[] inserts a value-initialised element "
          "for a missing key (use find, count, contains or at to only read)",
          r"(\boperator\s*\[\]|\[\]\s*(operator|lookup|access)|\b\w+\[\s*\w+\s*\])"
          r"[^.;,]{0,40}\b(does not insert|never inserts?|will not insert|only reads?|just reads?|"
          r"leaves? the map (unchanged|untouched|alone)|without inserting|has no side effects?)\b",
          "C++ standard [map.access] (operator[] inserts a value-initialised element when no "
          "equivalent key exists); cppreference, std::map::operator[]",
          ("counts[word] only reads the map, so a lookup of a new word adds nothing.",
           "operator[] does not insert anything for a missing key."),
          ("operator[] inserts a default value when the key is missing.",
           "find does not insert, unlike counts[word]."),
          ("cpp",), code_has=r"\b(unordered_)?map\s*<"),
    Entry("signed_overflow_wraps",
          "In C and C++, signed integer overflow is undefined behaviour: it need not wrap "
          "(unsigned arithmetic wraps modulo 2^n)",
          r"\bsigned\b[^.;,]{0,20}\b(overflow\w*|int\w*|arithmetic)\b" + _NOT_ +
          r"{0,20}(\bwraps?( around)?\b|\b(is|are) (well[- ]defined|defined)\b)"
          r"|\b(int|integer|int32_t|long)\b (overflow|addition)\b" + _NOT_ +
          r"{0,20}\b(wraps?( around)?|is (well[- ]defined|defined)) (to|around to)\b[^.;]{0,20}"
          r"\b(negative|int_min|-2147483648)",
          "C11 standard 6.5p5 and 3.4.3 ('An example of undefined behavior is the behavior on "
          "integer overflow'); 6.2.5p9 (unsigned arithmetic cannot overflow: it is reduced "
          "modulo)",
          ("Signed overflow wraps around to a negative number.",
           "int overflow wraps around to INT_MIN."),
          ("Signed overflow is undefined behaviour; the compiler may assume it never happens.",
           "Unsigned arithmetic wraps around modulo 2^32."),
          ("c", "cpp")),
    # Added from the languages' documentation (branch r8-cat): each entry names its source.
    Entry("fetch_rejects_on_http_error",
          "fetch() (and Python's requests, Go's http.Get and Client.Do) treat an HTTP error "
          "status as a response, not a failure: a 404 or a 500 resolves normally; only a "
          "network failure rejects or returns an error (check response.ok, status or "
          "raise_for_status)",
          r"^(?!.*\b(axios|raise_for_status|urlopen|urllib|validatestatus|throw new|throws? "
          r"(it|one|an error) (ourselves|itself|yourself|manually))\b)"
          r"(?=.*\b(fetch|requests|http\.(get|post|do)|client\.do)\b).*?"
          r"(\b(fetch(\(\))?|the (fetch|request)( call| promise)?|requests\.(get|post|put|delete|"
          r"request)(\(\))?|requests|http\.(get|post)(\(\))?|client\.do(\(\))?|the call|it)\b"
          + _NOT_ONLY_ + r"{0,40}\b(rejects?|throws?|raises?|fails?|returns? an? (error|err|"
          r"exception)|errors? out|goes to (the )?catch|lands in (the )?catch|triggers (the )?"
          r"catch)\b" + _NOT_ONLY_ + r"{0,30}\b(on|for|when|if|with|whenever|because of)\b"
          r"[^.;]{0,25}" + _HTTP_ERROR_ +
          r"|" + _HTTP_ERROR_ + r"( response)?\b" + _NOT_ONLY_ + r"{0,30}\b(makes?|causes?|"
          r"triggers?) (the )?(fetch|request|promise|call|it)( promise)? (to )?(reject|throw|fail|"
          r"raise)"
          r"|" + _HTTP_ERROR_ + r"( response| status| error)?\b" + _NOT_ONLY_ + r"{0,20}\b(is|gets?|"
          r"will be) (caught|handled|trapped) (by|in) (the )?(catch|except|err\b|error (branch|"
          r"check))"
          r"|\b(on|for|with|after|returns?|sends?|responds? with|gives?|gets?) (a |an )?" +
          _HTTP_ERROR_ + r"\b[^.;]{0,20}\b(the )?(fetch|request|promise|call)( promise)? (rejects?|"
          r"throws?|fails?|raises?)\b)",
          "MDN Web Docs, fetch() and Response.ok ('A fetch() promise only rejects when the "
          "request fails, for example, because of a badly-formed request URL or a network "
          "error ... does not reject if the server responds with HTTP status codes that "
          "indicate errors (404, 504, etc.)'); Requests documentation, Response.raise_for_status; "
          "Go net/http, Client.Do ('A non-2xx response doesn't cause an error')",
          ("fetch rejects on a 500, so the catch block handles the server error.",
           "If the server returns a 404, the fetch promise rejects.",
           "A 500 response makes fetch throw, so we never parse the body.",
           "requests.get raises an exception when the status is 404.",
           "http.Get returns an error for a 500 response.",
           "Because fetch fails on any non-2xx status, the catch handles the error page."),
          ("fetch only rejects on network errors; a 500 still resolves.",
           "Check response.ok, because fetch does not reject on a 404.",
           "raise_for_status() raises an HTTPError on a 500.",
           "axios rejects on a 500 by default.",
           "A 404 resolves normally, so the code must check res.status.",
           "http.Get returns a nil error for a 500; the status is in resp.StatusCode."),
          ("javascript", "typescript", "python", "go"),
          code_has=r"\bfetch\(|\brequests\.|\bhttp\.(Get|Post|Head)\(|\.Do\(",
          code_lacks=r"\baxios\b|raise_for_status|validateStatus|\burlopen\("),
    Entry("race_cancels_losers",
          "Promise.race (and Promise.any, and asyncio.wait with FIRST_COMPLETED) settles with "
          "the first result but cancels nothing: the slower operations keep running (only an "
          "AbortController, clearTimeout or task.cancel() stops them)",
          r"^(?!.*\b(abortcontroller|abort\(\)|signal|cleartimeout|\.cancel\(|cancel\(\)|"
          r"taskgroup|wait_for|timeout\(\))\b)(?=.*\b(race|promise\.any|asyncio\.wait|wait)\b).*?"
          r"(\b(promise\.(race|any)|race|asyncio\.wait|wait)\b" + _NOT_ONLY_ + r"{0,60}\b(cancels?|"
          r"aborts?|stops?|kills?|terminates?|halts?|discards?)\b (the |all the |any )?(other|"
          r"losing|slower|remaining|rest|pending|unfinished|outstanding|\w+ )?(promises?|requests?|"
          r"fetch(es)?|timers?|ones|losers?|calls?|tasks?|operations?|coroutines?)\b"
          r"|\b(losers?|(losing|other|slower|remaining|pending|unfinished) (promises?|requests?|"
          r"fetch(es)?|ones|tasks?|timers?|calls?|operations?))\b" + _NOT_ONLY_ + r"{0,30}\b(are|is|"
          r"get|gets|will be) (automatically |simply )?(cancel+ed|aborted|stopped|killed|"
          r"terminated|garbage[- ]collected)\b"
          r"|\b(wins?|settles? first|resolves? first|finishes first)\b[^.;]{0,30}\b(the )?(fetch|"
          r"request|other (promise|one|request|task)|slower one|loser|timer)\b[^.;]{0,10}\b(is|gets|"
          r"will be) (automatically )?(cancel+ed|aborted|stopped|killed)\b)",
          "MDN Web Docs, Promise.race ('the other promises are not cancelled') and "
          "AbortController; Python documentation, asyncio.wait ('Unlike wait_for(), wait() "
          "does not cancel the futures when a timeout occurs'; pending ones are returned)",
          ("Promise.race cancels the slower request once the timeout wins.",
           "The losers of Promise.race are cancelled.",
           "When the first task finishes, asyncio.wait stops the other tasks.",
           "Once one promise settles, race aborts the remaining fetches.",
           "When the timeout wins the race, the fetch is aborted."),
          ("Promise.race settles with the first promise, but the other request keeps running.",
           "Promise.race does not cancel the losing promise; use an AbortController.",
           "The pending tasks from asyncio.wait must be cancelled by hand.",
           "asyncio.wait_for cancels the task when the timeout expires.",
           "Pass an AbortController signal so the fetch is aborted when the timeout wins."),
          ("javascript", "typescript", "python"),
          code_has=r"\bPromise\.(race|any)\b|\basyncio\.wait\(|\bwait\(\s*\w+"),
    Entry("context_cancel_interrupts",
          "Cancelling a Go context only closes its Done channel: a goroutine stops only where it "
          "checks ctx.Done() or ctx.Err(); time.Sleep, a plain channel operation or a "
          "computation go on (nothing can kill a goroutine from outside)",
          r"^(?!.*(\bselect\b|ctx\.done|<-\s*ctx|\btime\.after|\bnewtimer\b|\btimer\b|checks? "
          r"(the )?(ctx|context)|ctx\.err|\bdone channel\b))"
          r"(?=.*\b(ctx|context|cancel\w*|deadline|timeout)\b).*?"
          r"(\b(cancel\w*|cancel\(\)|the deadline|the timeout|the context|ctx)\b" + _NOT_ONLY_ +
          r"{0,40}\b(interrupts?|stops?|wakes?( up)?|breaks? out of|cuts? short|aborts?|ends?)\b "
          r"(the |a |any |its )?(time\.sleep|sleep\w*|blocking (call|read|write|operation|"
          r"receive|send)s?)\b"
          r"|\b(cancel\w*|cancel\(\)|the deadline|the timeout|the context|ctx)\b" + _NOT_ONLY_ +
          r"{0,40}\b(kills?|terminates?|preempts?|interrupts?|aborts?|forcibly stops?)\b (the |a |"
          r"any |every |all )?(\w+ )?(goroutines?|workers?)\b"
          r"|\b(time\.sleep|sleep\w*)\b" + _NOT_ONLY_ + r"{0,30}\b(returns?|wakes?( up)?|ends?|"
          r"stops?|is (interrupted|cut short|woken|aborted))\b[^.;]{0,20}\b(early |immediately |"
          r"at once |right away )?(when|once|as soon as|if) (the )?(ctx|context|deadline|timeout)"
          r"\b[^.;]{0,20}\b(is )?(cancel\w*|expires?|done|times? out|fires?)\b)",
          "Go standard library, package context ('Done returns a channel that's closed when "
          "work done on behalf of this context should be canceled'; the code must select on "
          "it); Go blog, Go Concurrency Patterns: Context; Go standard library, time.Sleep "
          "('pauses the current goroutine for at least the duration d')",
          ("Cancelling the context interrupts time.Sleep in the goroutine.",
           "cancel() kills the worker goroutine.",
           "When the deadline passes, the context stops the blocking read.",
           "time.Sleep returns early when the context is cancelled."),
          ("Cancelling the context closes ctx.Done(); the goroutine must select on it.",
           "time.Sleep cannot be interrupted, so use a select on ctx.Done() and time.After.",
           "cancel() does not stop the goroutine by itself.",
           "http.NewRequestWithContext makes the request fail when the context is cancelled."),
          ("go",), code_has=r"\bcontext\.|\bctx\b"),
    Entry("lock_released_on_return",
          "A lock taken by hand (Go's mu.Lock(), Python's lock.acquire(), Java's lock.lock()) "
          "stays held until Unlock, release or unlock is called: returning, raising or "
          "panicking does not release it (defer, `with` or try/finally do)",
          r"^(?!.*\b(defer\w*|with|finally|context managers?|lock_guard|unique_lock|"
          r"scoped_lock|raii|guard|synchronized|__exit__|drop\w*)\b)(.*?\b(locks?|mutex\w*|mu|"
          r"semaphores?|rlock)\b" + _NOT_ONLY_ + r"{0,30}\b(is|are|gets?|will be) (automatically |"
          r"implicitly )?(released|unlocked|freed|dropped)\b" + _NOT_ONLY_ + r"{0,20}\b(when|once|"
          r"as soon as|after|if) (the |an? )?(function|method|goroutine|handler|call|thread|"
          r"\w+\(\)|\w+)\b[^.;]{0,10}\b(returns|exits|ends|finishes|completes|panics|raises|"
          r"throws|fails)"
          r"|.*?\b(returning|the return|an? (early )?return|returns|panick?\w*|raising|throwing|"
          r"the exception|an? (error|exception|panic))\b" + _NOT_ONLY_ + r"{0,30}\b(automatically "
          r")?(releases?|unlocks?|frees?|drops?) (the )?(locks?|mutex|mu|semaphore)\b"
          r"|.*?\b(locks?|mutex\w*|mu|semaphores?)\b" + _NOT_ONLY_ + r"{0,20}\b(unlocks?|releases?|"
          r"frees?) (itself\b|(itself )?(automatically|by itself|on its own|implicitly)\b)"
          r"|.*?\b(locks?|mutex\w*|mu|semaphores?)\b" + _NOT_ONLY_ + r"{0,20}\b(is|are|gets?) "
          r"(released|unlocked) automatically\b"
          r"|.*?\b(if|when|once) (the |an? )?(\w+\(\)|function|method|handler|goroutine|call|\w+) "
          r"(returns|raises|panics|throws|fails|exits)\b[^.;]{0,10}\b(the )?(lock|mutex|mu|semaphore)"
          r" (is|gets) (automatically )?(released|unlocked|freed)\b)"
          r"|^(?!.*\b(defer\w*|with|finally|context managers?|lock_guard|unique_lock|scoped_lock|"
          r"raii|guard|synchronized|__exit__|drop\w*)\b)(?!.*\b(unlock|release)\()(.*?\b(when|"
          r"once|as soon as|if)\b[^.;]{0,40}\b(returns?|exits?|panics?|raises?|throws?|leaves)"
          r"\b[^.;]{0,30}\b(mutex|lock|mu|rlock|semaphore)\b[^.;]{0,5}\b(is|gets|will be|becomes)"
          r"\s+(automatically )?(unlocked|released|freed)\b)"
          r"|^(?!.*\b(defer\w*|with|finally|context managers?|lock_guard|unique_lock|scoped_lock|"
          r"raii|guard|synchronized|__exit__|drop\w*)\b)(.*?\b(go|the runtime|python|java|the jvm|"
          r"the language|the interpreter)\b" + _NOT_ + r"{0,10}\b(unlocks|releases|frees)\b (the |"
          r"a |its |any )?(mutex|lock|locks|mutexes|mu)\b[^.;]{0,30}\b(when|once|as soon as|if)"
          r"\b[^.;]{0,40}\b(returns?|exits?|leaves|panics?|raises?|ends?|finishes)\b)",
          "Go standard library, sync.Mutex ('A locked Mutex is not associated with a particular "
          "goroutine'; it stays locked until Unlock); Effective Go, Defer (the defer "
          "mu.Unlock() idiom); Python Library Reference, threading.Lock.release and 'Using "
          "locks, conditions, and semaphores in the with statement'; Java SE API, Lock (lock() "
          "with unlock() in a finally block)",
          ("The lock is released automatically when the function returns.",
           "Returning early releases the mutex, so the next caller gets it.",
           "If the handler panics, the mutex unlocks itself.",
           "lock.acquire() is released when process() raises, so other threads carry on.",
           "The mutex is unlocked when Withdraw returns early.",
           ("In Withdraw the early return on insufficient funds is fine, because the mutex is "
            "released automatically once the function exits."),
           ("When transfer returns the error, mu gets unlocked for us, so the next goroutine "
            "can take it.")),
          ("The early return skips mu.Unlock(), so the mutex stays locked.",
           "defer mu.Unlock() releases the lock when the function returns.",
           "With `with lock:` the lock is released even when an exception is raised.",
           "Release the lock in a finally block so that an exception cannot leave it held.",
           "The lock is never released if the function raises before release().",
           ("The early return in Withdraw skips mu.Unlock(), so the mutex stays locked and the "
            "next caller blocks forever.")),
          ("go", "python", "java"),
          code_has=r"\.(Lock|RLock|acquire|lock|lockInterruptibly|tryLock)\(\)",
          code_lacks=r"\bdefer\s+[\w.]*\.(Unlock|RUnlock)\(|\bwith\s+[\w.]*(lock|mutex|sem|"
                     r"cond)\w*\s*:|\bsynchronized\b|\bfinally\b"),
    Entry("reader_closes_source",
          "A scanner, reader or decoder does not close what it reads from when it reaches the "
          "end: Go's bufio.Scanner and json.Decoder have no Close, io.ReadAll leaves the "
          "response body open, Python's csv.reader leaves the file open, and Java's Scanner "
          "closes its source only when its own close() is called",
          r"^(?!.*(\bclose\(\)|\bcalling close\b|\bcall close\b|\btry-with|\bwith open\b|"
          r"\bdefer\b|\bclose it\b))"
          r".*?(\b(scanners?|bufio\.(scanner|reader)|newscanner|readers?|csv\.reader|csv reader|"
          r"json\.(newdecoder|decoder)|decoders?|io\.readall|readall|ioutil\.readall|"
          r"bufferedreader|readlines?)\b" + _NOT_ONLY_ + r"{0,40}\b(closes?|releases?) (the )?"
          r"(underlying |source |input |response )?(\w+\.)?(files?|streams?|readers?|connections?|"
          r"handles?|body|descriptors?|sockets?|sources?)\b" + _NOT_ONLY_ + r"{0,30}\b(when|once|"
          r"after|at the end|automatically|by itself|for (you|us)|at eof|on eof|as soon as)\b"
          r"|\b(files?|streams?|body|connections?|handles?)\b" + _NOT_ONLY_ + r"{0,20}\b(is|are|"
          r"gets?|will be) (closed|released) (automatically |for (you|us) )?(by (the )?(scanner|"
          r"reader|decoder|readall|csv\.reader|loop)|when (the )?(scanner|reader|decoder|loop|"
          r"scan|iteration|reading|readall) (finishes|ends|is done|reaches (eof|the end)|runs "
          r"out|stops|returns)|(once|after|when) (it|we|the \w+) (reach|hit)\w* eof|at eof)\b)"
          r"|\b(files?|streams?|body|connections?|handles?)\b" + _NOT_ONLY_ + r"{0,20}\b(is|are|"
          r"gets?|will be) (closed|released) (automatically |for (you|us) )?by (the )?(scanner|"
          r"reader|decoder|io\.readall|ioutil\.readall|readall|csv\.reader|bufio\.scanner|"
          r"bufferedreader)\b"
          r"|\b(scanners?|bufio\.(scanner|reader)|csv\.reader|readers?|decoders?|io\.readall|"
          r"readall|bufferedreader)\b" + _NOT_ONLY_ + r"{0,10}\b(closes?|releases?) (it|them|the "
          r"(underlying )?(file|stream|body|handle))\b" + _NOT_ONLY_ + r"{0,30}\b(when|once|after|"
          r"as soon as) (it|we|the \w+) (reach\w*|hit\w*|get\w* to) (eof|the end)\b"
          r"|^(?!.*(\btry-with|\bwith open\b)).*?\bdid not (defer|call|add)\b" + _C_ +
          r"{0,30}\b(because|since|as)\b" + _C_ + r"{0,30}\b(scanners?|bufio\.(scanner|reader)|"
          r"csv\.reader|readers?|decoders?|io\.readall|bufferedreader)\b" + _NOT_ONLY_ +
          r"{0,10}\b(closes?|releases?)\b",
          "Go standard library, bufio.Scanner (no Close: the caller owns the io.Reader) and "
          "net/http Response ('It is the caller's responsibility to close Body'); Python "
          "Library Reference, csv.reader (reads any iterable; closing the file is the "
          "caller's); Java SE API, Scanner.close ('If this scanner has not yet been closed "
          "then if its underlying readable also implements the Closeable interface then the "
          "readable's close method will be invoked')",
          ("The scanner closes the file when it finishes.",
           "io.ReadAll closes the response body once it reaches EOF.",
           "The file is closed by the scanner when the loop ends.",
           "csv.reader releases the file automatically at the end.",
           "bufio.Scanner closes the reader once it reaches EOF.",
           ("I didn't defer f.Close() in countLines because bufio.Scanner closes the file "
            "automatically once Scan returns false."),
           ("The response body is closed by io.ReadAll when it hits EOF, so there's no leak in "
            "fetchJSON.")),
          ("The scanner does not close the file; the caller must defer f.Close().",
           "Calling scanner.close() also closes the underlying stream.",
           "with open(path) closes the file when the block ends.",
           "The response body must be closed after io.ReadAll.",
           "resp.Body must be closed by the caller even after io.ReadAll.",
           "bufio.Scanner does not close the file, so countLines needs a defer f.Close()."),
          ("go", "python", "java"),
          code_has=r"\b(bufio\.New(Scanner|Reader)|json\.NewDecoder|io\.ReadAll|ioutil\.ReadAll|"
                   r"csv\.reader|csv\.DictReader|new Scanner|BufferedReader)\b"),
    Entry("fromkeys_shares_value",
          "dict.fromkeys(keys, value) gives every key the same value object: with a list or dict "
          "as the value, appending through one key shows under all of them (use a dict "
          "comprehension for one object per key)",
          r"\bfromkeys\b" + _NOT_ONLY_ + r"{0,50}\b((each|every) (key|entry)\b[^.;]{0,20}\b(gets?|"
          r"has|receives?) (its own|a (new|separate|fresh|distinct|different)) (empty )?(list|dict|"
          r"set|copy|value|object)|gives? (each|every) (key|entry) (its own|a (new|separate|fresh|"
          r"distinct)) (empty )?(list|dict|set|copy)|(creates?|makes?|builds?|gives?|allocates?) "
          r"(a |an )?(new|"
          r"separate|fresh|distinct|independent) (empty )?(list|dict|set|copy|value|object)s? "
          r"(for|per|to) (each|every) key|cop(y|ies) (the )?(default |initial |given )?value|"
          r"(separate|independent|distinct) (lists|sets|dicts|copies|values|objects))\b"
          r"|\b(each|every) (key|entry)\b" + _NOT_ONLY_ + r"{0,20}\b(gets?|has|receives?) (its "
          r"own|a (new|separate|fresh|distinct)) (empty )?(list|dict|set|copy)\b[^.;]{0,30}"
          r"\bfromkeys\b",
          "Python Library Reference, dict.fromkeys ('All of the values refer to just a single "
          "instance, so it generally doesn't make sense for value to be a mutable object such "
          "as an empty list. To get distinct values, use a dict comprehension instead')",
          ("dict.fromkeys(names, []) gives each key its own empty list.",
           "fromkeys creates a new list for every key.",
           "With fromkeys the groups are separate lists, so appending to one leaves the others."),
          ("dict.fromkeys(names, []) shares one list between all the keys.",
           "A dict comprehension {k: [] for k in names} gives each key its own list.",
           "fromkeys is fine with an immutable value such as 0."),
          ("python",), code_has=r"\bfromkeys\("),
    Entry("json_dump_repeated_valid",
          "JSON is not a framed format: several json.dump calls on one file write documents "
          "back to back, which json.load cannot read as one (write one list, or one document "
          "per line and read them line by line)",
          r"\b(repeated|multiple|several|successive|each|every|two) (calls? (to|of) )?json\.dump"
          r"\b(?!s)" + _NOT_ONLY_ + r"{0,60}\b(valid|well-formed|parses?|can be (read|loaded)|"
          r"(a|one) (json )?(array|list)|append\w*)\b"
          r"|\bjson\.dump\b(?!s)" + _NOT_ONLY_ + r"{0,40}\b(in|inside) (a |the )?loop\b" +
          _NOT_ONLY_ + r"{0,40}\b(valid|well-formed|(a|one) (json )?(array|list)|append\w* "
          r"(each |every |the )?\w+ to the (array|list))\b"
          r"|\bjson\.dump\b(?!s)" + _NOT_ONLY_ + r"{0,30}\bappends?\b[^.;]{0,20}\b(to|into) (the |a )?"
          r"(json )?(array|list)\b"
          r"|\bjson\.load\b(?!s)" + _NOT_ONLY_ + r"{0,30}\b(reads?|returns?|gives?|loads?) (back )?"
          r"(all|every|each|both) (of )?(the )?(records?|objects?|items?|entries|dumps?|documents?)",
          "Python Library Reference, json.dump ('Unlike pickle and marshal, JSON is not a framed "
          "protocol, so trying to serialize multiple objects with repeated calls to dump() "
          "using the same fp will result in an invalid JSON file')",
          ("Each json.dump call appends the record to the JSON array in the file.",
           "json.load reads back all the records that were dumped in the loop.",
           "Calling json.dump in the loop still leaves a valid JSON file."),
          ("Repeated json.dump calls give an invalid JSON file.",
           "Collect the records in a list and call json.dump once.",
           "json.dumps returns a string; json.dump writes to a file."),
          ("python",), code_has=r"\bjson\.dump\("),
    Entry("class_attribute_per_instance",
          "A list, dict or set assigned in a Python class body is one object, shared by every "
          "instance that does not assign its own (self.items = [] in __init__ makes one per "
          "instance)",
          r"\b(class[- ](level )?(attributes?|variables?|fields?|lists?|dicts?)|(lists?|dicts?|"
          r"sets?) (declared|defined|assigned|created) (in|at) (the )?class( body| level)?)\b" +
          _NOT_ONLY_ + r"{0,40}\b((each|every) (instance|object)\b[^.;]{0,20}\b(gets?|has|"
          r"receives?) (its own|a (new|separate|fresh)) (copy|list|dict|set)|(is |are )?(copied|"
          r"created|initiali[sz]ed|re-?created|duplicated) (for|per|in|into) (each|every) "
          r"(instance|object)|(is|are) (per[- ]instance|instance (attributes|variables)))\b"
          r"|\b(each|every) (instance|object|\w+ (instance|object))\b" + _NOT_ONLY_ + r"{0,20}"
          r"\b(gets?|has|receives?) (its own|a (new|separate|fresh)) (copy of (the )?)?(\w+ )?"
          r"(list|dict|set)\b(?![^.;]{0,30}\b(__init__|init|constructor|default_factory)\b)"
          # the shapes: 'class attributes are copied per instance', 'a.items.append(1) leaves b.items empty'
          r"|\b(each|every) (new )?(instance|object)\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)[^.;]"
          r"){0,20}\b(gets?|has|receives?) (its own|a (new|separate|fresh)) copy of the class[- "
          r"](level )?(attribute|variable|list|dict|set)"
          r"|\bclass[- ](level )?(\w+ ){0,2}(attributes?|variables?|lists?|dicts?)\b(?:(?!\bnot"
          r"\b|\bnever\b|\bno\b|n't\b)[^.;]){0,30}\b((are|is) )?(copied|duplicated|re-?created|c"
          r"reated fresh|initiali[sz]ed anew) (for|per|in|into) (each |every |an? )?(new )?(inst"
          r"ance|object)\b"
          r"|\bclass[- ](level )?(\w+ ){0,2}(attributes?|variables?|lists?|dicts?)\b(?:(?!\bnot"
          r"\b|\bnever\b|\bno\b|n't\b)[^.;]){0,30}\b(are|is) per[- ](instance|object)\b"
          r"|\b(lists?|dicts?|sets?) (declared|defined|assigned|created|written) (in|at) (the )?class( b"
          r"ody| level)?\b(?:(?!\bnot\b|\bnever\b|\bno\b|n't\b)[^.;]){0,20}\b(is|are) (copied|cr"
          r"eated|made|built|re-?created|duplicated|initiali[sz]ed)( fresh| anew| again)? (for|p"
          r"er|in|with) (each|every|an?) (new )?(instance|object)\b"
          r"|`?(?P<ca_obj>\w+)\.(?P<ca_attr>\w+)\.(append|add|extend|update)\([^)]*\)`?\s*"
          r"(leaves|does not (change|affect|touch))\s*`?(?!(?P=ca_obj)\.)\w+\.(?P=ca_attr)`?\b",
          "Python Tutorial, 9.3.5 Class and Instance Variables ('the tricks list in the "
          "following code should not be used as a class variable because just a single list "
          "would be shared by all Dog instances')",
          (('Since a list written in the class body is built again for every new instance, '
            'the two carts stay apart.'),
           ("`first.log.append('x')` leaves `second.log` untouched, because each object has "
            'its own log.'),
           "Each instance gets its own items list, so the carts are independent.",
           "The class-level list is copied for every instance.",
           "Class attributes are per-instance, so appending only changes this cart."),
          (("The list written in the class body is one object, so `first.log.append('x')` "
            'shows up in `second.log`.'),
           ('A class-level list is not copied per instance; assign `self.log = []` in '
            '`__init__` instead.'),
           "The items list is a class attribute, so every cart shares it.",
           "Each instance gets its own list because __init__ assigns self.items = [].",
           "A class attribute is shared by all instances until one assigns its own."),
          ("python",),
          code_has=r"(?m)^class\s[\s\S]*^\s+\w+\s*(:\s*[^=\n]+)?=\s*(\[|\{|list\(|dict\(|set\()",
          code_lacks=r"default_factory|self\.\w+\s*=\s*(\[|\{|list\(|dict\(|set\()"),
    Entry("class_methods_autobound",
          "JavaScript class methods are not bound to their instance: passed as a callback "
          "(an event handler, setTimeout, .then) a method loses `this` (bind it in the "
          "constructor, wrap it in an arrow function or define it as an arrow-function field)",
          r"^(?!.*(\barrow\b|\bbind\(|\.bind\b|=>|\bbound (it|them|with)\b))"
          r".*?(\b(class )?methods?\b" + _NOT_ONLY_ + r"{0,40}\b(are|is) (automatically |auto-?|"
          r"already |permanently )?bound\b(?! (with|by|using))"
          r"|\b(classes|javascript|js|the class)\b" + _NOT_ONLY_ + r"{0,20}\b(auto-?binds?|"
          r"automatically binds?) (its |their |the |all )?methods?\b"
          r"|\b(passing|handing|giving|registering) (this\.)?\w+ (as (a |the )?|to )(callback|"
          r"handler|listener|addeventlistener|settimeout|then)\b" + _NOT_ONLY_ + r"{0,30}\b(keeps?|"
          r"preserves?|retains?) (the )?(`?this`?|instance|context|binding)\b"
          r"|\bthis\b" + _NOT_ONLY_ + r"{0,20}\b(still )?(refers to|points to|is) the (instance|"
          r"object|class instance|\w+ instance)\b[^.;]{0,30}\b(when|even (when|if|though)) (it "
          r"is |the method is |\w+ is )?(passed|used|called|registered) as (a |the )?(callback|"
          r"handler|listener))",
          "MDN Web Docs, Classes ('this' in a method taken off its instance is undefined in "
          "the class body's strict mode) and Function.prototype.bind; MDN, The this keyword "
          "(callbacks)",
          ("Class methods are automatically bound to the instance.",
           "Passing this.handleClick as the listener keeps this pointing at the component.",
           "this still refers to the instance when the method is passed as a callback."),
          ("Class methods are not bound, so this is undefined inside the callback.",
           "Bind the method in the constructor with this.handleClick.bind(this).",
           "An arrow-function class field is bound to the instance."),
          ("javascript", "typescript"), code_has=r"\bclass\s+\w+",
          code_lacks=r"\.bind\(this\)|^\s*\w+\s*=\s*(async\s*)?\([^)]*\)\s*=>"),
    # False beliefs about language and runtime semantics (branch cat9), in their own modules.
    *DYNAMIC,
    *STATIC,
    # More false beliefs from the languages' documentation (branch catalogue3).
    *MORE,
    # False beliefs from the Python, MDN, TypeScript, Go and Java documentation (catalogue4).
    *DOCS,
    # More false beliefs from the same documentation (branch catalogue5).
    *DOCS2,
    # A sixth set from the same documentation, C/C++ and Rust's too (branch catalogue6).
    *DOCS3,
    # A seventh set from the same documentation (branch catalogue7).
    *DOCS4,
    # An eighth set, on what a snippet does, from the same documentation (branch catalogue8).
    *DOCS5,
    # A ninth set, on what everyday library calls return or do (branch catalogue9).
    *DOCS6,
    # How values are represented and converted: floats, UTF-16 strings, JSON, except-as names.
    *VALUES,
    # A tenth set, chosen for coverage across the languages' documented behaviour (branch
    # catalogue10).
    *DOCS7,
    # An eleventh set, on well-known behaviours no entry read in any wording (branch beliefs).
    *BELIEFS,
    # A twelfth, on one more (branch beliefs2).
    *BELIEFS2,
)
CATALOGUE: Final = widened(_AS_WRITTEN)
"""The entries, some read in more shapes than their own patterns' (branch beliefs2)."""


_COST: Final = re.compile(r"cx\w+|\b(faster|slower|cheaper|quicker|efficient\w*|speed\w*)\b")


def _plan(sentence: Sentence) -> bool:
    """A sentence about what one would do, not what the code does.

    The grader's own test (`Sentence.hypothetical`) also reads "converting", "using a" or "with
    a map" as a plan, as they are in a claim about cost ("converting the list to a set makes
    it O(1)"); in a claim about what the language does they are only words of it
    ("converting a nil pointer to an interface gives a nil error", "because we use a
    WaitGroup"), so there they count only with a modal, a conditional, an imperative opening
    or a word of cost. A sentence opening with a verb that tells what to do ("Use `readonly
    string[]` plus Object.freeze") is a plan whatever it names.
    """
    return _TELLS.match(sentence.raw) is not None or (
        sentence.hypothetical and (PLAN.search(sentence.raw) is not None
                                   or _COST.search(sentence.raw) is not None))


_TELLS: Final = re.compile(r"[^\w`]*(use|prefer|add|wrap|replace|consider|declare|switch to)\s"
                           r"(?!of\b)", re.IGNORECASE)
"""An opening verb that tells what to do. Not `_match.IMPERATIVE`, whose "using" and "try" also
open claims ("Using %w makes ...", "try-with-resources closes ...")."""


_PRONOUN_LED: Final = re.compile(r"^(it|this)\b", re.IGNORECASE)
_CODE_SUBJECT: Final = re.compile(r"^\W*(`[^`\n]+`|[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)+(?:\(\))?|"
                                  r"[A-Za-z_]\w*\(\))")
"""A clause that opens with a piece of code (`asyncio.wait_for`, `sort()`): its subject."""


def _clauses(answer: str) -> list[str]:
    """The answer split at semicolons (each clause makes its own claim); "it" opening a clause
    stands for the code the clause before it opened with ("asyncio.wait_for stops waiting; it
    never cancels the task" says wait_for never cancels it)."""
    out: list[str] = []
    for part in re.split(r";\s*", answer):
        subject = _CODE_SUBJECT.match(out[-1].rsplit(". ", 1)[-1]) if out else None
        pronoun = _PRONOUN_LED.match(part)
        out.append(subject.group(1) + part[pronoun.end():] if subject and pronoun else part)
    return out


_LIKENED: Final = re.compile(
    r"(?:,\s*)?\b(?:(?:much|just|exactly|very much|rather) )?(?:like|(?:in )?the same way(?: as| that)?|"
    r"just as|as with)\s+(?:an? |the |with )?`?[\w.]+(?:\(\))?`?(?:\s+(?:does|do|did|would|will))?"
    r"(?=\W|$)")
"""A comparison ("much like `create_task`", "the same way a TaskGroup does"): it names a thing
to liken the code to, not one the code uses."""


def _readings(sentence: str) -> tuple[str, ...]:
    """The ways a sentence is read against the catalogue: as written, and, where it likens the
    code to something, with those comparisons left out, so that a thing named only to liken the
    code to it ("schedules its body right away, much like create_task") does not count as the
    code's own use of that thing, which some patterns take to make the claim true; and, where
    it quotes code in backticks, with the backticks left out."""
    plain = _LIKENED.sub(lambda m: " " * len(m.group(0)), sentence)
    readings = (sentence,) if plain == sentence else (sentence, plain)
    # code spans read as their text too: "`typeof null` returns `'undefined'`" states what
    # "typeof null returns 'undefined'" does
    bare = tuple(_SIMPLE_SPAN.sub(r"\1", r) for r in readings if "`" in r)
    return readings + tuple(b for b in bare if b not in readings)


_SIMPLE_SPAN: Final = re.compile(r"`((?:[\w.'\" -]|\[\]|\{\}|\(\))*)`")
"""A code span of words, values and empty brackets (`typeof null`, `'undefined'`, `[]`): read as
its text. One holding a declaration or an expression (`var m map[string]int`) stays code."""


def catalogue_misconceptions(answer: str, language: str = "", code: str = "",
                             entries: tuple[Entry, ...] | None = None) -> list[str]:
    """The catalogue's corrections for each false claim the answer states (not hypothetically).

    An entry scoped to some languages applies only when the answer is about code in one of
    them (what is false in one language may be true in another); with the code given, only an
    entry about it (see `Entry.about`). A sentence may state several false beliefs, and each
    entry that reads it counts (one correction per sentence was tried: on the spent sets it
    only raised five fluent-false answers). `entries` reads the answer against those alone
    (an entry's own examples, in its tests).
    """
    found: list[str] = []
    for sentence in (s for part in _clauses(answer) for s in sentences(part)):
        plan = _plan(sentence)
        readings = _readings(sentence.raw)
        for entry in CATALOGUE if entries is None else entries:
            if (entry.languages and language not in entry.languages) or not entry.about(code):
                continue
            if entry.claim in found:
                continue
            # a negation just before where the belief's words start takes them back ("does not
            # re-evaluate the default on each call" denies the belief)
            matches = [(r, m) for r in readings if (m := next(
                (x for x in entry.regex.finditer(r) if not negated_before(r, x.start())), None))]
            if matches and (not plan or any(_claimed_before(r, m.end()) for r, m in matches)):
                found.append(entry.claim)
    return found


_CONSEQUENCE: Final = re.compile(r",?\s+(?:and )?(?:so|therefore|hence|which means|thus)\b|;")
"""Where a claim's consequence begins: "X uses loose equality, so "10" should match 10"."""


def _claimed_before(reading: str, end: int) -> bool:
    """Whether a sentence read as a plan states its matched claim all the same: the plan's word
    (a modal, "instead") comes only in a consequence drawn after the claim ("..., so the string
    should match"), not in the claim's own clause ("if we used a set, lookups would be O(1)")."""
    cut = _CONSEQUENCE.search(reading, end)
    head = sentences(reading[:cut.start()] if cut else reading)
    return bool(head) and not _plan(head[0])
