"""Structural analysis: syntax trees (ast, tree-sitter through ast-grep), rules kept as data,
and the typed facts questions are built from."""

from __future__ import annotations

from .kinds import CATEGORY_ORDER, Category, Kind

__all__ = ["CATEGORY_ORDER", "Category", "Kind"]
