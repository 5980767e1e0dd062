"""The reconnecting candidate client shared by the watcher, the TUI and the language server.

`VivaClient` keeps one WebSocket to `/ws/session/{id}` open, reconnecting with jittered
backoff. File changes go through a durable `Outbox` first and are sent from there by an
`UpdateSender` (viva/delivery.py), at most `window` awaiting their ack; everything unacked
is resent after a reconnect or a restart (SPEC §5 Delivery). The candidate's answers
(`submit_answer`) are kept in the same outbox and sent after the updates by an
`AnswerSender` (viva/answers.py), again after every reconnect or restart, until the server
grades them or refuses them for good. Other messages are sent at once or queued in memory
until connected.

Exceptions:
    AuthRefused -- the server refused the token (close 4001 or 4003); retrying cannot help.
"""

from __future__ import annotations

import asyncio
import contextlib
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

from viva.answers import AnswerSender
from viva.delivery import WINDOW, UpdateSender
from viva.invite import Invite
from viva.outbox import Outbox
from viva.protocol import (
    REFUSED_CLOSE_CODES,
    CloseCode,
    Message,
    ProtocolError,
    encode,
    parse_server_frame,
)
from viva.refusal import Refusal

__all__ = ["AuthRefused", "ClientStatus", "VivaClient"]

logger = logging.getLogger("viva.client")

MAX_FRAME_BYTES: Final = 2 * 1024 * 1024
"""Largest frame the client accepts from the server."""
MAX_BACKOFF: Final = 10.0
"""Longest pause between reconnection attempts, in seconds."""
RATE_LIMITED_BACKOFF: Final = 5.0
"""Shortest pause after the server closed with 4008 (rate limited)."""
AUTH_TIMEOUT: Final = 10.0
"""Seconds to wait for `auth_success` after the handshake."""

T = TypeVar("T")


class AuthRefused(Exception):
    """The server refused the token (close 4001 or 4003, or HTTP 401/403); its text is the
    one line that tells the candidate what to do (`viva.refusal`)."""

    def __init__(self, code: int, reason: str, *, token: str | None = None) -> None:
        self.refusal = Refusal.of(code, reason, token=token)
        super().__init__(self.refusal.line)
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
        self._wake = asyncio.Event()
        self._updates = UpdateSender(self._outbox, name=name, wake=self._wake,
                                     connected=self._connected)
        self._answers = AnswerSender(self._outbox, name=name, wake=self._wake,
                                     connected=self._connected)
        self._later: list[tuple[str, dict[str, Any]]] = []
        self._running: asyncio.Task[None] | None = None
        self._attempt = 0
        """Failed connection attempts since the last successful one."""

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
                    # every caller says it to the candidate, once: logged here for the record only
                    logger.info("%s: refused: %s", self.name, exc)
                    raise
                if self._closing.is_set():
                    break
                if self._attempt or not delay:
                    delay = max(delay, 0.25 * 2 ** min(self._attempt, 8))
                delay = min(MAX_BACKOFF, delay) * random.uniform(0.6, 1.0)
                self._attempt += 1
                await self._set_status(connected=False, last_error=error, retry_in=delay)
                logger.info("%s: %s; retrying in %.1f s", self.name, error, delay)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._closing.wait(), delay)
        finally:
            self._connected.clear()
            self._running = None

    async def close(self) -> None:
        """Stop reconnecting, close the connection and the outbox."""
        self._closing.set()
        self._answers.cancel_retries()
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
        results = self._updates.enqueue_many(updates)
        await self._set_status(pending=len(self._outbox))
        return results

    async def submit_answer(self, interaction_id: int | str, response: str) -> bool:
        """Keep the answer to a code question durably and send it; True if it went out now.

        It stays in the outbox, and is sent again after every reconnect or restart, until
        the server grades it or refuses it for good; a newer answer to the same question
        replaces one still waiting. Raises ValueError when the server could never take it
        (an answer over 20,000 characters).
        """
        key = self._answers.keep(interaction_id, response)
        await self._set_status(answers=len(self._outbox.answers()))
        return self._answers.send_now(key)

    def pending_answers(self) -> dict[str, str]:
        """Answers not yet graded or refused, by interaction id (as text)."""
        return self._answers.pending()

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
            await asyncio.wait_for(self._updates.drained.wait(), timeout)
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
                                  if exc.response.body else "", token=self.invite.token) from None
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
            self._answers.cancel_retries()  # every pending answer goes out after the reconnect
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await ws.close()
        code, reason = ws.close_code, ws.close_reason or ""
        if code in REFUSED_CLOSE_CODES:
            raise AuthRefused(code, reason, token=self.invite.token)
        if code == CloseCode.RATE_LIMITED:
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
        self._updates.restart(None if last is None else int(last))
        self._answers.restart()
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
            frame = self._updates.next_frame(self.window)
            if frame is None and not self._updates.queued:
                frame = self._answers.next_frame()
            if frame is not None:
                await ws.send(frame)
            else:
                self._wake.clear()
                await self._wake.wait()

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
                self._updates.acked(msg.data.seq, msg.data.sha256)
            elif msg.type == "resync":
                self._updates.resync(msg.data.path)
            elif msg.type == "evaluation_result":
                self._answers.done(msg.data.interaction_id)
            elif msg.type == "error":
                self._refused(raw, msg)
        except Exception:
            logger.exception("%s: could not handle %s from the server", self.name, msg.type)
        await _call(self.on_message, msg)
        if msg.type in ("ack", "resync", "error", "evaluation_result"):
            await self._set_status(pending=len(self._outbox), answers=len(self._outbox.answers()))

    def _refused(self, raw: str | bytes, msg: Message) -> None:
        """An error: hand it to the answers when it names an interaction, else to the updates."""
        try:
            data = json.loads(raw).get("data", {})
            seq, interaction_id = data.get("seq"), data.get("interaction_id")
        except (ValueError, AttributeError):
            seq = interaction_id = None
        if isinstance(interaction_id, (int, str)) and not isinstance(interaction_id, bool):
            self._answers.refused(interaction_id, msg)
        else:
            self._updates.refused(seq, msg)

    async def _set_status(self, **changes: Any) -> None:
        new = replace(self._status, **changes)
        if new != self._status:
            self._status = new
            await _call(self.on_status, new)
