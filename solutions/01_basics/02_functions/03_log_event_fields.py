"""Format one structured log line."""


def format_event(event: str, /, *tags: str, **fields: object) -> str:
    parts = [event]
    if tags:
        parts.append(f"[{','.join(tags)}]")
    parts.extend(f"{key}={value}" for key, value in fields.items() if value is not None)
    return " ".join(parts)
