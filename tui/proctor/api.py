"""The REST half of the proctor console: sessions, files, timelines and reports (SPEC §4).

Exceptions:
    ApiFailed -- a request the server refused or could not be reached for; `message` is a
                 sentence fit to show the proctor, `status` and `code` say what happened.
"""

from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

__all__ = ["ApiFailed", "RestClient"]

REPORT_FORMATS: Final = ("md", "html", "json")
"""Formats `GET /sessions/{id}/report/` serves."""


class ApiFailed(Exception):
    """A REST call that did not succeed, described for a person."""

    def __init__(self, message: str, status: int = 0, code: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code


def _failure(resp: httpx.Response, what: str) -> ApiFailed:
    try:
        body = resp.json()
        sentence, code = str(body.get("error") or resp.text), str(body.get("code") or "")
    except ValueError:
        sentence, code = f"HTTP {resp.status_code}: {resp.text[:200]}", ""
    return ApiFailed(f"{what}: {sentence}", resp.status_code, code)


class RestClient:
    """Staff calls against one server, over one pooled `httpx.AsyncClient`."""

    def __init__(self, server: str, token: str, *, timeout: float = 30) -> None:
        self.server = server.rstrip("/")
        self._http = httpx.AsyncClient(base_url=self.server, timeout=timeout,
                                       headers={"Authorization": f"Bearer {token}"})

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def _call(self, method: str, url: str, what: str, **kw: Any) -> httpx.Response:
        try:
            resp = await self._http.request(method, url, **kw)
        except httpx.HTTPError as exc:
            raise ApiFailed(f"{what}: cannot reach {self.server} ({exc})") from exc
        if resp.status_code >= 400:
            raise _failure(resp, what)
        return resp

    async def sessions(self) -> list[dict[str, Any]]:
        """Every session's summary."""
        resp = await self._call("GET", "/sessions/", "listing sessions")
        return list(resp.json())

    async def session(self, session_id: int) -> dict[str, Any]:
        """One session's summary."""
        resp = await self._call("GET", f"/sessions/{session_id}", f"reading session {session_id}")
        return dict(resp.json())

    async def files(self, session_id: int, at: str | None = None) -> dict[str, dict[str, str]]:
        """The workspace, now or as of `at`: `{path: {content, sha256}}`."""
        params = {"at": at} if at else None
        resp = await self._call("GET", f"/sessions/{session_id}/files",
                                f"reading session {session_id}'s files", params=params)
        return dict(resp.json())

    async def timeline(self, session_id: int) -> dict[str, Any]:
        """Every event of the session, in order."""
        resp = await self._call("GET", f"/sessions/{session_id}/timeline",
                                f"reading session {session_id}'s timeline")
        return dict(resp.json())

    async def similarity(self, slug: str) -> list[dict[str, Any]]:
        """The assessment's pairs of sessions by similarity of their code, most similar first."""
        resp = await self._call("GET", f"/assessments/{quote(slug, safe='')}/similarity",
                                f"reading {slug}'s similar pairs")
        return list(resp.json().get("pairs") or [])

    async def report(self, session_id: int, fmt: str = "md", *, generate: bool = True) -> bytes:
        """The session's report in `fmt`, generated now first when `generate`."""
        if fmt not in REPORT_FORMATS:
            raise ApiFailed(f"reports come as {', '.join(REPORT_FORMATS)}, not {fmt!r}")
        what = f"generating session {session_id}'s report"
        if generate:
            try:
                await self._call("POST", f"/sessions/{session_id}/generate-report", what)
            except ApiFailed as exc:
                if exc.status in (404, 405) and exc.code in ("not_found", "method_not_allowed", ""):
                    raise ApiFailed("this server cannot generate reports yet "
                                    "(no POST /sessions/{id}/generate-report)", exc.status,
                                    exc.code) from None
                raise
        try:
            resp = await self._call("GET", f"/sessions/{session_id}/report/",
                                    f"fetching session {session_id}'s report",
                                    params={"format": fmt})
        except ApiFailed as exc:
            if exc.code == "report_not_ready":
                raise ApiFailed(f"session {session_id}'s report is not ready yet; "
                                "try again in a moment", exc.status, exc.code) from None
            if exc.status == 404 and exc.code in ("not_found", ""):
                raise ApiFailed("this server does not serve reports yet "
                                "(no GET /sessions/{id}/report/)", exc.status, exc.code) from None
            raise
        return resp.content
