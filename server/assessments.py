"""Assessment packs in the database: the shipped ones from the first start, and loaded ones."""

from __future__ import annotations

from typing import Any

from tortoise.exceptions import IntegrityError

from server.models import Assessment
from server.packs import Pack, shipped_packs

__all__ = ["store_pack", "sync_shipped_packs"]


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
