"""The candidate companion (`viva tui`, `viva join`)."""

from tui.candidate.app import CandidateApp

__all__ = ["CandidateApp"]
