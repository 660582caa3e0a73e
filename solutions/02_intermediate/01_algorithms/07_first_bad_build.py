"""Find the build that broke the tests, with as few test runs as possible.

Like `git bisect`: builds are listed oldest first, and once a change breaks
the tests, every later build is broken too. is_bad(build) runs the whole
test suite on one build, which takes about 20 minutes.

first_bad_build() finds the right build, but it runs the suite on every
build in turn, which can take days. Make it need only about log2(n) runs.
"""

from collections.abc import Callable


def first_bad_build(builds: list[str], is_bad: Callable[[str], bool]) -> str | None:
    """Return the oldest build for which is_bad() is true, or None if every
    build is good."""
    # Invariant: every build before lo is good, and builds[hi] (if it exists)
    # is bad. Each check halves the range between them.
    lo, hi = 0, len(builds)
    while lo < hi:
        mid = (lo + hi) // 2
        if is_bad(builds[mid]):
            hi = mid
        else:
            lo = mid + 1
    return builds[lo] if lo < len(builds) else None
