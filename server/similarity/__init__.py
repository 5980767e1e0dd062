"""The similarity engine: tokens from the parsed code -> winnowed fingerprints -> an inverted
index -> pairs with their matched fragments (the shape of Dolos). Pure: no database, no sockets.

- `languages`: which grammar reads a file; node kinds normalised (rules as data).
- `tokens`: a file's token stream from its tree-sitter tree, and what it spells (lexemes).
- `fingerprints`: k-gram hashes, winnowed.
- `submission`: one submission's fingerprints, the template's left out.
- `index`: hash -> submissions, so a new one is compared with all earlier ones by lookup.
- `pairs`: one pair's similarity, longest fragment and matched line blocks.
- `engine`: every pair of a set, most similar first.
"""

from __future__ import annotations

from .engine import COMMON_SHARE, compare_all
from .fingerprints import WINDOW, Fingerprint, K
from .index import Index
from .languages import EXTENSIONS, language_of
from .pairs import Block, Pair, compare
from .submission import Submission, fingerprint, template_hashes

__all__ = [
    "COMMON_SHARE", "EXTENSIONS", "WINDOW", "Block", "Fingerprint", "Index", "K", "Pair",
    "Submission", "compare", "compare_all", "fingerprint", "language_of", "template_hashes",
]
