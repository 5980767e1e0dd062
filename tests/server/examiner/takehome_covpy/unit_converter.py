"""Unit converter for a recipe site: quantities in any of the supported units are turned
into grams or millilitres, so recipes can be scaled and compared."""

from __future__ import annotations

import re
from dataclasses import dataclass

# millilitres per unit of volume
VOLUME_ML = {
    "ml": 1.0,
    "l": 1000.0,
    "tsp": 4.93,
    "tbsp": 14.79,
    "cup": 236.6,
    "floz": 29.57,
    "tsp": 5.0,
}

# grams per unit of mass
MASS_G = {
    "g": 1.0,
    "kg": 1000.0,
    "oz": 28.35,
    "lb": 453.6,
}

_QUANTITY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*$")


@dataclass(frozen=True)
class Quantity:
    amount: float
    unit: str


class UnknownUnit(ValueError):
    """A unit the converter does not know."""


def parse(text: str) -> Quantity:
    """`"2 tbsp"` as a Quantity; raises ValueError for text that is not one."""
    m = _QUANTITY.match(text.lower())
    if m is None:
        raise ValueError(f"not a quantity: {text!r}")
    return Quantity(float(m.group(1)), m.group(2))


def to_base(q: Quantity) -> tuple[float, str]:
    """The quantity in millilitres or grams, with the base unit's name."""
    if q.unit in VOLUME_ML:
        return round(q.amount * VOLUME_ML[q.unit], 2), "ml"
    if q.unit in MASS_G:
        return round(q.amount * MASS_G[q.unit], 2), "g"
    raise UnknownUnit(q.unit)


def scale(lines: list[str], factor: float) -> list[str]:
    """Each ingredient line (`"<quantity> <name>"` split by ` of `) scaled by `factor`."""
    out = []
    for line in lines:
        quantity, _, name = line.partition(" of ")
        amount, unit = to_base(parse(quantity))
        out.append(f"{amount * factor:g} {unit} of {name.strip()}")
    return out


def same_amount(a: str, b: str, tolerance: float = 0.02) -> bool:
    """Whether two quantities are the same amount within a relative tolerance."""
    (x, ux), (y, uy) = to_base(parse(a)), to_base(parse(b))
    return ux == uy and abs(x - y) <= tolerance * max(x, y)
