"""Questions and key points for the kinds the rules added, written from the languages' documents.

Each template states only what a verified fact says (``{detail}`` is the rule's message filled
from the syntax tree); the key points say what a good answer explains.
"""

from __future__ import annotations

from typing import Final

__all__ = ["KEY_POINTS", "QUESTIONS"]

QUESTIONS: Final[dict[str, str]] = {
    "buffer_overflow": ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What happens "
                        "when the input is longer than the buffer, and what would you use "
                        "instead?"),
    "missing_base_case": ("`{ident}` (`{path}`, line {line}) calls itself on every path. What "
                         "stops the recursion, and what happens on a large or bad input?"),
    "ignored_error": ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What does the "
                     "function do when that call fails, and what should it do?"),
    "loop_variable_capture": ("In `{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. "
                             "Which value does each goroutine see, and how would you make "
                             "sure each one gets its own?"),
    "unawaited": ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. When does that work "
                 "finish, what happens if it fails, and how would you change it?"),
    "defer_in_loop": ("In `{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. When does the "
                     "deferred call run, and what piles up with many iterations?"),
    "unbounded_read": ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What happens "
                      "when a client sends a very large input, and how would you bound it?"),
    "quadratic": ("In `{ident}` (`{path}`, line {line}), {detail}: `{snippet}`. How does the "
                 "running time grow with the input, and what would you use instead?"),
    "string_building": ("In `{ident}` (`{path}`, line {line}), {detail}: `{snippet}`. How does "
                       "the cost grow with the number of pieces, and what would you use "
                       "instead?"),
    "mutated_argument": ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What does "
                         "the caller see in its own value afterwards, and how would you leave "
                         "it unchanged?"),
    "sorted_as_strings": ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. In what "
                          "order would [10, 9, 1] come out, and how would you write it?"),
    "modified_while_iterating": ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. "
                                 "Which items does the loop still visit after that change, "
                                 "and how would you write it?"),
    "aliased_slice": ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What do the "
                      "stored elements hold once that write has run, and how would you store "
                      "them so they stay as they were?"),
    "byte_index_slice": ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What happens "
                         "when the text holds an accented letter or an emoji near that cut, and "
                         "how would you cut it?"),
    "consumed_iterator": ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. Which "
                          "elements do those calls return, and how would you read the fields?"),
    "empty_input": "`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What happens when "
                   "it is empty, and what should `{ident}` do then?",
    "uncaught_in_callback": ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What "
                             "happens to the whole process when that throws, and how would you "
                             "handle it?"),
    "unawaited_return": ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What happens "
                         "when that promise rejects, and how would you write the return?"),
    "prototype_pollution": ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What "
                            "happens when one of the keys is `__proto__`, and how would you "
                            "stop it?"),
    "bypassable_check": ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. Which value "
                         "would pass that check without being one it means to allow, and how "
                         "would you check it?"),
    "wrong_result": ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What value does "
                     "that give on an ordinary input, and how would you write it?"),
}
"""Question templates by kind; a rule's own ``question`` replaces its kind's."""

P = tuple[str, str, tuple[str, ...]]

KEY_POINTS: Final[dict[str, tuple[P, ...]]] = {
    "buffer_overflow": (
        ("overflow", ("Nothing bounds the copy by the destination's size, so a longer input "
                      "writes past the end of the buffer"),
         ("overflow", "past the end", "out of bounds", "overwrite", "buffer", "stack",
          "memory corruption", "no bound", "length", "size of the destination")),
        ("harm", "Writing past the buffer corrupts memory: a crash or code an attacker chooses",
         ("crash", "segfault", "undefined behavior", "undefined behaviour", "exploit",
          "attacker", "return address", "code execution")),
        ("fix", "Use a bounded call (snprintf, strncpy/strlcpy, fgets) or check the length first",
         ("snprintf", "strncpy", "strlcpy", "fgets", "bounded", "check the length",
          "std::string", "sizeof")),
    ),
    "missing_base_case": (
        ("no_stop", "No case returns without recursing, so it never stops",
         ("base case", "never stops", "infinite", "no condition", "stack overflow",
          "re:(never|doesn't|does not|won't) (stop|end|terminate)")),
        ("fix", "Add a base case checked before the recursive call",
         ("base case", "if", "guard", "stop when", "check first")),
    ),
    "ignored_error": (
        ("failure", "The error is dropped, so the function carries on with bad or empty data",
         ("ignored", "dropped", "discarded", "zero value", "silently", "carries on",
          "re:(not|never) (checked|handled)")),
        ("fix", "Check the error and return or handle it",
         ("if err != nil", "return err", "check the error", "handle", "propagate", "wrap",
          "response.ok", "res.ok", "status")),
    ),
    "loop_variable_capture": (
        ("shared", ("The closure captures the loop variable itself, which later iterations "
                   "change (before Go 1.22 every goroutine shares one variable)"),
         ("same variable", "last value", "shared", "captured", "1.22", "loop variable",
          "per-iteration")),
        ("fix", "Pass the value as an argument or copy it inside the loop",
         ("argument", "parameter", "copy", "v := v", "shadow", "pass")),
    ),
    "unawaited": (
        ("runs_later", ("The call returns a promise or coroutine that is never awaited, so the "
                       "caller goes on before it finishes and its errors are lost"),
         ("await", "promise", "coroutine", "never runs", "not awaited", "unhandled rejection",
          "before it finishes", "fire and forget", "lost")),
        ("fix", "Await it, gather the calls, or keep and check the task",
         ("await", "Promise.all", "gather", "create_task", "catch", "then")),
    ),
    "defer_in_loop": (
        ("late", ("Deferred calls run only when the function returns, so every iteration's "
                 "resource stays open until then"),
         ("function returns", "end of the function", "not the loop", "pile up", "too many open",
          "file descriptors", "stay open")),
        ("fix", "Close explicitly in the loop or move the body into its own function",
         ("own function", "closure", "close explicitly", "helper", "func()")),
    ),
    "unbounded_read": (
        ("memory", "The whole input is read into memory, so a huge input can exhaust it",
         ("memory", "out of memory", "huge", "large", "denial of service", "DoS", "exhaust")),
        ("fix", "Limit the size or stream the input",
         ("limit", "MaxBytesReader", "LimitReader", "stream", "chunk", "max size", "bound")),
    ),
    "quadratic": (
        ("cost", ("The operation is linear in the list's size and runs once per iteration, so "
                 "the whole is quadratic"),
         ("O(n^2)", "O(n²)", "quadratic", "n squared", "linear scan", "each iteration",
          "re:O\\(n\\s*\\*\\s*m\\)")),
        ("fix", "Use a set or map for lookups, or a deque for the front of a queue",
         ("set", "dict", "map", "hash", "deque", "O(1)", "constant time")),
    ),
    "mutated_argument": (
        ("in_place", ("The call changes the very object the caller passed in (in place, no "
                      "copy), so the caller's own value is changed too"),
         ("in place", "in-place", "mutates", "mutate", "modifies", "changes the caller",
          "same array", "same list", "same object", "reference", "no copy", "caller's")),
        ("effect", ("A caller that uses its value afterwards, or shares it, sees it reordered "
                    "or emptied: a surprise the function's contract does not announce"),
         ("caller", "afterwards", "surprise", "side effect", "side-effect", "shared",
          "other code", "unexpected", "contract", "still uses")),
        ("fix", "Work on a copy: sorted()/toSorted(), slice() or [...x] before sorting, list(x)",
         ("copy", "sorted(", "toSorted", "slice", "[...", "list(", "spread", "clone",
          "new array", "new list")),
    ),
    # Python tutorial 4.2 (modifying a collection while iterating over it), Java's ArrayList
    # (fail-fast iterators: ConcurrentModificationException), MDN Array.prototype.splice
    "modified_while_iterating": (
        ("skips", ("Removing (or adding) shifts the items under the running loop: it skips the "
                   "one after each removal, or never ends; in Java the next step throws "
                   "ConcurrentModificationException; in C++ the erased iterator is invalid and "
                   "stepping it is undefined behaviour"),
         ("skip", "skips", "shift", "index", "next item", "ConcurrentModificationException",
          "fail-fast", "never ends", "misses", "iterator", "invalid", "undefined behaviour",
          "undefined behavior", "dangling")),
        ("fix", ("Build a new collection (a comprehension, filter), iterate over a copy, walk "
                 "backwards by index, use the iterator's own remove / removeIf, or in C++ "
                 "continue from what erase returns (`it = c.erase(it)`)"),
         ("copy", "new list", "comprehension", "filter", "removeIf", "iterator.remove",
          "it.remove", "backwards", "reverse", "list(", "slice", "[:]", "it = ", "erase returns",
          "returned iterator", "erase_if", "remove_if")),
    ),
    # The Go blog, "Go Slices: usage and internals" and "Arrays, slices (and strings): The
    # mechanics of 'append'"; the Go spec, Appending to and copying slices
    "aliased_slice": (
        ("view", ("A slice is a view of an array (pointer, length, capacity): storing it stores "
                  "that view, not a copy, so the stored slice and the variable share one "
                  "backing array"),
         ("backing array", "underlying array", "same array", "shares", "shared", "alias",
          "aliases", "view", "not a copy", "no copy", "pointer", "capacity", "header")),
        ("overwrite", ("Reslicing to [:0] (or appending while capacity is left, or writing an "
                       "element) writes into that array again, so the stored elements are "
                       "overwritten: every stored batch or path ends up with later data"),
         ("overwrite", "overwritten", "overwrites", "clobber", "later data", "last values",
          "same data", "duplicate", "corrupt", "changes what", "[:0]", "capacity")),
        ("fix", ("Store a copy (`append([]T(nil), buf...)`, `slices.Clone`, `copy` into a new "
                 "`make`) or start a fresh slice after storing (`buf = nil` or `make`)"),
         ("copy", "clone", "slices.Clone", "append([]", "make(", "= nil", "new slice",
          "fresh slice", "allocate")),
    ),
    # The Rust standard library, str: indexing with a range panics when an end is not on a
    # char boundary (`is_char_boundary`); Clippy's string_slice lint
    "byte_index_slice": (
        ("bytes", ("A `str` is indexed by byte offsets, not characters: an accented letter or "
                   "an emoji takes two to four bytes of UTF-8"),
         ("byte", "bytes", "utf-8", "utf8", "multi-byte", "multibyte", "code point", "unicode",
          "emoji", "accent", "non-ascii", "two to four")),
        ("panic", ("A cut that falls inside a character panics (`byte index is not a char "
                   "boundary`), so the call crashes on ordinary text"),
         ("panic", "panics", "crash", "char boundary", "not a boundary", "is_char_boundary",
          "abort")),
        ("fix", ("Cut on a character boundary: count with `chars()`/`char_indices()`, or step "
                 "back with `is_char_boundary` (`floor_char_boundary`)"),
         ("char_indices", "chars()", ".chars", "take(", "is_char_boundary",
          "floor_char_boundary", "boundary", "graphemes")),
    ),
    # The Rust standard library, Iterator::nth: the preceding elements and the returned one
    # are consumed, so nth(0) called twice returns different elements
    "consumed_iterator": (
        ("consumes", ("`nth(n)` consumes the elements before the n-th and the n-th itself: "
                      "the iterator has moved on when it returns"),
         ("consume", "consumes", "consumed", "advances", "advance", "moves on", "moved",
          "discard", "used up")),
        ("positions", ("So the next `nth(k)` counts from where the last one stopped, not from "
                       "the start: after `nth(0)`, `nth(1)` returns the third element"),
         ("third", "from where", "relative", "not from the start", "skips", "skipped",
          "off by", "wrong field", "shifted")),
        ("fix", ("Read the fields in order with `next()`, or collect them into a `Vec` and "
                 "index that"),
         ("next()", ".next", "collect", "vec", "index", "split_whitespace", "in order")),
    ),
    # ECMAScript, Array.prototype.sort (with no comparefn, elements are compared as strings
    # in UTF-16 code unit order); MDN, Array.prototype.sort
    "sorted_as_strings": (
        ("strings", ("With no compare function, sort converts the elements to strings and "
                     "compares them character by character, so 10 comes before 9"),
         ("string", "strings", "lexicographic", "alphabetical", "dictionary order", "utf-16",
          "unicode", "as text", "character by character", "10 before 9", "[1, 10, 9]",
          "1, 10, 9", "toString")),
        ("fix", "Pass a numeric compare function: `(a, b) => a - b` (or toSorted with one)",
         ("a - b", "(a, b)", "compare function", "comparator", "compareFn", "compare fn",
          "numeric compare", "toSorted(")),
    ),
    "string_building": (
        ("cost", "Each += copies the whole string so far, so building it is quadratic",
         ("copies", "copy", "O(n^2)", "quadratic", "immutable", "new string")),
        ("fix", "Collect the pieces and join them, or use a builder",
         ("join", "StringBuilder", "strings.Builder", "builder", "list", "buffer")),
    ),
    "empty_input": (
        ("fails", "On an empty input it fails (division by zero, an exception or a panic)",
         ("ZeroDivisionError", "division by zero", "divide by zero", "panic", "NaN",
          "TypeError", "ArithmeticException", "crash", "throws", "raises", "empty")),
        ("fix", "Check for the empty case first and decide what to return or raise",
         ("check", "guard", "if not", "if len", "return 0", "return None", "default",
          "raise", "validate", "initial value")),
    ),
    # Node.js docs, Events ("error" events; a listener's throw is the emitter's) and Process
    # ('uncaughtException': the default handler prints the stack and exits)
    "uncaught_in_callback": (
        ("escapes", ("The throw happens in a callback the event loop calls, so no caller's "
                     "try/catch is around it: it is an uncaught exception"),
         ("uncaught", "uncaughtException", "no caller", "nothing catches", "not caught",
          "event loop", "outside the try", "unhandled", "propagates")),
        ("effect", ("The process exits (Node's default for an uncaught exception), taking every "
                    "other connection and request with it: one bad message is a denial of "
                    "service"),
         ("crash", "exits", "process dies", "whole server", "every connection", "all clients",
          "denial of service", "DoS", "restart", "goes down", "terminates")),
        ("fix", ("Catch inside the callback (try/catch around the parse), answer or drop the "
                 "bad input, and keep the listener running"),
         ("try", "catch", "validate", "ignore the message", "drop", "close that socket",
          "send an error", "safeParse", "schema")),
    ),
    # typescript-eslint return-await ("in-try-catch"); MDN, async function and try...catch
    "unawaited_return": (
        ("escapes", ("`return p` hands the promise out without waiting, so the try block is "
                     "over before it settles: a rejection is not caught by this catch, and a "
                     "finally runs before the work is done"),
         ("not caught", "skips the catch", "bypass", "never sees", "before it settles",
          "before it finishes", "already returned", "left the try", "finally runs",
          "caller gets the rejection", "propagates", "unhandled")),
        ("effect", ("The fallback or cleanup in the catch never happens: the caller gets the "
                    "rejection instead, or a resource is released while still in use"),
         ("fallback", "caller", "rejection", "released", "cleanup", "default", "crash")),
        ("fix", "Write `return await p` inside the try (or await into a variable, then return it)",
         ("return await", "await it", "await the", "await before")),
    ),
    # CWE-1321; MDN, Object.prototype.__proto__ and Object.create(null)
    "prototype_pollution": (
        ("reach", ("A key `__proto__` (or `constructor` then `prototype`) makes the write land "
                   "on Object.prototype, so every object in the process gets the property"),
         ("__proto__", "Object.prototype", "prototype", "every object", "all objects",
          "prototype pollution", "constructor")),
        ("harm", ("Polluted defaults change behaviour elsewhere: an `isAdmin` every object now "
                  "has, a crash, or code run through a gadget"),
         ("isAdmin", "privilege", "bypass", "denial of service", "crash", "gadget",
          "remote code", "every request", "attacker")),
        ("fix", ("Skip `__proto__`, `constructor` and `prototype` (or copy only allowed keys), "
                 "check own keys with Object.hasOwn, or use Object.create(null) or a Map"),
         ("skip", "reject", "block", "allow list", "allowlist", "whitelist", "hasOwn",
          "hasOwnProperty", "Object.create(null)", "Map", "freeze", "schema", "validate")),
    ),
    # CWE-20 and CWE-183 (a permissive allow-list); OWASP on validating redirect targets and
    # URLs by their exact host
    "bypassable_check": (
        ("bypass", ("A value made to fit passes: a host such as `evil-example.com` or "
                    "`example.com.evil.net` matches a suffix or prefix test"),
         ("evil", "attacker", "bypass", "passes", "any domain", "subdomain", "suffix", "prefix",
          "register", "lookalike", "evilexample", "-example", "notexample", "crafted",
          "ends with", "starts with")),
        ("harm", ("So the check lets through what it should refuse: a redirect, a request or a "
                  "token sent to someone else's host"),
         ("redirect", "ssrf", "phishing", "attacker", "cookie", "token", "another site",
          "open redirect", "request", "their server", "leak")),
        ("fix", ("Compare the parsed host exactly, or require the dot (`host == d or "
                 "host.endswith('.' + d)`), against an allow-list"),
         ("exact", "==", "===", "equals", "leading dot", "'.", "\".", "parse", "urlparse",
          "new url", "hostname", "allow list", "allowlist", "set of")),
    ),
    # the itertools docs, groupby: a new group each time the key changes ("usually necessary to
    # have sorted the data using the same key function")
    "py-groupby-by-field-unsorted": (
        ("value", ("So a key comes out more than once with its items split (keyed into a dict, the "
                  "later group replaces the earlier one): totals are silently wrong"),
         ("replace", "overwrit", "overwritten", "lost", "last group", "only the last", "drops",
          "missing", "wrong total", "silently", "more than once", "several", "split",
          "duplicate", "separate")),
        ("cause", ("groupby only joins neighbouring items: a key that comes back later in the "
                  "input starts a second group"),
         ("neighbo", "adjacent", "consecutive", "next to each other", "runs", "changes",
          "new group", "second group", "twice", "again", "contiguous")),
        ("fix", ("Sort by the same key first (`sorted(rows, key=...)`), or collect with a "
                 "`defaultdict(list)` instead of groupby"),
         ("sort", "sorted", "defaultdict", "setdefault", "append", "counter", "dict of lists")),
    ),
    # Python's comparisons of strings (lexicographic, character by character); PEP 440 and
    # packaging.version order versions by their numeric parts
    "py-version-compared-as-string": (
        ("value", ("So a newer version with a two-digit part is refused (or an older one "
                   "accepted)"),
         ("newer", "older", "refused", "rejected", "treated as", "two-digit", "double digit",
          "is false", "returns false", "comes out false")),
        ("cause", ("The version is compared as a string, character by character: '1' = '1', "
                  "then '1' < '9', so \"1.10.0\" < \"1.9.0\""),
         ("string", "text", "character", "lexicographic", "alphabetical", "char by char",
          "digit by digit")),
        ("fix", ("Compare parsed versions: `packaging.version.Version`, or a tuple of ints "
                 "(`tuple(map(int, v.split('.')))`)"),
         ("version(", "packaging", "parse", "tuple", "map(int", "int(", "split", "numeric",
          "semver")),
    ),
    # CWE-390/CWE-754: a failure logged, then progress recorded as after a success
    "py-failure-logged-then-progress-recorded": (
        ("value", ("So it is never retried, and whatever relies on that progress (a purge, a "
                  "deleted message) loses it for good; only a log line remains"),
         ("never retried", "not retried", "lost", "lose", "gone", "dropped", "deleted", "purge",
          "data loss", "only a log", "never sent", "missing")),
        ("cause", ("The failed work is recorded as done anyway: the progress saved after "
                         "the `except` runs on the failure path too"),
         ("anyway", "as if", "still", "regardless", "both paths", "marked", "recorded", "saved",
          "advanced", "moves on", "skipped", "acknowledged", "acked")),
        ("fix", ("Record progress only after a success: stop or retry on failure (re-raise, "
                 "`break`, `continue` before the save, a dead-letter queue)"),
         ("raise", "re-raise", "break", "continue", "retry", "only after", "inside the try",
          "else:", "dead letter", "dead-letter", "stop")),
    ),
    # CWE-754/CWE-390: every attempt failed, and the failure is returned as a value
    "py-retries-exhausted-return-none": (
        ("value", ("The caller gets None (or an empty value) as if the call had worked and "
                   "found nothing; the error itself is only logged"),
         ("none", "empty", "as if", "nothing", "no data", "silently", "only logged", "logs",
          "treated as", "indistinguishable", "can't tell", "cannot tell", "same as")),
        ("cause", ("After the last attempt the loop ends and the function returns instead of "
                   "raising, so the failure is lost on the way to the caller"),
         ("instead of raising", "doesn't raise", "does not raise", "never raises", "swallow",
          "lost", "hides", "hidden", "no exception", "not raised", "return instead")),
        ("fix", ("Raise after the last attempt (re-raise the last error or a clear one of its "
                 "own), so callers must handle the failure"),
         ("raise", "re-raise", "reraise", "exception", "throw", "error type", "from last")),
    ),
    # CWE-401/CWE-770: entries that expire but are removed only when read again
    "py-expired-only-on-read": (
        ("value", ("An entry that expires and is never asked for again is never removed: the "
                   "store keeps every abandoned session or key, and memory grows without "
                   "bound"),
         ("never removed", "stays", "stay", "forever", "grows", "grow", "memory", "leak",
          "unbounded", "without bound", "piles up", "accumulate", "never freed")),
        ("cause", ("Expiry is checked only on lookup, for the key being read; nothing sweeps the "
                   "store or limits its size"),
         ("only when", "only on", "lookup", "read again", "looked up", "accessed", "no sweep",
          "never swept", "nothing sweeps", "no cleanup", "no limit", "lazily", "lazy")),
        ("fix", ("Sweep expired entries now and then (on each write, or on a timer), or bound "
                 "the store (an LRU with a maximum size, a TTL cache)"),
         ("sweep", "purge", "clean up", "cleanup", "periodic", "timer", "background", "evict",
          "lru", "max size", "maxsize", "ttlcache", "bound", "limit", "expire all")),
    ),
    # CWE-193: an index that is a fraction of the length reaches the length itself
    **dict.fromkeys(("py-fraction-of-len-index", "rust-fraction-of-len-index",
                     "js-fraction-of-length-index"), (
        ("value", ("At the top of the range (p = 100, a fraction of 1.0) the index equals the "
                   "length, one past the last element: Python raises IndexError, Rust panics, "
                   "JavaScript gives undefined"),
         ("indexerror", "index error", "out of range", "out of bounds", "panic", "undefined",
          "crash", "one past", "past the end", "equals the length", "== len", "= len",
          "is len", "too large")),
        ("cause", ("The valid indexes are 0 to len - 1, but `fraction × len` reaches len; "
                   "nothing keeps it below"),
         ("len - 1", "len-1", "length - 1", "length-1", "n - 1", "off by one", "off-by-one",
          "last index", "zero-based", "0-based", "0 to", "not clamped", "no clamp")),
        ("fix", ("Clamp the index (`min(i, len - 1)`) or use a nearest-rank formula "
                 "(`ceil(p / 100 × n) - 1`, or scale by `len - 1`)"),
         ("min(", "clamp", "len - 1", "length - 1", "ceil", "nearest-rank", "nearest rank",
          "- 1", "-1", "saturating_sub", "bound")),
    )),
    # the Python tutorial on floating point; the decimal module
    "py-float-amount-truncated": (
        ("value", ("Some amounts lose a cent: `float(\"19.99\") * 100` is 1998.9999999999998, "
                   "and `int()` truncates it to 1998"),
         ("1998", "loses a cent", "lose a cent", "one cent", "off by one", "off by a cent",
          "99999", "truncat", "rounds down", "wrong amount", "short by")),
        ("cause", ("A binary float cannot hold most decimal fractions exactly, and `int()` cuts "
                   "toward zero instead of rounding"),
         ("binary", "exact", "represent", "precision", "floating", "float", "inexact",
          "cuts", "toward zero", "not round")),
        ("fix", ("Parse with `decimal.Decimal` (then quantize), or at least `round()` the "
                 "product; keep money in integer cents from the text"),
         ("decimal", "quantize", "round(", "round it", "integer cents", "split on", "string")),
    ),
    # threading and asyncio, Lock objects: a lock guards only those who take the same lock
    "py-lock-made-per-call": (
        ("value", ("Concurrent calls do not wait for each other: each takes its own new lock, so "
                   "they all run the guarded code at once (five callers, five refreshes)"),
         ("each call", "every call", "own lock", "new lock", "no effect", "does nothing",
          "guards nothing", "all run", "at once", "concurrently", "in parallel", "not shared",
          "never wait", "don't wait", "do not wait", "twice", "duplicate")),
        ("cause", ("A lock excludes only those who take the same lock object; one made inside "
                   "the call is never seen by another call"),
         ("same lock", "same object", "shared", "local", "created inside", "per call",
          "new object", "fresh", "instance")),
        ("fix", ("Make the lock once and share it: an attribute set in `__init__` "
                 "(`self._lock`) or a module-level lock"),
         ("__init__", "self._lock", "self.lock", "attribute", "module", "once", "share",
          "global", "class")),
    ),
    # oxlint oxc/no-accumulating-spread: spreading the accumulator copies it on every step
    "js-accumulating-spread": (
        ("value", ("Every step copies everything gathered so far, so n items cost 1 + 2 + ... + "
                   "n copies: O(n²), slow (and memory-hungry) once the input is in the "
                   "thousands"),
         ("quadratic", "o(n^2)", "o(n²)", "n^2", "n²", "n squared", "copies everything",
          "copy every", "copied every", "copies all", "grows with the square", "1 + 2",
          "sum of")),
        ("cause", ("The spread makes a new object or array and copies every key or element of "
                   "the accumulator into it, each time"),
         ("spread", "new object", "new array", "copies", "copy", "copied", "clone",
          "allocat", "whole accumulator", "all the keys", "all keys", "every key")),
        ("fix", ("Mutate the accumulator and return it (`acc[x.id] = x; return acc`, "
                 "`acc.push(x)`), or build it in one go (`Object.fromEntries`, a Map, `flat()`)"),
         ("mutate", "acc[", "return acc", "push", "object.fromentries", "fromentries",
          "new map", "map.set", ".set(", "flat(", "flatmap", "object.assign", "in place",
          "for loop")),
    ),
    # MDN, EventTarget.removeEventListener: only the same listener that was added comes off
    "js-listener-removed-with-new-function": (
        ("value", ("Nothing is removed: the listener added earlier stays, keeps running on "
                   "every event and keeps its object alive, piling up with each add"),
         ("nothing is removed", "not removed", "never removed", "doesn't remove",
          "does not remove", "stays", "still runs", "still fires", "keeps firing", "leak",
          "pile up", "piles up", "accumulate", "no-op", "no op", "does nothing", "twice")),
        ("cause", ("`bind` and a function written in place make a new function each time, and "
                   "removal matches only the very same function object that was added"),
         ("new function", "different function", "a new one", "new reference",
          "different reference", "same reference", "not the same", "same function",
          "identity", "bind returns", "bind creates", "each time", "every time", "===")),
        ("fix", ("Make the function once and keep it (`this.onMsg = this.onMessage.bind(this)`, "
                 "a class field arrow, a named function) and pass that to both calls; or use an "
                 "AbortController signal"),
         ("store", "save", "same variable", "class field", "property", "named function",
          "same reference", "abortcontroller", "signal", "this.on", "assign")),
    ),
    # MDN, Date.prototype.setMonth: a day beyond the new month's last day overflows
    "js-month-arithmetic-overflow": (
        ("value", ("From the 29th to the 31st the result skips a month: January 31 plus one "
                   "month is March 3 (March 2 in a leap year), not the end of February"),
         ("march", "skips", "skip", "overflow", "rolls over", "rolls into", "two months",
          "wrong month", "mar 3", "mar 2", "past february", "not february")),
        ("cause", ("setMonth keeps the day of the month; when the new month is shorter, the "
                   "extra days carry into the month after"),
         ("keeps the day", "day of the month", "shorter", "fewer days", "doesn't have",
          "does not have", "no february 31", "february 31", "feb 31", "30 days", "28 days",
          "carry", "overflow", "last day")),
        ("fix", ("Clamp the day: set the date to 1, move the month, then set the day to "
                 "`min(day, last day of the new month)` (`new Date(y, m + 1, 0).getDate()`); or "
                 "use a library's addMonths (date-fns, Luxon)"),
         ("clamp", "min(", "last day", "setdate(1", "setdate(0", ", 0)", "days in month",
          "daysinmonth", "date-fns", "addmonths", "luxon", "dayjs", "moment", "library")),
    ),
    # CWE-367: an await between the test and the write lets another call run in between
    "js-check-then-act-across-await": (
        ("value", ("Two calls with the same key at the same time both pass the test and both "
                   "do the work: a duplicate (a second email, payment or job)"),
         ("twice", "duplicate", "double", "more than once", "both pass", "both do",
          "both run", "both process", "both send", "both see", "both find")),
        ("cause", ("The key is recorded only after the await; while the first call waits, the "
                   "event loop runs the second, which still finds the key missing"),
         ("await", "after the await", "yields", "event loop", "interleav", "in between",
          "meanwhile", "while waiting", "not yet added", "not recorded", "check then act",
          "check-then-act", "race", "toctou", "time of check")),
        ("fix", ("Record the key before the await (`seen.add(id)` first, removing it on "
                 "failure), or store the pending promise in the map at once so later calls "
                 "await the same one"),
         ("before the await", "add first", "add it first", "add before", "set before",
          "immediately", "store the promise", "the promise", "pending", "in-flight",
          "in flight", "lock", "mutex", "before await")),
    ),
    # CWE-193: a page count is the quotient rounded up
    **dict.fromkeys(("js-page-count-floored", "py-page-count-floored", "go-page-count-floored",
                     "java-page-count-floored"), (
        ("value", ("One page short whenever the total is not a multiple of the page size: 25 "
                   "items at 10 a page give 2 pages instead of 3, so the last 5 items are never "
                   "shown (and fewer items than a page give 0 pages)"),
         ("2 pages", "two pages", "gives 2", "returns 2", "instead of 3", "one short",
          "one page short", "one less", "one fewer", "missing page", "last page", "never shown",
          "not shown", "lost", "zero pages", "0 pages", "remainder", "leftover", "partial")),
        ("cause", ("The division rounds down, dropping the remainder: the last, partly filled "
                   "page is not counted"),
         ("round down", "rounds down", "floor", "truncat", "integer division", "drops the",
          "discards", "remainder", "partial page", "partly", "not counted")),
        ("fix", ("Round up: `Math.ceil(total / size)`, `Math.ceilDiv`, `-(-total // size)`, or "
                 "`(total + size - 1) / size`"),
         ("ceil", "round up", "rounds up", "+ size - 1", "+ per_page - 1", "- 1) /", "-1) /",
          "-(-", "ceildiv", "divmod", "% size", "remainder", "+ 1 if")),
    )),
    # The Go spec (a string's index is a byte index); the Go blog, "Strings, bytes, runes and
    # characters in Go"
    "go-string-cut-at-byte-count": (
        ("value", ("A character of several bytes (é, an emoji) at the cut is split: the text "
                   "ends in invalid UTF-8, shown as � or rejected by a JSON or database "
                   "encoder"),
         ("split", "cut in half", "half a character", "middle of a character", "invalid utf",
          "broken character", "garbled", "mojibake", "�", "replacement character",
          "question mark", "corrupt", "invalid")),
        ("cause", ("A Go string is bytes and `s[:n]` counts bytes, not characters: é is 2 bytes "
                   "in UTF-8, an emoji 4"),
         ("bytes", "byte index", "byte count", "not characters", "not runes", "multi-byte",
          "multibyte", "utf-8", "utf8", "2 bytes", "4 bytes", "variable width", "encoding")),
        ("fix", ("Cut on rune boundaries: `[]rune(s)[:n]`, or step back with "
                 "`utf8.RuneStart` / count with `utf8.RuneCountInString`"),
         ("[]rune", "rune", "runes", "utf8.runestart", "runestart", "runecount",
          "decoderune", "rune boundary", "character boundary", "tovalidutf8")),
    ),
    # CWE-22; the Go filepath, Node.js path and java.nio.file.Path docs: a string prefix is not
    # a path component
    **dict.fromkeys(("go-prefix-containment-check", "js-prefix-containment-check",
                     "java-prefix-containment-check"), (
        ("value", ("A sibling folder whose name starts the same way passes: for the root "
                   "`/srv/files`, `../files-private/secret` resolves to "
                   "`/srv/files-private/secret`, which starts with `/srv/files`"),
         ("sibling", "files-private", "-private", "same prefix", "starts with the same",
          "similar name", "another folder", "other directory", "outside the folder",
          "neighbouring", "neighboring", "../", "escape")),
        ("cause", ("A string prefix compares characters, not path components: nothing requires "
                   "a separator right after the root"),
         ("characters", "string prefix", "not components", "path component", "components",
          "separator", "trailing slash", "no slash", "character by character",
          "not a directory boundary", "boundary")),
        ("fix", ("Compare whole components: add the separator to the root first (`root + "
                 "string(filepath.Separator)`, `root + path.sep`, `base + File.separator`), or "
                 "use `filepath.Rel` / `path.relative` and refuse `..`, or Java's "
                 "`Path.startsWith(Path)` on normalized paths"),
         ("separator", "path.sep", "file.separator", "trailing slash", "+ \"/\"", "+ '/'",
          "filepath.rel", "path.relative", "relative", "..", "isLocal", "path.startswith",
          "tofile", "normalize", "component")),
    )),
    # The BigDecimal javadoc (equals compares value and scale); Error Prone BigDecimalEquals
    "java-big-decimal-equals": (
        ("value", ("Equal amounts written with different scales compare unequal: 0.00 is not "
                   "equal to 0, 2.50 not equal to 2.5, so the test is false when it should be "
                   "true"),
         ("false", "not equal", "unequal", "0.00", "2.50", "fails", "doesn't match",
          "does not match")),
        ("cause", ("`BigDecimal.equals` compares the scale as well as the value (2.0 and 2.00 "
                   "have scales 1 and 2)"),
         ("scale", "precision", "decimal places", "trailing zero", "digits after",
          "representation", "unscaled")),
        ("fix", ("Compare the value only: `a.compareTo(b) == 0` (or `signum() == 0` against "
                 "zero), or strip trailing zeros / set the same scale first"),
         ("compareto", "compare to", "signum", "striptrailingzeros", "setscale",
          "same scale")),
    ),
    # CWE-193 and CERT STR31-C: room for the characters and the terminator
    "c-terminator-past-checked-length": (
        ("value", ("When the input is exactly as long as the buffer the check passes, the copy "
                   "fills it, and the terminator is written one byte past the end: memory "
                   "corruption (a neighbouring variable, the stack)"),
         ("one byte past", "one past", "past the end", "out of bounds", "overflow",
          "off by one", "off-by-one", "exactly", "equal to", "== sizeof", "same size",
          "overwrite", "corrupt", "undefined behavior", "undefined behaviour")),
        ("cause", ("The test refuses only `len > size`, but a string of `len` characters needs "
                   "`len + 1` bytes: the last valid index is `size - 1`"),
         ("len + 1", "+ 1", "terminator", "null byte", "nul", "'\\0'", "size - 1",
          "sizeof - 1", "last index", "zero-based", "no room", "extra byte")),
        ("fix", ("Refuse `len >= sizeof buf` (or `len > sizeof buf - 1`) so one byte is left "
                 "for the terminator; or use `snprintf`"),
         (">=", "sizeof(buf) - 1", "sizeof buf - 1", "- 1", "-1", "snprintf", "strlcpy",
          "leave room", "room for", "greater or equal", "greater than or equal")),
    ),
    # MDN, RegExp.prototype.test(): a global or sticky regex starts at its lastIndex
    "js-global-regex-reused": (
        ("value", ("Every other call answers wrongly: after a match, the next test starts at "
                   "`lastIndex`, past the end of a short input, fails, and resets to 0"),
         ("every other", "alternat", "second call", "next call", "false", "fails", "skips",
          "rejected", "intermittent", "sometimes")),
        ("cause", ("With the `g` (or `y`) flag the regex object keeps `lastIndex` between calls, "
                   "and one object is shared by every call"),
         ("lastindex", "last index", "global", "g flag", "/g", "sticky", "state", "stateful",
          "shared", "remembers")),
        ("fix", ("Drop the `g` flag for a yes/no test (or reset `lastIndex = 0`, or make the "
                 "regex per call)"),
         ("remove the g", "drop the g", "without g", "no g", "without the g", "lastindex = 0",
          "reset", "new regexp", "per call", "match(")),
    ),
    # Truth Value Testing: zero is false, so `x or default` replaces a real 0
    "py-zero-replaced-by-or": (
        ("value", ("A real 0 becomes the default: a quantity of 0 is read as 1 (out-of-stock rows "
                   "come in with stock)"),
         ("becomes 1", "becomes the default", "treated as missing", "replaced", "turns into",
          "read as", "0 is lost", "never 0", "can't be 0", "cannot be 0", "as if missing")),
        ("cause", ("`or` returns its right side when the left is false, and 0 is false, the same "
                   "as None or an empty string"),
         ("falsy", "false", "truthy", "truth", "zero is", "0 is", "bool")),
        ("fix", "Test for the missing value itself: `1 if qty is None else qty`",
         ("is none", "is not none", "none check", "explicit", "if qty is", "sentinel")),
    ),
    # a rule of this kind names its value in its message; one with key points of its own has
    # them here under its id
    "wrong_result": (
        ("value", "On ordinary input the expression gives a wrong value, silently: no error",
         ("wrong", "incorrect", "silently", "truncat", "rounds", "round down", "zero", "lost",
          "off by", "not what", "instead of", "differs")),
        ("cause", "Why: the operation works on other values than the code means it to",
         ("integer", "string", "character", "lexicographic", "utc", "type", "unsorted",
          "order", "byte", "newline", "int ", "precision")),
        ("fix", "How to write it so the operation matches the intent",
         ("convert", "cast", "float", "double", "parse", "sort", "check", "local", "compare",
          "instead", "use")),
    ),
    # the time package, Time.Truncate and Time.Round (they work on the absolute time since the
    # zero time, not on its presentation in a location)
    "go-time-truncated-to-day": (
        ("value", ("For a time outside UTC the result is not local midnight: in New York it is "
                   "19:00 or 20:00 of the day before, so times late in the evening land on the "
                   "wrong day"),
         ("not midnight", "not local midnight", "not the start of the day", "previous day",
          "day before", "wrong day", "19:00", "20:00", "7 pm", "8 pm", "7pm", "8pm", "evening",
          "hours off", "shifted", "midnight utc", "utc midnight", "offset")),
        ("cause", ("Truncate and Round work on the absolute time counted from the zero time, "
                   "which is in UTC, not on the time as shown in its zone"),
         ("utc", "zero time", "absolute", "since the zero", "presentation", "ignores the zone",
          "not the local", "epoch")),
        ("fix", ("Build the day from its date where the time is: `y, m, d := t.Date(); "
                 "time.Date(y, m, d, 0, 0, 0, 0, t.Location())`"),
         ("time.Date", "t.Date()", ".Date()", "Location()", "location", "year month day",
          "0, 0, 0, 0", "local midnight", "in the zone", "In(")),
    ),
    # Go spec, JLS 15.17.2, the Rust reference, C11 6.5.5: integer division truncates toward
    # zero; CERT FLP06-C, SpotBugs ICAST_IDIV_CAST_TO_DOUBLE
    **dict.fromkeys(("go-integer-ratio", "java-integer-ratio", "rust-integer-ratio",
                     "c-integer-ratio"), (
        ("value", ("Whenever the first is smaller than the second the quotient is 0, so 1 and 3 "
                   "give 0 instead of 33 (or 0.33); otherwise the fraction is lost"),
         ("zero", "is 0", "gives 0", "returns 0", "be 0", "0%", "always 0", "fraction",
          "decimal", "truncat", "rounds down", "round down", "whole number", "floor",
          "cut off", "loses", "lost", "precision")),
        ("cause", ("Both operands are integers, so `/` is integer division: it cuts toward zero "
                   "before the multiplication or the conversion to a float happens"),
         ("integer division", "integers", "int", "both int", "truncat", "toward zero",
          "divides first", "division first", "before multiplying", "before the multiplication",
          "before converting", "before the conversion", "whole number", "discard", "too late")),
        ("fix", ("Convert to floating point before dividing (`float64(a) / float64(b) * 100`, "
                 "`(double) a / b`, `a as f64 / b as f64`), or multiply first (`100 * a / b`)"),
         ("float", "double", "f64", "cast", "convert", "multiply first", "100 *",
          "before dividing", "as f64", "float64(", "(double)", "floating point")),
    )),
    # cppreference, fgets (the newline is stored only when it fits); CERT FIO36-C, FIO20-C
    "c-fgets-newline-cut": (
        ("value", ("When the line was longer than the buffer, or the last line has no newline, "
                   "the last character is real data and is cut off; and on an empty string "
                   "`len - 1` wraps, so the write lands outside the buffer"),
         ("cut off", "cuts off", "loses", "lost", "last character", "real character", "drops",
          "removes a character", "wrong character", "data", "empty", "out of bounds",
          "underflow", "wraps", "before the buffer", "truncat", "letter")),
        ("cause", ("fgets keeps the newline only when the whole line fit in the buffer: a "
                   "longer line comes in pieces, and a file's last line need not end in one"),
         ("only when", "only if", "fits", "fit", "longer than", "buffer size",
          "partial", "pieces", "split", "not always", "end of file", "eof", "last line",
          "no newline", "may not")),
        ("fix", ("Check before cutting: `if (len > 0 && buf[len-1] == '\\n') buf[len-1] = "
                 "'\\0';`, or `buf[strcspn(buf, \"\\n\")] = '\\0';`"),
         ("strcspn", "check", "== '\\n'", "len > 0", "strchr", "test", "only if", "only when",
          "if the last")),
    ),
    # cppreference, std::accumulate (the sum has the type of `init`); clang-tidy
    # bugprone-fold-init-type
    "cpp-accumulate-int-init": (
        ("value", ("Each partial sum is cut to a whole number, so 0.5, 0.5 and 0.5 give 0 "
                   "instead of 1.5: the fractions are lost"),
         ("zero", "is 0", "gives 0", "returns 0", "not 1.5", "wrong", "truncat", "whole number",
          "fraction", "decimal", "lost", "rounds down", "round down", "precision")),
        ("cause", ("`std::accumulate` keeps the sum in the type of its initial value: `0` is an "
                   "int, so every `acc + x` is converted back to int"),
         ("initial value", "init", "int", "integer", "type of", "template", "deduced",
          "accumulator", "converted", "third argument", "starting value")),
        ("fix", "Start from a value of the element type: `0.0` (or `0.0f`, `double{}`, `T{}`)",
         ("0.0", "0.0f", "double{}", "double", "float", "T{}", "value_type")),
    ),
    # CWE-20, CWE-183; the OWASP SSRF prevention cheat sheet
    **dict.fromkeys(("go-host-suffix-check", "java-host-suffix-check", "js-host-suffix-check",
                     "py-host-suffix-check"), (
        ("value", ("Any host whose name merely ends in those letters passes, such as "
                   "`evil-example.com` or `notexample.com`, which anyone can register"),
         ("evil", "attacker", "anyone", "register", "any host", "other host", "other domain",
          "would pass", "also pass", "also match", "bypass", "not a subdomain", "malicious",
          "notexample", "myexample")),
        ("cause", ("The suffix has no leading dot, so the test does not stop at a label "
                   "boundary: `example.com` ends `evil-example.com` as well as "
                   "`api.example.com`"),
         ("dot", "label", "boundary", "subdomain", "suffix", "substring", "leading dot",
          "ends with", "string match")),
        ("fix", ("Compare the exact host, or a suffix that starts with the dot: `host === "
                 "'example.com' || host.endsWith('.example.com')`, or check a set of allowed "
                 "hosts"),
         ("re:(endsWith|HasSuffix)\\s*\\([^)]*[\"'`]\\.\\w", "re:===|==|\\.equals\\(",
          "leading dot", "with a dot", "dot before", "dot in front", "exact", "exactly",
          "equals", "allow list", "allowlist", "set of", "whitelist")),
    )),
    # OWASP Cheat Sheet Series, Unvalidated Redirects and Forwards; CWE-601; RFC 3986 4.2 (a
    # reference starting with `//` is a network-path reference: the next part is a host)
    **dict.fromkeys(("js-redirect-slash-only", "py-redirect-slash-only", "go-redirect-slash-only",
                     "java-redirect-slash-only"), (
        ("value", ("`//evil.example` (or `/\\evil.example`) starts with '/' but names another "
                   "host, so the user is sent to a site someone else chose: an open redirect, "
                   "used for phishing"),
         ("re:(^|[\\s\"'`(])/[/\\\\]+\\w", "protocol-relative", "protocol relative",
          "scheme relative", "network path", "another site", "other site", "another host",
          "other host", "another domain", "other domain", "external site", "off site",
          "open redirect", "phishing", "double slash", "two slashes", "backslash")),
        ("cause", ("A URL starting with `//` is protocol-relative: what follows is a host, not a "
                   "path; browsers read a backslash as a slash too, so one leading '/' does not "
                   "make a path on this site"),
         ("protocol-relative", "protocol relative", "scheme-relative", "scheme relative",
          "network path", "as a host", "the host", "hostname", "host name", "domain",
          "backslash", "browser", "first character", "only checks the first",
          "double slash", "two slashes")),
        ("fix", ("Refuse a second '/' or a backslash after the first (`/` followed by neither), "
                 "or parse it against this site (`new URL(target, origin)`) and compare the "
                 "origin, or choose the target from an allow-list"),
         ("re:[\"'`]//[\"'`]", ("re:(not|n't|reject|refus|disallow|block|deny|forbid)\\w*"
                                   "[^.]{0,40}(//|\\\\|backslash|double slash|two slashes|"
                                   "second (slash|character))"),
          "second character", "new URL", "urlparse", "url.Parse", "parse the url", "parse it",
          "origin", "netloc", "same origin", "allow list", "allowlist", "whitelist",
          "url_has_allowed_host_and_scheme", "re:\\^/\\(\\?!|\\[\\^/")),
    )),
    # CWE-208; Python's hmac.compare_digest, Go's crypto/hmac ("use Equal to compare MACs"),
    # Node's crypto.timingSafeEqual, Java's MessageDigest.isEqual
    **dict.fromkeys(("js-mac-compared-plainly", "py-mac-compared-plainly",
                     "go-mac-compared-plainly", "java-mac-compared-plainly"), (
        ("value", ("Someone who sends many guesses learns from the response time how many "
                   "leading bytes of a guess are right, so they can forge a valid signature "
                   "one byte at a time"),
         ("byte by byte", "byte at a time", "one byte at a time", "character by character",
          "char by char", "one character at a time", "forge", "forged", "forging",
          "guess", "brute force", "timing attack", "timing", "response time", "how long")),
        ("cause", ("Ordinary equality stops at the first byte that differs, so it takes longer "
                   "the more leading bytes match: its time leaks how much is right (a timing "
                   "side channel)"),
         ("first byte", "first difference", "first mismatch", "first differing",
          "stops at", "stops early", "returns early", "return early", "exits early",
          "short-circuit", "short circuit", "side channel", "side-channel", "timing",
          "takes longer", "how long", "not constant time", "variable time", "leaks")),
        ("fix", ("Compare in constant time: `hmac.compare_digest` (Python), `hmac.Equal` (Go), "
                 "`crypto.timingSafeEqual` on buffers of equal length (Node), "
                 "`MessageDigest.isEqual` (Java)"),
         ("compare_digest", "hmac.Equal", "timingSafeEqual", "MessageDigest.isEqual", "isEqual",
          "ConstantTimeCompare", "constant time", "constant-time", "timing safe",
          "timing-safe")),
    )),
    # Node.js events docs (each `on` adds a listener; MaxListenersExceededWarning, "possible
    # EventEmitter memory leak detected"); CWE-401
    "js-listener-added-per-call": (
        ("value", ("Each call adds one more listener that nothing takes off: they pile up with "
                   "everything they close over (the request, the response), memory grows, every "
                   "event runs all of them, and Node warns MaxListenersExceededWarning"),
         ("pile up", "piles up", "accumulate", "memory leak", "leak", "more and more",
          "never removed", "keeps adding", "MaxListenersExceededWarning", "max listeners",
          "every request", "each request", "every call", "each call", "runs all",
          "grows", "growing", "closed response")),
        ("cause", ("The emitter outlives the call and keeps a reference to each listener and "
                   "what it closes over, so nothing is freed when the call or request ends"),
         ("outlives", "lives as long", "long-lived", "long lived", "module-level",
          "module level", "shared", "global", "reference", "closes over", "closure",
          "garbage collected", "never freed", "not freed", "stays registered")),
        ("fix", ("Take the listener off when the work ends (`req.on('close', () => "
                 "bus.off(event, handler))`, `removeListener`), use `once` when one event is "
                 "enough, or pass an AbortSignal"),
         ("re:\\.(off|removeListener|removeEventListener|removeAllListeners)\\b",
          "removeListener", "removeEventListener", "remove the listener", "remove it",
          "on close", "when the request ends", "when the connection closes", "re:\\bonce\\b",
          "AbortSignal", "signal", "clean up", "cleanup", "unsubscribe", "unregister")),
    ),
    # net/http, Error ("It does not otherwise end the request; the caller should ensure no
    # further writes are done to w")
    "go-http-error-without-return": (
        ("value", ("The handler carries on after the error answer: it runs the rest with the bad "
                   "value (an id of 0, an empty struct) and writes to the response again"),
         ("carries on", "continues", "keeps going", "goes on", "falls through", "rest of",
          "still runs", "zero value", "empty", "second write", "writes again",
          "superfluous", "WriteHeader", "twice", "both")),
        ("cause", ("`http.Error` only writes the answer; it does not stop the handler, so "
                   "without a `return` the code after the `if` still runs"),
         ("does not stop", "doesn't stop", "does not return", "doesn't return",
          "not end", "only writes", "no return", "missing return", "forgot", "just writes")),
        ("fix", "Return right after `http.Error` (or put the rest in an else branch)",
         ("return", "else")),
    ),
    # go vet's httpresponse; net/http (on error the response is nil)
    "go-response-used-before-error-check": (
        ("value", ("When the request fails, the response is nil and the deferred "
                   "`resp.Body.Close()` dereferences it: the program panics instead of "
                   "returning the error"),
         ("nil", "panic", "nil pointer", "dereference", "crash", "segmentation",
          "invalid memory address")),
        ("cause", ("The defer is registered before the error is checked, and the response is "
                   "only valid when the error is nil"),
         ("before the check", "before checking", "before the error", "order", "too early",
          "only valid", "err != nil", "error check")),
        ("fix", "Check the error first, then `defer resp.Body.Close()`",
         ("after the check", "after checking", "move", "check the error first", "first",
          "after the if", "after err")),
    ),
    # the sync docs (Mutex); Effective Go, defer
    "go-lock-not-released-on-return": (
        ("value", ("The early return leaves the mutex locked, so the next call that locks it "
                   "blocks forever: every later caller hangs (a deadlock)"),
         ("deadlock", "blocks forever", "block forever", "hangs", "hang", "stuck",
          "never unlocked", "stays locked", "still locked", "still held", "waits forever",
          "all goroutines are asleep")),
        ("cause", "The Unlock is written after the return, so that path never reaches it",
         ("never reaches", "skips", "skipped", "early return", "before the unlock",
          "not deferred", "no defer", "that path", "returns first")),
        ("fix", "`defer mu.Unlock()` right after Lock (or unlock before each return)",
         ("defer", "unlock before", "before returning", "before the return")),
    ),
    # staticcheck SA5000; the Go spec, map types
    **dict.fromkeys(("go-nil-map-write", "go-nil-map-field-write"), (
        ("value", ("The first write panics with \"assignment to entry in nil map\": the "
                   "program crashes on any input that reaches it"),
         ("panic", "assignment to entry in nil map", "nil map", "crash", "runtime error")),
        ("cause", ("A map declared without `make` (`var m map[K]V`, or a struct field left out "
                   "of the literal) is nil: it can be read (giving zero values) but not written "
                   "until it is made"),
         ("nil", "not initiali", "uninitiali", "never made", "no make", "zero value",
          "not allocated", "declared but")),
        ("fix", ("Make it first: `m := make(map[K]V)` or `m := map[K]V{}` (for a field, in "
                 "the constructor: `&Store{data: make(map[K]V)}`)"),
         ("make(", "make", "map[", "{}", "initiali", "literal", "constructor")),
    )),
    # the Go spec, for statements with range clause; staticcheck SA4005
    "go-range-copy-field-write": (
        ("value", ("Nothing changes: the loop writes the field of a copy, and the elements in "
                   "the slice keep their old values"),
         ("nothing", "no effect", "unchanged", "not changed", "lost", "discarded",
          "old value", "still false", "never set", "not saved", "thrown away")),
        ("cause", ("The range variable is a copy of each element (the slice holds structs, not "
                   "pointers)"),
         ("copy", "copies", "by value", "value semantics", "not a pointer", "not a reference",
          "struct value")),
        ("fix", ("Index the slice (`s[i].Field = ...` with `for i := range s`), take "
                 "`&s[i]`, or store pointers"),
         ("s[i]", "[i]", "index", "for i", "&s[", "pointer", "pointers")),
    ),
    # go vet's copylocks (range)
    "go-range-copies-lock": (
        ("value", ("The loop locks a copy's mutex, which no other goroutine holds or waits for, "
                   "so it keeps nobody out: the reads race with the writers"),
         ("copy", "copies", "nobody", "no one", "nothing", "race", "not the same",
          "different mutex", "separate", "useless", "no effect", "does not protect",
          "doesn't protect")),
        ("cause", ("The range variable is a copy of each element, mutex included (go vet: "
                   "\"range var copies lock\")"),
         ("copy", "copies", "by value", "copylocks", "go vet", "vet", "range var")),
        ("fix", ("Range over the indexes and lock `&s[i]` (`a := &s[i]`), or keep pointers in "
                 "the slice"),
         ("s[i]", "[i]", "index", "for i", "&s[", "pointer", "pointers")),
    ),
    # net/http, Client ("Timeout zero means no timeout"; DefaultClient has none); CWE-400
    "go-http-client-without-timeout": (
        ("value", ("A server that accepts the connection and never answers keeps the call "
                   "waiting forever; each handler that calls it piles up with its goroutine "
                   "and connection"),
         ("forever", "hang", "hangs", "never returns", "stuck", "pile up", "piles up",
          "goroutines", "exhaust", "leak", "no timeout", "waits", "blocks")),
        ("cause", ("A zero `Timeout` means no timeout, and `http.Get` uses `DefaultClient`, "
                   "which has none"),
         ("no timeout", "zero", "default client", "defaultclient", "not set", "infinite",
          "unbounded")),
        ("fix", ("Set `http.Client{Timeout: ...}`, or pass a request context with a deadline "
                 "(`http.NewRequestWithContext` with `r.Context()` or `context.WithTimeout`)"),
         ("timeout", "deadline", "context", "withtimeout", "newrequestwithcontext")),
    ),
    # gosec G109; the Go spec, conversions between numeric types
    "go-parsed-int-narrowed": (
        ("value", ("A number larger than the smaller type holds keeps only its low bits: 70000 "
                   "as an int16 is 4464, and 5000000000 as an int32 is 705032704, or negative "
                   "ones"),
         ("wrap", "wraps", "overflow", "truncat", "low bits", "negative", "4464",
          "705032704", "wrong value", "silently")),
        ("cause", ("`strconv.Atoi` returns a full-size int and the conversion does not check "
                   "the range"),
         ("no check", "not checked", "doesn't check", "does not check", "range",
          "full-size", "64-bit", "int64", "bigger", "larger")),
        ("fix", ("Parse with the target size (`strconv.ParseInt(s, 10, 16)` reports a range "
                 "error), or check the bounds before converting"),
         ("parseint", "parseuint", "bitsize", "bit size", "bounds", "math.max", "check",
          "range error", "upper bound", "too large")),
    ),
    # CWE-193; the Go spec (index expressions) and the Rust reference (out-of-range indexing)
    **dict.fromkeys(("go-index-up-to-len", "rust-index-up-to-len"), (
        ("value", ("On the last pass the index equals the length, one past the last element: "
                   "the program panics with an index out of range"),
         ("panic", "out of range", "out of bounds", "index out", "crash", "one past",
          "past the end")),
        ("cause", "The valid indexes are 0 to len - 1, but the loop runs up to len itself",
         ("len - 1", "len-1", "off by one", "off-by-one", "zero-based", "0-based",
          "<=", "..=", "inclusive", "one too many")),
        ("fix", "Stop before the length: `i < len(s)` / `0..v.len()` (or range over it)",
         ("< len", "<len", "..v.len()", "..len", "exclusive", "range over", "iter()",
          "drop the =", "without the =", "remove the =", "strictly less")),
    )),
    # the Rust reference, numeric cast (truncation); Clippy cast_possible_truncation
    "rust-len-cast-truncated": (
        ("value", ("A length over the type's maximum keeps only its low bits: 70000 as u16 is "
                   "4464, 300 as u8 is 44; the prefix or field is wrong, and the reader takes "
                   "the rest of the data for the next item"),
         ("truncat", "wrap", "wraps", "low bits", "4464", "44", "overflow", "wrong length",
          "corrupt", "desync", "out of sync", "misread", "silently")),
        ("cause", "`as` between integer types never fails: it cuts the value to fit",
         ("as u16", "as u8", "never fails", "doesn't check", "does not check", "no check", "silently",
          "cuts", "drops the high")),
        ("fix", ("Convert with `u16::try_from(len)` and handle the error, or check the length "
                 "against `u16::MAX` first"),
         ("try_from", "try_into", "MAX", "check", "reject", "error")),
    ),
    # CWE-208; the subtle and constant_time_eq crates, the hmac crate's Mac::verify_slice
    "rust-mac-compared-plainly": (
        ("value", ("Someone who sends many guesses learns from the response time how many "
                   "leading bytes of a guess are right, so they can forge a valid signature "
                   "one byte at a time"),
         ("byte by byte", "byte at a time", "one byte at a time", "character by character",
          "forge", "forged", "guess", "brute force", "timing attack", "timing",
          "response time", "how long")),
        ("cause", ("`==` on strings and slices stops at the first byte that differs, so its "
                   "time leaks how much of the guess is right"),
         ("first byte", "first difference", "first mismatch", "stops at", "stops early",
          "returns early", "short-circuit", "short circuit", "side channel", "side-channel",
          "timing", "not constant time", "variable time", "leaks")),
        ("fix", ("Compare in constant time: the hmac crate's `verify_slice`, "
                 "`subtle::ConstantTimeEq` (`ct_eq`), or `constant_time_eq`"),
         ("verify_slice", "verify", "ct_eq", "subtle", "constanttimeeq", "constant_time_eq",
          "constant time", "constant-time")),
    ),
    # staticcheck SA1004; the time docs (a Duration counts nanoseconds)
    "go-duration-bare-number": (
        ("value", ("The number is taken as nanoseconds: 30 is 30ns, so the wait is no wait at "
                   "all and the age test is true (or false) almost always"),
         ("nanosecond", "ns", "30ns", "100ns", "no time", "instantly", "immediately",
          "busy loop", "spin", "always", "never")),
        ("cause", ("A `time.Duration` is an int64 count of nanoseconds, and an untyped constant "
                   "converts to it with no unit"),
         ("nanosecond", "int64", "no unit", "untyped", "duration is", "count of")),
        ("fix", "Say the unit: `30 * time.Second`, `100 * time.Millisecond`",
         ("time.second", "time.millisecond", "* time.", "unit")),
    ),
    # the errors docs (Is, As)
    "go-error-text-compared": (
        ("value", ("The test fails once the error is wrapped (`item 3: out of stock` is not "
                   "`out of stock`) or its wording changes, so the error takes the wrong branch"),
         ("wrapped", "wrap", "prefix", "context", "wording", "reworded", "changes",
          "never true", "never matches", "doesn't match", "does not match", "wrong branch",
          "fragile", "brittle")),
        ("cause", "An error's text is a message for people, not a value to compare",
         ("text", "message", "string", "for people", "human", "not a value", "not api")),
        ("fix", "Test the value: `errors.Is(err, ErrNoStock)` (or `errors.As` for a type)",
         ("errors.is", "errors.as", "sentinel", "error type", "is(")),
    ),
    # The Go blog, "Go Concurrency Patterns: Pipelines and cancellation"
    "go-senders-abandoned-on-early-return": (
        ("value", ("The goroutines that have not sent yet block forever on the unbuffered "
                   "channel, since no one will receive again: they leak, one set per call"),
         ("block forever", "blocked forever", "stuck", "leak", "never exit", "never finish",
          "hang", "no receiver", "no one receives", "nobody reads", "goroutine leak")),
        ("cause", ("A send on an unbuffered channel waits for a receiver, and the receiving "
                   "loop returned on the first error"),
         ("unbuffered", "waits for a receiver", "returned", "early return", "first error",
          "stops receiving", "no buffer")),
        ("fix", ("Buffer the channel to the number of senders (`make(chan T, len(urls))`), "
                 "keep receiving after the error, or cancel a context the senders select on "
                 "(errgroup)"),
         ("buffer", "len(", "cancel", "context", "errgroup", "select", "drain",
          "keep receiving")),
    ),
    # the strings docs (Split, Fields, Cut); the std docs (str::split, split_once)
    **dict.fromkeys(("go-split-index-unchecked", "rust-split-pieces-indexed"), (
        ("value", ("A line without the separator (or with too few fields, or blank) gives fewer "
                   "pieces, and the index panics: index out of range"),
         ("panic", "index out of range", "out of bounds", "crash", "fewer", "only one",
          "no separator", "missing", "blank line", "empty line", "malformed")),
        ("cause", "Nothing checks how many pieces the split returned before taking one",
         ("no check", "not checked", "doesn't check", "does not check", "unchecked", "len(",
          "len()", "assumes", "count")),
        ("fix", ("Check the count first, or split with `strings.Cut` / `split_once` and handle "
                 "the `ok`/`None` case"),
         ("len(", "len()", "cut", "split_once", "ok", "none", "get(", "check", "skip",
          "return an error")),
    )),
    # the std docs (HashMap's Index panics when the key is absent)
    "rust-map-indexed-by-variable": (
        ("value", "A key that is not in the map panics the whole call (or the thread serving it)",
         ("panic", "crash", "missing key", "not present", "absent", "unknown", "not found")),
        ("cause", "`map[key]` panics when the key is absent; it does not return an Option",
         ("index", "panics", "no option", "not an option", "[key]", "indexing")),
        ("fix", "Use `map.get(&key)` and handle `None` (an error, a default)",
         ("get(", ".get", "none", "ok_or", "unwrap_or", "match", "if let", "error")),
    ),
    # the Rust reference, arithmetic overflow; Clippy arithmetic_side_effects
    "rust-unsigned-field-decremented": (
        ("value", ("Taking more than it holds panics with `attempt to subtract with overflow` in "
                   "a debug build, and in a release build wraps to a huge number (stock of "
                   "4 billion)"),
         ("panic", "overflow", "underflow", "wrap", "wraps", "huge", "4294967", "4 billion",
          "negative", "below zero")),
        ("cause", "An unsigned integer cannot go below zero, and nothing checks the amount first",
         ("unsigned", "below zero", "no check", "not checked", "u32", "u64", "usize")),
        ("fix", ("Check first and return an error, or use `checked_sub` (None on underflow)"),
         ("checked_sub", "check", "if qty >", "compare", "error", "saturating_sub",
          "return an error", "result")),
    ),
    # the Rust reference, numeric cast (truncation); Clippy cast_possible_truncation
    "rust-parsed-int-narrowed": (
        ("value", ("A number larger than the smaller type holds keeps only its low bits: 70000 "
                   "as u16 is 4464, with no error, so a bad setting is silently replaced by "
                   "another"),
         ("truncat", "wrap", "wraps", "low bits", "4464", "overflow", "wrong value",
          "silently", "no error")),
        ("cause", "`as` between integer types never fails: it cuts the value to fit",
         ("as u16", "as u8", "never fails", "doesn't check", "does not check", "no check",
          "cuts", "wider", "larger type")),
        ("fix", ("Parse into the target type (`parse::<u16>()` reports the out-of-range value) "
                 "or convert with `u16::try_from`"),
         ("parse::<u16>", "parse::<u8>", "try_from", "try_into", "target type", "MAX")),
    ),
    # the Go spec (slice expressions) and the std docs (slice range indexing): a start past
    # the length panics
    **dict.fromkeys(("go-slice-start-unchecked", "rust-slice-start-unchecked"), (
        ("value", ("A page past the last one puts the start beyond the length, and the slice "
                   "panics (slice bounds out of range): a request for page 99 crashes the "
                   "handler instead of answering an empty page"),
         ("panic", "out of range", "out of bounds", "crash", "500", "beyond", "past the end",
          "greater than the length", "bigger than")),
        ("cause", "Only the end is clamped to the length; the start is not checked at all",
         ("only the end", "start", "not checked", "no check", "unchecked", "clamp")),
        ("fix", ("Return an empty page (or an error) when the start is at or past the length, "
                 "or clamp the start too"),
         ("empty", "if start", "start >=", "start >", "clamp", "min(", ".min(", "error",
          "check")),
    )),
}
"""Key points for the kinds above, and for rules that need their own: (id, claim, words that
show it)."""
