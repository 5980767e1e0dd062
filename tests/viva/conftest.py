"""A small candidate-channel peer for the client's protocol edge cases.

It speaks SPEC §5's delivery rules (resync on a wrong base, the `acked` map, acks that
carry the stored file's SHA-256) and can be told to misbehave: refuse the token, hold acks
back, refuse updates or answers with an error, close mid-stream. Like the real server it counts seqs
by a high-water mark per client: a seq at or below the highest stored one is acked as a
duplicate. The full server is covered by the watcher's end-to-end tests.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pytest
from websockets.asyncio.server import ServerConnection, serve
from websockets.http11 import Response

from viva.diffs import apply_diff, sha256_text
from viva.invite import Invite

TOKEN = "header.payload.signature"


@dataclass
class SessionPeer:
    """The server side of one candidate session."""

    files: dict[str, str] = field(default_factory=dict)
    stored: dict[tuple[str, int], str | None] = field(default_factory=dict)
    last_seq: dict[str, int] = field(default_factory=dict)
    received: list[dict[str, Any]] = field(default_factory=list)
    close_code: int | None = None
    """Close every new connection with this code right after the handshake."""
    http_status: int | None = None
    """Refuse the handshake with this HTTP status."""
    refuse: dict[str, str] = field(default_factory=dict)
    """Answer updates of these paths with an error of this code instead of storing them."""
    hold_acks: bool = False
    """Store updates but keep their acks in `held` until `release()`."""
    held: list[tuple[ServerConnection, dict[str, Any]]] = field(default_factory=list)
    answer_errors: list[str] = field(default_factory=list)
    """Refuse the next answers with these error codes, one each, before grading any."""
    graded: dict[str, str] = field(default_factory=dict)
    """Answers taken, by interaction id: a second one to the same question is refused."""
    connections: int = 0
    port: int = 0
    _live: set[ServerConnection] = field(default_factory=set)

    @property
    def invite(self) -> Invite:
        return Invite(server=f"http://127.0.0.1:{self.port}", token=TOKEN, session_id=7)

    def of_type(self, type_: str) -> list[dict[str, Any]]:
        return [m["data"] for m in self.received if m["type"] == type_]

    async def release(self) -> None:
        """Send the held acks and stop holding them."""
        self.hold_acks = False
        held, self.held = self.held, []
        for ws, ack in held:
            await self._ack(ws, ack)

    async def drop_all(self) -> None:
        for ws in list(self._live):
            await ws.close(1012, "restarting")

    def _reject(self, conn: ServerConnection, request: Any) -> Response | None:
        if self.http_status:
            return conn.respond(self.http_status, "refused\n")
        return None

    async def handler(self, ws: ServerConnection) -> None:
        self.connections += 1
        if self.close_code:
            await ws.close(self.close_code, "token refused")
            return
        self._live.add(ws)
        await ws.send(json.dumps({"type": "auth_success", "data": {
            "user_id": "ana", "session_id": 7, "connection_id": "c1", "timestamp": "now",
            "acked": dict(self.last_seq)}}))
        try:
            async for raw in ws:
                msg = json.loads(raw)
                self.received.append(msg)
                await self._answer(ws, msg["type"], msg.get("data", {}))
        finally:
            self._live.discard(ws)

    async def _answer(self, ws: ServerConnection, type_: str, data: dict[str, Any]) -> None:
        if type_ == "heartbeat":
            await ws.send(json.dumps({"type": "heartbeat_ack", "data": {"timestamp": "now"}}))
            return
        if type_ == "response_submitted":
            await self._grade(ws, data)
            return
        if type_ not in ("code_update", "file_deleted"):
            return
        key = (data["client_id"], data["seq"])
        path = data["path"]
        if path in self.refuse:
            code = self.refuse[path]
            if code == "store_unavailable":
                del self.refuse[path]  # transient: refused once, stored when retried
            await ws.send(json.dumps({"type": "error", "data": {
                "error": "refused", "code": code, "seq": data["seq"], "path": path}}))
            return
        if data["seq"] > self.last_seq.get(data["client_id"], 0):
            if type_ == "file_deleted":
                self.files.pop(path, None)
                self.stored[key] = None
            elif "diff" in data:
                current = self.files.get(path)
                if current is None or sha256_text(current) != data["base_sha256"]:
                    await ws.send(json.dumps({"type": "resync", "data": {
                        "path": path, "seq": data["seq"],
                        "sha256": sha256_text(current) if current else None}}))
                    return
                self.files[path] = apply_diff(current, data["diff"])
                assert sha256_text(self.files[path]) == data["sha256"]
                self.stored[key] = self.files[path]
            else:
                self.files[path] = data["content"]
                self.stored[key] = data["content"]
            self.last_seq[data["client_id"]] = max(
                data["seq"], self.last_seq.get(data["client_id"], 0))
        ack = {"client_id": data["client_id"], "seq": data["seq"], "path": path}
        if self.hold_acks:
            self.held.append((ws, ack))
        else:
            await self._ack(ws, ack)

    async def _grade(self, ws: ServerConnection, data: dict[str, Any]) -> None:
        iid = data["interaction_id"]
        code = self.answer_errors.pop(0) if self.answer_errors else None
        if code is None and str(iid) in self.graded:
            code = "already_answered"
        if code is not None:
            await ws.send(json.dumps({"type": "error", "data": {
                "error": "refused", "code": code, "interaction_id": iid}}))
            return
        self.graded[str(iid)] = data["response"]
        await ws.send(json.dumps({"type": "evaluation_result", "data": {
            "interaction_id": iid, "evaluation": "fine", "score": 7}}))

    async def _ack(self, ws: ServerConnection, ack: dict[str, Any]) -> None:
        current = self.files.get(ack["path"])  # what the server holds when it acks
        ack = {**ack, "sha256": sha256_text(current) if current is not None else None}
        await ws.send(json.dumps({"type": "ack", "data": ack}))


@pytest.fixture
async def peer():
    """A running SessionPeer on a free loopback port."""
    session = SessionPeer()
    async with serve(session.handler, "127.0.0.1", 0, process_request=session._reject) as server:
        session.port = server.sockets[0].getsockname()[1]
        yield session


__all__ = ["TOKEN", "SessionPeer"]
