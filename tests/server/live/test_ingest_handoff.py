"""The ingest hands what follows a commit to a task of its own: a slow after-store hook (the
bus, the examiner) never holds an ack up, keeps commit order, loses nothing at close; and
`stored_through` resolves once a session's updates received so far are answered."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from server.live.ingest import Ingestor, StoredChange
from tests.conftest import Api
from viva.diffs import sha256_text
from viva.protocol import CodeUpdate


def _update(seq: int, client: str = "c1", path: str = "main.py") -> CodeUpdate:
    content = f"x = {seq}\n"
    return CodeUpdate(path=path, seq=seq, client_id=client, content=content,
                      sha256=sha256_text(content))


class SlowHook:
    """An after-store hook that records what it is given and waits for `release` first."""

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.seen: list[tuple[int, int]] = []
        self.calls = 0

    async def __call__(self, changes: list[StoredChange]) -> None:
        self.calls += 1
        await self.release.wait()
        self.seen.extend((c.session_id, c.seq) for c in changes)


@pytest.fixture
async def sessions(sqlite_api: Api) -> list[int]:
    return [(await sqlite_api.create_session(f"c{i}"))["session_id"] for i in range(2)]


@pytest.fixture
async def slow() -> AsyncIterator[tuple[Ingestor, SlowHook]]:
    hook = SlowHook()
    ingestor = Ingestor(max_file_bytes=1 << 20, checkpoint_every=20, on_stored=hook,
                        connection="sqlite")
    await ingestor.start()
    yield ingestor, hook
    hook.release.set()
    await ingestor.close()


async def test_a_blocked_after_store_hook_holds_no_ack_up(
        sessions: list[int], slow: tuple[Ingestor, SlowHook]) -> None:
    ingestor, hook = slow
    first = await asyncio.wait_for(ingestor.submit(sessions[0], _update(1)), 5)
    assert first.kind == "ack"
    # the hook is now stuck on the first commit; later commits are acked all the same
    for seq in range(2, 6):
        out = await asyncio.wait_for(ingestor.submit(sessions[seq % 2], _update(seq)), 5)
        assert (out.kind, out.seq) == ("ack", seq)
    assert hook.calls == 1 and hook.seen == []
    hook.release.set()
    await ingestor.close()
    # nothing lost, and in commit order
    assert hook.seen == [(sessions[0], 1), *[(sessions[s % 2], s) for s in range(2, 6)]]


async def test_close_stores_every_queued_update_and_hands_every_batch_on(
        sessions: list[int], slow: tuple[Ingestor, SlowHook]) -> None:
    ingestor, hook = slow
    hook.release.set()
    futures = [ingestor.enqueue(sessions[0], _update(seq)) for seq in range(1, 41)]
    await ingestor.close()
    assert all(f.done() and f.result().kind == "ack" for f in futures)
    assert hook.seen == [(sessions[0], seq) for seq in range(1, 41)]


async def test_stored_through_waits_for_the_sessions_updates_received_before_it(
        sessions: list[int], slow: tuple[Ingestor, SlowHook]) -> None:
    ingestor, _ = slow
    nothing = ingestor.stored_through(sessions[1])
    assert nothing.done()  # nothing of that session is waiting
    futures = [ingestor.enqueue(sessions[0], _update(seq)) for seq in range(1, 30)]
    through = ingestor.stored_through(sessions[0])
    assert not through.done()
    later = ingestor.enqueue(sessions[0], _update(30))
    await asyncio.wait_for(through, 5)
    assert all(f.done() for f in futures)
    await asyncio.wait_for(later, 5)
    assert ingestor.stored_through(sessions[0]).done()


async def test_stored_through_resolves_for_refused_updates_too(
        sessions: list[int], slow: tuple[Ingestor, SlowHook]) -> None:
    ingestor, _ = slow
    bad = CodeUpdate(path="main.py", seq=1, client_id="c1", content="x = 1\n", sha256="0" * 64)
    refused = ingestor.enqueue(sessions[0], bad)
    await asyncio.wait_for(ingestor.stored_through(sessions[0]), 5)
    assert refused.result().kind == "resync"


async def test_a_full_backlog_holds_commits_back_says_so_and_loses_nothing(
        sessions: list[int], caplog: pytest.LogCaptureFixture) -> None:
    hook = SlowHook()
    ingestor = Ingestor(max_file_bytes=1 << 20, checkpoint_every=20, on_stored=hook,
                        connection="sqlite", after_backlog=1)
    await ingestor.start()
    try:
        # one batch in the hook (stuck), one waiting in the backlog: the backlog is full
        assert (await asyncio.wait_for(ingestor.submit(sessions[0], _update(1)), 5)).kind == "ack"
        while hook.calls < 1:
            await asyncio.sleep(0)
        assert (await asyncio.wait_for(ingestor.submit(sessions[0], _update(2)), 5)).kind == "ack"
        # the third commit is answered, then the writer waits for room before storing more
        assert (await asyncio.wait_for(ingestor.submit(sessions[0], _update(3)), 5)).kind == "ack"
        fourth = ingestor.enqueue(sessions[0], _update(4))
        done, _ = await asyncio.wait([fourth], timeout=0.3)
        assert not done, "a commit went past a full backlog"
        assert "after-store backlog full" in caplog.text
    finally:
        hook.release.set()
        await ingestor.close()
    assert fourth.result().kind == "ack"
    assert hook.seen == [(sessions[0], seq) for seq in range(1, 5)]
