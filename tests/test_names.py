"""One meaning per name: no two top-level classes of the project's packages share a name.

A reader who meets `Outcome` or `Limits` should not have to look at the import to know which
one is meant; two classes of one name also make a wrong import type-check when both have the
fields used.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("server", "viva", "tui", "watcher", "lsp_bridge")

FRAMEWORK_DIRS = (Path("server/storage/migrations"),)
"""Where a name is dictated: Tortoise loads each migration file's `Migration` class."""


def top_level_classes(root: Path, packages: tuple[str, ...]) -> dict[str, list[str]]:
    """Every public top-level class name of `packages` under `root`, with the files defining it.

    Private names (`_Item`) stay inside their module, so two of them never meet a reader.
    """
    found: dict[str, list[str]] = defaultdict(list)
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            relative = path.relative_to(root)
            if any(relative.is_relative_to(d) for d in FRAMEWORK_DIRS):
                continue
            for node in ast.parse(path.read_text(encoding="utf-8"), str(relative)).body:
                if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                    found[node.name].append(relative.as_posix())
    return found


def shared(classes: dict[str, list[str]]) -> dict[str, list[str]]:
    """The names defined more than once."""
    return {name: files for name, files in classes.items() if len(files) > 1}


def test_no_two_classes_of_the_project_share_a_name():
    collisions = shared(top_level_classes(REPO, PACKAGES))
    assert collisions == {}


def test_the_check_would_notice_a_shared_name(tmp_path):
    for rel, text in {
        "server/a.py": "class Outcome:\n    pass\n\nclass _Item:\n    pass\n",
        "server/b/c.py": "class _Item:\n    pass\n\ndef f():\n    class Local:\n        pass\n",
        "viva/d.py": "class Outcome:\n    pass\n\nclass Local:\n    pass\n",
        "server/storage/migrations/0001_initial.py": "class Outcome:\n    pass\n",
    }.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text)
    assert shared(top_level_classes(tmp_path, ("server", "viva"))) == {
        "Outcome": ["server/a.py", "viva/d.py"]}
