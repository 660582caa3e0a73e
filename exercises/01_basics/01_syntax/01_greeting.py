"""Welcome to pyroad! Make the greeting match exactly.

The program reads a name from standard input and greets that person.
It is almost right: run it, read the diff pyroad shows, and fix the text.
"""

name = input().strip()

# TODO: pyroad expects slightly different text. Compare with the diff and fix it.
print(f"Hello {name}!")
print("Welcome to pyroad")
