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
    # TODO: ^ and $ only match at the very start and end of the whole text,
    # the key is used as a regex, and \s also matches "\n".
    match = re.search(rf"^{key}\s*=\s*(.*)$", config_text)
    return match.group(1) if match else None
