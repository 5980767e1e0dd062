"""Mirrors the podcast episodes listed in a feed file: downloads each episode's audio to the
local archive, skipping files already there, anything that is not audio and anything over the
archive's size limit. Runs every night from cron over a few hundred episodes."""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from pathlib import Path
from urllib.parse import urlparse

import requests

ARCHIVE = Path("/srv/podcasts")
MAX_BYTES = 300 * 1024 * 1024
CHUNK = 256 * 1024
TIMEOUT = (5, 30)

log = logging.getLogger("feed_mirror")
session = requests.Session()


def target_for(url: str) -> Path:
    name = Path(urlparse(url).path).name or "episode"
    digest = hashlib.sha256(url.encode()).hexdigest()[:12]
    return ARCHIVE / f"{digest}-{name}"


def mirror(url: str) -> str:
    dest = target_for(url)
    if dest.exists():
        return "present"
    resp = session.get(url, stream=True, timeout=TIMEOUT)
    if resp.status_code != 200:
        log.warning("%s answered %s", url, resp.status_code)
        return "failed"
    kind = resp.headers.get("Content-Type", "")
    if not kind.startswith("audio/"):
        return "skipped"
    size = int(resp.headers.get("Content-Length") or 0)
    if size > MAX_BYTES:
        return "too large"
    partial = dest.with_suffix(dest.suffix + ".part")
    written = 0
    with partial.open("wb") as out:
        for chunk in resp.iter_content(CHUNK):
            written += len(chunk)
            if written > MAX_BYTES:
                break
            out.write(chunk)
    if written > MAX_BYTES:
        partial.unlink()
        return "too large"
    partial.rename(dest)
    return "mirrored"


def episodes(feed_file: Path) -> list[str]:
    data = json.loads(feed_file.read_text(encoding="utf-8"))
    return [e["audio_url"] for e in data.get("episodes", []) if e.get("audio_url")]


def main(feed_file: str) -> int:
    logging.basicConfig(level=logging.INFO)
    ARCHIVE.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for url in episodes(Path(feed_file)):
        try:
            outcome = mirror(url)
        except requests.RequestException as exc:
            log.warning("%s: %s", url, exc)
            outcome = "failed"
        counts[outcome] = counts.get(outcome, 0) + 1
    log.info("done: %s", counts)
    return 0 if not counts.get("failed") else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
