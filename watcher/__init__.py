"""The workspace watcher: streams a directory's text files into a viva session."""

from watcher.cli import main, run_watch, watch_directory
from watcher.ignore import IgnoreRules
from watcher.sync import WorkspaceWatcher

__all__ = ["IgnoreRules", "WorkspaceWatcher", "main", "run_watch", "watch_directory"]
