"""A million sensor readings in a small worker.

The battery dashboard loads the last few days of readings from every IoT
sensor into memory, about a million Reading objects, and reports on them.
The numbers are right, but the worker has a hard memory limit and the load
does not fit. Make every Reading smaller without changing how it is used.
"""

from collections import Counter
from collections.abc import Iterable


# TODO: a million of these do not fit. What does each instance carry around?
class Reading:
    """One reading from one sensor."""

    def __init__(self, sensor: str, hour: int, battery: int, status: str) -> None:
        self.sensor = sensor
        self.hour = hour
        self.battery = battery
        self.status = status


def low_battery(readings: Iterable[Reading], threshold: int) -> list[str]:
    """Sensors whose latest reading is below threshold percent, sorted."""
    latest: dict[str, int] = {}
    for reading in readings:
        latest[reading.sensor] = reading.battery
    return sorted(sensor for sensor, battery in latest.items() if battery < threshold)


def error_counts(readings: Iterable[Reading]) -> Counter[str]:
    """How many readings of each sensor reported an error."""
    return Counter(r.sensor for r in readings if r.status == "error")
