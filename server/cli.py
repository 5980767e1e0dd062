"""Server-side subcommands: `viva server`, `viva token`, `viva assessment`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from server.settings import Settings

__all__ = ["run_assessment", "run_server", "run_token"]


def run_server(args: argparse.Namespace) -> int:
    """Run the server until interrupted."""
    from aiohttp import web

    from server.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    settings = Settings()
    app = create_app(settings)
    print(f"viva server on http://{args.host}:{args.port} (database {settings.database_url.split('://')[0]}, "
          f"bus {'redis' if settings.redis_url else 'in-process'})", flush=True)
    web.run_app(app, host=args.host, port=args.port, print=None, shutdown_timeout=5)
    return 0


def run_token(args: argparse.Namespace) -> int:
    """Print a signed token."""
    from server.auth import mint_token

    settings = Settings()
    if args.role == "candidate" and args.session is None:
        print("viva token: a candidate token needs --session ID", file=sys.stderr)
        return 2
    ttl = args.ttl if args.ttl is not None else settings.access_token_expire_minutes
    user = f"candidate:{args.name}" if args.role == "candidate" and args.name else None
    print(mint_token(settings.signing_key(), role=args.role, name=args.name, user=user,
                     session_id=args.session, ttl_minutes=ttl, algorithm=settings.jwt_algorithm))
    return 0


def run_assessment(args: argparse.Namespace) -> int:
    """Load a pack into the database, or list the packs."""
    from server.packs import PackError, load_pack

    settings = Settings()
    if args.action == "check":
        return _check(args.pack, settings)

    async def go() -> int:
        from server.assessments import store_pack, sync_shipped_packs
        from server.db import close_db, init_db
        from server.models import Assessment

        await init_db(settings.database_url)
        try:
            await sync_shipped_packs()
            if args.action == "load":
                try:
                    pack = load_pack(args.pack)
                except PackError as exc:
                    print(f"viva assessment load: {exc}", file=sys.stderr)
                    return 1
                _, created = await store_pack(pack)
                print(f"{'loaded' if created else 'updated'} {pack.slug}: {pack.title}")
                return 0
            for a in await Assessment.all().order_by("slug"):
                print(f"{a.slug:24} {a.time_limit_minutes:>4} min  {a.title}")
            return 0
        finally:
            await close_db()

    return asyncio.run(go())


def _check(path: str, settings: Settings) -> int:
    """`viva assessment check`: validate the pack, then run its tests (exit 1 on any miss)."""
    from server.packs import PackError, load_pack
    from server.testruns.check import check_tests

    try:
        pack = load_pack(path)  # every cross-field problem is a PackError here
    except PackError as exc:
        for key, reason in exc.problems:
            print(f"viva assessment check: {exc.source}: {key}: {reason}", file=sys.stderr)
        return 1
    print(f"{pack.slug}: the pack is valid")
    lines, ok = asyncio.run(check_tests(pack, settings))
    for line in lines:
        print(line)
    print(f"{pack.slug}: {'ok' if ok else 'FAILED'}")
    return 0 if ok else 1
