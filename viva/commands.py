"""Client-side subcommands that talk REST: `viva invite`, `viva report`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Final

import httpx

from viva.settings import token as staff_token

__all__ = ["NO_TOKEN", "api_error", "run_invite", "run_report", "staff_token"]


NO_TOKEN: Final = "give --token (an admin or proctor token) or set VIVA_TOKEN"
"""What a staff command says, after its name, when it has no token."""


def api_error(resp: httpx.Response) -> str:
    """The server's error sentence for a failed response."""
    try:
        body = resp.json()
        return f"{body.get('error', resp.text)} ({body.get('code', resp.status_code)})"
    except ValueError:
        return f"HTTP {resp.status_code}: {resp.text[:200]}"


def run_invite(args: argparse.Namespace) -> int:
    """Create a session and print the candidate's invite."""
    token = staff_token(args.token)
    if not token:
        print(f"viva invite: {NO_TOKEN}", file=sys.stderr)
        return 2
    body: dict[str, object] = {"assessment": args.assessment,
                               "candidate": {"name": args.candidate, "email": args.email}}
    if getattr(args, "ttl", None) is not None:
        body["ttl_minutes"] = args.ttl
    try:
        resp = httpx.post(f"{args.server.rstrip('/')}/sessions/", json=body,
                          headers={"Authorization": f"Bearer {token}"}, timeout=15)
    except httpx.HTTPError as exc:
        print(f"viva invite: cannot reach {args.server}: {exc}", file=sys.stderr)
        return 1
    if resp.status_code != 201:
        print(f"viva invite: {api_error(resp)}", file=sys.stderr)
        return 1
    data = resp.json()
    print(f"session {data['session_id']} for {args.candidate}")
    print(data["invite"])
    if data.get("expires_at"):
        print(f"the invite can be used until {data['expires_at']}")
    return 0


def run_report(args: argparse.Namespace) -> int:
    """Fetch a session's report, generating it first if it is not ready."""
    token = staff_token(args.token)
    if not token:
        print(f"viva report: {NO_TOKEN}", file=sys.stderr)
        return 2
    base = args.server.rstrip("/")
    headers = {"Authorization": f"Bearer {token}"}
    url = f"{base}/sessions/{args.session_id}/report/"
    try:
        with httpx.Client(timeout=60, headers=headers) as http:
            resp = http.get(url, params={"format": args.format})
            if resp.status_code == 404 and "report_not_ready" in resp.text:
                gen = http.post(f"{base}/sessions/{args.session_id}/generate-report")
                if gen.status_code >= 400:
                    print(f"viva report: {api_error(gen)}", file=sys.stderr)
                    return 1
                resp = http.get(url, params={"format": args.format})
    except httpx.HTTPError as exc:
        print(f"viva report: cannot reach {base}: {exc}", file=sys.stderr)
        return 1
    if resp.status_code != 200:
        print(f"viva report: {api_error(resp)}", file=sys.stderr)
        return 1
    if args.output:
        Path(args.output).write_bytes(resp.content)
        print(f"wrote {args.output}")
    else:
        sys.stdout.write(resp.text)
    return 0
