import sys; sys.path.insert(0, "/work/heldout/tools")
from alib import question

question("a-05", "python", r'''
import json
import socket


def send_metrics(host, port, metrics):
    sock = socket.create_connection((host, port), timeout=5)
    payload = json.dumps(metrics).encode()
    if len(payload) > 65_000:
        raise ValueError("payload too large")
    sock.sendall(payload)
    reply = sock.recv(1024)
    sock.close()
    return reply == b"OK"


def flush(host, port, buffer):
    ok = send_metrics(host, port, buffer)
    if ok:
        buffer.clear()
    return ok
''',
"Is the socket in `send_metrics` always closed? Walk through the paths.",
"No, only on the success path. If the payload is too large the ValueError is raised after connecting, and if `json.dumps`, `sendall` or `recv` raise (e.g. timeout, connection reset), `sock.close()` is skipped, leaving the socket open until garbage collection. Use `with socket.create_connection(...) as sock:` or try/finally, and check the size before connecting.",
["closed only on the normal path", "the too-large ValueError is raised after the socket is open", "exceptions from sendall/recv (timeouts) skip close()", "fix with a with-block or try/finally"],
[
 ("correct", 9, "Only when everything works. The 'payload too large' ValueError is raised after the connection is already open, and a timeout or reset in sendall/recv also jumps past sock.close(), so in those cases the socket just hangs around until the GC collects it. I'd wrap it in `with socket.create_connection(...) as sock:` and do the size check before connecting at all."),
 ("correct", 8, "No — the ValueError and any timeout in sendall/recv skip close(). Use `with`."),
 ("partial", 6, "No, if recv times out an exception is thrown and close() is never reached. It should use try/finally."),
 ("wrong", 1, "Yes, close() is called at the end right before the return, so the socket is always closed."),
 ("fluent_false", 1, "Yes. The object returned by `socket.create_connection` is a context-managed socket, so Python closes it automatically as soon as an exception propagates out of the function; the explicit `sock.close()` only covers the normal path. There is no way for it to leak."),
])

question("a-06", "python", r'''
import asyncio

import aiohttp


async def fetch_status(session, url):
    async with session.get(url) as resp:
        return url, resp.status


async def check_all(urls, limit=10):
    sem = asyncio.Semaphore(limit)

    async def guarded(url):
        async with sem:
            return await fetch_status(session, url)

    async with aiohttp.ClientSession() as session:
        coros = [guarded(u) for u in urls]
        results = await asyncio.gather(*coros, return_exceptions=True)
    return {r[0]: r[1] for r in results if not isinstance(r, Exception)}
''',
"Are the coroutines in `coros` ever awaited, and how many HTTP requests can be in flight at once?",
"Yes. The list comprehension only creates coroutine objects, but `asyncio.gather` schedules all of them as tasks and awaits them together. They run concurrently, limited by the semaphore to at most `limit` (10 by default) requests inside `fetch_status` at any moment.",
["the list only creates coroutine objects; gather awaits them all", "they run concurrently, not one by one", "the semaphore caps in-flight requests at limit (10)"],
[
 ("correct", 9, "Yes. Building the list doesn't run anything, it just makes coroutine objects, but gather turns each into a task and waits for all of them. They run concurrently, though the semaphore only lets `limit` of them (10 by default) be inside fetch_status at the same time."),
 ("partial", 5, "They're awaited by gather, so all of the requests go out at the same time in parallel."),
 ("wrong", 1, "No, they are never awaited. The list comprehension creates coroutines and nothing awaits them individually, so Python will warn 'coroutine was never awaited' and no requests are made."),
 ("fluent_false", 1, "They are awaited, but one at a time: `asyncio.gather` iterates over its arguments and awaits each coroutine sequentially so that the results keep their order. That means only one request is ever in flight and the semaphore is redundant; to get real concurrency you'd need `asyncio.create_task` for each URL."),
])

question("a-07", "python", r'''
ALLOWED_TABLES = {"orders", "refunds"}


def export_rows(conn, table, since, status=None):
    """Export rows from one of the allowed tables (psycopg2 connection)."""
    if table not in ALLOWED_TABLES:
        raise ValueError(f"unknown table {table!r}")
    sql = f"SELECT id, amount, status, created_at FROM {table} WHERE created_at >= %s"
    params = [since]
    if status:
        sql += " AND status = %s"
        params.append(status)
    sql += " ORDER BY id"
    with conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()
''',
"Can a caller who controls `table`, `since` and `status` inject SQL through `export_rows`?",
"No. The only value interpolated into the string is `table`, and it must be one of two hard-coded names in `ALLOWED_TABLES`. `since` and `status` are passed separately in `params`; the `%s` markers are driver placeholders, not Python formatting, so psycopg2 quotes them safely. The `+=` only appends constant text.",
["table is checked against a fixed whitelist before interpolation", "%s are DB-API placeholders, values go in params", "the concatenation only adds constant SQL fragments"],
[
 ("correct", 9, "No. The only thing spliced into the string is `table`, and it has to be one of the two hard-coded names. `since` and `status` never touch the string: the %s bits are psycopg placeholders and the actual values travel in `params`, which the driver escapes."),
 ("partial", 4, "since and status are safe because they're passed as parameters, but the table name goes in through an f-string, so that part is an injection risk."),
 ("wrong", 1, "Yes, `%s` is Python string formatting, so status is substituted straight into the SQL text."),
 ("fluent_false", 0, "Yes. Although `%s` looks like a placeholder, because the query is assembled with `+=` the driver receives an already-built string and falls back to client-side interpolation without escaping, so a status like `' OR 1=1 --` gets executed. Only a single literal query string can be safely parameterised."),
])

question("a-08", "python", r'''
import logging

import requests

log = logging.getLogger(__name__)


def fetch_open_invoices(api_url, customer_id):
    try:
        resp = requests.get(
            f"{api_url}/customers/{customer_id}/invoices",
            params={"status": "open"},
            timeout=5,
        )
        resp.raise_for_status()
        return resp.json()["invoices"]
    except Exception:
        log.debug("invoice lookup failed for %s", customer_id)
        return []


def can_close_account(api_url, customer_id):
    return len(fetch_open_invoices(api_url, customer_id)) == 0
''',
"What does `can_close_account` return if the invoice API is down or returns HTTP 500, and why is that a problem?",
"It returns True. The connection error, timeout or HTTPError from `raise_for_status()` is caught by the broad `except Exception`, logged only at debug level, and turned into `[]`, so an outage is indistinguishable from 'no open invoices' and accounts with unpaid invoices could be closed. The error should propagate (or be returned distinctly) instead.",
["the broad except swallows connection errors / HTTPError", "the function returns [] on failure", "can_close_account therefore returns True during an outage", "failure looks like success; should re-raise or signal the error"],
[
 ("correct", 10, "The request raises (connection error, timeout, or the HTTPError from raise_for_status), the catch-all except eats it with just a debug log and returns []. So can_close_account says True — an outage looks exactly like 'this customer owes nothing', and we'd close accounts that still have open invoices."),
 ("correct", 8, "Returns [] on any error → can_close_account is True during an outage. Swallowed exception; let it raise."),
 ("partial", 4, "The exception is caught and it returns an empty list, so the program doesn't crash when the API is down."),
 ("wrong", 1, "requests.get raises a ConnectionError, which propagates up and crashes can_close_account."),
 ("fluent_false", 1, "Nothing dangerous happens: `raise_for_status()` converts the outage into an HTTPError, and since the handler logs it and returns an empty list, `can_close_account` receives a falsy value and returns False. The account is therefore safely kept open until the API recovers."),
])
