"""Structural subtyping: a Notifier is anything with send(message) -> bool.

The alerting code needs "something that can send a message". The KakaoTalk
client comes from a vendor's SDK that we cannot change, so it will never
inherit from a base class of ours, and our own clients do not either. Turn
Notifier into a Protocol that both mypy and isinstance() can check, and write
broadcast().
"""

from abc import ABC, abstractmethod
from collections.abc import Iterable


# TODO: turn Notifier into a Protocol that isinstance() can check.
class Notifier(ABC):
    @abstractmethod
    def send(self, message: str) -> bool:
        """Deliver message; return True if it was accepted."""


class SlackNotifier:
    def __init__(self, channel: str) -> None:
        self.channel = channel

    def send(self, message: str) -> bool:
        print(f"[slack {self.channel}] {message}")
        return True


class EmailNotifier:
    def __init__(self, address: str) -> None:
        self.address = address

    def send(self, message: str) -> bool:
        if "@" not in self.address:
            return False
        print(f"[mail {self.address}] {message}")
        return True


class KakaoAlimtalkClient:
    """From the vendor's SDK: we cannot change or subclass-register it."""

    def __init__(self, template: str) -> None:
        self.template = template

    def send(self, message: str) -> bool:
        if len(message) > 40:
            raise ValueError("alimtalk messages are limited to 40 characters")
        print(f"[kakao {self.template}] {message}")
        return True


def register(notifiers: list[Notifier], candidate: object) -> None:
    """Add candidate to notifiers, or raise TypeError if it cannot send."""
    if not isinstance(candidate, Notifier):
        raise TypeError(f"{type(candidate).__name__} cannot send notifications")
    notifiers.append(candidate)


def broadcast(notifiers: Iterable[Notifier], message: str) -> int:
    """Send message through every notifier; return how many accepted it.

    A notifier that returns False or raises an exception counts as failed,
    and the others still get the message.
    """
    # TODO: write it. Report a notifier that raises with
    # print(f"{type(notifier).__name__} failed: {error}") and carry on.
    raise NotImplementedError


def on_call_notifiers() -> list[Notifier]:
    return [
        SlackNotifier("#ops-alerts"),
        EmailNotifier("oncall@example.com"),
        KakaoAlimtalkClient("ALERT_01"),
    ]
