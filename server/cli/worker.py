"""`viva worker`: run test runs taken from the queue on Redis, in this machine's own sandbox."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys

from pydantic import ValidationError

from server.core.settings import Settings

__all__ = ["run_worker"]


def run_worker(args: argparse.Namespace) -> int:
    """Take and run test runs until SIGINT or SIGTERM."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        settings = Settings()
    except ValidationError as exc:
        print(f"viva worker: {exc.errors()[0]['msg'].removeprefix('Value error, ')}", file=sys.stderr)
        return 2
    if not settings.redis_url:
        print("viva worker: REDIS_URL is not set; a worker takes its jobs from the queue on Redis "
              "(the one the servers use with VIVA_TEST_EXECUTOR=queue)", file=sys.stderr)
        return 2
    from server.testruns.sandbox import ONE_OFF_SLOT
    concurrency = args.concurrency if args.concurrency is not None else settings.test_workers
    if not 1 <= concurrency <= ONE_OFF_SLOT:
        print(f"viva worker: --concurrency must be 1 to {ONE_OFF_SLOT}", file=sys.stderr)
        return 2
    return asyncio.run(_work(settings, concurrency))


async def _work(settings: Settings, concurrency: int) -> int:
    from redis.asyncio import Redis

    from server.live.bus import RedisBus
    from server.live.events import Events
    from server.storage.db import close_db, init_db
    from server.testruns.queue import RunQueue, stream_name
    from server.testruns.sandbox import make_executor
    from server.testruns.service import remove_orphan_dirs
    from server.testruns.setup import publisher, server_paths
    from server.testruns.snippetqueue import SnippetQueue
    from server.testruns.worker import Worker

    executor, reason = make_executor(settings.sandbox, forbidden=server_paths(settings))
    if executor is None:
        logging.getLogger("viva.worker").error("test runs will be `unavailable`: %s", reason)
    assert settings.redis_url is not None
    redis: Redis = Redis.from_url(settings.redis_url, decode_responses=True,
                                  socket_connect_timeout=3, health_check_interval=15)
    await init_db(settings.database_url, migrate=False)
    bus = RedisBus(redis, channel=settings.redis_channel)
    await bus.start()
    remove_orphan_dirs()
    stream = stream_name(settings.redis_channel)
    worker = Worker(RunQueue(redis, stream), executor, reason, publisher(Events(bus)),
                    concurrency=concurrency, timeout=settings.test_timeout,
                    memory_mb=settings.test_memory_mb, snippets=SnippetQueue(redis, stream))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    print(f"viva worker {worker.instance}: {concurrency} at once, queue "
          f"{stream}, sandbox {'on, snippets too' if executor else 'off'}", flush=True)
    try:
        await worker.run(stop)
    finally:
        await bus.close()
        await redis.aclose()
        await close_db()
    return 0
