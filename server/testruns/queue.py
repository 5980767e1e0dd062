"""The job queue of test runs on Redis (`VIVA_TEST_EXECUTOR=queue`): a stream with a consumer group.

- One stream entry per run, holding only the run's id: the worker reads the run's inputs
  from the database. Entries are served first in, first out across sessions, and a session
  never has more than one entry (one `running` run per session, see `service.py`).
- Bounded: at most `max_jobs` runs queued or running; `enqueue` refuses past that (atomically,
  in one script). A hash `<stream>:runs` maps each run id to its entry while the queue holds it.
- At-least-once: an entry stays in the group's pending list until a worker acks it. A worker
  renews its entries' idle time with its heartbeat (XCLAIM ... JUSTID, which does not count as
  a delivery); entries idle past the lease belong to a dead worker and are taken over with
  XAUTOCLAIM. The group's delivery count says how often a run was tried.
"""

from __future__ import annotations

from typing import Any, Final, cast

from redis.asyncio import Redis
from redis.exceptions import ResponseError

__all__ = ["GROUP", "MAX_JOBS", "QueueFull", "RunQueue", "stream_name"]

GROUP: Final = "viva-workers"
MAX_JOBS: Final = 1000
"""Runs queued or running at once; a run asked for past this is refused (503 `queue_full`)."""

_ENQUEUE: Final = """
if redis.call('HLEN', KEYS[2]) >= tonumber(ARGV[1]) then return false end
local id = redis.call('XADD', KEYS[1], '*', 'run', ARGV[2])
redis.call('HSET', KEYS[2], ARGV[2], id)
return id
"""


def stream_name(channel: str) -> str:
    """The stream of a deployment, named after its bus channel (`VIVA_REDIS_CHANNEL`)."""
    return f"{channel}:testruns"


class QueueFull(Exception):
    """The queue holds `max_jobs` runs already."""


class RunQueue:
    """The queue's operations, for the server (enqueue, holds) and the workers (the rest)."""

    def __init__(self, redis: Redis, stream: str, *, max_jobs: int = MAX_JOBS) -> None:
        self.redis = redis
        self.stream = stream
        self.runs = f"{stream}:runs"
        self.max_jobs = max_jobs
        self._enqueue = redis.register_script(_ENQUEUE)
        self._group_ready = False

    async def ensure_group(self) -> None:
        """Make the stream and its consumer group if they are not there."""
        if self._group_ready:
            return
        try:
            await self.redis.xgroup_create(self.stream, GROUP, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise
        self._group_ready = True

    async def enqueue(self, run_id: int) -> str:
        """Add a run's job; QueueFull when the queue holds `max_jobs` runs."""
        await self.ensure_group()
        entry = await self._enqueue(keys=[self.stream, self.runs], args=[self.max_jobs, str(run_id)])
        if not entry:
            raise QueueFull(f"{self.max_jobs} test runs are queued or running")
        return str(entry.decode() if isinstance(entry, bytes) else entry)

    async def holds(self, run_id: int) -> bool:
        """Whether the queue still answers for this run (queued, running or to be retried)."""
        return bool(await self.redis.hexists(self.runs, str(run_id)))

    async def length(self) -> int:
        """Runs queued or running."""
        return int(await self.redis.hlen(self.runs))

    async def take(self, consumer: str, *, lease_ms: int, block_ms: int) -> tuple[str, int] | None:
        """The next job for `consumer`: first one a dead consumer left (idle past the lease),
        else a new one; None when there is none within `block_ms`."""
        try:
            return await self._take(consumer, lease_ms=lease_ms, block_ms=block_ms)
        except ResponseError as exc:
            if "NOGROUP" not in str(exc):
                raise
            self._group_ready = False  # the stream was removed: make it again
            await self.ensure_group()
            return None

    async def _take(self, consumer: str, *, lease_ms: int, block_ms: int) -> tuple[str, int] | None:
        claimed: Any = await self.redis.xautoclaim(self.stream, GROUP, consumer, min_idle_time=lease_ms,
                                                   start_id="0-0", count=1)
        entries = claimed[1] if claimed else []
        if not entries:
            read: Any = await self.redis.xreadgroup(GROUP, consumer, {self.stream: ">"}, count=1,
                                                    block=block_ms)
            entries = read[0][1] if read else []
        for entry_id, fields in entries:
            if fields is None:  # deleted while pending
                await self.redis.xack(self.stream, GROUP, entry_id)
                continue
            run = fields.get("run") if isinstance(fields, dict) else None
            if run is None or not str(run).isdigit():
                await self.done(str(entry_id), None)
                continue
            return str(entry_id), int(run)
        return None

    async def deliveries(self, entry_id: str) -> int:
        """How often the entry was handed to a consumer (1 the first time)."""
        pending: Any = await self.redis.xpending_range(self.stream, GROUP, min=entry_id, max=entry_id,
                                                       count=1)
        return int(pending[0]["times_delivered"]) if pending else 1

    async def touch(self, consumer: str, entry_ids: list[str]) -> None:
        """Reset the idle time of a live consumer's entries (not counted as deliveries)."""
        if entry_ids:
            await self.redis.xclaim(self.stream, GROUP, consumer, min_idle_time=0,
                                    message_ids=cast(Any, entry_ids), justid=True)

    async def done(self, entry_id: str, run_id: int | None) -> None:
        """The job is over: ack it and remove it from the stream and the bound."""
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.xack(self.stream, GROUP, entry_id)
            pipe.xdel(self.stream, entry_id)
            if run_id is not None:
                pipe.hdel(self.runs, str(run_id))
            await pipe.execute()
