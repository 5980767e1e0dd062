"""A closed LLM examiner leaves no connection to the model open: the process that used it
exits without `ResourceWarning: unclosed transport`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

SCRIPT = r'''
import asyncio, gc, json, sys
sys.path.insert(0, sys.argv[1])
from conftest import FakeOpenAI
from tests.support.chat_server import serve_chat_completions
from test_examiner_llm import GOOD_QUESTION, _ask_context
from server.examiner.llm import LLMExaminer

async def main():
    fake = FakeOpenAI()
    runner, fake.url = await serve_chat_completions(fake.handle)
    fake.answer_json(GOOD_QUESTION)
    examiner = LLMExaminer(api_key=None, base_url=fake.url, model="fake-model", timeout=5)
    try:
        assert await examiner.ask(_ask_context()) is not None
    finally:
        await examiner.aclose()
        await runner.cleanup()

asyncio.run(main())
gc.collect()
print("done")
'''


def test_a_closed_llm_examiner_leaves_no_connection_open() -> None:
    result = subprocess.run([sys.executable, "-W", "always::ResourceWarning", "-c",
                             SCRIPT, str(HERE)], capture_output=True, text=True, timeout=120,
                            check=False, cwd=HERE.parents[2])
    assert result.returncode == 0 and "done" in result.stdout, result.stderr[-3000:]
    assert "unclosed" not in result.stderr, result.stderr[-3000:]
