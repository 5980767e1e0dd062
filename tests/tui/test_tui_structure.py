"""The TUI's shape: the companion is one app composing widgets (no mixin chain), and no
module of the proctor console but its app imports the app back."""

from __future__ import annotations

import ast
from pathlib import Path

TUI = Path(__file__).resolve().parents[2] / "tui"


def _module_of(path: Path) -> str:
    parts = path.relative_to(TUI.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(path: Path) -> set[str]:
    """Every module `path` imports, and every `from M import name` as `M.name`, anywhere in
    it (under TYPE_CHECKING and inside functions too)."""
    package = _module_of(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def _classes(folder: Path) -> list[tuple[Path, ast.ClassDef]]:
    return [(path, node) for path in sorted(folder.rglob("*.py"))
            for node in ast.walk(ast.parse(path.read_text())) if isinstance(node, ast.ClassDef)]


def _base_name(base: ast.expr) -> str:
    """`App` for `App`, `App[int]` and `textual.app.App`."""
    if isinstance(base, ast.Subscript):
        base = base.value
    if isinstance(base, ast.Attribute):
        return base.attr
    return base.id if isinstance(base, ast.Name) else ast.unparse(base)


def test_no_proctor_module_but_the_app_imports_the_app() -> None:
    reaching = [str(path.relative_to(TUI.parent)) for path in sorted((TUI / "proctor").rglob("*.py"))
                if path.name != "app.py" and "tui.proctor.app" in _imported(path)]
    assert reaching == []


def test_the_companion_app_is_built_on_app_alone() -> None:
    [(_, app)] = [(p, c) for p, c in _classes(TUI / "candidate") if c.name == "CandidateApp"]
    assert [_base_name(base) for base in app.bases] == ["App"]


def test_no_class_of_the_companion_inherits_from_another_of_its_classes_or_from_two() -> None:
    """Parts of the companion are composed, not mixed in: each class has one base, from
    Textual or the standard library, never a class of the companion itself."""
    classes = _classes(TUI / "candidate")
    own = {node.name for _, node in classes}
    mixed = [f"{path.name}:{node.name}" for path, node in classes
             if len(node.bases) > 1 or any(_base_name(base) in own for base in node.bases)]
    assert mixed == []


def test_each_app_is_styled_in_its_one_sheet() -> None:
    """Every style of the companion and of the console is in the app's `.tcss` (its
    CSS_PATH): no class carries CSS of its own, built or written inline."""
    inline = [f"{path.name}:{node.name}" for path, node in _classes(TUI)
              for item in node.body if isinstance(item, ast.Assign | ast.AnnAssign)
              for target in (item.targets if isinstance(item, ast.Assign) else [item.target])
              if isinstance(target, ast.Name) and target.id in ("DEFAULT_CSS", "CSS")]
    assert inline == []
    from tui.candidate import CandidateApp
    from tui.proctor.app import ProctorApp

    assert Path(str(CandidateApp.CSS_PATH)) == TUI / "candidate" / "candidate.tcss"
    assert Path(str(ProctorApp.CSS_PATH)) == TUI / "proctor" / "proctor.tcss"
