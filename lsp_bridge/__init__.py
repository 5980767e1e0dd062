"""`viva lsp`: a language server that streams an editor's buffers to a viva session and
shows the examiner's questions at the lines they are about."""

from __future__ import annotations

from lsp_bridge.commands import run_lsp
from lsp_bridge.features import register
from lsp_bridge.language_server import VivaLanguageServer
from lsp_bridge.questions import ANSWER_COMMAND

__all__ = ["ANSWER_COMMAND", "VivaLanguageServer", "register", "run_lsp"]
