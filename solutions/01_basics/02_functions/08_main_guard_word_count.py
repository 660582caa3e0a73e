"""Print the most common words of the text on standard input.

python exercise.py < article.txt      # the 3 most common words
python exercise.py 5 < article.txt    # the 5 most common words
"""

import sys
from collections import Counter


def top_words(text: str, n: int = 3) -> list[tuple[str, int]]:
    """The n most common words of text, in lower case, most common first."""
    return Counter(text.lower().split()).most_common(n)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    for word, count in top_words(sys.stdin.read(), n):
        print(word, count)


if __name__ == "__main__":
    main()
