"""An upload handler whose memory only ever grows.

handle_upload() checks an upload and returns a receipt. The admin debug page
shows the most recent uploads, so the handler remembers them: every upload,
payload and all, for as long as the server runs. Under load the server runs
out of memory. Keep the debug page working, but make sure that once
handle_upload() returns, it holds no reference to the upload.
"""

from dataclasses import dataclass

DEBUG_PAGE_SIZE = 5


@dataclass
class Upload:
    upload_id: str
    user: str
    payload: bytes


# TODO: this list keeps every upload (and its payload) alive forever.
_recent: list[Upload] = []


def handle_upload(upload: Upload) -> str:
    """Check one upload and return its receipt."""
    _recent.append(upload)
    if not upload.payload:
        return f"rejected {upload.upload_id}: empty file"
    return f"accepted {upload.upload_id} ({upload.user}, {len(upload.payload):,} bytes)"


def recent_uploads() -> list[str]:
    """Lines for the debug page: the last DEBUG_PAGE_SIZE uploads, newest first."""
    return [
        f"{u.upload_id} {u.user} {len(u.payload):,} bytes"
        for u in reversed(_recent[-DEBUG_PAGE_SIZE:])
    ]
