"""Textual apps: the candidate companion (`tui.candidate`) and the proctor console."""
