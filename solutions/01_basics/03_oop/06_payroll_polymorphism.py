"""Payroll without a type switch.

The module used to decide each employee's pay with an if/elif chain on the
employee's class. Now every class knows its own pay: monthly_pay() is a method,
and payroll_report() simply asks each employee for it. A new kind of employee
only needs a new class.
"""

OVERTIME_RATE = 30_000


class Employee:
    def __init__(self, name: str, base_salary: int) -> None:
        self.name = name
        self.base_salary = base_salary

    def monthly_pay(self) -> int:
        return self.base_salary


class Manager(Employee):
    def __init__(self, name: str, base_salary: int, bonus: int) -> None:
        super().__init__(name, base_salary)
        self.bonus = bonus

    def monthly_pay(self) -> int:
        return super().monthly_pay() + self.bonus


class Engineer(Employee):
    def __init__(self, name: str, base_salary: int, overtime_hours: int) -> None:
        super().__init__(name, base_salary)
        self.overtime_hours = overtime_hours

    def monthly_pay(self) -> int:
        return super().monthly_pay() + self.overtime_hours * OVERTIME_RATE


class Intern(Employee):
    """Paid the base salary only, which Employee.monthly_pay already does."""


def payroll_report(employees: list[Employee]) -> list[str]:
    lines = []
    total = 0
    for employee in employees:
        pay = employee.monthly_pay()
        total += pay
        lines.append(f"{employee.name} ({type(employee).__name__}): {pay:,}")
    lines.append(f"total: {total:,}")
    return lines
