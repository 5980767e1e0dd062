"""What to ask about each finding kind, and the rubric: key points and misconceptions.

Evidence is phrases (their words, in any order, within one sentence, after stemming and
synonyms) or ``re:`` regular expressions. Misconception phrases match as word sequences,
negation-aware, so "this is safe" is a wrong claim and "this is not safe" is not.
"""

from __future__ import annotations

from typing import Final

from ._misconceptions import DEGREE_WORDS, MISCONCEPTIONS, SAFE

__all__ = ["DEGREE_WORDS", "KEY_POINTS", "MISCONCEPTIONS", "QUESTIONS", "SAFE"]

P = tuple[str, str, tuple[str, ...]]
"""(id, claim, evidence) of a key point or a misconception."""

QUESTIONS: Final[dict[str, str]] = {
    "sql_injection": "In `{ident}` (`{path}`, line {line}) the SQL is built from strings{via}: "
                     "`{snippet}`. What could a caller put into {inputs} to change the query, "
                     "and how would you write it instead?",
    "command_injection": "In `{ident}` (`{path}`, line {line}) a command line is built from "
                         "strings and run through a shell{via}: `{snippet}`. What could a value "
                         "of {inputs} make it do, and how would you run the command instead?",
    "code_injection": "`{ident}` (`{path}`, line {line}) runs text as code: `{snippet}`. Who "
                      "controls that text, what could they do with it, and what would you use "
                      "instead?",
    "unsafe_deserialization": "`{ident}` (`{path}`, line {line}) deserialises data with "
                              "`{snippet}`. If that data came from a visitor, what could they "
                              "do, and how would you store or read it instead?",
    "path_traversal": "`{ident}` (`{path}`, line {line}) builds a file path from {inputs}: "
                      "`{snippet}`. What value would reach a file outside the intended "
                      "folder, and how would you stop it?",
    "hardcoded_secret": "`{ident}` (`{path}`, line {line}) puts a credential in the source as "
                        "a string literal. What is the problem with that, and where should the "
                        "value come from?",
    "insecure_random": "`{ident}` (`{path}`, line {line}) makes a secret-looking value with "
                       "`{snippet}`. Why is that a problem for this use, and what would you "
                       "use?",
    "insecure_temp_file": "`{ident}` (`{path}`, line {line}) takes a temporary file's name with "
                          "`{snippet}` and creates the file later. What can another process on "
                          "the machine do in between, and how would you make the file?",
    "xss": "`{ident}` (`{path}`, line {line}) writes data into the page as HTML: `{snippet}`. "
           "What could end up running in the browser, and how would you write it instead?",
    "mutable_default": "`{ident}` (`{path}`, line {line}) has a mutable default argument: "
                       "`{snippet}`. What happens when it is called several times without that "
                       "argument, and how would you change it?",
    "shared_mutable_state": "In `{ident}` (`{path}`, line {line}), {detail}. What happens when "
                            "`{ident}` runs more than once, and how would you fix it?",
    "shared_global": "In `{ident}` (`{path}`, line {line}), {detail}. Who else sees that "
                     "change, and how would you avoid sharing it?",
    "race_condition": "In `{ident}` (`{path}`, line {line}), {detail}. "
                      "What can go wrong when these run at the same time, and how "
                      "would you prevent it?",
    "late_binding": "In `{ident}` (`{path}`, line {line}) functions are created inside a loop: "
                    "`{snippet}`. Which values do they use when they are finally called, and "
                    "why?",
    "equality_bug": "`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. When does that "
                    "comparison give the wrong answer, and how would you write it?",
    "swallowed_exception": "`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What "
                           "happens to a failure there, who finds out, and what would you do "
                           "instead?",
    "unhandled_error": "`{ident}` (`{path}`, line {line}): {detail}. What happens when the "
                       "input is malformed, and how should `{ident}` deal with it?",
    "resource_leak": "`{ident}` (`{path}`, line {line}) opens a resource that is not closed on "
                     "every path: `{snippet}`. What can go wrong, including when an error "
                     "happens halfway, and how would you write it?",
    "blocking_in_async": "`{ident}` (`{path}`, line {line}) is async, but {detail}. What does "
                         "that do to everything else on the event loop, and how would you "
                         "write it?",
    "complexity_known": "In `{ident}` (`{path}`, line {line}), {derivation}. How does the "
                        "running time of `{ident}` grow with the input, and how would you make "
                        "it scale?",
    "complexity_open": "In `{ident}` (`{path}`, line {line}), {outer} contains {iterates}. "
                       "Count how many times the inner body runs as the input grows: what does "
                       "that number depend on, and which input makes it largest?",
    "recursion": "`{ident}` calls itself (`{path}`, line {line}). What guarantees the "
                 "recursion ends, how deep can it go for a large input, and what would you do "
                 "about that?",
    "recursion_branching": "`{ident}` (`{path}`, line {line}) {detail}. How many calls does "
                           "one call of `{ident}` make as its input grows, and what would you "
                           "do about it?",
    "missing_await": "`{ident}` (`{path}`, line {line}) calls `{call}`, which is async, without "
                     "waiting for it. What happens to its work and to its errors, and how "
                     "would you call it?",
    "design": "`{ident}` (`{path}`, line {line}) {detail_design}. What is it responsible for, "
              "and how would you split or simplify it?",
    "function": "Which inputs could break `{ident}` (`{path}`, line {line})? Name the edge "
                "cases you thought about and what `{ident}` does with each.",
}

KEY_POINTS: Final[dict[str, tuple[P, ...]]] = {
    "sql_injection": (
        ("inject", ("Input pasted into the SQL text can change the query: a quote ends the "
                   "literal and the rest runs as SQL (SQL injection)"),
         ("inject", "change query", "quote end", ("re:'\\s*or\\s*'?1'?\\s*=\\s*'?1|or 1\\s*=\\s*1"
          "|union\\s+select|drop\\s+table"), "every row", "all rows", "other users", "bypass")),
        ("parameterise", ("Use a parameterised query: placeholders in the SQL and the values "
                         "passed separately, never parsed as SQL"),
         ("param", "prepared statement", "re:execute\\([^)]*\\?|\\(\\s*\\?|=\\s*\\?|%s|\\$1",
          "pass values separately", "bind variable")),
    ),
    "command_injection": (
        ("inject", ("Shell metacharacters in the value (; && | $( ) backticks) run extra "
                   "commands with the program's rights"),
         ("inject", ("re:\\$\\(|&&|;\\s*(rm|cat|curl|wget|sh)\\b|metachar|semicolon|backtick|"
          "\\bpipe"), "extra command", "arbitrary command", "rm -rf", "shell interpret")),
        ("no_shell", ("Run the program with an argument list and no shell (shell=False, "
                     "execFile, exec.Command with separate args)"),
         ("argument list", "list of arguments", "re:shell\\s*=\\s*false|execfile|\\[\\s*[\"']",
          "without shell", "no shell", "separate argument", "shlex quote")),
    ),
    "code_injection": (
        ("arbitrary", ("Whoever controls the text can run arbitrary code with the server's "
                      "rights (code injection, RCE)"),
         ("arbitrary code", "run any code", "code injection", ("re:\\brce\\b|remote code|"
          "__import__|os\\.system|__class__|__subclasses__|__builtins__|child_process|execsync|"
          "process\\.(exit|env|mainmodule)|require\\(|denial of service|etc/passwd|"
          "read (any|every) file"), "execute code")),
        ("instead", ("Parse the data instead of executing it: ast.literal_eval, JSON, or a small "
                    "rule language / lookup table"),
         ("literal_eval", "re:json|parse|lookup table|operator|whitelist|allow.?list|dsl",
          "rule language", "small parser")),
    ),
    "unsafe_deserialization": (
        ("code_on_load", ("Deserialising attacker data can run code on load (pickle's __reduce__ "
                         "calls any function; Java's readObject runs the classes' own code, a "
                         "gadget chain): remote code execution"),
         ("run code", "execute code", "arbitrary code", ("re:__reduce__|\\brce\\b|remote code|"
          "os\\.system|any function|arbitrary object|gadget|readobject"), "code execution")),
        ("safe_format", ("Store it in a data-only format (JSON) and sign or keep it server-side "
                        "(HMAC, itsdangerous, session store)"),
         ("re:\\bjson\\b|safe_load|hmac|sign|itsdangerous|server.side|session",)),
    ),
    "path_traversal": (
        ("escape", ("A value with ../ (or an absolute path) leaves the folder and reads any "
                   "file the process can read"),
         ("re:\\.\\./|\\.\\.\\\\|%2e%2e|etc/passwd|absolute path", "parent directory",
          "outside folder", "travers", "any file",
          ("re:sibling|same prefix|shares? (the|a|its) prefix|starts with the same|outside (the )?"
           "(base|folder|directory|dir)\\b|escapes? (the )?(base|folder|directory)"))),
        ("contain", ("Resolve the full path and check it is still inside the base folder "
                    "(realpath + commonpath / is_relative_to), or allow only plain names"),
         (("re:realpath|abspath|resolve|commonpath|is_relative_to|starts?with|secure_filename|"
          "safe_join|basename|allow.?list|whitelist|normali[sz]"), "inside folder")),
    ),
    "hardcoded_secret": (
        ("exposed", ("Everyone with the code or its history (clones, forks, CI logs, backups) "
                    "has the credential, and it stays in git history"),
         ("git history", "re:history|commit|clone|fork|leak|repo|anyone with|version control",
          "everyone read")),
        ("rotate_env", ("Revoke and rotate the key, and load it from the environment or a "
                       "secret manager at runtime"),
         (("re:rotat|revok|environment|env var|os\\.environ|getenv|vault|secret manager|"
          "secrets manager|kms"),)),
    ),
    "insecure_random": (
        ("predictable", ("random is a predictable PRNG (Mersenne Twister): its state can be "
                        "recovered from outputs or guessed from the seed, so tokens can be "
                        "predicted"),
         ("predict", "re:mersenne|not cryptograph|seed|state can be|reconstruct|recover",
          "guess token")),
        ("csprng", ("Use a cryptographically secure generator: secrets.token_urlsafe / "
                   "secrets.choice / os.urandom / crypto.randomBytes / SecureRandom"),
         (("re:secrets\\.|token_urlsafe|token_hex|urandom|csprng|cryptographically secure|"
          "randombytes|securerandom|crypto/rand|getrandomvalues"),)),
    ),
    # the tempfile docs: mktemp is deprecated, "Use of this function may introduce a security
    # hole in your program. By the time you get around to doing anything with the file name it
    # returns, someone else may have beaten you to the punch" (CWE-377)
    "insecure_temp_file": (
        ("race", ("The name is free when mktemp returns it, but nothing creates the file: "
                  "another process can create that path (or a symlink to a file of the user's) "
                  "before this one writes there"),
         ("race", "someone else", "another process", "another user", "symlink", "link",
          "before", "in between", "predict", "guess", "already exist", "toctou")),
        ("harm", ("What is written can go to a file the attacker chose, or what is read back is "
                  "theirs"),
         ("overwrite", "clobber", "attacker", "their file", "read back", "replace", "tamper")),
        ("fix", ("Create the file in the same step: `NamedTemporaryFile`, `mkstemp` or "
                 "`TemporaryDirectory`"),
         ("namedtemporaryfile", "mkstemp", "temporarydirectory", "mkdtemp", "o_excl",
          "exclusive", "atomically")),
    ),
    "xss": (
        ("script", ("Data inserted as HTML can carry markup that runs script in the page "
                   "(cross-site scripting)"),
         ("re:xss|cross.site|<script|onerror|javascript:|<img", "run script", "steal cookie",
          "inject html")),
        ("text", "Insert it as text (textContent, createTextNode) or escape/sanitise it first",
         ("re:textcontent|innertext|createtextnode|escap|saniti[sz]|dompurify",)),
    ),
    "mutable_default": (
        ("once", ("The default is evaluated once, when the function is defined, so every call "
                 "without the argument shares the same object"),
         ("evaluated once", "definition time", "defined once", "created once", "same list",
          "same dict", "same object", "shared between calls", "re:every call.{0,40}same")),
        ("accumulates", "Changes from one call stay in the default and show up in later calls",
         ("accumulat", "keep grow", "previous call", "later call", "next call", "persist",
          "leak between", "stale", "re:from (the )?(earlier|previous|last|other)")),
        ("none", "Use None as the default and create a fresh object inside the function",
         ("re:=\\s*none|none as|default (of |to )?none|is none|sentinel",)),
    ),
    "shared_mutable_state": (
        ("alias", "Assignment does not copy: the name refers to the same module-level object",
         ("same object", "same dict", "not copy", "no copy", "alias", "reference",
          "re:points to|refers to")),
        ("leak", ("Mutations change the shared object for every later call (one caller's "
                 "values leak into the next)"),
         ("later call", "next call", "every call", "leak", "previous", "other tenant",
          "re:mutat|modif|chang.{0,30}(default|global|module)")),
        ("copy", ("Copy it first (dict(...), .copy(), copy.deepcopy for nested values) or build "
                 "a new object"),
         (("re:deepcopy|\\.copy\\(|dict\\(|copy it|make a copy|new dict|new object|"
          "\\{\\*\\*"),)),
    ),
    "shared_global": (
        ("shared", "The object is module-wide: every caller (and every test) shares it",
         (("re:every (caller|call|request|test|user)|all (callers|calls|requests)|module.level|"
          "global|shared|whole (program|process)"),)),
        ("effect", ("One call's change is seen by the next (hidden coupling, order-dependent "
                   "results, tests that affect each other)"),
         ("re:next|later|previous|leak|order|depend|coupl|surpris|test",)),
        ("avoid", "Pass the state in explicitly, return a new value, or keep it on an object",
         (("re:pass (it|the|state)|parameter|argument|return (a |the )?new|object|instance|"
          "class|encapsulat|inject|local"),)),
    ),
    "race_condition": (
        ("interleave", ("Two calls can interleave between the read and the write, so both see "
                       "the old value (check-then-act / read-modify-write)"),
         (("re:interleav|both read|both see|both pass|same time|at once|concurrent|between "
          "the read|lost update|overwrit|race|(see|read|get)s? the same|same (old |stale )?"
          "value|in between|(isn'?t|not|aren'?t) (thread|goroutine|concurrency)[- ]?safe|"
          "(not )?safe for concurrent"),)),
        ("effect", "An update is lost or the check is bypassed (overselling, a limit exceeded)",
         ("lost update", ("re:oversell|negative|exceed|more than|lost|double|both succeed|"
          "overwrit|wrong count|vanish|clobber|last (write|put|set|one|writer) wins|corrupt|"
          "fatal|crash|panic"))),
        ("atomic", ("Make the read-check-write atomic: a lock around it, an atomic operation, "
                   "or a conditional update in the database"),
         (("re:\\block|mutex|atomic|synchroni[sz]|transaction|compare.and|select .* for update|"
          "conditional update|single statement|\\bcompute(ifabsent|ifpresent)?\\b|\\bmerge\\b|"
          "putifabsent|\\bincr\\b|incrby|increment atomically|serializ|one at a time|"
          "channel"),)),
    ),
    "late_binding": (
        ("variable", ("The functions capture the variable, not its value at creation; it is "
                     "looked up when they are called"),
         ("capture variable", "not the value", ("re:by reference|look(ed)? up when|late "
          "binding|at call time|when (it is|they are) called"))),
        ("last", "By the time they run the loop has finished, so every one sees the last value",
         ("last value", "final value", "re:\\blast\\b|\\bfinal\\b")),
        ("bind", ("Bind the current value: a default argument, functools.partial, or a factory "
                 "function"),
         ("re:default argument|=\\s*\\w+\\s*[,:)]|partial|factory|\\blet\\b|closure per",)),
    ),
    "equality_bug": (
        ("why", ("The comparison tests something other than the intended value equality "
                "(binary floating-point rounding / reference identity / type coercion)"),
         (("re:rounding|binary|represent|0\\.1|precision|inexact|identity|reference|"
          "same object|coercion|coerce|different (objects|instances)|cache|interned|boxed"),)),
        ("fix", ("Compare the right way: a tolerance (math.isclose) or exact decimals/integer "
                "cents; .equals() for strings; === in JavaScript"),
         ("re:isclose|tolerance|epsilon|decimal|cents|integer|\\.equals|===|round",)),
    ),
    "swallowed_exception": (
        ("hidden", ("The failure disappears: nothing is logged or reported and the caller "
                   "cannot tell it failed"),
         (("re:silent|hidden|hide|swallow|nobody|no one|never know|lost|not logged|no log|"
          "no trace|ignored|disappear|unnoticed|not reported|unreported|only trace|"
          "no one (knows|finds out|notices|is told)|(never|doesn'?t|does not) (know|find out|"
          "notice)|never finds? out|(can'?t|ca not|cannot) tell|as if (it|nothing) (worked|"
          "succeeded|happened)|(look|looks|looked|shows? up|treated|counted|recorded|reported) "
          "(like|as) "
          "(an? )?(bad|malformed|invalid|normal|ordinary|rejected|expected)"),)),
        ("too_broad", ("It catches far more than the expected error (a bare except even catches "
                      "KeyboardInterrupt and SystemExit)"),
         (("re:keyboardinterrupt|systemexit|baseexception|ctrl.c|every exception|everything|"
          "too broad|programming error|\\bbugs?\\b|every (failure|error|exception|kind)|"
          "any (error|exception|failure)|all (errors|exceptions)|catch(es|ing)? exception\\b|"
          "(storage|disk|database|write|network) (error|failure)|typeerror|attributeerror|"
          "unrelated|unexpected (error|exception)"),)),
        ("handle", ("Catch the specific error, log it with context, and re-raise, report or "
                   "retry deliberately"),
         (("re:specific|log|re.?raise|propagat|rethrow|return (the )?err|dead.letter|report|"
          "narrow|(catch|except|handl)\\w* (only )?(the )?(\\w+\\.)*\\w+(error|exception)\\b|"
          "\\bthrow err|let .{0,40}\\b(raise|propagate|through)"),)),
    ),
    "unhandled_error": (
        ("raises", ("Malformed input makes the call raise (ValueError, KeyError, a decode "
                   "error) and nothing here catches it"),
         (("re:valueerror|keyerror|typeerror|jsondecodeerror|decodeerror|syntaxerror|"
          "numberformatexception|raise|throw|exception|crash|500|fail"),)),
        ("effect", ("The request or task dies with a server error instead of a clear client "
                   "error (outside a handler: the exception or panic reaches the caller)"),
         (("re:500|internal server error|crash|connection (is )?(closed|dropped)|kill|dies|"
          "unhandled|stack trace|traceback|socket (is )?closed|closes the (socket|connection)|"
          "(handler|task|request) (ends|dies|stops|fails)|ends with an exception|panics?\\b|"
          "propagates|reaches the caller|(the )?caller (gets|sees) (an? |the )?\\w*(exception|"
          "error)|blows? up|blow up|uncaught|bubbles? up|(sync|job|task|import|program|process|"
          "run|loop) (stops|aborts|halts)"),)),
        ("validate", ("Validate and convert inside a try, answer a clear 400 (or skip the "
                     "message), and check ranges"),
         (("re:\\btry\\b|except|catch|validat|400|bad request|default|bound|range|clamp|"
          "schema|positive"),)),
    ),
    "resource_leak": (
        ("not_closed", ("It is not closed on every path: the handle leaks and buffered writes "
                       "may never reach the file"),
         (("re:never closed|not closed|leak|file descriptor|flush|buffer|too many open|"
          "incomplete|truncat|empty"),)),
        ("error_path", "An error halfway skips any close that follows",
         (("re:error|exception|halfway|fails|raise|throw|panic|\\bfail(ed|ure)?\\b|early return|"
          "return(s|ing)? (early|before)|non.?(200|2xx|ok)\\b|bad status|(that|this) path"),)),
        ("with", ("Use with / try-finally / try-with-resources / defer Close so it is closed "
                 "on every path"),
         ("re:\\bwith\\b|context manager|finally|try.with.resources|defer|using",)),
    ),
    "blocking_in_async": (
        ("stalls", ("The blocking call stops the event loop: no other request or task runs "
                   "until it returns"),
         (("re:event loop|block|stall|freez|every other|all other|other requests|whole server|"
          "single thread"),)),
        ("async_api", ("Use the async form (await asyncio.sleep, an async HTTP client) or move "
                      "the blocking work to a thread (to_thread, run_in_executor)"),
         (("re:asyncio\\.sleep|await|aiohttp|httpx|to_thread|run_in_executor|executor|"
          "async client|promises"),)),
    ),
    "complexity_known": (
        ("cost", "The cost: {complexity}",
         ("{complexity_evidence}",)),
        ("why", "Why: {derivation}",
         (("re:for each|for every|inner loop|every pair|again|each (time|step|pass)|halv|half|"
          "scan|times|per (item|row|event|element|call)|each item|inside (the|a) loop|"
          "in a loop|membership|linear (scan|search)|once per|sum of|total number|bounded by|"
          "fixed|(does not|doesn't|do not|neither .{0,20}) depend|whatever"),)),
    ),
    "complexity_open": (
        ("depends", "The count depends on the sizes of the iterated collections: {sizes}",
         ("{sizes_evidence}", "re:size|length|number of|len\\(")),
        ("worst", "The worst input: the largest collections, nothing stopping the loop early",
         ("re:worst|largest|biggest|every|all|no (early|break)|never break|grow",)),
    ),
    "recursion": (
        ("base", "It ends because a base case is reached and each call moves towards it",
         ("base case", ("re:stops? when|terminat|smaller|shrink|reaches|empty|leaf|n\\s*-\\s*1|"
          "each call"))),
        ("depth", "Depth grows with the input and can hit the recursion limit / stack overflow",
         ("re:stack|depth|recursion ?limit|overflow|too deep|1000",)),
        ("alternative", "An explicit stack / loop (or memoisation) avoids it",
         ("re:iterat|loop|explicit stack|memo|cache|tail",)),
    ),
    "recursion_branching": (
        ("cost", "The number of calls grows exponentially (about 2^n): each call starts two more",
         ("exponential", "2^n", "re:2\\s*\\^\\s*n|2\\*\\*n|fibonacci|doubl|golden|phi|1\\.6")),
        ("repeat", "The same subproblems are computed again and again",
         (("re:same (value|subproblem|call|result)|again and again|recomput|repeat|"
          "overlapping|redundant|many times"),)),
        ("memo", "Memoise (cache results) or compute bottom-up in a loop: linear calls",
         ("re:memo|cache|lru_cache|dynamic programming|bottom.up|iterat|loop|table",)),
    ),
    "missing_await": (
        ("not_awaited", ("The call returns at once: its work may not have finished (or, for a "
                        "Python coroutine, never runs) when the caller goes on"),
         (("re:not (awaited|wait)|without await|returns (at once|immediately|a promise|a "
          "coroutine)|never runs|before .{0,30}(finish|complet|done)|fire.and.forget|"
          "race|order"),)),
        ("errors", ("Its errors are lost: an unhandled rejection or a never-retrieved exception, "
                   "nobody can react"),
         ("re:unhandled|rejection|error|exception|lost|swallow|crash|nobody|silent",)),
        ("fix", "Await it (or return it, or handle it with .catch / a task that is checked)",
         (("re:\\bawait\\b|return (the )?promise|\\.catch|\\.then|create_task|gather|"
          "async function"),)),
    ),
    "design": (
        ("responsibilities", "Names the separate jobs the function does",
         (("re:responsib|does (too much|several|many)|jobs|concerns|quer(y|ies|ying)|format|"
          "send|deliver|pars|validat|in one function|mix|several things"),)),
        ("cost", ("Says what that shape costs: hard to test, change or reuse; arguments easy to "
                 "mix up"),
         ("re:test|reuse|change|swap|mix(ed)? up|order of|maintain|readab|understand|mistake",)),
        ("split", "Splits it into smaller functions or groups parameters into an object",
         (("re:split|extract|smaller|helper|separate|dataclass|struct|object|group|config|"
          "options"),)),
    ),
    "function": (
        ("inputs", "Names concrete edge inputs (empty, missing, malformed, boundary, large)",
         (("re:empty|none|null|nil|missing|undefined|blank|boundar|zero|negative|invalid|"
          "wrong type|malformed|decimal|large|overflow|unicode|whitespace|\"[^\"]{0,12}\"|"
          "'[^']{0,12}'"),)),
        ("behaviour", "Says what the code does with each (returns, raises, silently ignores)",
         (("re:returns?|raises?|throws?|silently|ignor|drops?|crash|error|exception|result|"
          "matches|->|=>|→|\\bgives?\\b|\\bfalse\\b|\\btrue\\b|rejected|removed|deleted|"
          "\\bfails?\\b|breaks?\\b"),)),
        ("remedy", "Says how to handle them (validate, reject with a clear error, test)",
         ("re:validat|reject|clear error|check|fullmatch|test|assert|guard|handle",)),
    ),
}
