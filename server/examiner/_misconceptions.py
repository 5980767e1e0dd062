"""Claims that are wrong for the code a question is about, per finding kind.

Phrases match as word sequences, negation-aware, and never in a sentence about what one would
do instead, so "this is safe" is a wrong claim and "this is not safe" is not.
"""

from __future__ import annotations

from typing import Final

P = tuple[str, str, tuple[str, ...]]
"""(id, claim, evidence) of a misconception."""

SAFE: Final = ("this is safe", "it is safe", "it s safe", "code is safe", "perfectly safe",
               "no risk", "nothing harmful", "nothing to worry", "is fine here", "perfectly fine",
               "not a problem", "no problem here", "no issue")
"""Ways of saying a real risk is no risk (wrong whenever the finding is real)."""

MISCONCEPTIONS: Final[dict[str, tuple[P, ...]]] = {
    "sql_injection": (
        ("quotes", ("Quotes around the values (or escaping by hand) keep the input inside the "
                   "string"), ("wrapped in quotes", "values are quoted so", "stays inside the string",
                              "inside the string literal", "quotes keep", "escaping is enough")),
        ("one_statement", "One statement per call makes injection harmless",
         ("nothing harmful can be injected", "cannot be injected", "can not be injected")),
    ),
    "command_injection": (
        ("validated", "Argument parsing or path conversion removes shell metacharacters",
         ("validates the arguments", "shell characters are removed", "normalises the value",
          "removes shell", "argparse already")),
    ),
    "code_injection": (
        ("sandbox", "An empty globals dict (or removing builtins) makes eval safe",
         ("globals dictionary is empty", "empty globals", "cannot reach any builtins",
          "can not reach any builtins", "no builtins")),
    ),
    "unsafe_deserialization": (
        ("like_json", "Pickle is a plain data format like JSON",
         ("just a serialisation format", "format like json", "like json")),
        ("base64", "Base64 stops tampering", ("base64 also stops", "base64 stops",
                                              "base64 prevents")),
    ),
    "path_traversal": (
        ("join", "os.path.join (or the framework) keeps the path under the base folder",
         ("join protects", "keeps the second argument underneath", "can never leave",
          "browsers strip")),
    ),
    "hardcoded_secret": (
        ("private", "A private repository or a later deleting commit makes it fine",
         ("fine as long as the repository is private", "repository is private",
          "fixes the problem completely", "removing it later")),
    ),
    "insecure_random": (
        ("entropy", "Enough length or alphabet makes random's output unguessable",
         ("can not be guessed", "cannot be guessed", "is perfectly fine here",
          "random choices is perfectly fine", "bits of entropy so")),
    ),
    "xss": (
        ("trusted", ("The data is trusted or harmless (it comes from our API, the user only "
                    "attacks themselves, types prevent HTML)"),
         ("already trusted", "no xss", "not a real vulnerability", "prevent html from being",
          "only attack themselves", "attack themselves", "won't run", "will not run")),
    ),
    "mutable_default": (
        ("fresh", "The default is created afresh on each call",
         ("fresh empty list", "evaluated every time", "re-created every time",
          "recreated every time", "rebuilt on every call", "new list every call",
          "created each time")),
    ),
    "shared_mutable_state": (
        ("copies", "Assigning the dict makes a copy", ("makes a copy", "own copy",
                                                        "gets its own config", ("leaves defaults "
                                                        "untouched"))),
    ),
    "race_condition": (
        ("single", "Single-threaded event loops, the GIL or dict operations make it atomic",
         ("gil makes", "gil prevents", "single-threaded so", "single threaded so",
          "only one coroutine executes at a time", "can not be interrupted",
          "dict operations are atomic", "no race", "races only happen")),
    ),
    "late_binding": (
        ("captures_value", "Each closure captures the value of its own iteration",
         ("captures that iteration", "new scope per loop", "captures the value",
          "own loop iteration")),
    ),
    "swallowed_exception": (
        ("bare_is_narrow", "A bare except does not catch KeyboardInterrupt or SystemExit",
         ("only catches ordinary errors", "keyboardinterrupt and systemexit bypass",
          "doesn't catch real problems", "does not catch real problems", "the right pattern",
          "bypass it")),
    ),
    "blocking_in_async": (
        ("async_def", ("Being inside async def makes the call non-blocking, or a blocking call "
                      "yields to the event loop"),
         ("async def makes it non-blocking", "runs in the background", ("does not block the "
          "event loop"), "other requests are not affected", "yields to the event loop",
          "only delays this one", "only slows this", "runs it concurrently with other",
          "just like asyncio sleep", "same as asyncio sleep", "node runs it in the background",
          "on a worker thread", "only block this request", "keep being served",
          "runs on another thread")),
    ),
    "unhandled_error": (
        ("caught_elsewhere", "Something else catches the error and carries on",
         ("catches exceptions inside", "framework catches", "just ignores that", "carries on",
          "already validates", "rejected with a 400 before", "are harmless",
          "returns none for", "returns null for", "returns 0 for", "never raises",
          "never throws", "is handled automatically")),
    ),
    "resource_leak": (
        ("gc", "The garbage collector or the end of the function closes it in time",
         ("closed automatically when the function", "garbage collector closes",
          "garbage collector finalises", "garbage collector finalizes", "finalizer closes",
          "there's no leak", "there is no leak",
          "closed at the end of the function", "nothing is left behind", "is always complete")),
    ),
    "equality_bug": (
        ("exact", ("The values compare exactly (two decimal places are exact, == compares "
                  "content, coercion is harmless)"),
         ("are exact", "exactly representable", "compares the content", "compares the value",
          "same thing as ===", "coercion is harmless", "== is fine", "always equal")),
    ),
    "design": (
        ("fine", "The long function is fine or faster as it is",
         ("function-call overhead", "function call overhead", "would be over-engineering",
          "is the idiomatic way", "the function is fine as it is", "better here because")),
    ),
    "recursion_branching": (
        ("linear", "Each call is cheap, so the whole is linear or polynomial",
         ("O(n)", "linear", "O(n^2)", "O(n log n)", "O(log n)")),
    ),
    "missing_await": (
        ("sync", "The call runs to completion before the next line",
         ("runs to completion before", "finishes before the next line", "waits anyway",
          "is awaited automatically", "javascript waits")),
    ),
    "recursion": (
        ("stack_grows", "The stack grows as needed, so depth does not matter",
         ("grows the stack", "stack grows automatically", "stack as needed",
          "just uses more memory", "depth isn't a concern", "depth is not a concern")),
        ("tco", "Python optimises tail calls / has no depth limit", ("optimises tail calls",
                                                                     "no recursion limit",
                                                                     "no depth limit",
                                                                     "can recurse forever")),
    ),
}

DEGREE_WORDS: Final = {
    "O(1)": ("O(1)", "constant time"), "O(log n)": ("O(log n)", "logarithmic"),
    "O(n)": ("O(n)", "linear"), "O(n log n)": ("O(n log n)", "linearithmic"),
    "O(n^2)": ("O(n^2)", "quadratic"), "O(n^3)": ("O(n^3)", "cubic"),
    "O(n*m)": ("O(n*m)", "product"),
    "O(total)": ("O(n)", "total number", "once per", "sum of", "size of the input"),
}
