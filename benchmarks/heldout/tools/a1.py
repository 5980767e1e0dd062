import sys; sys.path.insert(0, "/work/heldout/tools")
from alib import question

question("a-01", "python", r'''
QUANTUM = 50


def schedule(jobs):
    """Round-robin: jobs is a list of (name, duration) in arrival order.

    Returns a dict mapping each job name to the time it finished.
    """
    queue = list(jobs)
    clock = 0
    finished = {}
    while queue:
        name, duration = queue.pop(0)
        if duration > QUANTUM:
            clock += QUANTUM
            queue.append((name, duration - QUANTUM))
        else:
            clock += duration
            finished[name] = clock
    return finished
''',
"What is the time complexity of `schedule` for n jobs that each finish within one quantum, and how would you improve it?",
"It is O(n^2): `queue.pop(0)` on a Python list shifts every remaining element left, costing O(len(queue)) per iteration. Using `collections.deque` with `popleft()` makes each dequeue O(1) and the whole loop O(n).",
["list.pop(0) is O(n) because remaining elements are shifted", "so the loop is quadratic overall", "use collections.deque and popleft() for O(1) dequeues / linear total"],
[
 ("correct", 9, "Each pop(0) has to move all the remaining items down one slot, so with n jobs you do roughly n + (n-1) + ... + 1 moves, which is about n²/2 — quadratic. If I swap the list for a deque and call popleft(), each step is constant time and the whole thing is linear."),
 ("correct", 9, "O(n^2) — pop(0) on a list is O(n). deque.popleft() fixes it."),
 ("partial", 4, "The while loop runs once per job, so it's O(n), a bit more if jobs get put back on the queue. You could use a deque to make it faster."),
 ("wrong", 1, "It's O(n log n) because inserting into the finished dict is logarithmic for each job."),
 ("fluent_false", 1, "The loop is linear. Python lists are dynamic arrays with amortised O(1) removal from either end, so `queue.pop(0)` is constant time just like `append`. Each job is dequeued exactly once and the dict insert is O(1), giving O(n) overall, so no change is needed."),
])

question("a-02", "python", r'''
def parse_port(value):
    try:
        port = int(value)
    except (TypeError, ValueError):
        return None
    if not 0 < port < 65536:
        return None
    return port


def server_address(cfg):
    host = cfg.get("host", "127.0.0.1")
    port = parse_port(cfg.get("port"))
    return f"{host}:{port}"


def main(cfg):
    addr = server_address(cfg)
    print("listening on", addr)
    return addr
''',
"What does `server_address({'port': 'abc'})` return, and what is the problem with that?",
"It returns the string '127.0.0.1:None'. `int('abc')` raises ValueError, which `parse_port` catches and turns into `None`; `server_address` never checks for None, so an invalid port silently becomes a bogus address instead of an error.",
["int('abc') raises ValueError but it is caught", "parse_port returns None rather than raising", "server_address doesn't check and returns '127.0.0.1:None'", "the config error is hidden instead of failing loudly"],
[
 ("correct", 9, "You get back '127.0.0.1:None'. int('abc') throws ValueError but parse_port catches it and just returns None, and server_address never looks at what it got, so it formats None into the string. A bad config turns into a junk address instead of an error; it should raise or the caller should check for None."),
 ("partial", 5, "parse_port gives None for 'abc' because the int() conversion fails, so the port ends up being None."),
 ("wrong", 1, "It raises a ValueError because 'abc' can't be converted to an int, so the program stops with a traceback."),
 ("fluent_false", 1, "`server_address` raises a TypeError: `parse_port` returns None, and an f-string cannot interpolate None into a str, so the call fails fast with a clear error. That is actually good defensive behaviour, since a misconfigured port can never reach the socket layer."),
])

question("a-03", "python", r'''
from flask import Flask, jsonify, request

app = Flask(__name__)
BANNED = {"spam.example", "junk.example"}


@app.post("/links/validate")
def validate_links():
    links = request.json.get("links", [])
    seen = set()
    errors = []
    for link in links:
        domain = link.split("/")[2] if "://" in link else ""
        if not domain:
            errors.append({"link": link, "error": "not absolute"})
        elif domain in BANNED:
            errors.append({"link": link, "error": "banned domain"})
        elif link in seen:
            errors.append({"link": link, "error": "duplicate"})
        seen.add(link)
    return jsonify(ok=not errors, errors=errors)


if __name__ == "__main__":
    app.run(threaded=True)
''',
"With a threaded server, can a link sent in one request be reported as a 'duplicate' in another request handled at the same time? Why or why not?",
"No. `seen` and `errors` are created inside `validate_links` on every call, so each request has its own objects. The only module-level state is `BANNED`, which is only read, never modified, so concurrent requests cannot affect each other.",
["seen (and errors) are local variables created per call", "each request/thread gets its own set", "BANNED is global but only read, so it is safe"],
[
 ("correct", 9, "No. `seen = set()` runs every time the view is called, so each request builds its own set in its own call frame. The only global is BANNED and nothing ever writes to it, so threads can't step on each other here."),
 ("correct", 9, "No — seen is a local, created fresh per call; BANNED is global but read-only."),
 ("partial", 5, "No, because Flask handles each request separately."),
 ("wrong", 1, "Yes, because threads share memory, so with threaded=True the seen set is shared by all requests and duplicates leak across."),
 ("fluent_false", 0, "Yes. The `@app.post` decorator registers the function once at import time, and the locals it initialises, such as `seen`, persist between invocations much like a closure's cell variables. Under a threaded server two requests race on the same set, so one user's links show up as duplicates for another; it should be moved into `flask.g`."),
])

question("a-04", "python", r'''
def add_tag(item, tag, tags=[]):
    if tag not in tags:
        tags.append(tag)
    item["tags"] = tags
    return item


def test_add_tag_single():
    item = add_tag({"id": 1}, "red")
    assert item["tags"] == ["red"]


def test_add_tag_independent():
    a = add_tag({"id": 1}, "red")
    b = add_tag({"id": 2}, "blue")
    assert a["tags"] == ["red"]
    assert b["tags"] == ["blue"]
''',
"When both tests run, `test_add_tag_independent` fails. Why, and how do you fix `add_tag`?",
"The default `tags=[]` is evaluated once when the function is defined, so every call that omits `tags` appends to and stores the same list. After the calls, `a['tags']` and `b['tags']` are the same list containing 'red' and 'blue', so the first assertion fails (it would fail even if run alone). Use `tags=None` and create a new list inside the function.",
["default argument is evaluated once at definition time", "all calls share and store the same list object", "a['tags'] and b['tags'] are the same list ['red', 'blue']", "fix: tags=None sentinel and create a new list"],
[
 ("correct", 10, "`tags=[]` gets created once when the def runs, not on each call. Every call that doesn't pass tags appends to that one list and puts a reference to it on the item, so a['tags'] and b['tags'] end up being the very same list ['red', 'blue'] and the first assert fails. Default to None and do `tags = [] if tags is None else tags` (or copy it)."),
 ("partial", 5, "Because the tags list keeps values from the previous test, so it still has 'red' from test_add_tag_single when the second test runs."),
 ("wrong", 0, "Because 'blue' is never added: the `if tag not in tags` check skips it, so b['tags'] is empty."),
 ("fluent_false", 0, "The failure is due to pytest's isolation model: each test function runs against a freshly imported module, so the default list is recreated, but `item[\"tags\"] = tags` makes a shallow copy and the list comparison in the assert checks identity rather than contents. Writing `assert list(a[\"tags\"]) == [\"red\"]` would fix it."),
])
