"""Packs as the server holds them: Assessment rows, validated once per version and cached."""

from __future__ import annotations

from typing import Final

from server.models import Assessment
from server.packs import Pack
from viva.protocol import decimal_id

__all__ = ["all_packs", "find_assessment", "pack_of"]

_CACHE_SIZE: Final = 64
_cache: dict[tuple[int, str], Pack] = {}


def pack_of(assessment: Assessment) -> Pack:
    """The validated pack of an Assessment row (cached per row and version; do not mutate)."""
    key = (assessment.id, f"{assessment.slug}@{assessment.updated_at}")
    pack = _cache.get(key)
    if pack is None:
        pack = Pack.model_validate(assessment.pack)
        if len(_cache) >= _CACHE_SIZE:
            _cache.pop(next(iter(_cache)))
        _cache[key] = pack
    return pack


async def all_packs() -> list[Pack]:
    """Every loaded pack, by slug."""
    return [pack_of(a) for a in await Assessment.all().order_by("slug")]


async def find_assessment(test_id: str | int) -> Assessment | None:
    """The assessment named by slug or numeric id."""
    text = str(test_id).strip()
    number = decimal_id(text)
    if number is not None:
        found = await Assessment.get_or_none(id=number)
        if found is not None:
            return found
    return await Assessment.get_or_none(slug=text) if text and len(text) <= 100 else None
