"""Nightly backup agent for the ops take-home: copies every configured directory into a
dated tarball, uploads each tarball to the storage endpoint in parallel, and prunes old
tarballs. Runs from cron; exits non-zero when any upload failed."""

from __future__ import annotations

import json
import logging
import sys
import tarfile
import threading
from datetime import date, timedelta
from pathlib import Path

import requests

log = logging.getLogger("backup")
CONFIG = Path("/etc/backup-agent.json")
KEEP_DAYS = 14
TIMEOUT = 60


class Uploads:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.failed: list[str] = []

    def fail(self, name: str) -> None:
        with self.lock:
            self.failed.append(name)


def load_config(path: Path) -> dict:
    config = json.loads(path.read_text(encoding="utf-8"))
    if not config.get("sources") or not config.get("endpoint"):
        raise SystemExit(f"{path}: 'sources' and 'endpoint' are required")
    return config


def archive(source: Path, staging: Path, today: date) -> Path:
    target = staging / f"{source.name}-{today.isoformat()}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(source, arcname=source.name)
    return target


def upload(tarball: Path, endpoint: str, token: str, results: Uploads) -> None:
    try:
        with tarball.open("rb") as body:
            resp = requests.put(f"{endpoint}/{tarball.name}", data=body, timeout=TIMEOUT,
                                headers={"Authorization": f"Bearer {token}"})
        resp.raise_for_status()
        log.info("uploaded %s (%d bytes)", tarball.name, tarball.stat().st_size)
    except (OSError, requests.RequestException) as exc:
        log.error("upload of %s failed: %s", tarball.name, exc)
        results.fail(tarball.name)


def prune(staging: Path, today: date) -> int:
    cutoff = today - timedelta(days=KEEP_DAYS)
    removed = 0
    for old in staging.glob("*.tar.gz"):
        stamp = old.name.rsplit("-", 3)[-3:]
        try:
            made = date.fromisoformat("-".join(stamp).removesuffix(".tar.gz"))
        except ValueError:
            continue
        if made < cutoff:
            old.unlink()
            removed += 1
    return removed


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    config = load_config(CONFIG)
    staging = Path(config.get("staging", "/var/backups/agent"))
    staging.mkdir(parents=True, exist_ok=True)
    today = date.today()
    results = Uploads()
    threads = []
    for source in map(Path, config["sources"]):
        tarball = archive(source, staging, today)
        thread = threading.Thread(target=upload(tarball, config["endpoint"], config["token"],
                                                results), name=f"upload-{source.name}")
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join()
    log.info("pruned %d old tarballs", prune(staging, today))
    if results.failed:
        log.error("failed uploads: %s", ", ".join(results.failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
