"""Webhook handlers that register themselves, through a metaclass.

The payment service posts events like {"type": "payment.succeeded", ...} to
our webhook, and dispatch() passes each one to the handler class registered
for its type. Nobody keeps that registry by hand: every class statement that
creates a Handler subclass also runs HandlerMeta.__new__, because a class's
metaclass is inherited by its subclasses. HandlerMeta.__new__ checks each
new handler class and registers it under its event_type.
"""

from typing import Any, ClassVar


class HandlerMeta(type):
    registry: ClassVar[dict[str, type]] = {}

    def __new__(
        mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any]
    ) -> type:
        cls = super().__new__(mcls, name, bases, namespace)
        is_root = not any(isinstance(base, HandlerMeta) for base in bases)
        # Look in the class body (namespace), not on the class: `abstract`
        # and `event_type` are inherited, and inherited ones do not count.
        if is_root or namespace.get("abstract", False):
            return cls
        event_type = namespace.get("event_type")
        if not isinstance(event_type, str) or not event_type:
            raise TypeError(f"{name} must set event_type")
        if event_type in mcls.registry:
            owner = mcls.registry[event_type].__name__
            raise TypeError(
                f"{name}: event_type {event_type!r} is already handled by {owner}"
            )
        mcls.registry[event_type] = cls
        return cls


class Handler(metaclass=HandlerMeta):
    """Base of every webhook handler.

    A concrete subclass sets event_type in its class body and implements
    handle(). A subclass that only shares code sets abstract = True instead.
    """

    def handle(self, event: dict[str, Any]) -> str:
        raise NotImplementedError


def dispatch(event: dict[str, Any]) -> str:
    handler_class = HandlerMeta.registry.get(event["type"])
    if handler_class is None:
        return f"no handler for {event['type']!r}"
    return handler_class().handle(event)


class PaymentHandler(Handler):
    abstract = True

    def order_label(self, event: dict[str, Any]) -> str:
        return f"order #{event['order_id']}"


class PaymentSucceeded(PaymentHandler):
    event_type = "payment.succeeded"

    def handle(self, event: dict[str, Any]) -> str:
        return f"{self.order_label(event)}: mark as paid"


class PaymentFailed(PaymentHandler):
    event_type = "payment.failed"

    def handle(self, event: dict[str, Any]) -> str:
        return f"{self.order_label(event)}: tell the customer ({event['reason']})"


class RefundCreated(Handler):
    event_type = "refund.created"

    def handle(self, event: dict[str, Any]) -> str:
        return f"refund {event['refund_id']}: {event['amount']:,} KRW back"
