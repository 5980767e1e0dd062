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
    # OWASP Top 10 A01 (Broken Access Control); CWE-807: a security decision on an input the
    # client controls
    "py-role-from-request": (
        ("value", ("Anyone can send that header or field with the value that grants access (an "
                   "`X-Role: admin` header, `?admin=1`) and get the admin path"),
         ("anyone", "any client", "attacker", "curl", "set the header", "send the header",
          "add the header", "forge", "spoof", "fake", "pretend", "escalat", "become admin",
          "admin=1", "bypass")),
        ("cause", ("The request is written by the client: its headers, query, form and body are "
                   "claims, not facts the server checked"),
         ("client control", "client-controlled", "controlled by the client", "user control",
          "user-controlled", "untrusted", "comes from the client", "from the request",
          "not verified", "unverified", "trust")),
        ("fix", ("Decide from what the server keeps: the signed session or the authenticated "
                 "user's stored role (`session['role']`, the user record), checked server-side"),
         ("session", "server side", "server-side", "database", "stored role", "user record",
          "current_user", "token", "jwt", "authenticated", "look up")),
    ),
    # the hashlib docs (key derivation: pbkdf2_hmac, scrypt); CWE-916, CWE-328
    "py-password-fast-hash": (
        ("value", ("Whoever gets the stored hashes (a leaked backup, an SQL injection) can test "
                   "billions of guesses a second and recover most passwords; equal passwords "
                   "give equal hashes"),
         ("brute", "guess", "crack", "rainbow", "dictionary", "billions", "gpu", "leak",
          "recover", "same hash", "equal hash", "lookup table", "precomput")),
        ("cause", ("md5 and the sha families are made to be fast, and with no salt one "
                   "computation serves every account"),
         ("fast", "quick", "cheap", "no salt", "unsalted", "salt", "not designed",
          "not meant", "broken", "weak")),
        ("fix", ("Use a slow, salted password hash: `hashlib.scrypt` or `pbkdf2_hmac` with a "
                 "random salt per user, or bcrypt/argon2, and compare with "
                 "`hmac.compare_digest`"),
         ("bcrypt", "argon", "scrypt", "pbkdf2", "passlib", "salt", "work factor", "iterations",
          "slow hash", "key derivation")),
    ),
    # the Python glossary, "iterator": once exhausted it keeps raising StopIteration
    "py-iterator-consumed-twice": (
        ("value", ("The second pass sees no items: a sum of 0, an empty list, a loop that does "
                   "not run, and no error says so"),
         ("empty", "nothing", "no items", "zero", "0", "doesn't run", "does not run", "skipped",
          "silently", "wrong", "division by zero", "zerodivision")),
        ("cause", ("A generator (or map, filter, zip) can be walked once: the first pass "
                   "exhausts it"),
         ("exhaust", "consumed", "used up", "one pass", "once", "single pass", "stopiteration",
          "lazy", "generator", "iterator")),
        ("fix", ("Make a list first (`list(...)` or a list comprehension), or compute "
                 "everything in one pass, or make a fresh generator for each pass"),
         ("list(", "list comprehension", "materiali", "one pass", "single pass", "tee", "fresh",
          "again", "store", "tuple(")),
    ),
    # the datetime docs, "Aware and Naive Objects": order comparisons and subtraction between
    # the two raise TypeError
    "py-naive-aware-datetime": (
        ("value", ("The line raises TypeError (\"can't compare/subtract offset-naive and "
                   "offset-aware datetimes\"), so the call fails"),
         ("typeerror", "type error", "exception", "raises", "crash", "fails", "error",
          "can't compare", "cannot compare", "can't subtract")),
        ("cause", ("`datetime.now()` with no time zone is naive, while the stored time carries "
                   "a time zone (aware); Python refuses to order or subtract the two"),
         ("naive", "aware", "time zone", "timezone", "tzinfo", "utc", "offset")),
        ("fix", "Make both aware: `datetime.now(timezone.utc)` everywhere the times meet",
         ("timezone.utc", "now(utc", "tz=", "aware", "astimezone", "utc everywhere", "consistent")),
    ),
    # the round() docs and the Python tutorial on floating point; a split must allocate the
    # remainder
    "py-rounded-shares": (
        ("value", ("The rounded shares do not add up to the amount: 100.00 split three ways "
                   "gives 33.33 × 3 = 99.99, a cent lost (or gained)"),
         ("99.99", "cent", "don't add up", "do not add up", "doesn't add up", "does not sum",
          "don't sum", "lost", "missing", "off by", "penny", "short", "more than the total")),
        ("cause", ("Each share is rounded on its own, and the rounding errors add up instead of "
                   "cancelling; floats make it worse"),
         ("each share", "separately", "rounding error", "rounded", "float", "binary",
          "accumulat", "per share", "individually")),
        ("fix", ("Work in integer cents or Decimal, and give the remainder to some shares (the "
                 "last one gets the total minus the others)"),
         ("remainder", "cents", "decimal", "integer", "divmod", "last one", "the rest",
          "largest remainder", "minus the others", "total minus")),
    ),
    # CWE-915 (mass assignment); the OWASP Mass Assignment cheat sheet
    "py-request-body-copied-onto-object": (
        ("value", ("A client can set fields it should never touch by adding them to the body: "
                   "`is_admin: true`, another owner id, a balance"),
         ("is_admin", "admin", "role", "privilege", "escalat", "owner", "balance", "any field",
          "every field", "extra field", "id", "password", "attacker")),
        ("cause", ("Every key of the body becomes an attribute, with no list of the fields a "
                   "client may change"),
         ("every key", "any key", "all keys", "no allow", "no whitelist", "not filtered",
          "unfiltered", "blindly", "whatever", "mass assignment", "arbitrary")),
        ("fix", ("Copy only an allow-list of editable fields (or validate the body with a "
                 "schema that lists them)"),
         ("allow", "whitelist", "allowed", "editable", "explicit", "schema", "pydantic",
          "marshmallow", "only the fields", "specific fields", "serializer", "form")),
    ),
    # the OWASP Server-Side Request Forgery prevention cheat sheet; CWE-918
    "py-url-from-request-fetched": (
        ("value", ("A client can make the server fetch internal addresses: "
                   "`http://169.254.169.254/` (cloud credentials), `http://localhost:6379/`, "
                   "admin pages behind the firewall"),
         ("169.254", "metadata", "localhost", "127.0.0.1", "internal", "intranet", "private",
          "ssrf", "behind the firewall", "credentials", "port scan", "file://", "10.",
          "192.168")),
        ("cause", ("The server connects wherever the URL points; checking the scheme does not "
                   "limit the host"),
         ("any host", "any url", "wherever", "no check", "not checked", "not validated",
          "scheme", "http prefix", "startswith", "host", "server-side", "from the server")),
        ("fix", ("Allow only known hosts (parse the URL and compare the host with an "
                 "allow-list), or resolve it and refuse private and loopback addresses"),
         ("allow", "whitelist", "urlparse", "hostname", "private", "loopback", "ipaddress",
          "resolve", "deny", "block", "proxy")),
    ),
    # the N+1 query problem (Django's and SQLAlchemy's docs on select_related / eager loading;
    # CWE-1073: non-SQL-invokable control element with excessive number of data resource
    # accesses)
    "py-query-per-item": (
        ("value", ("One query per item: 10,000 customers make 10,001 round trips, and the page "
                   "gets slower in step with the data"),
         ("10,001", "10001", "10,000 queries", "10000 queries", "one query per", "a query per",
          "per item", "per row", "n+1", "n + 1", "round trip", "slow", "latency")),
        ("cause", ("The query runs inside the loop with the item as its parameter, so the "
                   "database is asked again for every item"),
         ("inside the loop", "in the loop", "each iteration", "every iteration", "for each",
          "each item", "every item", "repeated")),
        ("fix", ("Fetch everything in one query: a JOIN with GROUP BY, or `WHERE id IN (...)` "
                 "for all ids, then match up in memory"),
         ("join", "group by", "in (", "where in", "one query", "single query", "batch",
          "bulk", "prefetch", "select_related", "eager", "dict")),
    ),
    # CWE-613 (insufficient session expiration); RFC 7519 4.1.4: a token past its "exp" must
    # not be accepted
    "py-token-expiry-never-checked": (
        ("value", ("A token is accepted for ever: one that leaked, or that belongs to a logged-out "
                   "or removed user, still works months later"),
         ("for ever", "forever", "never expires", "still valid", "still works", "still accepted",
          "months", "leaked", "stolen", "replay", "indefinitely", "old token")),
        ("cause", ("The expiry is written into the token and signed, but verification checks "
                   "only the signature and never compares the expiry with the time"),
         ("never checked", "not checked", "never compared", "only the signature", "ignores",
          "ignored", "never read", "not read", "doesn't check", "does not check")),
        ("fix", ("After the signature check, reject the token when `exp` is missing or not "
                 "later than `time.time()`"),
         ("time.time", "now", "compare", "exp <", "exp >", "expired", "reject", "check exp",
          "check the expiry", "raise", "return none")),
    ),
    # CWE-524 (sensitive data in a cache), CWE-639: one user's data served to another
    "py-cache-key-without-owner": (
        ("value", ("A second tenant (or user) asking for the same key gets the first one's "
                   "cached result: another customer's data"),
         ("another tenant", "other tenant", "another user", "other user", "someone else",
          "wrong tenant", "wrong user", "leak", "other customer", "another customer",
          "first one's", "their data", "cross-tenant")),
        ("cause", ("The cache key leaves out the owner the value was computed for, so every "
                   "owner shares one entry"),
         ("key", "missing", "leaves out", "doesn't include", "does not include", "not part",
          "only the month", "shared", "same entry", "without")),
        ("fix", "Put the owner in the key (`(tenant_id, month)`), or keep one cache per owner",
         ("tuple", "(tenant", "include", "add the", "composite", "per tenant", "per user",
          "in the key", "key on")),
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
}
"""Key points for the kinds above, and for rules that need their own: (id, claim, words that
show it)."""
