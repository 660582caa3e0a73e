"""Daily and retained users from activity bitmaps.

The app records who was active each day as a bitmap, the way Redis SETBIT
does: user n is bit n, counted from the most significant bit of byte 0. A
day of 40 million users is a 5 MB bytes object.

The per-user loop is gone. A Python int is an array of machine words that C
code processes all at once, so the whole bitmap becomes one int: `&` keeps
the users active on both days and int.bit_count() counts the set bits.
"""


def is_active(bitmap: bytes, user_id: int) -> bool:
    """Like Redis GETBIT: is bit `user_id` of the bitmap set?"""
    return bitmap[user_id >> 3] >> (7 - (user_id & 7)) & 1 == 1


def daily_active_users(bitmap: bytes) -> int:
    """How many users were active on this day (how many bits are set)."""
    return int.from_bytes(bitmap, "big").bit_count()


def retained_users(days: list[bytes]) -> int:
    """How many users were active on every one of the days; 0 for no days.

    All bitmaps have the same length.
    """
    if not days:
        return 0
    everyday = int.from_bytes(days[0], "big")
    for day in days[1:]:
        everyday &= int.from_bytes(day, "big")
    return everyday.bit_count()
