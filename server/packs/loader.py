"""Reading packs from TOML or JSON, with errors that name the file, the key and the reason."""

from __future__ import annotations

import json
import re
import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Final

from pydantic import ValidationError

from server.packs.checks import Problem, check_pack, partial_problems
from server.packs.model import Pack

FORMATS: Final[frozenset[str]] = frozenset({"toml", "json"})
"""Pack formats `parse_pack` understands."""

_TOML_POSITION: Final = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_END: Final = re.compile(r"\s*\(at end of document\)\s*$")


class PackError(Exception):
    """A pack that cannot be used; `str()` is `FILE: KEY: REASON` for its first problem."""

    def __init__(
        self, source: str, key: str, reason: str, problems: list[Problem] | None = None
    ) -> None:
        self.source = source
        """The file (or label) the pack came from."""
        self.key = key
        """Dotted path of the offending key, e.g. `mcq.questions[3].answer`, or `line N`."""
        self.reason = reason
        """What is wrong, as a sentence fragment."""
        self.problems = problems or [(key, reason)]
        """Every problem found, as (key, reason) pairs; the first is `key`/`reason`."""
        super().__init__(f"{source}: {key}: {reason}")


def parse_pack(text: str, *, source: str, fmt: str = "toml") -> Pack:
    """Parse and validate a pack from TOML or JSON text; raise PackError on any problem."""
    data = _decode(text, source=source, fmt=fmt)
    try:
        pack = Pack.model_validate(data)
    except ValidationError as exc:
        problems = [(_dotted(err["loc"]), _reason(err)) for err in exc.errors()]
        seen = set(problems)  # and what the valid parts say, so every problem shows at once
        problems += [p for p in partial_problems(data) if p not in seen]
        raise PackError(source, *problems[0], problems=problems) from None
    problems = check_pack(pack)
    if problems:
        raise PackError(source, *problems[0], problems=problems)
    return pack


def load_pack(path: str | Path) -> Pack:
    """Read a pack file (`.json` is JSON, anything else TOML); raise PackError on any problem."""
    path = Path(path)
    fmt = "json" if path.suffix.lower() == ".json" else "toml"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(str(path), "(file)", f"cannot read the file: {exc}") from exc
    return parse_pack(text, source=str(path), fmt=fmt)


def shipped_packs() -> list[Pack]:
    """The packs that ship with viva, sorted by slug (deep copies: safe to change)."""
    return [pack.model_copy(deep=True) for pack in _shipped()]


def shipped_pack(slug: str) -> Pack:
    """The shipped pack with this slug (KeyError if none)."""
    for pack in _shipped():
        if pack.slug == slug:
            return pack.model_copy(deep=True)
    raise KeyError(slug)


@lru_cache(maxsize=1)
def _shipped() -> tuple[Pack, ...]:
    folder = resources.files("server.packs") / "data"
    packs = [
        parse_pack(entry.read_text(encoding="utf-8"), source=f"server/packs/data/{entry.name}")
        for entry in folder.iterdir()
        if entry.name.endswith(".toml") and not entry.name.startswith("_")
    ]
    return tuple(sorted(packs, key=lambda pack: pack.slug))


def _decode(text: str, *, source: str, fmt: str) -> dict[str, Any]:
    if fmt not in FORMATS:
        raise PackError(source, "(format)", f"unknown format '{fmt}': use toml or json")
    data: Any
    if fmt == "toml":
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise PackError(source, *_toml_position(str(exc), text)) from None
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise PackError(
                source, f"line {exc.lineno}", f"invalid JSON: {exc.msg} (column {exc.colno})"
            ) from None
    if not isinstance(data, dict):
        raise PackError(source, "(document)", "a pack must be a table of keys")
    return data


def _toml_position(message: str, text: str) -> tuple[str, str]:
    match = _TOML_POSITION.search(message)
    if match:
        line, column = match.groups()
        return f"line {line}", f"invalid TOML: {message[: match.start()]} (column {column})"
    if _TOML_END.search(message):
        last = len(text.splitlines()) or 1
        return f"line {last}", f"invalid TOML: {_TOML_END.sub('', message)} (at end of file)"
    return "(document)", f"invalid TOML: {message}"


def _dotted(loc: tuple[int | str, ...]) -> str:
    key = ""
    for part in loc:
        if isinstance(part, int):
            key += f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", part):
            key += f".{part}" if key else part
        else:
            key += f"[{json.dumps(part)}]"
    return key or "(document)"


def _reason(err: Any) -> str:
    kind = err["type"]
    if kind == "missing":
        return "required key is missing"
    if kind == "extra_forbidden":
        return "unknown key"
    message = str(err["msg"])
    message = message.removeprefix("Value error, ")
    got = err.get("input")
    if kind.endswith(("_type", "_parsing")):
        message += f" (got {type(got).__name__} {_short(got)})"
    return message


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
