"""A stand-in for an OpenAI-compatible endpoint: any handler served on loopback."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web

__all__ = ["serve_chat_completions"]


async def serve_chat_completions(
        handler: Callable[[web.Request], Awaitable[web.StreamResponse]]) -> tuple[web.AppRunner, str]:
    """Serve `handler` at POST /v1/chat/completions on a free loopback port: (runner, base URL).

    The caller ends it with `await runner.cleanup()`.
    """
    app = web.Application()
    app.router.add_post("/v1/chat/completions", handler)
    runner = web.AppRunner(app, shutdown_timeout=0.2)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}/v1"
