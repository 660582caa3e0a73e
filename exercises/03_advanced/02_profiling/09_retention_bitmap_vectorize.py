"""Daily and retained users from activity bitmaps.

The app records who was active each day as a bitmap, the way Redis SETBIT
does: user n is bit n, counted from the most significant bit of byte 0. A
day of 40 million users is a 5 MB bytes object.

The functions below are correct and use the right algorithm: one pass over
the users. They are still far too slow, because that pass runs a dozen
Python bytecodes for each of 40 million users. Move the loop out of Python.
"""


def is_active(bitmap: bytes, user_id: int) -> bool:
    """Like Redis GETBIT: is bit `user_id` of the bitmap set?"""
    return bitmap[user_id >> 3] >> (7 - (user_id & 7)) & 1 == 1


def daily_active_users(bitmap: bytes) -> int:
    """How many users were active on this day (how many bits are set)."""
    # TODO: this loop is the hotspot. Who else could run it?
    return sum(1 for user_id in range(len(bitmap) * 8) if is_active(bitmap, user_id))


def retained_users(days: list[bytes]) -> int:
    """How many users were active on every one of the days; 0 for no days.

    All bitmaps have the same length.
    """
    if not days:
        return 0
    return sum(
        1
        for user_id in range(len(days[0]) * 8)
        if all(is_active(day, user_id) for day in days)
    )
