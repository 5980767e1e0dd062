"""The one client the server has for an OpenAI-compatible endpoint (OpenAI, a local server, any
proxy): a langchain-openai chat model over a connection pool of its own.

The examiner asks and grades through it (`LLMExaminer`); challenges are written through it
(`server.challenges.llm`). Its pool is closed by `aclose()`: langchain-openai's default pool is
shared by the process and never closed, so its connections would outlive the event loop.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import httpx

from .errors import ModelUnavailable

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

__all__ = ["ChatClient"]


class ChatClient:
    """A chat model at `base_url` (OpenAI's when None); every call bounded by `timeout`."""

    def __init__(self, *, api_key: str | None, base_url: str | None, model: str,
                 timeout: float = 20.0) -> None:
        try:
            from langchain_openai import ChatOpenAI
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise ModelUnavailable(
                "a model needs langchain-openai: pip install 'viva[server]'") from exc
        self.timeout = timeout
        self._http = httpx.AsyncClient(timeout=timeout)
        # A local OpenAI-compatible server needs no key, but the client insists on one.
        self.model: BaseChatModel = ChatOpenAI(
            model=model, api_key=api_key or "not-needed",  # type: ignore[arg-type]
            base_url=base_url, timeout=timeout, max_retries=0, temperature=0,
            http_async_client=self._http)

    async def json_object(self, messages: Sequence[tuple[str, str]], *,
                          temperature: float = 0.0) -> dict[str, Any]:
        """The model's answer to `messages` as a JSON object (a Markdown fence around it is
        taken off); ModelUnavailable when the call fails, is late or answers anything else."""
        runnable = self.model.bind(temperature=temperature,
                                   response_format={"type": "json_object"})
        try:
            reply = await asyncio.wait_for(runnable.ainvoke(list(messages)), self.timeout)
        except TimeoutError as exc:
            raise ModelUnavailable(f"the model did not answer within {self.timeout}s") from exc
        except Exception as exc:  # any client or server error: no usable answer
            raise ModelUnavailable(f"the model call failed: {type(exc).__name__}") from exc
        try:
            data = json.loads(_unfenced(str(reply.content)))
        except ValueError as exc:
            raise ModelUnavailable("the model's answer was not a JSON object") from exc
        if not isinstance(data, dict):
            raise ModelUnavailable("the model's answer was not a JSON object")
        return data

    async def aclose(self) -> None:
        """Close the connections to the model."""
        await self._http.aclose()


def _unfenced(text: str) -> str:
    text = text.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
        text = text.rsplit("```", 1)[0]
    return text
