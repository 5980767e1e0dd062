"""Our own installs are pinned: uv.lock matches pyproject.toml, and every install path uses it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _name(raw: str) -> str:
    return re.sub(r"[-_.]+", "-", raw).lower()


def _declared() -> set[tuple[str, str, str, str]]:
    """Every requirement in pyproject.toml as (name, extras, specifier, extra it belongs to)."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    groups = {"": project["dependencies"], **project["optional-dependencies"]}
    pattern = re.compile(r"^\s*([A-Za-z0-9_.-]+)\s*(?:\[([^\]]*)\])?\s*([^;]*)")
    out = set()
    for extra, requirements in groups.items():
        for requirement in requirements:
            match = pattern.match(requirement)
            assert match, requirement
            name, extras, spec = match.groups()
            extras_norm = ",".join(sorted(e.strip() for e in (extras or "").split(",") if e.strip()))
            spec_norm = ",".join(sorted(s.strip() for s in spec.split(",") if s.strip()))
            out.add((_name(name), extras_norm, spec_norm, extra))
    return out


def _locked() -> set[tuple[str, str, str, str]]:
    """What uv.lock was resolved from: the project's requires-dist as uv recorded it."""
    lock = tomllib.loads((REPO / "uv.lock").read_text())
    (viva,) = (p for p in lock["package"] if p["name"] == "viva")
    out = set()
    for req in viva["metadata"]["requires-dist"]:
        marker = req.get("marker", "")
        match = re.fullmatch(r"extra == '([^']+)'", marker)
        assert match or not marker, marker
        spec = ",".join(sorted(s.strip() for s in req.get("specifier", "").split(",") if s.strip()))
        extras = ",".join(sorted(req.get("extras", [])))
        out.add((_name(req["name"]), extras, spec, match.group(1) if match else ""))
    return out


def test_the_lock_was_resolved_from_the_requirements_pyproject_declares_now() -> None:
    """A changed, added or removed requirement without `make upgrade` (or `uv lock`) fails here."""
    declared, locked = _declared(), _locked()
    assert declared == locked, (
        f"uv.lock is out of date with pyproject.toml: only in pyproject {sorted(declared - locked)}, "
        f"only in the lock {sorted(locked - declared)}; run `make upgrade` (or `uv lock`)"
    )


def test_make_ci_and_the_image_install_exactly_the_locked_versions() -> None:
    """`uv sync --locked` refuses a stale lock; the Dockerfile installs the lock's hashes."""
    makefile = (REPO / "Makefile").read_text()
    assert "sync --locked" in makefile and "lock --upgrade" in makefile
    pip_lines = [x for x in makefile.splitlines() if "pip install" in x and not x.startswith("#")]
    assert pip_lines and all("'uv==$(UV_VERSION)'" in line for line in pip_lines), pip_lines
    assert "make test" in (REPO / ".ci" / "run").read_text()
    assert "uv export --locked" in (REPO / "Dockerfile").read_text()
