"""Server frames as the clients receive them: parsed into their `viva.protocol` models."""

from __future__ import annotations

import json
from typing import Any

from viva.protocol import Message, parse_server_frame

__all__ = ["wire"]


def wire(frame: dict[str, Any]) -> Message:
    """`frame` sent over the wire and read back, as the proctor's feed hands it on."""
    return parse_server_frame(json.dumps(frame))
