"""Concept explanations for the offline help chat: original, short, and answer-neutral."""

from __future__ import annotations

from typing import Final, NamedTuple


class Topic(NamedTuple):
    """A concept the help chat can explain, and the phrases that ask for it."""

    triggers: tuple[str, ...]
    text: str


TOPICS: Final[dict[str, Topic]] = {
    "http-methods": Topic(
        ("http method", "http verb", "safe method"),
        "HTTP methods say what the client wants done with a resource. The specification "
        "sorts them by two properties: safe (the request only reads) and idempotent "
        "(repeating it has the same effect on the server as sending it once).",
    ),
    "idempotency": Topic(
        ("idempoten",),
        "An operation is idempotent when performing it several times leaves the system in "
        "the same state as performing it once. It matters because networks force retries: "
        "if a retry cannot cause harm, a client can simply try again after a timeout.",
    ),
    "status-codes": Topic(
        ("status code", "http status", "4xx", "5xx", "2xx"),
        "HTTP status codes come in classes: 2xx success, 3xx redirection, 4xx a problem "
        "with the request the client sent, 5xx a failure on the server's side. Picking the "
        "class first usually narrows the choice a lot.",
    ),
    "rest": Topic(
        ("rest", "resource oriented", "endpoint design", "url design"),
        "Resource-oriented APIs name things with URLs and let the HTTP method carry the "
        "action. Good designs stay backward compatible: clients already deployed keep "
        "working when the API grows.",
    ),
    "caching": Topic(
        ("cache", "caching", "ttl"),
        "A cache keeps a copy of data closer to where it is read, trading freshness for "
        "speed. The hard parts are deciding when a copy is stale (expiry, invalidation) and "
        "what happens when many readers miss at the same time.",
    ),
    "http-caching": Topic(
        ("cache-control", "etag", "revalidat", "cdn"),
        "HTTP caching is driven by response headers: they say who may store a response, for "
        "how long, and whether it must be checked with the origin before reuse. A "
        "validator such as an ETag lets a cache ask 'has this changed?' cheaply.",
    ),
    "sql-joins": Topic(
        ("join", "left join", "inner join"),
        "A join combines rows of two tables that satisfy a condition. Inner joins keep only "
        "matching pairs; outer joins also keep unmatched rows from one side. Joining to a "
        "table with several matches per row multiplies rows, which can inflate sums.",
    ),
    "sql-grouping": Topic(
        ("group by", "aggregat", "count(", "sum("),
        "Aggregation collapses many rows into one per group and computes values such as "
        "counts and sums. SQL evaluates a query in stages: rows are filtered, then grouped, "
        "then groups can be filtered, then the result is sorted.",
    ),
    "sql-null": Topic(
        ("null",),
        "NULL in SQL means 'unknown', and SQL uses three-valued logic: comparisons with an "
        "unknown value are themselves unknown. That is why NULL needs dedicated operators.",
    ),
    "indexes": Topic(
        ("index", "indexes", "b-tree", "btree", "query plan", "explain"),
        "A B-tree index keeps values sorted so that the database can jump to matching rows "
        "instead of scanning the table. A multi-column index is sorted by its first column, "
        "then the next, like a phone book sorted by surname then first name. EXPLAIN shows "
        "whether a query actually uses an index.",
    ),
    "pagination": Topic(
        ("paginat", "offset", "cursor", "keyset"),
        "Pagination splits a long result into pages. Designs differ in how much work each "
        "page costs the database and in whether pages stay consistent while new rows arrive.",
    ),
    "transactions": Topic(
        ("transaction", "acid", "commit", "rollback"),
        "A transaction groups statements so that the database treats them as one unit. ACID "
        "names four guarantees a database can give around transactions; each letter "
        "addresses a different failure: partial work, invalid states, interference between "
        "concurrent transactions, and crashes.",
    ),
    "isolation": Topic(
        ("isolation level", "read committed", "repeatable read", "serializable", "snapshot"),
        "Isolation levels decide how much concurrent transactions can see of each other. "
        "Stronger levels rule out more anomalies, such as reading data that changes "
        "between two reads, at the cost of more waiting or more aborted transactions.",
    ),
    "concurrency": Topic(
        ("race condition", "lost update", "deadlock", "lock", "concurren"),
        "Concurrency bugs appear when two actors read and write shared data and the result "
        "depends on timing. Locks, atomic single-statement updates and version checks are "
        "the usual tools; locks bring their own risk when two actors wait on each other.",
    ),
    "passwords": Topic(
        ("password", "hashing", "hash", "salt"),
        "Stored credentials should survive a database leak: the goal is that an attacker "
        "who copies the table still cannot recover what users typed, and that each guess "
        "they try costs them real time.",
    ),
    "injection": Topic(
        ("sql injection", "injection"),
        "Injection happens when input is mixed into code, so that data can change the meaning "
        "of a query or a command. The cure keeps code and data in separate channels.",
    ),
    "auth": Topic(
        ("authentication", "authorization", "401", "403", "login"),
        "Authentication answers 'who are you?'; authorization answers 'may you do this?'. "
        "They fail differently, and APIs report the two failures with different responses.",
    ),
    "tokens": Topic(
        ("jwt", "token", "bearer"),
        "A signed token carries claims plus a signature. The signature proves who issued it "
        "and that nobody changed it; it does not hide the content and does not prove who is "
        "holding it.",
    ),
    "csrf": Topic(
        ("csrf", "cross site", "cross-site", "samesite", "cookie", "cors"),
        "Browsers attach cookies automatically, even to requests that another site causes. "
        "Cross-site protections decide which of those requests a server should trust; CORS, "
        "by contrast, controls which sites may read responses.",
    ),
    "reliability": Topic(
        ("timeout", "retry", "retries", "backoff", "jitter", "circuit breaker"),
        "Calls over a network can be slow, fail, or succeed without you hearing back. "
        "Timeouts bound the wait, retries recover from brief faults, and spacing retries out "
        "keeps a struggling service from being flooded.",
    ),
    "messaging": Topic(
        ("queue", "broker", "at least once", "at-least-once", "outbox", "event", "kafka"),
        "Message brokers decouple producers from consumers. Delivery guarantees are about "
        "failure cases: a message may be lost, or may arrive more than once, and the design "
        "has to make whichever can happen harmless.",
    ),
    "scaling": Topic(
        ("load balancer", "scale", "scaling", "stateless", "horizontal"),
        "Scaling out means running more copies of a service. It works best when servers are "
        "stateless, so that any copy can handle any request and a failed copy can be "
        "replaced without losing data.",
    ),
    "complexity": Topic(
        ("big o", "big-o", "complexity", "o(n", "o(1", "o(log"),
        "Big-O describes how cost grows with input size, ignoring constant factors. Count "
        "how many times the innermost step runs as the input doubles; nested loops over the "
        "same data usually multiply.",
    ),
    "python-data": Topic(
        ("dict", "dictionary", "list", "set", "tuple", "counter"),
        "Python's dict and set are hash tables: lookups and inserts take constant time on "
        "average. Lists keep order and allow duplicates; tuples are immutable sequences that "
        "can be dict keys and compare element by element.",
    ),
    "python-sorting": Topic(
        ("sort", "sorted", "key=", "lambda"),
        "`sorted` returns a new list and `list.sort` sorts in place; both accept a key "
        "function that maps each item to the value to compare. Sorting is stable, and tuple "
        "keys compare element by element, which is handy for tie-breaking.",
    ),
    "python-functions": Topic(
        ("generator", "yield", "decorator", "recursion", "recursive", "comprehension"),
        "Generators produce values lazily with `yield`, which keeps memory flat on large "
        "inputs. Decorators wrap a function in another function. Recursion needs a base "
        "case and, in Python, stays within a limited call depth.",
    ),
    "async": Topic(
        ("async", "await", "asyncio", "event loop", "gil", "thread"),
        "asyncio runs many tasks on one thread, switching at each `await`, so it suits "
        "waiting on I/O; a CPU-heavy function blocks every task. Threads in CPython share the "
        "GIL, so CPU-bound work needs processes to run in parallel.",
    ),
    "testing": Topic(
        ("test", "pytest", "unit test", "assert"),
        "A good test states one expectation, uses small explicit inputs, and covers the edges: "
        "empty input, one item, ties, and malformed data. pytest collects functions named "
        "`test_*` and reports the values in a failing assert.",
    ),
    "ml-metrics": Topic(
        ("precision", "recall", "accuracy", "auc", "f1", "confusion matrix", "imbalanc"),
        "Classification metrics answer different questions: of the cases flagged, how many "
        "were right; of the real cases, how many were caught. When one class is rare, a "
        "metric dominated by the common class can look excellent while missing what matters.",
    ),
    "ml-validation": Topic(
        ("leakage", "overfit", "cross validation", "validation", "train test", "split"),
        "Validation estimates how a model will do on data it has not seen. It is only honest "
        "if the validation data is truly unseen: no shared entities, no information from the "
        "future, and no features that would not exist at prediction time.",
    ),
    "ml-drift": Topic(
        ("drift", "retrain", "monitoring model", "distribution shift"),
        "Models learn from the past; when the inputs or the relationship between inputs and "
        "outcome change, performance decays. Monitoring input distributions and, once labels "
        "arrive, the metrics themselves shows when that happens.",
    ),
    "experiments": Topic(
        ("a/b", "ab test", "experiment", "p-value", "p value", "significan"),
        "An A/B test compares groups assigned at random. Its error rates only hold if the "
        "sample size and the analysis are fixed in advance and the assignment works as "
        "designed.",
    ),
}
"""Concepts by id; the help chat matches a message against each topic's triggers."""
