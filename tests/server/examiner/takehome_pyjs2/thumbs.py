"""Make thumbnails of every photo in an album folder, several at a time."""

import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

SIZES = {"small": (160, 160), "medium": (480, 480)}
PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


@dataclass(frozen=True)
class Job:
    source: Path
    target: Path
    size: tuple[int, int]


def plan(album: Path, out: Path) -> list[Job]:
    jobs = []
    for photo in sorted(album.iterdir()):
        if photo.suffix.lower() not in PHOTO_SUFFIXES:
            continue
        for name, size in SIZES.items():
            target = out / name / f"{photo.stem}.jpg"
            if target.exists() and target.stat().st_mtime >= photo.stat().st_mtime:
                continue
            jobs.append(Job(photo, target, size))
    return jobs


def make_thumbnail(job: Job) -> Path:
    job.target.parent.mkdir(parents=True, exist_ok=True)
    with Image.open(job.source) as src:
        img = src.convert("RGB")
    img.thumbnail(job.size)
    img.save(job.target, "JPEG", quality=85)
    return job.target


def run(album: Path, out: Path, workers: int = 4) -> int:
    jobs = plan(album, out)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending = [pool.submit(make_thumbnail, job) for job in jobs]
    print(f"{len(pending)} thumbnails written to {out}")
    return len(pending)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print("usage: thumbs.py ALBUM_DIR OUT_DIR", file=sys.stderr)
        sys.exit(2)
    run(Path(sys.argv[1]), Path(sys.argv[2]))
