"""Fix the grade report.

Reads lines of "name score" from standard input, prints each student's
letter grade, then the class average. The grading scale is:

    90-100 A    80-89 B    70-79 C    60-69 D    0-59 F

When there are no students, the last line is "no students" instead of
the average. The program has two bugs: find them and fix them.
"""

import sys


def letter_grade(score: int) -> str:
    if score > 90:
        return "A"
    elif score > 80:
        return "B"
    elif score > 70:
        return "C"
    elif score > 60:
        return "D"
    else:
        return "F"


def main() -> None:
    total = 0
    count = 0
    for line in sys.stdin:
        if not line.strip():
            continue  # skip blank lines
        name, score_text = line.split()
        score = int(score_text)
        total += score
        count += 1
        print(f"{name}: {score} {letter_grade(score)}")

    print(f"average: {total / count:.1f}")


if __name__ == "__main__":
    main()
