"""Assessment packs in the database: the shipped ones stored from the first start, loaded ones
replaced by slug, and each row's pack validated once per version and cached."""

from __future__ import annotations

from typing import Any, Final

from tortoise.exceptions import IntegrityError

from server.packs import Pack, shipped_packs
from server.storage.models import Assessment
from viva.protocol import decimal_id

__all__ = ["all_packs", "find_assessment", "pack_of", "store_pack", "sync_shipped_packs"]

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


def _fields(pack: Pack) -> dict[str, Any]:
    return {"title": pack.title, "pack": pack.model_dump(mode="json"),
            "time_limit_minutes": pack.time_limit_minutes,
            "available_from": pack.available_from, "available_until": pack.available_until}


async def store_pack(pack: Pack) -> tuple[Assessment, bool]:
    """Insert or replace the pack with this slug; True when it was new."""
    assessment, created = await Assessment.update_or_create(defaults=_fields(pack), slug=pack.slug)
    return assessment, created


async def sync_shipped_packs() -> int:
    """Insert every shipped pack the database does not have yet; how many were added."""
    have = {slug for (slug,) in await Assessment.all().values_list("slug")}
    added = 0
    for pack in shipped_packs():
        if pack.slug not in have:
            try:
                await Assessment.create(slug=pack.slug, **_fields(pack))
            except IntegrityError:  # another server starting on the same fresh database won
                continue
            added += 1
    return added
