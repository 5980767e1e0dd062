"""Podcast clipper: cut a short clip out of an episode with ffmpeg so the social-media job can
post it. The episode is read from local storage; the clip is written to a temporary file and
handed to the uploader by path."""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)
FFMPEG = shutil.which("ffmpeg") or "ffmpeg"
MAX_CLIP_SECONDS = 90


@dataclass(frozen=True)
class ClipRequest:
    episode: Path
    start_seconds: float
    length_seconds: float
    title: str


class ClipError(RuntimeError):
    pass


def validate(request: ClipRequest) -> None:
    if not request.episode.is_file():
        raise ClipError(f"no such episode: {request.episode}")
    if request.start_seconds < 0:
        raise ClipError("start must not be negative")
    if not 0 < request.length_seconds <= MAX_CLIP_SECONDS:
        raise ClipError(f"clips are 1 to {MAX_CLIP_SECONDS} seconds long")


def ffmpeg_command(request: ClipRequest, target: str) -> list[str]:
    return [
        FFMPEG, "-hide_banner", "-loglevel", "error", "-y",
        "-ss", f"{request.start_seconds:.2f}",
        "-t", f"{request.length_seconds:.2f}",
        "-i", str(request.episode),
        "-metadata", f"title={request.title}",
        "-c:a", "libmp3lame", "-b:a", "128k",
        target,
    ]


def make_clip(request: ClipRequest) -> str:
    """Cut the clip and give back the path of the mp3 file holding it."""
    validate(request)
    with tempfile.NamedTemporaryFile(suffix=".mp3", prefix="clip-") as clip:
        result = subprocess.run(ffmpeg_command(request, clip.name), capture_output=True,
                                text=True, timeout=120, check=False)
        if result.returncode != 0:
            raise ClipError(f"ffmpeg failed: {result.stderr.strip()[:200]}")
        log.info("clip of %s cut: %.1fs from %.1fs", request.episode.name,
                 request.length_seconds, request.start_seconds)
        return clip.name


def clip_size(path: str) -> int:
    return Path(path).stat().st_size


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    made = make_clip(ClipRequest(Path("episodes/042.mp3"), 615.0, 45.0, "Ep 42 - the good bit"))
    print(made, clip_size(made))
