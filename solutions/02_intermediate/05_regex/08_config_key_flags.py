"""Look up one setting in a .properties-style config file.

    # 주문 서비스 설정
    app.name = 주문 서비스
    HOST = db.internal
      db.user = order_app

get_setting(config_text, key) returns the value of key, or None. It only
works on one-line files, and even then not for every key. Fix it.
"""

import re


def get_setting(config_text: str, key: str) -> str | None:
    """Return the value of the first `key = value` line for key, or None.

    - The line may be indented with spaces or tabs; spaces around "=" are
      optional. Lines starting with "#" are comments.
    - Keys ignore case: "HOST", "Host" and "host" are the same key.
    - The key is matched literally: "db.user" does not match "db_user".
    - The value is the rest of that line without surrounding spaces; it may
      be empty ("").
    """
    # [ \t] rather than \s, so that an empty value never reaches the next line.
    pattern = rf"^[ \t]*{re.escape(key)}[ \t]*=[ \t]*(.*?)[ \t]*$"
    match = re.search(pattern, config_text, flags=re.MULTILINE | re.IGNORECASE)
    return match.group(1) if match else None
