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
    # CWE-401/775, CERT MEM31-C and FIO42-C: release on every path
    "c-return-leaks-resource": (
        ("value", ("On this path the memory, file or socket is never released: each time it is "
                  "taken the program loses it for good, and a long-running program runs out of "
                  "memory or file descriptors"),
         ("leak", "never freed", "never closed", "not freed", "not closed", "lost", "stays open",
          "file descriptor", "too many open", "out of memory", "runs out", "exhaust")),
        ("cause", ("The other paths release it, but this early return leaves before the "
                   "`free`/`fclose`/`close` further down, and C releases nothing by itself"),
         ("early return", "error path", "this return", "returns before", "skips",
          "before the free", "before the close", "other paths", "bypass", "no destructor", "manual")),
        ("fix", ("Release it before this return, or send every exit through one cleanup block "
                 "(`goto cleanup`/`goto out`) that frees and closes what was acquired"),
         ("free(", "fclose", "close(", "goto", "cleanup", "single exit", "one exit",
          "release before", "free before", "close before", "raii", "unique_ptr")),
    ),
    # C11 6.2.5p9 (unsigned arithmetic wraps), CWE-191, CERT INT30-C
    "c-unsigned-compared-with-zero": (
        ("value", ("The test never changes: an unsigned value is never below zero, so `i >= 0` "
                   "is always true (the loop does not stop, and after 0 the index wraps to a huge "
                   "number and reads far outside the array) and `n - m < 0` is always false"),
         ("always true", "always false", "never false", "never true", "never negative",
          "infinite", "never ends", "never stops", "forever", "wraps", "wrap around",
          "huge", "max", "out of bounds", "crash", "segfault")),
        ("cause", ("`size_t` and `unsigned` cannot hold negative numbers: 0 - 1 wraps around to "
                   "the largest value instead of -1"),
         ("unsigned", "size_t", "cannot be negative", "can't be negative", "modulo",
          "wrap", "underflow", "largest value", "SIZE_MAX", "UINT_MAX")),
        ("fix", ("Count down with `for (size_t i = n; i-- > 0;)`, compare before subtracting "
                 "(`if (n < m)`), or use a signed type for a value that can go negative"),
         ("i-- > 0", "i-- >0", "n < m", "m > n", "compare first", "before subtract",
          "signed", "ptrdiff_t", "ssize_t", "long", "int i", "i > 0")),
    ),
    # C11 6.8.4.2, CWE-484, CERT MSC17-C, -Wimplicit-fallthrough
    "c-switch-case-falls-through": (
        ("value", ("That case runs on into the next one: its own result is overwritten (or the "
                   "next case's work is done as well), so that input gives the wrong answer"),
         ("falls through", "fall through", "fallthrough", "fall-through", "next case",
          "also runs", "runs into", "overwritten", "overwrites", "wrong result", "both")),
        ("cause", "A `case` label is only an entry point: without `break` execution continues",
         ("break", "no break", "missing break", "label", "entry point", "continues")),
        ("fix", ("Add the `break` (or return); if falling through is meant, say so with "
                 "`[[fallthrough]]` or a comment"),
         ("break", "return", "[[fallthrough]]", "fallthrough", "comment")),
    ),
    # CWE-193, CWE-787, CERT ARR30-C
    "c-loop-runs-to-array-size": (
        ("value", ("The last pass touches the element one past the end: a write there "
                   "overwrites whatever follows the array (another field, the stack), a read "
                   "returns garbage"),
         ("one past", "past the end", "out of bounds", "overflow", "overwrite", "corrupt",
          "undefined", "garbage", "neighbour", "neighbor", "next field", "stack")),
        ("cause", "An array of N elements has indices 0 to N-1, and `<= N` also runs with N",
         ("n-1", "n - 1", "zero-based", "0-based", "starts at 0", "off by one", "off-by-one",
          "<=", "last index", "one too many")),
        ("fix", "Use `i < N` (or size the array N + 1 if index N is really needed)",
         ("< n", "<n", "i <", "less than", "n + 1", "n+1", "strictly")),
    ),
    # C11 7.24.2.4 (strncpy), CWE-170, CERT STR32-C
    "c-strncpy-unterminated": (
        ("value", ("When the source is as long as the buffer or longer, no terminating null is "
                   "written: printing or copying it later reads past the end of the buffer"),
         ("no null", "not terminated", "not null-terminated", "unterminated", "terminator",
          "no terminating", "reads past", "past the end", "garbage", "overflow",
          "out of bounds")),
        ("cause", ("`strncpy` adds the null only when the source is shorter than the count, and "
                   "the count here is the whole buffer"),
         ("only when", "only if", "shorter", "whole buffer", "full size", "sizeof", "count",
          "doesn't add", "does not add", "no room")),
        ("fix", ("Copy `sizeof buf - 1` and set `buf[sizeof buf - 1] = '\\0'`, or use "
                 "`snprintf(buf, sizeof buf, \"%s\", src)`"),
         ("- 1", "-1", "'\\0'", "terminate", "snprintf", "strlcpy", "null at the end",
          "last byte")),
    ),
    # C11 7.22.3.5 (realloc leaves the old block allocated when it fails); clang-tidy
    # bugprone-suspicious-realloc-usage
    "c-realloc-overwrites-pointer": (
        ("value", ("When `realloc` fails it returns NULL, the pointer is overwritten with it, and "
                   "the old block, still allocated and holding the data, can no longer be "
                   "reached or freed: a leak, and the data is lost"),
         ("leak", "lost", "lose", "null", "can't free", "cannot free", "no longer",
          "unreachable", "old block", "old memory", "original", "data is gone")),
        ("cause", ("`realloc` does not free the old block on failure, and the only pointer to "
                   "it is the one being assigned"),
         ("not freed", "does not free", "doesn't free", "still allocated", "keeps",
          "only pointer", "overwrit", "same variable", "same pointer")),
        ("fix", ("Assign to a temporary, check it, and only then replace the pointer: `tmp = "
                 "realloc(p, n); if (!tmp) { /* p still valid */ } else p = tmp;`"),
         ("tmp", "temporary", "temp", "new pointer", "another variable", "separate",
          "check before", "then assign")),
    ),
    # CWE-416, CERT MEM30-C; the clang static analyzer's unix.Malloc
    **dict.fromkeys(("c-use-after-free", "cpp-use-after-delete"), (
        ("value", ("The memory is used after `free` gave it back: it may already belong to "
                   "another allocation, so the program reads garbage, corrupts the heap, or "
                   "crashes (and a second `free` of it is a double free)"),
         ("use after free", "use-after-free", "dangling", "garbage", "corrupt", "crash",
          "segfault", "undefined", "double free", "freed memory", "reused", "heap")),
        ("cause", ("After `free(p)`, `p` still holds the old address, but nothing there belongs "
                   "to the program any more; the code goes on to read or store through it"),
         ("still points", "still holds", "old address", "after free", "after freeing",
          "next", "->next", "stored", "goes on", "continues", "no return")),
        ("fix", ("Read what is needed first (`next = p->next; free(p); p = next;`), or leave "
                 "the path right after freeing (`return`), and set the pointer to NULL"),
         ("next =", "save", "before free", "before freeing", "first", "temporary", "return",
          "= null", "null", "tmp")),
    )),
    # C11 6.2.4p2 (an object's lifetime), CWE-562, CERT DCL30-C
    "c-returns-local-address": (
        ("value", ("The caller gets an address whose storage ended when the function returned: "
                   "the next call reuses that stack space, so the text turns to garbage or the "
                   "program crashes"),
         ("dangling", "garbage", "overwritten", "invalid", "undefined", "crash", "stack",
          "no longer exists", "gone", "freed", "reused", "out of scope", "goes out of scope")),
        ("cause", ("A local (automatic) variable lives only until its function returns; its "
                   "address is not valid after that"),
         ("local", "automatic", "stack", "lifetime", "scope", "returns", "destroyed",
          "popped")),
        ("fix", ("Let the caller pass the buffer (`char *out, size_t n`), allocate it with "
                 "`malloc` (the caller frees), or make it `static` (not thread-safe)"),
         ("caller", "pass a buffer", "parameter", "malloc", "allocate", "static", "heap",
          "out parameter", "std::string")),
    ),
    # C++ Core Guidelines F.43, CERT EXP54-CPP, CWE-562
    "cpp-returns-reference-to-local": (
        ("value", ("The caller's reference refers to an object already destroyed: reading it is "
                   "undefined behaviour (garbage, a crash)"),
         ("dangling", "destroyed", "garbage", "undefined", "crash", "invalid", "no longer exists",
          "gone", "out of scope", "goes out of scope")),
        ("cause", ("A local object is destroyed when its function returns; a reference does not "
                  "keep it alive"),
         ("local", "destroyed", "destructor", "lifetime", "scope", "stack", "does not extend",
          "doesn't extend", "temporary")),
        ("fix", ("Return by value (`std::string`, not `const std::string&`); the copy is elided "
                "or moved"),
         ("by value", "return a copy", "value", "copy", "move", "rvo", "nrvo", "elision",
          "remove the &", "drop the &")),
    ),
    # cppreference, std::map::operator[] (inserts when the key is missing)
    "cpp-map-subscript-inserts-on-lookup": (
        ("value", ("Every lookup of a missing key adds an entry with a default value: the map "
                   "grows with each query, and size() or a later loop over it shows keys that were "
                   "never added"),
         ("inserts", "insert", "adds", "creates", "default", "grows", "new entry", "empty entry",
          "zero", "size", "extra key", "phantom")),
        ("cause", ("`operator[]` returns a reference to the mapped value, so it has to create "
                   "one when the key is absent; it is also why it cannot be used on a const map"),
         ("operator[]", "reference", "creates", "default-construct", "default construct",
          "non-const", "const", "value-initial")),
        ("fix", ("Look it up without inserting: `find` (and compare with `end()`), `count`, "
                "`contains` (C++20), or `at` (throws when missing)"),
         ("find", "count", "contains", ".at(", "at(", "end()")),
    ),
    # POSIX pthread_mutex_unlock, C++ Core Guidelines CP.20, CERT POS48-C / CON51-CPP
    "c-lock-held-on-return": (
        ("value", ("The function leaves with the mutex still locked: the next thread that locks "
                   "it waits forever (a deadlock), and with a non-recursive mutex so does this "
                   "thread the next time it calls"),
         ("deadlock", "forever", "blocks", "hangs", "hang", "still locked", "never unlocked",
          "stays locked", "waits", "stuck", "freeze")),
        ("cause", ("The unlock is further down, after this early return, and nothing unlocks on "
                   "the way out"),
         ("early return", "return", "skips", "before the unlock", "never reached", "path",
          "manual", "lock()", "unlock()")),
        ("fix", ("Use a scope guard (`std::lock_guard`/`std::unique_lock`/`std::scoped_lock`) so "
                 "every exit unlocks; in C unlock before each return or leave through one exit"),
         ("lock_guard", "unique_lock", "scoped_lock", "raii", "guard", "destructor",
          "unlock before", "single exit", "goto")),
    ),
    # C11 6.5.3.4, CWE-467, CERT ARR01-C; clang-tidy bugprone-sizeof-expression
    "c-sizeof-pointer-as-size": (
        ("value", ("Only 4 or 8 bytes are covered (the size of a pointer): the rest of the object "
                   "or buffer is not cleared, copied or read"),
         ("8 bytes", "4 bytes", "eight", "four", "size of the pointer", "pointer size",
          "only part", "not all", "partial", "rest", "too small", "truncat")),
        ("cause", ("`sizeof` of a pointer gives the pointer's size; an array parameter is a "
                   "pointer too, so it does not know the length of what it points to"),
         ("pointer", "decay", "array parameter", "not the array", "not the struct",
          "not what it points", "compile time")),
        ("fix", "Use `sizeof *p` (the object), or pass the length in as a parameter",
         ("sizeof *", "sizeof(*", "*cfg", "*p", "length", "size parameter", "pass the size",
          "n)", "count")),
    ),
    # CWE-193, CWE-131, CERT MEM35-C and STR31-C
    "c-write-at-allocated-size": (
        ("value", ("The write lands one byte past the block: it corrupts the heap (the allocator's "
                   "bookkeeping or a neighbouring allocation), which shows up later as a crash "
                   "or garbage"),
         ("one past", "one byte past", "past the end", "out of bounds", "overflow", "heap",
          "corrupt", "overwrite", "undefined", "crash", "valgrind", "asan")),
        ("cause", ("A block of N bytes has indices 0 to N-1; the size counted every character but "
                   "not the terminator (or the extra separator)"),
         ("n-1", "n - 1", "zero-based", "0-based", "terminator", "null byte", "'\\0'",
          "separator", "slash", "one short", "one byte short", "off by one", "off-by-one")),
        ("fix", ("Allocate one more byte (`+ 2` here: the separator and the terminator), or write "
                "at N-1"),
         ("+ 2", "+2", "+ 1", "+1", "one more", "extra byte", "allocate more", "larger")),
    ),
    # CWE-190/680, CERT INT30-C and MEM07-C
    "c-allocation-size-product-wraps": (
        ("value", ("For large values the product wraps around in 32 bits (65536 x 65536 is 0), so "
                   "a small block is allocated and the data written or read for it runs past its "
                   "end"),
         ("wrap", "overflow", "too small", "small block", "tiny", "heap overflow",
          "out of bounds", "past the end", "truncat", "zero", "4 gb", "4gb")),
        ("cause", ("The multiplication is done in a 32-bit type before it reaches `malloc`, and "
                   "the values come from the input"),
         ("32-bit", "32 bit", "uint32", "int", "unsigned", "input", "file", "attacker",
          "untrusted", "header", "before")),
        ("fix", ("Compute in `size_t` (cast one factor first) and check for overflow before "
                 "multiplying (`if (w && h > SIZE_MAX / w)`), or use `calloc(n, size)`, which "
                 "checks"),
         ("size_t", "cast", "SIZE_MAX", "check", "calloc", "limit", "bound", "divide",
          "reject", "__builtin_mul_overflow", "ckd_mul")),
    ),
    # [intro.races], CERT CON43-C/CON52-CPP, C++ Core Guidelines CP.2
    **dict.fromkeys(("cpp-global-changed-by-threads", "cpp-captured-local-changed-by-threads"), (
        ("value", ("Updates are lost (two threads read the same old count and both write it back "
                   "plus one), and a container changed by two threads at once can be corrupted "
                   "or crash; the totals differ from run to run"),
         ("lost", "lose", "wrong count", "wrong total", "corrupt", "crash", "race",
          "data race", "undefined", "inconsistent", "differs", "random", "nondeterministic")),
        ("cause", ("`++` and an insert are several steps (read, change, write back), and nothing "
                   "stops two threads from interleaving them on the same global"),
         ("read-modify-write", "read modify write", "not atomic", "non-atomic", "interleave",
          "same time", "simultaneous", "concurrent", "shared", "no lock", "unsynchron")),
        ("fix", ("Guard it with a `std::mutex` and a `std::lock_guard`, use `std::atomic` for a "
                 "counter, or let each thread fill its own map and merge them after `join`"),
         ("mutex", "lock_guard", "scoped_lock", "unique_lock", "atomic", "merge", "per thread",
          "per-thread", "own map", "local map", "join")),
    )),
    # cppreference, basic_string::c_str (invalidated when the string is destroyed); F.43
    "cpp-returns-pointer-into-local": (
        ("value", ("The pointer refers to the characters of a string destroyed when the function "
                   "returned: the caller prints garbage or crashes, sometimes only in a release "
                   "build"),
         ("dangling", "destroyed", "garbage", "undefined", "crash", "invalid", "freed",
          "no longer exists", "gone", "out of scope", "goes out of scope")),
        ("cause", ("`c_str()`/`data()` point into the object's own buffer, which its destructor "
                   "frees at the end of the function"),
         ("destructor", "buffer", "owned", "owns", "local", "lifetime", "scope", "freed",
          "internal")),
        ("fix", ("Return the `std::string` itself by value (the caller calls `c_str()` while it "
                 "holds it), or let the caller pass a buffer"),
         ("return std::string", "return the string", "by value", "return s", "copy",
          "caller", "buffer", "std::string")),
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
