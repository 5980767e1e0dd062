"""Server-side subcommands: `viva server`, `viva token`, `viva assessment`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from server.core.settings import Settings

__all__ = ["run_assessment", "run_server", "run_token"]

_POINT = "run it where `viva server` keeps its data, or point at it with --data-dir DIR or VIVA_DATA_DIR"


def _settings(args: argparse.Namespace) -> Settings:
    """The settings, with `--data-dir` (when given) as the data dir."""
    data_dir = getattr(args, "data_dir", None)
    return Settings(VIVA_DATA_DIR=Path(data_dir)) if data_dir else Settings()


def _sqlite_path(url: str) -> Path | None:
    """The file of a `sqlite://` URL (None for another database or an in-memory one)."""
    if not url.startswith("sqlite://"):
        return None
    path = url[len("sqlite://"):].split("?", 1)[0]
    return None if path in ("", ":memory:") else Path(path)


def _missing_secret(settings: Settings) -> str | None:
    """Why `viva token` must not mint here: no secret, and none asked to be made; None if it may."""
    if settings.secret_key is not None and settings.secret_key.get_secret_value():
        return None
    secret = settings.data_dir / "secret_key"
    if secret.exists() or settings.explicit("data_dir"):
        return None
    return f"no server secret in {secret.absolute()}; {_POINT}, or set SECRET_KEY"


def _missing_database(settings: Settings) -> str | None:
    """Why `viva assessment` must not open a database here: a default SQLite file that is not there."""
    path = _sqlite_path(settings.database_url)
    if path is None or path.exists() or settings.explicit("database_url"):
        return None
    return f"no database at {path.absolute()}; {_POINT}, or set DATABASE_URL"


def run_server(args: argparse.Namespace) -> int:
    """Run the server until interrupted."""
    from aiohttp import web

    from server.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    from pydantic import ValidationError

    try:
        settings = _settings(args)
    except ValidationError as exc:  # e.g. VIVA_TEST_EXECUTOR=queue without REDIS_URL
        print(f"viva server: {exc.errors()[0]['msg'].removeprefix('Value error, ')}", file=sys.stderr)
        return 2
    app = create_app(settings)
    # The server is the one command that makes its data where it runs: say where that is.
    db = _sqlite_path(settings.database_url)
    where = f"database {db.absolute()}" if db else f"database {settings.database_url.split('://')[0]}"
    print(f"viva server on http://{args.host}:{args.port} ({where}, data in "
          f"{settings.data_dir.absolute()}, bus {'redis' if settings.redis_url else 'in-process'})",
          flush=True)
    web.run_app(app, host=args.host, port=args.port, print=None, shutdown_timeout=5)
    return 0


def run_token(args: argparse.Namespace) -> int:
    """Print a signed token."""
    from server.core.auth import mint_token

    settings = _settings(args)
    if args.role == "candidate" and args.session is None and not args.name:
        print("viva token: a user's own candidate token (no --session) needs --name N",
              file=sys.stderr)
        return 2
    if (why := _missing_secret(settings)) is not None:
        print(f"viva token: {why}", file=sys.stderr)
        return 2
    ttl = args.ttl if args.ttl is not None else settings.access_token_expire_minutes
    user = f"candidate:{args.name}" if args.role == "candidate" and args.name else None
    print(mint_token(settings.signing_key(), role=args.role, name=args.name, user=user,
                     session_id=args.session, ttl_minutes=ttl, algorithm=settings.jwt_algorithm))
    return 0


def run_assessment(args: argparse.Namespace) -> int:
    """Load a pack into the database, list the packs, or check a pack file."""
    if args.action == "check":  # a pack file on its own: no database, no settings
        from server.cli.check import check_pack_file

        return check_pack_file(args.pack)
    from server.packs import PackError, load_pack

    settings = _settings(args)
    if (why := _missing_database(settings)) is not None:
        print(f"viva assessment {args.action}: {why}", file=sys.stderr)
        return 2

    async def go() -> int:
        from server.storage.db import close_db, init_db
        from server.storage.models import Assessment
        from server.storage.packs import store_pack, sync_shipped_packs

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
