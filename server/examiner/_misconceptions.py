"""Claims that are wrong for the code a question is about, per finding kind.

Written from the hazards' documentation (CWE, the OWASP cheat sheets, the Python, MDN, Go and
Java documentation named beside each), never from the project's corpus answers: a test checks
that no plain phrase here appears word for word in them. Evidence is `re:` patterns matched one
sentence at a time, skipping sentences about what one would do instead; a plain phrase matches
as a word sequence, negation-aware, so "this is safe" is a wrong claim and "this is not safe"
is not.
"""

from __future__ import annotations

from typing import Final

from ._match import NOT_JUST_BEFORE

P = tuple[str, str, tuple[str, ...]]
"""(id, claim, evidence) of a misconception."""

_NOT: Final = NOT_JUST_BEFORE
"""Before a verb: the claim is not negated ("does not prevent", "does nothing to keep", "fails
to restrict" state nothing)."""

SAFE: Final = (
    (r"re:\b(this|it|that|the code|the call|the query|the function|the input) (is|looks) "
     r"(perfectly |completely |totally |entirely )?(safe|harmless|secure)\b"
     r"(?! (only )?(if|when|as long|once|after|provided))"),
    r"re:\bno (real |actual )?(risk|vulnerability|security (issue|problem|hole))\b",
)
"""Ways of saying a real risk is no risk (wrong whenever the finding is real)."""

MISCONCEPTIONS: Final[dict[str, tuple[P, ...]]] = {
    # a `wrong_result` finding shows the value is wrong on ordinary input
    "wrong_result": (
        ("right_as_written", "The value is right as the code is written",
         ((r"re:\b(it|this|that|the code|the comparison|the check|the result|the totals?|the "
          r"value|the sum|the ratio)\s+(works|is|are)\s+(fine|correct|right|ok|okay)\b|"
          r"\b(totals?|results?|values?|sums?) (are|is) (all )?(right|correct)\b|"
          r"\bnothing (is )?wrong\b"),)),
    ),
    # CWE-89; OWASP SQL Injection Prevention Cheat Sheet (escaping input is frail, not a defence)
    "sql_injection": (
        ("quotes", "Quoting or escaping the values by hand keeps input from changing the query",
         ((rf"re:\b(quot\w*|escap\w*)\b[^.;]{{0,40}}{_NOT}\b(prevents?|stops?|protects?|"
          r"is enough|makes? it safe|keeps? (it|the input|the value))\b"),)),
        ("one_statement", "Running one statement per call makes injection harmless",
         (r"re:\b(one|single) statement\b[^.;]{0,40}\b(harmless|safe|cannot|can not)\b",)),
    ),
    # CWE-78; OWASP OS Command Injection Defense Cheat Sheet
    "command_injection": (
        ("validated", "Parsing or converting the argument removes shell metacharacters",
         ((r"re:\b(argparse|parsing|type conversion|path conversion|pathlib|str\(\))\b[^.;]{0,40}"
          rf"{_NOT}\b(removes?|strips?|sanitis\w*|sanitiz\w*|escapes?|neutrali[sz]\w*)\b"),)),
    ),
    # Python documentation, eval(): builtins are inserted when globals lacks them
    "code_injection": (
        ("sandbox", "An empty globals dict (or removing builtins) makes eval safe",
         ((r"re:\b(empty globals|globals (dict\w* )?(is |are )?empty|no builtins|without "
          r"builtins|__builtins__\W{0,6}(none|\{\}))[^.;]{0,60}\b(safe|harmless|cannot|can not)\b"),)),
    ),
    # Python documentation, pickle: "The pickle module is not secure"
    "unsafe_deserialization": (
        ("like_json", "Pickle is a plain data format like JSON",
         ((r"re:\bpickle\b[^.;]{0,30}\b(just|only|simply|merely|plain)\b[^.;]{0,20}\b(data|format|"
          r"serial\w*)|\bpickle\b[^.;]{0,30}\b(as safe as|the same as|no different from) json"),)),
        ("base64", "Encoding it (base64) stops tampering",
         (rf"re:\bbase ?64\b[^.;]{{0,40}}{_NOT}\b(prevents?|stops?|protects?|secures?)\b",)),
    ),
    # CWE-22; Python documentation, os.path.join (an absolute segment discards the base)
    "path_traversal": (
        ("join", "Joining to the base folder keeps the path under it",
         ((r"re:\b(os\.path\.join|path\.join|filepath\.join|paths\.get|join\w*)\b[^.;]{0,40}"
          rf"{_NOT}\b(keeps?|restricts?|confines?|guarantees?)\b[^.;]{{0,40}}\b(base|folder|"
          r"directory|root|inside|under)"),)),
    ),
    # CWE-798; GitHub Docs, Removing sensitive data from a repository (history keeps it)
    "hardcoded_secret": (
        ("private", "A private repository, or deleting the line later, keeps the secret safe",
         ((r"re:\b(private (repo\w*|project)|delet\w* (it|the line|the key|the secret)|"
          r"remov\w* (it|the line|the key|the secret)) (later |afterwards )?[^.;]{0,30}\b(is )?"
          r"(safe|fine|fix\w*|solves?|enough|ok)\b"),)),
    ),
    # Python documentation, random: "should not be used for security purposes"
    "insecure_random": (
        ("unguessable", "Enough length or alphabet makes random's output unguessable",
         ((r"re:\b(random\.\w+|the random module|mersenne|prng|long enough|enough (length|"
          r"entropy|characters))\b[^.;]{0,60}\b(cannot|can not|impossible to|hard to)\b"
          r"[^.;]{0,10}\b(guess|predict|brute)"),)),
    ),
    # OWASP Cross Site Scripting Prevention Cheat Sheet
    "xss": (
        ("trusted", "The data is trusted or cannot carry script",
         ((r"re:\b(trusted|our own api|from (our|the) (server|database)|self.xss)\b[^.;]{0,40}"
          r"\b(cannot|can not|harmless|is safe|no xss)\b"),
          (r"re:\b(innerhtml|dangerouslysetinnerhtml|v-html|html\(\))\b[^.;]{0,40}\b(is )?"
          r"(safe|harmless)\b"))),
    ),
    # Python tutorial 4.2; Java ArrayList (fail-fast iterators); MDN splice
    "modified_while_iterating": (
        ("snapshot", ("The loop walks a snapshot taken when it starts, so removing items inside "
                     "it is safe"),
         ((r"re:\b(loop|for|iteration|iterator)\b[^.;]{0,40}"
           rf"{_NOT}\b(walks|iterates over|uses|works on|takes) (a|its own) (snapshot|copy)\b"),
          (rf"re:{_NOT}\b(safe|fine|ok(ay)?) to (remove|delete|add)\b[^.;]{{0,40}}"
           r"\b(while|during|inside|in) (the )?(loop|iteration|iterating)\b"))),
    ),
    # Node.js docs, Process: 'uncaughtException' ends the process unless handled
    "uncaught_in_callback": (
        ("outer_try", ("A try/catch around the code that registers the listener catches what "
                      "the listener throws later"),
         ((r"re:\b(try|catch)\b[^.;]{0,60}\b(around|outside|wrapping|in)\b[^.;]{0,40}"
           r"\b(on\(|listener|handler|setup|register|connection|server)\b[^.;]{0,40}"
           rf"{_NOT}\b(catch(es)?|handles?|covers?)\b"),)),
        ("only_this", ("Only this one message or connection fails; the rest of the server is "
                      "unaffected"),
         ((r"re:\b(only|just)\b[^.;]{0,30}\b(this|that|the) (one )?(message|connection|"
           r"socket|request|client)\b[^.;]{0,30}\b(fails?|is (affected|lost|dropped))\b"),
          (r"re:\b(rest of the|other) (server|connections|clients)\b[^.;]{0,30}"
           r"\b(unaffected|keeps? (running|working)|(is|are) fine)\b"))),
    ),
    # CWE-1321; MDN, JSON.parse (a "__proto__" key becomes an own property of the result) and
    # TypeScript handbook (types are erased: they check nothing at run time)
    "prototype_pollution": (
        ("own_keys", ("Copying only the source's own keys (hasOwnProperty, Object.keys) keeps "
                      "`__proto__` out"),
         ((r"re:\b(hasownproperty|hasown|own (keys|properties)|object\.keys|object\.entries)\b"
           rf"[^.;]{{0,50}}{_NOT}\b(prevents?|stops?|protects?|blocks?|skips?|filters? out|"
           r"excludes?|keeps? out)\b[^.;]{0,30}\b(__proto__|proto|pollution|prototype)"),)),
        ("types", "The TypeScript type of the body (or JSON) cannot hold a `__proto__` key",
         ((r"re:\b(typescript|the type|types?|interface|json)\b[^.;]{0,40}"
           rf"{_NOT}\b(prevents?|stops?|guarantees?|ensures?|rules? out|cannot (contain|have|"
           r"hold|include))\b[^.;]{0,30}\b(__proto__|proto|pollution|prototype|extra keys?)"),)),
    ),
    # The Go blog, "Go Slices: usage and internals": a slice value is a header over an array
    "aliased_slice": (
        ("copied", "Appending a slice to a slice of slices (or assigning it) copies its elements",
         ((r"re:\b(append\w*|assign\w*|stor\w*|sav\w*|put\w*)\b[^.;]{0,40}"
           rf"{_NOT}\b(copies|makes? a copy|copy of the elements|duplicates)\b"),)),
        ("reset", "Reslicing to [:0] gives a new, empty array",
         ((r"re:\[:0\][^.;]{0,40}" + _NOT +
           r"\b(allocates?|creates?|gives?|makes?)\b[^.;]{0,20}\b(new|fresh|separate)\b"),)),
    ),
    # Python Language Reference 8.7: defaults are evaluated once, at definition
    "mutable_default": (
        ("fresh", "The default is created afresh on each call",
         ((r"re:\bdefault\b[^.;,]{0,50}\b(is|are|gets?|will be)\b[^.;,]{0,15}"
           r"\b(evaluated|created|re-?created|rebuilt|fresh|new)\b"
          r"(?:(?!\bonce\b)[^.;,]){0,25}\b(each|every|per)\s+(time|call|invocation)"),)),
    ),
    # Python FAQ: "Why did changing list 'y' also change list 'x'?" (assignment does not copy)
    "shared_mutable_state": (
        ("copies", "Assignment copies the object",
         ((rf"re:\b(assign\w*|the = )\b[^.;]{{0,30}}{_NOT}\b(copies|makes a (new )?copy|creates "
          r"a (new |separate )?copy|clones?)\b"),)),
    ),
    # Python FAQ: what kinds of global value mutation are thread-safe?; asyncio documentation
    "race_condition": (
        ("atomic", "The GIL or a single-threaded event loop makes the check-then-act atomic",
         ((r"re:\b(gil|global interpreter lock|single.threaded|the event loop)\b[^.;]{0,50}"
          rf"{_NOT}\b(makes?|guarantees?|ensures?)\b[^.;]{{0,30}}\b(atomic|thread.?safe|"
          r"safe)\b"),)),
    ),
    # Python FAQ: lambdas defined in a loop all return the same result
    "late_binding": (
        ("captures_value", "Each closure captures the value of its own iteration",
         ((rf"re:\b(lambda|closure|function|callback)s?\b[^.;]{{0,40}}{_NOT}\bcaptures?\b"
          r"[^.;]{0,15}\b(the )?(current |its own |that )?(value|iteration)"),)),
    ),
    # Python documentation, 8.3 Handling Exceptions; PEP 8 (a bare except catches everything)
    "swallowed_exception": (
        ("bare_is_narrow", "A bare except does not catch KeyboardInterrupt or SystemExit",
         ((r"re:\bbare except\b[^.;]{0,40}\b(does not|never|will not|wo not) catch\b[^.;]{0,30}"
          r"\b(keyboardinterrupt|systemexit|ctrl.c)"),)),
    ),
    # Python documentation, asyncio: Running Blocking Code
    "blocking_in_async": (
        ("async_def", "Being inside an async function makes a blocking call non-blocking",
         ((r"re:\b(async def|async function|being async|inside (an )?async)\b[^.;]{0,40}"
          rf"{_NOT}\b(makes?|keeps?)\b[^.;]{{0,20}}\b(non.?blocking|concurrent)"),
          (r"re:\b(time\.sleep|requests\.\w+|blocking call|readfilesync)\b[^.;]{0,40}"
          rf"{_NOT}\b(yields?|gives? (up )?control|hands? control)\b"))),
    ),
    # Python documentation, int() and json.loads raise on malformed text; Java Integer.parseInt
    "unhandled_error": (
        ("caught_elsewhere", "Malformed input is turned into a default instead of an error",
         ((r"re:\b(int|float|json\.loads|integer\.parseint|long\.parselong)\b\(?[^.;]{0,30}"
          r"\breturns? (none|null|0|zero|an empty)\b"),)),
    ),
    # Python documentation, io and ResourceWarning; "with" closes on every path
    "resource_leak": (
        ("gc", "The garbage collector closes it in time, so nothing leaks",
         ((r"re:\b(garbage collector|the gc|finali[sz]er)\b[^.;]{0,50}\b(always|guarantee\w*|"
          r"so (there is )?no (leak|need))\b"),)),
    ),
    # Python tutorial 15 (floating point); Java String.equals; MDN Equality comparisons
    "equality_bug": (
        ("exact", "The values compare exactly (binary fractions, references or coercion aside)",
         ((r"re:\b(floats?|floating.point( numbers?)?|doubles?)\b[^.;]{0,20}\b(are|is) (always )?"
          r"(exact|precise)\b"),
          r"re:\btype coercion\b[^.;]{0,20}\b(is )?(harmless|fine|safe)\b")),
    ),
    "recursion_branching": (
        ("linear", "Each call is cheap, so the whole is linear or polynomial",
         ("O(n)", "linear", "O(n^2)", "O(n log n)", "O(log n)")),
    ),
    # MDN async function (returns a Promise); Python: coroutine was never awaited
    "missing_await": (
        ("sync", "The call runs to completion before the next line",
         ((r"re:\b(finish\w*|complete\w*|runs? to completion|done)\b[^.;]{0,20}\bbefore the next "
          r"(line|statement)"),
          r"re:\b(is )?awaited automatically\b")),
    ),
    # Python documentation, sys.setrecursionlimit (CPython has a limit, no tail-call elimination)
    "recursion": (
        ("stack_grows", "The stack grows as needed, so depth does not matter",
         ((r"re:\bstack\b[^.;]{0,20}\bgrows?\b[^.;]{0,20}\b(as needed|automatically|dynamically|"
          r"without (a )?limit)"),)),
        ("tco", "Python optimises tail calls / has no depth limit",
         (r"re:\bpython\b[^.;]{0,30}\b(optimi[sz]es|eliminates)\b[^.;]{0,10}\btail",
          r"re:\bno (recursion|depth) limit\b")),
    ),
    # the C standard: strlen is a library call the optimiser may hoist only when it can prove the
    # string unchanged in the loop (not when the loop writes to it)
    "c-strlen-in-loop-condition": (
        ("compiler_hoists", "The compiler computes strlen once for the whole loop",
         ((r"re:\b(compiler|optimi[sz]er|gcc|clang)\b(?![^.;]{0,40}\b(can'?t|cannot|can not|won'?t|"
           r"will not|doesn'?t|does not|isn'?t|not|unless)\b)[^.;]{0,60}\b(hoists?|caches?|"
           r"(computes?|calls?|evaluates?) it (only )?once|moves? it out|optimi[sz]es (it|this|that) "
           r"(away|out))\b"),)),
    ),
    # CWE-209; Express's "Error handling" guide: the default handler leaves the stack out in
    # production, but a value the code puts in the body (`err.stack`, `err.message`) is sent as
    # it is, and JSON keeps a string
    **dict.fromkeys(("js-stack-trace-sent-to-client", "js-error-details-sent-to-client"), (
        ("stripped", "Express, JSON or production mode removes the stack or message from the response",
         ((r"re:\b(express|res\.json|json\.stringify|json|node|the framework|production( mode)?)\b"
           r"[^.;]{0,40}\b(strips?|removes?|drops?|hides?|filters?|omits?)\b"
           r"(?![^.;]{0,80}\b(but|except|unless|only|default (error )?handler)\b)"),)),
        ("harmless", "What the error shows a caller is harmless",
         ((r"re:(^|[.!;:] )(it'?s|it is|this is|that'?s|that is) (fine|ok|okay|harmless|safe)\b"
           r"(?! (only )?(if|when|as long|once|after|provided|in development))"),
          (r"re:\b(stack( traces?)?|error messages?|messages?)\b[^.;]{0,20}\b(is|are)( only| just)? "
           r"(harmless|useless to an attacker|not sensitive)\b"))),
    )),
}

DEGREE_WORDS: Final = {
    "O(1)": ("O(1)", "constant time"), "O(log n)": ("O(log n)", "logarithmic"),
    "O(n)": ("O(n)", "linear"), "O(n log n)": ("O(n log n)", "linearithmic"),
    "O(n^2)": ("O(n^2)", "quadratic"), "O(n^3)": ("O(n^3)", "cubic"),
    "O(n*m)": ("O(n*m)", "product"),
    "O(total)": ("O(n)", "total number", "once per", "sum of", "size of the input"),
}
"""Notations (rewritten to one token each before matching): what a claimed cost looks like."""
