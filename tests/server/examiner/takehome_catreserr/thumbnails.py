"""Make thumbnails for uploaded images with ImageMagick, one child process per image."""

import logging
import os
import subprocess
import sys
from dataclasses import dataclass

log = logging.getLogger("thumbnails")

SIZES = {"small": "128x128", "medium": "512x512"}


@dataclass
class Job:
    source: str
    target: str
    size: str
    pid: int = 0


def target_for(source, out_dir, label):
    stem, _ext = os.path.splitext(os.path.basename(source))
    return os.path.join(out_dir, f"{stem}-{label}.png")


def start_resize(source, target, size):
    proc = subprocess.Popen(
        ["convert", source, "-thumbnail", size, target],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    log.info("resizing %s to %s (pid %d)", source, size, proc.pid)
    return proc.pid


def plan(sources, out_dir):
    jobs = []
    for source in sources:
        if not source.lower().endswith((".png", ".jpg", ".jpeg")):
            log.warning("skipping %s: not an image", source)
            continue
        for label, size in SIZES.items():
            jobs.append(Job(source, target_for(source, out_dir, label), size))
    return jobs


def run(jobs):
    for job in jobs:
        job.pid = start_resize(job.source, job.target, job.size)
    return jobs


def report(jobs):
    for job in jobs:
        print(f"{job.source} -> {job.target} [{job.size}] pid={job.pid}")


def main(argv):
    if len(argv) < 3:
        print("usage: thumbnails.py OUT_DIR IMAGE...", file=sys.stderr)
        return 2
    out_dir = argv[1]
    os.makedirs(out_dir, exist_ok=True)
    report(run(plan(argv[2:], out_dir)))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main(sys.argv))
