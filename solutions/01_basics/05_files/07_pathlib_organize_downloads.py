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

from pathlib import Path


def organize(root: Path) -> list[Path]:
    sources = sorted(p for p in (root / "inbox").rglob("*") if p.is_file())

    moved = []
    for src in sources:
        dest_dir = root / "sorted" / (src.suffix[1:].lower() or "no_ext")
        dest_dir.mkdir(parents=True, exist_ok=True)

        dest = dest_dir / src.name
        n = 1
        while dest.exists():
            dest = dest_dir / f"{src.stem}_{n}{src.suffix}"
            n += 1
        moved.append(src.rename(dest))
    return sorted(moved)
