"""Parse semantic-version release tags (semver.org).

The deploy script reads git tags such as "v1.4.2" or "2.0.0-rc.1+build.7"
and needs their parts. parse_version() works, but nobody on the team can
read its pattern. Refactor it without changing what it returns:

- compile the pattern once, at module level, as SEMVER_RE;
- write it with re.VERBOSE: one piece per line, each with a # comment;
- give the five parts named groups: major, minor, patch, prerelease and
  buildmetadata, and use those names in parse_version().
"""

import re

Version = tuple[int, int, int, str | None, str | None]

SEMVER_RE = re.compile(
    r"""
    v?                                  # git tags often start with "v"
    (?P<major>0|[1-9][0-9]*) \.         # numbers have no leading zeros
    (?P<minor>0|[1-9][0-9]*) \.
    (?P<patch>0|[1-9][0-9]*)
    (?:-(?P<prerelease>                 # optional "-" and pre-release:
        (?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)        # identifiers,
        (?:\.(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*))*  # dot-separated
    ))?
    (?:\+(?P<buildmetadata>             # optional "+" and build metadata
        [0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*
    ))?
    """,
    re.VERBOSE,
)


def parse_version(tag: str) -> Version | None:
    """Return (major, minor, patch, prerelease, buildmetadata), or None.

    A leading "v" is allowed. prerelease and buildmetadata are None when the
    tag has none.
    """
    match = SEMVER_RE.fullmatch(tag)
    if match is None:
        return None
    return (
        int(match["major"]),
        int(match["minor"]),
        int(match["patch"]),
        match["prerelease"],
        match["buildmetadata"],
    )
