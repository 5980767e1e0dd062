"""The reconnecting candidate client shared by the watcher, the TUI and the language server.

`VivaClient` keeps one WebSocket to `/ws/session/{id}` open, reconnecting with jittered
backoff. File changes go through a durable `Outbox` first and are sent from there, each
as a diff against what the server already has or as whole content, with at most
`window` updates awaiting their ack; everything unacked is resent after a reconnect or a
restart (SPEC §5 Delivery). The candidate's answers (`submit_answer`) are kept in the same
outbox and sent after the updates, again after every reconnect or restart, until the server
grades them (`evaluation_result`) or refuses them for good (an `error` naming their
`interaction_id`). Other messages are sent at once or queued in memory until connected.

Exceptions:
    AuthRefused -- the server refused the token (close 4001 or 4003); retrying cannot help.
"""

from __future__ import annotations

import asyncio
import heapq
import inspect
import json
import logging
import random
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final, TypeVar

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException

from viva.diffs import make_diff, sha256_text
from viva.invite import Invite
from viva.outbox import Outbox, PendingUpdate
from viva.protocol import (
    Message,
    ProtocolError,
    ResponseSubmitted,
    encode,
    parse_server_frame,
    validate_path,
)

__all__ = ["AuthRefused", "ClientStatus", "VivaClient"]

logger = logging.getLogger("viva.client")

MAX_FRAME_BYTES: Final = 2 * 1024 * 1024
"""Largest frame the client accepts from the server."""
WINDOW: Final = 64
"""Updates sent but not yet acked, at most; a faster producer waits for acks."""
MAX_BACKOFF: Final = 10.0
"""Longest pause between reconnection attempts, in seconds."""
RATE_LIMITED_BACKOFF: Final = 5.0
"""Shortest pause after the server closed with 4008 (rate limited)."""
AUTH_TIMEOUT: Final = 10.0
"""Seconds to wait for `auth_success` after the handshake."""
MAX_REPAIRS: Final = 2
"""Whole-content resends of a path whose ack showed other content, before giving up."""
TRANSIENT_ERRORS: Final = frozenset({"store_unavailable", "rate_limited", "internal_error"})
"""Error codes after which an update is sent again; any other code refuses it for good."""
ANSWER_REFUSED: Final = frozenset({"already_answered", "unknown_interaction",
                                   "forbidden_interaction"})
"""Error codes that refuse an answer for good: it leaves the outbox (server/examining.py)."""
ANSWER_RETRY: Final = 2.0
"""First pause before an answer refused with a transient code is sent again; it doubles."""
MAX_ANSWER_RETRY: Final = 60.0
"""Longest pause between such resends on one connection."""

_REFUSED: Final = {4001: "authentication failed", 4003: "access denied"}

T = TypeVar("T")


class AuthRefused(Exception):
    """The server refused the token (close 4001 or 4003, or HTTP 401/403)."""

    def __init__(self, code: int, reason: str) -> None:
        what = _REFUSED.get(code, f"HTTP {code}")
        super().__init__(f"the server refused this invite ({what}"
                         + (f": {reason}" if reason else "") + "); ask for a new invite")
        self.code = code
        self.reason = reason


@dataclass(frozen=True, slots=True)
class ClientStatus:
    """What the client is doing, for status bars and log lines."""

    connected: bool = False
    pending: int = 0
    """Updates in the outbox, not yet acked."""
    answers: int = 0
    """Answers in the outbox, not yet graded or refused by the server."""
    last_error: str | None = None
    session_id: int | None = None
    retry_in: float | None = None
    """Seconds until the next connection attempt, while disconnected."""


class _Retry(Exception):
    """The connection ended; try again after at least `delay` seconds."""

    def __init__(self, message: str, delay: float = 0.0) -> None:
        super().__init__(message)
        self.delay = delay


async def _call(callback: Callable[[T], Awaitable[None] | None] | None, arg: T) -> None:
    if callback is None:
        return
    try:
        result = callback(arg)
        if inspect.isawaitable(result):
            await result
    except Exception:
        logger.exception("client callback %r failed", callback)


def _answer_key(interaction_id: int | str) -> str:
    """An interaction id as the outbox keeps it: decimal ids in their canonical spelling."""
    text = str(interaction_id).strip()
    return str(int(text)) if text.isascii() and text.isdecimal() else text


def _wire_id(key: str) -> int | str:
    """An outbox key as `response_submitted` sends it: a number when it is one."""
    return int(key) if key.isascii() and key.isdecimal() else key


class VivaClient:
    """A candidate connection that reconnects, and never loses a file update or an answer."""

    def __init__(self, invite: Invite, *, state_dir: Path, name: str = "client",
                 on_message: Callable[[Message], Awaitable[None] | None] | None = None,
                 on_status: Callable[[ClientStatus], Awaitable[None] | None] | None = None,
                 heartbeat_interval: float = 15.0, window: int = WINDOW) -> None:
        self.invite = invite
        self.name = name
        self.on_message = on_message
        self.on_status = on_status
        self.heartbeat_interval = heartbeat_interval
        self.window = window
        self._outbox = Outbox(state_dir)
        self._status = ClientStatus(pending=len(self._outbox), answers=len(self._outbox.answers()),
                                    session_id=invite.session_id)
        self._ws: ClientConnection | None = None
        self._connected = asyncio.Event()
        self._closing = asyncio.Event()
        self._fatal: AuthRefused | None = None
        self._drained = asyncio.Event()
        if not len(self._outbox):
            self._drained.set()
        self._wake = asyncio.Event()
        self._later: list[tuple[str, dict[str, Any]]] = []
        self._running: asyncio.Task[None] | None = None
        self._attempt = 0
        """Failed connection attempts since the last successful one."""
        # per connection: seqs waiting to be sent (a heap), seq -> "sent as a diff" for
        # updates awaiting their ack, and what the server will hold per path once the
        # updates sent so far are applied (absent: unknown, so send whole content).
        self._to_send: list[int] = []
        self._inflight: dict[int, bool] = {}
        self._base: dict[str, str] = {}
        self._repairs: dict[str, int] = {}
        # per connection: answers waiting to be sent (after the updates), and timers that
        # send again an answer the server could not take yet, with how often it could not.
        self._answers_due: list[str] = []
        self._answer_retries: dict[str, asyncio.TimerHandle] = {}
        self._answer_tries: dict[str, int] = {}

    # --- public ----------------------------------------------------------------------

    @property
    def status(self) -> ClientStatus:
        """Connection state, outbox size and the last error."""
        return self._status

    @property
    def client_id(self) -> str:
        """This client's persisted id (the outbox's)."""
        return self._outbox.client_id

    def server_files(self) -> dict[str, str]:
        """Last acked content per path: what the server has from this client."""
        return self._outbox.acked_files()

    def latest_files(self) -> dict[str, str]:
        """What the server will have once every pending update is acked."""
        return self._outbox.latest_files()

    def latest(self, path: str) -> str | None:
        """What the server will have for `path` once pending updates are acked."""
        return self._outbox.latest(path)

    async def run(self) -> None:
        """Connect, and reconnect after every failure, until `close()`; raise AuthRefused."""
        self._running = asyncio.current_task()
        try:
            while not self._closing.is_set():
                try:
                    await self._connect_once()
                    delay, error = 0.0, "connection closed"
                except _Retry as exc:
                    delay, error = exc.delay, str(exc)
                except AuthRefused as exc:
                    self._fatal = exc
                    await self._set_status(connected=False, last_error=str(exc), retry_in=None)
                    logger.error("%s: %s", self.name, exc)
                    raise
                if self._closing.is_set():
                    break
                if self._attempt or not delay:
                    delay = max(delay, 0.25 * 2 ** min(self._attempt, 8))
                delay = min(MAX_BACKOFF, delay) * random.uniform(0.6, 1.0)
                self._attempt += 1
                await self._set_status(connected=False, last_error=error, retry_in=delay)
                logger.info("%s: %s; retrying in %.1f s", self.name, error, delay)
                try:
                    await asyncio.wait_for(self._closing.wait(), delay)
                except TimeoutError:
                    pass
        finally:
            self._connected.clear()
            self._running = None

    async def close(self) -> None:
        """Stop reconnecting, close the connection and the outbox."""
        self._closing.set()
        self._cancel_answer_retries()
        ws = self._ws
        if ws is not None:
            await ws.close()
        task = self._running
        if task is not None and task is not asyncio.current_task():
            await asyncio.wait([task], timeout=5)
        self._outbox.close()

    async def wait_connected(self, timeout: float | None = None) -> None:
        """Wait until connected and authenticated; raise AuthRefused or TimeoutError."""
        if self._fatal:
            raise self._fatal
        waiter = asyncio.ensure_future(self._connected.wait())
        closing = asyncio.ensure_future(self._closing.wait())
        try:
            done, _ = await asyncio.wait([waiter, closing], timeout=timeout,
                                         return_when=asyncio.FIRST_COMPLETED)
        finally:
            waiter.cancel()
            closing.cancel()
        if self._fatal:
            raise self._fatal
        if waiter not in done:
            raise TimeoutError("not connected to the viva server")

    async def send_file(self, path: str, content: str) -> int | None:
        """Queue a file's new content durably and send it; None when nothing changed."""
        return (await self.send_many([(path, content)]))[0]

    async def delete_file(self, path: str) -> int | None:
        """Queue a file's deletion durably and send it; None when the server has no such file."""
        return (await self.send_many([(path, None)]))[0]

    async def send_many(self, updates: Iterable[tuple[str, str | None]]) -> list[int | None]:
        """Queue several updates (None content: a deletion) in one commit; their seqs."""
        results: list[int | None] = []
        latest: dict[str, str | None] = {}
        items: list[tuple[str, str | None]] = []
        for raw_path, content in updates:
            path = validate_path(raw_path)
            current = latest[path] if path in latest else self._outbox.latest(path)
            if content == current:
                results.append(None)
                continue
            latest[path] = content
            items.append((path, content))
            results.append(-1)
        # Updates of these paths that are not on the wire yet are superseded: coalesce.
        superseded = [u.seq for path in latest for u in self._outbox.pending_for(path)
                      if u.seq not in self._inflight]
        seqs = iter(self._outbox.enqueue_many(items, replace=superseded))
        results = [next(seqs) if r == -1 else None for r in results]
        if self._connected.is_set():
            for seq in results:
                if seq is not None:
                    heapq.heappush(self._to_send, seq)
            self._wake.set()
        if len(self._outbox):
            self._drained.clear()
        await self._set_status(pending=len(self._outbox))
        return results

    async def submit_answer(self, interaction_id: int | str, response: str) -> bool:
        """Keep the answer to a code question durably and send it; True if it went out now.

        It stays in the outbox, and is sent again after every reconnect or restart, until
        the server grades it or refuses it for good; a newer answer to the same question
        replaces one still waiting. Raises ValueError when the server could never take it
        (an answer over 20,000 characters).
        """
        ResponseSubmitted.model_validate({"interaction_id": interaction_id, "response": response})
        key = _answer_key(interaction_id)
        self._outbox.add_answer(key, response)
        self._cancel_answer_retry(key)
        self._answer_tries.pop(key, None)
        await self._set_status(answers=len(self._outbox.answers()))
        if not self._connected.is_set():
            return False
        if key not in self._answers_due:
            self._answers_due.append(key)
        self._wake.set()
        return True

    def pending_answers(self) -> dict[str, str]:
        """Answers not yet graded or refused, by interaction id (as text)."""
        return {a.interaction_id: a.response for a in self._outbox.answers()}

    async def send(self, type_: str, data: dict[str, Any] | None = None) -> None:
        """Send a message that needs no outbox now, or as soon as connected."""
        ws = self._ws
        if ws is not None and self._connected.is_set():
            try:
                await ws.send(encode(type_, data or {}))
                return
            except ConnectionClosed:
                pass
        self._later.append((type_, data or {}))

    async def drain(self, timeout: float) -> bool:
        """Wait until every update is acked; False when `timeout` passed first."""
        try:
            await asyncio.wait_for(self._drained.wait(), timeout)
        except TimeoutError:
            return False
        return True

    # --- connection ------------------------------------------------------------------

    async def _connect_once(self) -> None:
        try:
            ws = await connect(self.invite.ws_url, max_size=MAX_FRAME_BYTES, open_timeout=10,
                               close_timeout=2, ping_interval=20, ping_timeout=20)
        except InvalidStatus as exc:
            status = exc.response.status_code
            if status in (401, 403):
                raise AuthRefused(status, exc.response.body.decode(errors="replace")[:200]
                                  if exc.response.body else "") from None
            raise _Retry(f"server answered HTTP {status}") from None
        except (OSError, TimeoutError, WebSocketException) as exc:
            raise _Retry(f"cannot reach {self.invite.server}: {exc}") from None
        self._ws = ws
        if self._closing.is_set():  # close() ran while we were connecting
            await ws.close()
            return
        tasks: list[asyncio.Task[None]] = []
        try:
            await self._authenticate(ws)
            tasks = [asyncio.create_task(self._pump(ws)),
                     asyncio.create_task(self._heartbeat(ws))]
            async for raw in ws:
                await self._receive(raw)
        except ConnectionClosed:
            pass
        finally:
            self._ws = None
            self._connected.clear()
            self._cancel_answer_retries()  # every pending answer goes out after the reconnect
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await ws.close()
        code, reason = ws.close_code, ws.close_reason or ""
        if code in _REFUSED:
            raise AuthRefused(code, reason)
        if code == 4008:
            raise _Retry("rate limited by the server", RATE_LIMITED_BACKOFF)
        if not self._closing.is_set():
            raise _Retry("disconnected" + (f" ({code} {reason})".rstrip() if code else ""))

    async def _authenticate(self, ws: ClientConnection) -> None:
        try:
            raw = await asyncio.wait_for(ws.recv(), AUTH_TIMEOUT)
            msg = parse_server_frame(raw)
        except TimeoutError:
            raise _Retry("no auth_success from the server") from None
        except ProtocolError as exc:
            raise _Retry(f"bad first message from the server: {exc}") from None
        if msg.type != "auth_success":
            raise _Retry(f"expected auth_success, got {msg.type}")
        last = msg.data.acked.get(self.client_id)
        if last is not None:
            self._after_acks(self._outbox.ack_through(int(last)))
        self._inflight.clear()
        self._base = self._outbox.acked_files()
        self._to_send = [u.seq for u in self._outbox.pending()]  # sorted: a valid heap
        self._answers_due = [a.interaction_id for a in self._outbox.answers()]
        self._connected.set()
        self._attempt = 0
        await self._set_status(connected=True, last_error=None, retry_in=None,
                               session_id=msg.data.session_id or self.invite.session_id,
                               pending=len(self._outbox), answers=len(self._outbox.answers()))
        await _call(self.on_message, msg)
        later, self._later = self._later, []
        for type_, data in later:
            await ws.send(encode(type_, data))
        self._wake.set()

    async def _pump(self, ws: ClientConnection) -> None:
        """Send outbox updates in seq order, keeping at most `window` unacked, then answers.

        An answer waits for the updates queued before it, so the code it talks about
        reaches the server first.
        """
        while True:
            if self._to_send and len(self._inflight) < self.window:
                seq = heapq.heappop(self._to_send)
                update = self._outbox.get(seq)
                if update is None or seq in self._inflight:
                    continue  # acked meanwhile, or already on the wire
                frame, as_diff = self._frame(update)
                self._inflight[seq] = as_diff
                await ws.send(frame)
            elif self._answers_due and not self._to_send:
                answer = self._outbox.answer(self._answers_due.pop(0))
                if answer is not None:  # else graded or refused meanwhile
                    await ws.send(encode("response_submitted", {
                        "interaction_id": _wire_id(answer.interaction_id),
                        "response": answer.response}))
            else:
                self._wake.clear()
                await self._wake.wait()

    def _frame(self, update: PendingUpdate) -> tuple[str, bool]:
        data: dict[str, Any] = {"path": update.path, "seq": update.seq,
                                "client_id": self.client_id, "ts": update.ts}
        if update.content is None:
            self._base.pop(update.path, None)
            return encode("file_deleted", data), False
        content = update.content
        data["sha256"] = sha256_text(content)
        base = None if update.whole else self._base.get(update.path)
        self._base[update.path] = content
        if base is not None:
            diff = make_diff(base, content, update.path)
            if diff and len(diff) < len(content):
                data.update(diff=diff, base_sha256=sha256_text(base))
                return encode("code_update", data), True
        data["content"] = content
        return encode("code_update", data), False

    async def _heartbeat(self, ws: ClientConnection) -> None:
        while True:
            await asyncio.sleep(self.heartbeat_interval)
            await ws.send(encode("heartbeat"))

    async def _receive(self, raw: str | bytes) -> None:
        try:
            msg = parse_server_frame(raw)
        except ProtocolError as exc:
            logger.warning("%s: ignoring a frame from the server: %s", self.name, exc)
            return
        try:
            if msg.type == "ack" and msg.data.client_id == self.client_id:
                self._acked(msg.data.seq, msg.data.sha256)
            elif msg.type == "resync":
                self._resync(msg.data.path)
            elif msg.type == "evaluation_result":
                self._answer_done(msg.data.interaction_id)
            elif msg.type == "error":
                self._refused(raw, msg)
        except Exception:
            logger.exception("%s: could not handle %s from the server", self.name, msg.type)
        await _call(self.on_message, msg)
        if msg.type in ("ack", "resync", "error", "evaluation_result"):
            await self._set_status(pending=len(self._outbox), answers=len(self._outbox.answers()))

    def _acked(self, seq: int, server_sha: str | None) -> None:
        """Record an ack; if the server's copy is not what we sent, send it whole again."""
        self._inflight.pop(seq, None)
        done = self._outbox.ack([seq])
        self._wake.set()
        if done and self._differs(done[0], server_sha):
            self._repair(done[0])
        self._after_acks(done)

    def _differs(self, update: PendingUpdate, server_sha: str | None) -> bool:
        ours = sha256_text(update.content) if update.content is not None else None
        if (server_sha is None and ours is not None) or server_sha == ours:
            self._repairs.pop(update.path, None)
            return False  # it matches, or the server did not say what it holds
        # a later update of this path, if any, will be checked instead
        return not self._outbox.pending_for(update.path)

    def _repair(self, update: PendingUpdate) -> None:
        # An ack for a seq the server counted as stored without storing it (e.g. a resend
        # at or below its high-water mark): make the server's copy ours again.
        tries = self._repairs.get(update.path, 0)
        if tries >= MAX_REPAIRS:
            logger.warning("%s: the server keeps another version of %s; leaving it",
                           self.name, update.path)
            return
        self._repairs[update.path] = tries + 1
        self._base.pop(update.path, None)
        heapq.heappush(self._to_send, self._outbox.enqueue(
            update.path, update.content, whole=True, ts=update.ts))

    def _resync(self, path: str) -> None:
        """The server's copy of `path` is not our base: send its latest content whole.

        The refused seqs are replaced by one new seq: a server that counts seqs by a
        high-water mark would take a resend of a refused seq, once a later one is stored,
        for a duplicate.
        """
        self._base.pop(path, None)
        pending = self._outbox.pending_for(path)
        if not any(self._inflight.get(u.seq) for u in pending):
            return  # no diff of ours is waiting: an answer to one we already replaced
        stale = [u.seq for u in pending if self._inflight.get(u.seq, True)]
        for seq in stale:
            self._inflight.pop(seq, None)
        latest = pending[-1]
        heapq.heappush(self._to_send, self._outbox.enqueue(
            path, latest.content, replace=stale, whole=True, ts=latest.ts))
        self._wake.set()

    def _refused(self, raw: str | bytes, msg: Message) -> None:
        """An error; when it names one of our updates or answers, retry it later or give it up."""
        try:
            data = json.loads(raw).get("data", {})
            seq, interaction_id = data.get("seq"), data.get("interaction_id")
        except (ValueError, AttributeError):
            seq = interaction_id = None
        if isinstance(interaction_id, (int, str)) and not isinstance(interaction_id, bool):
            self._answer_refused(_answer_key(interaction_id), msg)
            return
        if not isinstance(seq, int) or seq not in self._inflight:
            logger.warning("%s: server error %s: %s", self.name, msg.data.code, msg.data.error)
            return
        del self._inflight[seq]
        if msg.data.code in TRANSIENT_ERRORS:
            loop = asyncio.get_running_loop()
            loop.call_later(1.0, self._requeue, seq)
            return
        dropped = self._outbox.drop([seq])
        for update in dropped:
            self._base.pop(update.path, None)
            logger.warning("%s: the server refused %s (%s): %s", self.name, update.path,
                           msg.data.code, msg.data.error)
        self._after_acks(dropped)
        self._wake.set()

    def _requeue(self, seq: int) -> None:
        if self._outbox.get(seq) is not None and self._connected.is_set():
            heapq.heappush(self._to_send, seq)
            self._wake.set()

    def _answer_done(self, interaction_id: int | str) -> None:
        """The server graded or refused for good the answer to this question: forget it."""
        key = _answer_key(interaction_id)
        self._cancel_answer_retry(key)
        self._answer_tries.pop(key, None)
        self._outbox.remove_answer(key)

    def _answer_refused(self, key: str, msg: Message) -> None:
        """An answer refused: for good (it leaves the outbox), or for now (sent again later)."""
        if self._outbox.answer(key) is None:
            logger.warning("%s: server error %s: %s", self.name, msg.data.code, msg.data.error)
            return
        if msg.data.code in ANSWER_REFUSED:
            self._answer_done(key)
            logger.warning("%s: the server refused the answer to question %s (%s): %s",
                           self.name, key, msg.data.code, msg.data.error)
            return
        # Anything else (the examiner or the database not available) may pass: send it
        # again later on this connection, less and less often; and after every reconnect.
        tries = self._answer_tries.get(key, 0)
        self._answer_tries[key] = tries + 1
        delay = min(MAX_ANSWER_RETRY, ANSWER_RETRY * 2 ** min(tries, 8))
        self._cancel_answer_retry(key)
        self._answer_retries[key] = asyncio.get_running_loop().call_later(
            delay, self._retry_answer, key)
        logger.warning("%s: the server could not take the answer to question %s yet (%s); "
                       "sending it again in %.0f s", self.name, key, msg.data.code, delay)

    def _retry_answer(self, key: str) -> None:
        self._answer_retries.pop(key, None)
        if (self._outbox.answer(key) is not None and self._connected.is_set()
                and key not in self._answers_due):
            self._answers_due.append(key)
            self._wake.set()

    def _cancel_answer_retry(self, key: str) -> None:
        handle = self._answer_retries.pop(key, None)
        if handle is not None:
            handle.cancel()

    def _cancel_answer_retries(self) -> None:
        for handle in self._answer_retries.values():
            handle.cancel()
        self._answer_retries.clear()

    def _after_acks(self, done: list[PendingUpdate]) -> None:
        # Called with acked or dropped updates: the outbox may just have emptied.
        if done and not len(self._outbox):
            self._drained.set()

    async def _set_status(self, **changes: Any) -> None:
        new = replace(self._status, **changes)
        if new != self._status:
            self._status = new
            await _call(self.on_status, new)
