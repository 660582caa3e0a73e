"""Precise return types for one flexible method: typing.overload.

EnvConfig.get() reads an environment variable and converts it to the type of
the default value. It works, but its one signature says it returns
"str | int | float | bool | None" whatever you pass, so every caller below
fails mypy. Add @overload signatures so that the type of the default decides
the return type, the way typeshed types dict.get().
"""

from collections.abc import Mapping
from typing import overload

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off"}


class EnvConfig:
    def __init__(self, values: Mapping[str, str]) -> None:
        self._values = dict(values)

    @overload
    def get(self, key: str) -> str | None: ...
    @overload
    def get(self, key: str, default: bool) -> bool: ...
    @overload
    def get(self, key: str, default: int) -> int: ...
    @overload
    def get(self, key: str, default: float) -> float: ...
    @overload
    def get(self, key: str, default: str) -> str: ...

    def get(
        self, key: str, default: str | int | float | bool | None = None
    ) -> str | int | float | bool | None:
        """Return the variable converted to the type of default.

        A missing variable gives the default. Without a default (or with a str
        default) the raw text is returned. A bool default accepts the words in
        TRUE_WORDS and FALSE_WORDS; int and float defaults convert with int()
        and float(). Text that does not convert raises ValueError.
        """
        raw = self._values.get(key)
        if raw is None:
            return default
        if default is None or isinstance(default, str):
            return raw
        expected = type(default).__name__
        if isinstance(default, bool):
            word = raw.strip().lower()
            if word in TRUE_WORDS | FALSE_WORDS:
                return word in TRUE_WORDS
        else:
            try:
                return type(default)(raw)
            except ValueError:
                pass
        raise ValueError(f"{key}: expected {expected}, got {raw!r}")


# --- callers: these must type-check without changes -------------------------


def worker_count(env: EnvConfig) -> int:
    return env.get("WORKERS", 2) * env.get("THREADS_PER_WORKER", 4)


def request_timeout(env: EnvConfig) -> float:
    return env.get("TIMEOUT_SECONDS", 2.5)


def feature_enabled(env: EnvConfig, name: str) -> bool:
    return env.get(f"FEATURE_{name.upper()}", False)


def service_name(env: EnvConfig) -> str:
    return env.get("SERVICE_NAME", "orders-api").strip()


def sentry_dsn(env: EnvConfig) -> str | None:
    return env.get("SENTRY_DSN")
