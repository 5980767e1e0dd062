"""Reads the duration and resolution of uploaded videos with ffprobe, so the upload form can
refuse clips that are too long or too small before they are queued for transcoding."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

FFPROBE = "ffprobe"
PROBE_SECONDS = 15
MAX_DURATION = 10 * 60
MIN_HEIGHT = 360
UPLOADS = Path("/srv/uploads")


class ProbeFailed(Exception):
    pass


@dataclass(frozen=True)
class VideoInfo:
    duration: float
    width: int
    height: int


def probe(path: Path) -> VideoInfo:
    cmd = [FFPROBE, "-v", "error", "-print_format", "json", "-show_format",
           "-show_streams", str(path)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = proc.communicate(timeout=PROBE_SECONDS)
    except subprocess.TimeoutExpired as exc:
        raise ProbeFailed(f"ffprobe took longer than {PROBE_SECONDS}s on {path.name}") from exc
    if proc.returncode != 0:
        raise ProbeFailed(err.decode(errors="replace").strip() or "ffprobe failed")
    try:
        report = json.loads(out)
        video = next(s for s in report["streams"] if s.get("codec_type") == "video")
        return VideoInfo(float(report["format"]["duration"]), int(video["width"]),
                         int(video["height"]))
    except (ValueError, KeyError, StopIteration) as exc:
        raise ProbeFailed(f"unreadable ffprobe report for {path.name}") from exc


def check_upload(name: str) -> list[str]:
    path = (UPLOADS / name).resolve()
    if path.parent != UPLOADS:
        return ["no such upload"]
    if not path.is_file():
        return ["no such upload"]
    try:
        info = probe(path)
    except ProbeFailed as exc:
        return [str(exc)]
    problems = []
    if info.duration > MAX_DURATION:
        problems.append(f"{info.duration:.0f}s is longer than {MAX_DURATION}s")
    if info.height < MIN_HEIGHT:
        problems.append(f"{info.width}x{info.height} is below {MIN_HEIGHT}p")
    return problems


def check_all(names: list[str]) -> dict[str, list[str]]:
    return {name: check_upload(name) for name in names}


if __name__ == "__main__":
    import sys

    for name, problems in check_all(sys.argv[1:]).items():
        print(name, "ok" if not problems else "; ".join(problems))
