"""Welcome to pyroad! Make the greeting match exactly.

The program reads a name from standard input and greets that person.
It is almost right: run it, read the diff pyroad shows, and fix the text.
"""

name = input().strip()

print(f"Hello, {name}!")
print("Welcome to pyroad.")
