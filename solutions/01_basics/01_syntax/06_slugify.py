"""Turn a blog post title into a URL slug.

"Hello, World!" should become "hello-world", so that the post can live at
/posts/hello-world. Complete slugify() following the rules in its docstring.
"""


def slugify(title: str) -> str:
    """Return the URL slug of title.

    - The slug is lower-case.
    - A word is a run of letters and digits (Korean letters count too).
    - Words are joined with a single "-".
    - Everything else (spaces, punctuation, "_") only separates words.
    """
    spaced = "".join(ch if ch.isalnum() else " " for ch in title.lower())
    return "-".join(spaced.split())
