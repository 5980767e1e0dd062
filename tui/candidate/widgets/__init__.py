"""The candidate companion's widgets (`activity` is imported where used: only `viva join` needs it)."""

from tui.candidate.widgets.chat import ChatPanel
from tui.candidate.widgets.dialogs import FinishScreen
from tui.candidate.widgets.mcq import LETTERS, McqPanel
from tui.candidate.widgets.questions import (
    AnswerBox,
    CardAnswer,
    CardGrade,
    CardQuestion,
    QuestionCard,
    QuestionFeed,
)
from tui.candidate.widgets.status import ProctorBanner, StatusBar
from tui.candidate.widgets.tabs import QuestionsTab, TaskTab
from tui.candidate.widgets.tests import TestResults, TestsPanel

__all__ = [
    "LETTERS",
    "AnswerBox",
    "CardAnswer",
    "CardGrade",
    "CardQuestion",
    "ChatPanel",
    "FinishScreen",
    "McqPanel",
    "ProctorBanner",
    "QuestionCard",
    "QuestionFeed",
    "QuestionsTab",
    "StatusBar",
    "TaskTab",
    "TestResults",
    "TestsPanel",
]
