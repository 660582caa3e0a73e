"""Alert when an endpoint's running average latency gets too high.

running_average() is a generator used as a coroutine: you send() it each
new latency and it yields the average of all latencies so far, keeping
its running total between calls. latency_alerts feeds it the latencies of
one endpoint and collects an alert whenever the average goes above the
limit. Right now it crashes on the first request. Run it, read the
traceback, and fix latency_alerts. running_average itself is correct.
"""

from collections.abc import Generator, Iterable


def running_average() -> Generator[float | None, float, None]:
    """Receive numbers with send(); yield the average of all numbers so far."""
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def latency_alerts(latencies: Iterable[float], limit: float) -> list[str]:
    """An alert for every request after which the running average is over limit."""
    averages = running_average()
    alerts = []
    for number, latency in enumerate(latencies, start=1):
        average = averages.send(latency)
        if average > limit:
            alerts.append(f"request #{number}: average {average:.1f} ms > {limit:g} ms")
    return alerts
