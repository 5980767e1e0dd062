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
    "deadlock": ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What happens to the "
                 "next thread that needs it after that path is taken, and how would you make "
                 "sure it is released on every path?"),
    "memory_corruption": ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What "
                          "happens to the heap when that memory is released twice, and how "
                          "would you make it safe?"),
    "denial_of_service": ("In `{ident}` (`{path}`, line {line}), {detail}: `{snippet}`. How long "
                          "does a crafted input take, and how would you bound it?"),
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

_SPLIT_PIECES: Final[tuple[P, ...]] = (
    ("value", "The call throws (or panics) instead of returning the function's answer for bad input",
     ("re:throws?|exception|panic|crash|raises?|error|fails?",)),
    ("cause", ("Without the separator the split gives fewer pieces, so the missing piece's index "
               "is out of range"),
     (("re:fewer|one piece|single (piece|element)|only one|no (separator|colon|comma|dash)|"
       "without (the |a )?(separator|colon|comma|dash|delimiter)|length (is )?1|out of "
       "(range|bounds)|indexoutofbounds|index"),)),
    ("fix", ("Check the number of pieces first (`parts.length == 2`, `len(parts) == 2`, "
             "`split_once`, `strings.Cut`, a regular expression) and reject the input"),
     (("re:\\blength\\b|len\\(|\\bsize\\b|count|check|split_?once|splitn|strings\\.cut|"
       "\\bcut\\b|regex|regular expression|pattern|matches|\\d\\{|validat|try|catch"),)),
)
"""Key points of the Go, Java and Rust rules that read a split's pieces unchecked."""

KEY_POINTS: Final[dict[str, tuple[P, ...]]] = {
    # the split-index rules ask what an input without the separator does to the function, not
    # to a request (the kind's points are a handler's)
    **dict.fromkeys(("go-split-index-unchecked", "java-split-index-unchecked",
                     "rust-split-pieces-indexed"), _SPLIT_PIECES),
    "deadlock": (
        ("harm", ("On that path the lock stays held, so the next thread or call that takes it "
                  "waits for ever: the service hangs rather than fails"),
         ("block", "wait", "hang", "forever", "for ever", "deadlock", "stuck", "never returns",
          "never released", "still held", "still locked", "freez")),
        ("cause", ("The release is written after the code that can return, throw or fail, so "
                   "that path skips it"),
         ("return", "early", "throw", "exception", "error path", "skips", "skipped",
          "before the unlock", "never reaches", "panic")),
        ("fix", ("Release it on every path: `defer mu.Unlock()` right after `Lock()`, "
                 "`finally { lock.unlock(); }`, a scoped guard (`std::lock_guard`, `with lock:`), "
                 "or an unlock before each return"),
         ("defer", "finally", "lock_guard", "scoped_lock", "unique_lock", "raii", "with lock",
          "guard", "every path", "each return")),
    ),
    "memory_corruption": (
        ("harm", ("Freeing the same block twice (or using it after free) corrupts the "
                  "allocator's records: a crash later, far from the cause, or a write an "
                  "attacker can steer"),
         ("crash", "corrupt", "heap", "undefined behavior", "undefined behaviour", "abort",
          "double free", "exploit", "attacker", "segfault")),
        ("cause", ("One path frees the block and leaves the pointer set, and another owner frees "
                   "it again"),
         ("twice", "again", "dangling", "still points", "not set to null", "not nulled",
          "left set", "caller frees", "ownership", "both free")),
        ("fix", ("Give the block one owner: set the pointer to NULL right after `free`, or leave "
                 "the freeing to the caller alone"),
         ("null", "one owner", "single owner", "ownership", "only the caller", "don't free",
          "do not free", "set it to null", "= null")),
    ),
    "buffer_overflow": (
        ("overflow", ("Nothing bounds the copy by the destination's size, so a longer input "
                      "writes past the end of the buffer"),
         ("overflow", "past the end", "out of bounds", "overwrite", "buffer", "stack",
          "memory corruption", "no bound", "length", "size of the destination")),
        ("harm", "Writing past the buffer corrupts memory: a crash or code an attacker chooses",
         ("crash", "segfault", "undefined behavior", "undefined behaviour", "exploit",
          "attacker", "return address", "code execution", "corrupt", "memory corruption",
          "overrun", "smash")),
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
          "re:(not|never) (checked|handled)",
          ("re:error (page|body|response)|as if (it )?(were|was|succeeded)|garbage|"
           "(doesn'?t|does not|never) notice|wrong (data|result|values?|rates?)|bad data|empty data|"
           "(treat|parse|use|read)\\w* .{0,40}\\bas (data|success|valid|if)"))),
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
          "re:O\\(n\\s*\\*\\s*m\\)",
          ("re:cxproduct|cxquadratic|\\bo\\(\\s*\\w+\\s*[*x·×]\\s*\\w+\\s*\\)|"
           "(scan|walk|search|look)\\w* (through )?(the )?(whole|entire|full)\\b.{0,60}"
           "\\b(each|every)\\b"))),
        ("fix", "Use a set or map for lookups, or a deque for the front of a queue",
         ("set", "dict", "map", "hash", "deque", "O(1)", "constant time",
          "re:new map|\\bmap\\(|map<|hashmap|dictionary|lookup table|index(ed)? by|keyed by")),
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
    # CWE-390: a `.catch` that only logs, then the item counted as done
    "js-failure-logged-then-counted": (
        ("value", ("A failed call is counted as done: the total reports work that never "
                   "happened, and the caller never learns of the failure (only a log line, "
                   "perhaps at debug level)"),
         ("counted", "reported as", "as if", "still adds", "overcount", "never learns",
          "never sees", "hidden", "silently", "only a log", "debug")),
        ("cause", ("The `.catch` callback only logs and resolves the promise with undefined, "
                   "so the statement after the await runs on both paths"),
         ("resolves", "undefined", "swallow", "both paths", "anyway", "regardless", "catch",
          "carries on", "continues")),
        ("fix", ("Count only after a success (inside `.then` or after a bare `await`), and "
                 "rethrow, stop or collect the failures to report them"),
         ("rethrow", "throw", "only after", "then(", "collect", "failed", "report", "retry",
          "try {")),
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
    # CWE-367/CWE-362, the general form: a guard on state that outlives the call, an await,
    # then the write the guard protected (JavaScript and Python alike)
    **dict.fromkeys(("js-guard-then-write-across-await", "py-guard-then-write-across-await"), (
        ("value", ("Two calls at the same time both pass the guard before either writes, so "
                   "both write: the seat is booked twice, the limit overrun, the record made "
                   "twice, or one update lost"),
         ("both pass", "both see", "both calls", "two calls", "twice", "double", "duplicate",
          "overrun", "exceed", "overwrite", "overwrites", "lost update", "lose", "both write",
          "both book", "both claim", "both get")),
        ("cause", ("The state is written only after the await; while the first call waits, "
                   "the event loop runs the second, which still finds the state as it was "
                   "when the first call tested it"),
         ("await", "after the await", "yields", "event loop", "interleav", "in between",
          "meanwhile", "while waiting", "suspend", "stale", "not yet", "check then act",
          "check-then-act", "race", "toctou", "time of check")),
        ("fix", ("Write the state before the await (reserve, and undo it if the awaited work "
                 "fails), test it again after the last await, or hold a lock around the "
                 "test and the write (`asyncio.Lock`, a mutex); in a store, one conditional "
                 "write (NX, a unique key, `UPDATE ... WHERE`) or a transaction"),
         ("before the await", "before await", "reserve", "write it first", "set it first",
          "undo", "roll back", "rollback", "check again", "re-check", "recheck", "test again",
          "lock", "mutex", "semaphore", "runexclusive", "transaction", "atomic",
          "conditional", "unique", "setnx", "update ... where")),
    )),
    # CWE-367 on a number: a field tested against a limit, an await, then the field changed
    "js-field-limit-checked-across-await": (
        ("value", ("Two calls at the same time both pass the test before either changes the "
                   "field, so the limit is overrun: more spent than is available, more jobs "
                   "running or seats taken than allowed, a count below zero"),
         ("both pass", "both see", "both calls", "two calls", "overrun", "exceed",
          "over the limit", "above the limit", "negative", "below zero", "overdraw",
          "oversell", "overbook", "too many", "twice", "double")),
        ("cause", ("The field changes only after the await; while the first call waits, the "
                   "event loop runs the second, which still sees the old value"),
         ("await", "after the await", "yields", "event loop", "interleav", "in between",
          "meanwhile", "while waiting", "old value", "stale", "not yet", "check then act",
          "check-then-act", "race", "toctou", "time of check")),
        ("fix", ("Change the field before the await (reserve first, give it back if the "
                 "awaited work fails), test again after the await, or serialise the calls "
                 "with a mutex or semaphore"),
         ("before the await", "before await", "reserve", "decrement first", "increment first",
          "subtract first", "roll back", "rollback", "give it back", "restore", "check again",
          "re-check", "recheck", "test again", "lock", "mutex", "semaphore", "runexclusive",
          "serialise", "serialize", "one at a time")),
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
    # CWE-770, CWE-401 (Java's java-cache-never-evicted, ported)
    "py-cache-never-evicted": (
        ("value", ("Memory grows with every distinct client or request value ever seen; a "
                   "long-running server fills its memory (MemoryError, the OOM killer) and "
                   "keeps stale values for ever"),
         ("grows", "memory", "memoryerror", "out of memory", "oom", "unbounded", "never shrinks",
          "leak", "stale", "forever", "for ever", "every user", "every request")),
        ("cause", "Entries are only added: nothing in the file removes, expires or caps them",
         ("never removed", "never evicted", "no eviction", "no limit", "no maximum", "no ttl",
          "no expiry", "only adds", "only added", "never cleared", "no bound", "no size")),
        ("fix", ("Bound it: `functools.lru_cache(maxsize=...)`, an OrderedDict popping the "
                 "oldest past a size, cachetools' LRUCache/TTLCache, or an external cache with "
                 "a time to live"),
         ("lru", "lru_cache", "maxsize", "cachetools", "ttl", "ordereddict", "popitem",
          "max size", "evict", "expire", "redis", "bound")),
    ),
    # OWASP Unvalidated Redirects and Forwards; CWE-601 (yaml rule py-redirect-to-request-value)
    "py-redirect-to-request-value": (
        ("value", ("A link such as `/login?next=https://evil.example` logs the user in and then "
                   "sends them to a look-alike site: phishing under this site's name"),
         ("evil", "phishing", "attacker", "another site", "other site", "external",
          "any site", "open redirect", "malicious", "look-alike", "https://")),
        ("cause", "The target comes from the request, which anyone can put in a link",
         ("from the query", "from the request", "client controls", "user-controlled",
          "user controlled", "anyone", "link", "untrusted", "not checked", "no check")),
        ("fix", ("Allow only paths on this site (Django's `url_has_allowed_host_and_scheme`, "
                 "or parse it and refuse a scheme, a host, `//` and a backslash), or choose "
                 "from an allow-list, or build it with `url_for`"),
         ("allow-list", "allowlist", "allow list", "whitelist", "relative", "same origin",
          "url_has_allowed_host_and_scheme", "urlparse", "netloc", "url_for", "only paths",
          "local path", "refuse //", "startswith('/')")),
    ),
    # pylogic's checks (server/examiner/analysis/pylogic.py), each from the source it names
    # the merge of sorted intervals keeps the larger end (CWE-682)
    "py-merge-keeps-later-end": (
        ("value", ("An item that lies inside the current block shortens it: (1, 10) then (2, 3) "
                   "gives (1, 3), and the time from 3 to 10 is lost"),
         ("(1, 3)", "shorten", "inside", "contained", "nested", "lost", "lose", "shrink",
          "earlier end", "smaller end", "drops", "missing")),
        ("cause", ("Sorting by start says nothing about the ends; the current item's end can be "
                   "before the block's"),
         ("sorted by start", "not sorted by end", "end can be", "earlier", "smaller", "before",
          "contain", "not necessarily")),
        ("fix", "Keep the larger of the two ends: `end = max(end, item_end)`",
         ("max(", "max ", "larger", "greater", "maximum", "whichever is later", "the later")),
    ),
    # CWE-22; OWASP Path Traversal: one validation on every path that builds the name
    "py-sibling-skips-sanitiser": (
        ("value", ("A name with `../` (or an absolute path) reaches a file outside the folder: "
                   "`../../etc/passwd` is read or written"),
         ("../", "..", "traversal", "absolute", "/etc", "outside", "escape", "any file",
          "arbitrary")),
        ("cause", ("This method joins the caller's name as it came, while its sibling cleans it "
                   "first; the check lives in one method, not where the path is built"),
         ("sanitis", "sanitiz", "clean", "not called", "skips", "without", "only in", "sibling",
          "other method", "same check", "as given", "inconsistent")),
        ("fix", ("Build every path through one helper that cleans the name and checks the "
                 "result stays inside the folder (`realpath` + `commonpath`, `is_relative_to`)"),
         ("helper", "one place", "same function", "realpath", "resolve", "commonpath",
          "is_relative_to", "basename", "secure_filename", "reuse", "call it")),
    ),
    # CWE-682: a running minimum needs a seed no value is below
    "py-min-seeded-with-zero": (
        ("value", "For positive values nothing is below 0, so it returns 0, not the minimum",
         ("returns 0", "return 0", "zero", "always 0", "never replaced", "never updated",
          "never smaller", "stays 0")),
        ("cause", "0 is not one of the values; the seed must be a value or above them all",
         ("seed", "initial", "start", "starting value", "not in the data", "not one of")),
        ("fix", ("Seed with the first item (or `math.inf`), or use `min(...)` with a `default` "
                 "for the empty case"),
         ("first item", "first element", "[0]", "inf", "min(", "none", "default=")),
    ),
    # CWE-193, off-by-one: range's stop is already exclusive
    "py-range-len-minus-one": (
        ("value", "The last item is never visited: for three items the loop sees 0 and 1 only",
         ("last", "skips", "misses", "never", "two", "0 and 1", "off by one", "off-by-one")),
        ("cause", "`range(n)` already stops before n; `- 1` takes one more away",
         ("exclusive", "stops before", "already", "minus one", "- 1", "len - 1", "excludes")),
        ("fix", "Loop over the items themselves (`for x in xs`) or `range(len(xs))`",
         ("for x in", "for item in", "range(len(", "enumerate", "directly", "remove the - 1",
          "drop the - 1", "without the")),
    ),
    # the datetime docs: a naive datetime is taken as local time by timestamp()
    "py-naive-utc-timestamp": (
        ("value", ("The epoch seconds are off by the machine's UTC offset: on a server in New "
                   "York a token expiring in an hour is stamped five hours later (or earlier)"),
         ("offset", "hours", "local time", "timezone", "time zone", "wrong time", "shifted",
          "off by")),
        ("cause", ("`utcnow()` gives a naive datetime, and `.timestamp()` assumes a naive "
                   "datetime is in the machine's local time"),
         ("naive", "local", "no tzinfo", "no time zone", "assumes", "tzinfo")),
        ("fix", "Use an aware time, `datetime.now(timezone.utc)`, or `time.time()`",
         ("now(timezone.utc)", "timezone.utc", "aware", "time.time()", "tz=", "tzinfo=")),
    ),
    # CWE-193, off-by-one: n items hold n - w + 1 windows of width w
    "py-window-range-drops-last": (
        ("value", ("The last window is never taken: 4 items and a width of 2 give 2 windows "
                   "instead of 3, and a list exactly one window long gives none"),
         ("last window", "last", "misses", "one fewer", "none", "empty", "off by one",
          "off-by-one", "never")),
        ("cause", ("The last window starts at `len - w`, and `range` stops before its bound, so "
                   "the bound must be `len - w + 1`"),
         ("exclusive", "stops before", "len - w", "starts at", "n - w + 1", "+ 1", "bound")),
        ("fix", "Loop over `range(len(xs) - w + 1)`",
         ("+ 1", "+1", "len(xs) - w + 1", "n - w + 1", "one more")),
    ),
    # the datetime docs: 1 <= month <= 12, and the day must exist in the month
    "py-month-plus-one": (
        ("value", ("December gives month 13 and 31 January gives 31 February: both raise "
                   "ValueError"),
         ("13", "valueerror", "raises", "error", "crash", "february", "30", "31", "invalid",
          "out of range")),
        ("cause", "`replace` checks the fields; nothing rolls the year over or clamps the day",
         ("year", "roll", "wrap", "december", "day", "shorter", "clamp", "days in")),
        ("fix", ("Roll the year over (`divmod(month, 12)`) and clamp the day to the month's "
                 "length (`calendar.monthrange`), or use `dateutil.relativedelta(months=1)`"),
         ("relativedelta", "monthrange", "divmod", "% 12", "min(", "clamp", "year + 1",
          "last day")),
    ),
    # the str.split docs (maxsplit) and str.partition
    "py-split-unpacked-unlimited": (
        ("value", ("A value containing the separator (`token=abc==`) splits into more than two "
                   "pieces, and the unpacking raises ValueError"),
         ("valueerror", "too many values", "raises", "error", "crash", "more than two",
          "three", "fails")),
        ("cause", "`split` with no limit splits at every separator, not the first",
         ("every", "all", "each", "maxsplit", "no limit", "multiple")),
        ("fix", "Split once: `split('=', 1)` or `partition('=')`",
         ("maxsplit", ", 1)", "partition", "split once", "first")),
    ),
    # CWE-362/CWE-367; Redis INCR and WATCH/MULTI, Django's cache.incr
    "py-store-read-then-written": (
        ("value", ("Two workers read the same value and both write value + 1: one update is "
                   "lost (and a limit can be passed)"),
         ("lost update", "lose", "lost", "both read", "same value", "overwrite", "race",
          "over the limit", "double")),
        ("cause", "The read and the write are separate round trips with nothing between them",
         ("separate", "two steps", "not atomic", "between", "interleav", "another worker",
          "another process", "concurrent")),
        ("fix", ("Make it one atomic step: `INCR`/`incr`, a Lua script, WATCH/MULTI, or a "
                 "transaction with a row lock"),
         ("incr", "atomic", "lua", "watch", "multi", "transaction", "lock", "compare-and")),
    ),
    # CWE-532; OWASP Logging Cheat Sheet
    "py-secret-logged": (
        ("value", ("Anyone who can read the logs (operators, a log service, a backup) gets the "
                   "credential and can use it"),
         ("anyone", "logs", "log file", "operator", "support", "leak", "exposed", "plain text",
          "plaintext", "reuse")),
        ("cause", "Logs are kept, copied and shipped with far less protection than secrets",
         ("kept", "retained", "shipped", "aggregat", "less protect", "not secret", "stored")),
        ("fix", "Leave the secret out (log the user or a masked or hashed id instead)",
         ("remove", "don't log", "do not log", "mask", "redact", "omit", "leave out", "hash",
          "last four")),
    ),
    # CWE-367: time-of-check to time-of-use on the file system; open mode "x", O_EXCL
    "py-exists-then-write": (
        ("value", ("Both processes see no file, both open it for writing, and one overwrites "
                   "the other: the check does not keep it exclusive"),
         ("both", "overwrite", "two processes", "race", "lost", "same time", "clobber")),
        ("cause", "The test and the open are two system calls; the file can appear in between",
         ("between", "toctou", "time of check", "two steps", "separate", "not atomic")),
        ("fix", "Let the open itself refuse: mode `'x'` or `os.O_CREAT | os.O_EXCL`",
         ("'x'", '"x"', "mode x", "o_excl", "exclusive", "fileexistserror", "atomic")),
    ),
    # CWE-193: a 1-based page needs (page - 1) * size
    "py-one-based-page-offset": (
        ("value", "Page 1 starts at item `size`, so the first page of items is never returned",
         ("skips", "first page", "never", "second page", "items 20", "starts at", "misses",
          "off by one")),
        ("cause", "The page counts from 1 but the offset counts from 0",
         ("1-based", "one-based", "counts from 1", "0-based", "zero-based", "starts at 1")),
        ("fix", "Offset by `(page - 1) * size` (and reject page < 1)",
         ("page - 1", "(page-1)", "- 1)", "minus one", "subtract")),
    ),
    # CWE-942; the Fetch standard and MDN CORS (credentials with a reflected origin)
    "py-cors-any-origin-credentials": (
        ("value", ("Any site the user visits can send requests with their cookies and read the "
                   "answers: their data, as them"),
         ("any site", "any origin", "malicious site", "another site", "cookies", "read the",
          "their data", "as the user", "csrf")),
        ("cause", ("With credentials allowed the origin is echoed back rather than `*`, so "
                   "every origin is trusted"),
         ("echo", "reflect", "every origin", "all origins", "wildcard", "*", "credentials")),
        ("fix", "List the exact origins that may send credentials",
         ("allow list", "allowlist", "list the", "specific origin", "exact origin", "whitelist",
          "only our", "explicit")),
    ),
    # the statistics docs: the median is the middle of the sorted data
    "py-median-of-unsorted": (
        ("value", ("The middle of unsorted data is whatever happens to sit there: [9, 1, 5] "
                   "gives 1, not 5"),
         ("wrong", "not the median", "whatever", "arbitrary", "position", "insertion order",
          "gives 1", "random")),
        ("cause", "A median is the middle of the data in order; nothing here sorts it",
         ("sort", "order", "unsorted", "not sorted")),
        ("fix", "Sort first (`sorted(values)`) or use `statistics.median`",
         ("sorted(", ".sort(", "statistics.median", "sort it", "sort first", "median(")),
    ),
    # PyJWT docs (verify_signature), RFC 8725, CWE-347
    "py-jwt-unverified": (
        ("value", ("Anyone can write a token with any claims (another user's id, an admin "
                   "role) and it is accepted"),
         ("forge", "any claims", "make their own", "fake", "another user", "admin", "anyone",
          "tamper", "change the")),
        ("cause", "With the signature unchecked nothing ties the token to the server's key",
         ("signature", "not verified", "unverified", "no check", "key", "signed")),
        ("fix", "Verify it: `jwt.decode(token, key, algorithms=[\"HS256\"])` and check `exp`",
         ("verify", "algorithms=", "secret", "key", "public key", "hs256", "rs256")),
    ),
    # CWE-833, CERT LCK07-J (round post-pyjs)
    "py-locks-in-both-orders": (
        ("value", "Each thread can hold one lock and wait for the other for ever: both hang",
         ("deadlock", "hang", "for ever", "forever", "wait", "stuck", "block")),
        ("cause", "The two methods take the same two locks in opposite orders",
         ("order", "opposite", "reverse", "other order", "both orders", "inversion")),
        ("fix", "Take the locks in one fixed order everywhere, or use one lock for both",
         ("same order", "one order", "fixed order", "single lock", "one lock", "consistent")),
    ),
    # bandit B103, CWE-732
    "py-world-writable-chmod": (
        ("value", ("Every user on the machine can change or replace the file (and any process "
                   "running as them)"),
         ("any user", "every user", "everyone", "other users", "anyone", "world", "modify",
          "tamper", "replace")),
        ("cause", "The last digit grants write to others; nothing needs that",
         ("others", "world", "777", "666", "write bit", "permission")),
        ("fix", "Give only the owner write: 0o600/0o644 files, 0o700/0o755 directories",
         ("600", "640", "644", "700", "750", "755", "owner only", "least privilege")),
    ),
    # OWASP ReDoS, CWE-1333, CWE-625
    "py-regex-from-request": (
        ("value", ("A pattern like `(a+)+$` backtracks for minutes and holds a worker; `.*` "
                   "matches everything"),
         ("redos", "backtrack", "catastrophic", "hang", "stall", "cpu", "denial", "(a+)+",
          ".*", "matches everything")),
        ("cause", "The client's text is read as a pattern, with its metacharacters live",
         ("pattern", "metacharacter", "special character", "regex", "interpreted")),
        ("fix", "Escape it (`re.escape`) or search for it as plain text (`in`, `str.find`)",
         ("re.escape", "escape", " in ", "find(", "plain text", "literal", "casefold")),
    ),
    # the datetime docs: compare dates (`a.date() == b.date()`), not one field
    "py-same-day-by-day-field": (
        ("value", "3 March and 3 April (or 3 March next year) count as the same day",
         ("different month", "another month", "next month", "march", "april", "other month",
          "different year", "a month apart")),
        ("cause", "`.day` is the day of the month only; the month and year are ignored",
         ("day of the month", "month", "year", "ignores", "only the day")),
        ("fix", "Compare whole dates: `a.date() == b.date()` (in one time zone)",
         (".date()", "date()", "whole date", "month and year", "year, month", "toordinal")),
    ),
    # the calendar docs: monthrange "returns weekday of first day of the month and number of
    # days in month"
    "py-monthrange-first-as-length": (
        ("value", ("For a month starting on a Monday it gives 0 (a division by zero), otherwise "
                   "a number from 1 to 6, never 28 to 31"),
         ("0", "zero", "monday", "division", "0 to 6", "1 to 6", "weekday", "day of the week",
          "wrong number")),
        ("cause", "The first item is the weekday of the 1st; the number of days is the second",
         ("weekday", "day of the week", "first day", "second item", "second element", "[1]",
          "tuple")),
        ("fix", "Take `monthrange(y, m)[1]` (or unpack `_, days = monthrange(y, m)`)",
         ("[1]", "_, days", "second", "index 1")),
    ),
    # a token bucket keeps fractional tokens, or moves its clock only by what it paid out
    "py-refill-drops-fraction": (
        ("value", ("A client calling more often than one token's worth of time gets 0 each call "
                   "and never refills: the limit is far stricter than configured"),
         ("never", "zero", "0 tokens", "starve", "no tokens", "never refill", "stricter",
          "locked out", "rate limited forever", "always denied")),
        ("cause", ("The fraction of the elapsed time is thrown away by the truncation while the "
                   "timestamp still moves to now, so that time is lost"),
         ("fraction", "truncat", "int(", "round down", "floor", "lost", "discard", "thrown away",
          "timestamp", "moved to now")),
        ("fix", ("Keep fractional tokens (a float), or advance the timestamp only by the time "
                 "the whole tokens account for"),
         ("float", "fractional", "last +=", "advance", "only by", "keep the remainder",
          "remainder", "only when")),
    ),
    # CWE-835; retries need a cap: a count of attempts or a deadline, then the failure raised
    "py-retry-forever": (
        ("value", ("When the call keeps failing the loop never ends: the caller hangs and the "
                   "failure is never reported or raised"),
         ("forever", "never ends", "infinite", "hang", "blocks", "never returns", "stuck",
          "never reported", "never raised", "silently")),
        ("cause", ("The `except` only records the failure and goes round again; nothing counts "
                   "the attempts or checks a deadline"),
         ("no limit", "no maximum", "no cap", "no deadline", "unbounded", "while true",
          "counter", "attempts", "no timeout")),
        ("fix", ("Cap the retries (a number of attempts or a deadline), with backoff, then raise "
                 "or report the last error"),
         ("max", "limit", "attempts", "deadline", "give up", "raise", "backoff", "for _ in range",
          "tenacity", "retry library")),
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
    # CWE-193 (off-by-one): "at least n" includes n; a strict comparison leaves it out
    "doc-at-least-compared-strictly": (
        ("value", ("A value exactly equal to the bound is left out, though the comment says it "
                   "qualifies: the two disagree at that one value"),
         ("equal", "exactly", "boundary", "edge", "off by one", "off-by-one", "left out",
          "excluded", "excludes", "dropped", "not included", "rejected", "misses")),
        ("cause", ("\"At least\" is inclusive, so the comparison needs `>=` (or `<` to turn a value "
                   "away); `>` and `<=` are strict the wrong way"),
         ("inclusive", "strict", ">=", "<=", "greater than or equal", "at least", "strictly",
          "or equal")),
        ("fix", "Make the comparison inclusive, or correct the comment if strict is meant",
         ("change", "use >=", ">=", "fix the comment", "update the comment", "inclusive",
          "or equal", "instead")),
    ),
    # Go spec, JLS 15.17.2, the Rust reference, C11 6.5.5: integer division truncates toward
    # zero; CERT FLP06-C, SpotBugs ICAST_IDIV_CAST_TO_DOUBLE, Clippy integer_division, CWE-682
    **dict.fromkeys(("go-integer-ratio", "java-integer-ratio", "rust-integer-ratio",
                     "c-integer-ratio"), (
        ("value", ("Whenever the first is smaller than the second the quotient is 0, so 1 and 3 "
                   "give 0 instead of 33 (or 0.33, or a third of the bar's width); otherwise "
                   "the fraction is lost, so a progress reads 0 until it jumps to the whole"),
         ("zero", "is 0", "gives 0", "returns 0", "be 0", "0%", "always 0", "fraction",
          "decimal", "truncat", "rounds down", "round down", "whole number", "floor",
          "cut off", "loses", "lost", "precision")),
        ("cause", ("Both operands are integers, so `/` is integer division: it cuts toward zero "
                   "before the multiplication or the conversion to a float happens"),
         ("integer division", "integers", "int", "both int", "truncat", "toward zero",
          "divides first", "division first", "before multiplying", "before the multiplication",
          "before converting", "before the conversion", "whole number", "discard", "too late")),
        ("fix", ("Convert to floating point before dividing (`float64(a) / float64(b) * 100`, "
                 "`(double) a / b`, `a as f64 / b as f64`), or multiply first (`100 * a / b`, "
                 "`done * width / total`)"),
         ("float", "double", "f64", "cast", "convert", "multiply first", "100 *", "* width",
          "multiply before", "multiplying first",
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
    # the sqlite3 docs: the connection's context manager does not close it
    "py-sqlite-with-never-closes": (
        ("value", ("The connection, and the database file handle under it, stays open after the "
                   "block until garbage collection: in a loop over many files the handles pile "
                   "up (too many open files, a locked database on some systems)"),
         ("still open", "stays open", "left open", "never closed", "not closed", "file handle",
          "handles", "leak", "too many open files", "locked")),
        ("cause", ("sqlite3's `with` only commits (or rolls back) the transaction; it does not "
                   "call `close()`, unlike a file's"),
         ("only commits", "commit", "rolls back", "transaction", "does not close",
          "doesn't close", "not close")),
        ("fix", ("Close it: `with contextlib.closing(sqlite3.connect(p)) as conn, conn:`, or "
                 "`try`/`finally: conn.close()`"),
         ("closing(", "contextlib.closing", "close()", "finally", "conn.close")),
    ),
    # C++ Core Guidelines R.1 (RAII), E.6 (use RAII to prevent leaks)
    "cpp-raw-handle-across-throw": (
        ("value", ("When the code between opening and releasing throws, the release call at the "
                   "end never runs: the FILE*, descriptor or buffer leaks, and enough such "
                   "errors run the process out of file descriptors or memory"),
         ("leak", "never closed", "not closed", "never released", "not released", "never freed",
          "fclose never", "close never", "skipped", "file descriptor", "descriptors",
          "too many open files", "stays open")),
        ("cause", ("An exception (the throw, std::stoi on bad input, .at(), new, a helper that "
                   "throws) unwinds past the plain release call; a raw handle has no destructor "
                   "to release it"),
         ("exception", "throw", "throws", "unwind", "stoi", "no destructor", "raw pointer",
          "raw handle", "jumps past", "skips")),
        ("fix", ("Hold it in an RAII owner: `std::unique_ptr<FILE, decltype(&fclose)>` (or "
                 "std::ifstream, std::vector for a buffer), or a scope guard, so every exit "
                 "releases it; or catch, release and rethrow"),
         ("raii", "unique_ptr", "ifstream", "fstream", "destructor", "scope guard", "guard",
          "wrapper", "rethrow", "catch", "vector")),
    ),
    # C++ Core Guidelines CP.42; cppreference, condition_variable::wait (spurious wakeups)
    "cpp-wait-under-if": (
        ("value", ("The thread can wake with the condition still false (a spurious wakeup, or "
                   "another consumer took the item first) and then reads from an empty queue: "
                   "undefined behaviour, a crash"),
         ("spurious", "wakes up", "woken", "still empty", "empty", "another thread",
          "another consumer", "took it", "front()", "undefined", "crash")),
        ("cause", ("`wait` may return without a notify, and a notify does not reserve the "
                   "item: the condition is tested only once, before the wait"),
         ("spurious", "without a notify", "no guarantee", "tested once", "checked once",
          "only once", "not re-checked", "not rechecked")),
        ("fix", ("Wait in a loop, `while (q_.empty()) cv_.wait(lk);`, or give the condition as "
                 "a predicate: `cv_.wait(lk, [&] { return !q_.empty(); })`"),
         ("while", "loop", "predicate", "lambda", "wait(lk, [")),
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
    # OWASP "Regular expression Denial of Service", CWE-1333
    "py-regex-nested-quantifier": (
        ("value", ("A string that almost matches (many matching characters, then one that "
                   "cannot match) makes the engine try every way of splitting it between the "
                   "group's iterations: exponential time, so one input blocks the server"),
         ("exponential", "2^n", "2**n", "backtrack", "catastrophic", "redos", "hang", "hangs",
          "seconds", "minutes", "forever", "blocks", "freez", "stall", "denial of service")),
        ("cause", ("The repeated group holds a quantifier that can match the same characters "
                   "the repetition itself matches, so the text splits in many ways"),
         ("nested", "quantifier", "inside", "same characters", "optional", "ambiguous",
          "many ways", "split", "overlap", "+)+", "*)*", "+)*")),
        ("fix", ("Write each character so it can match only one way (`^\\w+(\\s\\w+)*$`), "
                 "bound the length first, or use a non-backtracking engine"),
         ("re2", "rust regex", "linear", "possessive", "atomic", "unambiguous", "limit the length",
          "max length", "length check", "cap", "bound", "rewrite", "one way", "required",
          "(\\s\\w+)*", "timeout")),
    ),
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
    # rules-jsts: OWASP A01 and CWE-639/807; the request's values are the client's to choose
    "js-authz-from-request-value": (
        ("value", ("Anyone can pass: the client just sends the owner's id, `admin=true` or the "
                   "role header the check wants, and acts on someone else's data"),
         ("anyone", "any user", "any client", "attacker", "just send", "set it", "sets it",
          "spoof", "forge", "fake", "pretend", "impersonat", "someone else", "other user",
          "another user", "admin=true", "bypass", "escalat")),
        ("cause", ("The query, body, headers and cookies are written by the client; only the "
                   "session or a verified token says who the caller is"),
         ("client controls", "client-controlled", "user-controlled", "user controlled",
          "comes from the client", "from the request", "untrusted", "not verified",
          "unverified", "not authenticated", "can be changed", "can set", "trust")),
        ("fix", ("Decide from the authenticated identity: compare the owner with `req.user.id` "
                 "(or the session's user), read the role from `req.user`/the verified token, "
                 "never from the request's fields"),
         ("req.user", "session", "verified token", "jwt", "authenticated user", "logged-in",
          "logged in", "server side", "server-side", "from the token", "middleware")),
    ),
    # OWASP Mass Assignment Cheat Sheet; CWE-915
    "js-mass-assignment-from-body": (
        ("value", ("A client adds fields the form never shows (`role: 'admin'`, `isAdmin: true`, "
                   "`ownerId`, `credits`) and they are saved: privilege escalation or someone "
                   "else's record"),
         ("role", "admin", "isadmin", "owner", "credits", "balance", "price", "extra field",
          "any field", "other field", "privilege", "escalat", "overwrite", "id")),
        ("cause", ("Every key of the body is copied, not only the ones the endpoint means to "
                   "change; the body is whatever the client sends"),
         ("every key", "every field", "all fields", "all keys", "whole body", "entire body",
          "whatever", "not filtered", "no allow", "no whitelist", "mass assignment",
          "client controls", "unvalidated")),
        ("fix", ("Copy only allowed fields (pick them by name or from an allow-list), or "
                 "validate the body with a schema that strips unknown keys"),
         ("allow-list", "allowlist", "allow list", "whitelist", "pick", "only the fields",
          "explicit", "by name", "destructur", "schema", "zod", "joi", "validate", "strip",
          "dto")),
    ),
    # MDN, Date() and Date.UTC(): monthIndex counts from 0
    "js-date-one-based-month": (
        ("value", ("The date lands one month late: '2024-03-15' becomes April 15, and month 12 "
                   "rolls over into January of the next year (day 31 of a 30-day month spills "
                   "further)"),
         ("april", "one month late", "a month late", "next month", "month after",
          "off by one", "off-by-one", "wrong month", "january of the next", "next year",
          "rolls over", "overflow", "+1 month", "one month ahead")),
        ("cause", ("Date counts months from 0 (January is 0, December 11), while the parsed or "
                   "checked month counts from 1"),
         ("0-based", "zero-based", "zero based", "0 based", "starts at 0", "starts from 0",
          "january is 0", "index", "1-based", "one-based", "from 0", "from zero")),
        ("fix", "Pass `month - 1` (and keep 1-based months only for display)",
         ("month - 1", "month-1", "m - 1", "m-1", "minus one", "subtract 1", "subtract one",
          "- 1")),
    ),
    # Fowler, PoEAA, Money.allocate; the largest-remainder method
    "js-rounded-shares-miss-total": (
        ("value", ("The parts do not add up to the total: 100 split three ways is 33 + 33 + 33 "
                   "= 99 (a cent lost), and with rounding 200 three ways is 67 * 3 = 201 (a cent "
                   "made up)"),
         ("99", "201", "lost", "missing", "extra", "too much", "too little", "doesn't add up",
          "does not add up", "don't add up", "do not add up", "not equal", "off by",
          "a cent", "one cent", "penny")),
        ("cause", ("Each share is rounded on its own; the rounding errors add up instead of "
                   "cancelling, and nothing hands the remainder to anyone"),
         ("rounded separately", "each share", "each part", "rounding error", "remainder",
          "independently", "on its own", "individually", "not divisible", "leftover")),
        ("fix", ("Give the remainder out: floor each share and add one cent to the first "
                 "`total % n` shares (the largest-remainder method), or give the last share "
                 "`total - sum of the others`"),
         ("remainder", "%", "leftover", "last share", "last person", "distribute",
          "largest remainder", "floor", "total -", "the rest", "allocate")),
    ),
    # Node.js docs, tls.connect rejectUnauthorized; CWE-295
    "js-tls-verification-disabled": (
        ("value", ("Anyone on the network path (a proxy, public Wi-Fi, DNS spoofing) can answer "
                   "with their own certificate, read the traffic and change the responses"),
         ("man in the middle", "man-in-the-middle", "mitm", "intercept", "eavesdrop",
          "impersonat", "spoof", "anyone", "attacker", "read the traffic", "tamper",
          "fake server", "any certificate", "self-signed")),
        ("cause", ("With verification off, any certificate is accepted, so TLS still encrypts "
                   "but no longer proves who the server is"),
         ("any certificate", "not verified", "no verification", "doesn't check",
          "does not check", "identity", "who the server is", "trust", "chain")),
        ("fix", ("Keep verification on; for a private CA pass its certificate with `ca` (or "
                 "NODE_EXTRA_CA_CERTS); pin the certificate if needed"),
         ("ca:", "ca option", "extra_ca", "node_extra_ca_certs", "private ca", "own ca",
          "rejectunauthorized: true", "remove", "turn it back on", "pin", "proper certificate",
          "valid certificate")),
    ),
    # OWASP SSRF Prevention Cheat Sheet; CWE-918
    "js-ssrf-request-url": (
        ("value", ("A client makes the server call what only it can reach: "
                   "`http://169.254.169.254/` (cloud credentials), `http://localhost:6379`, "
                   "internal admin pages, and reads the answer"),
         ("169.254", "metadata", "localhost", "127.0.0.1", "internal", "intranet",
          "private network", "admin", "ssrf", "server-side request forgery", "cloud",
          "credentials", "port scan")),
        ("cause", ("The URL is the client's choice and the request goes out from inside the "
                   "network with the server's access; a scheme check does not limit the host"),
         ("any url", "client controls", "user-controlled", "user controlled", "from inside",
          "server's network", "behind the firewall", "trusted network", "no check on the host",
          "any host", "redirect")),
        ("fix", ("Parse it and allow only known hosts (an allow-list on `new URL(u).hostname`), "
                 "refuse private and loopback addresses after DNS resolution, don't follow "
                 "redirects blindly"),
         ("allow-list", "allowlist", "allow list", "whitelist", "hostname", "known hosts",
          "private address", "private ip", "loopback", "resolve", "dns", "block",
          "redirect: 'manual'", "proxy")),
    ),
    # OWASP ReDoS; CWE-1333/CWE-625
    "js-regex-from-request": (
        ("value", ("A pattern such as `(a+)+$` backtracks for seconds or minutes on a short "
                   "input and blocks the whole event loop (denial of service); `.*` matches "
                   "everything, and a bad pattern throws a SyntaxError"),
         ("redos", "backtrack", "catastrophic", "denial of service", "dos", "hang", "freeze",
          "block", "event loop", "slow", "cpu", "(a+)+", ".*", "syntaxerror", "throws",
          "crash", "everything")),
        ("cause", ("The text is compiled as a regular expression, so its metacharacters are "
                   "operators the client controls"),
         ("metacharacter", "special character", "interpreted", "as a pattern", "as regex",
          "not escaped", "unescaped", "client controls", "user input")),
        ("fix", ("Escape it before building the pattern (`s.replace(/[.*+?^${}()|[\\]\\\\]/g, "
                 "'\\\\$&')`), or search with `includes`/`indexOf` instead"),
         ("escape", "includes", "indexof", "literal", "plain string", "lodash", "re2",
          "limit the length")),
    ),
    # OWASP Unvalidated Redirects and Forwards; CWE-601
    "js-redirect-to-request-value": (
        ("value", ("A link such as `/login?next=https://evil.example` logs the user in and then "
                   "sends them to a look-alike site: phishing under this site's name"),
         ("evil", "phishing", "attacker", "another site", "other site", "external",
          "any site", "open redirect", "malicious", "look-alike", "https://")),
        ("cause", "The target comes from the query or body, which anyone can put in a link",
         ("from the query", "from the request", "client controls", "user-controlled",
          "user controlled", "anyone", "link", "untrusted", "not checked", "no check")),
        ("fix", ("Allow only paths on this site (parse with `new URL(next, origin)` and "
                 "compare the origin, refuse `//`) or choose from an allow-list"),
         ("allow-list", "allowlist", "allow list", "whitelist", "relative", "same origin",
          "origin", "new url", "startswith('/')", "only paths", "local path", "refuse //")),
    ),
    # jsonwebtoken README (decode does not verify); CWE-347
    "js-jwt-decoded-not-verified": (
        ("value", ("Anyone can write a token with any `sub` and `role` (base64 of their own "
                   "JSON) and be accepted as that user, admin included"),
         ("anyone", "forge", "fake", "make up", "craft", "any user", "admin", "impersonat",
          "edit the payload", "change the payload", "base64", "no signature", "alg none")),
        ("cause", ("`jwt.decode` only base64-decodes the payload; it never checks the "
                   "signature (nor the expiry)"),
         ("signature", "not verified", "doesn't verify", "does not verify", "no verification",
          "only decodes", "just decodes", "base64", "expiry", "exp")),
        ("fix", "Use `jwt.verify(token, key, { algorithms: [...] })` and reject the request if it throws",
         ("jwt.verify", "verify(", "verify", "secret", "public key", "algorithms")),
    ),
    # OWASP Password Storage Cheat Sheet; CWE-916/CWE-759
    "js-password-fast-hash": (
        ("value", ("Whoever gets the table recovers most passwords: identical passwords share "
                   "a hash, precomputed tables reverse common ones, and a GPU tries billions of "
                   "guesses a second"),
         ("rainbow", "precomputed", "lookup table", "brute force", "brute-force", "gpu",
          "billions", "crack", "dictionary", "same hash", "identical", "reverse")),
        ("cause", ("SHA-256 and MD5 are built to be fast and this one has no salt, so each "
                   "guess costs almost nothing and one guess tests every account"),
         ("fast", "no salt", "unsalted", "salt", "cheap", "quick", "general-purpose",
          "not designed for passwords", "work factor", "iterations")),
        ("fix", ("Use a password hash with a per-user salt and a work factor: `crypto.scrypt`, "
                 "argon2 or bcrypt (PBKDF2 with many iterations at least)"),
         ("scrypt", "bcrypt", "argon2", "pbkdf2", "salt", "work factor", "cost factor",
          "key derivation", "kdf")),
    ),
    # MDN, for...in: array keys are strings
    "js-for-in-index-used-as-number": (
        ("value", ("The key is the string '0', so `i + 1` is '01' (text, not 1) and `i === 0` "
                   "is never true: the next element is looked up under a key that does not "
                   "exist and comes back undefined"),
         ("'01'", "01", "string", "concatenat", "undefined", "never true", "text",
          "joined", "not 1", "wrong element")),
        ("cause", ("for...in walks an object's enumerable property names, and an array's "
                   "indexes are property names, which are strings (it also visits any other "
                   "enumerable property)"),
         ("property name", "keys are strings", "string key", "enumerable", "property",
          "for...in", "for in", "inherited", "prototype")),
        ("fix", ("Use for...of with `entries()`, a counted `for (let i = 0; ...)` loop, or "
                 "`Number(i)`"),
         ("for...of", "for of", "entries", "let i = 0", "counted loop", "classic for",
          "number(i)", "foreach", "index as a number", "parseint")),
    ),
    # MDN, Array.prototype.fill: an object fill value is one object in every slot
    "js-array-filled-with-one-object": (
        ("value", ("Every slot is the same object: a push into `grid[0]` shows in every row, "
                   "an item added to one bucket is in all of them"),
         ("every row", "all rows", "every slot", "all slots", "all of them", "every element",
          "all elements", "same array", "same object", "shows up everywhere", "each row",
          "everywhere", "all buckets")),
        ("cause", ("`fill` evaluates its argument once and stores that one reference in each "
                   "slot; it does not make a copy per slot"),
         ("once", "one reference", "same reference", "shared", "reference", "not copied",
          "not a copy", "alias", "single object", "one object")),
        ("fix", ("Make one per slot: `Array.from({ length: n }, () => [])`, or "
                 "`Array(n).fill(null).map(() => ({ ... }))`"),
         ("array.from", "map(", "map", "per slot", "new array each", "factory", "for loop",
          "each its own", "callback")),
    ),
    # MDN, parseInt/Number: text that is no number gives NaN, which spreads through arithmetic
    "js-request-number-nan-unchecked": (
        ("value", ("A missing or non-numeric parameter (`?page=abc`, no `page`) gives NaN, and "
                   "NaN flows on: the offset is NaN, the query fails or returns nothing, or the "
                   "response shows NaN"),
         ("nan", "not a number", "missing", "undefined", "abc", "garbage", "error",
          "breaks", "fails", "invalid")),
        ("cause", ("parseInt/Number return NaN instead of throwing; arithmetic with NaN gives "
                   "NaN and every comparison with it is false, so range checks let it through"),
         ("returns nan", "doesn't throw", "does not throw", "no error", "silently",
          "propagat", "spreads", "comparison", "false", "no check", "not checked")),
        ("fix", ("Check it (`Number.isInteger(page) && page >= 1`) and answer 400, or fall "
                 "back to a default (`|| 1`), or validate the query with a schema"),
         ("isnan", "isinteger", "isfinite", "number.is", "400", "bad request", "default",
          "|| 1", "?? 1", "validate", "schema", "zod", "joi", "reject")),
    ),
    # async-mutex docs (release in finally); CWE-667
    "js-lock-released-outside-finally": (
        ("value", ("If anything between acquire and release throws (the insufficient-funds "
                   "error, a failed await), the lock is never released and every later caller "
                   "waits for ever: the service hangs"),
         ("never released", "not released", "stays locked", "held forever", "deadlock",
          "hang", "hangs", "waits forever", "wait forever", "blocked", "stuck", "starv",
          "every later", "no one else")),
        ("cause", ("The release is an ordinary statement after the work, so a throw or a "
                   "rejected await jumps past it"),
         ("throw", "exception", "reject", "error path", "skipped", "jumps past",
          "never reached", "not reached", "early exit", "no finally")),
        ("fix", ("Release in `finally` (`try { ... } finally { release(); }`), or use the "
                 "library's `runExclusive`"),
         ("finally", "try/finally", "runexclusive", "always release", "every path")),
    ),
    # eslint no-await-in-loop; the N+1 query problem
    **dict.fromkeys(("js-query-awaited-per-item", "js-query-method-awaited-per-item"), (
        ("value", ("1,000 items make 1,000 (plus one) queries, one after another: the time "
                   "grows with the list times the round-trip latency, and the database carries "
                   "the load"),
         ("1000", "1,000", "n+1", "n + 1", "one query per", "a query per", "per item",
          "per row", "round trip", "latency", "slow", "sequential", "one after another",
          "load on the database")),
        ("cause", ("Each await waits for its own round trip before the loop moves on, and the "
                   "same read is repeated for every key instead of once for all"),
         ("await in a loop", "await inside", "waits", "sequential", "one at a time",
          "serial", "round trip", "each item", "every item", "repeated")),
        ("fix", ("Fetch them together: one query with all the keys (`WHERE id = ANY($1)`, "
                 "`$in`, a join), a batching loader (DataLoader), or at least Promise.all"),
         ("in (", "any(", "$in", "join", "batch", "dataloader", "one query", "single query",
          "all the ids", "promise.all", "bulk", "include", "prefetch")),
    )),
    # OWASP A01; CWE-524
    "js-cache-key-omits-tenant": (
        ("value", ("The second tenant or user who asks with the same other arguments gets the "
                   "first one's cached result: another customer's data"),
         ("another tenant", "other tenant", "another user", "other user", "someone else",
          "wrong tenant", "wrong user", "leak", "first one", "cached result", "same month",
          "data of", "other customer", "another customer")),
        ("cause", ("The key leaves out the tenant/user the result depends on, so different "
                   "callers share one entry"),
         ("key", "not in the key", "missing from the key", "doesn't include",
          "does not include", "shared entry", "same key", "collide", "collision")),
        ("fix", ("Put the tenant or user in the key (`${tenantId}:${month}`), or keep one "
                 "cache per tenant"),
         ("in the key", "include the tenant", "include the user", "tenantid", "userid",
          "composite key", "per tenant", "per user", "prefix")),
    ),
    # Node.js docs, Don't Block the Event Loop
    "js-sync-io-in-request-handler": (
        ("value", ("While the call waits on the disk or the child process, the one thread "
                   "serves nothing else: every other request waits, and under load latency "
                   "climbs for all of them"),
         ("every other request", "other requests", "all requests", "blocks", "blocking",
          "event loop", "single thread", "one thread", "waits", "stall", "freeze",
          "latency", "throughput")),
        ("cause", ("The *Sync functions do their I/O on the main thread and return only when "
                   "it is done"),
         ("synchronous", "sync", "main thread", "event loop", "does not yield",
          "doesn't yield", "until it finishes", "until it returns")),
        ("fix", ("Use the promise or callback API (`await fs.promises.readFile`, `execFile` "
                 "with a callback or promisified), or read what does not change once at "
                 "start-up"),
         ("fs.promises", "promises", "await", "callback", "async", "promisify",
          "at startup", "at start-up", "once", "cache", "stream", "worker")),
    ),
    # Express API (res.send ends the response); Node.js ERR_HTTP_HEADERS_SENT
    "js-response-without-return": (
        ("value", ("When the branch is taken the handler answers, then carries on: the next "
                   "`res.json` throws ERR_HTTP_HEADERS_SENT (\"Cannot set headers after they are "
                   "sent\"), and the work the check was to prevent still runs"),
         ("headers already sent", "cannot set headers", "err_http_headers_sent", "twice",
          "second response", "two responses", "sends again", "still runs", "continues",
          "carries on", "falls through", "error", "crash", "throws", "next()")),
        ("cause", ("`res.status(...).json(...)` sends the response but does not leave the "
                   "function; only `return` (or an else) stops the code below"),
         ("doesn't return", "does not return", "no return", "missing return", "not return",
          "doesn't stop", "does not stop", "keeps going", "continues", "execution continues")),
        ("fix", ("`return res.status(404).json(...)` (or put the rest in an `else`)"),
         ("return res", "return", "else", "early return")),
    ),
    # MDN, Array.prototype.filter; typescript-eslint no-misused-promises
    "js-async-predicate": (
        ("value", ("Every callback returns a Promise, which is truthy: filter keeps every "
                   "element, some/find answer with the first one, every is always true"),
         ("every element", "all elements", "everything", "keeps all", "always true",
          "all of them", "first element", "nothing is filtered", "no filtering", "truthy")),
        ("cause", ("An async function returns a Promise at once; filter does not await it, and "
                   "a Promise object is truthy"),
         ("promise", "truthy", "not awaited", "doesn't await", "does not await",
          "async function returns", "object is truthy")),
        ("fix", ("Await the answers first (`const ok = await Promise.all(xs.map(check))`, then "
                 "`xs.filter((_, i) => ok[i])`), or use a for...of loop with await"),
         ("promise.all", "await", "for...of", "for of", "loop", "map first", "then filter")),
    ),
    # eslint valid-typeof; MDN, typeof
    "js-typeof-impossible-value": (
        ("value", ("The test is never true: arrays and null give 'object', so the branch meant "
                   "for them never runs and those values go down the other path"),
         ("never true", "always false", "never runs", "never matches", "object",
          "'object'", "other branch", "other path", "dead code")),
        ("cause", ("typeof only ever gives 'undefined', 'object', 'boolean', 'number', "
                   "'bigint', 'string', 'symbol' or 'function'"),
         ("only returns", "only gives", "object", "no 'array'", "not a type", "possible values",
          "eight", "primitive")),
        ("fix", ("`Array.isArray(x)`, `x === null`, `x instanceof Date`, `Number.isInteger(x)`"),
         ("array.isarray", "isarray", "=== null", "instanceof", "number.isinteger")),
    ),
    # eslint use-isnan and no-constant-binary-expression
    "js-compares-with-nan-or-new-literal": (
        ("value", ("The comparison is never true (or, with !==, always true): the check never "
                   "catches what it is for"),
         ("never true", "always false", "always true", "never catches", "never matches",
          "never equal", "doesn't work", "does not work")),
        ("cause", ("NaN equals nothing, itself included; `[]` and `{}` make a new object, and "
                   "=== compares objects by identity"),
         ("nan is not equal", "not equal to itself", "itself", "new object", "new array",
          "reference", "identity", "same object")),
        ("fix", "`Number.isNaN(n)`; `list.length === 0`; `Object.keys(o).length === 0`",
         ("number.isnan", "isnan", "length === 0", ".length", "object.keys")),
    ),
    # MDN, Array.prototype.slice: the second argument is an end index
    "js-slice-end-given-as-count": (
        ("value", ("From the second page on it returns nothing (or too little): "
                   "`slice(20, 10)` is empty because the end is before the start"),
         ("empty", "nothing", "no items", "too few", "[]", "second page", "wrong items",
          "only the first page")),
        ("cause", "slice's second argument is the index to stop before, not how many to take",
         ("end index", "index", "not a count", "not the length", "not how many", "stop",
          "exclusive end", "end position")),
        ("fix", "`items.slice(start, start + size)`",
         ("start + size", "start + limit", "offset + limit", "+ size", "+ limit",
          "+ pagesize", "+ count")),
    ),
    # MDN, Date.prototype.getDay: the day of the week
    "js-getday-as-day-of-month": (
        ("value", ("It shows the weekday number (0 to 6) in the day's place: March 15th 2024, a "
                   "Friday, comes out as 2024-3-5"),
         ("weekday", "day of the week", "0 to 6", "0-6", "friday", "sunday", "wrong day",
          "5")),
        ("cause", "getDay() gives the day of the week; the day of the month is getDate()",
         ("day of the week", "weekday", "getdate", "day of the month")),
        ("fix", "Use `getDate()` (`getUTCDate()` for UTC)",
         ("getdate", "getutcdate")),
    ),
    # Node.js docs, --unhandled-rejections (throw by default since v15)
    "js-async-callback-rejection-unhandled": (
        ("value", ("When that await rejects (the service is down, a query fails), nobody "
                   "handles the rejection: Node raises it as an uncaught exception and the "
                   "whole process exits, every other request and job with it"),
         ("crash", "crashes", "exits", "process dies", "process exits", "terminat",
          "whole process", "goes down", "unhandled rejection", "unhandledrejection",
          "uncaught")),
        ("cause", ("setInterval, setTimeout and emitters ignore the promise an async callback "
                   "returns, so its rejection reaches no catch"),
         ("ignores the promise", "ignore the promise", "drops the promise", "no one awaits",
          "nobody awaits", "not awaited", "no catch", "no try", "returned promise",
          "fire and forget", "fire-and-forget")),
        ("fix", ("Wrap the body in try/catch (log, retry or report), or call a function that "
                 "returns a promise and add `.catch(...)` to it"),
         ("try", "catch", ".catch", "try/catch", "handle the error", "log the error")),
    ),
    # Redux docs, reducers must make immutable updates; React useReducer: state is read-only
    "js-reducer-mutates-state": (
        ("value", ("The previous state changes too, so code comparing old and new state by "
                   "reference sees no change: components do not re-render, selectors return "
                   "stale values, time-travel and undo show the wrong history"),
         ("re-render", "rerender", "doesn't update", "does not update", "no change",
          "same reference", "stale", "previous state", "old state", "history", "undo",
          "time travel", "time-travel", "memo", "selector")),
        ("cause", ("The reducer writes into the object it was given instead of returning a "
                   "new one; the store and the UI decide what changed by reference"),
         ("mutat", "in place", "same object", "reference", "===", "shallow compar",
          "identity", "immutable")),
        ("fix", ("Return copies: `{ ...state, items: [...state.items, item] }`, `map` for the "
                 "changed element, or Immer's `produce` / Redux Toolkit"),
         ("spread", "...state", "copy", "new array", "new object", "map", "filter", "concat",
          "immer", "produce", "redux toolkit", "createslice")),
    ),
    # MDN, Number.prototype.toFixed (a float that cannot be held exactly rounds the other way);
    # CERT NUM04-J
    "js-money-summed-as-floats": (
        ("value", ("Ordinary amounts come out a cent off: 0.1 + 0.2 is 0.30000000000000004, "
                   "and a line of exactly 1.005 is held as 1.00499999... so toFixed(2) gives "
                   "1.00, not 1.01; the errors add up over many lines"),
         ("cent off", "a cent", "one cent", "penny", "0.30000000000000004", "1.00", "1.005",
          "rounding error", "off by", "wrong total", "inaccurate", "not exact", "imprecise",
          "drift")),
        ("cause", ("JavaScript numbers are binary floating point; most decimal fractions "
                   "(0.1, 1.005) have no exact value, and rounding once at the end rounds the "
                   "accumulated error"),
         ("floating point", "floating-point", "binary", "ieee", "754", "double",
          "not exactly", "can't be represented", "cannot be represented", "precision",
          "representation")),
        ("fix", ("Keep integer cents (round each line to cents, sum integers, divide for "
                 "display only) or use a decimal library (decimal.js, big.js, dinero.js)"),
         ("cents", "integer", "integers", "minor units", "decimal.js", "big.js", "dinero",
          "decimal library", "bigint", "round each line", "round each")),
    ),
    # Node.js events docs (each `on` adds a listener; MaxListenersExceededWarning, "possible
    # EventEmitter memory leak detected"); CWE-401; on a module's emitter, or per request or
    # connection on a field of `this` or through a subscription whose unsubscribe is dropped
    **dict.fromkeys(("js-listener-added-per-call", "js-listener-added-per-connection",
                     "js-listener-added-per-item"), (
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
                 "bus.off(event, handler))`, `removeListener`, or call the unsubscribe "
                 "function the subscription returned), use `once` when one event is enough, "
                 "or pass an AbortSignal"),
         ("re:\\.(off|removeListener|removeEventListener|removeAllListeners)\\b",
          "removeListener", "removeEventListener", "remove the listener", "remove it",
          "on close", "when the request ends", "when the connection closes", "re:\\bonce\\b",
          "AbortSignal", "signal", "clean up", "cleanup", "unsubscribe", "unregister")),
    )),
    # web.dev, "Avoid large, complex layouts and layout thrashing"; Chrome DevTools' forced
    # reflow: a layout value read after a write makes the browser lay the page out at once
    "js-layout-read-after-write-in-loop": (
        ("value", ("Each pass forces a synchronous layout (a reflow) of the page at the read, so "
                   "the page is laid out once per element instead of once per frame: slow, "
                   "janky rendering that grows with the number of elements"),
         ("reflow", "re-layout", "relayout", "layout", "forced", "synchronous", "thrash",
          "once per element", "every pass", "each pass", "every iteration", "each iteration",
          "jank", "slow", "recalculat")),
        ("cause", ("The write made the layout stale, and reading offsetHeight (or "
                   "getBoundingClientRect, scrollWidth, getComputedStyle) needs it up to date, "
                   "so the browser cannot wait and batch the work"),
         ("stale", "invalid", "dirty", "up to date", "up-to-date", "must compute",
          "has to compute", "recompute", "flush", "style change", "after the write",
          "after writing", "batch")),
        ("fix", ("Read every value first and write afterwards (two loops: measure, then "
                 "apply), or defer the writes with requestAnimationFrame"),
         ("read first", "reads first", "measure first", "measure", "two loops", "two passes",
          "separate the reads", "batch", "requestanimationframe", "fastdom", "then write",
          "reads before", "before the writes")),
    ),
    # The Object.hashCode contract; Error Prone EqualsHashCode, SpotBugs HE_EQUALS_NO_HASHCODE
    "java-equals-without-hash-code": (
        ("value", ("Two equal objects land in different hash buckets: a HashSet keeps both, "
                   "`contains` and `get` with an equal key miss, a HashMap counts them apart"),
         ("not found", "doesn't find", "does not find", "can't find", "cannot find", "miss",
          "returns false", "false", "duplicate", "both", "twice", "null", "wrong bucket",
          "different bucket", "separate entries", "two entries")),
        ("cause", ("Without hashCode the class keeps Object's identity hash, so equal objects "
                   "(by equals) get different hash codes, which breaks the equals/hashCode "
                   "contract hash collections rely on"),
         ("hashcode", "hash code", "identity", "object's hash", "memory address", "contract",
          "bucket", "same hash", "different hash")),
        ("fix", ("Override hashCode from the same fields equals compares (`Objects.hash(currency, "
                 "cents)`), or make it a record"),
         ("hashcode", "objects.hash", "same fields", "record", "override", "hash(")),
    ),
    # The Lock javadoc (unlock in finally); SpotBugs UL_UNRELEASED_LOCK_EXCEPTION_PATH
    "java-lock-released-on-success-only": (
        ("value", ("When the code between lock() and unlock() throws, unlock() never runs: the "
                   "lock stays held and every later lock() on it waits for ever (a deadlock, "
                   "threads hang)"),
         ("never released", "never unlocked", "stays locked", "stays held", "remains locked",
          "held forever", "held for ever", "deadlock", "hang", "blocked", "block forever",
          "wait forever", "waits forever", "never runs", "skipped", "not released",
          "not unlocked")),
        ("cause", ("unlock() is an ordinary statement after the work, so an exception (the throw, "
                   "a failing call) jumps past it"),
         ("exception", "throw", "throws", "error", "jumps", "skips", "not in finally",
          "no finally", "outside finally", "early exit")),
        ("fix", "Put the work in `try { ... } finally { lock.unlock(); }` right after lock()",
         ("finally", "try/finally", "try-finally", "try finally", "try {")),
    ),
    # JLS 14.20.2; Error Prone Finally; CERT ERR04-J
    "java-return-in-finally": (
        ("value", ("The caller gets the finally block's value as if all went well: the "
                   "exception thrown in the try or catch is dropped, so a failure reads as "
                   "success"),
         ("success", "true", "never sees", "never knows", "swallow", "lost", "discard",
          "dropped", "hidden", "masks", "silently", "no exception", "ignored")),
        ("cause", ("A finally block that completes abruptly (return) replaces the pending "
                   "exception or return value of the try statement"),
         ("finally", "overrides", "replaces", "abrupt", "completes", "wins", "takes precedence",
          "pending exception")),
        ("fix", ("Return after the try statement (or from the try block) and keep only clean-up "
                 "in finally; better, use try-with-resources"),
         ("move the return", "return after", "outside the finally", "out of the finally",
          "remove the return", "try-with-resources", "try with resources", "only clean",
          "rethrow", "propagate")),
    ),
    # SpotBugs DC_DOUBLECHECK; CERT LCK10-J; JLS 17.4 (happens-before)
    "java-double-checked-locking": (
        ("value", ("A thread that finds the field set outside the lock can use an object whose "
                   "constructor's writes it does not yet see: fields still null or zero, a "
                   "half-built object"),
         ("partially", "half", "not fully", "incomplete", "uninitialized", "uninitialised",
          "default values", "null fields", "before the constructor", "not yet constructed",
          "stale", "half-built", "partly")),
        ("cause", ("Without volatile there is no happens-before between the write inside the "
                   "lock and the unlocked read: the reference may be published before the "
                   "object's fields (reordering)"),
         ("volatile", "reorder", "happens-before", "happens before", "memory model",
          "visibility", "publish", "cache", "jmm")),
        ("fix", ("Make the field volatile, or use a holder class / an enum singleton / eager "
                 "initialisation, or synchronize the whole getter"),
         ("volatile", "holder", "enum", "eager", "static final", "synchronized method",
          "synchronize the", "lazy holder")),
    ),
    # The BigDecimal(double) javadoc; SpotBugs DMI_BIGDECIMAL_CONSTRUCTED_FROM_DOUBLE; NUM10-J
    "java-big-decimal-from-double": (
        ("value", ("The BigDecimal holds the double's exact binary value, not the decimal "
                   "written: 0.1 becomes 0.1000000000000000055511151231257827..., so sums and "
                   "rounding (2.675 to 2.67) come out off by a cent"),
         ("0.1000", "0.10000000", "55511", "not exactly", "inexact", "off by", "cent",
          "2.67", "rounding", "wrong amount", "tiny error", "long tail", "many digits")),
        ("cause", ("A double cannot hold most decimal fractions; the double constructor keeps "
                   "its binary approximation digit for digit"),
         ("binary", "floating", "double", "approximation", "cannot represent",
          "can't represent", "precision", "ieee")),
        ("fix", ("Use `BigDecimal.valueOf(d)` or `new BigDecimal(\"0.1\")`, and keep money as "
                 "BigDecimal or cents from the start"),
         ("valueof", "string constructor", "new bigdecimal(\"", "from a string", "cents",
          "long", "keep it as bigdecimal")),
    ),
    # CWE-613; the OWASP JSON Web Token Cheat Sheet
    "java-token-expiry-never-checked": (
        ("value", ("The token works for ever: an old or stolen token is accepted long after its "
                   "expiry, because the expiry is read but never compared"),
         ("forever", "for ever", "never expires", "still valid", "still accepted", "accepted",
          "works", "stolen", "replay", "old token", "after it expired", "indefinitely")),
        ("cause", ("The signature only shows the token was issued by the server; nothing compares "
                   "the expiry with the current time"),
         ("never compared", "not compared", "never checked", "not checked", "no check",
          "current time", "now", "ignored", "unused", "only logged", "signature only")),
        ("fix", ("Reject the token when `now > exp` (`Instant.now().isAfter(expiresAt)`), "
                 "after checking the signature"),
         ("isafter", "isbefore", "currenttimemillis", "instant.now", "now >", "> exp",
          "< now", "compare", "reject", "expired")),
    ),
    # CWE-347, CWE-345
    "java-token-field-outside-signature": (
        ("value", ("The holder can rewrite that field (push the expiry years ahead, change a "
                   "role) and the token still verifies, since the signature is the same"),
         ("change", "modify", "edit", "tamper", "extend", "forever", "years", "push",
          "rewrite", "forge", "still valid", "still verifies", "still matches", "admin")),
        ("cause", ("The signature is computed over other fields only, so it says nothing about "
                   "that one"),
         ("not signed", "not covered", "not included", "doesn't cover", "does not cover",
          "outside the signature", "only the user", "only signs", "unsigned", "not part")),
        ("fix", ("Sign everything the token carries (`sign(userId + \".\" + expires)`) and verify "
                 "over the same bytes"),
         ("sign the whole", "sign everything", "include", "all fields", "whole payload",
          "entire payload", "payload", "+ expires", "+ exp", "cover")),
    ),
    # The Calendar.MONTH javadoc (January is 0); SpotBugs DMI_BAD_MONTH
    "java-calendar-month-from-one": (
        ("value", ("Every date lands one month late: month 1 gives February, and 12 gives "
                   "January of the next year"),
         ("february", "one month late", "next month", "month later", "off by one",
          "off-by-one", "wrong month", "next year", "january of", "13th", "rolls over")),
        ("cause", "Calendar counts months from 0 (JANUARY is 0), unlike people and LocalDate",
         ("0-based", "zero-based", "zero based", "0 based", "from 0", "from zero",
          "january is 0", "starts at 0", "index")),
        ("fix", ("Pass `month - 1` (or Calendar.JANUARY + month - 1), or use java.time "
                 "(`LocalDate.of(year, month, 1)`, `YearMonth`)"),
         ("month - 1", "month-1", "- 1", "localdate", "yearmonth", "java.time",
          "calendar.january")),
    ),
    # JLS 15.17.1; SpotBugs ICAST_INTEGER_MULTIPLY_CAST_TO_LONG; CERT NUM00-J
    "java-int-product-widened-to-long": (
        ("value", ("Past 2^31 the product wraps: 30 days in milliseconds is 2,592,000,000, "
                   "which comes out as -1,702,967,296, so the limit is negative or tiny"),
         ("overflow", "wraps", "negative", "-1702967296", "2147483647", "2^31", "2 billion",
          "24.8", "25 days", "too big", "garbage", "wrong value")),
        ("cause", ("Every operand is an int, so the multiplication is done in 32-bit int and "
                   "only the wrapped result is widened to long"),
         ("int", "32-bit", "32 bit", "integer arithmetic", "before", "widen", "promot",
          "cast after", "int multiplication")),
        ("fix", ("Make the first factor long (`keepDays * 24L * ...`, `(long) keepDays * ...`), "
                 "use `Math.multiplyExact`, or `TimeUnit.DAYS.toMillis` / `Duration.ofDays`"),
         ("24l", "1000l", "(long)", "long literal", "l suffix", "multiplyexact",
          "timeunit", "duration", "tomillis")),
    ),
    # SpotBugs SWL_SLEEP_WITH_LOCK_HELD; CERT LCK09-J
    "java-sleep-holding-lock": (
        ("value", ("Every other thread that calls a synchronized method of the object blocks for "
                   "the whole sleep, even just to read: the calls run one at a time and "
                   "throughput collapses"),
         ("block", "blocked", "wait", "waits", "stall", "serial", "one at a time", "queue",
          "all threads", "other threads", "throughput", "slow", "contention")),
        ("cause", "Thread.sleep keeps every monitor the thread holds (unlike wait())",
         ("keeps the lock", "holds the lock", "holding the lock", "does not release",
          "doesn't release", "monitor", "still holds", "wait()", "unlike wait")),
        ("fix", ("Compute the wait under the lock, release it, then sleep and re-check; or use "
                 "`wait(timeout)`/a Condition, or a ScheduledExecutorService"),
         ("outside", "release", "after the synchronized", "wait(", "condition", "await",
          "scheduled", "re-check", "recheck", "loop")),
    ),
    # The N+1 queries problem (Hibernate ORM user guide, Fetching)
    "java-query-per-item": (
        ("value", ("One query per item: 1,000 items send 1,001 queries, each a round trip to the "
                   "database, so the call slows down in step with the data and loads the "
                   "database"),
         ("1000 queries", "1,000 queries", "1001", "1,001", "n+1", "n + 1", "one query per",
          "a query per", "query for each", "each item", "per item", "per row", "round trip",
          "round-trip", "thousand")),
        ("cause", "The query runs inside the loop, once for each item, instead of once for all",
         ("inside the loop", "in the loop", "in a loop", "each iteration", "every iteration",
          "for each", "per iteration")),
        ("fix", ("Fetch them together: one query with a JOIN, or `WHERE id IN (...)` / `= ANY(?)` "
                 "over all the ids, then match them up in a map"),
         ("join", "in (", "in(", "any(", "batch", "one query", "single query", "all the ids",
          "map", "fetch join", "prefetch")),
    ),
    # CWE-295; the X509TrustManager and HostnameVerifier javadoc
    "java-tls-trusts-everything": (
        ("value", ("Anyone between the client and the server (public Wi-Fi, a proxy, a hijacked "
                   "DNS answer) can present any certificate and read or change the traffic, "
                   "credentials included"),
         ("man in the middle", "man-in-the-middle", "mitm", "intercept", "anyone", "attacker",
          "impersonat", "pose as", "fake server", "read the traffic", "eavesdrop", "proxy",
          "self-signed", "any certificate")),
        ("cause", ("The trust manager's check does nothing (or the verifier answers true), so no "
                   "certificate chain or host name is ever verified"),
         ("does nothing", "empty", "never throws", "no check", "doesn't check",
          "does not check", "accepts all", "accepts any", "trust all", "trusts all",
          "returns true", "not verified")),
        ("fix", ("Use the default SSLContext and HostnameVerifier; for a private CA, load it into "
                 "a trust store (or pin the certificate) instead of turning checks off"),
         ("default", "truststore", "trust store", "keystore", "pin", "remove", "private ca",
          "own ca", "import the certificate", "real certificate")),
    ),
    # CWE-916; the OWASP Password Storage Cheat Sheet
    "java-password-fast-hash": (
        ("value", ("If the hashes leak, common passwords fall at once: a GPU tries billions of "
                   "SHA-256 or MD5 guesses a second, and without a salt equal passwords share a "
                   "hash and precomputed tables apply"),
         ("billions", "fast", "brute force", "brute-force", "dictionary", "rainbow",
          "precomputed", "crack", "gpu", "seconds", "same hash", "guess")),
        ("cause", ("A general-purpose digest is built to be fast and takes no work factor; "
                   "password hashing needs to be slow and salted"),
         ("fast", "no salt", "unsalted", "not slow", "work factor", "cost", "iterations",
          "general purpose", "general-purpose", "designed for speed")),
        ("fix", ("Use a password hash with a salt and a work factor: Argon2id, bcrypt, scrypt or "
                 "PBKDF2 (`SecretKeyFactory.getInstance(\"PBKDF2WithHmacSHA256\")`)"),
         ("argon2", "bcrypt", "scrypt", "pbkdf2", "secretkeyfactory", "passwordencoder",
          "work factor", "salt")),
    ),
    # CWE-807, CWE-639; the OWASP Authorization Cheat Sheet
    "java-role-from-request": (
        ("value", ("Anyone can send that header or parameter with the value `admin` and pass the "
                   "check: the endpoint is open to every caller"),
         ("anyone", "any user", "any client", "curl", "set the header", "send the header",
          "add the header", "x-user-role: admin", "admin", "forge", "spoof", "fake",
          "bypass", "escalat")),
        ("cause", ("Headers and parameters come from the client, which controls them; nothing "
                   "ties the value to the authenticated user"),
         ("client", "controls", "user-controlled", "user controlled", "untrusted", "sent by",
          "comes from the request", "not authenticated", "not verified", "trust")),
        ("fix", ("Take the role from the server side: the authenticated session or a verified "
                 "token (`request.isUserInRole`, Spring Security), looked up by the user's id"),
         ("session", "server side", "server-side", "isuserinrole", "spring security",
          "authenticated", "verified token", "signed", "jwt", "database", "principal",
          "look up", "lookup")),
    ),
    # CWE-770, CWE-401
    "java-cache-never-evicted": (
        ("value", ("Memory grows with every distinct key ever asked for; a long-running service "
                   "fills the heap (OutOfMemoryError) or slows in GC, and stale values are kept "
                   "for ever"),
         ("grows", "memory", "heap", "outofmemory", "out of memory", "oom", "unbounded",
          "never shrinks", "leak", "gc", "garbage", "stale", "forever", "for ever")),
        ("cause", "Entries are only added: nothing removes, expires or caps them",
         ("never removed", "never evicted", "no eviction", "no limit", "no maximum", "no ttl",
          "no expiry", "only adds", "only added", "never cleared", "no bound", "no size")),
        ("fix", ("Bound it: a maximum size with eviction (LinkedHashMap with removeEldestEntry "
                 "for LRU, Caffeine's maximumSize), and/or a time to live"),
         ("lru", "removeeldestentry", "caffeine", "guava", "maximumsize", "max size",
          "maximum size", "evict", "ttl", "expire", "time to live", "bound", "cap",
          "weakhashmap", "soft reference")),
    ),
    # JLS 15.18.2; Effective Java, item 14 (no comparators based on differences)
    "java-comparator-by-subtraction": (
        ("value", ("For values far apart the difference overflows and flips sign: "
                   "Integer.MAX_VALUE - (-5) wraps to a negative number, so the larger value "
                   "sorts as the smaller and the order breaks (sort may even throw 'Comparison "
                   "method violates its general contract')"),
         ("overflow", "wraps", "negative", "flips", "wrong sign", "wrong order", "max_value",
          "min_value", "general contract", "not transitive", "transitiv", "inconsistent")),
        ("cause", "An int subtraction whose true result does not fit in 32 bits wraps around",
         ("int", "32", "wrap", "overflow", "does not fit", "doesn't fit", "2^31", "range")),
        ("fix", ("Compare instead of subtracting: `Integer.compare(b.score, a.score)`, "
                 "`Comparator.comparingInt(Player::score).reversed()`"),
         ("integer.compare", "long.compare", "comparingint", "comparinglong", "comparing(",
          "compare(", "reversed")),
    ),
    # The Object.wait and Condition.await javadoc (always wait in a loop); CERT THI03-J
    "java-wait-not-in-loop": (
        ("value", ("After a spurious wakeup, or when another waiting thread took the item "
                   "first, the thread goes on with the condition still false: it removes from an "
                   "empty queue (NoSuchElementException) or adds past the capacity"),
         ("spurious", "another thread", "other consumer", "took it", "got there first",
          "still empty", "still full", "empty queue", "nosuchelement", "exception",
          "over capacity", "past the capacity", "condition is false", "not true")),
        ("cause", ("`if` checks the condition once; nothing checks it again after wait returns, "
                   "and notifyAll wakes every waiter"),
         ("once", "only once", "not re-checked", "not rechecked", "again", "notifyall",
          "wakes all", "wakes every", "if instead of while", "no loop")),
        ("fix", "Wait in a loop: `while (items.isEmpty()) wait();` (or use a BlockingQueue)",
         ("while", "loop", "blockingqueue", "arrayblockingqueue", "linkedblockingqueue")),
    ),
    # JLS 17.4; CERT VNA00-J; Effective Java item 78
    "java-stop-flag-not-volatile": (
        ("value", ("The worker may never see the flag change and keep running for ever: stop() "
                   "sets it, but the loop goes on (and a join() after it hangs)"),
         ("never stops", "never see", "doesn't see", "does not see", "keeps running",
          "runs forever", "runs for ever", "infinite", "hang", "never ends", "stale",
          "cached value", "never exits")),
        ("cause", ("Without volatile or a lock there is no happens-before between the write and "
                   "the read: the JIT may hoist the read out of the loop, or the thread reads a "
                   "stale value"),
         ("volatile", "visibility", "happens-before", "happens before", "memory model", "hoist",
          "cache", "register", "jmm", "reorder")),
        ("fix", ("Make the flag volatile (or an AtomicBoolean), or read and write it under the "
                 "same lock; or interrupt the thread and loop on `isInterrupted()`"),
         ("volatile", "atomicboolean", "synchronized", "lock", "interrupt", "isinterrupted")),
    ),
    # The SimpleDateFormat / DecimalFormat javadoc (formats are not synchronized); CERT VNA02-J
    "java-format-field-used-from-tasks": (
        ("value", ("Concurrent calls corrupt each other's work: wrong or mixed-up dates and "
                   "numbers in the output, or exceptions (NumberFormatException, "
                   "ArrayIndexOutOfBoundsException) from inside the formatter"),
         ("wrong date", "garbled", "corrupt", "mixed", "wrong value", "wrong output",
          "exception", "numberformatexception", "arrayindexoutofbounds", "incorrect",
          "interleav", "another thread's")),
        ("cause", ("The format keeps its working state (a Calendar, digit buffers) in fields, "
                   "and it is not synchronized, so threads overwrite each other's state"),
         ("not thread-safe", "not thread safe", "thread safe", "calendar", "internal state",
          "shared state", "fields", "not synchronized", "mutable")),
        ("fix", ("Use the immutable java.time DateTimeFormatter, or one format per thread "
                 "(ThreadLocal, a new one per call), or synchronize on it"),
         ("datetimeformatter", "java.time", "threadlocal", "new simpledateformat",
          "per call", "per thread", "synchronized", "lock")),
    ),
    # The java.util.stream package documentation, "Side-effects"
    "java-parallel-stream-adds-to-plain-collection": (
        ("value", ("Elements go missing or come out null, the size is wrong, or an "
                   "ArrayIndexOutOfBoundsException is thrown: several threads add at once"),
         ("missing", "lost", "null", "wrong size", "fewer", "arrayindexoutofbounds",
          "exception", "corrupt", "race", "at once", "same time", "concurrent")),
        ("cause", ("A parallel stream runs forEach on several threads, and ArrayList, HashSet "
                   "or HashMap are not synchronized"),
         ("parallel", "several threads", "multiple threads", "fork", "common pool",
          "not thread-safe", "not thread safe", "not synchronized", "unsynchronized")),
        ("fix", ("Let the stream build the result: `collect(Collectors.toList())` / `toList()` "
                 "(or flatMap then collect); or drop `parallel`"),
         ("collect", "tolist", "collectors", "flatmap", "sequential", "remove parallel",
          "drop parallel", "concurrent", "synchronizedlist")),
    ),
    # The String.split javadoc (a regular expression); SpotBugs RE_POSSIBLE_UNINTENDED_PATTERN
    "java-split-on-regex-metacharacter": (
        ("value", ("`.` matches every character, so `\"1.2.3\".split(\".\")` is an empty array "
                   "(and [0] throws); `|` matches the empty string, so it cuts between every "
                   "character"),
         ("empty", "every character", "each character", "arrayindexoutofbounds", "index 0",
          "nothing", "no parts", "zero", "single characters", "every char")),
        ("cause", "split, replaceAll and replaceFirst take a regular expression, not plain text",
         ("regex", "regular expression", "pattern", "metacharacter", "special character",
          "any character", "wildcard")),
        ("fix", ("Escape it (`split(\"\\\\.\")`, `Pattern.quote(\".\")`), or use `replace` for "
                 "plain text"),
         ("\\\\.", "\\.", "escape", "pattern.quote", "quote", "[.]", "replace(", "literal")),
    ),
    # SpotBugs RV_ABSOLUTE_VALUE_OF_HASHCODE; the Math.abs(int) javadoc
    "java-abs-of-hash-as-index": (
        ("value", ("A key whose hashCode is Integer.MIN_VALUE gets a negative index, and "
                   "`get(-k)` throws IndexOutOfBoundsException (strings such as "
                   "\"polygenelubricants\" hash to it)"),
         ("negative", "min_value", "-2147483648", "indexoutofbounds", "out of bounds",
          "exception", "throws", "crash")),
        ("cause", ("Math.abs(Integer.MIN_VALUE) is Integer.MIN_VALUE: its positive counterpart "
                   "does not fit in an int"),
         ("min_value", "overflow", "does not fit", "doesn't fit", "two's complement",
          "no positive", "stays negative", "abs")),
        ("fix", "Use `Math.floorMod(key.hashCode(), n)` or `(h & 0x7fffffff) % n`",
         ("floormod", "0x7fffffff", "& integer.max_value", "mask", "unsigned")),
    ),
    # The Thread.run / Thread.start javadoc; SpotBugs RU_INVOKE_RUN
    "java-thread-run-not-start": (
        ("value", ("The work runs on the calling thread, one piece after another: nothing runs "
                   "in parallel, and join() returns at once because the thread never started"),
         ("calling thread", "current thread", "main thread", "same thread", "sequential",
          "one after another", "not parallel", "no parallel", "never started",
          "not started", "synchronously", "no speedup", "no speed-up")),
        ("cause", ("run() is an ordinary method call to the Runnable; only start() asks the JVM "
                   "for a new thread that then calls run()"),
         ("ordinary method", "plain method", "just calls", "start()", "new thread",
          "doesn't start", "does not start")),
        ("fix", "Call `start()` (and `join()` later), or submit the work to an ExecutorService",
         ("start()", ".start", "start it", "executorservice", "executor", "submit")),
    ),
    # CERT LCK07-J; Java Concurrency in Practice 10.1.2 (dynamic lock-order deadlocks)
    "java-lock-order-from-arguments": (
        ("value", ("Deadlock: one thread holds x and waits for y while the other holds y and "
                   "waits for x; both wait for ever (transfers from A to B and B to A at once)"),
         ("deadlock", "wait for each other", "waits for each other", "forever", "for ever",
          "hang", "stuck", "both wait", "neither")),
        ("cause", ("The locks are taken in the order of the arguments, which the callers decide, "
                   "so two calls can take them in opposite orders"),
         ("order", "opposite", "reverse", "swapped", "argument order", "different order")),
        ("fix", ("Take the locks in one global order (by account id, or "
                 "System.identityHashCode with a tie lock), use a single lock, or tryLock with a "
                 "timeout"),
         ("order", "id", "identityhashcode", "sort", "single lock", "one lock", "global lock",
          "trylock", "timeout")),
    ),
    # The LinkedHashMap javadoc (accessOrder; building LRU caches)
    "java-lru-in-insertion-order": (
        ("value", ("An entry read a moment ago is evicted if it was put in first: the cache "
                   "drops the oldest insertion (FIFO), not the least recently used, so hot keys "
                   "keep missing"),
         ("fifo", "first in", "oldest inserted", "inserted first", "insertion", "recently read",
          "just read", "hot", "evicted", "not lru", "wrong entry")),
        ("cause", ("A LinkedHashMap keeps insertion order unless made with accessOrder true; "
                   "get() does not move the entry"),
         ("insertion order", "access order", "accessorder", "get does not", "doesn't move",
          "does not move", "order of insertion")),
        ("fix", ("Construct it with `new LinkedHashMap<>(capacity, 0.75f, true)` so each access "
                 "moves the entry to the end"),
         ("true", "accessorder", "access order", "three-argument", "3-argument", "0.75f, true")),
    ),
    # CWE-601; the OWASP Unvalidated Redirects and Forwards Cheat Sheet
    "java-open-redirect": (
        ("value", ("A link on your own domain can send users to any site (`?next=https://evil."
                   "example/login`): phishing pages that look like a step of your login"),
         ("phishing", "any site", "another site", "evil", "attacker", "malicious",
          "external", "other domain", "their site", "fake login", "steal")),
        ("cause", "The target comes from the request and nothing checks where it points",
         ("from the request", "parameter", "user-controlled", "user controlled", "unchecked",
          "not validated", "not checked", "no check", "anyone")),
        ("fix", ("Allow only local paths (refuse `//` and `\\`) or an allow-list of targets, or "
                 "map a key to a fixed URL; otherwise fall back to `/`"),
         ("allow", "allowlist", "whitelist", "relative", "local path", "same host", "host",
          "map", "fixed", "validate", "check", "startswith")),
    ),
    # CWE-918; the OWASP SSRF Prevention Cheat Sheet
    "java-ssrf-from-request": (
        ("value", ("The caller chooses what the server fetches: cloud metadata "
                   "(169.254.169.254, credentials), localhost admin ports, internal services "
                   "the caller cannot reach directly"),
         ("169.254", "metadata", "localhost", "127.0.0.1", "internal", "intranet",
          "admin", "private network", "behind the firewall", "ssrf", "credentials",
          "file://")),
        ("cause", ("The URL comes from the request and is fetched with the server's own "
                   "network access, with no check of its host"),
         ("from the request", "user-controlled", "user controlled", "any url", "unchecked",
          "not validated", "no check", "server's network", "trust")),
        ("fix", ("Parse it and allow only known hosts and schemes (an allow-list), refuse "
                 "private and loopback addresses after resolving, and turn off redirects"),
         ("allow", "allowlist", "whitelist", "known hosts", "scheme", "https only", "private",
          "loopback", "resolve", "redirect", "validate")),
    ),
    # CWE-396, CWE-390; CERT ERR00-J; Effective Java item 77
    "java-broad-catch-logs-and-returns-default": (
        ("value", ("Every failure (a missing file, a malformed line, a NullPointerException) comes "
                   "back as an ordinary empty or null answer: the caller goes on as if there "
                   "was no data, and the only trace is a line on the console"),
         ("empty", "null", "no data", "can't tell", "cannot tell", "can not tell",
          "indistinguishable", "looks like", "as if", "silently", "partial", "lost",
          "nobody knows", "console")),
        ("cause", ("It catches Exception, which includes bugs and every checked error, and "
                   "turns them all into a normal return value"),
         ("every exception", "all exceptions", "too broad", "broad", "catch exception",
          "catches everything", "bugs", "runtimeexception", "nullpointer", "normal return")),
        ("fix", ("Catch the specific exceptions you can handle, and otherwise let them propagate "
                 "(or wrap and rethrow); report failures to the caller (an exception, a result "
                 "type), and log through a logger"),
         ("specific", "propagate", "rethrow", "re-throw", "throw", "wrap", "throws",
          "result type", "optional", "either", "logger")),
    ),
    # The URLConnection javadoc (a timeout of zero is infinite); CWE-400
    "java-http-connection-without-timeout": (
        ("value", ("A server that accepts the connection and never answers (or a dropped "
                   "network) blocks the call for ever; every caller piles up behind it until "
                   "the request threads or the pool run out"),
         ("forever", "for ever", "hang", "hangs", "blocks", "blocked", "stuck", "never returns",
          "indefinitely", "threads run out", "pool", "pile up", "exhaust")),
        ("cause", ("HttpURLConnection's connect and read timeouts default to 0, which means no "
                   "timeout at all"),
         ("default", "0", "zero", "infinite", "no timeout", "not set", "never set")),
        ("fix", ("Set both: `conn.setConnectTimeout(...)` and `conn.setReadTimeout(...)` (or use "
                 "java.net.http.HttpClient with connectTimeout and a request timeout), and "
                 "decide what to do on timeout (retry, a cached value, an error)"),
         ("setconnecttimeout", "setreadtimeout", "timeout", "httpclient", "connecttimeout",
          "retry", "fallback", "circuit breaker")),
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
                   "or a count converted with `time.Duration(n)` keeps no unit"),
         ("nanosecond", "int64", "no unit", "untyped", "duration is", "count of",
          "not seconds", "not milliseconds")),
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
    # The Go blog, "Go Concurrency Patterns: Pipelines and cancellation"; Concurrency in Go, ch. 4
    **dict.fromkeys(("go-senders-abandoned-on-early-return", "go-senders-abandoned-one-call-away"), (
        ("value", ("The goroutines that have not sent yet block forever on the unbuffered "
                   "channel, since no one will receive again: they leak, one set per call"),
         ("block forever", "blocked forever", "stuck", "leak", "never exit", "never finish",
          "hang", "no receiver", "no one receives", "nobody reads", "goroutine leak")),
        ("cause", ("A send on an unbuffered channel waits for a receiver, and the receiving "
                   "loop returned (or broke out) on the first error"),
         ("unbuffered", "waits for a receiver", "returned", "early return", "first error",
          "stops receiving", "no buffer", "break", "broke out", "exits the loop")),
        ("fix", ("Buffer the channel to the number of senders (`make(chan T, len(urls))`), "
                 "keep receiving after the error, or cancel a context the senders select on "
                 "(errgroup)"),
         ("buffer", "len(", "cancel", "context", "errgroup", "select", "drain",
          "keep receiving")),
    )),
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
    # CWE-787/CWE-120, CERT ARR38-C: a length checked against the input, not the destination
    "c-copy-length-unchecked-against-destination": (
        ("value", ("A record whose length field is larger than the array (but still within the "
                   "input) passes the test, and the copy writes past the end of the array: "
                   "memory corruption an attacker controls"),
         ("overflow", "past the end", "out of bounds", "overwrite", "corrupt", "longer than",
          "larger than", "bigger than", "stack", "heap", "attacker", "undefined behavio")),
        ("cause", ("The only test compares the length with what is left of the input, so it "
                   "keeps the read in bounds but says nothing about the destination's size"),
         ("only checks the input", "remaining", "source", "input length", "not the destination",
          "destination size", "never checked against", "sizeof", "array size", "capacity")),
        ("fix", ("Also refuse a length above the destination's size (`len > sizeof(rec->value)`), "
                 "or copy at most that many bytes and report the record as too long"),
         ("sizeof", "> max", "value_max", "reject", "refuse", "return an error", "min(",
          "truncat", "bound", "limit")),
    ),
    # CWE-134, CERT FIO30-C, clang -Wformat-security
    "c-format-string-not-literal": (
        ("value", ("Text that contains conversions (`%s`, `%x`, `%n`) makes the function read "
                   "arguments that were never passed: it prints stack memory, crashes, or with "
                   "`%n` writes to memory"),
         ("%s", "%x", "%n", "stack", "crash", "leak", "read memory", "write memory",
          "arbitrary", "format string attack", "format-string", "undefined behavio")),
        ("cause", "The text is used as the format, so every `%` in it is read as a conversion",
         ("format string", "as the format", "conversion", "percent", "%", "interpreted",
          "not a literal", "user-controlled", "from input")),
        ("fix", "Pass a literal format and the text as its argument: `printf(\"%s\", text)` (or `fputs`)",
         ('"%s"', "%s\"", "fputs", "puts", "literal format", "constant format")),
    ),
    # the C standard (snprintf returns the length it would have written)
    "c-snprintf-result-used-unchecked": (
        ("value", ("When the output is cut short, the offset moves past the end of the buffer; "
                   "`size - offset` then wraps to a huge size_t and the next call writes past "
                   "the buffer (or the write sends bytes beyond it)"),
         ("past the end", "overflow", "wrap", "huge", "out of bounds", "underflow", "beyond",
          "reads past", "writes past", "negative")),
        ("cause", ("`snprintf` returns the length the whole output would have had, not the "
                   "number of characters it wrote (and a negative value on error)"),
         ("would have", "would be", "full length", "not what it wrote", "truncat",
          "return value", "returns the length", "negative")),
        ("fix", ("Test the result: stop (or report) when it is negative or not smaller than the "
                 "room left, before adding it to the offset or using it as a length"),
         (">= sizeof", ">= size", ">= remaining", "< 0", "check the return", "test the result",
          "if (n", "scnprintf", "clamp")),
    ),
    # CWE-193, CERT STR31-C: a read of the whole buffer, then buf[n] = 0
    "c-terminator-after-full-read": (
        ("value", ("When the input fills the buffer the call returns its full size and the "
                   "terminator is written one byte past the end; when the read fails it returns "
                   "-1 and the write lands before the buffer"),
         ("one byte past", "one past", "past the end", "out of bounds", "off by one",
          "off-by-one", "overflow", "-1", "before the buffer", "negative", "fills")),
        ("cause", ("The read was allowed the whole size, so no byte is left for the terminator, "
                   "and the count is used without checking it"),
         ("whole size", "sizeof", "no room", "no space", "terminator", "not checked",
          "unchecked", "error", "- 1")),
        ("fix", "Read at most `sizeof buf - 1` bytes and check the count (`n <= 0`) before using it",
         ("sizeof buf - 1", "sizeof(buf) - 1", "- 1", "-1", "n <= 0", "n < 0", "check the count",
          "if (n")),
    ),
    # clang-analyzer unix.cstring.BadSizeArg
    "c-strncat-bound-is-buffer-size": (
        ("value", ("Once the destination holds text, appending up to its whole size (plus the "
                   "terminator) writes past its end"),
         ("overflow", "past the end", "out of bounds", "overwrite", "already holds",
          "already contains", "corrupt", "beyond")),
        ("cause", ("strncat's bound is how many characters it may append, not the size of the "
                   "destination; it also adds a terminator after them"),
         ("how many", "characters to append", "not the size", "remaining", "room left",
          "terminator", "existing length", "strlen")),
        ("fix", "Pass `sizeof dst - strlen(dst) - 1`, or build the string with one `snprintf`",
         ("strlen(", "- strlen", "snprintf", "strlcat", "remaining space", "room left")),
    ),
    # CWE-732, CERT FIO06-C / FIO01-J
    **dict.fromkeys(("c-chmod-writable-by-everyone", "java-file-writable-by-everyone"), (
        ("value", ("Any user or process on the machine can replace or change the file: plant "
                   "code or data the program trusts, or change keys and settings"),
         ("any user", "anyone", "every user", "other users", "world", "tamper", "replace",
          "modify", "change it", "overwrite", "malicious", "attacker")),
        ("cause", "The mode gives write permission to others, not just the owner (and its group)",
         ("others", "world-writable", "world writable", "0777", "0666", "o+w", "rwxrwxrwx",
          "permission", "mode")),
        ("fix", ("Give only the owner write access (`0600`/`0644`, `rw-------`), or a group "
                 "the file must be shared with"),
         ("0600", "0644", "0640", "0700", "0755", "rw-------", "rw-r--r--", "owner only",
          "least privilege", "umask")),
    )),
    # CWE-682: a running minimum seeded with 0
    **dict.fromkeys(("c-minimum-seeded-with-zero", "java-minimum-seeded-with-zero"), (
        ("value", ("With values that are all above zero the minimum is never lowered and the "
                   "result is 0, a value that is not in the data"),
         ("stays 0", "stays zero", "remains 0", "remains zero", "always 0", "always zero",
          "returns 0", "returns zero", "never updated", "never changes", "positive", "0 instead")),
        ("cause", ("0 is smaller than every positive item, so the test `x < min` is never true "
                   "for them"),
         ("smaller than", "less than", "starts at 0", "initialised to 0", "initialized to 0",
          "seed", "initial value", "start value")),
        ("fix", ("Start from the first item (and handle an empty input), or from the largest "
                 "value of the type (`DBL_MAX`, `Double.MAX_VALUE`, `Integer.MAX_VALUE`)"),
         ("first item", "first element", "[0]", "get(0)", "max_value", "dbl_max", "int_max",
          "infinity", "positive_infinity", "empty")),
    )),
    # clang-tidy bugprone-use-after-move
    "cpp-used-after-move": (
        ("value", ("After the move the object is in a valid but unspecified state, usually "
                   "empty: the later line reads an empty string or container, not the value it "
                   "means"),
         ("empty", "unspecified", "moved-from", "moved from", "nothing", "garbage",
          "no longer", "wrong value", "blank")),
        ("cause", "`std::move` hands the object's contents to the other object; it is read after that",
         ("move", "transfer", "ownership", "contents", "stolen", "after the move",
          "order")),
        ("fix", ("Read what is needed before the move (or copy it), or read it from where it "
                 "was moved to"),
         ("before the move", "first", "copy", "reorder", "swap the lines", "from the vector",
          "back()", "after reading")),
    ),
    "cpp-loop-to-size-minus-one": (
        ("value", ("For an empty container `size() - 1` wraps to the largest size_t, so the "
                   "loop runs on and indexes far past the end (a crash or garbage)"),
         ("wrap", "huge", "underflow", "largest", "max", "out of bounds", "crash",
          "segfault", "past the end", "undefined behavio", "18446744073709551615")),
        ("cause", "`size()` is unsigned, so subtracting 1 from 0 cannot give -1",
         ("unsigned", "size_t", "size_type", "cannot be negative", "can't be negative",
          "no negative")),
        ("fix", ("Test for empty first, or write the bound without subtracting: `i + 1 < "
                 "v.size()` (or start at 1 and compare with `size()`)"),
         ("empty()", "i + 1 <", "i + 1<", "start at 1", "if (", "size() < 2", "check",
          "guard")),
    ),
    # Core Guidelines CP.26 / F.53
    "cpp-detached-thread-captures-locals": (
        ("value", ("The function returns while the detached thread still runs, and the locals "
                   "it holds references to are destroyed: it reads freed memory or garbage "
                   "(undefined behaviour, a crash)"),
         ("dangling", "destroyed", "out of scope", "goes out of scope", "freed",
          "undefined behavio", "crash", "garbage", "lifetime", "returns before")),
        ("cause", "`[&]` captures references to the function's locals, and `detach` lets the thread outlive them",
         ("by reference", "[&]", "reference", "detach", "outlive", "outlives", "lifetime")),
        ("fix", ("Capture by value (move the data into the lambda) or `join` the thread before "
                 "the locals go away (`std::jthread`)"),
         ("by value", "capture by copy", "std::move", "move it into", "join", "jthread",
          "shared_ptr", "[=]")),
    ),
    "cpp-reference-kept-across-growth": (
        ("value", ("When the container reallocates, the reference still points into the old, "
                   "freed storage: writes through it are lost or corrupt memory"),
         ("dangling", "invalidat", "realloc", "freed", "old storage", "old memory",
          "undefined behavio", "crash", "garbage", "corrupt")),
        ("cause", ("`push_back`, `insert` and `resize` may move every element to a new block "
                   "once the capacity is exceeded"),
         ("capacity", "realloc", "moves the elements", "new block", "new buffer", "copied",
          "invalidat")),
        ("fix", ("Keep the index instead and index again after the growth, or take the "
                 "reference after it (or `reserve` enough first)"),
         ("index", "after the push", "after push_back", "reserve", "re-fetch", "refetch",
          "look it up again", "[parent]")),
    ),
    # Error Prone MisusedWeekYear / MisusedDayOfYear; the DateTimeFormatter javadoc
    "java-date-pattern-week-year": (
        ("value", ("Around New Year the week-based year differs from the calendar year: 30 "
                   "December 2019 prints as 2020-12-30"),
         ("2020", "new year", "end of december", "late december", "early january",
          "wrong year", "next year", "previous year", "week")),
        ("cause", "`Y` is the week-based year; the calendar year is `y`",
         ("week-based", "week based", "week year", "week-year", "iso week", "capital y",
          "uppercase y")),
        ("fix", "Use `yyyy` (or `uuuu` with java.time)", ("yyyy", "uuuu", "lowercase y")),
    ),
    "java-date-pattern-day-of-year": (
        ("value", "After January the day printed is the day of the year: 1 February prints as 02-32",
         ("32", "day of the year", "day of year", "wrong day", "after january", "february",
          "365")),
        ("cause", "`D` is the day of the year; the day of the month is `d`",
         ("day of year", "day-of-year", "day of the year", "capital d", "uppercase d")),
        ("fix", "Use `dd`", ("dd", "lowercase d")),
    ),
    "java-date-pattern-minutes-as-month": (
        ("value", "The month position shows the minute of the hour: at 10:07 on 3 May it prints 07, not 05",
         ("minute", "07", "wrong month", "not the month", "changes every")),
        ("cause", "`m` is the minute; the month is `M`", ("minute", "capital m", "uppercase m")),
        ("fix", "Use `MM` for the month", ("mm", "capital m", "uppercase")),
    ),
    # CWE-532, OWASP Logging Cheat Sheet
    "java-secret-logged": (
        ("value", ("Anyone who can read the logs (operators, log services, backups, an attacker "
                   "with a log file) gets the password or token and can use it"),
         ("anyone", "log file", "logs are", "read the log", "operators", "backups",
          "log aggregat", "leak", "exposed", "attacker", "stolen")),
        ("cause", "The credential itself is written out in plain text with the message",
         ("plain text", "plaintext", "in clear", "the password itself", "sensitive",
          "credential", "secret")),
        ("fix", ("Log that the event happened and who it was for, never the value (or only a "
                 "masked part)"),
         ("don't log", "do not log", "remove", "mask", "redact", "omit", "without the",
          "only the user", "last four", "****")),
    ),
    # CWE-190/680, CERT INT30-C / MEM07-C: an allocation size computed in 32 bits in place
    "c-allocation-size-wraps-in-place": (
        ("value", ("For large values the 32-bit arithmetic wraps (0xFFFFFFFF + 1 is 0, 65536 x "
                   "65536 is 0), a tiny block is allocated, and the data copied into it runs past "
                   "its end"),
         ("wrap", "overflow", "0xffffffff", "zero", "tiny", "too small", "small block",
          "heap overflow", "past the end", "out of bounds")),
        ("cause", ("The sum or product is done in the 32-bit type of its operands before "
                   "`malloc` widens it, and the value comes from the input"),
         ("32-bit", "32 bit", "uint32", "unsigned", "before it is widened", "before widening",
          "input", "attacker", "file header")),
        ("fix", ("Bound the value first (refuse lengths above a maximum), and compute the size "
                 "in size_t (`(size_t)len + 1`), checking a product for overflow"),
         ("(size_t)", "size_t", "limit", "maximum", "max", "check", "reject", "calloc",
          "overflow check", "__builtin_mul_overflow")),
    ),
    "java-retry-forever-without-backoff": (
        ("value", ("While the call keeps failing the loop never ends and retries as fast as it "
                   "fails: a thread stuck at 100% CPU, logs flooded, and the struggling service "
                   "hammered with requests"),
         ("forever", "never ends", "infinite", "cpu", "busy", "tight loop", "flood",
          "hammer", "overload", "spam", "stuck", "hang")),
        ("cause", "Nothing counts the attempts or waits between them; the only way out is success",
         ("no limit", "no cap", "no maximum", "no backoff", "no delay", "no wait", "no sleep",
          "only exit", "only way out", "count")),
        ("fix", ("Cap the attempts and wait between them, growing the wait (exponential backoff "
                 "with jitter), then give up with an error"),
         ("max attempts", "maximum", "limit", "counter", "backoff", "exponential", "jitter",
          "sleep", "delay", "give up", "rethrow", "throw", "resilience4j", "spring retry")),
    ),
    "java-cors-any-origin-with-credentials": (
        ("value", ("Any site the user visits can send requests with the user's cookies and read "
                   "the answers: their data, CSRF tokens, account actions"),
         ("any site", "any origin", "any website", "malicious site", "evil", "attacker",
          "read the response", "cookies", "credentials", "steal", "csrf", "logged-in")),
        ("cause", ("The Origin header is echoed back (or every origin pattern is allowed) "
                   "while credentials are allowed, so the browser's same-origin protection is off"),
         ("reflect", "echo", "copies the origin", "whatever origin", "wildcard", "*",
          "same-origin", "same origin", "allow-credentials")),
        ("fix", "Allow only a fixed list of trusted origins, and send credentials only to them",
         ("allow-list", "allowlist", "whitelist", "trusted origins", "fixed list", "specific origin",
          "check the origin", "allowedorigins")),
    ),
    # clang-tidy bugprone-implicit-widening-of-multiplication-result, CERT INT30-C/INT32-C
    "c-int-product-widened-too-late": (
        ("value", ("For large but ordinary inputs the product passes 2^31 (25 days in "
                   "milliseconds, a 50000 x 50000 image) and wraps to a wrong or negative "
                   "number before it is stored"),
         ("wrap", "overflow", "negative", "2^31", "2147483647", "int_max", "too large",
          "wrong value", "undefined behavio", "25 days", "garbage")),
        ("cause", ("The multiplication is done in the operands' 32-bit type; the wider variable "
                   "only receives the already wrapped result"),
         ("32-bit", "32 bit", "int arithmetic", "before", "only then", "operands", "promotion",
          "converted after", "widened after")),
        ("fix", "Make one operand wide before multiplying: `(int64_t)days * 86400 * 1000` or `1000LL`",
         ("(int64_t)", "(long long)", "(size_t)", "ll", "cast", "first operand", "widen first",
          "int64_t")),
    ),
    # CWE-459, the File.createTempFile javadoc
    "java-temp-file-never-deleted": (
        ("value", ("Every call leaves a file in the temp directory (and one more whenever it "
                   "fails halfway); over time they fill the disk, and they may hold data "
                   "others can read"),
         ("fills the disk", "disk full", "disk space", "pile up", "piles up", "accumulate",
          "left behind", "never removed", "never deleted", "leak", "clutter", "sensitive")),
        ("cause", ("A temporary file is an ordinary file: nothing removes it when the method "
                   "ends, and `createTempFile` only picks a unique name"),
         ("not deleted automatically", "nothing deletes", "never deletes", "no delete",
          "ordinary file", "stays", "persist", "remains")),
        ("fix", ("Delete it in `finally` (`Files.deleteIfExists`), or move it into place when "
                 "it is the result"),
         ("finally", "delete", "deleteifexists", "try-with", "deleteonexit", "move",
          "clean up", "cleanup")),
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
    # NIST e-Handbook 7.2.6.2 (percentiles are ranks of the ordered data)
    "js-order-statistic-of-unsorted": (
        ("value", ("It returns whichever value sits at that position in arrival order, not the "
                   "95th percentile or the median: any sample can come out, and the result "
                   "changes with the order the data came in"),
         ("arbitrary", "random", "whatever", "any value", "wrong value", "not the percentile",
          "arrival order", "insertion order", "order they came", "order it was recorded",
          "meaningless", "depends on the order")),
        ("cause", ("A percentile is a rank in the ordered data; the list is never sorted, so "
                   "its positions say nothing about size"),
         ("never sorted", "not sorted", "unsorted", "isn't sorted", "is not sorted", "sort",
          "ordered", "rank")),
        ("fix", "Sort a copy numerically first: `[...xs].sort((a, b) => a - b)`, then index",
         ("sort((a, b) => a - b)", "a - b", "sort first", "sort it", "sort the", "toSorted",
          "sorted copy")),
    ),
    # MDN, Date.prototype.getDay (day of the week) and getDate (day of the month)
    "js-same-date-by-weekday": (
        ("value", ("Two dates of the same month that fall on the same weekday (the 4th and the "
                   "11th) count as the same day, so different days are merged"),
         ("same weekday", "same day of the week", "4th and the 11th", "a week apart",
          "7 days apart", "seven days", "different days", "true", "duplicate", "merged",
          "dropped")),
        ("cause", "getDay() gives the day of the week (0 to 6); the day of the month is getDate()",
         ("day of the week", "weekday", "0 to 6", "0-6", "day of the month", "getdate")),
        ("fix", "Compare `getDate()` (`getUTCDate()` in UTC) with the year and month",
         ("getdate", "getutcdate", "todatestring", "toisostring")),
    ),
    # MDN, Date: getUTC* read UTC, the other getters local time
    "js-date-parts-utc-and-local": (
        ("value", ("Near midnight the parts come from two different days: at 23:30 on "
                   "December 31st in a zone behind UTC the year is already the next one in "
                   "UTC, so the key is a date that never happened (next year's December 31st)"),
         ("wrong day", "wrong year", "next year", "midnight", "different day", "off by one",
          "doesn't exist", "never happened", "mismatch", "two different")),
        ("cause", ("The getUTC methods read the date in UTC and the others in the server's "
                   "local time zone; mixing them mixes two calendars"),
         ("utc", "local time", "time zone", "timezone", "offset", "mix", "mixed", "both")),
        ("fix", "Use one family for every part: all getUTC* or all local getters",
         ("all utc", "only utc", "all local", "only local", "consistent", "same family",
          "one family", "getutcmonth", "getutcdate", "getfullyear")),
    ),
    # RFC 7519 NumericDate (seconds); MDN, Date.now (milliseconds)
    "js-token-seconds-vs-milliseconds": (
        ("value", ("exp is about 1.7 billion and Date.now() about 1.7 trillion, so every token "
                   "counts as expired (or a difference is a thousand times off)"),
         ("always expired", "every token", "all tokens", "always true", "always false",
          "rejects every", "never valid", "1000", "thousand", "orders of magnitude")),
        ("cause", ("A JWT's exp, iat and nbf are seconds since the epoch; Date.now() is "
                   "milliseconds"),
         ("seconds", "milliseconds", "ms", "unit", "units", "numericdate")),
        ("fix", "Convert one side: `claims.exp * 1000 < Date.now()` or `Date.now() / 1000`",
         ("* 1000", "/ 1000", "times 1000", "divide by 1000", "multiply by 1000")),
    ),
    # merging sorted intervals: the merged end is the larger end
    "js-interval-merge-takes-later-end": (
        ("value", ("An interval that lies inside the last one shortens it: [1, 10] then [2, 3] "
                   "merge to [1, 3], so 3 to 10 is lost (shown as free, or not covered)"),
         ("[1, 3]", "1, 3", "shorter", "shortens", "shrinks", "cut short", "truncat", "lost",
          "inside", "contained", "nested")),
        ("cause", ("The later interval starts after the last one but may end before it; its "
                   "end is not always the larger"),
         ("ends before", "ends earlier", "smaller end", "not always larger", "contained",
          "inside", "larger end", "maximum", "max")),
        ("fix", "Take the larger end: `last.end = Math.max(last.end, cur.end)`",
         ("math.max", "max(", "larger of", "greater of")),
    ),
    # MDN, Math.min (Infinity for no values)
    "js-running-minimum-starts-at-zero": (
        ("value", "For positive values (5, 3, 8) it gives 0, a value none of them has",
         ("0", "zero", "never changes", "stays 0", "stays zero", "never updated")),
        ("cause", ("No positive value is below the starting 0, so the test never passes and "
                   "the minimum is never replaced"),
         ("never less", "never below", "never smaller", "starts at 0", "starting value",
          "initial value", "initialised", "initialized", "seed")),
        ("fix", "Start at Infinity or at the first item (or use `Math.min(...values)`)",
         ("infinity", "first item", "first element", "first value", "values[0]",
          "math.min(...", "number.max_value")),
    ),
    # ECMAScript SameValueZero for Map and Set keys
    "js-collection-lookup-by-new-literal": (
        ("value", ("It never finds anything: get returns undefined and has returns false, "
                   "even right after a set with the same coordinates"),
         ("undefined", "never finds", "never found", "always false", "false", "misses",
          "not found", "nothing")),
        ("cause", ("Map and Set compare object keys by identity; each `[x, y]` is a new "
                   "array, equal to no array stored"),
         ("identity", "reference", "same object", "new array", "new object", "different object",
          "by reference", "===")),
        ("fix", ("Key by a string (`${x},${y}`) or a number, or nest maps; keep and reuse the "
                 "same object only if the caller holds it"),
         ("string key", "`${x},${y}`", "join", "template", "nested map", "x * width",
          "number key", "json.stringify")),
    ),
    # eslint no-unsafe-finally; ECMAScript try statement completion
    "js-return-in-finally": (
        ("value", ("The caller gets the finally block's value as if all went well: the error "
                   "thrown in the try or catch is dropped, so a failure reads as success"),
         ("success", "never sees", "never knows", "swallow", "lost", "discard", "dropped",
          "hidden", "masks", "silently", "no error", "ignored", "resolves")),
        ("cause", ("A finally block that ends with return replaces the try statement's "
                   "pending exception or return value"),
         ("finally", "overrides", "replaces", "wins", "takes precedence", "pending")),
        ("fix", "Return after the try statement and keep only clean-up in finally",
         ("move the return", "return after", "outside the finally", "out of the finally",
          "remove the return", "only clean", "rethrow", "propagate")),
    ),
    # Fetch standard (CORS); OWASP HTML5 Security Cheat Sheet; CWE-942
    "js-cors-reflects-origin-with-credentials": (
        ("value", ("Any website a logged-in user visits can call the API with the user's "
                   "cookies and read the answers: their account data, tokens, anything the API "
                   "returns"),
         ("any site", "any website", "any origin", "another site", "malicious site",
          "evil", "attacker", "read the response", "steal", "cookies", "their data")),
        ("cause", ("The header echoes whatever Origin the request names, so every origin is "
                   "allowed, and credentials are allowed too"),
         ("echo", "reflect", "whatever origin", "any origin", "every origin", "credentials",
          "no check", "not checked", "allow-credentials")),
        ("fix", ("Compare the origin with an allow-list before setting the headers "
                 "(and Vary: Origin)"),
         ("allow-list", "allowlist", "whitelist", "allowed origins", "list of origins",
          "check the origin", "compare", "vary")),
    ),
    # CWE-732; Node fs docs (file modes)
    "js-world-writable-mode": (
        ("value", ("Every local user and every other service on the machine can change or "
                   "replace the files (plant content, swap a script, delete uploads)"),
         ("any user", "every user", "all users", "other users", "anyone", "other process",
          "world", "others", "replace", "tamper", "modify", "delete")),
        ("cause", "The last digit of the mode grants write to others (o+w)",
         ("others", "world-writable", "world writable", "o+w", "write bit", "last digit",
          "777", "666", "permission")),
        ("fix", "Use the narrowest mode: 0o755 or 0o700 for folders, 0o644 or 0o600 for files",
         ("0o755", "0o700", "0o644", "0o600", "755", "700", "644", "600", "umask",
          "owner only")),
    ),
    # CWE-193 (off-by-one); the page counted from 1 in the same function or in another
    **dict.fromkeys(("js-offset-from-one-based-page", "js-offset-from-page-one-based-elsewhere"), (
        ("value", ("Page 1 starts at the second page's first row: the first page's rows are "
                   "never shown"),
         ("skips", "skipped", "first page", "never shown", "missing", "second page", "page 2",
          "off by one", "off-by-one")),
        ("cause", "Pages count from 1, so page 1 must start at offset 0",
         ("starts at 1", "1-based", "one-based", "counts from 1", "offset 0", "start at 0")),
        ("fix", "`(page - 1) * size`",
         ("page - 1", "(page - 1)", "minus one", "subtract 1", "subtract one")),
    )),
    # typescript-eslint prefer-nullish-coalescing; MDN, `??` against `||`
    "ts-number-defaulted-with-or": (
        ("value", ("An explicit 0 is replaced by the fallback: a timeout, count, limit or price "
                   "of 0 silently becomes the default"),
         ("0 is replaced", "replaced", "ignored", "becomes the default", "gets the default",
          "uses the default", "falls back", "fallback", "overridden", "treated as missing",
          "can't pass 0", "cannot pass 0", "can't set 0", "cannot set 0", "zero is lost",
          "0 is lost")),
        ("cause", ("`||` returns the right side for every falsy left side, and 0 is falsy; "
                   "only null and undefined mean the value is missing"),
         ("falsy", "falsey", "0 is false", "zero is false", "truthy", "truthiness",
          "any falsy", "not just undefined", "not only undefined", "null or undefined")),
        ("fix", ("Use `??` (nullish coalescing), which falls back only for null and undefined, "
                 "or test `=== undefined` explicitly"),
         ("??", "nullish", "=== undefined", "== null", "!== undefined", "!= null",
          "typeof")),
    ),
    # MDN, Remainder (%): the result takes the sign of the dividend
    "js-negative-remainder-index": (
        ("value", ("At the first position (i = 0) it is -1, and the array gives undefined "
                   "instead of wrapping to the last item"),
         ("-1", "negative", "undefined", "minus one", "doesn't wrap", "does not wrap")),
        ("cause", "In JavaScript `%` keeps the sign of the left side: (0 - 1) % n is -1",
         ("sign", "negative", "remainder", "not modulo", "dividend", "left side")),
        ("fix", "Add the length before the remainder: `(i - 1 + n) % n`",
         ("+ n", "+ length", "+ len", "add the length", "add n")),
    ),
    # Node fs docs (fs.access, fs.exists); CWE-367
    "js-exists-then-write": (
        ("value", ("Two processes can both find the file missing and both write it: both "
                   "think they hold the lock or made the file, and one's content is lost"),
         ("both", "two processes", "two workers", "same time", "overwrite", "overwritten",
          "twice", "lost", "race")),
        ("cause", ("The check and the write are two separate steps, and the file can be "
                   "created between them (time of check to time of use)"),
         ("between", "toctou", "time of check", "not atomic", "separate", "in between",
          "gap")),
        ("fix", ("Create it atomically: write with the 'wx' flag (fails if it exists) and "
                 "handle EEXIST"),
         ("wx", "o_excl", "eexist", "exclusive", "atomic", "flag")),
    ),
    # MDN, String.prototype.split (a limit drops the rest); RFC 7617
    "js-split-pair-drops-rest": (
        ("value", ("A value that contains the separator is cut at it: a password 'a:b' becomes "
                   "'a', a cookie 'YWJj==' loses its padding, a header's time '08:12:31' "
                   "becomes '08'"),
         ("cut", "truncated", "drops", "dropped", "lost", "loses", "only the first part",
          "second colon", "rest")),
        ("cause", ("split cuts at every separator and the destructuring keeps only the first "
                   "two pieces; a limit of 2 drops the rest too"),
         ("every separator", "every colon", "all colons", "each", "only two", "first two",
          "limit", "rest")),
        ("fix", "Split at the first separator only: `indexOf` and `slice`, or join the rest back",
         ("indexof", "slice", "...rest", "join", "first occurrence", "first colon")),
    ),
    # CWE-532; OWASP Logging Cheat Sheet (data to exclude from logs)
    "js-secret-logged": (
        ("value", ("Anyone who can read the logs (operators, a log service, a backup, whoever "
                   "breaks into any of them) gets the password or key and can log in as the "
                   "user or call the API as the service; the logs keep it for months"),
         ("anyone", "operators", "admins", "log service", "log aggregator", "backup", "leak",
          "leaked", "exposed", "steal", "log in as", "impersonate", "plain text",
          "plaintext")),
        ("cause", ("Logs are copied, shipped and kept far more widely than the credential "
                   "store, and nothing redacts the value on the way"),
         ("logs are", "shipped", "copied", "kept", "retained", "not protected", "not redacted",
          "wider", "widely")),
        ("fix", ("Never log the secret: log the user id or the event, or mask it (`***`, a "
                 "length, a redaction filter in the logger)"),
         ("don't log", "do not log", "never log", "remove", "redact", "mask", "***", "omit",
          "user id", "only the email")),
    ),
    # round 2 (Go and Rust), each from the rule's own source
    # the crypto/tls docs (InsecureSkipVerify); reqwest's danger_accept_invalid_certs; CWE-295
    **dict.fromkeys(("go-tls-insecure-skip-verify", "rust-tls-verification-off"), (
        ("value", ("Anyone on the network path (public Wi-Fi, a proxy, a hijacked DNS answer) can "
                   "present any certificate, pose as the server and read or change the traffic, "
                   "tokens and passwords included"),
         ("man in the middle", "man-in-the-middle", "mitm", "intercept", "attacker", "impersonat",
          "pose as", "fake server", "eavesdrop", "proxy", "any certificate", "self-signed")),
        ("cause", "The certificate chain and the host name are never verified",
         ("not verified", "never verified", "no verification", "skips", "skip", "accepts any",
          "accepts all", "doesn't check", "does not check", "turned off", "disabled")),
        ("fix", ("Leave verification on; for a private CA add it to the roots (`RootCAs`, "
                 "`add_root_certificate`) or pin the certificate"),
         ("rootcas", "root", "add_root_certificate", "ca", "pin", "remove", "default",
          "verify", "real certificate")),
    )),
    # gosec G302/G306, CWE-732; the std docs (set_permissions is not subject to the umask)
    **dict.fromkeys(("go-permissive-file-mode", "rust-permissive-file-mode"), (
        ("value", ("Any other user or service account on the machine can read the file, or change "
                   "it (a config or key swapped for one of theirs)"),
         ("other users", "any user", "everyone", "world", "anyone on the machine", "read it",
          "change it", "modify", "tamper", "leak", "steal")),
        ("cause", ("The mode's last digit gives others read/write (0777, 0666, 0644 for a secret); "
                   "Chmod and set_permissions apply it as given"),
         ("others", "world-writable", "world readable", "world-readable", "0777", "0666",
          "permission", "bits", "mode")),
        ("fix", "Give it the owner only: 0600 for a file (0700 for a folder)",
         ("0600", "0o600", "0700", "0o700", "0640", "owner only", "only the owner", "restrict")),
    )),
    # CWE-1188 (a wrong initial value)
    **dict.fromkeys(("go-min-seeded-with-zero", "rust-min-seeded-with-zero"), (
        ("value", ("When every value is above zero none is smaller than the 0 it starts from, so "
                   "it returns 0, which is not one of the values"),
         ("always 0", "always zero", "returns 0", "returns zero", "stays 0", "stays zero",
          "never changes", "never updated", "not in the data", "wrong minimum")),
        ("cause", "The minimum starts at 0 instead of at the first value",
         ("starts at 0", "starts at zero", "initial", "initialised", "initialized", "seed",
          "start value", "first value")),
        ("fix", ("Start from the first item (or +Inf / the type's MAX), or use `iter().min()` / "
                 "Go's `slices.Min`"),
         ("first", "[0]", "inf", "max", "maxint", "min()", "slices.min", "iter().min")),
    )),
    # the merge-intervals algorithm; CWE-682
    **dict.fromkeys(("go-interval-merge-end", "rust-interval-merge-end"), (
        ("value", ("An interval lying inside the previous one shrinks the merged one: [1, 10] then "
                   "[2, 3] gives [1, 3], and 4 to 10 is lost (shown free, or not downloaded)"),
         ("[1, 3]", "1-3", "1 to 3", "shrinks", "shorter", "lost", "contained", "inside",
          "nested", "smaller end", "loses")),
        ("cause", "The new end is taken from the next interval even when it ends earlier",
         ("end", "earlier", "overwrites", "replaces", "not the larger", "not the max")),
        ("fix", "Keep the larger end: `last.end = max(last.end, cur.end)`",
         ("max", "larger", "greater", "if cur.end >", "whichever")),
    )),
    # the time docs, AddDate
    "go-add-months-overflows": (
        ("value", ("From January 31, one month on is March 2 or 3 (February 31 normalised), so "
                   "the charge skips February and the day drifts afterwards"),
         ("march", "march 2", "march 3", "skips february", "skips", "overflow", "rolls over",
          "normalis", "normaliz", "31", "drift")),
        ("cause", "AddDate keeps the day number and normalises a day past the month's end",
         ("normalis", "normaliz", "keeps the day", "day 31", "end of the month", "shorter month")),
        ("fix", ("Clamp the day to the target month's last day (or anchor on the 1st, or store "
                 "the billing day and compute each date from it)"),
         ("clamp", "last day", "min(", "first of the month", "1st", "day 1", "anchor",
          "days in month")),
    ),
    # the time docs (Day, YearDay, Date)
    "go-same-day-by-one-field": (
        ("value", ("March 5 and April 5 (or the same day a year apart) count as the same day, so "
                   "the check refuses a new day's check-in"),
         ("different month", "another month", "march", "april", "next month", "a year",
          "same number", "false positive", "wrongly")),
        ("cause", "Day() is only the day of the month (YearDay the day of the year)",
         ("day of the month", "only the day", "month", "year", "one field")),
        ("fix", "Compare year, month and day (`a.Date()` against `b.Date()`), in one time zone",
         ("date()", "year", "month", "truncate", "all three", "time zone", "location")),
    ),
    # staticcheck SA1024, the strings docs
    "go-trim-cutset-as-prefix": (
        ("value", ("It strips every leading character that appears in the set: "
                   "`TrimLeft(\"https://shop.example\", \"https://\")` gives `op.example`"),
         ("op.example", "strips", "removes more", "too much", "eats", "characters of the host",
          "any of")),
        ("cause", "The second argument is a set of characters, not a prefix string",
         ("set", "cutset", "characters", "not a prefix", "any character")),
        ("fix", "Use `strings.TrimPrefix` / `TrimSuffix` (or `strings.CutPrefix`)",
         ("trimprefix", "trimsuffix", "cutprefix", "cutsuffix", "url.parse")),
    ),
    # the Go spec / the Rust reference on arithmetic; CERT INT18-C
    **dict.fromkeys(("go-narrow-product-widened", "rust-narrow-product-widened"), (
        ("value", ("Past about 2 (or 4) billion the product wraps (Rust panics in a debug build) "
                   "before it is widened, so the size is wrong or negative"),
         ("overflow", "wrap", "wraps", "negative", "panic", "2 billion", "4 billion",
          "too small", "wrong size", "2^31", "2^32")),
        ("cause", "The multiplication is done in the operands' 32-bit type; the cast comes after",
         ("32-bit", "int32", "u32", "uint32", "before the cast", "after the multiplication",
          "too late", "operands' type")),
        ("fix", "Widen each operand first: `int64(a) * int64(b)`, `a as u64 * b as u64`",
         ("int64(a)", "as u64 *", "each operand", "before multiplying", "checked_mul", "widen")),
    )),
    # the os docs (CreateTemp, MkdirTemp)
    "go-temp-file-not-removed": (
        ("value", ("Every call leaves a file (or folder) in the temp directory, so it fills the "
                   "disk over time; a failed step leaves one too"),
         ("fills", "disk", "pile up", "piles up", "left behind", "accumulate", "never deleted",
          "leak", "space")),
        ("cause", "CreateTemp/MkdirTemp never remove what they make; closing does not delete it",
         ("never removed", "not removed", "close does not", "caller's responsibility",
          "doesn't delete", "does not delete")),
        ("fix", "`defer os.Remove(f.Name())` (`os.RemoveAll(dir)`) right after creating it",
         ("os.remove", "removeall", "defer", "delete")),
    ),
    # CWE-193
    **dict.fromkeys(("go-one-based-page-offset", "rust-one-based-page-offset"), (
        ("value", ("Page 1 starts at item `size` instead of 0, so the first page of items is "
                   "never shown and the last page is empty"),
         ("skips the first", "first page", "never shown", "missing", "starts at 20",
          "starts at size", "off by one", "off-by-one", "one page too far")),
        ("cause", "The page counts from 1 but the offset is computed as if it counted from 0",
         ("counts from 1", "1-based", "one-based", "starts at 1", "zero-based", "0-based")),
        ("fix", "Offset `(page - 1) * size`",
         ("page - 1", "page-1", "(page - 1)", "minus one", "subtract 1")),
    )),
    # CWE-367; the os docs (O_EXCL), the std docs (OpenOptions::create_new)
    **dict.fromkeys(("go-stat-then-create", "rust-exists-then-create"), (
        ("value", ("Two requests can both see no file and both create it: the second truncates "
                   "and overwrites the first one's upload, which was promised never to happen"),
         ("both", "overwrite", "overwrites", "truncat", "race", "at the same time", "between",
          "lost", "clobber")),
        ("cause", "The existence test and the creation are two separate steps",
         ("two steps", "separate", "check then", "time of check", "toctou", "not atomic",
          "in between")),
        ("fix", ("Create it exclusively in one step: `os.OpenFile(p, O_CREATE|O_EXCL|O_WRONLY, "
                 "...)` / `OpenOptions::new().create_new(true)`, and treat \"exists\" as the "
                 "refusal"),
         ("o_excl", "excl", "create_new", "atomic", "one step", "alreadyexists", "errexist")),
    )),
    # the Fetch standard (CORS), MDN Access-Control-Allow-Credentials; CWE-942
    "go-cors-reflects-origin-with-credentials": (
        ("value", ("Any site the user visits can call the API from the user's browser with their "
                   "cookies and read the answers (their data, CSRF tokens)"),
         ("any site", "any origin", "evil", "attacker", "cookies", "read the response",
          "steal", "other site", "malicious page", "cross-site")),
        ("cause", "The request's own Origin is echoed back, so every origin is allowed, with credentials",
         ("echo", "reflect", "every origin", "any origin", "whatever origin", "credentials")),
        ("fix", "Allow only origins on an allow-list (an exact match) before echoing one",
         ("allow-list", "allowlist", "whitelist", "exact", "list of origins", "check the origin",
          "compare")),
    ),
    # CWE-362/367; the database/sql docs (Tx)
    "go-sql-read-then-write": (
        ("value", ("Two requests read the same balance, both pass the check and both write: one "
                   "debit is lost, or the account goes below zero"),
         ("both", "lost update", "lost", "double spend", "overdraw", "negative", "at the same time",
          "concurrent", "race")),
        ("cause", "The read and the write are separate statements with nothing holding the row between",
         ("separate", "two statements", "no transaction", "no lock", "between", "stale")),
        ("fix", ("One conditional UPDATE (`SET balance = balance - $1 WHERE id = $2 AND balance >= "
                 "$1`, checking rows affected), or a transaction with `SELECT ... FOR UPDATE`"),
         ("balance - ", "rows affected", "rowsaffected", "for update", "transaction", "begintx",
          "atomic", "where balance >=")),
    ),
    # Effective Go (defer); the errors docs (Join)
    "go-deferred-close-overwrites-error": (
        ("value", ("When a write fails and Close succeeds, the deferred assignment replaces the "
                   "write's error with nil, so the caller is told the file was written"),
         ("nil", "success", "lost", "hidden", "swallowed", "overwrites", "replaced", "masks")),
        ("cause", "The deferred function assigns Close's result to the named error unconditionally",
         ("unconditionally", "always", "named result", "deferred", "after the return")),
        ("fix", ("Keep the first error: `if cerr := f.Close(); err == nil { err = cerr }`, or "
                 "`errors.Join(err, f.Close())`"),
         ("err == nil", "if err == nil", "errors.join", "join", "first error", "only when")),
    ),
    # CWE-208; the crypto/subtle docs (ConstantTimeCompare)
    "go-request-secret-compared-plainly": (
        ("value", ("Someone who sends many guesses learns from the response time how many leading "
                   "characters of a guess are right, and can recover the key one character at a "
                   "time"),
         ("byte by byte", "byte at a time", "character by character", "one character at a time",
          "guess", "brute force", "timing attack", "timing", "response time", "how long",
          "recover the key")),
        ("cause", ("`==` on strings stops at the first byte that differs, so its time leaks how "
                   "much of the guess matches"),
         ("first byte", "first difference", "stops at", "stops early", "returns early",
          "short-circuit", "short circuit", "side channel", "side-channel", "not constant time",
          "leaks")),
        ("fix", ("Compare in constant time: `subtle.ConstantTimeCompare([]byte(got), "
                 "[]byte(key)) == 1` (or compare hashes of both with `hmac.Equal`)"),
         ("constanttimecompare", "subtle", "constant time", "constant-time", "hmac.equal")),
    ),
    # CERT INT30-C, CWE-191: a ring buffer's count from wrapped unsigned indices
    "c-ring-count-unwrapped": (
        ("value", ("Once the write index wraps back to the start it is smaller than the read "
                   "index, and the unsigned difference wraps to a huge number (near SIZE_MAX) "
                   "instead of the few items queued, so checks against the capacity go wrong"),
         ("huge", "wrap", "underflow", "size_max", "max value", "largest", "4294967295",
          "18446744073709551615", "wrong count", "garbage", "negative")),
        ("cause", ("The indices are stored modulo the capacity, so the write index can be "
                   "below the read index, and unsigned subtraction cannot go below zero"),
         ("unsigned", "modulo", "wraps around", "wrapped", "smaller than", "below", "less than",
          "head < tail", "tail > head")),
        ("fix", ("Add the capacity before taking the remainder, `(head - tail + cap) % cap`, "
                 "branch on which index is ahead, keep a separate count, or let the indices "
                 "run freely and mask them only when indexing"),
         ("+ cap", "+cap", "% cap", "+ capacity", "% capacity", "modulo", "head >= tail",
          "if (head", "count field", "separate count", "keep a count", "free-running",
          "mask")),
    ),
    # the ExecutorService and Executors javadoc
    "java-executor-never-shut-down": (
        ("value", ("Each call starts a new pool whose threads stay alive after the method "
                   "returns (or throws); calls pile up idle threads until the process runs out "
                   "of memory or threads, and non-daemon threads keep the JVM from exiting"),
         ("thread leak", "leak", "pile up", "piles up", "accumulate", "outlive", "stay alive",
          "keep running", "never exits", "doesn't exit", "does not exit", "jvm", "out of memory",
          "unable to create", "too many threads")),
        ("cause", ("A pool's worker threads run until it is shut down, and nothing shuts this "
                   "one down on every path (an exception or an early return skips a shutdown "
                   "written at the end)"),
         ("shutdown", "shut down", "never closed", "not closed", "exception", "early return",
          "skips", "non-daemon", "worker threads", "until")),
        ("fix", ("Shut it down in `finally` (or use try-with-resources on Java 19+), or create "
                 "one pool for the class and reuse it, shutting it down when the service stops"),
         ("finally", "try-with-resources", "try (", "close()", "shutdown()", "reuse", "one pool",
          "field", "shared pool", "singleton", "inject")),
    ),
    # C++ Core Guidelines ES.65, CERT CTR51-CPP, cppreference's iterator invalidation table
    "cpp-reference-kept-across-growing-call": (
        ("value", ("The called method adds to the same container; when that reallocates, the "
                   "reference still points into the old, freed storage, so the use after the "
                   "call reads or writes freed memory (the update is lost, or memory is "
                   "corrupted)"),
         ("dangling", "invalidat", "realloc", "freed", "old storage", "old memory",
          "undefined behavio", "crash", "garbage", "corrupt", "use after free", "use-after-free")),
        ("cause", ("The call grows the member vector (`push_back` inside it), which moves every "
                   "element to a new block once the capacity is exceeded; the caller's "
                   "reference does not follow"),
         ("push_back", "grows", "capacity", "realloc", "new block", "new buffer", "moves the elements",
          "copied", "inside the call", "inside addtask", "the method adds", "invalidat")),
        ("fix", ("Keep the index and look the element up again after the call (`tasks_[i]`), "
                 "or make the call before taking the reference (or use a container whose "
                 "elements do not move, such as std::deque grown at the ends or std::list)"),
         ("index", "look it up again", "re-fetch", "refetch", "after the call", "tasks_[i]",
          "before taking", "std::list", "std::deque", "deque", "unique_ptr", "stable")),
    ),
    # Duration::as_secs, Go's time.Duration division and conversions, Java's Duration and
    # integer division: a refill that cuts the elapsed time and still moves its timestamp
    **dict.fromkeys(("rust-refill-truncated", "go-refill-truncated", "java-refill-truncated"), (
        ("value", ("A caller that comes back before a whole unit has passed is credited 0, yet "
                   "the timestamp moves to now, so that time is forgotten: calling every half "
                   "second, it never earns a token and stays refused, and slower callers lose "
                   "the fraction at every refill"),
         ("never refills", "never earns", "never gets", "never regains", "zero tokens",
          "0 tokens", "credited 0", "starves", "stays empty", "lost time", "loses the fraction",
          "fraction is lost", "half second", "every 500", "more often than", "rejected forever")),
        ("cause", ("The elapsed time is cut to whole units (`as_secs()`, an integer division or "
                   "cast), and the timestamp is set to now anyway, so the remainder is thrown "
                   "away instead of carried to the next call"),
         ("truncat", "whole seconds", "integer division", "rounds down", "round down", "floor",
          "cast", "fraction", "remainder", "as_secs", "toseconds", "resets the timestamp",
          "timestamp moves", "last = now")),
        ("fix", ("Keep fractional tokens (a float, `as_secs_f64`), or move the timestamp only by "
                 "the time the whole tokens account for (`last += n * interval`), or move it "
                 "only when a token was added"),
         ("as_secs_f64", "float", "double", "fractional", "last +=", "+= n *", "only by the time",
          "carry the remainder", "keep the remainder", "only when", "if added > 0",
          "nanoseconds", "nanos")),
    )),
    # round 9, Python (analysis/rules/python.yaml and analysis/pyvalues.py)
    "py-template-built-from-values": (
        ("value", ("Whoever writes that text writes template code: `{{ config }}` or "
                   "`{{ ''.__class__.__mro__ }}` reads secrets or runs code on the server"),
         ("template injection", "ssti", "{{", "config", "run code", "execute", "secret",
          "server-side", "arbitrary")),
        ("cause", "The value becomes part of the template's source instead of a variable it renders",
         ("source", "part of the template", "interpreted", "evaluated", "concatenat", "format")),
        ("fix", "Keep the template fixed and pass the value as a variable (`name=value`), escaped",
         ("variable", "context", "keyword", "render_template(", "fixed template", "escape",
          "autoescape")),
    ),
    "py-mktime-of-utc": (
        ("value", "The epoch seconds are off by the server's UTC offset (and shift at a DST change)",
         ("offset", "hours off", "off by", "timezone", "time zone", "dst", "local")),
        ("cause", "`time.mktime` reads its tuple as local time, but the tuple holds UTC",
         ("local time", "localtime", "mktime", "inverse", "interprets")),
        ("fix", "Use `calendar.timegm(t.utctimetuple())`, or `.timestamp()` of an aware datetime",
         ("timegm", "calendar", "timestamp()", "aware")),
    ),
    "py-suppress-every-exception": (
        ("value", "A failure in the block is skipped silently and the code after it carries on as if it worked",
         ("silently", "hidden", "lost", "as if", "carries on", "never know", "counted")),
        ("cause", "`suppress(Exception)` swallows every error, bugs included, like `except Exception: pass`",
         ("every exception", "all exceptions", "swallow", "except exception", "broad")),
        ("fix", "Suppress only the exception expected, or catch, log and count the failure",
         ("specific", "only", "log", "count", "re-raise", "raise", "integrityerror")),
    ),
    "py-except-boolean-operator": (
        ("value", "The second exception is not caught: it escapes instead of being handled",
         ("not caught", "escapes", "propagat", "uncaught", "crash", "only the first")),
        ("cause", "`A or B` is evaluated first and gives `A`, so the handler names one class",
         ("evaluat", "truthy", "returns the first", "boolean", "or operator", "just valueerror")),
        ("fix", "Name both in a tuple: `except (A, B):`",
         ("tuple", "(valueerror, typeerror)", "parenthes", "both")),
    ),
    "py-shell-dash-c-built": (
        ("value", "A value holding `;`, `$( )` or a quote runs commands of its own",
         ("inject", "arbitrary command", ";", "$(", "backtick", "rm -rf", "runs")),
        ("cause", "`sh -c` parses the whole string as a command line: the list does not protect it",
         ("shell", "-c", "parses", "command line", "shell=false", "quote")),
        ("fix", "Pass the program and its arguments as a list with no shell (or `shlex.quote` each value)",
         ("list", "no shell", "argument list", "shlex.quote", "quote", "without sh")),
    ),
    "py-builtin-hash-for-placement": (
        ("value", "The same key lands in another shard or file on the next run or in another worker",
         ("different", "another", "next run", "each run", "restart", "other process", "changes")),
        ("cause", "`hash()` of str and bytes is salted per process (PYTHONHASHSEED)",
         ("salt", "random", "pythonhashseed", "per process", "randomi")),
        ("fix", "Use a stable hash: `zlib.crc32`, `hashlib` (md5/sha1 of the key), or a lookup",
         ("crc32", "hashlib", "md5", "sha", "stable", "deterministic")),
    ),
    "py-strip-given-a-word": (
        ("value", "Names ending in any of those letters lose them too: 'metrics.csv' gives 'metri'",
         ("letters", "characters", "too much", "metri", "more than", "eats")),
        ("cause", "The argument is a set of characters to strip, not a suffix or prefix",
         ("set of characters", "any of", "characters", "not a suffix", "not a prefix", "each char")),
        ("fix", "Use `removesuffix`/`removeprefix` (or `Path(name).stem`)",
         ("removesuffix", "removeprefix", "stem", "endswith", "slice")),
    ),
    # rules-py6: the datetime docs, date.weekday ("Monday is 0 and Sunday is 6") and
    # date.isoweekday ("Monday is 1 and Sunday is 7")
    "py-weekday-numbering-mixed": (
        ("value", ("The test is wrong for some days: `weekday() in (6, 7)` takes only Sunday as "
                   "the weekend (Saturday is 5), and a value of 7 (or 0 for isoweekday) never "
                   "comes; a table keyed 1..7 finds no Monday and names the other days one off"),
         ("saturday", "sunday", "monday", "never", "misses", "only sunday", "keyerror",
          "one off", "off by one", "shifted", "wrong day")),
        ("cause", ("`weekday()` counts 0 (Monday) to 6 (Sunday); `isoweekday()` counts 1 to 7: "
                   "the code mixes the two numberings"),
         ("0 to 6", "0-6", "1 to 7", "1-7", "zero-based", "0-based", "1-based", "monday is 0",
          "isoweekday", "numbering", "starts at 0")),
        ("fix", ("Use the values of the method called (`weekday() >= 5`), or call `isoweekday()`, "
                 "or name the days (`calendar.SATURDAY`)"),
         ("in (5, 6)", ">= 5", "isoweekday", "calendar.", "saturday", "constant", "0..6")),
    ),
    # the contextlib docs, contextmanager (the exception is reraised at the yield)
    "py-context-manager-cleanup-skipped": (
        ("value", ("When the with-block raises, the exception comes out of the `yield`, so the "
                   "lines after it (the commit or rollback, the release) never run and what they "
                   "would end stays open"),
         ("never runs", "not run", "skipped", "stays open", "left open", "still held", "no rollback",
          "never released", "not released", "half", "locked", "re:raised? (at|from|out of) the yield")),
        ("cause", ("`contextmanager` throws the block's exception into the generator at the "
                   "`yield`; only a try around it can react"),
         ("at the yield", "into the generator", "thrown", "reraised", "re-raised", "propagat",
          "no try", "without try", "no finally")),
        ("fix", ("Put the `yield` in `try`: clean up in `finally`, or roll back in `except` and "
                 "re-raise, committing in `else`"),
         ("try", "finally", "except", "rollback", "re-raise", "raise")),
    ),
    # the datetime docs, strftime() and strptime() Format Codes (%M minute, %m month)
    "py-minutes-in-a-date-format": (
        ("value", ("`%M` is the minute: strptime leaves the month at January and reads the month's "
                   "number as minutes; strftime prints the minutes where the month should be"),
         ("january", "minute", "month is 1", "always 1", "wrong month", "00", "re:%m\\b")),
        ("cause", "In strftime/strptime codes `%M` is the minute and `%m` the month",
         ("minute", "%m is the month", "lower-case", "lowercase", "case")),
        ("fix", "Write `%m` for the month (`%Y-%m-%d`)",
         ("%m", "%y-%m-%d", "lower", "fromisoformat", "date.fromisoformat")),
    ),
    # rules-py6: ruff B034 and the re docs: re.sub(pattern, repl, string, count=0, flags=0)
    "py-regex-flag-as-count": (
        ("value", ("The flag is taken as the count (or maxsplit, or start position): its value "
                   "caps the matches replaced (`re.IGNORECASE` is 2, `re.MULTILINE` 8), and the "
                   "flag itself never takes effect"),
         ("only two", "first two", "is 2", "== 2", "is 8", "count", "at most", "case-sensitive",
          "not ignored", "no flag", "not set", "some left", "not all", "maxsplit", "position")),
        ("cause", ("The fourth positional parameter of `re.sub`/`re.subn` (third of `re.split`, "
                   "and of a compiled pattern's `sub`) is the count; flags come after it"),
         ("positional", "fourth", "third", "count parameter", "flags is", "flags comes after",
          "integer", "intflag", "is a number")),
        ("fix", "Pass flags by keyword (`flags=re.IGNORECASE`) or compile the pattern with them",
         ("flags=", "keyword", "re.compile", "(?i)", "inline flag")),
    ),
    # rules-py6: ruff RUF024; the dict docs (fromkeys: "All of the values refer to just a single
    # instance"); the programming FAQ, "How do I create a multidimensional list?"
    "py-one-mutable-value-shared": (
        ("value", ("Every key (or row) holds the same list: appending for one shows under all of "
                   "them, so each division lists every player"),
         ("every key", "all keys", "all the keys", "every row", "all rows", "same list",
          "everyone", "all players", "shows up", "appears in all", "every division")),
        ("cause", ("`dict.fromkeys(keys, [])` (and `[[...]] * n`) evaluates the value once and "
                   "stores references to that one object"),
         ("same object", "one object", "single instance", "one list", "reference", "shared",
          "alias", "evaluated once", "not copied")),
        ("fix", ("Make one value per key or row: `{k: [] for k in keys}`, "
                 "`[[0] * w for _ in range(h)]`, or `collections.defaultdict(list)`"),
         ("comprehension", "for k in", "for _ in", "defaultdict", "setdefault", "new list",
          "each key")),
    ),
    # rules-py6: the contextlib docs, ExitStack.enter_context and close; CWE-772
    "py-exit-stack-entered-per-item": (
        ("value", ("Every file stays open until the `with` around the loop ends: with thousands "
                   "of items the process runs out of file descriptors (\"Too many open files\")"),
         ("too many open files", "file descriptor", "descriptors", "stay open", "stays open",
          "all open", "until the end", "emfile", "ulimit", "leak")),
        ("cause", ("`enter_context` only registers the exit on the stack; it runs when the stack "
                   "unwinds, not at the end of the iteration"),
         ("when the stack", "stack closes", "stack unwinds", "end of the with", "not per",
          "not at the end of the iteration", "registered", "callback", "exits the with")),
        ("fix", ("Open each file in its own `with` inside the loop (or close it at the end of "
                 "the iteration); keep the ExitStack for files needed together"),
         ("with open", "with path.open", "own with", "close it", "f.close", "inside the loop",
          "per iteration", "helper")),
    ),
    # rules-py6: bandit B101, ruff S101; the reference, "The assert statement" (`if __debug__`)
    "py-assert-checks-input": (
        ("value", ("Under `python -O` (or PYTHONOPTIMIZE) the check is gone and a bad value goes "
                   "through (a negative payment credits the card); otherwise the caller gets "
                   "AssertionError, which its handler for the module's errors does not catch"),
         ("python -o", " -o ", "-oo", "optimi", "removed", "stripped", "skipped", "goes through", "negative",
          "assertionerror", "not caught", "uncaught", "500", "crash")),
        ("cause", ("`assert` is for the programmer's own invariants: it runs only when "
                   "`__debug__` is true, and it raises AssertionError rather than the error the "
                   "module's callers handle"),
         ("__debug__", "debug", "invariant", "not for validation", "not for input",
          "development", "assertionerror")),
        ("fix", "Check it with `if` and raise the module's own error (or ValueError), as the other checks do",
         ("if ", "raise", "valueerror", "own error", "exception")),
    ),
    "py-decimal-from-float": (
        ("value", "The amount is not the decimal written: Decimal(1.005) is 1.00499999..., so it rounds down",
         ("1.00499", "binary", "not exact", "inexact", "rounds down", "wrong cent", "precision")),
        ("cause", "A float holds the nearest binary fraction, and Decimal(float) copies that exactly",
         ("float", "binary fraction", "exactly", "representation", "ieee")),
        ("fix", "Build it from a string (`Decimal(str(x))`, or keep the text) or count cents as ints",
         ("string", "str(", "decimal(\"", "cents", "integer", "text")),
    ),
    "py-is-compares-values": (
        ("value", "Equal ids (or strings) can fail the test: above 256, two equal ints are usually different objects",
         ("256", "different object", "false", "fails", "refused", "sometimes")),
        ("cause", "`is` tests identity; only small ints and some strings are cached as one object",
         ("identity", "same object", "cache", "interned", "intern")),
        ("fix", "Compare values with `==` (keep `is` for None and sentinels)",
         ("==", "equality", "equals")),
    ),
    "py-binary-search-past-end": (
        ("value", "A value above every item reads one past the end: IndexError",
         ("indexerror", "out of range", "past the end", "one past", "crash")),
        ("cause", "`hi` starts at len(xs) but the loop runs while lo <= hi, so mid can reach len(xs)",
         ("len(", "<=", "inclusive", "off by one", "off-by-one", "bound")),
        ("fix", "Either `hi = len(xs) - 1` with `<=`, or keep `len(xs)` with `lo < hi` and `hi = mid` (bisect)",
         ("- 1", "-1", "lo < hi", "bisect", "half-open", "hi = mid")),
    ),
    "py-queue-empty-then-get": (
        ("value", "A worker can block for ever in get(), so join() never returns",
         ("block", "hang", "forever", "for ever", "deadlock", "never returns", "stuck")),
        ("cause", "Another worker takes the last item between empty() and get(): the test is stale at once",
         ("between", "race", "another worker", "stale", "at the same time", "not atomic")),
        ("fix", "Call `get_nowait()` (or `get(timeout=...)`) and stop on `queue.Empty`, or put a sentinel per worker",
         ("get_nowait", "timeout", "queue.empty", "except empty", "sentinel", "none")),
    ),
    "py-growing-list-rescanned": (
        ("value", "The loop is O(n²): each round rescans everything kept so far",
         ("o(n^2)", "o(n²)", "quadratic", "n squared", "grows", "slow")),
        ("cause", "The list gains an item per round and the whole list is summed or scanned every round",
         ("every round", "each iteration", "whole list", "rescan", "again")),
        ("fix", "Keep a running total and count (or a heap) updated per item",
         ("running", "total", "count", "incremental", "heap", "accumulat")),
    ),
    "py-lazy-reader-returned-from-with": (
        ("value", "The caller's first iteration fails: ValueError, I/O operation on closed file",
         ("closed file", "closed", "valueerror", "i/o operation", "fails", "nothing")),
        ("cause", "The reader reads lazily, and the with block closes the file as the function returns",
         ("lazy", "lazily", "when iterated", "with block", "closes", "on return", "exits")),
        ("fix", "Read the rows inside the block (`list(reader)`), yield from it, or let the caller own the file",
         ("list(", "yield", "inside the block", "caller", "materialise", "materialize")),
    ),
    "py-get-default-mutated": (
        ("value", "For a new key nothing is stored: the value goes into a throwaway list and is lost",
         ("lost", "never stored", "nothing", "empty", "throwaway", "discarded", "not saved")),
        ("cause", "`get` returns its default without inserting it into the dict",
         ("does not insert", "doesn't insert", "not inserted", "returns the default", "new list", "temporary")),
        ("fix", "Use `setdefault(k, []).append(v)` or a `defaultdict(list)`",
         ("setdefault", "defaultdict", "d[k] =", "assign")),
    ),
    "py-enumerate-from-one-indexed": (
        ("value", "It reads the next item, and the last round raises IndexError",
         ("next item", "indexerror", "out of range", "past the end", "one ahead", "off by one", "off-by-one")),
        ("cause", "`start=1` changes only the count; list indexes still start at 0",
         ("start", "count", "starts at 0", "zero", "0-based", "index")),
        ("fix", "Index with `i - 1`, enumerate from 0, or loop over `zip(xs, xs[1:])`",
         ("i - 1", "- 1", "start=0", "zip", "pairwise", "from 0")),
    ),
    "py-uuid1-as-secret": (
        ("value", "Tokens can be guessed: one issued token gives the next ones away",
         ("guess", "predictable", "predict", "enumerate", "brute", "forge")),
        ("cause", "uuid1 is the host's MAC address and a timestamp, not random",
         ("mac", "timestamp", "time", "not random", "host", "clock")),
        ("fix", "Use `secrets.token_urlsafe()` (or uuid4, which is random)",
         ("secrets", "token_urlsafe", "token_hex", "uuid4", "urandom")),
    ),
    "py-validation-match-unanchored": (
        ("value", "A value with bad characters after a valid start passes: `main; rm -rf /`",
         ("passes", "after", "suffix", "trailing", "bypass", ";", "newline")),
        ("cause", "`re.match` anchors only the start; the rest of the string is never tested",
         ("only the start", "beginning", "anchor", "not the whole", "prefix", "start of")),
        ("fix", "Use `re.fullmatch` or end the pattern with `\\Z`",
         ("fullmatch", "\\z", "$", "anchor", "end of")),
    ),
    "py-sum-of-lists": (
        ("value", "It is O(n²) in the total length: slow for many lists",
         ("o(n^2)", "o(n²)", "quadratic", "slow", "grows")),
        ("cause", "Each `+` builds a new list and copies everything gathered so far",
         ("copies", "copy", "new list", "each step", "concatenat")),
        ("fix", "Use `itertools.chain.from_iterable` or one comprehension (or extend one list)",
         ("chain", "from_iterable", "comprehension", "extend")),
    ),
    "py-count-per-item": (
        ("value", "The loop is O(n²) (items × distinct items): slow on big inputs",
         ("o(n^2)", "o(n²)", "quadratic", "n*k", "slow", "grows")),
        ("cause", "`list.count` walks the whole list on every call",
         ("walks", "scans", "whole list", "every call", "each call", "o(n)", "linear")),
        ("fix", "Count once with `collections.Counter` (or a dict in one pass)",
         ("counter", "one pass", "single pass", "dict", "most_common")),
    ),
    "py-xml-parser-external-entities": (
        ("value", "An uploaded document can read local files or reach internal URLs (XXE)",
         ("xxe", "external entit", "/etc/passwd", "local file", "internal", "ssrf")),
        ("cause", "The parser resolves entities and loads DTDs or uses the network as asked",
         ("resolve_entities", "entities", "dtd", "no_network", "network")),
        ("fix", "Turn them off (`resolve_entities=False`, `no_network=True`, no DTD) or use defusedxml",
         ("resolve_entities=false", "defusedxml", "no_network=true", "turn off", "disable")),
    ),
    "py-pytz-zone-attached-by-replace": (
        ("value", "The time gets the zone's old local-mean-time offset (Amsterdam +00:20), so it is off by minutes",
         ("lmt", "local mean time", "+00:20", "-04:56", "minutes", "wrong offset", "off by")),
        ("cause", "A pytz zone given as tzinfo carries its first offset; only localize picks the one for the date",
         ("localize", "first offset", "historical", "pytz", "does not work", "doesn't work")),
        ("fix", "Use `zone.localize(dt)`, or zoneinfo's `ZoneInfo` with `replace(tzinfo=...)`",
         ("localize", "zoneinfo", "zoneinfo(")),
    ),
    "py-future-discarded": (
        ("value", "A task that raises fails silently: nobody ever sees the error",
         ("silent", "silently", "lost", "never see", "nobody", "swallowed", "hidden")),
        ("cause", "The exception is stored in the future and raised only by `result()`, and the future is dropped",
         ("future", "result()", "stored", "exception()", "dropped", "discard")),
        ("fix", "Keep the futures and call `result()` on each (`as_completed`), or use `pool.map` and consume it",
         ("result(", "as_completed", "wait(", "keep the future", "list of futures", "map")),
    ),
    "py-popen-pipe-then-wait": (
        ("value", "It hangs once the command writes more than the pipe buffer holds (about 64 KiB)",
         ("hang", "deadlock", "blocks", "stuck", "never returns", "timeout", "64")),
        ("cause", "The child blocks writing to a full pipe while the parent waits for it to exit",
         ("pipe", "buffer", "full", "nobody reads", "not read", "waits")),
        ("fix", "Use `communicate(timeout=...)` or `subprocess.run(capture_output=True)`",
         ("communicate", "subprocess.run", "capture_output", "read first")),
    ),
    "py-queue-join-without-task-done": (
        ("value", "`join()` never returns: the program hangs after the work is done",
         ("never returns", "hang", "blocks", "forever", "for ever", "stuck", "deadlock")),
        ("cause", "join waits for one task_done() per item put; the workers never call it",
         ("task_done", "unfinished", "count", "per item", "never called")),
        ("fix", "Call `task_done()` after each item, in a `finally` so a failure counts too",
         ("task_done", "finally", "after each")),
    ),
    "py-process-worker-changes-global": (
        ("value", "The parent's value stays empty or zero: the workers' changes are lost",
         ("empty", "zero", "lost", "unchanged", "not see", "nothing", "stays")),
        ("cause", "Each worker process has its own copy of the module's globals; memory is not shared",
         ("own copy", "copy", "separate process", "memory", "not shared", "fork", "pickled")),
        ("fix", "Return results from the worker and combine them in the parent (or use a Manager/Queue)",
         ("return", "combine", "merge", "reduce", "manager", "queue", "sum")),
    ),
    "py-markup-built-from-values": (
        ("value", "A value holding `<script>` runs in every visitor's browser: stored XSS",
         ("xss", "script", "cross-site", "injected", "runs", "javascript")),
        ("cause", "Markup marks the whole formatted string safe; the value was never escaped",
         ("safe", "not escaped", "unescaped", "marks", "trusted", "escap")),
        ("fix", "Escape each value (`escape(x)`) or make Markup the template: `Markup('<p>%s</p>') % x`",
         ("escape(", "markup(", "% x", "template", "autoescape", "jinja")),
    ),
    "py-unbounded-cache-on-method": (
        ("value", "Every instance it is called on, and all it holds, stays in memory for ever",
         ("memory", "leak", "never freed", "kept alive", "grows", "for ever", "forever")),
        ("cause", "The cache is the function's, lives with the process, has no bound; `self` is in each key",
         ("self", "key", "no limit", "unbounded", "maxsize=none", "class-level", "process")),
        ("fix", "Bound it, cache per instance (a dict on self, `cached_property`), or cache a module function",
         ("maxsize", "per instance", "cached_property", "dict", "module function", "ttl")),
    ),
    "py-millis-slept-as-seconds": (
        ("value", "It waits a thousand times too long: 500 ms becomes over eight minutes",
         ("thousand", "1000", "too long", "minutes", "seconds instead")),
        ("cause", "sleep takes seconds, and the value is in milliseconds",
         ("seconds", "milliseconds", "units", "unit")),
        ("fix", "Divide by 1000 (or keep the setting in seconds)",
         ("/ 1000", "/1000", "1000", "in seconds", "_s")),
    ),
    "py-thread-args-not-a-tuple": (
        ("value", "The target gets one argument per item (a string: one per character) and fails in the thread",
         ("per character", "each character", "typeerror", "positional", "too many", "fails")),
        ("cause", "Parentheses alone make no tuple; a one-item tuple needs a trailing comma",
         ("comma", "not a tuple", "parenthes", "tuple")),
        ("fix", "Write `args=(x,)` (or a list `[x]`)",
         ("(x,)", "trailing comma", ",)", "[x]", "list")),
    ),
    "py-response-status-unchecked": (
        ("value", "An error reply (403, 429, 500) is read as if it were data: a KeyError later, or wrong data stored",
         ("error page", "403", "429", "500", "keyerror", "wrong data", "rate limit", "error reply")),
        ("cause", "requests does not raise on an HTTP error status; nothing here looks at it",
         ("does not raise", "doesn't raise", "status", "not checked", "unchecked", "never looks")),
        ("fix", "Call `raise_for_status()` (or test `status_code`) before reading the body",
         ("raise_for_status", "status_code", ".ok", "check the status")),
    ),
    "py-local-time-for-utc": (
        ("value", "On a server not on UTC the day or hour is off by the local offset",
         ("local", "offset", "off by", "wrong day", "server", "time zone", "timezone")),
        ("cause", "fromtimestamp without tz converts to the machine's local time",
         ("local time", "no tz", "without tz", "tz=none", "platform")),
        ("fix", "Pass `tz=timezone.utc`",
         ("timezone.utc", "tz=", "utc")),
    ),
    "py-class-attribute-shared": (
        ("value", "Every instance sees every other's changes: one customer's items show up in all",
         ("every instance", "all instances", "other instances", "shared", "show up", "leak")),
        ("cause", "The list is made once, with the class; `self.x.append` changes that one object",
         ("class attribute", "class variable", "once", "same list", "same object")),
        ("fix", "Create it per instance in `__init__` (`self.items = []`) or with `field(default_factory=list)`",
         ("__init__", "self.items = []", "default_factory", "per instance", "instance attribute")),
    ),
    # PEP 3101, Security Considerations; the string docs, Template strings; CWE-134
    "py-format-string-from-stored-template": (
        ("value", ("Whoever edits the template (an admin, a translator, a support user) can write "
                   "`{account.__init__.__globals__}` and read the module's globals, settings and secrets, or any "
                   "attribute of the objects passed"),
         ("__globals__", "__init__", "globals", "secret", "attribute", "settings", "read data",
          "leak", "expose", "any field", "password", "api key")),
        ("cause", ("A `str.format` field can follow attributes and indexes of the arguments, and the template is data"
                   " others control, not code"),
         ("attribute", "dot", "field", "follows", "traverse", "not code", "editable", "stored",
          "database", "controlled", "untrusted", "format string")),
        ("fix", ("Fill such templates with `string.Template` (`$name` only) and plain values, or a sandboxed engine; "
                 "pass strings, not objects"),
         ("string.template", "template(", "safe_substitute", "substitute", "sandbox",
          "plain values", "only strings", "strings only", "whitelist", "allow-list", "dict of strings")),
    ),
    # the sqlite3 docs, Transaction control and executemany
    "py-commit-per-row-in-loop": (
        ("value", ("The import is many times slower than it needs to be (one transaction and one disk sync per row), "
                   "and a failure halfway leaves half the file stored"),
         ("slow", "sync", "fsync", "disk", "per row", "each row", "every row", "half",
          "partial", "transaction per", "thousands")),
        ("cause", ("Each `commit()` ends a transaction, and the database makes each committed transaction durable on "
                   "disk before returning"),
         ("commit", "transaction", "durable", "journal", "flush", "disk write", "write to disk")),
        ("fix", ("Commit once after the loop (or every N rows), or insert the rows with `executemany` in one "
                 "transaction (`with conn:`)"),
         ("executemany", "after the loop", "once", "batch", "every n", "every 1000",
          "one transaction", "with conn", "bulk")),
    ),
    # MDN, Date: getMinutes, getHours, getTime
    "js-duration-from-date-fields": (
        ("value", ("The duration is wrong whenever the two times are in different hours or days: 09:50 to 10:05 by "
                   "minutes gives -45, a night shift 22:00 to 06:00 gives -16 hours"),
         ("negative", "-45", "wrong", "midnight", "next day", "different hour", "different day",
          "wraps", "night", "across")),
        ("cause", ("`getMinutes()`/`getHours()` return one field of the clock time (0-59, 0-23), not a count since a "
                   "fixed start, so their difference drops the carries between fields and days"),
         ("field", "0-59", "0-23", "component", "clock", "only the minutes", "only the hour",
          "not the total", "carry", "ignores the date", "ignores the day")),
        ("fix", ("Subtract the times: `(end - start) / 60000` or `end.getTime() - start.getTime()` in milliseconds, "
                 "then convert"),
         ("gettime", "end - start", "milliseconds", "60000", "60_000", "valueof", "date.now",
          "timestamp", "epoch")),
    ),
    # MDN, Atomics; SharedArrayBuffer
    "js-shared-array-updated-without-atomics": (
        ("value", ("Counts are lost: two workers read the same old value, each adds one, and one write overwrites the"
                   " other, so the totals come out too low and differ run to run"),
         ("lost", "lose", "too low", "overwrite", "race", "differ", "nondetermin",
          "non-determin", "wrong count", "undercount", "inconsistent")),
        ("cause", ("The typed array is the same memory in every worker, and `+=`/`++` is a read and a separate write,"
                   " not one indivisible step"),
         ("same memory", "shared", "read and", "read-modify-write", "not atomic", "two steps",
          "separate write", "interleav", "at the same time", "concurrent")),
        ("fix", ("Use `Atomics.add(table, i, 1)` (or `Atomics.compareExchange`), or give each worker its own table "
                 "and add them up at the end"),
         ("atomics.add", "atomics", "compareexchange", "own table", "own array", "per worker",
          "merge", "add them up", "lock", "mutex")),
    ),
    # The Go memory model; the race detector's docs ("concurrent map read and map write")
    "go-field-read-without-lock": (
        ("value", ("The read runs while another goroutine writes the map or slice under the lock: "
                   "a torn or stale view, or the runtime's fatal \"concurrent map read and map "
                   "write\" that stops the program"),
         ("race", "data race", "concurrent map", "fatal", "crash", "panic", "stale", "torn",
          "inconsistent", "partial", "corrupt", "while another goroutine", "at the same time")),
        ("cause", ("A mutex guards only the code that takes it; this method takes none, so the "
                   "writers' lock does not order its read"),
         ("no lock", "without the lock", "doesn't take", "does not take", "doesn't lock",
          "does not lock", "only guards", "both sides", "every access", "unguarded")),
        ("fix", ("Take the lock in the reader too (`RLock`/`RUnlock` with an RWMutex, or `Lock` "
                 "with a deferred `Unlock`), or copy the data under the lock and range the copy"),
         ("rlock", "lock()", "defer", "take the lock", "lock in", "copy", "under the lock",
          "sync.map")),
    ),
    # go vet's shadow analyzer; CWE-252
    "go-shadowed-err-checked-outside": (
        ("value", ("The error of the call inside the block is lost: the code after it checks or "
                   "returns the outer `err`, which is still nil, so a failure is reported as "
                   "success (or wrapped as `%w` of nil)"),
         ("lost", "nil", "never seen", "ignored", "success", "swallow", "outer err",
          "wrong error", "always nil", "old error")),
        ("cause", ("`:=` declares a new `err` scoped to the block, shadowing the outer one; the "
                   "block's assignments never reach the variable read after it"),
         ("shadow", ":=", "new variable", "redeclar", "scope", "inner err", "different variable")),
        ("fix", ("Assign with `=` to the outer `err` (declare the other results with `var` first), "
                 "or return or keep the inner error inside the block"),
         ("=", "var ", "assign", "instead of :=", "return err", "return inside", "lasterr",
          "keep the error")),
    ),
    # std docs of Box::leak, String::leak, mem::forget
    "rust-leaked-per-call": (
        ("value", ("Every call or pass leaks another allocation that is never freed, so a "
                   "long-running service grows without bound until it runs out of memory"),
         ("leak", "never freed", "grows", "memory", "out of memory", "oom", "every call",
          "each request", "unbounded", "keeps growing")),
        ("cause", ("`Box::leak`/`String::leak`/`mem::forget` give up ownership for good: the "
                   "`&'static` is had by never dropping the value"),
         ("never dropped", "not dropped", "'static", "static", "ownership", "destructor",
          "drop never", "forever", "lifetime")),
        ("fix", ("Return an owned `String`/`Arc<str>`, intern each distinct value once (a map "
                 "with `or_insert_with`), or leak once in `main`/a `OnceLock`"),
         ("string", "arc", "rc", "intern", "oncelock", "lazy", "once", "owned", "cow",
          "or_insert_with")),
    ),
    # SpotBugs IM_BAD_CHECK_FOR_ODD; JLS 15.17.3
    "java-odd-check-by-remainder-one": (
        ("value", "For a negative odd number the remainder is -1, so the test says it is even",
         ("negative", "-1", "minus one", "even", "false for", "-3", "below zero")),
        ("cause", "Java's `%` keeps the sign of the dividend",
         ("sign", "dividend", "remainder", "negative remainder", "truncat")),
        ("fix", "Test `x % 2 != 0`, `(x & 1) == 1` or `Math.floorMod(x, 2) == 1`",
         ("!= 0", "& 1", "floormod", "math.abs", "not zero", "nonzero", "non-zero")),
    ),
    # Error Prone SynchronizeOnNonFinalField; SpotBugs ML_SYNC_ON_FIELD_TO_GUARD_CHANGING_THAT_FIELD
    "java-synchronized-on-non-final-field": (
        ("value", ("Once the field is reassigned, a thread entering later locks the new object "
                   "while another still holds the old one: both run the block at once, and "
                   "updates are lost"),
         ("different object", "two threads", "both", "at the same time", "lost", "race",
          "new object", "old object", "not exclusive", "no longer")),
        ("cause", ("`synchronized` locks the object the field refers to, not the field; "
                   "reassigning the field changes which lock the next thread takes"),
         ("object", "not the field", "reference", "reassign", "non-final", "not final",
          "changes", "monitor")),
        ("fix", ("Lock on a `private final Object lock` (or `this`) that is never reassigned, or "
                 "make the field final and clear it instead of replacing it"),
         ("final", "lock object", "this", "separate lock", "dedicated", "reentrantlock",
          "never reassigned")),
    ),
    # SpotBugs RV_RETURN_VALUE_IGNORED; Error Prone ReturnValueIgnored
    "java-immutable-result-ignored": (
        ("value", ("The call changes nothing: the old value (the untrimmed text, the old total, "
                   "the old date) is used after it"),
         ("nothing", "unchanged", "no effect", "same", "old value", "original", "untrimmed",
          "not changed", "still")),
        ("cause", ("String, BigDecimal/BigInteger and java.time values are immutable; the method "
                   "returns a new value instead of changing the object"),
         ("immutable", "returns a new", "new string", "new object", "result is discarded",
          "return value", "ignored")),
        ("fix", "Keep the result: `email = email.trim();`, `sum = sum.add(x);`",
         ("= email", "= sum", "assign", "reassign", "keep the result", "use the result",
          "store")),
    ),
    # CERT MSC06-C; CWE-14
    "c-secret-wipe-optimised-away": (
        ("value", ("The compiler may delete the `memset` because nothing reads the buffer again, "
                   "so the secret stays in freed memory or on the stack"),
         ("remove", "delete", "optimi", "dead store", "eliminat", "stays in memory",
          "still in memory", "remains", "left in memory", "skipped")),
        ("cause", ("Under the as-if rule a store to memory that is freed or goes out of scope "
                   "right after has no observable effect"),
         ("as-if", "dead store", "never read", "not read", "no effect", "observable",
          "freed right after", "out of scope")),
        ("fix", ("Use `explicit_bzero`, `memset_s`, `SecureZeroMemory`, `OPENSSL_cleanse` or a "
                 "volatile function pointer to `memset`"),
         ("explicit_bzero", "memset_s", "securezeromemory", "openssl_cleanse", "volatile",
          "sodium_memzero")),
    ),
    # CERT FLP30-C
    "c-float-loop-counter": (
        ("value", ("The steps add up rounding error (0.1 has no exact binary value), so the "
                   "loop runs once more or once less than the bounds say"),
         ("rounding", "one more", "one less", "extra", "off by one", "misses the last",
          "skips", "not exact", "imprecise", "accumulat")),
        ("cause", "Each `+= 0.1f` rounds; the error grows with the count of steps",
         ("binary", "exact", "represent", "precision", "float", "error grows", "accumulat")),
        ("fix", "Count with an integer and compute the value from it: `t = i / 10.0f`",
         ("integer", "int i", "counter", "i / 10", "i * ", "compute from", "count steps")),
    ),
    # clang-tidy bugprone-unused-raii; C++ Core Guidelines CP.44
    "cpp-lock-guard-temporary": (
        ("value", ("The mutex is unlocked again at the end of that statement, so the lines after "
                   "it run with no lock: threads change the data at once and updates are lost"),
         ("no lock", "not locked", "unlocked", "immediately", "right away", "released",
          "unguarded", "race", "lost", "at the same time")),
        ("cause", "An unnamed lock is a temporary, destroyed at the end of the full expression",
         ("temporary", "unnamed", "no name", "destroyed", "end of the statement",
          "semicolon", "full expression", "destructor")),
        ("fix", "Name it: `std::lock_guard<std::mutex> guard(mu_);` (or `std::scoped_lock lk{mu_};`)",
         ("name", "guard(", "lock(", "lk", "variable", "named")),
    ),
    # Error Prone JavaPeriodGetDays; java.time.Period
    "java-period-get-days-as-total": (
        ("value", ("For dates a month and three days apart it gives 3, not about 34: the months "
                   "and years are dropped, so the count is wrong once the span crosses a month"),
         ("3", "three", "month", "drops", "ignores", "wraps", "resets", "too small", "under 31",
          "only the days")),
        ("cause", "A Period keeps years, months and days apart; `getDays()` is only the days field",
         ("field", "component", "part", "years, months", "months and days", "not the total",
          "portion", "separate")),
        ("fix", "Count with `ChronoUnit.DAYS.between(a, b)` (or `a.until(b, ChronoUnit.DAYS)`)",
         ("chronounit", "days.between", "until(", "toepochday", "epoch day", "total days")),
    ),
    # MDN, the `in` operator
    "js-in-operator-on-array": (
        ("value", ("It is false for every role in the list (and true for '0', '1', '2'), so the "
                   "check refuses everyone it should let in"),
         ("always false", "false", "never", "index", "'0'", "0, 1", "refus", "denied", "nobody")),
        ("cause", "`in` tests whether an object has a property or key; an array's keys are its indices",
         ("propert", "key", "indices", "index", "not the values", "not values", "own keys")),
        ("fix", "Test membership with `array.includes(value)` (or a Set's `has`)",
         ("includes", "indexof", ".has(", "set", "some(")),
    ),
    # time.NewTicker docs: "Stop the ticker to release associated resources"
    "go-ticker-never-stopped": (
        ("value", ("The ticker keeps running after the function returns, one more on every call, "
                   "so timers pile up and waste memory and CPU"),
         ("keeps running", "still running", "leak", "pile", "accumulat", "never stops",
          "every call", "grows", "resources")),
        ("cause", "A ticker runs until `Stop` is called; returning does not stop it",
         ("stop", "not stopped", "never stopped", "runtime", "not garbage", "not collected",
          "keeps a reference")),
        ("fix", "`defer ticker.Stop()` right after `time.NewTicker`",
         ("defer", "stop()", ".stop", "ticker.stop")),
    ),
    # the sync docs, RWMutex ("this prohibits recursive read locking"); CWE-833
    "go-recursive-read-lock": (
        ("value", ("It works until a writer calls `Lock` between the two read locks; then the "
                   "inner `RLock` waits for the writer and the writer for the outer reader, so "
                   "both hang for good"),
         ("deadlock", "hang", "hangs", "forever", "stuck", "blocks", "writer", "waits for",
          "under load", "intermittent", "sometimes")),
        ("cause", ("A pending `Lock` makes every new `RLock` wait until the writer has had the "
                   "lock, and the goroutine already holds a read lock the writer waits on; Go's "
                   "RWMutex is not reentrant"),
         ("pending", "waiting writer", "writer waiting", "new readers", "not reentrant",
          "reentrant", "recursive", "already holds", "already held", "same lock", "twice")),
        ("fix", ("Lock once at the public entry and call an unlocked helper (`getLocked`) "
                 "inside, or release the lock before calling the method that takes it"),
         ("helper", "locked", "unlocked", "without the lock", "no lock", "split", "internal",
          "release", "unlock before", "lock once")),
    ),
    # the sync docs, Mutex.Lock ("the calling goroutine blocks until the mutex is available"); CWE-833
    "go-lock-taken-again-in-callee": (
        ("value", ("The goroutine waits on a lock it already holds, so the call never returns "
                   "and every other user of the lock hangs behind it"),
         ("deadlock", "hang", "hangs", "forever", "stuck", "blocks", "never returns",
          "all goroutines are asleep", "waits on itself")),
        ("cause", ("Go's mutexes are not reentrant and have no owner: locking one the goroutine "
                   "already holds blocks like any other caller (a write lock excludes readers "
                   "too)"),
         ("not reentrant", "reentrant", "recursive", "already holds", "already held", "owner",
          "same lock", "same mutex", "twice", "again")),
        ("fix", ("Take the lock once at the public method and call an unexported helper that "
                 "expects it held, or unlock before the call"),
         ("helper", "locked", "unlocked", "without the lock", "no lock", "split", "internal",
          "unlock before", "release", "lock once")),
    ),
    # the time docs of Go 1.22 and before, After ("not recovered by the garbage collector until
    # the timer fires")
    "go-time-after-in-loop": (
        ("value", ("Each pass of the loop leaves a live timer behind until its duration passes, "
                   "so a busy loop holds thousands of timers and memory grows with traffic"),
         ("pile", "accumulat", "thousands", "every pass", "each iteration", "leak", "memory",
          "grows", "many timers", "live")),
        ("cause", ("`time.After` makes a new timer on each call, and before Go 1.23 a timer is "
                   "not garbage collected until it fires, even when another case won"),
         ("new timer", "not collected", "garbage", "until it fires", "until the timer fires",
          "each call", "1.23", "every call", "not freed", "not released")),
        ("fix", ("Make one `time.NewTimer` before the loop and `Stop`/`Reset` it on each pass "
                 "(or use a context deadline, or build with Go 1.23 or later)"),
         ("newtimer", "new timer once", "reset", "stop", "outside the loop", "before the loop",
          "reuse", "context", "deadline", "1.23")),
    ),
    # the bufio docs, Scanner and Scan ("After Scan returns false, the Err method will return
    # any error that occurred during scanning"); CWE-252
    "go-scanner-err-unchecked": (
        ("value", ("A failed read or an over-long line ends the loop early and the function "
                   "returns what it read so far as if it were all, with no error"),
         ("partial", "truncat", "silently", "part of", "rest is lost", "missing", "no error",
          "as if", "end of file", "incomplete", "drops")),
        ("cause", ("`Scan` returns false both at the end of the input and on an error or a token "
                   "over the buffer's limit (64 KiB by default); only `Err` tells them apart"),
         ("err()", "returns false", "64", "token too long", "too long", "buffer", "limit",
          "maxscantokensize", "both", "cannot tell")),
        ("fix", ("Check `sc.Err()` after the loop and return it (and raise the limit with "
                 "`sc.Buffer` if long lines are expected)"),
         ("err()", ".err", "after the loop", "check the error", "return the error", "buffer(",
          "sc.buffer", "larger buffer")),
    ),
    # go vet sigchanyzer; the os/signal docs, Notify ("Package signal will not block sending to c")
    "go-signal-channel-unbuffered": (
        ("value", ("A signal that arrives while nothing is waiting on the channel is dropped, so "
                   "the stop request is lost and the program does not shut down"),
         ("lost", "dropped", "missed", "ignored", "never stops", "doesn't stop", "does not stop",
          "keeps running", "no shutdown")),
        ("cause", ("The signal package never blocks: it sends only if the channel can take the "
                   "value at once, and an unbuffered one can only while a receiver waits"),
         ("not block", "never blocks", "non-blocking", "unbuffered", "no buffer", "receiver",
          "waiting", "at that moment")),
        ("fix", "Give the channel a buffer: `make(chan os.Signal, 1)`",
         ("buffer", "buffered", ", 1)", "capacity", "size 1", "signal.notifycontext",
          "notifycontext")),
    ),
    # --- round rules-gors10 ---
    # net/http, ResponseWriter.Header ("Changing the header map after a call to WriteHeader
    # (or Write) has no effect")
    "go-header-set-after-write": (
        ("value", ("The header never reaches the client: the response goes out with the wrong "
                   "or a guessed content type (or without the cookie or location), and no "
                   "error says so"),
         ("never sent", "not sent", "isn't sent", "is not sent", "missing", "ignored", "lost",
          "text/plain", "sniff", "wrong content type", "no effect", "dropped", "client")),
        ("cause", ("The status line and the headers are sent at the first `WriteHeader` or "
                   "`Write`; the header map is only read then, so a change afterwards is too "
                   "late"),
         ("already sent", "already written", "first write", "writeheader", "sent at", "too late",
          "after the status", "headers are written", "flushed", "committed")),
        ("fix", ("Set every header before calling `WriteHeader` or writing the body "
                 "(`w.Header().Set(...)` first, then `w.WriteHeader(...)`)"),
         ("before", "first", "move", "reorder", "order", "earlier", "ahead")),
    ),
    # bufio, Writer ("the client should call the Flush method"); encoding/csv, Writer
    "go-buffered-writer-not-flushed": (
        ("value", ("The last part of the output, or all of it when it is smaller than the "
                   "buffer, is never written: the file or the terminal comes out short or "
                   "empty"),
         ("missing", "empty", "truncat", "lost", "never written", "not written", "incomplete",
          "short", "last lines", "nothing", "cut off", "partial")),
        ("cause", ("The writer keeps data in memory until its buffer fills, and nothing writes "
                   "out what is left because `Flush` is never called"),
         ("buffer", "in memory", "flush", "4096", "4 kib", "4kb", "until full", "not flushed",
          "never flushed")),
        ("fix", ("Call `Flush` when done and return its error (`return w.Flush()`, or "
                 "`w.Flush(); return w.Error()` for csv), or `defer` it when the error can be "
                 "ignored"),
         ("flush", "w.error", "error()", "defer", "return the error")),
    ),
    # staticcheck SA4011; the Go spec, Break statements (the innermost for, switch or select)
    "go-break-leaves-only-select": (
        ("value", ("The loop never ends: the goroutine keeps running after it was told to stop "
                   "(spinning on a closed channel at full CPU), and whoever waits for it "
                   "waits for ever"),
         ("never ends", "never stops", "forever", "for ever", "infinite", "spins", "busy",
          "cpu", "leak", "keeps running", "hangs", "never returns", "loops again")),
        ("cause", ("A bare `break` ends the innermost `for`, `switch` or `select`, here the "
                   "select, so control goes back to the top of the `for`"),
         ("innermost", "only the select", "the select", "not the loop", "not the for",
          "select statement", "out of the select")),
        ("fix", ("`return` from the function, or label the loop and `break` the label "
                 "(`loop: for { ... break loop }`)"),
         ("return", "label", "break loop", "labeled", "labelled", "goto", "flag")),
    ),
    # encoding/json, Unmarshal ("float64, for JSON numbers")
    "go-json-number-asserted-as-int": (
        ("value", ("The assertion fails every time: the one-value form panics on every input "
                   "that has the field, and the comma-ok form reports it missing"),
         ("panic", "crash", "fails", "always false", "never ok", "not ok", "missing",
          "interface conversion", "500")),
        ("cause", ("Decoding into an interface value stores every JSON number as a float64, so "
                   "the dynamic type is never int"),
         ("float64", "float", "every number", "all numbers", "dynamic type", "not an int",
          "isn't an int")),
        ("fix", ("Decode into a struct with an int field (or assert `float64` and convert, or "
                 "use `Decoder.UseNumber` and `json.Number.Int64`)"),
         ("struct", "float64", "usenumber", "json.number", "int64()", "typed", "convert")),
    ),
    # std::sync::mpsc, Receiver::recv ("at least one sender still exists") and iter
    "rust-channel-drained-while-sender-alive": (
        ("value", ("After the last message the loop waits for ever, so the function never "
                   "returns and the program hangs at the end"),
         ("hang", "never ends", "forever", "for ever", "blocks", "never returns", "stuck",
          "deadlock", "waits", "never finishes")),
        ("cause", ("The receiver only reports the channel closed when every sender is gone, "
                   "and the original sender is still alive in this function (only its clones "
                   "were dropped)"),
         ("every sender", "all senders", "original", "still alive", "still exists", "not dropped",
          "never dropped", "last sender", "clone", "hung up", "closed")),
        ("fix", ("`drop(tx)` once the workers have their clones (or move the original into the "
                 "last worker), before draining the receiver"),
         ("drop(", "drop the", "drop it", "move", "scope", "before the loop", "take(")),
    ),
    # std::io::BufReader ("Creating multiple instances of a BufReader<R> on the same stream can
    # cause data loss")
    "rust-bufreader-made-per-pass": (
        ("value", ("Input that arrived together with the line read (a second line in the same "
                   "packet, piped input) is dropped, so commands or lines go missing"),
         ("lost", "loses", "missing", "dropped", "discard", "skipped", "vanish", "second line",
          "data loss", "thrown away")),
        ("cause", ("Each BufReader reads ahead as much as is available (up to 8 KiB) and "
                   "discards its buffer when it is dropped at the end of the pass"),
         ("read ahead", "reads ahead", "buffer", "8 kib", "8kb", "8192", "dropped", "discard",
          "new reader", "each pass", "every iteration")),
        ("fix", ("Make one BufReader before the loop and read every line through it"),
         ("before the loop", "once", "outside the loop", "one bufreader", "reuse", "single")),
    ),
    # clippy significant_drop_in_scrutinee; the Reference on temporary scopes
    "rust-lock-in-scrutinee-relocked": (
        ("value", ("The arm's second `lock()` waits for a guard the same thread still holds, so "
                   "the thread deadlocks (or panics) the first time that arm runs"),
         ("deadlock", "hang", "blocks forever", "waits forever", "stuck", "never returns",
          "freez", "panic")),
        ("cause", ("A temporary made in the scrutinee lives until the end of the whole "
                   "match/if let, and std's Mutex is not reentrant"),
         ("temporary", "scrutinee", "end of the match", "whole match", "still held",
          "still alive", "lives", "not reentrant", "reentran", "guard")),
        ("fix", ("Take one guard in a `let` before the match and use it in the arms, or copy "
                 "the value out in a `let` so the guard drops first"),
         ("let ", "one guard", "bind", "before the match", "copy", "clone", "drop(", "same guard",
          "variable")),
    ),
    # The Collections.synchronizedList/Map/Set javadoc: traversal must be in `synchronized (w)`
    "java-synchronized-wrapper-iterated-unlocked": (
        ("value", ("Another thread's add or remove during the walk makes the iterator throw "
                   "ConcurrentModificationException, or the walk misses or repeats elements"),
         ("concurrentmodificationexception", "concurrent modification", "throws", "exception",
          "miss", "skip", "twice", "inconsistent", "non-deterministic", "nondeterministic",
          "race", "corrupt")),
        ("cause", ("Only each single call on the wrapper takes its lock; an iterator or stream "
                   "makes many calls, and nothing holds the lock between them"),
         ("each call", "single call", "individual", "not atomic", "iterator", "stream",
          "between", "lock is released", "not held", "not synchronized", "only the methods",
          "per call", "per method")),
        ("fix", ("Walk it inside `synchronized (list) { ... }`, or copy it under the lock and "
                 "walk the copy, or use the wrapper's `forEach` or a concurrent collection "
                 "(CopyOnWriteArrayList, ConcurrentHashMap)"),
         ("synchronized (", "synchronized(", "copy", "new arraylist", "copyof", "snapshot",
          "foreach", "copyonwrite", "concurrenthashmap", "concurrent collection", "lock")),
    ),
    # The Rust book, 15.6 "Reference Cycles Can Leak Memory"; the std::rc docs (Weak)
    "rust-rc-back-pointer": (
        ("value", ("Parent and child keep each other's strong count above zero, so dropping "
                   "the root frees neither: the whole structure leaks, every time one is built"),
         ("leak", "never freed", "never dropped", "not freed", "not dropped", "stays alive",
          "memory grows", "strong count", "never reaches zero", "cycle")),
        ("cause", ("An `Rc` frees its value only when the last strong reference goes, and the "
                   "two strong links form a cycle that nothing outside holds"),
         ("strong", "reference count", "refcount", "cycle", "own each other", "both own",
          "last reference")),
        ("fix", ("Make the back-link a `Weak` (`Rc::downgrade`, read with `upgrade()`), so "
                 "only the parent owns the child"),
         ("weak", "downgrade", "upgrade")),
    ),
    # CERT CON33-C; POSIX strtok ("need not be thread-safe"), strtok_r, localtime_r
    "c-thread-calls-non-reentrant": (
        ("value", ("Two threads in the call at once share its hidden state: one thread's "
                   "tokens (or time, or number) come from the other's string, or are lost"),
         ("other thread", "another thread", "wrong token", "mixed", "garbage", "corrupt",
          "overwrite", "interleave", "race", "data race", "skip", "crash")),
        ("cause", ("The function keeps its position (or result) in one static buffer for the "
                   "whole process, which every thread shares"),
         ("static", "hidden state", "global", "shared", "not reentrant", "non-reentrant",
          "not thread-safe", "not thread safe", "internal state")),
        ("fix", ("Use the reentrant form with the caller's own state: `strtok_r(s, delim, "
                 "&save)` (`localtime_r`, `strerror_r`, `rand_r`), or hold a lock around it"),
         ("strtok_r", "_r(", "reentrant", "saveptr", "mutex", "lock")),
    ),
    # The html/template docs (contextual escaping); text/template escapes nothing
    "go-text-template-for-html": (
        ("value", ("A user's `<script>` (or a quote that ends an attribute) reaches the page "
                   "as markup and runs in the readers' browsers: stored or reflected XSS"),
         ("script", "xss", "cross-site", "executes", "injected", "markup",
          "html injection", "javascript")),
        ("cause", "text/template writes values as they are; it knows nothing of HTML",
         ("no escaping", "not escaped", "does not escape", "doesn't escape", "unescaped",
          "escapes nothing", "plain text", "as is", "raw")),
        ("fix", ("Import html/template instead: the same API, escaping each value for the "
                 "place in the page it lands in"),
         ("html/template", "html template", "contextual", "autoescap", "escape")),
    ),
    # cppreference basic_string::find (npos when not found); clang-tidy
    # readability-implicit-bool-conversion and abseil-string-find-startswith
    "cpp-string-find-as-bool": (
        ("value", ("The test is backwards: it is true for a text that does not contain the "
                   "string at all and false for one that starts with it"),
         ("backwards", "inverted", "opposite", "true when not found", "not found", "absent",
          "starts with", "at the start", "beginning", "position 0", "index 0", "wrong",
          "always true")),
        ("cause", ("`find` returns a position, not a bool: `npos` (the largest size_t, which "
                   "is true) when nothing is found, and 0 (false) for a match at the start"),
         ("npos", "position", "index", "size_t", "not a bool", "0 is false", "zero",
          "nonzero", "non-zero", "implicit", "converts", "largest")),
        ("fix", ("Compare explicitly: `s.find(x) != std::string::npos` for \"contains\", "
                 "`s.rfind(x, 0) == 0` or `starts_with` for \"starts with\""),
         ("!= std::string::npos", "!= npos", "== npos", "npos", "starts_with", "rfind(",
          "contains(", "== 0", "compare")),
    ),
    # The C FAQ 12.2; CERT FIO34-C; feof(3)
    "c-feof-tested-before-read": (
        ("value", ("The loop runs once more than there are lines: the last pass's read fails "
                   "and the code uses the buffer from the read before, so the last record is "
                   "counted twice (or garbage is used)"),
         ("twice", "one extra", "extra iteration", "once more", "last line", "duplicate",
          "stale", "previous", "garbage", "uninitiali", "repeated", "double")),
        ("cause", ("`feof` turns true only after a read has failed at the end of the file, not "
                   "before the read that will fail"),
         ("after", "only once a read", "fails", "failed read", "end-of-file indicator",
          "indicator", "flag", "not predict", "already", "before reading")),
        ("fix", ("Make the read the loop's condition (`while (fgets(line, sizeof line, f))`, "
                 "`while (fscanf(f, \"%d\", &x) == 1)`) or test the read's result and break"),
         ("while (fgets", "while(fgets", "!= null", "== 1", "!= eof", "result", "return value",
          "break", "condition", "check the read")),
    ),
    # assert(3); CERT PRE31-C; clang-tidy bugprone-assert-side-effect
    "c-assert-with-side-effect": (
        ("value", ("In a release build (NDEBUG defined) the whole `assert` is removed, so the "
                   "call or update inside it never happens: the threads are not started, the "
                   "lock is not taken, the counter not advanced"),
         ("ndebug", "release", "removed", "compiled out", "disappears", "not run", "never runs",
          "never happens", "no-op", "optimi", "production", "not executed")),
        ("cause", ("`assert` is a macro that expands to nothing when NDEBUG is defined, "
                   "arguments and all"),
         ("macro", "expands to nothing", "ndebug", "debug build", "debug only", "only in debug",
          "preprocessor")),
        ("fix", ("Do the work in a statement of its own, keep its result, and assert on (or "
                 "better, handle) the result: `int rc = pthread_create(...); if (rc != 0) ...`"),
         ("separate", "own statement", "store", "variable", "rc", "result", "handle", "if (",
          "outside the assert", "before the assert")),
    ),
    # clang-tidy bugprone-inaccurate-erase; cppreference std::remove
    "cpp-erase-remove-without-end": (
        ("value", ("Only one element is erased: the rest of the removed tail (moved-from "
                   "leftovers) stays in the vector, and when nothing matched it erases `end()`, "
                   "which is undefined behaviour"),
         ("one element", "only one", "single element", "only the first", "leftover", "tail",
          "stay", "remain", "still there", "undefined", "end()", "moved-from", "duplicates")),
        ("cause", ("`std::remove_if` only moves the kept elements forward and returns where the "
                   "tail starts; `erase(pos)` with one iterator is the single-element overload"),
         ("single-element", "one iterator", "one argument", "overload", "does not erase",
          "doesn't erase", "returns an iterator", "new end", "moves", "logical end")),
        ("fix", "Pass the end too: `v.erase(std::remove_if(...), v.end())`, or C++20 `std::erase_if(v, pred)`",
         ("v.end()", ".end())", "end()", "erase_if", "std::erase", "two iterators", "range")),
    ),
    # clang-tidy bugprone-throw-keyword-missing; CWE-390
    "cpp-exception-constructed-not-thrown": (
        ("value", ("Nothing is thrown: the exception object is built and destroyed on that line, "
                   "and the function goes on to store the invalid value"),
         ("not thrown", "never thrown", "nothing is thrown", "no throw", "carries on",
          "continues", "stored anyway", "accepted", "ignored", "discarded", "temporary")),
        ("cause", "The `throw` keyword is missing, so the expression only makes a temporary",
         ("throw", "keyword", "missing", "temporary", "forgot")),
        ("fix", "Write `throw std::invalid_argument(...)`",
         ("throw std::", "throw ", "add throw", "add the throw")),
    ),
    # clang-tidy bugprone-standalone-empty; [[nodiscard]] empty() since C++20
    "cpp-empty-result-discarded": (
        ("value", ("The container is never cleared: what the code meant to drop stays, so it "
                   "is handled again (a batch written twice) and keeps growing"),
         ("not cleared", "never cleared", "never emptied", "duplicate", "again", "twice",
          "grows", "keeps growing", "stays", "still contains", "every time", "repeated")),
        ("cause", "`empty()` only asks whether the container is empty; it returns a bool and changes nothing",
         ("returns a bool", "bool", "query", "predicate", "checks", "tests", "asks",
          "does not clear", "doesn't clear", "nodiscard", "ignored")),
        ("fix", "Call `clear()`",
         ("clear()", ".clear", "clear")),
    ),
    # Error Prone NonAtomicVolatileUpdate; SpotBugs VO_VOLATILE_INCREMENT
    "java-volatile-updated-non-atomically": (
        ("value", ("Two tasks updating at once both read the same value and both write it plus "
                   "one, so one update is lost and the counts come out too low"),
         ("lost", "lost update", "too low", "undercount", "race", "overwrite", "same value",
          "miss", "wrong count", "at the same time", "concurrently")),
        ("cause", ("`volatile` makes each read and each write visible to other threads, but "
                   "`x++` is a read, an add and a write: not atomic"),
         ("not atomic", "atomic", "read-modify-write", "read, add", "three steps",
          "two steps", "separate", "visibility", "visible", "only guarantees")),
        ("fix", ("Use an `AtomicInteger`/`LongAdder` (`incrementAndGet`), or update it under "
                 "`synchronized` or a lock"),
         ("atomicinteger", "atomiclong", "longadder", "incrementandget", "getandincrement",
          "synchronized", "lock")),
    ),
    # Error Prone NonOverridingEquals; SpotBugs EQ_SELF_NO_OBJECT
    "java-equals-overloads-not-overrides": (
        ("value", ("A HashSet or HashMap never finds an equal value that is a different object: "
                   "`contains`, `indexOf` and `remove` act as if it were absent"),
         ("false", "never found", "not found", "doesn't find", "does not find", "identity",
          "same object", "reference", "different object", "every item", "always")),
        ("cause", ("`equals(Sku)` is an overload, not an override: the collections call "
                   "`equals(Object)`, which is still Object's identity test"),
         ("overload", "override", "equals(object)", "object's", "signature", "parameter type",
          "@override", "not called", "never called")),
        ("fix", ("Override `public boolean equals(Object o)` (with `@Override`, an "
                 "`instanceof` check and a cast), keeping `hashCode` consistent"),
         ("equals(object", "@override", "instanceof", "cast", "object o")),
    ),
    # tmpnam(3), mktemp(3); CERT FIO21-C; CWE-377
    "c-temp-name-before-file": (
        ("value", ("Between `tmpnam` picking a free name and `fopen` creating it, another user "
                   "can create that path or a symlink to one of the victim's files, and the "
                   "program writes through it (or reads the attacker's data)"),
         ("race", "symlink", "another user", "attacker", "between", "before the open",
          "toctou", "time of check", "predictable", "guess", "overwrite", "hijack")),
        ("cause", ("The name is chosen before the file exists, and `fopen(..., \"w\")` opens "
                   "whatever is there, without O_EXCL"),
         ("not atomic", "exists", "o_excl", "exclusive", "separate step", "two steps",
          "name only", "only a name", "follows")),
        ("fix", ("`mkstemp` (it creates and opens the file with O_EXCL and returns the "
                 "descriptor; `fdopen` for a FILE*), or `tmpfile()`"),
         ("mkstemp", "mkostemp", "tmpfile", "o_excl", "fdopen")),
    ),
    # C11 7.12.14; isnan(3); IEEE 754
    "c-compared-with-nan": (
        ("value", ("The test never fires: `x == NaN` is false (and `x != NaN` true) even when "
                   "x is NaN, so the missing reading is used as a number (the average becomes "
                   "NaN)"),
         ("always false", "never true", "never fires", "never matches", "always true", "false",
          "never", "propagat", "poison", "becomes nan")),
        ("cause", "NaN compares unequal to every value, itself included (IEEE 754)",
         ("ieee", "unequal", "not equal to itself", "equal to nothing", "itself",
          "nan != nan", "nan == nan")),
        ("fix", "Test with `isnan(x)` (Java: `Double.isNaN(x)`, `Float.isNaN(x)`)",
         ("isnan", "is_nan", "double.isnan", "float.isnan", "x != x")),
    ),
    # Error Prone EqualsNaN; SpotBugs FE_TEST_IF_EQUAL_TO_NOT_A_NUMBER; JLS 15.21.1
    "java-compared-with-nan": (
        ("value", ("The test never fires: `x == NaN` is false (and `x != NaN` true) even when "
                   "x is NaN, so the missing reading is used as a number (the average becomes "
                   "NaN)"),
         ("always false", "never true", "never fires", "never matches", "always true", "false",
          "never", "propagat", "poison", "becomes nan")),
        ("cause", "NaN compares unequal to every value, itself included (IEEE 754)",
         ("ieee", "unequal", "not equal to itself", "equal to nothing", "itself",
          "nan != nan", "nan == nan")),
        ("fix", "Test with `isnan(x)` (Java: `Double.isNaN(x)`, `Float.isNaN(x)`)",
         ("isnan", "is_nan", "double.isnan", "float.isnan", "x != x")),
    ),
    # cppreference, delete expression; CERT MEM51-CPP; CWE-762
    "cpp-array-new-deleted-as-object": (
        ("value", ("Undefined behaviour: memory from `new[]` released with plain `delete` may "
                   "corrupt the heap or crash, and for class types only the first element's "
                   "destructor runs"),
         ("undefined", "heap", "corrupt", "crash", "first element", "destructor", "leak",
          "wrong", "mismatch")),
        ("cause", ("`new T[n]` must be paired with `delete[]` (and a smart pointer of `T` calls "
                   "`delete`, of `T[]` calls `delete[]`)"),
         ("delete[]", "array form", "new[]", "pair", "match", "array delete", "t[]")),
        ("fix", ("Write `delete[] p`, or better own it with `std::vector<T>` or "
                 "`std::unique_ptr<T[]>` (`std::make_unique<T[]>(n)`)"),
         ("delete[]", "vector", "unique_ptr<", "make_unique", "t[]", "[]>")),
    ),
    # Error Prone FallThrough; SpotBugs SF_SWITCH_FALLTHROUGH; JLS 14.11.3
    "java-switch-case-falls-through": (
        ("value", ("That case runs on into the next one: its own result is overwritten (or the "
                   "next case's work is done as well), so that input gives the wrong answer"),
         ("falls through", "fall through", "fallthrough", "fall-through", "next case",
          "also runs", "runs into", "overwritten", "overwrites", "wrong result", "both")),
        ("cause", "A `case` label is only an entry point: without `break` execution continues",
         ("break", "no break", "missing break", "label", "entry point", "continues")),
        ("fix", ("Add the `break` (or return), or use a `case X ->` switch, which never falls "
                 "through; if falling through is meant, say so with a `// fall through` comment"),
         ("break", "return", "->", "arrow", "switch expression", "comment")),
    ),
    # clang-tidy bugprone-misplaced-operator-in-strlen-in-alloc; CWE-131, CWE-193
    "c-strlen-offset-in-allocation": (
        ("value", ("The block is two bytes too small for the string and its terminator, so "
                   "the `strcpy` writes past its end (heap corruption; for an empty string "
                   "strlen even reads past it)"),
         ("two bytes", "too small", "short", "past the end", "overflow", "overrun", "heap",
          "corrupt", "out of bounds", "one byte", "terminator")),
        ("cause", ("The `+ 1` is inside strlen's argument: `strlen(s + 1)` is the length of the "
                   "string after its first character, one less than `strlen(s)`, with nothing "
                   "added for the NUL"),
         ("inside", "argument", "misplaced", "after the first", "one less", "pointer",
          "s + 1", "wrong place", "parenthes")),
        ("fix", "Write `malloc(strlen(s) + 1)` (or use `strdup`)",
         ("strlen(s) + 1", ") + 1", "strdup", "move the", "outside")),
    ),
    # cppreference std::enable_shared_from_this; CERT MEM56-CPP; Core Guidelines R.3, R.20
    "cpp-smart-pointer-from-this": (
        ("value", ("The object gets a second, unrelated owner: when the room's pointer and the "
                   "caller's pointer both let go, each deletes it (double delete, a crash or "
                   "heap corruption), or one deletes it while the other still uses it"),
         ("double delete", "double free", "deleted twice", "twice", "two owners", "second owner",
          "crash", "dangling", "use after free", "undefined", "heap")),
        ("cause", ("`shared_ptr<T>(this)` starts a new control block with its own count; it "
                   "does not know about the `shared_ptr` that already owns the object"),
         ("control block", "reference count", "separate count", "own count", "unrelated",
          "doesn't know", "does not know", "already owned", "new owner")),
        ("fix", ("Derive from `std::enable_shared_from_this<T>` and call `shared_from_this()` "
                 "(or keep a plain pointer or reference when nothing needs to own it)"),
         ("shared_from_this", "enable_shared_from_this", "weak_from_this", "raw pointer",
          "reference", "non-owning")),
    ),
    # The Go 1.22 release notes and the LoopvarExperiment wiki page; go vet loopclosure
    "go-loop-variable-address-kept": (
        ("value", ("Under go 1.21 or older every kept pointer (or closure) refers to the same "
                   "variable, so once the loop ends they all show the last element; from go "
                   "1.22 (the go line in go.mod) each iteration has its own variable and each "
                   "one shows its own element"),
         ("same variable", "same address", "same pointer", "last element", "last value",
          "last one", "all point", "overwritten", "1.22", "1.21", "go.mod", "per-iteration",
          "per iteration", "each iteration")),
        ("cause", ("Before go 1.22 a `for` loop declares its variables once and assigns each "
                   "element to them in turn; `&v` and a closure keep the variable, not the "
                   "value"),
         ("declared once", "one variable", "single variable", "reused", "reassigned",
          "shared", "the variable, not the value", "address of the loop variable",
          "captures", "loop variable")),
        ("fix", ("Take the element's own address (`&items[i]`), copy first (`v := v`), or store "
                 "values instead of pointers; or require go 1.22 in go.mod"),
         ("&items[i]", "[i]", "index", "v := v", "copy", "shadow", "value instead",
          "store the value", "go 1.22", "go.mod", "new variable")),
    ),
    # Node.js stream docs (readable.pipe, stream.pipeline); events docs, "Error events"
    "js-pipe-without-error-handling": (
        ("value", ("A failure of that stream (a missing file, a corrupt gzip body) is an `error` "
                   "event no one listens to: it is thrown and the whole process stops, and "
                   "the destination (the response, the file) is left open"),
         ("crash", "process exits", "process dies", "stops the process", "takes down",
          "unhandled", "uncaught", "thrown", "left open", "never closed", "hangs", "leak")),
        ("cause", ("`.pipe()` does not forward errors from one stream to the next and does not "
                   "close the destination when the source fails"),
         ("not forward", "doesn't forward", "does not forward", "not propagate",
          "doesn't propagate", "does not propagate", "no error listener", "no error handler",
          "not closed automatically", "each stream", "every stream", "own error")),
        ("fix", ("Use `stream.pipeline()` (or `pipeline` from `stream/promises`), which "
                 "handles every stream's error and destroys them all, or listen for `error` on "
                 "each stream"),
         ("pipeline", "on('error'", "on(\"error\"", "error listener", "error handler",
          "pump", "finished")),
    ),
    # OWASP Cross Site Scripting Prevention Cheat Sheet (URL contexts); CWE-79, CWE-83
    "js-url-attribute-from-data": (
        ("value", ("A stored `javascript:` URL runs its script in the page when someone clicks "
                   "the link (or the frame loads): it can read the page, act with the "
                   "visitor's session, send their data away"),
         ("xss", "cross-site", "javascript:", "runs script", "runs code", "execute",
          "steal", "cookie", "session", "any script")),
        ("cause", ("Setting `href`/`src` as a property escapes nothing: the browser follows the "
                   "URL's own scheme, and no check limits it to http or https"),
         ("scheme", "protocol", "not checked", "no check", "not validated", "unvalidated",
          "any url", "escap", "javascript: url")),
        ("fix", ("Parse it with `new URL(...)` and keep it only if `protocol` is `https:` or "
                 "`http:` (or a same-site path), otherwise drop the link"),
         ("new url", "protocol", "https:", "http:", "allow-list", "allowlist", "whitelist",
          "startswith", "scheme", "sanitiz")),
    ),
    # Python logging docs (getLogger); Logging Cookbook, "Patterns to avoid"
    "py-logger-named-per-call": (
        ("value", ("Every new id makes one more logger that is never freed, so memory grows for "
                   "as long as the process runs (and the manager's dict is walked on changes "
                   "such as setLevel)"),
         ("memory", "leak", "never freed", "grows", "accumulat", "pile", "kept for ever",
          "kept forever", "never released", "never garbage")),
        ("cause", ("`getLogger` keeps every logger it makes in the logging manager's dict, by "
                   "name, for the life of the process"),
         ("dict", "registry", "manager", "singleton", "cached", "kept by name", "stored",
          "global", "never removed", "for the life")),
        ("fix", ("One module-level `logging.getLogger(__name__)`, with the per-call value passed "
                 "as context (`extra=`, a LoggerAdapter, a filter, or in the message)"),
         ("__name__", "module-level", "module level", "loggeradapter", "adapter", "extra",
          "filter", "in the message", "contextvar", "one logger")),
    ),
    # Python docs, threading, Condition objects (the while loop re-checking the predicate)
    "py-condition-wait-under-if": (
        ("value", ("`wait()` can return with the condition false again (notify_all woke every "
                   "waiter and another thread took the item first, or the timeout ran out), and "
                   "the code goes on to use what is not there: an IndexError, a wrong value"),
         ("another thread", "another worker", "another consumer", "took it", "taken", "empty",
          "notify_all", "timeout", "timed out", "spurious", "indexerror", "still false",
          "no longer")),
        ("cause", ("The predicate is tested once, before the wait; a notify only wakes a waiter "
                   "and reserves nothing for it"),
         ("once", "not re-checked", "not rechecked", "not checked again", "only checked",
          "reserve", "no guarantee", "arbitrar")),
        ("fix", ("Wait in a loop, `while not items: cond.wait()`, or with "
                 "`cond.wait_for(lambda: items)`"),
         ("while", "loop", "wait_for", "predicate")),
    ),
    # Node.js docs, Buffer.allocUnsafe (the contents are unknown and may hold sensitive data)
    "js-alloc-unsafe-leaves-unfilled": (
        ("value", ("The bytes nothing wrote hold whatever that memory held before (other "
                   "requests' data, keys, tokens), and they go out to the receiver"),
         ("old memory", "previous", "leftover", "left over", "garbage", "uninitiali",
          "sensitive", "other requests", "leak", "whatever", "random", "stale", "reused")),
        ("cause", ("`allocUnsafe` does not zero the memory it takes from Node's pool, and the "
                   "write covers fewer bytes than the buffer's size"),
         ("not zero", "not initiali", "uninitiali", "no zero", "pool", "not cleared",
          "shorter", "fewer bytes", "doesn't fill", "does not fill", "not filled")),
        ("fix", ("Use `Buffer.alloc(n)` (zero-filled), or `.fill(0)` before writing, or send "
                 "only the bytes written (`buf.subarray(0, written)`)"),
         ("buffer.alloc", "alloc(", "fill", "zero", "subarray", "slice")),
    ),
    # MDN, Window: postMessage() (an exact target origin, not *, when sending data)
    "js-postmessage-secret-to-any-origin": (
        ("value", ("Whatever page is in that window when the message arrives gets the "
                   "credential: a malicious site that navigated the opener or the frame (or "
                   "framed this page) reads it and can act as the user"),
         ("any origin", "any page", "any site", "malicious", "attacker", "another site",
          "other origin", "navigat", "steal", "intercept", "read the token", "receives")),
        ("cause", ("`\"*\"` tells the browser to deliver the message whatever the target "
                   "window's origin is; nothing checks who is there now"),
         ("\"*\"", "'*'", "wildcard", "no check", "not checked", "any origin", "whatever origin",
          "target origin")),
        ("fix", ("Give the exact origin of the page meant to receive it (`window.opener."
                 "postMessage(msg, APP_ORIGIN)`), or keep the token out of the message"),
         ("exact origin", "targetorigin", "specific origin", "app_origin", "origin instead",
          "own origin", "location.origin", "https://", "http-only cookie", "httponly")),
    ),
    # eslint array-callback-return
    "js-array-callback-no-return": (
        ("value", ("Every call of the callback gives undefined: `map` makes an array of "
                   "undefined, `filter` keeps nothing, `find` finds nothing, and `reduce` hands "
                   "undefined on as the accumulator, so the next element fails on it"),
         ("undefined", "empty", "nothing", "typeerror", "cannot read", "cannot set",
          "accumulator", "no value", "keeps nothing", "array of undefined")),
        ("cause", ("A block body `{ ... }` returns only what a `return` statement gives; the "
                   "last expression in it is not returned (`{ id: u.id }` is a block with a "
                   "label, not an object)"),
         ("block", "no return", "missing return", "forgot", "braces", "curly", "implicit",
          "expression body", "label")),
        ("fix", ("Return the value (`return groups;`, `return acc;`), or use an expression "
                 "body (`(u) => ({ id: u.id })`)"),
         ("return", "expression body", "parenthes", "=> (", "concise")),
    ),
    # eslint no-self-compare
    "js-self-compare": (
        ("value", ("The comparison is always true (or always false), so the check says nothing: "
                   "a change in that field is never seen, a filter keeps or drops everything"),
         ("always true", "always false", "always equal", "never", "every", "nothing",
          "ignored", "not detected", "missed")),
        ("cause", "Both sides are the same expression: a typo for the other object's field",
         ("same", "itself", "typo", "same object", "same side", "wrong variable", "copy")),
        ("fix", "Compare with the other value: `a.price === b.price`, not `a.price === a.price`",
         ("other", "b.", "second", "the other object")),
    ),
    # eslint no-unsafe-negation
    "js-negation-before-relational": (
        ("value", ("The test is almost never what was meant: `!key in obj` asks whether "
                   "\"false\" is a key, so an unknown key is accepted (or a known one refused); "
                   "`!x instanceof C` is always false"),
         ("always false", "never true", "never", "\"false\"", "'false'", "false is a key",
          "accepted", "boolean", "not caught", "passes")),
        ("cause", ("`!` binds tighter than `in` and `instanceof`: it turns the key into a "
                   "boolean first, and that boolean is tested"),
         ("precedence", "binds", "first", "boolean", "before", "tighter", "order")),
        ("fix", "Negate the whole test: `!(key in obj)`, `!(x instanceof C)`",
         ("!(", "parenthes", "brackets", "negate the whole", "hasown", "object.hasown")),
    ),
    # eslint no-constant-binary-expression; MDN, nullish coalescing precedence
    "js-nullish-fallback-misplaced": (
        ("value", ("When the value is missing the result is NaN (or \"undefined\" in text), "
                   "not the fallback: `price - undefined` is NaN and NaN is not nullish; when "
                   "it is there, the `?? 0` does nothing"),
         ("nan", "not a number", "undefined", "never used", "never applies", "no effect",
          "ignored", "wrong total")),
        ("cause", ("Arithmetic binds tighter than `??`: `a - b ?? 0` is `(a - b) ?? 0`, and a "
                   "number, even NaN, is never null or undefined"),
         ("precedence", "binds", "evaluated first", "(a - b)", "never null", "never nullish",
          "not nullish", "order")),
        ("fix", "Put the fallback on the value that can be missing: `a - (b ?? 0)`",
         ("(b ?? 0)", "parenthes", "brackets", "?? 0)", "default first", "default the discount")),
    ),
    # eslint no-unsafe-optional-chaining
    "js-unsafe-optional-chaining": (
        ("value", ("When the value is missing the `?.` gives undefined and the loop, the "
                   "destructuring or the spread throws a TypeError (\"is not iterable\"), "
                   "the very case the `?.` was written for"),
         ("typeerror", "not iterable", "throws", "crash", "exception", "cannot read",
          "cannot destructure", "undefined")),
        ("cause", ("`?.` short-circuits to undefined; `for...of`, `...` and destructuring "
                   "need an object or an iterable"),
         ("short-circuit", "short circuit", "undefined", "iterable", "not an object",
          "optional chain")),
        ("fix", "Give a fallback (`x?.items ?? []`) or check for the value first",
         ("?? []", "|| []", "fallback", "default", "check", "if (", "guard")),
    ),
    # MDN, Map (entries are not properties)
    "js-map-read-as-object": (
        ("value", ("It gives nothing whatever the Map holds: `Object.entries(map)` is [], a "
                   "for...in never runs, `map.length` is undefined"),
         ("empty", "[]", "nothing", "no entries", "never runs", "undefined", "zero")),
        ("cause", ("A Map keeps its entries apart from its properties; `Object.keys`, "
                   "`Object.entries` and for...in read only the object's own properties"),
         ("properties", "not properties", "own properties", "internal", "entries",
          "not an object", "not a plain object")),
        ("fix", "Iterate the Map itself: `[...map]`, `map.entries()`, `for (const [k, v] of map)`, `map.size`",
         ("[...", "entries()", "keys()", "values()", "for...of", "for of", "array.from",
          ".size", "of map")),
    ),
    # MDN, Date.prototype.getDay (the day of the week, 0 to 6)
    "js-getday-as-date-number": (
        ("value", ("It is always a date in the first days of the month (or a test that never "
                   "passes): on the 20th, a Friday, `getDay()` is 5, so the date made is the "
                   "5th plus whatever is added"),
         ("0 to 6", "0-6", "weekday", "day of the week", "first week", "wrong date",
          "never", "5th", "friday")),
        ("cause", "getDay() gives the day of the week; the day of the month is getDate()",
         ("day of the week", "weekday", "getdate", "day of the month")),
        ("fix", "Use `getDate()` (`getUTCDate()` for UTC)", ("getdate", "getutcdate")),
    ),
    # eslint require-atomic-updates
    "js-shared-updated-across-await": (
        ("value", ("Updates are lost: two uploads running at once each read the same old total "
                   "before their await and each write back old plus their own part, so one "
                   "part is never counted"),
         ("lost", "overwrit", "missing", "too low", "wrong total", "undercount", "stale",
          "race", "only one")),
        ("cause", ("`x += await f()` reads x before the await and writes it after; another "
                   "call changes x in between"),
         ("read before", "before the await", "old value", "stale", "in between", "interleav",
          "suspend", "another call", "concurrent")),
        ("fix", ("Await into a local first, then add in one step: `const n = await f(); "
                 "x += n;` (or keep per-call totals and sum them)"),
         ("local", "const ", "first", "then add", "separate", "per-call", "sum them")),
    ),
    # eslint no-promise-executor-return; MDN, Promise() constructor
    "js-promise-executor-returns-value": (
        ("value", ("On that path the promise never settles: whoever awaits it waits for ever, "
                   "and the returned value goes nowhere"),
         ("never settles", "never resolves", "pending", "hangs", "waits for ever",
          "waits forever", "forever", "never returns", "stuck")),
        ("cause", ("The Promise constructor ignores what the executor returns; only a call of "
                   "resolve or reject settles the promise"),
         ("ignored", "ignores", "return value", "resolve", "only resolve", "not resolved")),
        ("fix", "Call `resolve(value)` (and then return), or write it as an async function",
         ("resolve(", "call resolve", "async function", "promise.resolve")),
    ),
    # eslint no-dupe-else-if, no-duplicate-case
    "js-duplicate-branch-condition": (
        ("value", ("The later branch never runs: the earlier one takes every value that passes "
                   "the test, so the case it was written for goes down another path"),
         ("never runs", "never reached", "unreachable", "dead", "never executes", "skipped",
          "first branch", "earlier branch", "other path")),
        ("cause", ("The same condition (or case label) is tested twice in one chain, most "
                   "likely a copied line whose value was not changed"),
         ("same condition", "twice", "duplicate", "copy", "paste", "typo", "same test",
          "repeated")),
        ("fix", "Test the value that branch was meant for (`ECONNREFUSED`), or drop the branch",
         ("econnrefused", "other value", "different", "change the condition", "remove",
          "drop", "meant")),
    ),
    # eslint no-dupe-keys; MDN, Object initializer
    "js-duplicate-object-key": (
        ("value", ("The object keeps only the last value for that key: the first entry is lost "
                   "and the message (or setting) written for it is never used"),
         ("last", "overwrit", "lost", "replaced", "only one", "second wins", "later wins",
          "never used", "first is lost")),
        ("cause", ("An object literal holds one value per key; a key given twice is set twice, "
                   "and the later one wins without any error"),
         ("one value per key", "same key", "twice", "duplicate", "no error", "silently",
          "copy", "typo")),
        ("fix", "Give each entry its own key, or remove the one that is not meant",
         ("own key", "different key", "rename", "remove", "change the key")),
    ),
    # the Go spec, Switch statements; Effective Go, Switch (no automatic fall through)
    "go-empty-case-read-as-fallthrough": (
        ("value", ("For that value the switch does nothing: the empty case matches and control "
                   "leaves the switch, so the result keeps its starting value instead of the "
                   "next case's"),
         ("does nothing", "nothing happens", "no-op", "skips", "default value", "initial value",
          "starting value", "zero value", "stays", "keeps", "unchanged", "not set",
          "re:(returns?|gets?|is|stays) (a )?(0|zero)\\b", "re:(falls|fall) (out|through)")),
        ("cause", ("Go has no automatic fall through: each case ends the switch, and an empty "
                   "case is not joined to the one below it as in C"),
         ("fall through", "fallthrough", "falls through", "no automatic", "not like c",
          "unlike c", "each case", "break", "implicit")),
        ("fix", "List the values in one case (`case 'a', 'b':`) or write `fallthrough`",
         ("comma", "same case", "one case", "list", "fallthrough", "together", "combine")),
    ),
    # go vet printf (recursive String method call); staticcheck SA5007; the fmt docs
    "go-string-method-formats-itself": (
        ("value", ("Formatting the value calls `String()` (or `Error()`), which formats the same "
                   "value again: infinite recursion until the goroutine's stack overflows and "
                   "the program crashes"),
         ("infinite", "recursion", "recursive", "stack overflow", "calls itself", "never ends",
          "crash", "goroutine stack exceeds", "fatal")),
        ("cause", ("fmt calls the Stringer/error method for `%v`, `%s` and Sprint of a value "
                   "that has one, and the receiver has it"),
         ("stringer", "string method", "error method", "%v", "%s", "implements", "fmt calls")),
        ("fix", ("Format the underlying value: `%d` with `int(s)`, a conversion to a type "
                 "without the method, or the fields themselves"),
         ("int(", "%d", "convert", "conversion", "underlying", "fields", "type alias",
          "plain type", "strconv")),
    ),
    # go vet unmarshal; the encoding/json docs, Unmarshal (InvalidUnmarshalError)
    "go-unmarshal-into-value": (
        ("value", ("Unmarshal is given the value, not a pointer: it fills nothing and returns an "
                   "InvalidUnmarshalError for every document, so the decoded values are never applied"),
         ("never applied", "nothing", "not filled", "empty", "error every time", "always fails",
          "always an error", "invalidunmarshalerror", "non-pointer", "defaults", "ignored",
          "re:(always|every time).*(fail|error)")),
        ("cause", "Go passes arguments by value: Unmarshal needs a pointer to write into",
         ("pointer", "by value", "copy", "address", "reflect")),
        ("fix", "Pass the variable's address (`&v`)",
         ("&", "address", "pointer")),
    ),
    # (round cat-conc) SEI CERT CON36-C; POSIX pthread_cond_wait (spurious wakeups)
    "c-cond-wait-under-if": (
        ("value", ("The thread can wake with the condition still false (a spurious wakeup, or "
                   "another consumer took the item first) and then reads from an empty queue: "
                   "a stale or garbage item, an index gone negative"),
         ("spurious", "wakes up", "woken", "still empty", "empty", "another thread",
          "another consumer", "took it", "garbage", "stale", "negative", "undefined")),
        ("cause", ("`pthread_cond_wait` may return without a signal, and a signal does not "
                   "reserve the item: the condition is tested only once, before the wait"),
         ("spurious", "without a signal", "no guarantee", "tested once", "checked once",
          "only once", "not re-checked", "not rechecked", "broadcast")),
        ("fix", ("Wait in a loop that tests the condition again: "
                 "`while (head == tail) pthread_cond_wait(&ready, &mu);`"),
         ("while", "loop", "re-check", "recheck", "test again", "check again")),
    ),
    # (round cat-conc) SEI CERT CON43-C, C11 5.1.2.4, CWE-362
    "c-global-changed-by-threads": (
        ("value", ("Updates are lost: two threads read the same old value and both write back "
                   "their own result, so the total comes out short and differs from run to run "
                   "(a data race is undefined behaviour in C11)"),
         ("lost", "lose", "wrong count", "wrong total", "too small", "short", "race",
          "data race", "undefined", "inconsistent", "differs", "random", "nondeterministic")),
        ("cause", ("`+=` and `++` are a load, an add and a store; nothing stops two threads "
                   "interleaving them on the same global"),
         ("read-modify-write", "read modify write", "not atomic", "non-atomic", "interleave",
          "load", "same time", "simultaneous", "concurrent", "shared", "no lock", "unsynchron")),
        ("fix", ("Guard it with a `pthread_mutex_t` (lock and unlock around the update), make it "
                 "`_Atomic` / use `atomic_fetch_add`, or let each thread sum into its own slot "
                 "and add them up after `pthread_join`"),
         ("mutex", "pthread_mutex", "lock", "atomic", "_atomic", "atomic_fetch_add",
          "per thread", "own slot", "own counter", "local", "after join", "merge")),
    ),
    # (round cat-conc) SEI CERT CON35-C, C++ Core Guidelines CP.21, CWE-833
    **dict.fromkeys(("c-lock-order-from-arguments", "cpp-lock-order-from-arguments",
                     "go-lock-order-from-arguments", "py-lock-order-from-arguments"), (
        ("value", ("Deadlock: two transfers in opposite directions at once each hold the lock "
                   "of their first argument and wait forever for the other's; both threads "
                   "(and everyone who needs either lock) hang"),
         ("deadlock", "wait forever", "waits forever", "for ever", "hang", "blocks forever",
          "stuck", "each holds", "both wait", "neither", "wait for each other", "asleep")),
        ("cause", ("The locks are taken in the order of the arguments, which the callers decide, "
                   "so there is no single global order"),
         ("order", "argument order", "opposite", "swapped", "reverse", "a then b", "b then a",
          "different order")),
        ("fix", ("Always lock in one order (by account id or address), take both at once "
                 "(`std::scoped_lock`/`std::lock`), use one lock for both, or trylock and back "
                 "off"),
         ("by id", "lower id", "smaller id", "sort", "order by", "consistent order", "address",
          "one lock", "single lock", "global order", "trylock", "try_lock", "scoped_lock",
          "std::lock", "same order", "fixed order")),
    )),
    # the std docs, Mutex; the lock-ordering rule (CWE-833)
    "rust-locks-taken-in-argument-order": (
        ("value", ("Two transfers in opposite directions at once deadlock: each thread holds the "
                   "lock of its first argument and waits forever for the other's"),
         ("deadlock", "wait forever", "waits forever", "hang", "blocks forever", "stuck",
          "each holds", "both wait", "neither")),
        ("cause", ("The locks are taken in the order of the arguments, which differs between "
                   "callers, so there is no single global order"),
         ("order", "argument order", "opposite", "swapped", "reverse", "a then b", "b then a")),
        ("fix", ("Always lock in one order (by account id or address), or take one lock at a "
                 "time, or use a single lock for both"),
         ("by id", "lower id", "smaller id", "sort", "order by", "consistent order", "address",
          "one lock", "single lock", "global order", "try_lock")),
    ),
    # Clippy unused_io_amount; the std docs, Read::read and Write::write
    "rust-read-write-count-ignored": (
        ("value", ("`read` may return fewer bytes than the buffer holds (a TCP segment at a "
                   "time), so the rest of the buffer keeps its zeros and the frame is cut or "
                   "garbled; the next read starts mid-frame"),
         ("fewer bytes", "partial", "short read", "short write", "not all", "zeros", "truncat",
          "incomplete", "garbled", "cut", "mid-frame", "out of sync", "desync")),
        ("cause", "The byte count `read`/`write` returns is dropped, so a short one goes unnoticed",
         ("count", "returns the number", "number of bytes", "ignored", "dropped", "usize",
          "return value")),
        ("fix", "Use `read_exact` (or `write_all`), or loop until the buffer is full",
         ("read_exact", "write_all", "loop", "until")),
    ),
    # Clippy zombie_processes; the std docs, Child (no Drop: nothing waits for it)
    "rust-child-never-waited": (
        ("value", ("Each call leaves a child nobody waits for: once it exits it stays a zombie in "
                   "the process table until the server exits, and its exit status (a failed "
                   "conversion) is never seen"),
         ("zombie", "defunct", "process table", "leak", "piles up", "accumulat", "pid",
          "exit status", "never know", "fails silently", "not checked", "no error")),
        ("cause", ("`spawn()` only starts the process; dropping the Child neither waits for nor "
                   "kills it (Child has no Drop that reaps it)"),
         ("spawn", "drop", "no drop", "not waited", "never waited", "wait", "reap",
          "returns immediately", "in the background")),
        ("fix", ("Run it to completion with `status()`/`output()` (or keep the Child and call "
                 "`wait()`), and check that it succeeded"),
         ("status()", "output()", "wait()", "wait", "success", "exit code", "check")),
    ),
    # staticcheck SA4004; Clippy never_loop: a search loop that gives up after one element
    **dict.fromkeys(("go-loop-returns-on-first-element", "rust-loop-returns-on-first-element"), (
        ("value", ("Only the first element is ever checked: when the one looked for is second or "
                   "later, the function says it is not there"),
         ("first element", "first one", "only the first", "one iteration", "never loops",
          "not found", "second", "misses", "exits", "returns immediately", "after one")),
        ("cause", ("The \"not found\" return is inside the loop body, so the first iteration "
                   "returns on every path"),
         ("inside the loop", "in the loop", "every path", "else", "both branches",
          "unconditional", "always returns")),
        ("fix", "Move the \"not found\" return after the loop (drop the else)",
         ("after the loop", "outside the loop", "move", "remove the else", "drop the else",
          "below the loop", "once the loop", "end of the loop")),
    )),
    # staticcheck SA4005; the Go FAQ, methods on values or pointers
    "go-field-set-on-value-receiver": (
        ("value", ("The method changes a copy: the caller's value keeps its old fields, so the "
                   "change is lost on return (the round never advances, the score stays 0)"),
         ("copy", "lost", "never changes", "unchanged", "not saved", "doesn't persist",
          "does not persist", "stays", "same question", "always", "old value", "discarded")),
        ("cause", "A value receiver is a copy of the caller's value, made on every call",
         ("value receiver", "copy", "by value", "passed by value", "not a pointer")),
        ("fix", "Declare the method on a pointer receiver (`func (r *T) ...`), or return the changed copy",
         ("pointer receiver", "pointer", "(r *", "return the")),
    ),
    # --- round rules-jcc7 ---
    # SEI CERT LCK06-J; SpotBugs SSD_DO_NOT_USE_INSTANCE_LOCK_ON_SHARED_STATIC_DATA
    "java-instance-lock-guards-static-field": (
        ("value", ("Threads working on two different objects hold two different locks, so both "
                   "update the one static field at once and an update is lost (the shared "
                   "total or count comes out wrong)"),
         ("lost", "lost update", "two objects", "different objects", "different instances",
          "two instances", "both", "at the same time", "concurrently", "race", "wrong total",
          "too low", "overwrite")),
        ("cause", ("A `synchronized` instance method locks `this`, one lock per object, while a "
                   "static field is one for the whole class"),
         ("locks this", "per object", "per instance", "each object", "each instance", "own lock",
          "instance lock", "one per class", "whole class", "shared by all", "class-wide")),
        ("fix", ("Guard the static field with a class-wide lock (`synchronized (X.class)`, a "
                 "`static synchronized` method or a static final lock object), or make it an "
                 "AtomicLong/AtomicInteger or LongAdder"),
         ("x.class", ".class", "static synchronized", "static lock", "static final object",
          "atomic", "longadder", "class lock")),
    ),
    # SpotBugs RV_CHECK_COMPARETO_FOR_SPECIFIC_RETURN_VALUE; Comparable.compareTo javadoc
    "java-compare-result-tested-for-one": (
        ("value", ("For most pairs that differ the test is false: String.compareTo gives the "
                   "difference of the first differing characters (\"apple\" vs \"cherry\" is "
                   "-2), so those values are treated as equal or in the wrong order"),
         ("-2", "difference", "not always", "not just", "any negative", "any positive",
          "other values", "false", "wrong order", "misordered", "unsorted", "treated as equal")),
        ("cause", ("compareTo and compare promise only the sign: a negative number, zero or a "
                   "positive number, not exactly -1 or 1"),
         ("sign", "negative", "positive", "only promises", "contract", "any value", "magnitude")),
        ("fix", "Test the sign: `< 0`, `> 0` or `== 0`",
         ("< 0", "> 0", "<0", ">0", "sign", "signum")),
    ),
    # SEI CERT FIO08-J; Error Prone ComparisonOutOfRange; InputStream.read / Reader.read javadoc
    "java-read-narrowed-before-end-test": (
        ("value", ("At the end of the input read() returns -1, but cast to char that is 65535 "
                   "(U+FFFF), never -1, so the loop never ends (it keeps appending U+FFFF); cast "
                   "to byte, a real 0xFF byte reads as -1 and ends reading early"),
         ("never ends", "infinite", "forever", "for ever", "never stops", "hangs", "65535",
          "0xffff", "uffff", "never -1", "never equal", "0xff", "255", "stops early")),
        ("cause", ("read() returns an int so that -1 can stand apart from every byte or char; "
                   "a char is unsigned and cannot hold -1, a byte cannot tell -1 from 0xFF"),
         ("int", "unsigned", "cannot hold", "can't hold", "cannot be negative", "narrow", "cast",
          "out of range", "0xff")),
        ("fix", "Keep read()'s result in an `int`, compare it with -1, and cast only after",
         ("int", "compare first", "before the cast", "before casting", "then cast", "cast after")),
    ),
    # clang-tidy bugprone-suspicious-string-compare; C11 7.24.4; cppreference basic_string::compare
    "c-compare-result-tested-for-one": (
        ("value", ("For most pairs that differ the test is false: glibc's strcmp returns the "
                   "difference of the first differing bytes (\"apple\" vs \"cherry\" is -2), "
                   "so the order or the match comes out wrong"),
         ("-2", "difference", "not always", "not just", "any negative", "any positive",
          "other values", "false", "wrong order", "misordered", "unsorted", "wrong place")),
        ("cause", ("strcmp, memcmp and std::string::compare promise only the sign of the "
                   "result, not -1 or 1"),
         ("sign", "negative", "positive", "only promises", "standard", "any value",
          "implementation", "magnitude")),
        ("fix", "Test the sign: `< 0`, `> 0` or `== 0`",
         ("< 0", "> 0", "<0", ">0", "sign")),
    ),
    # cppreference basic_ios::eof; the ISO C++ FAQ on input loops; SEI CERT FIO34-C
    "cpp-eof-tested-before-read": (
        ("value", ("After the last value the loop runs once more: the extraction fails, the "
                   "variables keep their old values, and the last record is used twice; a "
                   "malformed token sets failbit but never eof, so the loop never ends"),
         ("twice", "once more", "extra", "last value", "last record", "duplicate", "repeated",
          "stale", "old value", "never ends", "infinite", "forever", "failbit")),
        ("cause", ("eof() reports only what the last read found; it turns true after a read "
                   "has failed, not before the read that will fail"),
         ("after", "already failed", "last read", "previous read", "does not look ahead",
          "doesn't look ahead", "only reports", "after a read", "too late")),
        ("fix", "Make the read the loop's condition: `while (in >> x)` or `while (std::getline(in, line))`",
         ("while (in >>", "while (std::getline", "while (getline", "read as the condition",
          "loop condition", "check the read", "test the stream", "if (!(in")),
    ),
    # SEI CERT OOP54-CPP; clang-tidy bugprone-unhandled-self-assignment; Core Guidelines C.62
    "cpp-copy-assignment-not-self-safe": (
        ("value", ("Assigning an object to itself deletes its buffer and then copies from that "
                   "same freed buffer: a use after free, garbage contents or a crash"),
         ("use after free", "freed", "deleted", "dangling", "garbage", "crash", "undefined",
          "itself", "self-assignment", "self assignment", "same object")),
        ("cause", ("`other` and `*this` are the same object, so the delete releases the data "
                   "the copy then reads"),
         ("same object", "alias", "same memory", "same buffer", "this == &other",
          "refers to itself", "itself")),
        ("fix", ("Return early when `this == &other`, or copy into a new buffer before deleting "
                 "the old one (copy-and-swap)"),
         ("this == &", "this != &", "self check", "self-check", "copy-and-swap", "copy and swap",
          "swap", "new buffer first", "before deleting")),
    ),
    # Error Prone ArrayEquals; SpotBugs EC_BAD_ARRAY_COMPARE; java.util.Arrays.equals
    "java-array-compared-with-equals": (
        ("value", ("Two different arrays with the same elements compare unequal, so the test is "
                   "false unless both names refer to the very same array object"),
         ("false", "always false", "never equal", "unequal", "not equal", "same object",
          "same array", "identity", "reference", "never true", "never matches")),
        ("cause", ("Arrays do not override `equals`: they inherit Object's, which compares "
                   "references, not contents"),
         ("object's equals", "object.equals", "inherit", "not overridden", "doesn't override",
          "does not override", "reference", "identity", "==", "contents")),
        ("fix", "Use `Arrays.equals(a, b)` (`Arrays.deepEquals` for nested arrays)",
         ("arrays.equals", "deepequals", "arrays.deepequals", "element by element", "compare elements")),
    ),
    # Error Prone ArraysAsListPrimitiveArray; Arrays.asList javadoc (varargs T...)
    "java-as-list-of-primitive-array": (
        ("value", ("The list has one element, the array itself, so `contains(n)` is always false, "
                   "`indexOf` is -1 and shuffling or reversing it leaves the numbers as they were"),
         ("one element", "single element", "size 1", "size one", "always false", "never found",
          "never true", "-1", "does nothing", "unchanged", "list of arrays", "list<int[]>")),
        ("cause", ("`Arrays.asList(T...)` takes objects; an `int[]` is one object (T is int[]), "
                   "and Java does not box the elements of a primitive array"),
         ("varargs", "not boxed", "no boxing", "doesn't box", "does not box", "autobox",
          "primitive", "one object", "t is int[]", "generic")),
        ("fix", ("Search or box the ints themselves: `Arrays.stream(a).anyMatch(x -> x == n)`, "
                 "`IntStream.of(a).boxed().toList()`, or keep an `Integer[]`/`List<Integer>`"),
         ("arrays.stream", "intstream", "boxed", "anymatch", "integer[]", "list<integer>", "loop")),
    ),
    # clang-tidy bugprone-suspicious-memset-usage; GCC -Wmemset-transposed-args; memset(3)
    "c-memset-arguments-swapped": (
        ("value", ("Nothing is cleared: a count of 0 sets no bytes, so the memory keeps its old "
                   "or uninitialised contents and the code reads garbage"),
         ("nothing", "zero bytes", "0 bytes", "no bytes", "not cleared", "not zeroed", "garbage",
          "uninitialised", "uninitialized", "old values", "stale", "leftover")),
        ("cause", ("memset takes the fill byte second and the count third; here the size sits "
                   "where the byte goes and 0 where the count goes"),
         ("swapped", "transposed", "wrong order", "order of the arguments", "argument order",
          "third argument", "second argument", "count is 0", "count of 0", "size is 0")),
        ("fix", "Write `memset(p, 0, size)` (or initialise with `= {0}`)",
         ("memset(p, 0,", ", 0, sizeof", "0, sizeof", "swap", "= {0}", "calloc")),
    ),
    # the LinkedList javadoc: "Operations that index into the list will traverse the list from
    # the beginning or the end, whichever is closer to the specified index"
    "java-linked-list-indexed-in-loop": (
        ("value", "The loop takes time quadratic in the list's size",
         ("o(n^2)", "quadratic", "n squared", "n^2", "n * n", "n*n")),
        ("cause", ("A LinkedList has no index: each `get(i)` walks the nodes from the nearer end "
                   "to position i"),
         ("walks", "traverses", "node by node", "from the start", "from the head",
          "nearer end", "follows the links", "no random access", "no index")),
        ("fix", ("Walk it with its iterator (a for-each loop), or copy it into an ArrayList, "
                 "where `get` takes constant time"),
         ("for-each", "for each", "foreach", "iterator", "listiterator", "arraylist",
          "enhanced for", "stream")),
    ),
    # gosec G110 (decompression bomb), CWE-409
    "go-decompressed-read-unbounded": (
        ("value", ("A small compressed body can inflate to gigabytes: reading it whole fills "
                   "memory (or the disk) and takes the server down"),
         ("bomb", "gigabytes", "memory", "out of memory", "oom", "disk", "crash", "dos",
          "denial", "inflate", "expands", "huge", "exhaust")),
        ("cause", ("No limit applies to the decompressed stream: a cap on the compressed body "
                   "(`MaxBytesReader`) bounds only the bytes sent, not what they expand to"),
         ("decompressed", "uncompressed", "compressed size", "ratio", "no limit", "unbounded",
          "maxbytesreader", "only the compressed", "before decompress")),
        ("fix", ("Bound the decompressed reader: `io.LimitReader(zr, max)` (and reject when the "
                 "limit is reached) or `io.CopyN`"),
         ("limitreader", "copyn", "limit", "cap", "max", "maxbytesreader(")),
    ),
    # the Go spec, Conversions (float to integer truncates); CERT NUM04-J
    "go-float-product-truncated-to-int": (
        ("value", ("Values whose scaled product lands just under a whole number lose a unit: "
                   "1.15 * 100 is 114.99999999999999, converted to 114, a cent short"),
         ("114", "a cent", "one cent", "off by one", "short", "99999", "truncat", "rounds down",
          "loses", "too low", "one less")),
        ("cause", ("Binary floating point cannot hold most decimals exactly, and the integer "
                   "conversion drops the fraction instead of rounding"),
         ("binary", "exact", "representation", "ieee", "precision", "fraction", "truncat",
          "towards zero", "not round", "doesn't round", "does not round")),
        ("fix", ("Round before converting (`int64(math.Round(x * 100))`), or keep the amount "
                 "in integer units (or a decimal type) from the start"),
         ("math.round", "round", "integer cents", "decimal", "int64 cents", "parse the digits")),
    ),
    # the net/http docs, Transport ("Transports should be reused instead of created as needed")
    "go-transport-built-per-call": (
        ("value", ("Every call opens new connections (and TLS handshakes) and leaves its idle "
                   "keep-alive connections open, so under load the process runs out of sockets "
                   "or file descriptors and every call is slower"),
         ("connection", "socket", "file descriptor", "too many open files", "leak", "idle",
          "keep-alive", "keepalive", "handshake", "slow", "pile up", "exhaust")),
        ("cause", ("Each Transport has its own connection pool; a new one per call cannot reuse "
                   "the last call's connections and nothing closes its idle ones"),
         ("pool", "own pool", "reuse", "new transport", "per call", "every call", "per request",
          "each call", "never closed", "not reused")),
        ("fix", ("Build the Transport (or Client) once and share it: a package variable, a "
                 "field set in a constructor, or `http.DefaultClient`; it is safe for concurrent use"),
         ("once", "share", "reuse", "package", "global", "field", "constructor", "struct",
          "defaultclient", "single", "concurrent")),
    ),
    # CWE-833; the sync docs (Lock blocks) and the Go spec, Send statements
    "go-send-while-holding-lock": (
        ("value", ("Deadlock: the sender holds the lock while it waits for a receiver, and the "
                   "receiving goroutine is waiting for that same lock, so neither moves"),
         ("deadlock", "forever", "hang", "hangs", "stuck", "blocks", "both wait",
          "waits for each other", "neither", "all goroutines are asleep")),
        ("cause", ("A send blocks until a receiver takes the value (or the buffer has room), and "
                   "it is made with the mutex held that the receiver needs between receives"),
         ("send blocks", "blocks until", "unbuffered", "buffer", "full", "holding the lock",
          "while locked", "under the lock", "same lock", "same mutex")),
        ("fix", ("Unlock before sending (copy what is needed under the lock, send after), or "
                 "send without blocking (`select` with a default), or do not take the lock on "
                 "the receiving side"),
         ("unlock before", "unlock first", "release", "after unlock", "outside the lock",
          "select", "default", "copy", "non-blocking")),
    ),
    # go vet unusedresult; staticcheck SA4017 (a pure function's result discarded)
    "go-pure-result-discarded": (
        ("value", ("Nothing changes: the value goes on exactly as it came in (untrimmed, in its "
                   "original case), so lookups and comparisons made with it miss"),
         ("nothing", "unchanged", "no effect", "does nothing", "original", "not trimmed",
          "not lowercased", "same value", "duplicate", "misses", "ignored", "discarded")),
        ("cause", ("Go strings are immutable: the function returns a new string and the call "
                   "drops it"),
         ("immutable", "returns a new", "new string", "return value", "result", "dropped",
          "discarded", "not assigned", "doesn't modify", "does not modify", "in place")),
        ("fix", "Assign the result back (`s = strings.TrimSpace(s)`) or use it directly",
         ("assign", "s =", "= strings.", "reassign", "use the result", "store")),
    ),
    # go vet unusedresult (errors.New, fmt.Errorf); the Go blog, Error handling and Go
    "go-error-built-not-returned": (
        ("value", ("The check reports nothing: the error is made and thrown away, the function "
                   "carries on and succeeds where it should have refused"),
         ("carries on", "continues", "proceeds", "succeeds", "nil", "no error", "ignored",
          "discarded", "thrown away", "oversell", "overbook", "anyway", "still")),
        ("cause", ("`fmt.Errorf`/`errors.New` only build a value; without `return` nothing "
                   "sees it"),
         ("return", "only builds", "only creates", "value", "statement", "not returned",
          "missing return", "forgot")),
        ("fix", "Return it (`return ..., fmt.Errorf(...)`)",
         ("return",)),
    ),
    # Clippy read_line_without_trim; the std docs, BufRead::read_line (keeps the newline)
    "rust-read-line-parsed-untrimmed": (
        ("value", ("Every answer fails to parse: the text is \"42\\n\", so the parse returns "
                   "an error (or the unwrap panics) for input that looks right"),
         ("newline", "\\n", "always fails", "every", "fails", "error", "invalid digit",
          "panic", "never accepted", "rejected", "loops forever", "keeps asking")),
        ("cause", "`read_line` appends the line with its trailing newline to the buffer",
         ("newline", "\\n", "line ending", "keeps the", "includes the", "trailing", "delimiter",
          "crlf", "\\r\\n")),
        ("fix", "Trim before parsing: `answer.trim().parse()`",
         ("trim", "trim_end", "strip", "pop")),
    ),
    # Clippy suspicious_open_options; the std docs, OpenOptions::truncate
    "rust-open-create-without-truncate": (
        ("value", ("When the new contents are shorter than the old, the end of the old file "
                   "stays after them: stale lines come back and the file may not parse"),
         ("stale", "old content", "old data", "leftover", "left over", "garbage", "tail",
          "remains", "end of the old", "corrupt", "doesn't parse", "does not parse", "duplicate")),
        ("cause", ("Opening with `write(true)` writes over the start of the existing file; "
                   "without `truncate(true)` its length is kept"),
         ("truncate", "not truncated", "length", "overwrite", "overwrites", "from the start",
          "existing file", "in place")),
        ("fix", ("Add `.truncate(true)` (or use `File::create`/`fs::write`), or write a temp "
                 "file and rename it"),
         ("truncate(true)", "truncate", "file::create", "fs::write", "rename", "temp", "set_len")),
    ),
    # the Go FAQ, "Why is my nil error value not equal to nil?"; staticcheck SA4023
    "go-typed-nil-pointer-returned-as-error": (
        ("value", ("The caller always gets a non-nil error, even when nothing went wrong, so "
                   "every valid input is refused (and calling Error() on it may panic)"),
         ("always", "non-nil", "not nil", "never nil", "every", "refused", "rejected", "fails",
          "panic", "even when", "valid")),
        ("cause", ("An interface holding a nil pointer is not nil: it carries the pointer's "
                   "type, so `err != nil` is true"),
         ("interface", "type", "typed nil", "nil pointer", "dynamic type", "type and value",
          "(*", "not equal to nil")),
        ("fix", ("Return a literal `nil` when there is nothing to report (`if p != nil { return "
                 "p }; return nil`), or keep the variable as `error`"),
         ("return nil", "literal nil", "if p != nil", "!= nil", "declare as error",
          "var err error", "error type")),
    ),
    # Clippy lines_filter_map_ok; the std docs, BufRead::lines
    "rust-lines-errors-filtered-forever": (
        ("value", ("On a read error that repeats (the path is a directory, a failing disk) the "
                   "loop never ends and spins a core; other failed lines vanish without a word"),
         ("infinite", "forever", "never ends", "hang", "spin", "cpu", "100%", "directory",
          "silently", "lost", "dropped", "ignored", "never finishes")),
        ("cause", ("`lines()` yields the same Err again and again, and `flatten()`/"
                   "`filter_map(Result::ok)` skips each one and asks for the next"),
         ("same error", "again", "repeat", "keeps returning", "skips", "filters", "err",
          "never returns none", "does not stop", "doesn't stop")),
        ("fix", "Stop at the first error: `map_while(Result::ok)`, or `let line = line?;` in the loop",
         ("map_while", "?", "stop", "break", "propagate", "return the error", "match")),
    ),
    # Round rules-js7.
    # the Node.js docs, vm ("not a security mechanism"); CWE-94
    "js-vm-runs-untrusted-code": (
        ("value", ("Whoever writes that text runs code in the server process: a script can climb "
                   "out of its context through the objects it is given (`this.constructor."
                   "constructor('return process')()`) to read files, secrets or run commands, "
                   "or loop for ever and stall every request"),
         ("process", "escape", "break out", "constructor", "require", "any code", "arbitrary",
          "remote code", "rce", "read files", "secrets", "infinite loop", "while(true)",
          "while (true)", "hang", "stall", "denial")),
        ("cause", "The vm module gives the script a new global object, not a security boundary",
         ("not a security", "not a sandbox", "no sandbox", "isolation", "same process",
          "shares", "not isolated", "untrusted")),
        ("fix", ("Do not run the text as code: parse it with a small expression evaluator or an "
                 "allow-list of operations, or run it in a separate locked-down process "
                 "(isolated-vm, a worker with no privileges) with a time limit"),
         ("parser", "parse", "evaluator", "allow-list", "allowlist", "whitelist",
          "isolated-vm", "separate process", "worker", "timeout", "json", "don't run",
          "do not run", "expression library")),
    ),
    # CodeQL js/incomplete-url-substring-sanitization; CWE-20
    "js-url-substring-host-check": (
        ("value", ("A URL that carries the trusted host's name anywhere passes: "
                   "`https://trusted.example.evil.net/`, or `https://evil.net/?x=trusted.example`, "
                   "so another site is treated as the trusted one"),
         ("evil", "attacker", "subdomain", "another host", "other site", "query string",
          "path", "anywhere", "passes", ".evil", "bypass", "crafted")),
        ("cause", ("`includes`/`indexOf`/`startsWith` look at characters of the whole string, "
                   "not at the host the URL names"),
         ("substring", "characters", "whole string", "anywhere in", "not the host",
          "not parsed", "string match", "raw string")),
        ("fix", ("Parse it (`new URL(u)`) and compare `origin` or `hostname` exactly, or look it "
                 "up in a list of allowed origins"),
         ("new url", "parse", "origin ===", "hostname ===", ".origin", ".hostname", "exact",
          "allow-list", "allowlist", "set of", "list of allowed")),
    ),
    # MDN, EventSource.close(), WebSocket.close(), clearInterval(); CWE-772
    "js-connection-replaced-unclosed": (
        ("value", ("Each call opens another one and drops the handle of the last: the old "
                   "streams, sockets or timers stay open and keep delivering, so after a few "
                   "calls events arrive several times and connections pile up"),
         ("stays open", "still open", "keeps running", "piles up", "pile up", "accumulate",
          "leak", "several times", "duplicate", "twice", "many connections", "more and more",
          "never closed", "orphan")),
        ("cause", ("Assigning the new one to the field only loses the reference; nothing closes "
                   "or clears the previous one"),
         ("overwrit", "replace", "loses the reference", "lost reference", "reference",
          "never closed", "not closed", "previous", "old one")),
        ("fix", "Close or clear the previous one first (`this.x?.close()`, `clearInterval(this.t)`), or make it once",
         ("close()", "?.close", "clearinterval", "close the previous", "close the old",
          "close it first", "once", "if (this.")),
    ),
    # MDN, switch (cases matched with ===)
    "js-switch-string-on-number-cases": (
        ("value", ("No case ever matches: the value arrives as a string (\"7\"), so every "
                   "request falls to the default branch, or the switch does nothing"),
         ("no case", "never matches", "never match", "default", "falls through to default",
          "does nothing", "none of the cases", "always the default")),
        ("cause", ("Query and route parameters, URLSearchParams, form fields and argv are "
                   "strings, and switch compares with ===, which never equates \"7\" and 7"),
         ("string", "===", "strict", "type", "no coercion", "not converted")),
        ("fix", "Convert first (`Number(x)`, `parseInt(x, 10)`) and reject NaN, or write the cases as strings",
         ("number(", "parseint", "+x", "convert", "string cases", "'7'", "\"7\"", "cast")),
    ),
    # eslint no-cond-assign; MDN, Assignment (the expression's value is the value assigned)
    "js-literal-assigned-in-condition": (
        ("value", ("The condition is constant: the literal is stored and then tested, so it is "
                   "always true for a non-empty string or a non-zero number (everyone passes), "
                   "and the field it meant to test now holds that literal"),
         ("always true", "always passes", "everyone", "every user", "always false", "constant",
          "truthy", "overwrit", "changes the", "sets the", "assigns")),
        ("cause", "`=` assigns; the comparison is `===`",
         ("assignment", "assigns", "===", "==", "comparison", "single =", "one =")),
        ("fix", "Compare with `===` (and keep the value unchanged)",
         ("===", "==", "compare", "comparison")),
    ),
    # the TypeScript handbook, Enums (reverse mappings of numeric enums)
    "ts-numeric-enum-iterated": (
        ("value", ("Every member appears twice: the object holds the reverse mapping too, so "
                   "the list is `0, 1, 2, Low, Normal, High` (numbers as strings and names), "
                   "and a count is doubled"),
         ("twice", "double", "numbers", "\"0\"", "'0'", "reverse", "both", "duplicates",
          "0, 1", "8 ")),
        ("cause", ("A numeric enum compiles to an object with a key for each name and one for "
                   "each value (`E[0] === 'Low'`)"),
         ("reverse mapping", "reverse", "value to name", "both directions", "compiles to",
          "numeric enum")),
        ("fix", ("Keep only the names (`.filter((k) => isNaN(Number(k)))`) or the numbers "
                 "(`typeof v === 'number'`), or use a string enum or a const object"),
         ("filter", "isnan", "typeof", "string enum", "as const", "const object", "names only")),
    ),
    # MDN, typeof (typeof null === 'object')
    "js-typeof-object-admits-null": (
        ("value", ("When the field is null (JSON's value for a missing object) the test still "
                   "passes, and reading a property of it or listing its keys throws a "
                   "TypeError, so the whole call fails on that one record"),
         ("typeerror", "throws", "crash", "cannot read", "cannot destructure", "exception",
          "fails", "500", "error")),
        ("cause", "`typeof null` is \"object\", a mistake kept since the first JavaScript",
         ("typeof null", "null is an object", "\"object\" for null", "'object' for null",
          "null passes", "null also", "null too")),
        ("fix", "Test for null as well: `x !== null && typeof x === 'object'` (or `x && typeof x === 'object'`)",
         ("!== null", "!= null", "&& x", "null check", "check for null", "not null", "truthy",
          "?.", "optional chaining")),
    ),
    # MDN, setTimeout() (maximum delay value); the Node.js timers docs
    "js-timer-delay-overflows": (
        ("value", ("It fires at once, not after the delay: a delay above 2,147,483,647 ms "
                   "(about 24.8 days) overflows the timer's 32-bit integer, and Node sets it "
                   "to 1 ms (an interval then runs without pause)"),
         ("immediately", "at once", "right away", "straight away", "1 ms", "1ms", "overflow",
          "instantly", "no delay", "too soon", "early")),
        ("cause", "Timers keep the delay in a signed 32-bit integer: at most 2^31 - 1 ms, about 24.8 days",
         ("32-bit", "32 bit", "2^31", "2**31", "2147483647", "24.8", "24 days", "25 days",
          "signed integer", "int32", "maximum delay", "max delay", "limit")),
        ("fix", ("Store the due time and check it with a shorter timer (re-arm in steps under "
                 "the limit, or a periodic sweep or a job scheduler)"),
         ("store the", "due time", "re-arm", "rearm", "in steps", "chunks", "shorter",
          "periodic", "sweep", "cron", "scheduler", "job queue", "database", "check daily",
          "min(")),
    ),
    # eslint-plugin-security detect-non-literal-require; CWE-829
    "js-require-from-request": (
        ("value", ("The client picks the file: `../` in the name loads any module or JSON file on "
                   "the server (configuration, secrets), and loading a module runs its code"),
         ("any file", "any module", "../", "traversal", "arbitrary", "runs", "executes",
          "secrets", "config", "other file", "code execution", "rce")),
        ("cause", ("`require`/`import()` resolve and run whatever path they are given, and part of "
                   "it comes from the request"),
         ("from the request", "user input", "client controls", "untrusted", "dynamic path",
          "not validated", "unchecked")),
        ("fix", ("Choose from a table of the modules allowed (`const EXPORTERS = { csv: "
                 "require('./csv') }`), or check the name against an allow-list first"),
         ("table", "map", "allow-list", "allowlist", "whitelist", "lookup", "object of",
          "set of", "static", "known formats", "switch")),
    ),
    # rules-py7: the language reference, Generator-iterator methods (a generator already
    # executing raises ValueError)
    "py-generator-shared-by-threads": (
        ("value", ("Two threads asking for their next item at once make the second step the "
                   "generator while it runs: ValueError \"generator already executing\" kills "
                   "that worker, and the items it would have taken are never processed"),
         ("generator already executing", "valueerror", "already executing", "crash", "dies",
          "skipped", "lost", "never processed", "missing", "exception", "at the same time",
          "same moment", "concurrently")),
        ("cause", ("A generator is not thread-safe: it has no lock of its own, and one frame "
                   "cannot run in two threads, so `next()` from another thread while it runs fails"),
         ("not thread-safe", "not thread safe", "no lock", "thread-safe", "thread safe", "one frame",
          "while it runs", "re-enter", "reentr", "shared")),
        ("fix", ("Hand out the work through a queue.Queue, take each item under a lock "
                 "(`with lock: item = next(gen, None)`), or give `executor.map` the generator "
                 "so only the caller reads it"),
         ("queue", "lock", "executor.map", ".map(", "mutex", "own generator", "list(")),
    ),
    # rules-py7: the multiprocessing docs, Pool (a context manager or close()/terminate();
    # the garbage collector is not promised to finalise it); Executor.shutdown
    "py-pool-never-closed": (
        ("value", ("Every call leaves a pool of worker processes (or threads) behind: after many "
                   "requests the machine runs out of processes, memory or file handles, and the "
                   "program can hang at exit"),
         ("leak", "left running", "keep running", "stay alive", "outlive", "zombie", "too many",
          "run out", "processes pile", "accumulate", "hang", "memory", "file descriptor")),
        ("cause", ("A pool's workers end only when it is closed or terminated; CPython does not "
                   "promise to run its finalizer when the object is dropped"),
         ("never closed", "not closed", "close", "terminate", "garbage collect", "finalizer",
          "finaliser", "gc", "not released", "shutdown")),
        ("fix", ("Use the pool in `with` (or close() and join() in `finally`), or make one pool "
                 "for the program and reuse it across calls"),
         ("with pool", "with ", "context manager", "close()", "join()", "finally", "terminate",
          "shutdown", "reuse", "one pool", "module level")),
    ),
    # rules-py7: Common Sequence Operations, note 6 (bytes: bytes.join, io.BytesIO, bytearray)
    "py-bytes-concat-in-loop": (
        ("value", ("Each `+=` makes a new object and copies everything gathered so far into it: "
                   "the time grows with the square of the size (a 100 MB download read in 64 KB "
                   "chunks copies some 80 GB)"),
         ("quadratic", "square", "n^2", "n**2", "o(n2)", "o(n^2)", "o(n²)", "copies", "copy",
          "slow", "new object", "gets slower")),
        ("cause", ("bytes (like str and tuple) are immutable, so concatenation cannot grow the "
                   "value in place; CPython's shortcut for `str +=` does not apply to bytes"),
         ("immutable", "new object", "cannot grow", "can't grow", "in place", "reallocat")),
        ("fix", ("Grow a bytearray with `+=`/`extend` (or write to io.BytesIO), or collect the "
                 "pieces in a list and `b\"\".join` them once"),
         ("bytearray", "bytesio", "join", "list", "stringio", "extend")),
    ),
    # rules-py7: the subprocess docs, Popen.communicate ("The child process is not killed if
    # the timeout expires")
    "py-timeout-child-not-killed": (
        ("value", ("The command keeps running after the timeout has been handled, holding its "
                   "pipes, memory and CPU; every stuck call leaves one more behind"),
         ("keeps running", "still running", "runs on", "orphan", "zombie", "pile up", "piles up",
          "accumulate", "leak", "not killed", "never killed", "left running", "cpu", "pipes")),
        ("cause", ("TimeoutExpired only stops the waiting: `communicate`/`wait` do not kill the "
                   "child when the timeout expires"),
         ("not killed", "doesn't kill", "does not kill", "only stops", "stops waiting",
          "just the wait", "still alive", "timeoutexpired")),
        ("fix", ("Kill it in the handler and finish communication (`proc.kill(); "
                 "proc.communicate()`), or use `subprocess.run(..., timeout=...)`, which does both"),
         ("kill", "terminate", "subprocess.run", "run(", "communicate()")),
    ),
    # rules-py7: the sqlite3 docs, connect(), check_same_thread ("write operations may need to
    # be serialized by the user to avoid data corruption")
    "py-sqlite-shared-without-lock": (
        ("value", ("Threads writing through the one connection share its transaction: one "
                   "request's commit or rollback takes another's half-done writes with it, and "
                   "`lastrowid` or a cursor can belong to the other request"),
         ("same transaction", "one transaction", "shared transaction", "rollback", "rolls back",
          "half", "interleav", "lastrowid", "wrong id", "corrupt", "lost", "database is locked",
          "programmingerror", "at the same time")),
        ("cause", ("`check_same_thread=False` only turns off sqlite3's check; it does not make "
                   "the connection's transactions safe to share, so writes must be serialized"),
         ("turns off", "disables", "only the check", "serializ", "not thread-safe",
          "not thread safe", "no lock", "shared connection")),
        ("fix", ("Hold one lock around each write and its commit, or open a connection per "
                 "thread or request (or hand writes to a single writer thread)"),
         ("lock", "per thread", "per request", "thread-local", "threading.local", "own connection",
          "connection per", "single writer", "queue")),
    ),
    # rules-py7: the threading docs, Thread objects ("Daemon threads are abruptly stopped at
    # shutdown")
    "py-daemon-writer-never-joined": (
        ("value", ("When the main thread finishes, the daemon writer is stopped where it stands: "
                   "items still queued are never written, a line can be cut in half, a "
                   "transaction never committed"),
         ("lost", "never written", "not written", "dropped", "missing", "cut", "half", "truncat",
          "killed", "stopped abruptly", "abruptly", "uncommitted", "not flushed")),
        ("cause", ("The interpreter does not wait for daemon threads at exit, and nothing here "
                   "joins the thread or the queue"),
         ("daemon", "does not wait", "doesn't wait", "not joined", "never joined", "no join",
          "exit", "shutdown")),
        ("fix", ("Make the writer stop on a sentinel or an Event and join it before exit (or "
                 "`queue.join()` with `task_done()`), or make it non-daemon"),
         ("join", "sentinel", "event", "task_done", "non-daemon", "daemon=false", "atexit",
          "stop")),
    ),
    # rules-py7: the requests docs, Advanced Usage, Body Content Workflow (stream=True)
    "py-streamed-response-not-closed": (
        ("value", ("Each early way out keeps a pooled connection checked out with its body "
                   "unread: after enough of them the pool is exhausted (requests wait or open "
                   "new sockets) and sockets pile up"),
         ("connection", "pool", "socket", "leak", "exhaust", "never returned", "not returned",
          "not released", "open", "pile", "too many")),
        ("cause", ("With `stream=True` requests cannot release the connection until the body is "
                   "read to the end or the response is closed"),
         ("stream=true", "stream", "body", "not consumed", "unread", "close", "not closed",
          "never closed", "read to the end")),
        ("fix", ("Make the request in a `with` block (or close the response in `finally`), so "
                 "every exit releases it"),
         ("with ", "context manager", "close()", "finally", "contextlib.closing", "closing(")),
    ),
    # rules-js8: the Node.js docs, crypto.createCipher (DEP0106: EVP_BytesToKey, MD5, one
    # iteration, no salt); CWE-329, CWE-916
    "js-cipher-from-password": (
        ("value", ("Equal messages encrypt to equal ciphertexts and every message shares one IV "
                   "(with CTR or GCM that reveals the plaintexts' XOR); and someone holding the "
                   "ciphertexts can try passwords very fast, as nothing slows the derivation"),
         ("same iv", "same ciphertext", "identical", "equal messages", "patterns", "iv reuse",
          "reused", "dictionary", "brute", "guess", "offline", "fast", "xor", "predictable")),
        ("cause", ("`createCipher` derives both the key and the IV from the password by one "
                   "unsalted MD5 round (EVP_BytesToKey), so the same password always gives "
                   "the same key and IV"),
         ("md5", "evp_bytestokey", "no salt", "unsalted", "one iteration", "from the password",
          "same key", "deprecated", "no iv", "without an iv")),
        ("fix", ("Derive the key with `crypto.scrypt` (or take a random 32-byte key), and call "
                 "`createCipheriv` with a fresh `crypto.randomBytes` IV stored beside each "
                 "ciphertext (an AEAD mode such as aes-256-gcm)"),
         ("createcipheriv", "randombytes", "random iv", "scrypt", "pbkdf2", "hkdf", "gcm",
          "fresh iv", "unique iv")),
    ),
    # rules-js8: the React docs, useState, "I've updated the state, but logging gives me the
    # old value"
    "js-state-read-after-setter": (
        ("value", ("The later line sees the value from before the update: what is saved, sent "
                   "or passed on is one change behind (the last edit is lost until the next one)"),
         ("old value", "previous value", "stale", "before the update", "one behind",
          "one step behind", "not updated", "outdated", "lags", "last change", "lost")),
        ("cause", ("Calling the setter does not change the variable in the running code: the "
                   "state is a snapshot of this render, and the new value arrives only when "
                   "the component renders again"),
         ("snapshot", "next render", "re-render", "rerender", "asynchronous", "async",
          "does not change", "doesn't change", "batched", "scheduled", "const", "closure")),
        ("fix", ("Compute the next value into a variable and use it for both the setter and "
                 "the later call (or do the work in an effect that depends on the state)"),
         ("variable", "next", "const ", "same value", "useeffect", "effect", "compute first",
          "pass the new")),
    ),
    # rules-js8: CWE-613; the jsonwebtoken README, sign options (expiresIn); the OWASP JSON
    # Web Token Cheat Sheet
    "js-jwt-without-expiry": (
        ("value", ("The token is accepted for ever: a leaked or stolen one keeps working, and "
                   "logging out, changing the password or removing a role does not end it"),
         ("forever", "for ever", "never expires", "no expiry", "no expiration", "indefinitely",
          "stolen", "leaked", "leak", "logout", "revoke", "permanent", "always valid")),
        ("cause", ("Without `expiresIn` (or an `exp` claim) the payload has no expiry, and "
                   "`jwt.verify` checks only the signature; a signed token cannot be recalled"),
         ("exp", "expiresin", "no expiry", "expiration claim", "only the signature",
          "stateless", "cannot be revoked", "can't be revoked", "not revocable")),
        ("fix", ("Give it a short lifetime (`expiresIn: '15m'` or `'1h'`), with a refresh token "
                 "or a fresh login to renew it (and a denylist or rotated secret to revoke)"),
         ("expiresin", "exp", "short", "lifetime", "15m", "1h", "refresh", "expire", "ttl",
          "denylist", "blacklist", "rotate")),
    ),
    # Round rules-sys8.
    # gosec G112/G114; the net/http docs, Server (a zero ReadTimeout means no timeout); CWE-400
    "go-server-without-timeouts": (
        ("value", ("A client that opens many connections and sends its headers a byte at a "
                   "time (Slowloris) holds a goroutine and a file descriptor for each as long as "
                   "it likes, until the server runs out and stops answering everyone"),
         ("slowloris", "slow client", "slowly", "byte at a time", "file descriptor", "goroutine",
          "exhaust", "run out", "runs out", "denial", "dos", "hold", "forever", "never closed",
          "too many", "connections")),
        ("cause", ("`http.ListenAndServe` serves with a Server whose read timeouts are zero, "
                   "and zero means no timeout"),
         ("no timeout", "zero", "default server", "not set", "no deadline", "infinite",
          "unbounded", "readheadertimeout", "readtimeout")),
        ("fix", ("Build an `http.Server` with `ReadHeaderTimeout` (or `ReadTimeout`), plus "
                 "`WriteTimeout` and `IdleTimeout`, and call its `ListenAndServe`"),
         ("readheadertimeout", "readtimeout", "writetimeout", "idletimeout", "http.server{",
          "server struct", "timeout")),
    ),
    # Sonar S2142; Java Concurrency in Practice 7.1.3; the Thread.interrupt javadoc
    "java-interrupt-swallowed-in-helper": (
        ("value", ("An interrupt that arrives while the method waits is thrown away, so the "
                   "calling loop never sees it and the thread cannot be stopped: shutdownNow(), "
                   "interrupt() or a shutdown hook wait for ever"),
         ("never stops", "can't stop", "cannot stop", "can not stop", "keeps running",
          "runs forever", "lost", "thrown away", "swallow", "ignored", "shutdownnow",
          "hang", "never exits", "does not stop", "doesn't stop")),
        ("cause", ("Throwing InterruptedException clears the thread's interrupt status, and the "
                   "catch neither restores it nor rethrows, so `isInterrupted()` is false again"),
         ("clears", "cleared", "reset", "interrupt status", "interrupted flag", "flag",
          "isinterrupted", "not restored", "not rethrown", "false")),
        ("fix", ("Call `Thread.currentThread().interrupt()` in the catch (and return), or "
                 "declare `throws InterruptedException` and let the loop handle it"),
         ("currentthread().interrupt", ".interrupt()", "interrupt()", "restore", "rethrow",
          "re-throw", "throws interruptedexception", "propagate")),
    ),
    # the net/http docs, MaxBytesReader; the encoding/json docs, Decoder; CWE-400, CWE-770
    "go-json-body-decoded-unbounded": (
        ("value", ("A client can post one huge JSON value (a string or an array of gigabytes) "
                   "and the server holds it all in memory; a few such requests at once run it "
                   "out of memory and it is killed"),
         ("memory", "out of memory", "oom", "gigabyte", "huge", "large", "crash", "killed",
          "denial", "dos", "exhaust", "ram")),
        ("cause", ("Nothing limits the body's size: the decoder reads the whole next JSON value "
                   "into its buffer before decoding it"),
         ("no limit", "no size limit", "unbounded", "unlimited", "whole value", "buffer",
          "reads everything", "not limited", "any size", "no cap")),
        ("fix", ("Wrap the body first: `r.Body = http.MaxBytesReader(w, r.Body, 1<<20)` (or "
                 "`io.LimitReader`), and answer 413 when the limit is hit"),
         ("maxbytesreader", "limitreader", "limit", "cap", "413", "too large", "max size",
          "content-length")),
    ),
    "py-flask-debug-enabled": (
        ("value", ("Anyone who can reach the server and make a request fail gets Werkzeug's "
                   "interactive debugger: a Python console in the server process, so they can "
                   "read files and secrets and run any code"),
         ("arbitrary code", "any code", "run code", "execute", "console", "shell", "remote code",
          "rce", "take over", "secrets", "traceback", "debugger")),
        ("cause", ("Debug mode is switched on in the code itself, so it is on wherever the "
                   "program is started that way, not only on the developer's machine"),
         ("debug=true", "debug mode", "hard-coded", "hardcoded", "always on", "in the code",
          "production", "deployed")),
        ("fix", ("Leave debug off in the code and turn it on locally from the environment "
                 "(`flask run --debug`, `FLASK_DEBUG`, a config value); serve production with a "
                 "WSGI server"),
         ("environment", "env", "flask_debug", "--debug", "config", "debug=false", "gunicorn",
          "waitress", "wsgi", "off in production")),
    ),
    "py-exception-text-in-response": (
        ("value", ("An unexpected failure's message goes to the client: it can name SQL "
                   "statements and tables, file paths, hosts and ports, library versions or a "
                   "connection string, which helps an attacker map and probe the system"),
         ("leak", "expose", "reveal", "internal", "sql", "path", "stack", "trace", "host",
          "connection string", "sensitive", "information", "details")),
        ("cause", ("A broad `except` catches every exception and sends its text, which was "
                   "written for a developer by whatever library raised it, not for a client"),
         ("str(e)", "str(exc)", "exception message", "message", "except exception", "broad",
          "any exception", "every exception", "whatever")),
        ("fix", ("Log the exception on the server (`logger.exception`, with a request id) and "
                 "send a generic message; send messages only from your own exception types "
                 "meant for the client"),
         ("log", "generic", "request id", "correlation", "own exception", "custom exception",
          "internal error", "something went wrong")),
    ),
    "py-callable-called-when-passed": (
        ("value", ("The work runs at once in the calling thread, one item after another, before "
                   "the thread or task starts; the thread itself runs nothing (a submitted task "
                   "fails with a TypeError), so nothing happens in parallel"),
         ("runs immediately", "right away", "at once", "in the caller", "main thread",
          "sequential", "one after another", "serial", "blocks", "not in parallel",
          "nothing in parallel", "does nothing", "typeerror")),
        ("cause", ("The function is called where it should be passed: the thread or executor is "
                   "given the call's result, None, instead of the function"),
         ("called", "calling", "parentheses", "()", "result", "none", "return value",
          "not the function", "instead of the function")),
        ("fix", ("Pass the function itself and its arguments separately (`target=f, "
                 "args=(...)`, `submit(f, x)`), or wrap the call in `functools.partial` or a "
                 "lambda"),
         ("args=", "target=f", "submit(f", "without parentheses", "pass the function",
          "partial", "lambda", "separately")),
    ),
    # the StringBuilder javadoc: insert at an offset moves what follows it along
    "java-builder-insert-at-front-in-loop": (
        ("value", ("Each insert at position 0 copies every character already in the builder one "
                   "place along, so the loop's total work grows with the square of the output's "
                   "length: fine for a few items, very slow for thousands"),
         ("quadratic", "o(n^2)", "o(n²)", "n squared", "square", "shifts", "moves every",
          "copies every", "slow", "grows")),
        ("cause", ("`insert(0, x)` puts the new text before everything built so far, and the "
                   "builder keeps its characters in one array, so all of them move each time"),
         ("insert(0", "front", "beginning", "start", "shift", "array", "move", "copy")),
        ("fix", ("Append in the loop and reverse the order once: walk the items backwards, "
                 "collect them in a list (or Deque) and join it, or reverse the list first"),
         ("append", "reverse", "backwards", "deque", "addfirst", "list", "join",
          "collections.reverse", "once")),
    ),
    # CWE-195, CERT INT31-C: a negative signed length converted to size_t
    "c-signed-length-checked-only-above": (
        ("value", ("A negative length passes every upper-bound check and, converted to size_t "
                   "for the call, becomes a size near SIZE_MAX: the call reads or writes far "
                   "past both buffers and crashes or corrupts memory"),
         ("negative", "huge", "size_max", "wraps", "very large", "overflow", "past the end",
          "out of bounds", "corrupt", "crash", "segfault", "-1")),
        ("cause", ("The length is held in a signed type and compared only with maximums; the "
                   "size parameter is an unsigned size_t, so the conversion turns a negative "
                   "value into a very large one"),
         ("signed", "unsigned", "size_t", "conversion", "converted", "int", "cast",
          "only checked", "upper bound", "no lower", "never checked below")),
        ("fix", ("Reject negative values before the copy (`if (len < 0 || len > max)`), or "
                 "hold the length in size_t from where it is read"),
         ("< 0", "<= 0", ">= 0", "negative", "size_t", "unsigned", "lower bound", "reject")),
    ),
    # cppreference std::unique: only consecutive equal elements are collapsed
    "cpp-unique-without-sort": (
        ("value", ("Equal values that are not next to each other all stay, so the result still "
                   "holds duplicates and any count or lookup built on it is wrong"),
         ("duplicates remain", "still has duplicates", "still contains", "not adjacent",
          "not next to", "apart", "left in", "wrong count", "remain")),
        ("cause", ("`std::unique` removes only consecutive duplicates: it compares each element "
                   "with the one before it, and the range was never sorted"),
         ("consecutive", "adjacent", "neighbour", "neighbor", "next to each other", "in a row",
          "not sorted", "unsorted", "sort first")),
        ("fix", ("Sort the range first (`std::sort` then `unique` then `erase`), or collect the "
                 "values in a std::set or std::unordered_set"),
         ("std::sort", "sort first", "sort it", "sorting", "set", "unordered_set", "erase")),
    ),
    # std::sync::atomic::Ordering: Relaxed gives no happens-before; Release/Acquire publish
    "rust-relaxed-flag-publishes-data": (
        ("value", ("Another thread can see the flag set and still read the data as it was before "
                   "the write: a stale or half-written value, or None, though the flag says it is "
                   "ready"),
         ("stale", "old value", "not yet", "before the write", "half", "uninitialised",
          "uninitialized", "garbage", "none", "reorder", "sees the flag")),
        ("cause", ("`Ordering::Relaxed` orders nothing but the flag itself: there is no "
                   "happens-before between the writer's data write and the reader's read, so "
                   "the compiler and CPU may reorder them"),
         ("relaxed", "no ordering", "happens-before", "happens before", "reorder", "memory model",
          "visibility", "synchroniz", "synchronis")),
        ("fix", ("Store the flag with `Ordering::Release` and load it with `Ordering::Acquire` "
                 "(or use SeqCst, a Mutex, or OnceLock)"),
         ("release", "acquire", "seqcst", "mutex", "oncelock", "once_cell", "fence")),
    ),
    # the NavigableMap javadoc: subMap(from, to) and headMap(to) exclude toKey
    "java-submap-exclusive-end-given-last-key": (
        ("value", ("The entries of the last key wanted are left out of the view: the final day, "
                   "item or number of the range is silently missing from every count and list "
                   "built on it"),
         ("left out", "missing", "excluded", "skipped", "last day", "last key", "off by one",
          "off-by-one", "one short", "not included", "dropped")),
        ("cause", ("The two-argument `subMap` (and one-argument `headMap`, `subSet`, `headSet`) "
                   "treats its upper bound as exclusive, but it is given the last key that "
                   "should be included"),
         ("exclusive", "toKey", "upper bound", "strictly less", "half-open", "not inclusive",
          "excludes the end", "less than")),
        ("fix", ("Use the form with inclusive flags (`subMap(from, true, to, true)`, "
                 "`headMap(to, true)`), or pass the key after the last one as the exclusive end"),
         ("true, ", ", true)", "inclusive", "plusdays(7)", "next day", "the day after",
          "exclusive end", "four-argument", "4-argument")),
    ),
    # Round rules-js9.
    # SonarJS S2692; MDN, Array.prototype.indexOf (-1 when absent, 0 for the first element)
    "js-index-of-positive": (
        ("value", ("An item found in first place counts as absent: the test answers no for it, "
                   "so that one is skipped, kept twice or not removed"),
         ("first", "index 0", "position 0", "at 0", "zero", "first element", "first item",
          "missed", "skipped", "not found", "treated as absent", "false negative")),
        ("cause", ("`indexOf` gives -1 for absent and 0 for the first position, and `> 0` puts "
                   "0 with the absent"),
         ("-1", "minus one", "0 is a valid", "zero is valid", "valid index", "off by one",
          "greater than 0", "> 0", "excludes 0", "excludes zero")),
        ("fix", ("Test `!== -1` or `>= 0`, or ask `includes` when only presence matters"),
         ("!== -1", "!= -1", ">= 0", "includes", "not -1", "-1")),
    ),
    # CWE-1236; OWASP "CSV Injection"
    "go-csv-export-formula-injection": (
        ("value", ("A user can type a formula (`=HYPERLINK(...)`, `=cmd|...`, `@SUM(...)`) that "
                   "the spreadsheet runs when staff open the export: it can send the sheet's "
                   "data away or start a program"),
         ("formula", "spreadsheet", "excel", "hyperlink", "dde", "executes", "runs", "opened",
          "=cmd", "exfiltrat", "csv injection")),
        ("cause", ("The cell holds people's own text as it is, and a cell that starts with `=`, "
                   "`+`, `-` or `@` is read as a formula, not as text"),
         ("starts with", "leading", "first character", "=", "+", "@", "user text",
          "not escaped", "not sanitised", "not sanitized", "as it is", "unescaped")),
        ("fix", ("Neutralise the first character: prefix such a cell with `'` (or a tab), or "
                 "reject it, in one function every text cell goes through"),
         ("prefix", "'", "apostrophe", "quote", "tab", "escape", "sanitis", "sanitiz",
          "neutralis", "neutraliz", "strip", "reject")),
    ),
    # MDN String.prototype.indexOf ("-1 if not found"); unicorn/prefer-includes
    "js-index-of-as-boolean": (
        ("value", ("The test is backwards at both ends: a missing item gives -1, which is true, "
                   "and an item found first gives 0, which is false"),
         ("-1 is truthy", "-1 is true", "truthy", "missing", "absent", "not found", "first",
          "index 0", "position 0", "zero is falsy", "0 is falsy", "backwards")),
        ("cause", ("`indexOf` answers a position, not yes or no: -1 for absent and 0 for the "
                   "first place, and only 0 is falsy"),
         ("-1", "minus one", "position", "index", "falsy", "not a boolean", "number")),
        ("fix", ("Compare with -1 (`!== -1`, `>= 0`), or ask `includes` for presence"),
         ("!== -1", "!= -1", ">= 0", "includes", "=== -1", "some(")),
    ),
    # MDN, Worker.terminate(); Node.js worker_threads, worker.terminate(); CWE-404
    "js-worker-never-terminated": (
        ("value", ("Each call leaves another worker thread alive with its own memory and event "
                   "loop, so the process or tab grows with every call until it slows or runs "
                   "out of memory"),
         ("leak", "leaks", "stays alive", "keeps running", "never ends", "never stops",
          "threads pile up", "accumulate", "memory", "one more thread", "grows", "out of memory",
          "too many threads")),
        ("cause", ("A worker that listens for messages lives until it is terminated or closes "
                   "itself; dropping the variable does not end it"),
         ("terminate", "never terminated", "not terminated", "close", "listening", "alive until",
          "not garbage collected", "not collected", "event loop", "keeps it alive")),
        ("fix", ("Call `terminate()` once the answer arrives (in the handler or a `finally`), or "
                 "make one worker or a small pool once and reuse it"),
         ("terminate()", "terminate", "finally", "pool", "reuse", "once", "single worker",
          "close()")),
    ),
    # MDN, Window.open() and Window.opener; CWE-1022; SonarJS S5148
    "js-window-open-without-noopener": (
        ("value", ("The opened page gets a handle on this tab and can send it to another address "
                   "(a copy of the login page) while the user looks at the new tab: reverse "
                   "tabnabbing, a phishing route"),
         ("tabnabbing", "phishing", "redirect", "navigate", "window.opener", "opener",
          "location", "replace the page", "fake login", "original tab")),
        ("cause", ("`window.open` gives the new window `window.opener` unless `noopener` or "
                   "`noreferrer` is among its features, and a cross-origin page may still "
                   "change the opener's location"),
         ("opener", "window.opener", "no noopener", "without noopener", "features",
          "cross-origin", "location")),
        ("fix", ("Pass `'noopener,noreferrer'` as the third argument (or set the returned "
                 "window's `opener` to null before it loads)"),
         ("noopener", "noreferrer", "opener = null", "opener=null", "third argument", "features")),
    ),
    # eslint-plugin-react jsx-no-target-blank; MDN, rel noopener; CWE-1022
    "js-jsx-target-blank-without-rel": (
        ("value", ("In older browsers the linked page can send this tab to another address (a "
                   "copy of the login page) through `window.opener`, and it learns the page's "
                   "address from the Referer"),
         ("tabnabbing", "phishing", "redirect", "navigate", "window.opener", "opener",
          "older browsers", "referer", "referrer", "fake login")),
        ("cause", ("A link opened in a new tab without `rel=\"noopener\"` hands the new page "
                   "the opener in browsers before about 2021, and the href can lead off the site"),
         ("opener", "no rel", "without rel", "noopener", "older", "external", "other site",
          "user-supplied", "untrusted")),
        ("fix", ("Add `rel=\"noopener noreferrer\"` (or at least `noreferrer`) to the link"),
         ("noopener", "noreferrer", "rel=")),
    ),
    # MDN, isNaN() and Number(): the empty string and whitespace convert to 0
    "js-nan-check-passes-blank-text": (
        ("value", ("An empty or blank field passes the check and is used as the number 0: a "
                   "required amount, limit or quantity left out is taken as zero instead of "
                   "being refused"),
         ("empty", "blank", "whitespace", "zero", "as 0", "becomes 0", "treated as 0",
          "passes", "accepted", "not rejected", "missing")),
        ("cause", ("`isNaN` and `Number` convert the text first, and `''` or `'  '` converts "
                   "to 0, which is not NaN"),
         ("converts", "coerces", "coercion", "empty string", "number('')", "isnan('')", "is 0",
          "to 0", "not nan")),
        ("fix", ("Refuse empty text first (`value.trim() === ''`), or parse with `parseFloat`/"
                 "`parseInt` (NaN for empty text) and check with `Number.isFinite`, or match a "
                 "pattern"),
         ("trim", "=== ''", "empty check", "parsefloat", "parseint", "number.isfinite",
          "regex", "pattern", "validate", "schema")),
    ),
    # MDN, Number.prototype.toFixed() returns a string; the addition operator joins strings
    "js-fixed-text-added": (
        ("value", ("The digits are joined as text, not added: 10 rounded to `'10.00'` plus 5 "
                   "gives `'10.005'`, and a total started at 0 becomes `'04.50...'`; later "
                   "arithmetic or comparisons go wrong"),
         ("concatenat", "joined", "join", "string", "text", "10.005", "wrong total",
          "not added", "appended", "nan")),
        ("cause", ("`toFixed` returns a string, and `+` with a string on either side joins text"),
         ("returns a string", "string", "tofixed", "+ operator", "plus", "coerc", "text")),
        ("fix", ("Add the numbers first and call `toFixed` only to display, or round in number "
                 "form (`Math.round(x * 100) / 100`) or convert back with `Number(...)`"),
         ("display", "only for display", "at the end", "math.round", "number(", "parsefloat",
          "round", "convert back", "cents")),
    ),
    "py-bool-of-text": (
        ("value", ("A value written \"False\", \"0\", \"no\" or \"off\" gives True, so "
                   "the flag is on for every entry that has anything written in it; only an "
                   "empty value gives False"),
         ("always true", "true for", "\"false\"", "'false'", "\"no\"", "'no'", "\"0\"",
          "'0'", "every non-empty", "any non-empty", "on for everyone", "wrong flag")),
        ("cause", ("bool() of a string only tests whether it is empty: every non-empty string "
                   "is truthy, whatever word it holds, and text read from a file, a form or "
                   "the environment is always a string"),
         ("non-empty", "nonempty", "empty string", "truthy", "truthiness", "is a string",
          "string not a boolean", "any string", "length")),
        ("fix", ("Compare the normalised word with the accepted spellings "
                 "(`text.strip().lower() in {\"1\", \"true\", \"yes\"}`), rejecting "
                 "anything unknown, or use a parser meant for it (configparser's getboolean)"),
         ("lower()", "strip()", " in {", "== \"true\"", "== 'true'", "== \"yes\"",
          "== 'yes'", "compare", "getboolean", "accepted", "allowed values", "strtobool")),
    ),
    "py-except-misses-parse-error": (
        ("value", ("Text that does not parse raises an error no handler of the try catches, so "
                   "it escapes the function: the loop or request stops there instead of "
                   "skipping or reporting that one value"),
         ("crash", "crashes", "propagates", "escapes", "uncaught", "unhandled", "traceback",
          "stops", "aborts", "whole", "not caught", "goes up")),
        ("cause", ("The parse raises ValueError (Decimal raises InvalidOperation), and the "
                   "handlers name only unrelated types such as KeyError, IndexError or "
                   "TypeError, which that error is not a subclass of"),
         ("valueerror", "value error", "invalidoperation", "not a subclass", "unrelated",
          "wrong exception", "wrong type", "different exception", "only catches",
          "doesn't catch", "does not catch")),
        ("fix", ("Add the parse's own error to the handler (`except (IndexError, ValueError)`, "
                 "InvalidOperation for Decimal, JSONDecodeError for json) or validate the "
                 "text before parsing it"),
         ("except (", "valueerror", "add", "invalidoperation", "jsondecodeerror", "validate",
          "check first", "isdigit", "also catch")),
    ),
    "py-in-place-method-result-used": (
        ("value", ("The expression is None, not the list: what receives it gets None, so the "
                   "next use fails with a TypeError or AttributeError, or a falsy None is "
                   "treated as empty and the data silently disappears"),
         ("none", "nonetype", "typeerror", "attributeerror", "not subscriptable",
          "not iterable", "empty", "nothing", "lost", "disappears")),
        ("cause", ("sort, reverse, append and the other methods that change a list (or set) "
                   "do it in place and return None by design, so their result is not the "
                   "changed list"),
         ("in place", "in-place", "returns none", "return none", "no return value",
          "side effect", "mutates", "modifies")),
        ("fix", ("Call the method as a statement and use the list itself afterwards, or use "
                 "the function that returns a new list (`sorted(xs)`, `reversed(xs)`, "
                 "`xs + [x]`)"),
         ("sorted(", "reversed(", "separate line", "own line", "statement", "then return",
          "use the list", "+ [", "new list")),
    ),
    "py-str-method-result-discarded": (
        ("value", ("The variable keeps its old text: the changed copy is thrown away, so the "
                   "code after the line works on the unnormalised value as if it had been "
                   "changed"),
         ("unchanged", "not changed", "still", "original", "old value", "thrown away",
          "discarded", "lost", "no effect", "does nothing", "nothing happens")),
        ("cause", ("Strings (and dates) are immutable: their methods return a new value "
                   "instead of changing the object, and the call's result is not assigned"),
         ("immutable", "returns a new", "return a new", "returns a copy", "copy", "new string",
          "not assigned", "result is ignored", "result ignored", "can't be changed",
          "cannot be changed")),
        ("fix", ("Assign the result back or use it directly (`s = s.strip().lower()`, "
                 "`return s.strip()`)"),
         ("assign", "= ", "reassign", "return", "use the result", "s = s", "chain")),
    ),
    "py-comparison-as-statement": (
        ("value", ("Nothing changes and nothing is checked: the attribute or variable keeps its "
                   "old value, and the code after the line runs as if it had been set (or as "
                   "if the check had passed)"),
         ("nothing", "no effect", "does nothing", "unchanged", "never set", "not set",
          "keeps", "old value", "still", "never checked", "always passes")),
        ("cause", ("`==` compares and gives a True/False that the statement throws away; only "
                   "`=` assigns, and only `assert` or `if` acts on a comparison"),
         ("==", "comparison", "compares", "instead of =", "not an assignment", "thrown away",
          "discarded", "typo", "boolean", "true or false")),
        ("fix", ("Write the assignment with `=`, or, if a check was meant, `assert` it or "
                 "branch on it with `if`"),
         ("= ", "single =", "one =", "assign", "assert", "if ", "raise")),
    ),
    # --- round rules-jcc10 ---
    # the Instant and Duration javadoc: units above DAYS throw; Error Prone InstantTemporalUnit
    "java-instant-unit-unsupported": (
        ("value", ("The call throws UnsupportedTemporalTypeException every time it runs, so the "
                   "feature built on it fails on its first use instead of computing a date"),
         ("throws", "exception", "unsupportedtemporaltype", "unsupported", "crash", "fails",
          "every time", "runtime error", "blows up")),
        ("cause", ("An Instant is a point on the time-line with no calendar or time zone, and a "
                   "Duration is an exact length: neither can say how long a month or a year is, "
                   "so they accept only units up to DAYS"),
         ("no calendar", "no time zone", "no zone", "timezone", "time zone", "calendar",
          "months vary", "variable length", "only up to days", "exact", "estimated")),
        ("fix", ("Move into a calendar type in a zone (`instant.atZone(zone).plusMonths(1)"
                 ".toInstant()`, or a LocalDate/ZonedDateTime throughout), or use a fixed number "
                 "of days if that is what is meant"),
         ("atzone", "zoneddatetime", "localdate", "offsetdatetime", "plusmonths", "plusyears",
          "zone", "days", "chronounit.days")),
    ),
    # the List.of / Arrays.asList / Stream.toList javadoc: unmodifiable or fixed-size
    "java-unmodifiable-collection-changed": (
        ("value", ("The add, remove or put throws UnsupportedOperationException the first time "
                   "that path runs, so the request or the program fails there"),
         ("throws", "exception", "unsupportedoperation", "unsupported", "crash", "fails",
          "runtime error", "blows up")),
        ("cause", ("The collection was made by a factory that returns an unmodifiable or "
                   "fixed-size view (`List.of`, `Map.of`, `Arrays.asList`, `stream().toList()`, "
                   "`Collections.emptyList()`), whose mutators are not supported"),
         ("unmodifiable", "immutable", "fixed-size", "fixed size", "read-only", "read only",
          "list.of", "aslist", "tolist", "cannot be changed", "can't be changed")),
        ("fix", ("Copy it into a mutable collection before changing it (`new ArrayList<>(...)`, "
                 "`new HashMap<>(...)`, `Collectors.toCollection(ArrayList::new)`), or build the "
                 "final collection without changing it afterwards"),
         ("new arraylist", "new hashmap", "new hashset", "arraylist", "copy", "mutable",
          "collectors.tolist", "tocollection")),
    ),
    # the java.net.URL javadoc: equals and hashCode resolve the host; Error Prone URLEqualsHashCode
    "java-url-in-hash-collection": (
        ("value", ("Every add or lookup can wait on a DNS query (slow, or hanging when the "
                   "resolver is down), and two different sites served from one IP address "
                   "compare equal, so one of them is wrongly treated as already present"),
         ("dns", "network", "blocking", "blocks", "slow", "hang", "same ip", "same address",
          "shared host", "virtual host", "collide", "wrongly equal", "duplicate")),
        ("cause", ("`URL.equals` and `URL.hashCode` resolve the host name to an IP address and "
                   "compare addresses, and a hash set or map calls them on every operation"),
         ("equals", "hashcode", "resolve", "resolves", "ip address", "host name", "hostname",
          "name resolution", "lookup")),
        ("fix", ("Key the set or map by `java.net.URI` (or the URL's normalised string form), "
                 "which compares the text without touching the network"),
         ("uri", "touri", "string", "toexternalform", "tostring", "normalis", "normaliz")),
    ),
    # SEI CERT STR30-C: a string literal must not be modified
    "c-string-literal-modified": (
        ("value", ("Writing to the literal is undefined behaviour: on the usual systems the "
                   "literal sits in read-only memory and the program dies with a segmentation "
                   "fault at that line"),
         ("segfault", "segmentation", "crash", "undefined behaviour", "undefined behavior",
          "access violation", "sigsegv", "read-only", "read only")),
        ("cause", ("`char *p = \"...\"` does not copy the text: the pointer points at the "
                   "string literal itself, which is a constant array, and the code then writes "
                   "through that pointer"),
         ("string literal", "literal", "points at", "points to", "not a copy", "no copy",
          "constant", "const", "rodata", "read-only")),
        ("fix", ("Make a writable copy: declare an array initialised from the literal "
                 "(`char p[] = \"...\"`), or copy it with strdup/malloc and strcpy; and keep "
                 "pointers to literals `const char *`"),
         ("char p[]", "[]", "array", "strdup", "malloc", "copy", "const char")),
    ),
    # SEI CERT CON43-C; pthread_create passes the pointer, not the value
    "c-thread-given-loop-counter-address": (
        ("value", ("Threads read the counter whenever they get to it, so several get the same "
                   "index or the final value, some indexes are never handled, and the reads "
                   "race with the loop's writes"),
         ("same index", "same value", "same id", "wrong index", "final value", "duplicate",
          "skipped", "race", "data race", "whichever", "undefined")),
        ("cause", ("Every thread gets the address of the one loop variable, not its value at "
                   "that moment, and the loop keeps incrementing it while the threads start"),
         ("address", "pointer", "same variable", "shared", "one variable", "&i", "not a copy",
          "keeps changing", "increment")),
        ("fix", ("Give each thread its own storage (an array `ids[i] = i` and `&ids[i]`, or a "
                 "malloc'd argument the thread frees), or pass the value cast into the pointer "
                 "with intptr_t"),
         ("array", "ids[i]", "&ids", "own copy", "malloc", "intptr_t", "each thread",
          "per-thread", "per thread")),
    ),
    # SEI CERT OOP50-CPP; [class.cdtor]: virtual calls in constructors do not dispatch down
    "cpp-virtual-call-in-constructor": (
        ("value", ("A derived class's override never runs there: the base version runs instead "
                   "(its setup or cleanup is silently skipped), and if the function is pure "
                   "virtual the program aborts with a pure virtual call"),
         ("base version", "base class version", "never runs", "not called", "skipped",
          "pure virtual", "abort", "crash", "undefined")),
        ("cause", ("While a base constructor or destructor runs, the object is only of the base "
                   "type: the derived part is not built yet (or already destroyed), so the "
                   "virtual call resolves to the base class's function"),
         ("not yet constructed", "not constructed", "already destroyed", "vtable", "dynamic type",
          "base type", "derived part", "dispatch", "construction order")),
        ("fix", ("Call it after construction (a two-phase init or a factory function that "
                 "constructs then calls it), pass what the base needs into its constructor, or "
                 "do the work in the derived class's own constructor"),
         ("factory", "init()", "two-phase", "after construction", "constructor argument",
          "pass", "derived constructor", "create")),
    ),
    "py-env-default-not-text": (
        ("value", ("Unset, the value is the number or bool given as the default; set, it is "
                   "the variable's text, so arithmetic raises TypeError, a comparison with a "
                   "number raises, and \"false\" or \"0\" count as true"),
         ("str", "string", "text", "typeerror", "type error", "\"false\"", "truthy", "true",
          "only when set", "production", "deployed")),
        ("cause", ("`os.getenv` and `os.environ.get` return the variable's value as a string "
                   "whenever it exists; the default is returned untouched only when it does "
                   "not, so the two paths give different types"),
         ("always a string", "returns a string", "as a string", "default only", "two types",
          "different type", "environ", "getenv")),
        ("fix", ("Convert where it is read (`int(os.getenv(\"NAME\", \"8000\"))`, a real "
                 "comparison for a flag) and give the default as text"),
         ("int(", "float(", "convert", "parse", "== \"true\"", "string default", "cast")),
    ),
    "py-sqlite-write-never-committed": (
        ("value", ("The change is visible on that connection only; when it is closed or the "
                   "process ends the transaction is rolled back and the rows are gone"),
         ("lost", "gone", "rolled back", "rollback", "not saved", "never saved", "disappear",
          "not persisted", "data loss")),
        ("cause", ("sqlite3 opens a transaction implicitly before INSERT, UPDATE or DELETE, and "
                   "`close()` does not commit it"),
         ("transaction", "implicit", "begin", "close does not commit", "not committed",
          "no commit", "isolation")),
        ("fix", ("Call `commit()` after the writes, or run them in `with conn:`, which commits "
                 "on success and rolls back on error"),
         ("commit", "with conn", "context manager", "autocommit")),
    ),
    "py-sql-params-not-a-tuple": (
        ("value", ("A one-character value happens to work; a longer string fails with "
                   "'Incorrect number of bindings', and a number is refused outright"),
         ("incorrect number", "bindings", "error", "fails", "one character", "each character",
          "programmingerror", "typeerror", "crash")),
        ("cause", ("Parentheses only group: `(x)` is `x`, and the driver takes a string as a "
                   "sequence of characters; a tuple needs the comma, `(x,)`"),
         ("comma", "not a tuple", "parentheses", "grouping", "sequence", "characters",
          "iterates")),
        ("fix", "Pass `(x,)` or `[x]` (or a dict for named placeholders)",
         ("(x,)", ",)", "trailing comma", "list", "[", "dict")),
    ),
    "py-regex-escape-in-plain-string": (
        ("value", ("The pattern looks for a backspace character where a word boundary was "
                   "meant, so it never matches; a replacement puts control characters where "
                   "the captured groups should go"),
         ("never matches", "no match", "backspace", "control character", "\\x01", "\\x08",
          "wrong text", "garbage")),
        ("cause", ("Python processes escapes in a normal string literal before `re` sees "
                   "it: `\\b` is a backspace and `\\1` is chr(1); only a raw string passes the "
                   "backslash through"),
         ("escape", "string literal", "before re", "backslash", "not raw", "interpreted",
          "python converts")),
        ("fix", ("Write the pattern and the replacement as raw strings (`r\"\\bword\\b\"`, "
                 "`r\"\\2 \\1\"`), or double the backslashes"),
         ("raw", "r\"", "r'", "\\\\", "double")),
    ),
    "py-temp-path-returned-from-with": (
        ("value", ("The caller gets a path to a file or folder that has already been deleted: "
                   "opening it raises FileNotFoundError"),
         ("deleted", "removed", "gone", "no longer exists", "filenotfounderror", "not found",
          "dangling")),
        ("cause", ("The temporary object is removed when the `with` block ends, and a "
                   "`return` inside the block leaves it before the caller sees the value"),
         ("with block", "exits", "leaving", "context manager", "cleanup", "delete=true",
          "on close")),
        ("fix", ("Do the work inside the block, or let the caller own the lifetime "
                 "(`delete=False` and remove it later, `mkdtemp`, or yield from the block)"),
         ("inside the block", "delete=false", "mkdtemp", "yield", "caller", "remove later",
          "contextmanager")),
    ),
    "py-csv-file-without-newline": (
        ("value", ("Written on Windows every row is followed by a blank line, and a line "
                   "break inside a quoted field is rewritten or misread"),
         ("blank line", "blank row", "empty row", "\\r\\r\\n", "extra", "windows",
          "embedded newline", "quoted field")),
        ("cause", ("The csv module writes its own `\\r\\n` and reads line breaks itself; a "
                   "file opened in text mode without `newline=\"\"` translates them again"),
         ("newline translation", "universal newlines", "text mode", "translates",
          "line endings", "\\r\\n")),
        ("fix", "Open the file with `newline=\"\"` for both reading and writing csv",
         ("newline=\"\"", "newline=''", "newline")),
    ),
    "py-exception-never-raised": (
        ("value", ("Nothing stops the bad case: the object is built and thrown away, and the "
                   "code goes on with the value it was meant to refuse"),
         ("nothing happens", "continues", "goes on", "never raised", "not raised",
          "silently", "accepted", "passes")),
        ("cause", "Calling an exception class only creates the object; only `raise` signals it",
         ("raise", "missing raise", "only creates", "object", "instance")),
        ("fix", "Write `raise ValueError(...)` (or `pytest.fail(...)` in a test)",
         ("raise", "pytest.fail")),
    ),
    "py-assert-on-tuple": (
        ("value", "The assert never fails, whatever the test inside it says",
         ("never fails", "always true", "always passes", "never triggers", "no effect")),
        ("cause", ("The parentheses make one tuple of the test and the message, and a tuple "
                   "that is not empty is true"),
         ("tuple", "non-empty", "parentheses", "truthy", "always true")),
        ("fix", "Drop the parentheses: `assert test, \"message\"` (or raise an error for input checks)",
         ("without parentheses", "remove the parentheses", "drop the parentheses",
          "assert x, ", "raise")),
    ),
    "py-log-arguments-mismatch": (
        ("value", ("The message never reaches the log: when the record is emitted formatting "
                   "fails, and logging prints a 'Logging error' traceback to stderr instead"),
         ("lost", "never logged", "not logged", "logging error", "traceback", "stderr",
          "typeerror", "missing")),
        ("cause", ("logging applies `msg % args` only when the record is emitted, and the "
                   "number of arguments does not match the `%` placeholders"),
         ("placeholder", "%s", "%d", "arguments", "lazy", "format", "count", "mismatch")),
        ("fix", "Give one argument per placeholder (add the missing one, or the missing `%s`)",
         ("one per", "add the argument", "add the placeholder", "match", "%s")),
    ),
    # round cov-py: ruff's documented defects (pyflakes, flake8-bugbear, pylint, bandit, RUF)
    "py-duplicate-dict-key": (
        ("value", "Only the last value written for the key is kept; the earlier entry is lost",
         ("last", "later", "overwrit", "replac", "lost", "only one", "second")),
        ("cause", "A dict literal assigns its entries in order, and a repeated key is assigned again",
         ("duplicate", "repeated", "same key", "twice", "in order", "assigned again")),
        ("fix", "Remove or rename the repeated key (the entry that was meant to be a different one)",
         ("remove", "rename", "delete", "different key", "one entry", "fix the key")),
    ),
    "py-format-arguments-mismatch": (
        ("value", "The line raises (TypeError, ValueError, KeyError or IndexError) instead of building the text",
         ("typeerror", "valueerror", "keyerror", "indexerror", "raise", "exception", "crash",
          "error", "fails")),
        ("cause", "The placeholders in the format string and the arguments given do not match in number, name or kind",
         ("placeholder", "argument", "count", "number", "mismatch", "missing", "%s", "{}")),
        ("fix", "Give one argument per placeholder, or use an f-string that names each value",
         ("one per", "add the", "f-string", "match", "named", "remove the placeholder")),
    ),
    "py-undefined-name": (
        ("value", "When the line runs it raises NameError, and the function fails",
         ("nameerror", "raise", "crash", "exception", "error", "fails")),
        ("cause", "The name is not defined anywhere in scope: a typo, a missing import or a name from another function",
         ("typo", "misspel", "not defined", "undefined", "import", "scope", "never assigned")),
        ("fix", "Use the name that holds the value (fix the spelling) or import or define it",
         ("spell", "rename", "import", "define", "correct name", "use ")),
    ),
    "py-local-read-before-assignment": (
        ("value", "The function raises UnboundLocalError when it reads the name",
         ("unboundlocalerror", "raise", "crash", "exception", "error", "fails")),
        ("cause", ("Assigning the name anywhere in the function makes it local everywhere in it, so the read finds no"
                   " value"),
         ("local", "assign", "scope", "shadow", "global")),
        ("fix", ("Keep the state in an object or pass it in and return it (or declare it `global`/`nonlocal` if it "
                 "must be)"),
         ("global", "nonlocal", "parameter", "return", "object", "class", "pass it")),
    ),
    "py-definition-replaced": (
        ("value", ("Only the second definition exists: the first is never called (a test that never runs, a handler "
                   "that is gone)"),
         ("second", "last", "replac", "overwrit", "never run", "never called", "lost", "shadow")),
        ("cause", "A `def`, `class` or import binds the name again, and the module keeps the latest binding",
         ("same name", "rebind", "redefin", "binds", "twice", "duplicate")),
        ("fix", "Give each definition its own name (or delete the stale one)",
         ("rename", "different name", "own name", "delete", "remove")),
    ),
    "py-prefix-increment": (
        ("value", "The variable never changes: the line computes +(+n) and throws it away",
         ("never changes", "unchanged", "nothing", "no effect", "does not increment", "stays")),
        ("cause", "Python has no `++` operator; it parses as two unary plus signs",
         ("unary", "plus", "no ++", "no increment operator", "not an operator", "two")),
        ("fix", "Write `n += 1`", ("+= 1", "n = n + 1", "+=")),
    ),
    "py-loop-variable-overrides-iterable": (
        ("value", "After the loop the name holds the last item, not the collection, so later code works on one element",
         ("last item", "last element", "one element", "overwrit", "lost", "no longer")),
        ("cause", "The loop variable is bound to the same name as the collection it iterates",
         ("same name", "rebind", "shadow", "loop variable")),
        ("fix", "Use a different name for the loop variable (`for item in items`)",
         ("different name", "rename", "singular", "item in")),
    ),
    "py-groupby-group-reused": (
        ("value", "The second use sees an empty group (the sum or count is zero)",
         ("empty", "nothing", "zero", "exhausted", "consumed")),
        ("cause", "Each group of `itertools.groupby` is an iterator over the shared input; it can be read once",
         ("iterator", "once", "consum", "exhaust", "shared", "lazy")),
        ("fix", "Turn the group into a list first (`rows = list(group)`) and use that",
         ("list(", "materiali", "store", "copy", "tuple(")),
    ),
    "py-annotation-instead-of-assignment": (
        ("value", "Nothing is stored: the key or attribute keeps its old value (or stays missing)",
         ("nothing", "not stored", "no effect", "missing", "unchanged", "keyerror")),
        ("cause", "`target: value` is a variable annotation, not an assignment",
         ("annotation", "type hint", "colon", "not an assignment")),
        ("fix", "Write `=`: `cfg[\"retries\"] = 3`", ("=", "equals", "assignment")),
    ),
    "py-static-key-dict-comprehension": (
        ("value", "The dict has one entry, holding the value of the last item",
         ("one entry", "single", "one key", "last", "overwrit")),
        ("cause", "The key is a constant, so every item writes the same key",
         ("constant", "same key", "literal", "static", "string")),
        ("fix", "Use the item's own key (`{u.name: u.score for u in users}`)",
         ("variable", "item's", "u.name", "own key", "attribute")),
    ),
    "py-self-assignment": (
        ("value", "The line changes nothing: the attribute (or variable) meant to be set stays unset",
         ("nothing", "no effect", "unset", "not set", "never set", "attributeerror", "missing")),
        ("cause", "The name is assigned its own value; the target meant was another (usually `self.name`)",
         ("itself", "same name", "self.", "local")),
        ("fix", "Assign to the intended target: `self.name = name`", ("self.", "attribute")),
    ),
    "py-nan-comparison": (
        ("value", "`x == nan` is always False and `x != nan` always True, so NaN values are never caught",
         ("always false", "always true", "never", "every value", "not filtered", "kept")),
        ("cause", "By IEEE 754 NaN is unequal to every value, itself included",
         ("ieee", "unequal", "not equal to itself", "nan != nan", "itself")),
        ("fix", "Test with `math.isnan(x)` (or `x != x`)", ("isnan", "x != x", "isna")),
    ),
    "py-dataclass-default-call": (
        ("value", ("Every instance gets the same value, computed once when the class was defined (one timestamp, one "
                   "shared object)"),
         ("same", "once", "shared", "class definition", "import time", "every instance", "stale")),
        ("cause", "A default expression is evaluated once, when the class body runs, not per instance",
         ("evaluated once", "definition", "class body", "import", "once")),
        ("fix", "Use `field(default_factory=...)` so the call runs for each instance",
         ("default_factory", "field(", "__post_init__", "factory")),
    ),
    "py-chmod-mode-not-octal": (
        ("value", ("The file gets odd permissions (644 is 0o1204: sticky bit, owner write only, others read) instead "
                   "of rw-r--r--"),
         ("wrong permission", "odd", "sticky", "1204", "not readable", "unexpected", "owner")),
        ("cause", "The mode is a bit mask written in octal; the decimal number has other bits",
         ("octal", "decimal", "base", "bits")),
        ("fix", "Write the mode in octal (`0o644`) or with the `stat` constants",
         ("0o", "octal", "stat.")),
    ),
    "py-ssh-host-key-auto-added": (
        ("value", "A man in the middle (or a spoofed host) is accepted, and gets the credentials and the commands",
         ("man in the middle", "mitm", "spoof", "impersonat", "any server", "attacker", "credentials")),
        ("cause", "`AutoAddPolicy` trusts whatever key an unknown host presents, so nothing proves it is the server",
         ("host key", "trust", "unknown", "not verified", "no verification")),
        ("fix", "Load known host keys and reject unknown ones (`load_system_host_keys()`, `RejectPolicy`)",
         ("known_hosts", "known hosts", "load_system_host_keys", "rejectpolicy", "pin", "fingerprint")),
    ),
    # round cat-sec: the tarfile docs' warning ("Never extract archives from untrusted sources
    # without prior inspection"), extraction filters (PEP 706), CWE-22 and bandit B202
    "py-archive-extracted-unfiltered": (
        ("value", ("A member named with `..` or an absolute path, or a symlink member followed by "
                   "a file written through it, lands outside the folder: it can overwrite code, "
                   "config or a user's files"),
         ("..", "absolute", "symlink", "link", "outside", "overwrite", "traversal", "zip slip",
          "escape", "any path", "anywhere")),
        ("cause", "`extractall` writes each member at the path its name gives, trusting the archive",
         ("member name", "name in the archive", "trust", "unchecked", "no filter", "not checked",
          "as given", "path from the archive")),
        ("fix", ("Pass `filter=\"data\"` (Python 3.12, or 3.8+ with the backport), or check each "
                 "member's resolved path stays inside the folder and skip links"),
         ("filter", "data_filter", "\"data\"", "resolve", "commonpath", "is_relative_to",
          "realpath", "inside", "islnk", "issym", "skip links")),
    ),
    "py-fixed-temp-path": (
        ("value", ("Two runs overwrite each other's file, and another local user can plant a file or symlink there "
                   "first"),
         ("overwrit", "collide", "clash", "symlink", "other user", "attacker", "race", "concurrent")),
        ("cause", "The shared temporary directory is writable by everyone and the name is predictable",
         ("predictable", "fixed", "shared", "world-writable", "everyone", "known name")),
        ("fix", "Create the file with `tempfile` (`NamedTemporaryFile`, `mkstemp`, `TemporaryDirectory`)",
         ("tempfile", "mkstemp", "namedtemporaryfile", "temporarydirectory", "unique")),
    ),
    "py-subprocess-string-without-shell": (
        ("value", "The call fails with FileNotFoundError: no program is named the whole string",
         ("filenotfounderror", "not found", "no such file", "fails", "raise", "error", "crash")),
        ("cause", "Without a shell the string is not split: it is taken as the program's name, spaces included",
         ("not split", "whole string", "program name", "no shell", "shell=false", "single string")),
        ("fix", ("Pass a list of arguments (`[\"du\", \"-sh\", path]`, or `shlex.split` of fixed text); not "
                 "`shell=True` with values in it"),
         ("list", "shlex", "separate arguments", "sequence", "[\"")),
    ),
    "py-thread-run-called": (
        ("value", ("The work runs in the calling thread, one item after another: nothing runs in parallel and the "
                   "caller waits for all of it"),
         ("same thread", "calling thread", "main thread", "sequential", "one after another",
          "not parallel", "blocks", "waits", "no new thread")),
        ("cause", "`run()` is the method the new thread executes; only `start()` creates the thread that calls it",
         ("start()", "start", "run()", "new thread", "creates")),
        ("fix", "Call `start()` (and `join()` where the results are needed)", ("start()", ".start", "start")),
    ),
    "py-dict-unpacked-without-items": (
        ("value", ("Each step gets a key alone, so unpacking it raises ValueError (or splits a two-character key into"
                   " its letters)"),
         ("valueerror", "too many values", "not enough values", "key only", "keys only",
          "characters", "letters", "raise", "crash")),
        ("cause", "Iterating a dict yields its keys, not (key, value) pairs",
         ("keys", "iterat", "not pairs", "not tuples", "only the key")),
        ("fix", "Loop over `.items()`", (".items()", "items()", "items")),
    ),
    "py-missing-f-prefix": (
        ("value", "The text shows the braces and the name (`Hello {name}`) instead of the value",
         ("braces", "literally", "{name}", "curly", "placeholder", "not substituted",
          "not replaced", "as is", "as written")),
        ("cause", "Without the `f` prefix it is a plain string: nothing is interpolated",
         ("f prefix", "f-string", "prefix", "plain string", "not an f", "interpolat")),
        ("fix", "Add the `f` prefix (or call `.format(...)`; for logging, pass `%s` and the arguments)",
         ("f\"", "f'", "f-string", "prefix", ".format", "%s")),
    ),
    # rules-js10. React's Rules of Hooks: hooks keep their state by the order of calls
    "js-hook-called-conditionally": (
        ("value", ("On a render that skips the call, every later hook reads the state of the "
                   "one before it (values swap, effects run with the wrong data), or React "
                   "throws \"Rendered fewer hooks than expected\""),
         ("wrong state", "mixed up", "mismatch", "another hook", "shifted", "swap", "crash",
          "throws", "error", "rendered fewer", "rendered more", "corrupt")),
        ("cause", ("React matches each hook to its state by call order, so the same hooks must "
                   "run in the same order on every render; a branch, loop or early return "
                   "changes that order"),
         ("order", "same order", "call order", "every render", "top level", "rules of hooks",
          "index", "position", "early return", "condition")),
        ("fix", ("Call the hook unconditionally at the top of the component, before any early "
                 "return, and put the condition inside it (in the effect, or on its result); "
                 "or move the branch into a child component"),
         ("top level", "top of", "before the return", "unconditional", "always call",
          "inside the effect", "move the condition", "child component", "separate component")),
    ),
    # rules-js10. React docs, Updating Arrays/Objects in State; the setter compares by Object.is
    "js-state-mutated-then-set": (
        ("value", ("React sees the same object and skips the re-render: the screen keeps "
                   "showing the old data (until something else renders), and memoised "
                   "children and effects depending on it miss the change"),
         ("no re-render", "doesn't re-render", "does not re-render", "not re-render",
          "won't re-render", "not update", "doesn't update", "stale", "old", "nothing happens",
          "skips", "bail")),
        ("cause", ("The setter compares the new value with the current one by identity "
                   "(`Object.is`); an array or object changed in place is the same reference, "
                   "so it counts as unchanged"),
         ("same reference", "reference", "object.is", "identity", "same object", "same array",
          "in place", "mutat", "===")),
        ("fix", ("Build a new array or object and pass that: `[...items, x]`, `filter`/`map`, "
                 "`[...items].sort(...)` or `toSorted`, `{ ...obj, field: v }`, or an updater "
                 "that returns a copy"),
         ("spread", "...", "copy", "new array", "new object", "filter", "map", "tosorted",
          "slice", "immutable", "immer")),
    ),
    # rules-js10. React docs, useEffect: state read by a callback of an effect that runs once
    "js-stale-state-in-effect-callback": (
        ("value", ("Every run of the callback sees the state of the first render: a counter "
                   "sets the same number again (stuck at 1), a list keeps only the newest item, "
                   "earlier updates are overwritten"),
         ("first render", "initial value", "initial", "stale", "always 0", "stuck",
          "same value", "only the last", "only the newest", "overwrit", "lost", "never changes")),
        ("cause", ("An effect with `[]` runs once, so the callback it registers is a closure "
                   "over that render's variables; later renders make new state values the "
                   "callback never sees"),
         ("closure", "captur", "runs once", "empty dependency", "[]", "dependency array",
          "dependencies", "snapshot", "old render", "stale closure")),
        ("fix", ("Use the updater form (`setX(prev => prev + 1)`, `setList(prev => [...prev, "
                 "m])`), or list the state as a dependency (and clean up), or keep it in a ref"),
         ("updater", "prev", "functional update", "callback form", "function form",
          "dependency", "dependencies", "useref", "ref")),
    ),
    # rules-js10. Node's string_decoder and readable.setEncoding(): chunks cut characters
    "js-data-chunks-joined-as-text": (
        ("value", ("A character whose bytes arrive in two chunks is decoded in halves and "
                   "turns into replacement marks (U+FFFD): accented letters, emoji or CJK "
                   "text come out corrupted now and then, on large inputs"),
         ("corrupt", "garbled", "replacement", "u+fffd", "broken character", "mangled",
          "invalid", "wrong character", "question mark", "mojibake", "split")),
        ("cause", ("Each chunk is a Buffer decoded to text on its own (`+=` calls `toString`), "
                   "and chunks end at arbitrary byte positions, in the middle of a multi-byte "
                   "UTF-8 character"),
         ("multi-byte", "multibyte", "utf-8", "utf8", "byte boundary", "boundary", "bytes",
          "buffer", "tostring", "on its own", "separately")),
        ("fix", ("Collect the Buffers and decode once (`Buffer.concat(chunks).toString('utf8')`), "
                 "or call `setEncoding('utf8')` on the stream, or use a StringDecoder"),
         ("buffer.concat", "concat", "setencoding", "stringdecoder", "string_decoder",
          "decode once", "at the end", "textdecoder")),
    ),
    # rules-js10. Node's http docs: the response's data must be consumed
    "js-http-response-not-consumed": (
        ("value", ("The unread body keeps the socket busy: it never returns to the agent's "
                   "pool, memory is held, and once the pool's sockets are used up later "
                   "requests to that host hang"),
         ("socket", "leak", "hang", "stall", "pool", "connection", "memory", "never freed",
          "not released", "keep-alive", "keepalive", "end never")),
        ("cause", ("A response stream that is not read stays paused: its 'end' never fires "
                   "and Node does not discard the body by itself once a response callback "
                   "exists"),
         ("not consumed", "never read", "unread", "paused", "backpressure", "end event",
          "'end'", "must be consumed", "stream")),
        ("fix", ("Call `res.resume()` (or `res.destroy()`) before returning on the error "
                 "branch, or use a client that drains bodies for you"),
         ("resume", "destroy", "drain", "consume", "read the body", "discard")),
    ),
    # rules-js10. typescript-eslint restrict-plus-operands; MDN, Addition: a string operand joins
    "js-request-text-added-to-number": (
        ("value", ("The digits are joined, not added: `'2' + 1` is `'21'`, so the next page, "
                   "limit or port comes out far too large (or as text), and only when the "
                   "field is given; the default case works"),
         ("'21'", "21", "concatenat", "joined", "string", "text", "too large", "wrong number",
          "appended")),
        ("cause", ("Query and route fields (and URLSearchParams, localStorage, environment "
                   "values) are always strings, and `+` with a string on either side joins "
                   "text instead of adding"),
         ("string", "always text", "strings", "coerc", "+ operator", "plus", "not a number",
          "query", "type")),
        ("fix", ("Convert the field once where it is read (`Number(...)` or `parseInt(x, 10)`), "
                 "check it is a valid number, then add"),
         ("number(", "parseint", "parsefloat", "convert", "unary +", "validate", "cast",
          "coerce first")),
    ),
    # Round rules-react: the React docs (react.dev).
    "js-react-effect-without-cleanup": (
        ("value", ("Every time the effect runs again another timer, listener or connection is "
                   "added beside the old ones, and after the component is removed they keep "
                   "running: work done twice, updates of an unmounted component, a leak"),
         ("twice", "duplicate", "multiple", "another", "piles up", "accumulate", "keeps running",
          "still running", "leak", "unmount", "after removal", "never stopped", "strict mode")),
        ("cause", ("An effect is undone only by the cleanup function it returns: React calls it "
                   "before re-running the effect and on unmount, and this effect returns "
                   "nothing, so nothing ever stops what it started"),
         ("cleanup", "clean up", "return a function", "returns nothing", "no return",
          "re-run", "rerun", "dependencies change", "unmount", "never cleared", "not removed")),
        ("fix", ("Return a cleanup that undoes it: `return () => clearInterval(id)`, "
                 "`removeEventListener` with the same handler, `unsubscribe()`, `close()`"),
         ("return", "cleanup", "clearinterval", "removeeventlistener", "unsubscribe", "close",
          "abort", "same handler", "off(")),
    ),
    "js-react-html-from-data": (
        ("value", ("Markup in the text runs in the page: a `<img onerror>` or a link with "
                   "`javascript:` in the data runs script with the user's session (stored "
                   "cross-site scripting)"),
         ("xss", "cross-site", "script", "onerror", "inject", "malicious", "attacker", "cookie",
          "session", "steal", "runs code", "execute")),
        ("cause", ("`dangerouslySetInnerHTML` inserts the string as raw HTML, turning off the "
                   "escaping React applies to text it renders, and the value is not a fixed "
                   "string the author wrote but data passed through no sanitiser"),
         ("raw html", "innerhtml", "not escaped", "escaping", "unescaped", "untrusted",
          "user data", "from the server", "api", "not sanitized", "not sanitised", "no sanitiz")),
        ("fix", ("Render it as text (`{value}` children) or sanitise it first with an "
                 "allow-list sanitiser such as DOMPurify (`DOMPurify.sanitize(html)`), or "
                 "build the elements from structured data"),
         ("dompurify", "sanitize", "sanitise", "allow-list", "allowlist", "as text", "children",
          "escape", "textcontent", "markdown renderer")),
    ),
    "js-react-fetch-effect-race": (
        ("value", ("The component can show the answer for an old input: when the input changes "
                   "twice quickly and the earlier request finishes last, its response "
                   "overwrites the newer one (and a response after unmount still sets state)"),
         ("old", "stale", "wrong", "previous", "out of order", "overwrite", "earlier", "last",
          "mismatch", "older response", "race")),
        ("cause", ("Requests finish in any order, and nothing marks an older request as out of "
                   "date: the effect returns no cleanup, so each response is applied whenever "
                   "it arrives"),
         ("any order", "no guarantee", "order", "race condition", "no cleanup", "cleanup",
          "arrives", "slower", "latency", "in flight", "outdated")),
        ("fix", ("Return a cleanup that sets an `ignore` flag checked before setting state, or "
                 "abort the request with an AbortController in the cleanup (or use a data "
                 "library that handles it)"),
         ("ignore", "flag", "abortcontroller", "abort", "signal", "cleanup", "cancel",
          "return () =>", "react query", "swr")),
    ),
    # Round cov-js: CWE-348; Express, "Express behind proxies"; OWASP Node.js cheat sheet.
    "js-client-ip-from-forwarded-header": (
        ("value", ("Anyone can send `X-Forwarded-For: 10.0.0.1` (or a new made-up address on "
                   "every request), so the allow-list lets them in and the rate limit never "
                   "counts them: brute force and blocked clients walk straight through"),
         ("spoof", "forge", "fake", "any value", "made up", "attacker", "bypass", "rotate",
          "new address", "every request", "brute force", "allow-list", "allowlist",
          "rate limit", "impersonat", "set the header", "sends the header")),
        ("cause", ("The header is written by the client unless a proxy you run overwrites it, "
                   "and no trusted proxy is configured (Express's `trust proxy` is off), so the "
                   "value is whatever the request says"),
         ("client controls", "client-controlled", "user-controlled", "any client", "header",
          "trust proxy", "no proxy", "untrusted", "not verified", "request says", "written by")),
        ("fix", ("Use the socket's address (`req.socket.remoteAddress`, Express's `req.ip`), and "
                 "behind a known proxy set `app.set('trust proxy', <hops or proxy addresses>)` "
                 "so `req.ip` takes only the entries that proxy added"),
         ("req.ip", "remoteaddress", "socket", "trust proxy", "rightmost", "known proxy",
          "number of hops", "proxy address", "connection address")),
    ),
    # Promises/A+ 2.2.7; Bluebird's `.then(success, fail)` anti-pattern; eslint-plugin-promise.
    "js-then-rejection-handler-misses-fulfilment-error": (
        ("value", ("An error thrown in the first handler (a missing field, a bad parse) is not "
                   "seen by the second: the error path never runs, the user sees nothing, and "
                   "Node reports an unhandled rejection (which ends the process by default)"),
         ("unhandled", "not caught", "never sees", "skips", "not handled", "silently",
          "crash", "unhandledrejection", "error handler does not run", "not called",
          "missed", "bypass")),
        ("cause", ("The second argument to `then` only handles a rejection of the promise "
                   "before it; a throw inside the first handler rejects the new promise `then` "
                   "returns, which nothing handles"),
         ("only the previous", "previous promise", "original promise", "same then",
          "new promise", "returned promise", "sibling", "not the fulfil", "upstream",
          "before it", "same level")),
        ("fix", ("Chain the handler after: `.then(onOk).catch(onError)` (or await inside a "
                 "try/catch), so errors from both the request and the handler reach it"),
         (".catch", "catch(", "chain", "try", "await", "after the then", "separate")),
    ),
    # MDN, MutationObserver/ResizeObserver/IntersectionObserver disconnect().
    "js-observer-created-per-call": (
        ("value", ("Every call adds another observer watching the element, none of which is "
                   "ever stopped: callbacks run several times per change, and the observers "
                   "(with the elements and data their callbacks hold) are never freed"),
         ("leak", "memory", "piles up", "accumulate", "multiple", "several times", "twice",
          "duplicate", "never freed", "never stopped", "keeps watching", "another observer")),
        ("cause", ("An observer keeps observing until `disconnect()` (or `unobserve`) is "
                   "called, and this one is neither kept nor disconnected, so nothing can stop "
                   "it"),
         ("disconnect", "unobserve", "never disconnected", "not kept", "no reference",
          "lost", "cannot stop", "until")),
        ("fix", ("Create the observer once and reuse it, or keep it and call `disconnect()` "
                 "when the element goes away (return a cleanup that does)"),
         ("once", "reuse", "disconnect", "unobserve", "keep a reference", "cleanup",
          "single observer", "shared observer", "return")),
    ),
    # MDN, EventTarget.addEventListener ("Memory issues") and removeEventListener.
    "js-window-listener-added-per-call": (
        ("value", ("Each call adds one more listener: after twenty renders one event runs the "
                   "handler twenty times, with stale copies of what each closure captured, and "
                   "none is ever freed"),
         ("twenty", "many times", "multiple", "several", "piles up", "accumulate", "duplicate",
          "each time", "leak", "memory", "stale", "runs again")),
        ("cause", ("An anonymous function is a new function each call, so the browser cannot "
                   "see it as the same listener, and nothing removes it"),
         ("new function", "anonymous", "different function", "not the same", "never removed",
          "no removeeventlistener", "not removed", "each call")),
        ("fix", ("Add the listener once (at start-up, with a named handler), or remove it with "
                 "`removeEventListener` and the same function, `{ once: true }` or an "
                 "AbortController's `signal`"),
         ("once", "removeeventlistener", "named", "same function", "signal", "abortcontroller",
          "start-up", "startup", "outside")),
    ),
    # eslint no-template-curly-in-string.
    "js-template-placeholder-in-plain-string": (
        ("value", ("The text shows the placeholder itself (`Hello ${user.name}`), not the "
                   "value: the user or the log sees the literal dollar-brace text"),
         ("literal", "${", "placeholder", "not replaced", "not substituted", "as written",
          "dollar", "verbatim", "the text itself", "not interpolated")),
        ("cause", ("Only backtick template literals interpolate `${...}`; in a single- or "
                   "double-quoted string it is ordinary characters"),
         ("backtick", "template literal", "quotes", "single quote", "double quote",
          "ordinary", "plain string", "only template")),
        ("fix", "Write the string with backticks: `` `Hello ${user.name}` ``",
         ("backtick", "`", "template literal", "template string")),
    ),
    # eslint no-unreachable-loop.
    "js-loop-exits-on-first-item": (
        ("value", ("Only the first item is ever checked: a match in the second or any later "
                   "place is reported as not found (or the loop's answer depends on the first "
                   "item alone)"),
         ("first item", "first element", "only the first", "second", "later", "not found",
          "null", "false", "one iteration", "never reaches")),
        ("cause", ("Both branches of the `if` leave the loop (`return` or `break`), so the loop "
                   "cannot reach its second iteration"),
         ("both branches", "else", "return", "break", "second iteration", "exits",
          "leaves the loop", "every path")),
        ("fix", ("Return only on a match inside the loop, and put the 'not found' answer after "
                 "the loop (or use `find`/`some`)"),
         ("after the loop", "remove the else", "outside the loop", "find(", "some(", ".find",
          ".some", "drop the else")),
    ),
    # eslint for-direction.
    "js-for-loop-counts-wrong-way": (
        ("value", ("The loop never reaches its bound: it reads indexes out of range "
                   "(undefined, NaN totals) and runs for ever, or not at all"),
         ("infinite", "forever", "for ever", "never ends", "never stops", "hangs",
          "negative", "undefined", "nan", "out of range", "never runs")),
        ("cause", ("The test compares one way (`i < n`) while the update moves the counter the "
                   "other way (`i--`), away from the bound"),
         ("wrong direction", "decrement", "increment", "i--", "i++", "away", "opposite",
          "moves the wrong way")),
        ("fix", "Step toward the bound: `i++` with `i < n`, or `i--` with `i >= 0`",
         ("i++", "i--", "increment", "decrement", "flip", "change the update", "toward")),
    ),
    # eslint-plugin-promise param-names; MDN, Promise() constructor.
    "js-promise-executor-params-swapped": (
        ("value", ("Calling the parameter named for success rejects the promise (and the one "
                   "named for failure resolves it): callers' catch runs on success and failures "
                   "look like results"),
         ("rejects", "resolves", "opposite", "catch runs", "success", "failure", "swapped",
          "backwards", "error on success", "reversed")),
        ("cause", ("The executor receives resolve first and reject second whatever the "
                   "parameters are called; the names are positional"),
         ("first", "second", "position", "order", "positional", "names do not matter",
          "resolve first")),
        ("fix", "Name them in order: `new Promise((resolve, reject) => ...)`",
         ("(resolve, reject)", "resolve, reject", "swap", "order", "rename")),
    ),
    # react.dev, Rendering Lists; eslint-plugin-react jsx-key.
    "js-jsx-list-item-without-key": (
        ("value", ("After an item is removed, inserted or re-sorted, React reuses the wrong "
                   "elements: input text, checkbox state or focus stays at the old position and "
                   "belongs to a different item (and the console warns)"),
         ("wrong item", "state", "input", "focus", "checkbox", "position", "mismatch",
          "re-render", "rerender", "warning", "reorder", "mixed up", "another item")),
        ("cause", ("Without a `key` React matches the old and new children by position, so "
                   "it cannot tell which item moved or went away"),
         ("key", "position", "index", "identify", "reconcil", "diff", "order")),
        ("fix", ("Give each element a stable unique `key` from the data (`key={item.id}`), not "
                 "the array index"),
         ("key=", "key={", "id", "stable", "unique", "not the index")),
    ),
    # MDN, JSON.stringify (only enumerable own properties).
    "js-error-object-serialized-as-json": (
        ("value", ("The error arrives as `{}`: the client or the saved record gets no message "
                   "and no stack, so nobody can tell what failed"),
         ("{}", "empty object", "empty", "nothing", "no message", "loses the message",
          "blank", "no details", "lost")),
        ("cause", ("JSON.stringify (which res.json uses) writes only enumerable own "
                   "properties, and an Error's `message` and `stack` are not enumerable"),
         ("enumerable", "non-enumerable", "own properties", "json.stringify", "not serialized",
          "not included", "prototype")),
        ("fix", ("Send the fields you mean: `{ error: err.message }` (and log the stack on the "
                 "server), or build a plain object from the error"),
         ("err.message", "error.message", "e.message", ".message", "plain object",
          "serializeerror", "tojson", "log the stack", "copy the fields")),
    ),
    # Node.js docs, Backpressuring in Streams; writable.write() and 'drain'.
    "js-stream-write-ignores-backpressure": (
        ("value", ("With many rows or a slow reader (a slow disk, a slow client) everything "
                   "written waits in the stream's buffer: memory grows with the whole export "
                   "and the process can run out of it"),
         ("memory", "buffer", "piles up", "out of memory", "grows", "heap", "slow client",
          "slow disk", "all in memory", "crash", "oom")),
        ("cause", ("`write()` returns false once the buffer passes its high-water mark, and "
                   "the loop ignores that and keeps writing instead of waiting for 'drain'"),
         ("returns false", "return value", "highwatermark", "high-water", "drain",
          "ignores", "backpressure", "back pressure", "faster than")),
        ("fix", ("When `write()` returns false, wait for 'drain' (`await once(stream, "
                 "'drain')`) before writing more, or use `stream.pipeline` with a Readable "
                 "(`Readable.from(rows)`)"),
         ("drain", "once(", "pipeline", "readable.from", "pipe", "await", "check the return")),
    ),
    # eslint preserve-caught-error; MDN, Error cause.
    "js-rethrow-drops-caught-error": (
        ("value", ("The log shows only the new message: the original error's message, code and "
                   "stack (what actually failed, and where) are gone, so the failure is hard "
                   "to diagnose"),
         ("lost", "original", "stack", "root cause", "no idea why", "diagnos", "debug",
          "hides", "only the new", "discarded", "message")),
        ("cause", ("The catch names the error and never uses it: the new Error is built "
                   "without it, so nothing links the two"),
         ("never used", "not used", "unused", "ignored", "without it", "not passed",
          "drops", "not included", "cause")),
        ("fix", ("Pass it on as the cause: `throw new Error('...', { cause: err })` (or include "
                 "`err.message`, or log it before throwing)"),
         ("cause", "{ cause", "err.message", "log", "wrap", "include", "chain")),
    ),
    # typescript-eslint no-misused-promises (checksConditionals); MDN, async function.
    "js-async-call-used-as-condition": (
        ("value", ("The test always goes the same way: `if (!canEdit(...))` never refuses and "
                   "`if (exists(...))` always fires, whatever the function finds, so a "
                   "permission or duplicate check does nothing"),
         ("always true", "always truthy", "never refuses", "always passes", "never false",
          "same way", "bypass", "anyone", "does nothing", "every request", "always runs")),
        ("cause", ("An async function returns a Promise at once, and a Promise object is "
                   "truthy before it has settled; without `await` the test reads the Promise, "
                   "not the answer"),
         ("promise", "truthy", "object", "not awaited", "without await", "missing await",
          "pending", "returns a promise")),
        ("fix", "Await it: `if (!(await canEdit(user, doc)))` (in an async function)",
         ("await", "(await", "then(", "async")),
    ),
    # round cov-java. JCIP 8.1.1; SEI CERT TPS01-J
    "java-task-waits-on-own-executor": (
        ("value", ("It can hang for ever (thread-starvation deadlock): with every thread of the "
                   "pool running an outer task that waits, the inner task sits in the queue and "
                   "never runs, so no Future completes"),
         ("deadlock", "hang", "hangs", "stuck", "never completes", "never finishes", "forever",
          "for ever", "starv", "blocks", "waits forever", "never runs", "freeze")),
        ("cause", ("The pool is bounded (one thread, or a fixed number): the waiting outer task "
                   "holds the only thread(s) the inner task could run on"),
         ("single thread", "one thread", "only thread", "fixed", "bounded", "no free thread",
          "no thread", "pool size", "same executor", "same pool", "occupied", "all threads")),
        ("fix", ("Don't block inside a pool task on work of the same pool: run the inner work "
                 "inline, compose with thenCompose/thenCombine instead of get()/join(), or give "
                 "the inner tasks their own executor (or an unbounded/ForkJoin pool)"),
         ("thencompose", "thencombine", "thenapply", "inline", "directly", "separate executor",
          "another executor", "different executor", "second pool", "own executor",
          "cachedthreadpool", "forkjoin", "don't block", "do not block", "without blocking",
          "async")),
    ),
    # The String and Pattern javadoc; SonarJava S4248
    "java-regex-compiled-in-loop": (
        ("value", ("Every pass parses and compiles the same regular expression again (and "
                   "allocates a Pattern and a Matcher), so a large input spends much of its time "
                   "recompiling"),
         ("compile", "compiles", "recompil", "parse", "every time", "each time", "every call",
          "each iteration", "every iteration", "every pass", "allocat", "slow", "overhead")),
        ("cause", ("String.matches, replaceAll, replaceFirst and split (beyond one plain "
                   "character) call Pattern.compile on each call; nothing caches it"),
         ("pattern.compile", "pattern.matches", "under the hood", "internally", "not cached",
          "no cache", "string.matches", "replaceall", "split", "each call")),
        ("fix", ("Compile once into a `private static final Pattern` and reuse it with "
                 "`PATTERN.matcher(s).matches()` / `.replaceAll(...)` / `PATTERN.split(s)`"),
         ("static final", "compile once", "once", "precompil", "pre-compil", "outside the loop",
          "reuse", "field", "constant", ".matcher(")),
    ),
    # Error Prone SelfAssignment
    "java-self-assignment": (
        ("value", ("Nothing is stored: the field keeps its default (0, null) after the "
                   "constructor or setter runs"),
         ("nothing", "no effect", "default", "0", "zero", "null", "unchanged", "never set",
          "not set", "stays", "keeps")),
        ("cause", ("The parameter has the field's name and shadows it, so `age = age` assigns "
                   "the parameter to itself"),
         ("shadow", "same name", "parameter", "itself", "local", "hides")),
        ("fix", "Write `this.age = age;` (or give the parameter another name)",
         ("this.", "rename", "another name", "different name")),
    ),
    # Error Prone ArrayToString; SpotBugs DMI_INVOKING_TOSTRING_ON_ARRAY
    "java-array-to-string": (
        ("value", ("It prints the array's type and identity hash, like `[I@1b6d3586`, not the "
                   "numbers or names in it"),
         ("[i@", "[ljava", "hash", "address", "type and", "identity", "gibberish", "garbage",
          "not the elements", "not the values", "not the contents", "memory")),
        ("cause", "Arrays do not override Object.toString, so the default is used",
         ("tostring", "object.tostring", "don't override", "do not override", "doesn't override",
          "does not override", "default")),
        ("fix", "Use `Arrays.toString(a)` (or `Arrays.deepToString`, `String.join` for strings)",
         ("arrays.tostring", "deeptostring", "string.join", "stream", "joining")),
    ),
    # Error Prone UnusedException; Effective Java item 73
    "java-exception-rethrown-without-cause": (
        ("value", ("The stack trace stops at the catch block: the original exception, its "
                   "message and the line where it really failed are lost, so the failure is hard "
                   "to diagnose"),
         ("lost", "lose", "loses", "stack trace", "stacktrace", "root cause", "original",
          "don't know why", "do not know why", "hard to debug", "harder to debug", "no idea",
          "real reason", "where it failed")),
        ("cause", "The new exception is created without the caught one as its cause",
         ("cause", "not passed", "not chained", "not wrapped", "without e", "doesn't include",
          "does not include", "discard", "ignored", "unused")),
        ("fix", ("Pass it as the cause: `throw new IllegalStateException(\"could not read config\", "
                 "e)` (or `initCause(e)`)"),
         ("cause", ", e)", ",e)", "initcause", "wrap", "chain")),
    ),
    # SEI CERT ERR08-J; SpotBugs DCN_NULLPOINTER_EXCEPTION
    "java-catch-null-pointer": (
        ("value", ("Any other null bug in the try block (a field never set, a bug in a helper) is "
                   "silently turned into the same fallback value, hiding real defects"),
         ("hide", "hides", "mask", "other bug", "other null", "any null", "real bug", "silently",
          "swallow", "wrong default", "unrelated")),
        ("cause", ("The catch cannot tell which dereference failed: it stands in for a null check "
                   "on one value but catches every NullPointerException in the block"),
         ("any", "every", "which", "anywhere", "whole block", "all null", "instead of a check",
          "instead of checking", "control flow")),
        ("fix", ("Check the value that may be missing (`if (u == null)`, `Optional`, "
                 "`getOrDefault`, `Objects.requireNonNullElse`) and let real NPEs surface"),
         ("== null", "!= null", "null check", "check for null", "optional", "getordefault",
          "requirenonnull", "objects.")),
    ),
    # JLS 15.26.2; Error Prone NarrowingCompoundAssignment; Java Puzzlers 9
    "java-compound-assignment-narrows": (
        ("value", ("The fraction is dropped on every step, so the total comes out too low (for "
                   "example 3 items at 10 with a 0.85 discount give 24, not 25.5)"),
         ("truncat", "fraction", "decimal", "rounded down", "round down", "too low", "cut off",
          "drops", "lost", "loses", "wrong total", "integer")),
        ("cause", ("`x += y` is `x = (int) (x + y)`: the compound assignment casts the double "
                   "result back to the variable's integer type silently"),
         ("cast", "implicit", "narrow", "compound", "silently", "(int)", "(long)", "converted",
          "int type", "integer type")),
        ("fix", ("Keep the total in a double (or BigDecimal) and round once at the end, or round "
                 "each step explicitly with Math.round"),
         ("double", "bigdecimal", "math.round", "round", "long cents", "explicit")),
    ),
    # SpotBugs LI_LAZY_INIT_STATIC; SEI CERT MSC07-J
    "java-lazy-static-init-unsynchronized": (
        ("value", ("Two threads calling it at once can both see null and each create an instance "
                   "(two 'singletons', one overwriting the other's state), or a thread can see a "
                   "half-built object"),
         ("two instances", "two objects", "both see null", "both create", "twice", "more than one",
          "multiple instances", "duplicate", "half", "partially", "overwrit")),
        ("cause", ("The null test and the assignment are separate steps with no lock, and the "
                   "field is not volatile, so nothing orders them between threads"),
         ("check-then-act", "check then act", "not atomic", "no lock", "not synchronized",
          "unsynchronized", "volatile", "race", "between the check", "happens-before")),
        ("fix", ("Create it eagerly (`private static final X INSTANCE = new X()`), use the holder "
                 "idiom or an enum, or make the getter synchronized"),
         ("static final", "eager", "holder", "enum", "synchronized", "volatile", "lock")),
    ),
    # SEI CERT LCK01-J; SpotBugs DL_SYNCHRONIZATION_ON_BOXED_PRIMITIVE / _SHARED_CONSTANT
    "java-synchronized-on-shared-value": (
        ("value", ("Unrelated code that locks the same cached or interned object (another class, "
                   "a library) contends on the same monitor: needless blocking or a deadlock; and "
                   "reassigning a boxed lock changes which object is locked"),
         ("deadlock", "other code", "unrelated", "another class", "library", "same object",
          "shared", "contention", "block", "different object", "reassign")),
        ("cause", ("Boxed values from valueOf/autoboxing are cached and string literals are "
                   "interned: every use of the same value is the same object"),
         ("cache", "cached", "intern", "pool", "same instance", "same object", "autobox",
          "valueof", "literal")),
        ("fix", "Lock on a private final object of its own: `private final Object lock = new Object();`",
         ("new object()", "private final object", "dedicated", "own lock", "reentrantlock",
          "private lock")),
    ),
    # SpotBugs IIL_PREPARE_STATEMENT_IN_LOOP; fb-contrib SIL_SQL_IN_LOOP
    "java-statement-prepared-per-item": (
        ("value", ("For n items it prepares the same statement n times and sends n separate "
                   "round trips: slow for large batches"),
         ("10,000", "10000", "n times", "each item", "every item", "round trip", "per item",
          "slow", "many queries", "one per")),
        ("cause", ("prepareStatement is inside the loop, so the driver (and often the database) "
                   "parses and plans the same SQL each time, and executeUpdate sends each row "
                   "alone"),
         ("inside the loop", "in the loop", "each time", "every time", "parse", "again",
          "recompil", "separately")),
        ("fix", ("Prepare it once before the loop, set the parameters per item and use "
                 "addBatch()/executeBatch() (in one transaction)"),
         ("once", "before the loop", "outside the loop", "addbatch", "executebatch", "batch",
          "reuse")),
    ),
    # CWE-329, CWE-323; FindSecBugs STATIC_IV
    "java-cipher-fixed-iv": (
        ("value", ("Every message uses the same IV: under CBC equal plaintexts (or prefixes) give "
                   "equal ciphertexts, and under GCM a repeated nonce leaks the XOR of plaintexts "
                   "and lets an attacker forge messages"),
         ("same iv", "same nonce", "reuse", "reused", "identical", "equal ciphertext",
          "same ciphertext", "pattern", "xor", "forge", "leak", "predictable")),
        ("cause", ("The IV comes from a fixed array (a constant, zeros, a string's bytes) rather "
                   "than fresh random bytes per encryption"),
         ("fixed", "constant", "static", "zero", "hard-coded", "hardcoded", "not random",
          "never changes")),
        ("fix", ("Generate a new random IV for each message with SecureRandom (12 bytes for "
                 "GCM), and store it alongside the ciphertext"),
         ("securerandom", "random iv", "new iv", "per message", "each message", "nextbytes",
          "prepend", "store it", "with the ciphertext")),
    ),
    # SpotBugs IS2_INCONSISTENT_SYNC; JCIP 2.4, 3.1; SEI CERT VNA00-J; JLS 17.7
    "java-read-without-lock-written-under-lock": (
        ("value", ("A reader can see a stale value, never see the update at all, or (for a long "
                   "or double) a torn value mixing two writes"),
         ("stale", "old value", "out of date", "outdated", "never see", "torn", "half",
          "inconsistent", "wrong value", "visibility")),
        ("cause", ("Without taking the same lock there is no happens-before between the "
                   "synchronized write and this read; long and double are not even read "
                   "atomically"),
         ("same lock", "not synchronized", "no lock", "unsynchronized", "happens-before",
          "happens before", "memory model", "visibility", "atomic", "64")),
        ("fix", ("Make the getter synchronized too (or read under the same lock), or make the "
                 "field volatile / an AtomicLong"),
         ("synchronized", "same lock", "volatile", "atomiclong", "atomicinteger", "atomic")),
    ),
    # SEI CERT NUM04-J; Effective Java item 60
    "java-money-in-floating-point": (
        ("value", ("The amounts drift by tiny errors (0.1 + 0.2 gives 0.30000000000000004), so "
                   "totals are off by a cent after rounding and equality checks fail"),
         ("0.3000", "0.1", "rounding", "round-off", "drift", "off by a cent", "precision",
          "inexact", "not exact", "error")),
        ("cause", ("double and float are binary floating point: most decimal fractions like 0.1 "
                   "have no exact representation"),
         ("binary", "floating", "exact", "representation", "represent", "ieee", "base 2",
          "decimal fraction")),
        ("fix", ("Use BigDecimal (with an explicit scale and RoundingMode) or a long count of "
                 "cents"),
         ("bigdecimal", "cents", "long", "integer", "minor unit", "money type", "javamoney")),
    ),
    # Effective Java item 6
    "java-boxed-accumulator-in-loop": (
        ("value", ("Each pass unboxes the value and allocates a new Long/Integer for the result: "
                   "millions of short-lived objects, several times slower"),
         ("allocat", "new object", "objects", "garbage", "gc", "slower", "slow", "unbox",
          "autobox", "boxing")),
        ("cause", ("`total += i` on a `Long` is `total = Long.valueOf(total.longValue() + i)`: "
                   "boxed values are immutable"),
         ("immutable", "valueof", "autobox", "boxed", "wrapper", "unbox", "object type")),
        ("fix", "Declare it as the primitive (`long total = 0;`) and box only at the end if needed",
         ("primitive", "long total", "int n", "long ", "int ", "lowercase")),
    ),
    # SpotBugs SC_START_IN_CTOR; SEI CERT TSM01-J, TSM03-J; JCIP 3.2.1
    "java-thread-started-in-constructor": (
        ("value", ("The new thread can run the object's methods before the constructor (or a "
                   "subclass's) has finished, reading fields still null or zero"),
         ("null", "zero", "not yet", "before", "partially", "half", "uninitialized",
          "not initialized", "incomplete", "subclass")),
        ("cause", ("`this` escapes during construction: the thread gets a reference to an "
                   "object that is not yet fully built, with no happens-before for the later "
                   "writes"),
         ("escape", "this", "construction", "not fully", "partially constructed",
          "happens-before", "publish")),
        ("fix", ("Build the thread in the constructor but start it from a separate start() "
                 "method (or a static factory that constructs, then starts), or use an executor"),
         ("start method", "start()", "separate", "factory", "after construct", "executor",
          "init method")),
    ),
    # SpotBugs WMI_WRONG_MAP_ITERATOR
    "java-map-keyset-then-get": (
        ("value", ("Every entry is searched for twice: a second hash lookup per key (a second "
                   "O(log n) search in a TreeMap), wasted work on a large map"),
         ("twice", "second lookup", "extra lookup", "another lookup", "lookup again",
          "search again", "log n", "redundant", "wasted", "double")),
        ("cause", ("The keySet loop gives only keys, so get(key) searches the map again for a "
                   "value the iteration had already reached"),
         ("keyset", "only the key", "only keys", "get(", "hash", "again", "already")),
        ("fix", "Loop over `entrySet()` and use `e.getKey()` / `e.getValue()` (or `forEach((k, v) -> ...)`)",
         ("entryset", "getvalue", "entry", "foreach", "(k, v)")),
    ),
    # SEI CERT THI02-J; SpotBugs NO_NOTIFY_NOT_NOTIFYALL; Effective Java item 81
    "java-notify-with-several-conditions": (
        ("value", ("The single thread woken may be waiting for the other condition (a putter "
                   "when an item arrived): it waits again, the signal is lost, and producers and "
                   "consumers can all end up waiting for ever"),
         ("wrong thread", "lost", "missed", "deadlock", "hang", "stuck", "for ever", "forever",
          "other condition", "wrong waiter", "never wakes", "all waiting")),
        ("cause", ("notify() wakes one arbitrary waiter, and waiters for different conditions "
                   "share this one monitor"),
         ("one", "single", "arbitrary", "random", "any waiter", "same monitor", "same lock",
          "different condition", "both wait")),
        ("fix", ("Use notifyAll() (each waiter rechecks its loop condition), or a Lock with two "
                 "Conditions (notFull / notEmpty), or a BlockingQueue"),
         ("notifyall", "condition", "signalall", "notfull", "notempty", "blockingqueue",
          "arrayblockingqueue")),
    ),
    # Round cov-crust. CWE-597; gcc -Waddress, clang -Wstring-compare
    "c-string-compared-by-address": (
        ("value", ("The comparison is false even when the text is exactly that word: `==` "
                   "compares two addresses, the buffer's and the literal's, never the characters"),
         ("address", "pointer", "never equal", "always false", "never true", "location",
          "not the content", "not the characters", "not the text", "memory")),
        ("cause", ("A `char *` or array names the first character's address; C has no string "
                   "type whose `==` looks at the text"),
         ("address", "pointer", "decays", "array", "no string type", "char *", "first character")),
        ("fix", "Compare the characters with `strcmp(s, \"quit\") == 0` (or `strncmp`)",
         ("strcmp", "strncmp", "== 0", "std::string", "compare the characters")),
    ),
    # cppreference, std::getline, Notes
    "cpp-getline-after-extraction": (
        ("value", ("The `getline` returns an empty line at once: it reads the rest of the line "
                   "the number was typed on, just the newline Enter left"),
         ("empty", "newline", "\\n", "blank", "nothing", "skipped", "skips", "rest of the line",
          "leftover", "left over", "immediately")),
        ("cause", ("`>>` stops before the newline and leaves it on the stream; `getline` reads "
                   "up to the first newline, which is that one"),
         ("leaves", "left in", "stays", "remains", "still in the buffer", "stream", "buffer",
          "does not consume", "doesn't consume", "stops at")),
        ("fix", ("Skip it first: `std::cin.ignore(std::numeric_limits<std::streamsize>::max(), "
                 "'\\n')` or `std::getline(std::cin >> std::ws, line)`, or read every line with "
                 "getline and parse it"),
         ("ignore", "std::ws", " ws", "getline for", "parse", "stoi", "istringstream")),
    ),
    # C++ Core Guidelines C.21 (the rule of three/five), CWE-415
    "cpp-owning-class-copied-shallow": (
        ("value", ("A copy gets the same pointer, so when both objects are destroyed the memory "
                   "is deleted twice (and a change through one shows in the other)"),
         ("double free", "double delete", "deleted twice", "freed twice", "twice", "crash",
          "undefined", "dangling", "same pointer", "same memory", "shallow")),
        ("cause", ("The compiler's copy constructor and copy assignment copy the pointer member "
                   "by member, not what it points to"),
         ("shallow", "member-wise", "memberwise", "default copy", "implicit", "compiler",
          "generated", "copies the pointer", "rule of three", "rule of five")),
        ("fix", ("Follow the rule of three/five: write a deep copy (or `= delete` the copies), "
                 "or hold the data in `std::vector`/`std::unique_ptr` and write none"),
         ("rule of three", "rule of five", "copy constructor", "deep copy", "= delete",
          "unique_ptr", "vector", "rule of zero", "operator=")),
    ),
    # cppreference, std::thread::~thread
    "cpp-thread-destroyed-joinable": (
        ("value", ("When the block ends the thread object is destroyed while still joinable, so "
                   "the program is ended by `std::terminate`"),
         ("terminate", "abort", "crash", "ends the program", "kills", "core dump")),
        ("cause", "A joinable `std::thread` must be joined or detached before its destructor runs",
         ("joinable", "destructor", "not joined", "never joined", "join", "detach",
          "out of scope", "goes out of scope")),
        ("fix", ("Join it (keep the threads in a vector and join each), or use `std::jthread`, "
                 "which joins in its destructor"),
         ("join", "jthread", "vector", "detach")),
    ),
    # clippy let_underscore_lock
    "rust-lock-guard-dropped-at-once": (
        ("value", ("The guard is dropped at the end of that statement, so the lock is released "
                   "at once and the code after it runs unprotected: other threads get in"),
         ("dropped", "released", "immediately", "at once", "right away", "not held",
          "unprotected", "no lock", "race", "same time", "end of the statement")),
        ("cause", "`_` does not bind, so nothing keeps the guard alive",
         ("`_`", "underscore", "wildcard", "does not bind", "doesn't bind", "not bound",
          "temporary", "no name")),
        ("fix", "Bind it to a name (`let _guard = m.lock().unwrap();`) held to the end of the block",
         ("_guard", "guard", "bind", "name", "variable", "scope")),
    ),
    # clippy reversed_empty_ranges; std::ops::Range
    "rust-range-counts-down-empty": (
        ("value", "The loop body never runs: a range whose start is not below its end is empty",
         ("never runs", "zero times", "0 times", "empty", "no iterations", "nothing",
          "doesn't run", "does not run", "skipped")),
        ("cause", ("`a..b` only counts up from `a` while below `b`; with `b` = 0 no start is "
                   "below it"),
         ("counts up", "only up", "start", "end", "greater", "below", "ascending", "step")),
        ("fix", "Count up and reverse: `for i in (0..n).rev()` (or `(0..=n).rev()`)",
         (".rev()", "rev", "reverse", "(0..n)", "step")),
    ),
    # Vec docs, "Capacity and reallocation"
    "rust-capacity-vec-indexed": (
        ("value", ("The first write panics with index out of bounds: the vector's length is 0, "
                   "the capacity is only room reserved"),
         ("panic", "out of bounds", "index out of", "crash", "length is 0", "len is 0", "empty",
          "length 0")),
        ("cause", "`with_capacity` reserves memory but adds no elements; indexing checks the length",
         ("capacity", "length", "len", "reserve", "no elements", "not initialised",
          "not initialized")),
        ("fix", "Use `push`, or make it `vec![0; n]` / `resize(n, 0)` before indexing",
         ("push", "vec![", "resize", "collect", "extend")),
    ),
    # f64::total_cmp docs
    "rust-float-partial-cmp-unwrapped": (
        ("value", "One NaN makes `partial_cmp` return None, so `unwrap` panics and the sort dies",
         ("panic", "nan", "none", "crash", "abort")),
        ("cause", ("Floats are only partially ordered: NaN is neither less, equal nor greater, "
                   "and `\"NaN\".parse::<f64>()` succeeds on ordinary input"),
         ("partial", "not comparable", "nan", "parse", "none", "total order")),
        ("fix", "Compare with `total_cmp` (or filter NaN out first, or `unwrap_or(Ordering::Equal)`)",
         ("total_cmp", "filter", "is_nan", "unwrap_or", "ordering::equal", "ordered_float")),
    ),
}
# a LinkedList field or a List local the method fills with one: the same cost, the same fix
KEY_POINTS["java-linked-list-field-indexed-in-loop"] = KEY_POINTS["java-linked-list-indexed-in-loop"]
# the same hazard in every language that backtracks
KEY_POINTS["js-regex-nested-quantifier"] = KEY_POINTS["py-regex-nested-quantifier"]
KEY_POINTS["java-regex-nested-quantifier"] = KEY_POINTS["py-regex-nested-quantifier"]

# (round cov-go) Go hazards from go vet, staticcheck and the standard library's docs
KEY_POINTS.update({
    # go vet printf: "Println call has possible Printf formatting directive"
    "go-println-with-format-verb": (
        ("value", ("The directive is printed as written (`order %d total %.2f 1 9.5`): the "
                   "values come after the text, separated by spaces, not in its place"),
         ("literally", "as written", "as is", "%d", "raw", "not formatted", "not substituted",
          "appended", "after the text", "spaces", "verbatim")),
        ("cause", ("Println (Print, log.Println, log.Fatal) takes no format string: it prints "
                   "every operand in its default format"),
         ("no format", "doesn't format", "does not format", "not a format", "default format",
          "println", "printf")),
        ("fix", "Use the f variant: `fmt.Printf(\"...\\n\", ...)`, `log.Printf`, `log.Fatalf`",
         ("printf", "fatalf", "sprintf", "fprintf", "f variant", "the f version")),
    ),
    # makezero; Effective Go, Append
    "go-make-length-then-append": (
        ("value", ("The result starts with n zero values (empty strings, zeros) and the real "
                   "items follow them: twice as long, and the first half blank"),
         ("zero values", "zeros", "empty strings", "twice", "double", "blank", "extra",
          "leading", "n empty", "at the end", "after them")),
        ("cause", ("make([]T, n) makes a slice of length n already holding n zero values, and "
                   "append adds after the length"),
         ("length", "len", "already has", "already holds", "after the end", "appends after",
          "capacity", "zero value")),
        ("fix", "Make it with length 0 and a capacity (`make([]T, 0, n)`), or assign by index",
         ("0, len", "0, n", "capacity", "cap", "by index", "out[i]", "[i] =", "length 0",
          "zero length")),
    ),
    # io.Reader: "Read reads up to len(p) bytes into p"
    "go-read-count-ignored": (
        ("value", ("The buffer is used whole: after a short read the rest is zero bytes, or "
                   "the tail of an earlier, longer message, so the text gets garbage on the end"),
         ("zero bytes", "null bytes", "\\x00", "garbage", "leftover", "old data", "previous",
          "stale", "trailing", "rest of the buffer", "padding")),
        ("cause", ("Read may return fewer bytes than the buffer holds (one TCP packet, part of "
                   "a file), and only the count it returns says how many are new"),
         ("up to", "fewer", "partial", "short read", "less than", "count", "returns n",
          "number of bytes", "n bytes")),
        ("fix", "Keep the count and use `buf[:n]`, or read exactly with io.ReadFull or a bufio reader",
         ("buf[:n]", "[:n]", "readfull", "bufio", "scanner", "readstring", "the count",
          "use n")),
    ),
    # go vet structtag; encoding/json: "Only exported fields are encoded and decoded"
    "go-tag-on-unexported-field": (
        ("value", ("The field is missing from the JSON (`{}` or only the exported fields) and "
                   "decoding never fills it: it stays the zero value"),
         ("missing", "left out", "omitted", "empty", "{}", "zero value", "not encoded",
          "never filled", "not decoded", "ignored", "skipped")),
        ("cause", ("encoding/json (xml, yaml) uses reflection and can only see exported "
                   "fields, those whose name starts with a capital; the tag does not change that"),
         ("exported", "unexported", "capital", "upper case", "uppercase", "lower case",
          "lowercase", "reflection", "private")),
        ("fix", "Export the field (`ID int `json:\"id\"``); the tag keeps the JSON name",
         ("capitalize", "capitalise", "export", "upper case", "uppercase", "capital", "rename")),
    ),
    # time docs, Layouts; staticcheck SA1002
    "go-time-layout-with-pattern-letters": (
        ("value", ("Format prints the letters as they are (`YYYY-MM-DD` comes out unchanged, "
                   "or half turned into numbers) and Parse fails on every real date"),
         ("as is", "literally", "unchanged", "yyyy", "letters", "garbage", "wrong", "error",
          "fails", "cannot parse", "not a date")),
        ("cause", ("Go layouts are the reference time Mon Jan 2 15:04:05 MST 2006 written the "
                   "way the value should look, not pattern letters"),
         ("2006", "reference time", "01/02", "15:04", "jan 2", "magic date", "layout")),
        ("fix", "Write the reference date: `2006-01-02 15:04:05` (or a constant such as time.RFC3339, time.DateOnly)",
         ("2006-01-02", "15:04:05", "rfc3339", "dateonly", "datetime", "02/01/2006",
          "reference")),
    ),
    # go vet stringintconv; the spec, conversions to a string type
    "go-string-of-int": (
        ("value", ("It gives one character with that code point: 65 becomes \"A\", 7 a "
                   "control character, not \"65\" or \"7\""),
         ("character", "rune", "\"a\"", "code point", "unicode", "not the digits",
          "control character", "garbage", "not \"65\"", "weird")),
        ("cause", ("Converting an integer to string yields the UTF-8 encoding of that code "
                   "point, not its decimal digits"),
         ("utf-8", "utf8", "code point", "unicode", "rune", "conversion", "not decimal")),
        ("fix", "Use `strconv.Itoa(n)` (or `fmt.Sprint(n)`, `strconv.FormatInt`)",
         ("strconv.itoa", "itoa", "sprint", "formatint", "strconv")),
    ),
    # go vet errorsas; errors docs: "As panics if target is not a non-nil pointer"
    "go-errors-as-given-nil-pointer": (
        ("value", "errors.As panics every time it is reached with an error, so the branch never works",
         ("panic", "crash", "runtime error", "never works", "always")),
        ("cause", ("errors.As needs a non-nil pointer to the variable it fills; the variable "
                   "itself is a nil *T, so there is nowhere to store the match"),
         ("non-nil pointer", "nil pointer", "address", "pointer to", "&", "nowhere to store",
          "target")),
        ("fix", "Pass the variable's address: `errors.As(err, &pe)`",
         ("&pe", "&", "address", "pointer to the variable", "&target")),
    ),
    # staticcheck SA5004
    "go-select-empty-default-spins": (
        ("value", ("While no channel is ready the loop spins without pause and uses a whole "
                   "CPU core doing nothing"),
         ("cpu", "100%", "busy", "spins", "spin", "hot loop", "burns", "core", "busy-wait",
          "busy wait")),
        ("cause", ("The empty default makes the select return at once instead of blocking, "
                   "so the for loop goes straight round again"),
         ("default", "doesn't block", "does not block", "non-blocking", "returns immediately",
          "at once", "never blocks")),
        ("fix", "Remove the empty default so the select blocks until a channel is ready (or wait on a ticker)",
         ("remove the default", "drop the default", "delete the default", "without default",
          "no default", "block", "ticker", "timer")),
    ),
    # fmt.Errorf's %w; errors.Is; errorlint
    "go-error-wrapped-with-v": (
        ("value", ("errors.Is (or errors.As) on the returned error is false for the original "
                   "cause, so the caller takes the wrong branch (a 500 for a missing row)"),
         ("false", "doesn't match", "does not match", "no longer", "wrong branch", "500",
          "not found", "never true", "fails")),
        ("cause", ("%v only copies the cause's text into a new error; only %w keeps the cause "
                   "wrapped (Unwrap) for errors.Is and errors.As to find"),
         ("%w", "wrap", "unwrap", "chain", "text only", "string", "only the message")),
        ("fix", "Wrap with `%w`: `fmt.Errorf(\"load user %d: %w\", id, err)`",
         ("%w", "wrap", "errors.join")),
    ),
})

# (round cat-reserr) resource and error-handling hazards from SpotBugs, SEI CERT, the Go spec
# and the Python subprocess docs
KEY_POINTS.update({
    # SpotBugs RR_NOT_CHECKED; SEI CERT FIO10-J; InputStream.read(byte[]) javadoc
    "java-read-count-ignored": (
        ("value", ("On a short read (a socket, a pipe, a slow disk, the end of the stream) the "
                   "rest of the array stays zeros, and they are decoded as data; the next read "
                   "starts in the middle of this record"),
         ("short read", "fewer bytes", "partial", "not filled", "zeros", "garbage", "corrupt",
          "rest of the array", "out of sync", "misaligned", "less than")),
        ("cause", ("read(byte[]) reads some bytes, at least one, and returns how many: it does "
                   "not promise to fill the array, and the count is the only way to know"),
         ("returns the number", "returns how many", "count", "some bytes", "not guaranteed",
          "doesn't fill", "does not fill", "return value")),
        ("fix", ("Use `readFully` (DataInputStream) or `readNBytes(len)`, or loop on read until "
                 "the array is full and treat -1 as a truncated record"),
         ("readfully", "readnbytes", "loop", "until", "-1", "eofexception", "check the count")),
    ),
    # the Go spec, Handling panics; Effective Go, Recover; CWE-390
    "go-recover-result-discarded": (
        ("value", ("Every panic stops here, a bug (an index out of range, a nil map) as much as "
                   "an expected one, and the function returns its zero or partial results as if "
                   "it had succeeded: nobody is told"),
         ("silently", "swallowed", "hidden", "zero value", "succeeded", "success", "nobody",
          "no one", "lost", "every panic", "bug", "as if")),
        ("cause", ("recover() returns the panic's value, and the code throws it away without "
                   "logging it or turning it into an error"),
         ("value", "discarded", "thrown away", "ignored", "not checked", "return value", "r :=")),
        ("fix", ("Keep the value: `if r := recover(); r != nil { err = fmt.Errorf(...) }` (a "
                 "named error result), log it with the stack, or let the panic go on"),
         ("if r := recover()", "r != nil", "named", "err =", "fmt.errorf", "log", "stack",
          "re-panic", "panic(r)", "error result")),
    ),
    # SEI CERT DCL57-CPP; C++ Core Guidelines C.36/C.37; [except.spec] implicit noexcept
    "cpp-throw-in-destructor": (
        ("value", ("The program ends: the exception cannot leave the destructor, so "
                    "std::terminate is called, and nothing after it (the caller's catch, other "
                    "destructors, buffered output) runs"),
         ("terminate", "abort", "crash", "ends the program", "kills", "std::terminate",
          "not caught", "can't be caught", "cannot be caught")),
        ("cause", ("Destructors are noexcept by default since C++11, and one run while another "
                   "exception unwinds the stack would have two exceptions in flight"),
         ("noexcept", "implicitly", "by default", "unwinding", "two exceptions", "stack unwinding",
          "another exception", "during unwinding")),
        ("fix", ("Do not throw from it: report the failure there (log it) and give the class a "
                 "`close()` that throws, which callers who care call before destruction"),
         ("close()", "close method", "explicit close", "log", "perror", "don't throw",
          "do not throw", "catch inside", "try/catch", "swallow and log")),
    ),
    # the subprocess docs (Popen's ResourceWarning, wait/communicate); CWE-404
    "py-popen-never-waited": (
        ("value", ("Each call leaves a child nobody waits for: once it exits it stays a zombie "
                   "holding its process-table entry and pipe, until the parent ends; many calls "
                   "run out of processes or file descriptors"),
         ("zombie", "defunct", "process table", "pipe", "file descriptor", "never reaped",
          "left running", "pile up", "too many", "resourcewarning")),
        ("cause", ("Popen starts the child and returns at once; only wait/communicate/poll "
                   "reap it and read its exit status, so nothing here ever learns that a "
                   "convert failed"),
         ("exit status", "exit code", "returncode", "return code", "reap", "wait",
          "never checked", "returns at once", "doesn't wait", "does not wait", "failed")),
        ("fix", ("Wait for it: `proc.communicate()` (or `subprocess.run(..., check=True)`), "
                 "check `returncode`, or keep the Popen and wait for all of them later"),
         ("communicate", "wait", "subprocess.run", "check=true", "returncode", "with popen",
          "keep the popen", "poll")),
    ),
})
# (round cat-corrperf) a whole collection sorted again in every pass of the loop that adds to
# it (CWE-1050; each language's sort docs give O(n log n) per call)
_SORTED_AGAIN: Final[tuple[P, ...]] = (
    ("value", "n items cost about n² log n: the loop is quadratic or worse and slows badly on a large input",
     ("n log n", "nlogn", "n^2", "n²", "quadratic", "n squared", "slow", "grows")),
    ("cause", ("Each sort works over everything kept so far and runs again for every item, "
               "though only one value was added"),
     ("every item", "each item", "every iteration", "each iteration", "every time",
      "each time", "re-sort", "resort", "whole list", "whole array", "again", "once per")),
    ("fix", ("Sort once after the loop, or keep the items in order as they come: insert at the "
             "position a binary search finds, or use a heap or an ordered tree (two heaps for a "
             "running median)"),
     ("once", "after the loop", "binary search", "binarysearch", "binary_search", "bisect",
      "insert", "heap", "priority queue", "priorityqueue", "tree", "treemap", "btreemap",
      "multiset", "sorted insert", "partition_point", "upper_bound", "lower_bound")),
)
KEY_POINTS.update(dict.fromkeys(("js-sorted-again-per-item", "java-sorted-again-per-item",
                                 "cpp-sorted-again-per-item", "rust-sorted-again-per-item",
                                 "go-sorted-again-per-item"), _SORTED_AGAIN))
# staticcheck SA6000; clippy regex_creation_in_loops (the regex crate: "avoid compiling the
# same regex in a loop")
_REGEX_PER_PASS: Final[tuple[P, ...]] = (
    ("value", ("A large input spends much of its time recompiling: the work of one compile "
               "is repeated for every line"),
     ("slow", "overhead", "expensive", "costly", "time", "allocat", "cpu")),
    ("cause", "Every pass parses and compiles the same regular expression again",
     ("compile", "compiles", "recompil", "parse", "every time", "each time", "every call",
      "each iteration", "every iteration", "every pass")),
    ("fix", ("Compile it once, before the loop or at package level (`var re = "
             "regexp.MustCompile(...)`, a `static LazyLock<Regex>`), and reuse the compiled "
             "value: it is safe to share"),
     ("once", "before the loop", "outside the loop", "package level", "package-level", "global",
      "static", "lazy", "lazylock", "once_cell", "hoist", "reuse", "var ")),
)
KEY_POINTS.update(dict.fromkeys(("go-regexp-compiled-in-loop", "rust-regex-compiled-in-loop"),
                                _REGEX_PER_PASS))
# MDN Date.prototype.getMonth: 0 for January
KEY_POINTS["js-zero-based-month-shown"] = (
    ("value", ("Every date shows a month early: January comes out as 0 and December as 11 "
               "(2024-0-15 for January 15th)"),
     ("0", "zero", "11", "a month early", "month early", "one less", "off by one",
      "previous month", "wrong month", "month before")),
    ("cause", "getMonth counts months from 0 (January is 0), unlike the day and the year",
     ("0-based", "zero-based", "0 based", "zero based", "from 0", "from zero", "starts at 0",
      "index", "0 to 11", "0-11")),
    ("fix", ("Add one where it is shown: `d.getMonth() + 1` (padded with "
             "`String(d.getMonth() + 1).padStart(2, '0')`), or format with "
             "Intl.DateTimeFormat / toISOString"),
     ("+ 1", "+1", "add one", "plus one", "padstart", "intl", "datetimeformat", "toisostring",
      "tolocaledatestring", "date-fns", "dayjs", "luxon")),
)
# the time package's docs, Time: == compares the location and the monotonic reading too
KEY_POINTS["go-time-compared-with-equals"] = (
    ("value", ("The same instant can compare unequal: read in another location (t.In(loc), "
               "t.UTC()), parsed back from text, or one carrying a monotonic reading from "
               "time.Now() and the other not"),
     ("unequal", "not equal", "false", "different location", "another zone", "time zone",
      "timezone", "location", "monotonic", "utc", "parsed", "misses", "doesn't match")),
    ("cause", ("== compares the whole struct: the wall clock, the *Location pointer and the "
               "monotonic clock reading, not just the instant"),
     ("struct", "location", "monotonic", "pointer", "fields", "whole value", "loc")),
    ("fix", "Compare instants with `a.Equal(b)` (and Before/After for order)",
     (".equal", "equal(", "equal method", "t.equal", "before", "after", "unix")),
)
# clang-tidy performance-for-range-copy
KEY_POINTS["cpp-range-for-copies-element"] = (
    ("value", ("Every pass copies the whole element: a string's characters, a struct's "
               "strings and vectors, each with its own allocation, only to read it"),
     ("copy", "copies", "copied", "allocat", "every element", "each element", "deep copy",
      "heap", "slow")),
    ("cause", "The loop variable is declared by value, so it is a new object made from each element",
     ("by value", "value", "not a reference", "no reference", "auto o", "copy constructor",
      "declared")),
    ("fix", ("Declare it a const reference: `for (const auto& o : orders)` (or `auto&` when the "
             "body changes the element in place)"),
     ("const auto&", "const auto &", "const&", "const &", "reference", "auto&", "auto &",
      "by reference")),
)
# clang -Wabsolute-value; the C standard's abs, labs, llabs, fabs
KEY_POINTS["c-abs-of-wider-type"] = (
    ("value", ("A value past the range of an int is cut to an int first, so the result is "
               "wrong (even negative); a double loses its fraction (abs(0.4) is 0)"),
     ("truncat", "overflow", "wrong", "negative", "cut", "int range", "int_max", "2147483647",
      "fraction", "0.4", "rounds", "loses", "narrow")),
    ("cause", "abs takes and returns an int: the argument is converted to int before it is called",
     ("int", "converted", "conversion", "implicit", "parameter", "prototype", "takes an int")),
    ("fix", "Use the function of the type: labs for long, llabs for long long, imaxabs, fabs for double",
     ("labs", "llabs", "imaxabs", "fabs", "fabsf")),
)
# C11 7.24.3.1 strcat; CWE-1050
KEY_POINTS["c-strcat-in-loop"] = (
    ("value", "Building the result is quadratic in its length: a long output slows badly",
     ("quadratic", "O(n^2)", "n squared", "n²", "schlemiel", "slow", "grows")),
    ("cause", ("Each strcat scans the destination from its start to find the null at its end, "
               "so every append rescans everything written so far"),
     ("scan", "scans", "from the start", "beginning", "find the end", "null terminator",
      "strlen", "every time", "each time", "rescan", "walks")),
    ("fix", ("Keep the current length or a pointer to the end and copy there (memcpy or "
             "stpcpy at out + len, snprintf into the rest), so each piece costs only its own "
             "length"),
     ("length", "len", "pointer to the end", "end pointer", "memcpy", "stpcpy", "offset",
      "out + ", "track", "snprintf")),
)
# the Python tutorial's "Floating Point Arithmetic"; CERT FLP30-C (the same hazard in C)
KEY_POINTS["py-float-loop-counter"] = (
    ("value", ("The steps add up rounding error (0.1 has no exact binary value), so the loop "
               "runs once more or once less than the bounds say, and a `!=` test may never "
               "be false: the loop never ends"),
     ("rounding", "one more", "one less", "extra", "off by one", "misses", "skips",
      "not exact", "imprecise", "accumulat", "never ends", "infinite", "forever",
      "never equal", "0.30000000000000004", "0.9999")),
    ("cause", "Each `+= 0.1` rounds to the nearest binary fraction; the error grows with the steps",
     ("binary", "exact", "represent", "precision", "float", "error grows", "accumulat",
      "ieee")),
    ("fix", ("Count with an integer and compute the value from it (`for i in range(11): t = "
             "i / 10`), or compare with a tolerance / use Decimal"),
     ("integer", "int", "range(", "counter", "i / 10", "i * ", "compute from", "count steps",
      "isclose", "tolerance", "decimal", "linspace")),
)
# Round cat-sec: CWE-79 / the OWASP XSS Prevention Cheat Sheet, CWE-94 / find-sec-bugs
_REFLECTED_XSS: Final = (
    ("value", ("A link that sets the value to `<script>...</script>` (or an `<img onerror>`) "
               "runs script in the page with the visitor's session: reflected cross-site "
               "scripting"),
     ("xss", "cross-site", "script", "onerror", "inject", "malicious", "attacker", "cookie",
      "session", "runs", "execute", "javascript")),
    ("cause", ("The request's text goes into the markup as it is: `<`, `>`, `\"` and `&` are "
               "not escaped, so the browser reads them as tags"),
     ("not escaped", "unescaped", "no escaping", "as is", "raw", "as html", "markup",
      "interpreted", "without encoding", "untrusted", "user input")),
    ("fix", ("Escape it where it goes in (`html.EscapeString`, `markupsafe.escape`/`html.escape`), "
             "or render through an autoescaping template (html/template, Jinja)"),
     ("escape", "html/template", "template", "render_template", "jinja", "encode", "sanitiz",
      "bleach", "textcontent")),
)
KEY_POINTS.update({
    "go-request-value-in-html": _REFLECTED_XSS,
    "py-request-value-in-html": _REFLECTED_XSS,
    "java-script-engine-eval": (
        ("value", ("Whoever writes the script runs code in the server: `java.lang.Runtime` or "
                   "`java.io.File` are reachable from it, so it can run commands, read secrets "
                   "or delete files"),
         ("runtime", "exec", "arbitrary code", "any code", "run commands", "remote code",
          "rce", "attacker", "file", "delete", "anything", "java.type", "full access")),
        ("cause", ("`eval` runs the text as a program with the JVM's permissions; nothing limits "
                   "what a script may call"),
         ("eval", "runs the text", "executes", "as code", "as a script", "no sandbox",
          "not sandboxed", "permissions", "untrusted")),
        ("fix", ("Don't run text as code: parse the rules as data (a small expression or rule "
                 "format, a table of multipliers) or keep scripts fixed and pass values with `put`"),
         ("data", "parse", "whitelist", "allow-list", "allowlist", "fixed script", "put(",
          "bindings", "expression parser", "table", "config", "don't eval", "do not eval")),
    ),
})
KEY_POINTS["py-csv-export-formula-injection"] = KEY_POINTS["go-csv-export-formula-injection"]
# forms-performance
KEY_POINTS.update({
    # Effective Java item 69
    "java-exception-as-branch-in-loop": (
        ("value", ("Every item that takes the other branch builds an exception and fills in its "
                   "stack trace: on ordinary input that is most items, many times slower than a test"),
         ("stack trace", "expensive", "slow", "costly", "allocat", "every item", "each item",
          "most items", "common case", "ordinary")),
        ("cause", ("The exception is the if/else: the lookup or parse is expected to fail on "
                   "ordinary input, and throwing is the slow path of the JVM"),
         ("control flow", "exceptional", "expected", "normal case", "used as", "instead of an if",
          "throw", "fillinstacktrace", "not exceptional")),
        ("fix", ("Test first without throwing: a map of names to constants (or a lookup that "
                 "returns null/Optional), a pattern check before parsing"),
         ("map", "lookup", "null", "optional", "containskey", "check first", "test first",
          "values()", "matches", "if (")),
    ),
    # ruff G002-G004, pylint W1201/W1203; logging HOWTO "Optimization"
    "py-log-message-formatted-eagerly": (
        ("value", ("The message is built (and its arguments computed) for every item even when "
                   "DEBUG is off, which it is in production: wasted work on every pass"),
         ("even when", "disabled", "not logged", "off", "wasted", "every item", "each item",
          "every event", "always", "eager")),
        ("cause", ("`%`, an f-string or `+` runs before the call, so logging cannot skip it; only "
                   "arguments passed separately are formatted after the level check"),
         ("before the call", "before logging", "evaluated", "eagerly", "level check",
          "isenabledfor", "lazy", "formatted first", "argument")),
        ("fix", ("Pass the values as arguments (`log.debug(\"x %s\", x)`), and put costly "
                 "arguments under `if log.isEnabledFor(logging.DEBUG):`"),
         ("%s\",", "arguments", "isenabledfor", "lazy", "log.debug(\"", "args", "guard")),
    ),
    # CWE-1050; sort package docs
    "go-sorted-for-min-per-item": (
        ("value", ("Each pass sorts the whole slice, O(n log n), to read one element: O(m * n log "
                   "n) over the loop where O(m * n) or less would do"),
         ("n log n", "nlogn", "every pass", "each pass", "each order", "grows", "slow",
          "quadratic", "whole slice", "every time")),
        ("cause", ("Only the minimum (or maximum) is needed, but the code orders every element to "
                   "get it, again on each pass"),
         ("minimum", "maximum", "min", "max", "only need", "one element", "first element",
          "smallest", "least")),
        ("fix", ("Scan once for the minimum in each pass (or keep a container/heap keyed by the "
                 "value and fix it up after each change)"),
         ("linear scan", "one pass", "loop over", "heap", "container/heap", "priority queue",
          "min scan", "track")),
    ),
    # CWE-1050, loop-invariant code
    "go-invariant-load-in-loop": (
        ("value", ("The same file is read and parsed again on every pass: disk reads and "
                   "allocations once per item for a value that never changes"),
         ("every pass", "each pass", "every item", "each time", "reads", "disk", "parse",
          "same", "repeated", "slow")),
        ("cause", ("Nothing in the call depends on the loop: its arguments are the same each "
                   "time, so the work is loop-invariant"),
         ("invariant", "does not depend", "doesn't depend", "same argument", "same zone",
          "same file", "constant", "never changes")),
        ("fix", "Call it once before the loop (or once at start-up) and reuse the result",
         ("before the loop", "outside the loop", "once", "hoist", "cache", "reuse",
          "package level")),
    ),
    # C standard 7.21.5.6 setvbuf; glibc manual, Buffering Concepts
    "c-file-stream-unbuffered": (
        ("value", ("Every fprintf/fputs on the stream becomes its own write system call, so a "
                   "file written record by record makes thousands of syscalls"),
         ("system call", "syscall", "write call", "each write", "every write", "each record",
          "every fprintf", "slow", "kernel")),
        ("cause", "`_IONBF` (or `setbuf(fp, NULL)`) turns off stdio's buffer for that stream",
         ("_ionbf", "unbuffered", "no buffer", "buffering off", "setbuf", "setvbuf")),
        ("fix", ("Keep full buffering (`_IOFBF` with a buffer, or the default) and fflush at the "
                 "points that must reach the disk"),
         ("_iofbf", "buffer", "buffered", "fflush", "default", "flush at the end", "batch")),
    ),
    # clang-tidy performance-avoid-endl
    "cpp-endl-flush-per-line": (
        ("value", ("Every line flushes the stream: one write call per line instead of one per "
                   "buffer, much slower for a large file"),
         ("flush", "write call", "syscall", "system call", "every line", "each line", "slow")),
        ("cause", "`std::endl` writes '\\n' and then calls `flush()` on the stream",
         ("flush", "endl flushes", "std::flush", "'\\n' and", "newline and")),
        ("fix", "Write '\\n' and flush once at the end (or when the data must be on disk)",
         ("'\\n'", "\"\\n\"", "newline", "flush once", "at the end", "\\n")),
    ),
    # clang-tidy performance-unnecessary-value-param; C++ Core Guidelines F.16
    "cpp-algorithm-lambda-copies-element": (
        ("value", ("Each call of the lambda copies the whole element (its strings, vectors or "
                   "arrays) before reading it: an allocation and a copy per element"),
         ("copy", "copies", "copied", "allocat", "each element", "every element", "slow")),
        ("cause", "The parameter is declared by value, so the algorithm's `*it` is copied into it",
         ("by value", "value parameter", "not a reference", "pass by value", "copy constructor")),
        ("fix", "Take it as `const T&` (or `const auto&`)",
         ("const &", "const&", "const auto&", "reference", "const t&", "by reference")),
    ),
    # clippy redundant_clone
    "rust-clone-in-loop-only-borrowed": (
        ("value", ("Every pass allocates and copies the whole value (each String in it too) only "
                   "to borrow it: wasted allocations per item"),
         ("allocat", "copy", "copies", "clone", "every pass", "each pass", "each item",
          "every singer", "wasted", "slow")),
        ("cause", "The copy is never changed or moved, so a reference to the original does the same",
         ("only borrowed", "borrow", "reference", "never changed", "not moved", "read only",
          "redundant")),
        ("fix", "Borrow the original (`&self.field`, a slice) instead of cloning it",
         ("&self", "borrow", "reference", "&", "slice", "as_slice", "no clone")),
    ),
    # clippy needless_collect
    "rust-collect-only-to-count": (
        ("value", ("A Vec is allocated and filled only to read its length, once per call (per "
                   "item in a loop)"),
         ("allocat", "vec", "vector", "heap", "every pass", "each member", "wasted", "memory")),
        ("cause", "The collected vector is used for nothing but `len()`/`is_empty()`",
         ("only the length", "only len", "len()", "is_empty", "just count", "needless")),
        ("fix", "Count the iterator directly: `.count()` (or `.any()` / `.next().is_some()`)",
         (".count()", "count()", "count", ".any(", "next()")),
    ),
    # clippy format_push_string
    "rust-format-pushed-to-string": (
        ("value", ("Each row is formatted into a temporary String, copied into the output and "
                   "dropped: one heap allocation and an extra copy per row"),
         ("allocat", "temporary", "copy", "heap", "each row", "every row", "per row", "slow")),
        ("cause", "`format!` always builds a new String; `push_str(&..)` then copies it",
         ("format!", "new string", "temporary", "intermediate", "copies")),
        ("fix", "Write straight into the String with `write!`/`writeln!` (std::fmt::Write)",
         ("write!", "writeln!", "fmt::write", "std::fmt::write", "write directly")),
    ),
    # eslint no-await-in-loop
    "js-request-awaited-per-item": (
        ("value", ("The requests run one after another, so the loop takes the sum of all their "
                   "latencies instead of about the slowest one"),
         ("one after another", "sequential", "serial", "in sequence", "sum", "total", "slow",
          "each waits", "add up", "latenc")),
        ("cause", ("Each `await` inside the loop waits for that request before the next one "
                   "starts, though no request needs the previous result"),
         ("await", "waits", "independent", "does not depend", "doesn't depend", "blocks the loop",
          "before the next")),
        ("fix", ("Start them all and await together: `await Promise.all(items.map(...))` (with a "
                 "concurrency limit if there are many)"),
         ("promise.all", "promise.allsettled", "parallel", "concurren", "p-limit", "map(")),
    ),
})
# forms-resources
KEY_POINTS.update({
    # go vet lostcancel; the context package docs
    "go-context-cancel-dropped-with-entry": (
        ("value", ("After every normal run the derived context, its timer and its goroutine stay "
                   "registered on the parent until the timeout fires or the parent ends: with "
                   "many runs they pile up (a context leak)"),
         ("leak", "timer", "stays", "registered", "parent", "until the timeout", "pile up",
          "accumulate", "never cancel", "not cancelled", "not canceled", "memory", "goroutine")),
        ("cause", ("The cancel function is only kept in the map entry for an abort; deleting the "
                   "entry drops it without calling it, and nothing else ever does"),
         ("delete", "entry", "only stored", "never called", "not called", "abort", "dropped",
          "map", "lostcancel")),
        ("fix", ("Call it on every path: `defer cancel()` right after deriving the context (calling "
                 "it again from the abort is harmless)"),
         ("defer cancel", "defer", "call cancel", "cancel()", "every path", "before delete",
          "idempotent")),
    ),
    # CWE-401, CERT MEM31-C
    "c-error-path-frees-owner-not-member": (
        ("value", ("Each time this error path is taken the member's block is lost: the program "
                   "leaks memory on every bad input, and a long-running one grows until it fails"),
         ("leak", "lost", "never freed", "not freed", "memory", "grows", "every bad", "each time",
          "unreachable", "valgrind")),
        ("cause", ("`free` on the struct releases only the struct; the block its member points to "
                   "is a separate allocation that nothing frees on this path"),
         ("separate allocation", "member", "only the struct", "field", "pointer inside",
          "doesn't free", "does not free", "nested", "inner", "second allocation")),
        ("fix", ("Free the member before the struct (or call the object's own destroy function, "
                 "which frees both), or route every failure through one `goto` cleanup"),
         ("free the member", "free(", "destroy", "free_", "goto", "cleanup", "both", "first",
          "before freeing")),
    ),
    # CWE-404; POSIX posix_spawn and wait(2)
    "c-spawned-child-not-waited": (
        ("value", ("Every finished child stays in the process table as a zombie; a long-running "
                   "process collects them until it hits the process limit and fork/spawn fails"),
         ("zombie", "defunct", "process table", "process limit", "pid", "fails", "accumulate",
          "pile up", "leak", "never reaped", "not reaped")),
        ("cause", ("The parent never calls waitpid for the child's id, returns it or stores it, "
                   "and nothing handles SIGCHLD, so no one collects the exit status"),
         ("waitpid", "wait", "never waits", "exit status", "sigchld", "reap", "pid is dropped",
          "discard")),
        ("fix", ("Wait for it (`waitpid(pid, &status, 0)`, or later with WNOHANG), hand the id to "
                 "code that does, or reap children in a SIGCHLD handler / ignore SIGCHLD"),
         ("waitpid", "wait(", "wnohang", "sigchld", "sig_ign", "reap", "handler", "return the pid",
          "store the pid")),
    ),
    # CWE-403; open(2) O_CLOEXEC; CERT FIO22-C
    "c-descriptor-inherited-by-children": (
        ("value", ("Every program started afterwards inherits the open descriptor: it can read or "
                   "write the file (or socket), and the file stays open as long as any child runs"),
         ("inherit", "child", "children", "exec", "can write", "can read", "leak", "stays open",
          "exposed", "descriptor", "fd")),
        ("cause", ("Descriptors survive fork and exec unless marked close-on-exec, and the flags "
                   "used to open it leave O_CLOEXEC out"),
         ("o_cloexec", "cloexec", "close-on-exec", "close on exec", "survive", "flags", "fork",
          "execve", "default")),
        ("fix", ("Open it with O_CLOEXEC (SOCK_CLOEXEC for sockets, the \"e\" mode of fopen), or set "
                 "FD_CLOEXEC with fcntl right after opening"),
         ("o_cloexec", "sock_cloexec", "fd_cloexec", "fcntl", "cloexec", "\"e\"", "close in the child",
          "closefrom")),
    ),
    # Node.js stream docs, readable.pipe and stream.pipeline
    "js-pipe-chain-left-open-on-error": (
        ("value", ("When the source or a middle stream fails, the other streams are never destroyed: "
                   "the file descriptors and buffers stay open, and whoever waits for the end (the "
                   "promise) never hears of it and hangs"),
         ("stay open", "never destroyed", "not destroyed", "not closed", "leak", "descriptor",
          "hangs", "never settles", "never resolves", "pending", "memory")),
        ("cause", ("`.pipe()` forwards data, not errors, and does not destroy the destination when "
                   "the source errors; the error listener sits only on one stream"),
         ("pipe", "doesn't forward", "does not forward", "not forwarded", "errors", "only on",
          "last stream", "destination", "each stream")),
        ("fix", ("Connect them with `stream.pipeline` (or `pipeline` from stream/promises), which "
                 "destroys every stream when one fails and reports the error once"),
         ("pipeline", "stream/promises", "destroy", "finished", "pump")),
    ),
    # CWE-400/770; Node.js readline docs
    "js-whole-file-read-to-walk-lines": (
        ("value", ("Memory grows with the file: a multi-gigabyte input exhausts the heap, or fails "
                   "outright past V8's largest string, though only one line is needed at a time"),
         ("memory", "heap", "out of memory", "gigabyte", "large file", "whole file", "string limit",
          "crash", "grows", "all at once")),
        ("cause", ("readFile returns the whole file as one string, and split makes a second copy as "
                   "an array of every line"),
         ("readfile", "whole", "entire", "one string", "split", "array", "copy", "buffer")),
        ("fix", ("Stream it: `readline.createInterface({ input: fs.createReadStream(path) })` and "
                 "`for await (const line of rl)`, keeping only what the summary needs"),
         ("readline", "createreadstream", "stream", "for await", "line by line", "chunk",
          "createinterface")),
    ),
    # CWE-772; the try-with-resources tutorial
    "java-resource-lost-before-stored": (
        ("value", ("Each failed check leaks an open socket or file: the connection stays open "
                   "(server-side too) until the garbage collector, if ever, closes it"),
         ("leak", "stays open", "open socket", "file handle", "descriptor", "never closed",
          "not closed", "connection", "each time", "garbage")),
        ("cause", ("The handle is only in a local until the last line stores it in the field that "
                   "close() releases; the throw (or return) leaves before that, and nothing closes "
                   "the local"),
         ("local", "before it is stored", "not stored", "field", "throw", "return", "exception",
          "before the assignment", "close()")),
        ("fix", ("Close it on the failing path: catch, close and rethrow (or a finally that closes "
                 "unless stored), or open it in try-with-resources and hand it on only on success"),
         ("close", "catch", "finally", "try-with-resources", "rethrow", "closequietly",
          "on failure")),
    ),
    # CWE-770; C++ Core Guidelines CP.42/CP.43
    "cpp-handoff-queue-unbounded": (
        ("value", ("When the consumer is slower than the producer the queue grows without limit "
                   "until memory runs out, and items wait longer and longer"),
         ("grows", "unbounded", "without limit", "memory", "out of memory", "oom", "backlog",
          "latency", "falls behind", "pile up")),
        ("cause", ("Push never looks at the queue's size: nothing blocks the producer, refuses or "
                   "drops items when the consumer lags"),
         ("size", "no limit", "no bound", "never checks", "producer", "consumer", "faster",
          "slower", "backpressure")),
        ("fix", ("Bound it: wait on a 'not full' condition before pushing, or refuse / drop the "
                 "oldest when it reaches a maximum, and count what is dropped"),
         ("bound", "capacity", "max", "wait", "not full", "drop", "refuse", "reject",
          "backpressure", "ring buffer", "size() <")),
    ),
    # Rust book 15.6; the Rc docs
    "rust-closure-keeps-own-rc": (
        ("value", ("The object is never freed: its strong count never reaches zero, so it and "
                   "everything it owns (the hooks, the log) leak each time one is built"),
         ("never freed", "leak", "never dropped", "strong count", "reference count", "zero",
          "memory", "drop never runs", "cycle")),
        ("cause", ("The object holds the closure, and the closure holds a strong `Rc` to the object: "
                   "a reference cycle that dropping the outside handle cannot break"),
         ("cycle", "each other", "strong", "rc::clone", "captures", "owns", "closure holds",
          "circular")),
        ("fix", ("Capture a `Weak` (`Rc::downgrade`) and `upgrade()` it inside the closure, or pass "
                 "the object to the hook as an argument instead of capturing it"),
         ("weak", "downgrade", "upgrade", "argument", "pass it in", "&self", "parameter")),
    ),
})
# forms-error-handling
KEY_POINTS.update({
    "js-async-call-dropped-in-callback": (
        ("value", ("The first time the async work fails, its promise rejects with no handler: "
                   "Node raises an unhandled rejection and the whole process exits"),
         ("unhandled rejection", "unhandledrejection", "crash", "process exits", "exits",
          "terminates", "dies", "goes down", "uncaught", "kills the process")),
        ("cause", ("The timer or listener ignores what its callback returns, and the callback "
                   "drops the promise: nothing awaits it or attaches `.catch`"),
         ("not awaited", "no catch", "without catch", "dropped", "ignores the promise",
          "fire and forget", "floating", "nobody awaits", "return value is ignored")),
        ("fix", ("Attach a handler where the promise is dropped (`work().catch(log)`), or make "
                 "the callback async with a try/catch around the await"),
         (".catch(", "catch(", "try", "await", "handle the rejection", "log the error")),
    ),
    "java-throwable-caught-and-absorbed": (
        ("value", ("An OutOfMemoryError, a StackOverflowError or a bug such as a "
                   "NullPointerException is caught as if it were the expected failure: retried, "
                   "counted or logged, and the program goes on in a broken state"),
         ("outofmemoryerror", "out of memory", "nullpointerexception", "bug", "programming error",
          "stackoverflow", "retried", "hides", "masks", "disguised")),
        ("cause", ("`Throwable`/`Error` is the root of every failure, not only the one the "
                   "code expects, and the catch neither rethrows it nor stops"),
         ("throwable", "too broad", "catches everything", "every exception", "error",
          "not rethrown", "swallows")),
        ("fix", ("Catch the exception the call declares (IOException), or rethrow what is not "
                 "it; let Errors propagate"),
         ("catch ioexception", "specific exception", "narrow", "rethrow", "throw t", "propagate",
          "only the expected")),
    ),
    "go-error-formatted-without-wrap": (
        ("value", ("`errors.Is`/`errors.As` on the returned error no longer find the sentinel or "
                   "type inside it, so the branch written for that case never runs"),
         ("errors.is", "errors.as", "never matches", "false", "not found", "sentinel",
          "branch never runs")),
        ("cause", ("`%v`/`%s` keeps only the error's text; the new error does not wrap the old "
                   "one, so there is no chain to unwrap"),
         ("%v", "%s", "text only", "string", "flattens", "not wrapped", "loses the chain",
          "unwrap")),
        ("fix", "Format it with `%w` (`fmt.Errorf(\"...: %w\", err)`)",
         ("%w", "wrap", "errorf")),
    ),
    "go-error-compared-with-equals": (
        ("value", ("Once the error arrives wrapped (`fmt.Errorf(\"...: %w\", ErrX)`), `==` is "
                   "false, so the branch for that sentinel is skipped and the error is handled "
                   "as some other failure"),
         ("wrapped", "false", "never matches", "skipped", "default", "500", "other branch",
          "falls through")),
        ("cause", "`==` compares the outer error value, not the chain it wraps",
         ("==", "compares the value", "not the chain", "identity", "outer error", "unwrap")),
        ("fix", "Test with `errors.Is(err, ErrX)` (a `switch { case errors.Is(...) }`)",
         ("errors.is", "errors.as", "switch {")),
    ),
    "go-close-of-written-file-unchecked": (
        ("value", ("A write that fails only when the file is flushed at close (a full disk, a "
                   "network file system) is lost: the function returns nil for a short file"),
         ("disk full", "full disk", "short file", "truncated", "lost", "returns nil",
          "reports success", "data loss", "not on disk")),
        ("cause", "`Close` can return the error of the final write, and its result is dropped",
         ("close returns an error", "ignored", "dropped", "not checked", "unchecked", "close(2)",
          "flush")),
        ("fix", "Check it: `if err := f.Close(); err != nil { return err }` (or `f.Sync()` first)",
         ("if err := f.close()", "return f.close()", "check the error", "sync", "errcheck")),
    ),
    "c-strto-range-unchecked": (
        ("value", ("A number too large for the type comes back as LONG_MAX (or HUGE_VAL) and is "
                   "accepted as the value read"),
         ("long_max", "clamped", "overflow", "out of range", "huge_val", "too large", "saturat",
          "accepted")),
        ("cause", ("strtol reports overflow only through `errno = ERANGE`; the end-pointer check "
                   "sees a string of digits and passes"),
         ("errno", "erange", "end pointer", "only checks the characters", "not checked")),
        ("fix", "Set `errno = 0` before the call and reject `errno == ERANGE` after it",
         ("errno = 0", "erange", "errno !=", "check errno", "range check")),
    ),
    "c-read-count-dropped": (
        ("value", ("When the file is short or the read fails, the buffer keeps what it held "
                   "(zeros, the previous record) and is used as data; the function reports "
                   "success"),
         ("truncated", "short file", "zeros", "garbage", "stale", "previous record",
          "reports success", "returns 0", "silently")),
        ("cause", "The count `fread`/`fscanf` returns is the only sign of failure, and it is dropped",
         ("return value", "count", "ignored", "not checked", "unchecked", "dropped", "err33")),
        ("fix", "Compare the count with what was asked (`!= 1`) and fail, or test `ferror`/`feof`",
         ("!= 1", "!= n", "check the return", "ferror", "feof", "return -1")),
    ),
    "c-short-write-unnoticed": (
        ("value", ("A write that stores only part of the buffer (a full disk, a signal, a full "
                   "socket buffer) is counted as complete: the rest is never written and the file "
                   "or stream is cut mid-record"),
         ("short write", "partial", "part of", "fewer bytes", "truncated", "corrupt",
          "cut", "incomplete")),
        ("cause", ("`write`/`send` may return fewer bytes than asked; the code tests only for "
                   "-1"),
         ("fewer bytes", "less than", "only -1", "only < 0", "return value", "count")),
        ("fix", "Compare the result with the length and write the rest in a loop (or fail)",
         ("loop", "!= len", "!= sizeof", "write the rest", "remaining", "offset", "write_all")),
    ),
    "rust-read-errors-dropped-in-result-fn": (
        ("value", ("A read that fails halfway ends (or skips) silently, and the function returns "
                   "Ok with a partial result the caller takes as complete"),
         ("partial", "truncated", "silently", "returns ok", "incomplete", "stops early",
          "skips")),
        ("cause", ("`Result::ok` turns each Err into None, which the adapter drops, though the "
                   "function returns a Result that could carry the error"),
         ("result::ok", ".ok()", "discards the error", "drops the error", "none",
          "map_while", "filter_map", "flatten")),
        ("fix", ("Propagate each item's error (`let line = line?;` in the loop) or "
                 "`collect::<Result<Vec<_>, _>>()?`"),
         ("?", "propagate", "collect::<result", "match", "return the error")),
    ),
    "py-raise-without-from": (
        ("value", ("The traceback shows the original error only as \"during handling ... "
                   "another exception occurred\", not as the cause; the chain reads as a second "
                   "failure in the handler"),
         ("during handling", "another exception", "cause", "__cause__", "context",
          "traceback", "chain")),
        ("cause", "The new exception is raised inside `except` without `from`",
         ("without from", "no from", "implicit", "__context__", "not chained")),
        ("fix", "`raise NewError(...) from exc` (or `from None` to hide it on purpose)",
         ("from exc", "from err", "from e", "from none", "raise ... from")),
    ),
})
# forms-correctness
KEY_POINTS.update({
    "js-float-sum-compared-exactly": (
        ("value", ("Parts that add up to the target on paper fail the test: 0.7 + 0.2 + 0.1 is "
                   "0.9999999999999999 in binary floating point, so a valid input is rejected"),
         ("0.9999", "rejected", "not equal", "false", "fails", "never equal", "valid",
          "rounding", "off by")),
        ("cause", ("Decimal fractions have no exact binary form; each addition rounds, and `===` "
                   "asks for the exact same bits"),
         ("binary", "floating point", "float", "rounding error", "precision", "exact",
          "ieee", "not representable")),
        ("fix", ("Compare with a tolerance (`Math.abs(total - target) < 1e-9`) or keep the parts "
                 "in whole units (per mille, cents) as integers"),
         ("tolerance", "epsilon", "math.abs", "abs(", "integer", "whole units", "cents",
          "round", "per mille")),
    ),
    "java-next-index-past-end": (
        ("value", ("The last pass reads the element after the last one and throws "
                   "IndexOutOfBoundsException, so the method never returns a result"),
         ("indexoutofbounds", "out of bounds", "exception", "throws", "crash", "last",
          "past the end", "one past")),
        ("cause", ("The bound lets the index reach the last element, and the body reads index + 1 "
                   "on that pass"),
         ("i + 1", "i+1", "bound", "last index", "size()", "off by one", "off-by-one",
          "one too many")),
        ("fix", "Stop one earlier (`i < size() - 1`, or `i + 1 < size()`), or start at 1 and read i - 1",
         ("size() - 1", "size()-1", "i + 1 <", "i+1 <", "start at 1", "i - 1", "one earlier",
          "< n - 1")),
    ),
    "py-is-compared-with-constant-literal": (
        ("value", ("A value read or built at run time that equals the constant fails the test, "
                   "so the case is never taken"),
         ("never", "false", "not taken", "missed", "not the same object", "skipped", "fails")),
        ("cause", ("`is` compares object identity; a string from strip()/lower() or a parsed "
                   "number is a new object, interned or not by accident"),
         ("identity", "same object", "id(", "intern", "new object", "not equality", "reference")),
        ("fix", "Compare with `==` (`is` only for None, a sentinel object or an enum member)",
         ("==", "equality", "equals", "use ==")),
    ),
    "py-assert-validates-parsed-input": (
        ("value", ("Under `python -O` (or PYTHONOPTIMIZE) the check is gone and out-of-range "
                   "input is accepted and stored"),
         ("-o", "optimi", "removed", "stripped", "skipped", "accepted", "no check", "disabled")),
        ("cause", ("`assert` is for the program's own invariants; the compiler drops it when "
                   "optimising, so it cannot guard input"),
         ("assert", "debug", "__debug__", "invariant", "compiled out", "not for validation")),
        ("fix", "Test it explicitly and raise: `if not lo <= v <= hi: raise ValueError(...)`",
         ("raise", "valueerror", "if not", "explicit", "validation error", "exception")),
    ),
    "cpp-accumulate-int-init-wide-elements": (
        ("value", ("Past about two billion the running total wraps or is cut, so a multi-gigabyte "
                   "sum comes out wrong (even negative before it is widened again)"),
         ("wrap", "overflow", "truncat", "2^31", "two billion", "2147483647", "int_max",
          "negative", "wrong total")),
        ("cause", ("std::accumulate keeps the sum in the type of its initial value: `0` is an int, "
                   "so each 64-bit partial sum is converted back to int"),
         ("type of the init", "initial value", "init", "int", "0 is an int", "converted",
          "narrow")),
        ("fix", "Start from a value of the element type: `std::uint64_t{0}`, `0ULL`, `0LL`",
         ("uint64_t{0}", "0ull", "0ll", "uint64_t(0)", "static_cast", "element type",
          "std::size_t{0}")),
    ),
    "c-signed-total-divided-by-size-t": (
        ("value", ("A negative total comes out as a huge positive number (-250 / 4 gives about "
                   "4.6e18), so the result has the wrong sign and size"),
         ("huge", "large positive", "wrong sign", "wraps", "negative", "garbage", "18446744")),
        ("cause", ("`long` and `size_t` have the same rank width, so the usual arithmetic "
                   "conversions make the signed total unsigned before dividing"),
         ("unsigned", "conversion", "converted", "usual arithmetic", "promot", "size_t",
          "signed")),
        ("fix", "Divide by a signed count: `(long)n`, or keep the count signed",
         ("(long)", "cast", "signed count", "ssize_t", "ptrdiff_t", "static_cast<long>")),
    ),
    # CERT INT31-C / INT02-C, the usual arithmetic conversions (round r30-corr)
    "cpp-signed-total-divided-by-size": (
        ("value", ("A total below zero comes out as a huge positive number (-250 / 4 gives about "
                   "4.6e18), so the mean has the wrong sign and size"),
         ("huge", "large positive", "wrong sign", "wraps", "negative", "garbage", "18446744")),
        ("cause", ("`size()` returns an unsigned `size_type` as wide as `long`, so the usual "
                   "arithmetic conversions make the signed total unsigned before dividing"),
         ("unsigned", "conversion", "converted", "usual arithmetic", "promot", "size_t",
          "size_type", "signed")),
        ("fix", ("Divide by a signed count: `static_cast<long>(v.size())` or `std::ssize(v)`"),
         ("static_cast", "cast", "ssize", "signed count", "ptrdiff_t", "(long)")),
    ),
    "c-strlen-minus-one-unguarded": (
        ("value", ("On an empty string (or a line trimmed to nothing) the index is SIZE_MAX and "
                   "the read goes far outside the buffer: a crash or garbage"),
         ("empty", "size_max", "out of bounds", "outside", "crash", "segfault", "huge index",
          "undefined")),
        ("cause", "`n` is an unsigned size_t: `0 - 1` wraps to the largest value instead of -1",
         ("unsigned", "wrap", "underflow", "size_t", "0 - 1", "never negative")),
        ("fix", "Test the length first: `n > 0 && s[n - 1] ...`, or return early when `n == 0`",
         ("n > 0", "len > 0", "n == 0", "check", "guard", "!= 0", "empty check")),
    ),
    "rust-byte-len-as-display-width": (
        ("value", ("Text with accents or other non-ASCII letters is counted wider than it shows, "
                   "so it is padded short and the columns no longer line up"),
         ("accent", "non-ascii", "unicode", "misalign", "short", "too wide", "columns",
          "off centre", "padding")),
        ("cause", "`str::len` counts UTF-8 bytes, not characters: \"Zoë\" is 4 bytes, 3 characters",
         ("bytes", "utf-8", "utf8", "not characters", "chars", "byte length")),
        ("fix", ("Count characters (`s.chars().count()`), or display width (unicode-width), or "
                 "let `format!(\"{:^w$}\")` pad"),
         ("chars().count()", "chars", "unicode-width", "width()", "format!", "{:^")),
    ),
    "cpp-comparator-or-of-keys": (
        ("value", ("For two elements where each wins on one key, both `cmp(a, b)` and `cmp(b, a)` "
                   "are true; std::sort may then read past the range, loop or crash, and the "
                   "order is wrong"),
         ("both", "undefined", "crash", "out of bounds", "inconsistent", "wrong order",
          "each before the other", "ub")),
        ("cause", ("It is not a strict weak ordering: the second key is consulted even when the "
                   "first key already decided the other way"),
         ("strict weak", "ordering", "asymmetr", "transitiv", "tie", "second key", "compare")),
        ("fix", ("Use the second key only on a tie: `a.x != b.x ? a.x > b.x : a.y > b.y`, or "
                 "compare `std::tie(...)` tuples"),
         ("std::tie", "tie", "==", "!=", "only when equal", "lexicographic", "tuple")),
    ),
    "py-naive-now-among-aware": (
        ("value", ("Comparing or subtracting it with an aware datetime raises TypeError (\"can't "
                   "compare offset-naive and offset-aware datetimes\"), and the local clock is "
                   "not UTC"),
         ("typeerror", "can't compare", "cannot compare", "naive", "aware", "offset", "crash",
          "raises", "wrong hour", "local time")),
        ("cause", ("`datetime.now()` with no argument has no tzinfo, while the other values "
                   "carry an offset"),
         ("tzinfo", "no time zone", "timezone", "naive", "without tz", "offset")),
        ("fix", "Take aware time: `datetime.now(timezone.utc)` (or a ZoneInfo), everywhere",
         ("now(timezone.utc)", "timezone.utc", "zoneinfo", "now(tz", "aware", "utc")),
    ),
})
# forms-concurrency
KEY_POINTS.update({
    "java-lock-order-across-methods": (
        ("value", ("A thread in each method can hold one lock and wait for the other for ever: "
                   "both hang, and so does every later caller of either lock"),
         ("deadlock", "hang", "forever", "stuck", "blocks", "wait for each other", "never")),
        ("cause", ("One method takes the two locks in one order and the other in the reverse "
                   "order, the second lock hidden in a helper it calls while holding the first"),
         ("order", "opposite", "reverse", "helper", "while holding", "nested", "both locks")),
        ("fix", ("Take the locks in one fixed order everywhere, or call the helper after "
                 "releasing the first lock"),
         ("same order", "one order", "fixed order", "after releasing", "outside the lock",
          "after unlock", "single lock", "trylock")),
    ),
    "cpp-double-checked-plain-member": (
        ("value", ("A thread on the fast path can see the pointer set but the object it points "
                   "to half built, and the unlocked read is a data race (undefined behaviour)"),
         ("half", "partially", "not fully", "data race", "undefined", "stale", "garbage",
          "uninitialised", "reorder")),
        ("cause", ("The first test reads a plain member outside the mutex while another thread "
                   "writes it under the mutex: nothing orders the write with the read"),
         ("outside the lock", "without the lock", "not atomic", "plain pointer", "no ordering",
          "happens-before", "memory order", "reordering")),
        ("fix", ("Make the member `std::atomic` (acquire load, release store), or use "
                 "`std::call_once` or a function-local static"),
         ("atomic", "acquire", "release", "call_once", "static local", "function-local static",
          "magic static")),
    ),
    "cpp-stop-flag-plain-bool": (
        ("value", ("The workers may never see the flag change, so they loop on and `join` hangs; "
                   "the unsynchronised read is a data race (undefined behaviour)"),
         ("never stop", "never see", "hang", "join", "forever", "data race", "undefined",
          "hoist", "cached")),
        ("cause", ("A plain `bool` written by one thread and read by others without a lock or "
                   "atomic: the compiler may read it once and keep the value in a register"),
         ("plain bool", "not atomic", "no lock", "register", "hoist", "optimi", "visibility",
          "memory model")),
        ("fix", "Declare it `std::atomic<bool>` (or read and write it under the mutex)",
         ("atomic", "std::atomic<bool>", "mutex", "lock", "condition variable", "stop_token")),
    ),
    "go-map-parameter-written-by-goroutines": (
        ("value", ("Two goroutines writing the map at once race: entries are lost or the runtime "
                   "stops the program with \"concurrent map writes\""),
         ("concurrent map writes", "crash", "panic", "fatal", "race", "lost", "corrupt")),
        ("cause", ("Every goroutine was handed the same map and writes it with no lock held; Go "
                   "maps are not safe for concurrent use"),
         ("same map", "shared", "no lock", "not safe", "not thread-safe", "unsynchronised",
          "without the mutex")),
        ("fix", ("Hold the mutex around the write, or give each goroutine its own map (or send "
                 "results on a channel) and merge them after"),
         ("mutex", "lock", "own map", "channel", "merge", "sync.map")),
    ),
    "go-channel-closed-again-by-defer": (
        ("value", ("When that path returns, the deferred close runs on the closed channel and "
                   "the program panics with \"close of closed channel\""),
         ("panic", "close of closed channel", "closed twice", "crash", "double close")),
        ("cause", ("The function already defers `close` and also closes the channel by hand on "
                   "the early path"),
         ("defer", "deferred", "twice", "already", "both", "by hand")),
        ("fix", "Close it in one place only: keep the `defer` and just return on that path",
         ("only once", "one place", "remove", "keep the defer", "just return", "once")),
    ),
    "go-waitgroup-add-in-helper-in-goroutine": (
        ("value", ("`Wait` can run before the goroutine's helper has called `Add`, find the "
                   "counter at zero and return early with the work unfinished"),
         ("return early", "before", "zero", "too early", "missing", "partial", "empty")),
        ("cause", ("The helper that calls `Add` runs inside the goroutine it counts, so the "
                   "count goes up only once the goroutine is scheduled"),
         ("inside the goroutine", "in the goroutine", "scheduled", "helper", "after it starts",
          "race")),
        ("fix", "Call `Add` (or the helper) before the `go` statement, in the starting goroutine",
         ("before the go", "before starting", "before go", "outside the goroutine", "caller")),
    ),
    "go-loop-variable-in-dispatched-closure": (
        ("value", ("Before Go 1.22 every closure shares the loop's one variable, so the "
                   "goroutines mostly see its last value"),
         ("last value", "same value", "last item", "shared variable", "wrong item", "1.22")),
        ("cause", ("The closure is run later on a goroutine by the function it is handed to, and "
                   "reads the loop variable by reference while the loop goes on"),
         ("goroutine", "later", "captured", "reference", "closure", "loop variable")),
        ("fix", "Copy it per iteration (`v := v`), pass it as an argument, or build with Go 1.22+",
         ("v := v", "copy", "argument", "parameter", "1.22", "shadow")),
    ),
    "go-slice-of-locked-structs-copied": (
        ("value", ("Locking a copy keeps no one out of the original: the reads race with the "
                   "writers, and a lock copied while held stays locked"),
         ("copy", "race", "not protected", "different lock", "own lock", "stays locked",
          "deadlock")),
        ("cause", ("Each struct carries its `sync.Mutex` by value, and append copies every "
                   "element, lock included (go vet copylocks)"),
         ("copied", "by value", "copylocks", "mutex", "append", "must not be copied")),
        ("fix", ("Read the originals in place under their own locks (index or pointers), or "
                 "copy only the plain fields into a snapshot type"),
         ("pointer", "in place", "index", "snapshot", "plain fields", "[]*")),
    ),
    "ts-floating-promise-through-typed-member": (
        ("value", ("The method goes on before the write is done (a read after it can miss it), "
                   "and if it fails the rejection is unhandled"),
         ("before", "not finished", "miss", "unhandled", "rejection", "lost", "order")),
        ("cause", "Its declared type returns a promise, and the call is neither awaited nor handled",
         ("promise", "not awaited", "no await", "floating", "fire and forget")),
        ("fix", "`await` it (or return it, or handle it with `.catch` when it is meant to run on)",
         ("await", "return", "catch", "promise.all", "void")),
    ),
    "py-task-waits-on-own-pool": (
        ("value", ("With as many outer tasks as workers, every worker waits for inner work no "
                   "worker is free to run: the pool deadlocks"),
         ("deadlock", "hang", "starv", "forever", "all workers", "no free worker", "stuck")),
        ("cause", ("The task submits to the same bounded pool it runs on and blocks on "
                   "`result()`"),
         ("same pool", "same executor", "bounded", "result()", "blocks", "waits", "nested")),
        ("fix", ("Use a second pool for the inner work, do it inline, or submit the outer work "
                 "from the caller's thread"),
         ("second pool", "separate pool", "another executor", "inline", "two pools")),
    ),
    "cpp-member-mutex-taken-again-in-callee": (
        ("value", ("The thread locks a mutex it already holds: undefined behaviour, in practice "
                   "a deadlock"),
         ("deadlock", "hang", "undefined", "forever", "blocks", "self-deadlock")),
        ("cause", ("`std::mutex` is not recursive, and the called member function takes the "
                   "same mutex the caller's guard holds"),
         ("not recursive", "recursive", "same mutex", "already holds", "twice", "again")),
        ("fix", ("Call a private `...Locked` variant that expects the lock held, or release "
                 "the guard before the call"),
         ("locked variant", "helper", "expects the lock", "release", "recursive_mutex",
          "without locking")),
    ),
    "c-signal-handler-calls-unsafe-helper": (
        ("value", ("A signal arriving while the program is inside stdio or malloc re-enters it "
                   "from the handler: corrupted buffers or heap, or a deadlock on its lock"),
         ("deadlock", "corrupt", "reentr", "heap", "undefined", "crash", "interrupted")),
        ("cause", ("The helper the handler calls uses functions that are not "
                   "async-signal-safe (fprintf, fflush, free)"),
         ("async-signal-safe", "signal-safe", "not safe", "fprintf", "free", "malloc", "stdio")),
        ("fix", ("Only set a `volatile sig_atomic_t` flag in the handler and do the work in "
                 "the main loop (or use write/_exit)"),
         ("sig_atomic_t", "flag", "main loop", "write(", "_exit", "self-pipe", "signalfd")),
    ),
    "c-predicate-changed-without-lock-before-signal": (
        ("value", ("A waiter that has tested the condition but not yet started waiting misses "
                   "the wakeup and can sleep for ever; the change also races with its read"),
         ("miss", "lost wakeup", "sleep forever", "hang", "never wakes", "race")),
        ("cause", ("The shared state is changed, and the condition signalled, without holding "
                   "the mutex the waiters test it under"),
         ("without the mutex", "without the lock", "not locked", "no lock", "unlocked")),
        ("fix", "Lock the mutex around the change and the signal (or broadcast)",
         ("lock", "mutex", "pthread_mutex_lock", "under the lock", "hold")),
    ),
    "rust-guard-held-across-blocking-call": (
        ("value", ("Every other thread that needs the lock waits for the slow call (a network "
                   "timeout holds them all)"),
         ("wait", "blocked", "stall", "all threads", "every other", "contention", "timeout")),
        ("cause", ("The guard stays alive until the end of its scope, across the I/O call"),
         ("guard", "scope", "alive", "held", "not dropped", "across")),
        ("fix", ("Copy out what is needed and drop the guard (or end its block) before the "
                 "call, then lock again to record the result"),
         ("drop", "scope", "before the call", "release", "lock again", "copy out")),
    ),
    "js-free-path-picked-then-written": (
        ("value", ("Two callers at once can pick the same free path, and one silently "
                   "overwrites the other's file"),
         ("overwrite", "same path", "same name", "lost", "both", "race", "clobber")),
        ("cause", ("The check (the path does not exist) and the write are separate steps; "
                   "anyone can create the file in between"),
         ("check", "toctou", "between", "separate", "time of check", "not atomic")),
        ("fix", ("Create it exclusively with the `wx` flag and try the next name on EEXIST (or "
                 "use a unique name)"),
         ("wx", "o_excl", "exclusive", "eexist", "uuid", "unique")),
    ),
})

# forms-security
KEY_POINTS.update({
    "rust-secret-compared-plainly": (
        ("value", ("Someone who sends many guesses learns from the response time how many leading "
                   "bytes of a guess are right, and can recover the credential a byte at a time"),
         ("byte by byte", "byte at a time", "one byte at a time", "guess", "brute force",
          "timing attack", "timing", "response time", "how long", "recover the key")),
        ("cause", ("`==` on strings and byte slices stops at the first byte that differs, so its "
                   "time leaks how much of the guess matches"),
         ("first byte", "first difference", "stops at", "stops early", "returns early",
          "short-circuit", "short circuit", "side channel", "side-channel",
          "not constant time", "leaks")),
        ("fix", ("Compare in constant time: `subtle::ConstantTimeEq` (`a.ct_eq(b)`), the "
                 "`constant_time_eq` crate, or compare digests of both with a constant-time check"),
         ("constant time", "constant-time", "ct_eq", "constanttimeeq", "constant_time_eq",
          "subtle")),
    ),
    "java-xml-protection-turned-off": (
        ("value", ("An uploaded document can declare an external entity that reads a local file "
                   "(/etc/passwd, keys) or reaches an internal URL (XXE)"),
         ("xxe", "external entit", "/etc/passwd", "local file", "internal", "ssrf", "file://",
          "billion laughs")),
        ("cause", ("The protective feature is set the wrong way: DOCTYPEs allowed (`false` for "
                   "disallow-doctype-decl) or external entities turned on, so the parser "
                   "resolves what the document declares"),
         ("doctype", "dtd", "entities", "false", "turned on", "enabled", "allows", "resolves")),
        ("fix", ("Set disallow-doctype-decl to true (or external-general/parameter-entities and "
                 "load-external-dtd to false, SUPPORT_DTD false), and secure processing"),
         ("disallow-doctype-decl", "true", "set it to true", "external-general-entities",
          "secure_processing", "secure processing", "support_dtd", "disable", "turn off")),
    ),
    "c-format-wrapper-not-literal": KEY_POINTS["c-format-string-not-literal"],
    "cpp-array-size-product-wraps": KEY_POINTS["c-allocation-size-product-wraps"],
    "c-predictable-temp-path-opened": KEY_POINTS["c-temp-name-before-file"],
    "py-object-by-id-not-scoped": (
        ("value", ("Any signed-in user can read or change another user's record by putting its id "
                   "in the URL (counting ids up), an insecure direct object reference"),
         ("another user", "someone else", "other user", "any user", "anyone's", "any id",
          "change the id", "enumerat", "guess", "idor", "insecure direct object",
          "not theirs", "other famil", "other customer")),
        ("cause", ("The lookup uses only the id from the URL; nothing checks that the object "
                   "belongs to the caller, although other routes scope by owner"),
         ("only the id", "by id alone", "not scoped", "no ownership", "no owner", "belongs",
          "owner", "authoriz", "authoris", "no check", "access control")),
        ("fix", ("Scope the lookup to the signed-in user (query by id and owner, or compare "
                 "the owner with the caller) and answer 404/403 otherwise"),
         ("scope", "owner", "filter by", "and owner", "current user", "signed-in", "403", "404",
          "get_for", "check the owner", "belongs to")),
    ),
    "cpp-fs-permissions-writable-by-everyone": KEY_POINTS["c-chmod-writable-by-everyone"],
    "rust-secret-struct-debug-logged": (
        ("value", ("Anyone who can read the logs (operators, a log service, a backup) gets the "
                   "password or token in clear and can use it"),
         ("anyone", "logs", "log file", "operator", "leak", "exposed", "plain text",
          "plaintext", "in clear", "reuse")),
        ("cause", ("The derived `Debug` prints every field of the struct, the secret one "
                   "included, so `{:?}` writes it out"),
         ("derive", "derived", "debug", "every field", "all fields", "{:?}", "prints the field")),
        ("fix", ("Log only the fields that are safe, or write `Debug` by hand (or wrap the "
                 "secret in a type such as secrecy's `SecretString`) so it prints masked"),
         ("redact", "mask", "impl debug", "manual debug", "by hand", "secrecy", "secretstring",
          "only the", "leave out", "omit", "don't log", "do not log")),
    ),
    "py-server-bound-to-all-interfaces": (
        ("value", ("Anyone on the same network (office Wi-Fi, the LAN, the internet if the machine "
                   "is exposed) can reach the service and use whatever it allows, unauthenticated"),
         ("anyone", "network", "lan", "remote", "other machines", "exposed", "reachable",
          "attacker", "internet", "wi-fi", "wifi")),
        ("cause", ("An empty host or 0.0.0.0 means every interface (INADDR_ANY), not only this "
                   "machine's loopback"),
         ("all interfaces", "every interface", "inaddr_any", "0.0.0.0", "empty host",
          "empty string", "any address", "not loopback", "not localhost")),
        ("fix", ("Bind to 127.0.0.1 (or a configured address) and add authentication if it must "
                 "be reachable from elsewhere"),
         ("127.0.0.1", "localhost", "loopback", "configur", "authenticat", "firewall",
          "specific interface")),
    ),
    "c-used-after-helper-frees": (
        ("value", ("The read sees memory the allocator may already have given to something else: "
                   "garbage, a crash, or data an attacker placed there"),
         ("garbage", "crash", "segfault", "undefined", "reused", "attacker", "corrupt",
          "dangling", "freed memory", "use after free", "use-after-free")),
        ("cause", "The helper frees (or deletes) the object, and the caller reads through the same pointer afterwards",
         ("frees", "deletes", "delete", "free(", "helper", "after the call", "dangling",
          "still points", "after release")),
        ("fix", ("Use the fields before handing the pointer over (or copy what is needed), then "
                 "free it; set the pointer to NULL after"),
         ("before", "reorder", "swap", "copy", "first", "null", "nullptr", "unique_ptr",
          "move the call")),
    ),
})

# A credential written to a log (CWE-532): the question asks who can read the log and what to
# write instead, so why logs spread (the "cause" point) is not asked for, and a correct answer
# that leaves it out lost a third of the score. Go's and Rust's rules take the JavaScript points
# (they were graded against the hard-coded secret's, "rotate it, load it from the environment",
# which say nothing about the log).
for _rule in ("py-secret-logged", "js-secret-logged", "java-secret-logged"):
    KEY_POINTS[_rule] = tuple(p for p in KEY_POINTS[_rule] if p[0] != "cause")
KEY_POINTS["go-secret-logged"] = KEY_POINTS["rust-secret-logged"] = KEY_POINTS["js-secret-logged"]
KEY_POINTS["c-secret-logged"] = KEY_POINTS["js-secret-logged"]

# CWE-209 (Generation of Error Message Containing Sensitive Information); the OWASP Error
# Handling Cheat Sheet ("log the details on the server side, return a generic error"); Express's
# "Error handling" guide (stack traces only in development). Graded before against the
# hard-coded secret's points.
KEY_POINTS.update(dict.fromkeys(("js-stack-trace-sent-to-client", "js-error-details-sent-to-client"), (
    ("value", ("Whoever sent the request reads the server's internals: file paths and line "
               "numbers, module and library names and versions, queries, sometimes values; it "
               "maps the system for an attack"),
     ("path", "line number", "internal", "module", "librar", "version", "framework", "query",
      "sql", "source code", "code structure", "stack trace", "attacker", "reconnaissance",
      "leak", "expose", "reveal", "sensitive", "information disclosure")),
    ("fix", ("Send a generic message (with a request or correlation id) and log the details on "
             "the server; show stacks only in development"),
     ("generic", "something went wrong", "internal server error", "internal error",
      "request id", "correlation", "error id", "log it", "log the", "logged", "server side",
      "server-side", "console.error", "logger", "node_env", "development")),
)))

# Rules of the kind `bypassable_check` or `weak_password_hash` whose hazard is not the kind's
# (its points are about a host name made to fit a suffix check; `weak_password_hash` has none):
# each takes the points of a rule of the same hazard in another language, or points of its own.
for _rules, _same in (
        (("js-tls-host-check-disabled",), "js-tls-verification-disabled"),
        (("go-jwt-parsed-unverified", "java-jwt-decoded-not-verified", "rust-jwt-signature-not-validated",
          "py-jwt-signature-not-verified"), "py-jwt-unverified"),
        (("js-secret-compared-plainly", "py-secret-compared-plainly", "js-secret-compared-by-early-exit-loop",
          "py-secret-compared-by-early-exit-loop"), "js-mac-compared-plainly"),
        (("go-open-redirect", "js-location-header-from-request", "js-location-set-from-url-param"),
         "java-open-redirect"),
        (("go-ssrf-from-request", "js-ssrf-client-url-through-helpers"), "java-ssrf-from-request"),
        (("py-assert-guards-access",), "py-assert-checks-input"),
        (("py-server-host-defaults-to-all-interfaces",), "py-server-bound-to-all-interfaces")):
    KEY_POINTS.update(dict.fromkeys(_rules, KEY_POINTS[_same]))

KEY_POINTS.update({
    # CWE-295; the Python ssl and requests docs, OpenSSL's SSL_CTX_set_verify
    **dict.fromkeys(("c-tls-verification-off", "py-tls-verification-disabled",
                     "py-tls-off-by-default-branch", "py-tls-verify-from-setting"), (
        ("value", ("Anyone on the network path (public Wi-Fi, a proxy, a spoofed DNS answer) can "
                   "present any certificate, pose as the server and read or change the traffic"),
         ("man in the middle", "man-in-the-middle", "mitm", "intercept", "attacker", "impersonat",
          "pose as", "fake server", "anyone on the network", "read or change", "spoof")),
        ("fix", ("Leave verification on; for a private CA trust that CA (a CA bundle, `verify=` a "
                 "path, `cafile`, `SSL_CTX_load_verify_locations`) or pin the certificate"),
         ("ca bundle", "cafile", "ca file", "verify=", "certifi", "load_verify", "pin",
          "turn it on", "leave it on", "keep verification", "verify_peer", "private ca",
          "trust store", "root")),
    )),
    # CWE-916; OWASP Password Storage Cheat Sheet
    **dict.fromkeys(("go-password-fast-hash", "rust-password-fast-hash"), (
        ("value", ("Whoever gets the stored hashes (a leaked backup, an SQL injection) can test "
                   "billions of guesses a second and recover most passwords"),
         ("brute", "guess", "crack", "rainbow", "dictionary", "billions", "gpu", "leak",
          "recover")),
        ("fix", ("Use a slow, salted password hash with a random salt per user: bcrypt, scrypt, "
                 "argon2 or PBKDF2 with many iterations"),
         ("bcrypt", "argon", "scrypt", "pbkdf2", "salt", "work factor", "iterations", "slow")),
    )),
    # CWE-760 (a predictable salt); OWASP Password Storage Cheat Sheet ("unique salt per user")
    "js-password-hash-constant-salt": (
        ("value", ("With one salt for everyone, equal passwords have equal hashes, and one "
                   "precomputed table or one guess run serves every account"),
         ("same hash", "equal hashes", "identical", "rainbow", "precomput", "every account",
          "all accounts", "all users", "at once", "one table")),
        ("fix", "Draw a random salt per user (`crypto.randomBytes`) and store it with the hash",
         ("random salt", "per user", "per-user", "unique salt", "randombytes", "each user",
          "bcrypt", "argon", "store the salt", "stored with")),
    ),
    # CWE-614 and CWE-1004; OWASP Session Management Cheat Sheet (cookie attributes)
    **dict.fromkeys(("go-session-cookie-flags-missing", "js-session-cookie-flags-missing",
                     "py-session-cookie-flags-missing"), (
        ("value", ("Without HttpOnly any script on the page (an XSS) reads the session id; "
                   "without Secure it is sent over plain HTTP where the network can read it"),
         ("xss", "script", "javascript", "document.cookie", "plain http", "unencrypted",
          "sniff", "network", "steal", "hijack")),
        ("fix", "Set HttpOnly, Secure and SameSite (Lax or Strict) on the session cookie",
         ("httponly", "http-only", "http only", "secure", "samesite", "same-site")),
    )),
    # CWE-636 (not failing securely); OWASP "fail securely"
    **dict.fromkeys(("go-missing-rule-allows", "java-check-fails-open", "js-check-fails-open",
                     "py-check-fails-open", "rust-err-arm-falls-through"), (
        ("value", ("When the check fails or finds no rule, the request is allowed: an error, a "
                   "typo or an action nobody listed opens the door"),
         ("allowed", "allows", "let through", "lets it through", "granted", "bypass", "anyone",
          "permit", "fails open", "fail open", "fail-open")),
        ("fix", ("Fail closed: deny by default, and deny when the check itself errors (list "
                 "what is allowed, not what is refused)"),
         ("deny", "refuse", "reject", "fail closed", "fail-closed", "fail secure", "default to",
          "by default", "allow-list", "allowlist", "forbidden", "403")),
    )),
    # MDN bcrypt-style async compare: an async function returns a Promise, always truthy
    "js-password-check-not-awaited": (
        ("value", ("The call returns a Promise, which is truthy, so the test passes for any "
                   "password, a wrong one included"),
         ("promise", "truthy", "always true", "any password", "wrong password", "always passes",
          "never fails", "everyone")),
        ("fix", "Await it (`if (!(await compare(...)))`) so the test sees the boolean",
         ("await", ".then", "async")),
    ),
    # NIST SP 800-38A; the Java Cipher docs ("AES" alone means the provider's default, ECB)
    "java-cipher-default-ecb-mode": (
        ("value", ("`\"AES\"` alone selects ECB with PKCS5 padding: equal plaintext blocks give "
                   "equal ciphertext blocks, so patterns and repeated records show through"),
         ("ecb", "same block", "equal blocks", "identical blocks", "pattern", "repeat",
          "deterministic", "electronic codebook")),
        ("fix", "Name an authenticated mode: `AES/GCM/NoPadding` with a fresh random IV per message",
         ("gcm", "aes/gcm", "authenticated", "random iv", "fresh iv", "nonce", "chacha")),
    ),
    # CERT POS37-C (ensure that privilege relinquishment is successful)
    "c-privilege-drop-unchecked": (
        ("value", ("When the call fails the program carries on with the privileges it meant to "
                   "drop (still root), and everything after runs with them"),
         ("still root", "as root", "keeps running", "carries on", "continues", "privilege",
          "elevated", "not dropped", "still has")),
        ("fix", ("Check the return value and stop (exit) when it fails; drop the group before "
                 "the user, and check the ids afterwards"),
         ("check the return", "return value", "exit", "abort", "stop", "if (setuid",
          "!= 0", "== -1", "< 0", "getuid", "setgid first", "group first")),
    ),
    # CWE-367; CERT FIO45-C (avoid TOCTOU race conditions while accessing files); the access(2)
    # man page ("the time between checking and opening the file can be used to exploit")
    "c-access-then-open": (
        ("value", ("Between the check and the open another process can swap the file for a "
                   "symlink to one the user may not read or write, and the open, with the "
                   "program's rights, then reaches that file"),
         ("symlink", "symbolic link", "swap", "replace", "race", "in between", "between the",
          "toctou", "time of check", "another file")),
        ("fix", ("Open first and check what was opened (`fstat` on the descriptor), with the "
                 "user's own rights (drop privileges first), or `O_NOFOLLOW`"),
         ("fstat", "open first", "drop privilege", "seteuid", "o_nofollow", "descriptor",
          "openat", "after opening", "user's rights")),
    ),
    # CWE-644 / host header injection; OWASP Forgot Password Cheat Sheet ("do not rely on the
    # Host header when building the reset URL")
    "js-link-from-host-header": (
        ("value", ("The client writes the Host header: a link built from it can point to the "
                   "attacker's site, and a reset token in it is sent there"),
         ("attacker", "client sets", "client controls", "anyone can set", "spoof", "forged",
          "evil", "their own site", "poison", "reset link", "token")),
        ("fix", "Build links from a configured base URL (or an allow-list of hosts), not from the request",
         ("config", "base url", "fixed", "allow-list", "allowlist", "environment", "setting",
          "constant", "known host")),
    ),
    # CWE-285 (improper authorization) through a prefix test: `startsWith` on scope names
    **dict.fromkeys(("js-scope-prefix-match", "py-scope-prefix-match"), (
        ("value", ("A grant matches every scope that starts with it: `reports:tenant-4` also "
                   "allows `reports:tenant-41`, another tenant's data"),
         ("tenant-41", "another tenant", "other tenant", "starts with", "prefix", "longer",
          "also matches", "also allows", "more than")),
        ("fix", ("Compare whole scopes: exact equality (a set of granted scopes), or split on "
                 "the separator and compare each part"),
         ("exact", "equal", "===", "==", "set of", "split", "whole", "each part", "separator")),
    )),
    # CWE-401/CWE-770 (allocation without limits): a map used as a cache, never trimmed; the
    # kind's points (closed on every path, `with`/`defer`) do not describe it
    **dict.fromkeys(("go-cache-never-evicted", "js-cache-never-evicted", "rust-cache-never-evicted"), (
        ("value", ("Every distinct key stays for good, so memory grows with the service's "
                   "uptime until it slows down or is killed for running out of memory"),
         ("grows", "grow", "unbounded", "without bound", "never shrinks", "out of memory", "oom",
          "memory leak", "leak", "runs out", "killed", "forever")),
        ("fix", ("Bound it: a maximum size with least-recently-used eviction, a time to live, "
                 "or a cache library that does both"),
         ("lru", "least recently", "evict", "ttl", "time to live", "expire", "expiry",
          "max size", "maximum size", "limit", "bound", "cap")),
    )),
    # the Google SRE book, "Handling Overload" (retries with backoff and a budget); AWS
    # Builders' Library, "Timeouts, retries and backoff with jitter"
    **dict.fromkeys(("go-retry-forever", "js-retry-forever", "rust-retry-forever"), (
        ("value", ("A failure that does not go away (a bad request, a service down for good) "
                   "keeps the loop running for ever: the caller never returns or hears of it, "
                   "and the retries hammer the failing service"),
         ("forever", "for ever", "never returns", "never ends", "never stops", "infinite",
          "hangs", "hammer", "flood", "overload", "never hears", "never finds out")),
        ("fix", ("Cap the attempts (or the time) with backoff and jitter, retry only errors that "
                 "can pass, and return the last error when giving up"),
         ("max attempts", "maximum", "limit", "cap", "backoff", "back off", "jitter", "give up",
          "return the error", "retry budget", "deadline", "only transient", "n times")),
    )),
    # the requests docs ("Nearly all production code should use this parameter"); CWE-400
    "py-http-call-without-timeout": (
        ("value", ("With no timeout a server that accepts and never answers holds the call (and "
                   "the thread or worker) for ever"),
         ("hang", "forever", "for ever", "blocks", "stuck", "wait", "never returns", "freeze")),
        ("fix", "Pass a timeout (`timeout=(connect, read)`) and handle the timeout error",
         ("timeout", "time out", "timeout=")),
    ),
    # MDN URL.createObjectURL ("call URL.revokeObjectURL() when you no longer need them")
    "js-object-url-never-revoked": (
        ("value", ("Each URL keeps its blob in memory until the page unloads, so memory grows "
                   "with every one made"),
         ("memory", "grows", "leak", "kept alive", "stays", "blob", "until the page")),
        ("fix", "Call `URL.revokeObjectURL` once the URL has been used (after the load or download)",
         ("revokeobjecturl", "revoke")),
    ),
    # CERT SIG30-C (call only asynchronous-safe functions within signal handlers); signal-safety(7)
    "c-signal-handler-unsafe-call": (
        ("value", ("If the signal arrives while the program is inside the same function (or "
                   "holds malloc's or stdio's lock), the handler re-enters it: corrupted state "
                   "or a deadlock"),
         ("re-enter", "reenter", "reentrant", "re-entrant", "deadlock", "corrupt", "undefined",
          "inside the same", "in the middle", "interrupted", "lock")),
        ("fix", ("Only set a `volatile sig_atomic_t` flag (or `write` to a pipe) in the handler "
                 "and do the work in the main loop"),
         ("sig_atomic_t", "flag", "async-signal-safe", "async signal safe", "signal-safe",
          "self-pipe", "write(", "main loop", "signalfd")),
    ),
    # CERT OOP52-CPP (do not delete a polymorphic object without a virtual destructor); C++ Core
    # Guidelines C.35
    "cpp-polymorphic-base-without-virtual-destructor": (
        ("value", ("Deleting a derived object through a base pointer runs only the base "
                   "destructor: undefined behaviour, and the derived class's members are never "
                   "destroyed (leaked)"),
         ("only the base", "base destructor", "derived destructor", "not called", "never runs",
          "undefined", "leak", "never destroyed", "slicing")),
        ("fix", "Give the base class a public `virtual` destructor (`virtual ~Base() = default;`)",
         ("virtual ~", "virtual destructor", "= default", "make it virtual", "virtual")),
    ),
    # C++ Core Guidelines CP.22 / CP.43 (minimise time in critical sections); Go's sync docs
    **dict.fromkeys(("cpp-slow-call-under-lock", "go-slow-call-under-lock"), (
        ("value", ("Every other thread that needs the lock waits for the whole slow call (a "
                   "network round trip, a disk write): they queue, and throughput drops to one "
                   "at a time"),
         ("wait", "block", "stall", "queue", "serialis", "serializ", "one at a time",
          "contention", "throughput", "latency", "slow")),
        ("fix", ("Copy what is needed under the lock, release it, make the slow call, and take "
                 "the lock again only to store the result"),
         ("copy", "snapshot", "release the lock", "unlock", "outside the lock",
          "before the call",
          "after the call", "narrow", "smaller critical section", "take it again")),
    )),
    # CWE-347 and CWE-1188 (insecure default): a signature check a caller must ask for
    "js-signature-check-off-by-default": (
        ("value", ("A caller that leaves the option out accepts a token nobody signed: anyone can "
                   "write one with any claims (another user, an admin role)"),
         ("anyone", "forge", "forged", "any claims", "unsigned", "nobody signed", "another user",
          "admin", "fake", "tamper", "accepted", "accepts")),
        ("fix", ("Verify by default: the check runs unless a caller turns it off on purpose (or "
                 "there is no option at all)"),
         ("default to true", "true by default", "on by default", "by default", "default",
          "always verify", "remove the option", "opt out", "opt-out", "verify: true")),
    ),
    # MDN encodeURI vs encodeURIComponent
    "js-encode-uri-for-query-value": (
        ("value", ("`encodeURI` leaves `&`, `=`, `#` and `?` as they are, so a value holding them "
                   "adds parameters or cuts the URL (a fragment, a second key)"),
         ("&", "#", "another parameter", "extra parameter", "new parameter", "fragment",
          "cut", "truncat", "split", "inject")),
        ("fix", "Encode each value with `encodeURIComponent` or build the query with `URLSearchParams`",
         ("encodeuricomponent", "urlsearchparams", "url.searchparams", "searchparams")),
    ),
    # CWE-346; MDN Window.postMessage ("always verify the sender's identity using the origin")
    "js-message-origin-unchecked": (
        ("value", ("Any page that frames or opens this one can post a message and have it acted "
                   "on, as if this site sent it"),
         ("any page", "any site", "another site", "other origin", "any origin", "attacker",
          "evil", "malicious", "iframe", "frame", "window.open", "forge")),
        ("fix", "Check `event.origin` against the expected origin (exact match) before using the data",
         ("event.origin", "e.origin", ".origin", "check the origin", "expected origin",
          "allow-list", "allowlist", "same origin")),
    ),
})

# Rules of the kind `quadratic` whose cost is not a linear scan per pass ("use a set or map"):
# one query per item (the N+1 of the ORM docs), a copy per call, a length or a whole collection
# recomputed per pass
KEY_POINTS["go-query-per-item"] = KEY_POINTS["rust-query-per-item"] = (
    KEY_POINTS["js-query-awaited-per-item"][0],
    ("fix", ("Fetch them together: one query with all the keys (`WHERE id = ANY($1)`, `IN (...)`, "
             "a join) instead of one per item"),
     ("in (", "any(", "join", "batch", "one query", "single query", "all the ids", "all the keys",
      "where id in", "prefetch", "preload")),
)
KEY_POINTS["ts-typed-store-read-per-item"] = KEY_POINTS["js-query-awaited-per-item"]
KEY_POINTS.update({
    # CERT/Linux kernel style notes and every C text: strlen walks the string to its NUL
    "c-strlen-in-loop-condition": (
        ("value", ("`strlen` walks the whole string on every test of the condition, so the loop "
                   "costs the length squared (quadratic)"),
         ("quadratic", "o(n^2)", "o(n²)", "n squared", "every iteration", "each iteration",
          "every pass", "each pass", "walks", "scans", "recomputed", "every time")),
        ("fix", "Compute the length once before the loop (or test `s[i] != '\\0'`)",
         ("compute it once", "computed once", "before the loop", "outside the loop", "store the length",
          "save the length", "\\0", "nul", "precompute", "len variable", "size_t n")),
    ),
    # C++ Core Guidelines F.16 (pass cheaply-copied types by value, others by reference to const)
    "cpp-container-param-copied": (
        ("value", ("The container is copied into the parameter on every call (every element "
                   "allocated and copied), so the calls together cost the size times the number "
                   "of calls"),
         ("copy", "copies", "copied", "allocat", "every call", "each call", "whole vector",
          "whole map", "every element", "o(n)")),
        ("fix", "Take it by reference to const (`const std::vector<T>&`), or move it in when kept",
         ("const &", "const&", "reference", "by ref", "std::move", "span", "string_view")),
    ),
    # the same computation inside the loop each pass: loop-invariant code motion by hand
    "py-whole-collection-recomputed-in-loop": (
        ("value", ("The value is computed from the whole collection on every pass, so the loop "
                   "costs the collection's size times its length: quadratic"),
         ("quadratic", "o(n^2)", "o(n²)", "n squared", "every pass", "each pass", "every iteration",
          "each iteration", "recomputed", "again and again", "whole list")),
        ("fix", "Compute it once before the loop and reuse it (or keep it updated as the loop goes)",
         ("once", "before the loop", "outside the loop", "hoist", "precompute", "reuse",
          "cache it", "running total", "keep it updated")),
    ),
})
