"""Print the most common words of the text on standard input.

    python exercise.py < article.txt      # the 3 most common words
    python exercise.py 5 < article.txt    # the 5 most common words

Each output line is "word count", most common first. Words are compared in
lower case.

Another script wants to reuse the counting with `from exercise import
top_words`, but importing this file runs the whole program. Refactor it so
that it works both ways, without changing what the program prints.
"""

import sys
from collections import Counter

# TODO: move the counting into top_words(text, n) and the rest into main(),
# and call main() only when this file is run as a program.
n = int(sys.argv[1]) if len(sys.argv) > 1 else 3
counts = Counter(sys.stdin.read().lower().split())
for word, count in counts.most_common(n):
    print(word, count)
