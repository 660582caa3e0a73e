"""Payroll without a type switch.

monthly_pay() below decides each employee's pay with an if/elif chain on the
employee's class. Every new kind of employee means editing that chain, and a
subclass with its own pay rule is silently paid by its parent's rule.

Refactor: give the classes a monthly_pay() method (an Employee earns its base
salary, a Manager adds its bonus, an Engineer adds OVERTIME_RATE per overtime
hour) and have payroll_report() call employee.monthly_pay(). The report must
not change, and a new subclass of Employee with its own monthly_pay() must work
without any change to payroll_report().
"""

OVERTIME_RATE = 30_000


class Employee:
    def __init__(self, name: str, base_salary: int) -> None:
        self.name = name
        self.base_salary = base_salary


class Manager(Employee):
    def __init__(self, name: str, base_salary: int, bonus: int) -> None:
        super().__init__(name, base_salary)
        self.bonus = bonus


class Engineer(Employee):
    def __init__(self, name: str, base_salary: int, overtime_hours: int) -> None:
        super().__init__(name, base_salary)
        self.overtime_hours = overtime_hours


class Intern(Employee):
    """Paid the base salary only."""


# TODO: move each branch into a monthly_pay() method, then delete this function.
def monthly_pay(employee: Employee) -> int:
    if isinstance(employee, Manager):
        return employee.base_salary + employee.bonus
    elif isinstance(employee, Engineer):
        return employee.base_salary + employee.overtime_hours * OVERTIME_RATE
    elif isinstance(employee, Intern):
        return employee.base_salary
    else:
        raise TypeError(f"unknown employee type: {type(employee).__name__}")


def payroll_report(employees: list[Employee]) -> list[str]:
    lines = []
    total = 0
    for employee in employees:
        pay = monthly_pay(employee)
        total += pay
        lines.append(f"{employee.name} ({type(employee).__name__}): {pay:,}")
    lines.append(f"total: {total:,}")
    return lines
