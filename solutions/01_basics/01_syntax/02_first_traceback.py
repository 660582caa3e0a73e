"""Read a traceback and fix the crash.

The program reads a birth year from standard input and prints how old
the person turns in CURRENT_YEAR. As shipped, it crashes: run it, read
the traceback from the bottom up, and fix the cause.
"""

CURRENT_YEAR = 2025


def age_in(year: int, birth_year: int) -> int:
    return year - birth_year


def main() -> None:
    birth_year = int(input())
    age = age_in(CURRENT_YEAR, birth_year)
    print(f"You turn {age} in {CURRENT_YEAR}.")


if __name__ == "__main__":
    main()
