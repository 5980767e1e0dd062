"""Builds a site's static bundle for a preview link: checks the sources out at a commit,
runs the generator on them and uploads the result."""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

GENERATOR = ["npx", "--yes", "eleventy", "--quiet"]
MAX_BUNDLE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Preview:
    commit: str
    url: str
    size: int


class BuildError(RuntimeError):
    pass


def checkout(repo_url: str, commit: str, into: Path) -> None:
    subprocess.run(["git", "clone", "--quiet", repo_url, str(into)], check=True)
    subprocess.run(["git", "-C", str(into), "checkout", "--quiet", commit], check=True)


def bundle_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def generate(source: Path) -> Path:
    out = source / "_site"
    result = subprocess.run([*GENERATOR, "--output", str(out)], cwd=source,
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BuildError(result.stderr.strip()[-2000:])
    return out


def build_preview(repo_url: str, commit: str, storage) -> Preview:
    workdir: str = tempfile.mkdtemp(prefix="preview-")
    source = Path(workdir) / "src"
    checkout(repo_url, commit, source)
    site = generate(source)
    size = bundle_size(site)
    if size > MAX_BUNDLE_BYTES:
        raise BuildError(f"bundle is {size} bytes, over the limit")
    url = storage.upload_folder(site, prefix=f"previews/{commit[:12]}/")
    log.info("preview for %s at %s (%d bytes)", commit, url, size)
    return Preview(commit, url, size)


def build_many(repo_url: str, commits: list[str], storage) -> list[Preview]:
    previews = []
    for commit in commits:
        try:
            previews.append(build_preview(repo_url, commit, storage))
        except (BuildError, subprocess.CalledProcessError) as exc:
            log.warning("no preview for %s: %s", commit, exc)
    return previews


def clean_cache(cache: Path, keep: int) -> int:
    folders = sorted((p for p in cache.iterdir() if p.is_dir()),
                     key=lambda p: p.stat().st_mtime, reverse=True)
    removed = 0
    for folder in folders[keep:]:
        shutil.rmtree(folder, ignore_errors=True)
        removed += 1
    return removed


def scratch_copy(path: Path) -> Path:
    target = Path(tempfile.mkdtemp(prefix="copy-")) / path.name
    shutil.copy2(path, target)
    return target
