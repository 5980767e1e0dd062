"""Subtitle cleaner: tidy an .srt file produced by speech-to-text before it is published.

- drops filler words ("uh", "um", "erm") as whole words,
- turns "Surname, Firstname:" speaker labels into "Firstname Surname:",
- renumbers the cues from 1.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

TIMING = re.compile(r"^\d{2}:\d{2}:\d{2},\d{3} --> \d{2}:\d{2}:\d{2},\d{3}$")
SPEAKER = re.compile(r"^([A-Z][\w'-]+), ([A-Z][\w'-]+):")
SPACES = re.compile(r"[ \t]{2,}")


@dataclass
class Cue:
    timing: str
    lines: list[str]


def parse_srt(text: str) -> list[Cue]:
    """The cues of an .srt document; numbering lines are ignored and rebuilt on output."""
    cues: list[Cue] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.rstrip() for line in block.splitlines() if line.strip()]
        if lines and lines[0].isdigit():
            lines = lines[1:]
        if not lines or not TIMING.match(lines[0]):
            continue
        cues.append(Cue(lines[0], lines[1:]))
    return cues


def drop_fillers(line: str) -> str:
    cleaned = re.sub("\b(uh|um|erm)\b,? ?", "", line, flags=re.IGNORECASE)
    return SPACES.sub(" ", cleaned).strip()


def fix_speaker(line: str) -> str:
    return SPEAKER.sub(r"\2 \1:", line)


def clean(cues: list[Cue]) -> list[Cue]:
    out = []
    for cue in cues:
        lines = [fix_speaker(drop_fillers(line)) for line in cue.lines]
        lines = [line for line in lines if line]
        if lines:
            out.append(Cue(cue.timing, lines))
    return out


def render(cues: list[Cue]) -> str:
    blocks = [f"{n}\n{cue.timing}\n" + "\n".join(cue.lines) for n, cue in enumerate(cues, 1)]
    return "\n\n".join(blocks) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: subtitle_cleaner.py IN.srt OUT.srt", file=sys.stderr)
        return 2
    source, target = Path(argv[0]), Path(argv[1])
    cues = parse_srt(source.read_text(encoding="utf-8-sig"))
    target.write_text(render(clean(cues)), encoding="utf-8")
    print(f"{len(cues)} cues read, written to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
