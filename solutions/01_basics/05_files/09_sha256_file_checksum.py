"""Compute the SHA-256 checksum of a file, however big it is.

Upload services store a checksum of every file to spot duplicates and
damaged transfers. `file_sha256` gives the right answer, but on a large
file it takes minutes. Make it fast, and keep its memory use small: a file
can be much bigger than the machine's RAM.
"""

import hashlib

CHUNK_SIZE = 1024 * 1024  # 1 MiB


def file_sha256(path: str) -> str:
    """Return the SHA-256 of the file's bytes as 64 hex digits."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK_SIZE):
            h.update(chunk)
    return h.hexdigest()
