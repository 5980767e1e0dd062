"""Nightly backup of a small web shop: dump the database, compress the uploads folder, and
keep the last seven archives in the backup directory."""

from __future__ import annotations

import logging
import subprocess
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)

KEEP = 7


class BackupError(RuntimeError):
    """A step of the backup failed."""


def dump_database(db_name: str, target: Path) -> Path:
    """`pg_dump` of the database into `target`; the dump's path."""
    out = target / f"{db_name}.sql"
    with open(out, "wb") as f:
        done = subprocess.run(["pg_dump", "--no-owner", db_name], stdout=f,
                              stderr=subprocess.PIPE, check=False)
    if done.returncode != 0:
        raise BackupError(done.stderr.decode(errors="replace").strip())
    return out


def archive_uploads(uploads: Path, target: Path, day: date) -> Path:
    """A gzipped tar of the uploads folder, named by the day."""
    archive = target / f"uploads-{day.isoformat()}.tar.gz"
    done = subprocess.run(f"tar -czf {archive} -C {uploads.parent} {uploads.name}",
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BackupError(done.stderr.strip())
    return archive


def prune(target: Path, keep: int = KEEP) -> list[Path]:
    """Remove all but the newest `keep` archives; the ones removed."""
    archives = sorted(target.glob("uploads-*.tar.gz"))
    old = archives[:-keep] if keep > 0 else archives
    for path in old:
        path.unlink()
    return old


def run_backup(db_name: str, uploads: Path, target: Path, day: date) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    made = [dump_database(db_name, target), archive_uploads(uploads, target, day)]
    removed = prune(target)
    log.info("backup made %d files, removed %d old archives", len(made), len(removed))
    return made


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_backup("shop", Path("/srv/shop/uploads"), Path("/srv/backups"), date.today())
