"""Keep a to-do list in a plain text file.

The file holds one item per line and is encoded in UTF-8. Complete the
three functions below so that a small command-line tool can list, add and
complete items. Open every file with a `with` statement and an explicit
encoding.
"""


def load_todos(path: str) -> list[str]:
    """Return the items in the file, in order, without line endings.

    Blank lines are skipped and spaces around an item are removed.
    A missing file means there is nothing to do yet: return [].
    """
    try:
        with open(path, encoding="utf-8") as f:
            return [item for line in f if (item := line.strip())]
    except FileNotFoundError:
        return []


def add_todo(path: str, item: str) -> None:
    """Add `item` as a new last line, creating the file if it is missing."""
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"{item}\n")


def complete_todo(path: str, item: str) -> bool:
    """Remove the first item equal to `item` and save the rest, one per line.

    Return True if the item was found. If it was not (or the file is
    missing), leave the disk untouched and return False.
    """
    items = load_todos(path)
    if item not in items:
        return False
    items.remove(item)
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(f"{rest}\n" for rest in items)
    return True
