"""A small Flask service that lists and serves the generated PDF reports of a team.

Reports are written by a nightly job into REPORT_ROOT/<team>/; the dashboard links to
/reports/<team>?file=<name>.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from flask import Flask, abort, jsonify, request, send_file

REPORT_ROOT = Path(os.environ.get("REPORT_ROOT", "/srv/reports")).resolve()
TEAM_NAME = re.compile(r"[a-z0-9-]{1,32}")

app = Flask(__name__)


def team_dir(team: str) -> Path:
    if not TEAM_NAME.fullmatch(team):
        abort(404)
    folder = REPORT_ROOT / team
    if not folder.is_dir():
        abort(404)
    return folder


def describe(path: Path) -> dict:
    stat = path.stat()
    return {"name": path.name, "bytes": stat.st_size, "modified": int(stat.st_mtime)}


@app.get("/reports/<team>/index")
def list_reports(team: str):
    folder = team_dir(team)
    reports = sorted((p for p in folder.iterdir() if p.suffix == ".pdf"),
                     key=lambda p: p.stat().st_mtime, reverse=True)
    limit = min(int(request.args.get("limit", "50")), 200)
    return jsonify([describe(p) for p in reports[:limit]])


@app.get("/reports/<team>")
def get_report(team: str):
    folder = team_dir(team)
    name = request.args.get("file", "")
    if not name.endswith(".pdf"):
        abort(400)
    if any(part == ".." for part in name.split("/")):
        abort(400)
    path = os.path.join(folder, name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)


@app.delete("/reports/<team>/<name>")
def delete_report(team: str, name: str):
    folder = team_dir(team)
    path = (folder / name).resolve()
    if not path.is_relative_to(folder) or path.suffix != ".pdf":
        abort(400)
    if not path.exists():
        abort(404)
    path.unlink()
    return "", 204


@app.errorhandler(400)
def bad_request(_err):
    return jsonify(error="bad request"), 400


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", "8080")))
