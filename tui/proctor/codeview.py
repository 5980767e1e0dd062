"""A file shown with syntax highlighting, its latest change marked and scrolled into view."""

from __future__ import annotations

from typing import Any

from rich.syntax import Syntax
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static, Tree
from textual.widgets.tree import TreeNode

__all__ = ["CodeView", "FileTree", "describe_lines"]


def describe_lines(lines: list[int]) -> str:
    """`line 4` or `lines 4–9` (first to last touched)."""
    if not lines:
        return ""
    return f"line {lines[0]}" if len(lines) == 1 or lines[0] == lines[-1] else f"lines {lines[0]}–{lines[-1]}"


class CodeView(VerticalScroll):
    """One file's text; the lines of its latest change highlighted."""

    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)
        self.path: str | None = None
        self.text = ""
        self.changed: list[int] = []

    def compose(self) -> Any:
        yield Static("", id="code-title", markup=False)
        yield Static("", id="code-body")

    def show(self, path: str | None, text: str | None, changed: list[int] | None = None,
             note: str = "") -> None:
        """Show `text` as `path`; highlight and scroll to the `changed` lines."""
        self.path, self.text, self.changed = path, text or "", list(changed or [])
        title = self.query_one("#code-title", Static)
        body = self.query_one("#code-body", Static)
        if path is None or text is None:
            title.update(note or "no file")
            body.update(Text("(nothing to show)", style="dim"))
            return
        where = describe_lines(self.changed)
        title.update(" · ".join(x for x in (path, note, f"changed {where}" if where else "") if x))
        body.update(Syntax(self.text or " ", Syntax.guess_lexer(path, self.text), line_numbers=True,
                           highlight_lines=set(self.changed), theme="monokai",
                           word_wrap=False, indent_guides=False))
        if self.changed:
            self.scroll_to(y=max(0, self.changed[0] - 4), animate=False)


class FileTree(Tree[str]):
    """The workspace's paths as a tree; the last edited file starred."""

    def __init__(self, **kw: Any) -> None:
        super().__init__("workspace", **kw)
        self.show_root = False
        self.guide_depth = 2
        self.paths: list[str] = []
        self.recent: str | None = None
        self._leaves: dict[str, TreeNode[str]] = {}

    def set_paths(self, paths: list[str], selected: str | None, recent: str | None = None) -> None:
        """Show `paths`; the cursor on `selected`, a star on `recent`. Rebuilt only on change."""
        paths = sorted(paths)
        if paths != self.paths:
            self.paths = paths
            self.clear()
            self._leaves = {}
            folders: dict[str, TreeNode[str]] = {}
            for path in paths:
                parent = self.root
                parts = path.split("/")
                for depth in range(len(parts) - 1):
                    folder = "/".join(parts[:depth + 1])
                    if folder not in folders:
                        folders[folder] = parent.add(f"{parts[depth]}/", expand=True)
                    parent = folders[folder]
                self._leaves[path] = parent.add_leaf(parts[-1], data=path)
            self.recent = None
        if recent != self.recent:
            for which in (self.recent, recent):
                node = self._leaves.get(which or "")
                if node is not None and which:
                    name = which.rsplit("/", 1)[-1]
                    node.set_label(Text.assemble(name, (" ●", "yellow")) if which == recent else name)
            self.recent = recent
        node = self._leaves.get(selected or "")
        if node is not None and self.cursor_node is not node:
            self.move_cursor(node, animate=False)
