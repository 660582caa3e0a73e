"""Make the settings loader pass `mypy --strict` without changing what it does.

The service reads its settings from a JSON config file, and environment
variables (APP_HOST, APP_PORT, APP_DEBUG, APP_ALLOWED_ORIGINS) override the
file. The code works, but the team now runs `mypy --strict` in CI and this
module fails it. Add the missing type hints and fix what mypy reports.

TODO: run the checks, read mypy's report and fix it one error at a time.
"""

import json
from dataclasses import dataclass, field

TRUTHY = {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8000
    debug: bool = False
    allowed_origins: list[str] = field(default_factory=list)


def parse_bool(text):
    return text.strip().lower() in TRUTHY


def parse_port(text):
    port = int(text)
    if not 0 < port < 65536:
        raise ValueError(f"port out of range: {port}")
    return port


def parse_origins(text):
    return [origin.strip() for origin in text.split(",") if origin.strip()]


def read_config(text) -> dict:
    return json.loads(text)


def load_settings(env, config_text="{}") -> Settings:
    config = read_config(config_text)
    defaults = Settings()
    host = env.get("APP_HOST", config.get("host", defaults.host))
    if "APP_PORT" in env:
        port = parse_port(env["APP_PORT"])
    else:
        port = config.get("port", defaults.port)
    if "APP_DEBUG" in env:
        debug = parse_bool(env["APP_DEBUG"])
    else:
        debug = config.get("debug", defaults.debug)
    if "APP_ALLOWED_ORIGINS" in env:
        origins = parse_origins(env["APP_ALLOWED_ORIGINS"])
    else:
        origins = config.get("allowed_origins", [])
    return Settings(host, port, debug, origins)
