"""Sort downloaded files into folders by extension, with pathlib.

`organize(root)` moves every file under root/inbox (subfolders included)
to root/sorted/<extension>/, and returns the new paths, sorted:

    inbox/휴가/사진.JPG      ->  sorted/jpg/사진.JPG
    inbox/report.pdf        ->  sorted/pdf/report.pdf
    inbox/Makefile          ->  sorted/no_ext/Makefile

If a file of that name is already there, it becomes report_1.pdf,
report_2.pdf, and so on. Files are handled in sorted order of their path.

This works, but it is written with os and os.path. The team has moved to
pathlib: rewrite it so that it takes a Path and returns a list of Path
objects, without importing os. The behaviour must stay exactly the same.
"""

import os


# TODO: refactor to pathlib (root: Path) -> list[Path]
def organize(root):
    inbox = os.path.join(root, "inbox")
    sources = []
    for dirpath, _dirnames, filenames in os.walk(inbox):
        for filename in filenames:
            sources.append(os.path.join(dirpath, filename))

    moved = []
    for src in sorted(sources):
        filename = os.path.basename(src)
        stem, ext = os.path.splitext(filename)
        folder = ext[1:].lower() or "no_ext"
        dest_dir = os.path.join(root, "sorted", folder)
        os.makedirs(dest_dir, exist_ok=True)

        dest = os.path.join(dest_dir, filename)
        n = 1
        while os.path.exists(dest):
            dest = os.path.join(dest_dir, f"{stem}_{n}{ext}")
            n += 1
        os.rename(src, dest)
        moved.append(dest)
    return sorted(moved)
