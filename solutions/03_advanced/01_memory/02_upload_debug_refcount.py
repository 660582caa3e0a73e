"""An upload handler whose memory only ever grows.

handle_upload() checks an upload and returns a receipt. The admin debug page
shows the most recent uploads, so the handler remembers them: every upload,
payload and all, for as long as the server runs. Under load the server runs
out of memory. Keep the debug page working, but make sure that once
handle_upload() returns, it holds no reference to the upload.
"""

from collections import deque
from dataclasses import dataclass

DEBUG_PAGE_SIZE = 5


@dataclass
class Upload:
    upload_id: str
    user: str
    payload: bytes


# Only small summary lines, and only the last few: the uploads themselves can be
# freed as soon as their request is done.
_recent: deque[str] = deque(maxlen=DEBUG_PAGE_SIZE)


def handle_upload(upload: Upload) -> str:
    """Check one upload and return its receipt."""
    _recent.append(f"{upload.upload_id} {upload.user} {len(upload.payload):,} bytes")
    if not upload.payload:
        return f"rejected {upload.upload_id}: empty file"
    return f"accepted {upload.upload_id} ({upload.user}, {len(upload.payload):,} bytes)"


def recent_uploads() -> list[str]:
    """Lines for the debug page: the last DEBUG_PAGE_SIZE uploads, newest first."""
    return list(reversed(_recent))
