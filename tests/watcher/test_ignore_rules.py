"""Ignore rules: .gitignore and .vivaignore through pathspec, with .git/ and .viva/ never sent."""

from __future__ import annotations

import os

import pytest

from watcher.ignore import IgnoreRules


def make(root, files):
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_gitignore_patterns_and_negations_decide_what_is_walked(tmp_path):
    make(tmp_path, {".gitignore": "*.log\n!keep.log\nbuild/\n/top.txt\n",
                    "a.py": "", "x.log": "", "keep.log": "", "build/out.py": "",
                    "top.txt": "", "sub/top.txt": ""})
    assert sorted(IgnoreRules(tmp_path).walk()) == [
        ".gitignore", "a.py", "keep.log", "sub/top.txt"]


def test_a_nested_gitignore_overrides_the_root_one_below_its_directory(tmp_path):
    make(tmp_path, {".gitignore": "*.log\n", "sub/.gitignore": "!*.log\nlocal.txt\n",
                    "a.log": "", "sub/b.log": "", "sub/local.txt": "", "local.txt": ""})
    rules = IgnoreRules(tmp_path)
    assert rules.is_ignored("a.log")
    assert not rules.is_ignored("sub/b.log")
    assert rules.is_ignored("sub/local.txt")
    assert not rules.is_ignored("local.txt")


def test_vivaignore_overrides_the_gitignore_beside_it(tmp_path):
    make(tmp_path, {".gitignore": "notes/\n", ".vivaignore": "!notes/\nsecret.py\n"})
    rules = IgnoreRules(tmp_path)
    assert not rules.is_ignored("notes/todo.md")
    assert rules.is_ignored("secret.py")


def test_git_and_viva_directories_are_never_sent_even_when_re_included(tmp_path):
    make(tmp_path, {".vivaignore": "!.git/\n!.viva/\n", ".git/HEAD": "", ".viva/outbox.db": "",
                    "sub/.git/config": "", "main.py": ""})
    rules = IgnoreRules(tmp_path)
    assert sorted(rules.walk()) == [".vivaignore", "main.py"]
    assert rules.is_ignored(".git/HEAD") and rules.is_ignored("sub/.git/config")


def test_a_file_inside_an_ignored_directory_cannot_be_re_included(tmp_path):
    make(tmp_path, {".gitignore": "build/\n!build/keep.py\n", "build/keep.py": ""})
    assert IgnoreRules(tmp_path).is_ignored("build/keep.py")


def test_editor_temporaries_and_caches_are_ignored_unless_re_included(tmp_path):
    rules = IgnoreRules(tmp_path)
    for rel in (".main.py.swp", "main.py~", "main.py___jb_tmp___", "4913",
                "__pycache__/main.cpython-311.pyc", "pkg/__pycache__/x.pyc", "node_modules/a.js"):
        assert rules.is_ignored(rel), rel
    make(tmp_path, {".vivaignore": "!node_modules/\n"})
    rules.reload()
    assert not rules.is_ignored("node_modules/a.js")


def test_reload_picks_up_an_edited_ignore_file(tmp_path):
    make(tmp_path, {".gitignore": "", "data.csv": ""})
    rules = IgnoreRules(tmp_path)
    assert not rules.is_ignored("data.csv")
    (tmp_path / ".gitignore").write_text("*.csv\n")
    rules.reload()
    assert rules.is_ignored("data.csv")
    assert rules.affects(".gitignore") and rules.affects("sub/.vivaignore")
    assert not rules.affects("gitignore.py")


def test_an_ignore_file_inside_an_ignored_directory_does_not_count(tmp_path):
    make(tmp_path, {".gitignore": "vendor/\n", "vendor/.gitignore": "!*\n", "vendor/lib.py": ""})
    assert list(IgnoreRules(tmp_path).walk()) == [".gitignore"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_walking_does_not_follow_symlinked_directories(tmp_path):
    outside = tmp_path / "outside"
    make(outside, {"secret.py": ""})
    ws = tmp_path / "ws"
    make(ws, {"main.py": ""})
    (ws / "linked").symlink_to(outside, target_is_directory=True)
    assert list(IgnoreRules(ws).walk()) == ["main.py"]
