"""Client-side subcommands that talk REST: `viva invite`, `viva report`."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import httpx

__all__ = ["api_error", "run_invite", "run_report", "staff_token"]


def staff_token(given: str | None) -> str | None:
    """A staff token: the flag, else VIVA_TOKEN, else one minted with the local server secret."""
    if given:
        return given
    if os.environ.get("VIVA_TOKEN"):
        return os.environ["VIVA_TOKEN"]
    # beside a server, `viva token` can mint one with the local secret (a subprocess, so this
    # client module never imports the server)
    try:
        out = subprocess.run([sys.executable, "-m", "viva", "token", "--role", "admin",
                              "--name", "cli", "--ttl", "30"],
                             capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    token = out.stdout.strip()
    return token if out.returncode == 0 and token else None


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
        print("viva invite: give --token (an admin or proctor token) or set VIVA_TOKEN", file=sys.stderr)
        return 2
    body = {"assessment": args.assessment, "candidate": {"name": args.candidate, "email": args.email}}
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
    return 0


def run_report(args: argparse.Namespace) -> int:
    """Fetch a session's report, generating it first if it is not ready."""
    token = staff_token(args.token)
    if not token:
        print("viva report: give --token or set VIVA_TOKEN", file=sys.stderr)
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
