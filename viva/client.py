"""The reconnecting candidate client shared by the watcher, the TUI and the language server.

`VivaClient` keeps one WebSocket to `/ws/session/{id}` open, reconnecting with jittered
backoff. File changes go through a durable `Outbox` first and are sent from there, each
as a diff against what the server already has or as whole content, with at most
`window` updates awaiting their ack; everything unacked is resent after a reconnect or a
restart (SPEC §5 Delivery). Other messages are sent at once or queued until connected.

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
from viva.protocol import Message, ProtocolError, encode, parse_server_frame, validate_path

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


class VivaClient:
    """A candidate connection that reconnects, and never loses a file update."""

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
        self._status = ClientStatus(pending=len(self._outbox), session_id=invite.session_id)
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
        self._connected.set()
        self._attempt = 0
        await self._set_status(connected=True, last_error=None, retry_in=None,
                               session_id=msg.data.session_id or self.invite.session_id,
                               pending=len(self._outbox))
        await _call(self.on_message, msg)
        later, self._later = self._later, []
        for type_, data in later:
            await ws.send(encode(type_, data))
        self._wake.set()

    async def _pump(self, ws: ClientConnection) -> None:
        """Send outbox updates in seq order, keeping at most `window` unacked."""
        while True:
            while not self._to_send or len(self._inflight) >= self.window:
                self._wake.clear()
                await self._wake.wait()
            seq = heapq.heappop(self._to_send)
            update = self._outbox.get(seq)
            if update is None or seq in self._inflight:
                continue  # acked meanwhile, or already on the wire
            frame, as_diff = self._frame(update)
            self._inflight[seq] = as_diff
            await ws.send(frame)

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
            elif msg.type == "error":
                self._refused(raw, msg)
        except Exception:
            logger.exception("%s: could not handle %s from the server", self.name, msg.type)
        await _call(self.on_message, msg)
        if msg.type in ("ack", "resync", "error"):
            await self._set_status(pending=len(self._outbox))

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
        """An error; when it names one of our updates, retry it later or give it up."""
        try:
            data = json.loads(raw).get("data", {})
            seq = data.get("seq")
        except (ValueError, AttributeError):
            seq = None
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

    def _after_acks(self, done: list[PendingUpdate]) -> None:
        # Called with acked or dropped updates: the outbox may just have emptied.
        if done and not len(self._outbox):
            self._drained.set()

    async def _set_status(self, **changes: Any) -> None:
        new = replace(self._status, **changes)
        if new != self._status:
            self._status = new
            await _call(self.on_status, new)
