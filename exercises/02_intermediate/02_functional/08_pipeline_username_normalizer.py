"""Build a username normalizer by composing small functions.

pipeline(*steps) returns a single function that runs the steps from left to
right: pipeline(f, g, h)(x) == h(g(f(x))). With no steps, it returns its
input unchanged.

normalize_username is composed from the small steps below, but in an order
that gives wrong usernames. Write pipeline, then put the steps in an order
that works.
"""

import re
import unicodedata
from collections.abc import Callable
from functools import partial, reduce  # noqa: F401  (you will need reduce)
from typing import Any

Step = Callable[[Any], Any]


def pipeline(*steps: Step) -> Step:
    # TODO: return a function of one value that feeds it through every step.
    raise NotImplementedError


# Hangul typed on macOS often arrives decomposed (NFD): "김" as 3 jamo.
to_nfc = partial(unicodedata.normalize, "NFC")
# Every run of whitespace becomes one "-".
dash_spaces = partial(re.sub, r"\s+", "-")
# Keep only lowercase ASCII letters, digits, Hangul syllables, "_" and "-".
drop_symbols = partial(re.sub, r"[^a-z0-9가-힣_-]", "")

# TODO: all the steps are needed, but not in this order.
normalize_username = pipeline(
    drop_symbols, dash_spaces, str.casefold, to_nfc, str.strip
)
