"""A temperature that guards its own value.

Temperature keeps a reading in degrees Celsius behind a property, so that a
value below absolute zero (-273.15 C) is refused with ValueError, and offers the
same reading in Fahrenheit. As shipped, creating any Temperature crashes with
RecursionError. Find out why and fix it; celsius must stay a property.
"""

ABSOLUTE_ZERO = -273.15


class Temperature:
    def __init__(self, celsius: float) -> None:
        self.celsius = celsius

    # TODO: the getter and the setter below call themselves forever.
    @property
    def celsius(self) -> float:
        return self.celsius

    @celsius.setter
    def celsius(self, value: float) -> None:
        if value < ABSOLUTE_ZERO:
            raise ValueError(f"{value} C is below absolute zero")
        self.celsius = value

    @property
    def fahrenheit(self) -> float:
        return self.celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value: float) -> None:
        self.celsius = (value - 32) * 5 / 9
