"""Build a username normalizer by composing small functions."""

import re
import unicodedata
from collections.abc import Callable
from functools import partial, reduce
from typing import Any

Step = Callable[[Any], Any]


def pipeline(*steps: Step) -> Step:
    def run(value: Any) -> Any:
        # reduce feeds the value through the steps: step3(step2(step1(value))).
        return reduce(lambda result, step: step(result), steps, value)

    return run


# Hangul typed on macOS often arrives decomposed (NFD): "김" as 3 jamo.
to_nfc = partial(unicodedata.normalize, "NFC")
# Every run of whitespace becomes one "-".
dash_spaces = partial(re.sub, r"\s+", "-")
# Keep only lowercase ASCII letters, digits, Hangul syllables, "_" and "-".
drop_symbols = partial(re.sub, r"[^a-z0-9가-힣_-]", "")

# Compose first (so Hangul survives drop_symbols), trim before spaces turn into
# dashes, lowercase before dropping what is not lowercase.
normalize_username = pipeline(
    to_nfc,
    str.strip,
    str.casefold,
    dash_spaces,
    drop_symbols,
)
