"""A temperature that guards its own value.

The reading lives in self._celsius. The celsius property checks every
assignment, including the one in __init__ and the one made by the fahrenheit
setter, and refuses values below absolute zero (-273.15 C) with ValueError.
"""

ABSOLUTE_ZERO = -273.15


class Temperature:
    def __init__(self, celsius: float) -> None:
        self.celsius = celsius

    @property
    def celsius(self) -> float:
        return self._celsius

    @celsius.setter
    def celsius(self, value: float) -> None:
        if value < ABSOLUTE_ZERO:
            raise ValueError(f"{value} C is below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self) -> float:
        return self.celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value: float) -> None:
        self.celsius = (value - 32) * 5 / 9
