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
    # TODO: every answer this gives is right, but it calls is_bad() once per
    # build. Use the order of the builds to rule out half of them per call.
    for build in builds:
        if is_bad(build):
            return build
    return None
