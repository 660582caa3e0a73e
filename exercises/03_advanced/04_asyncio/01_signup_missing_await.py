"""Fix a signup handler that forgets to await its coroutines.

Calling an `async def` function does not run its body. It only creates a
coroutine object, and the body runs when that object is awaited.
register_user forgets this in three places: every new user is reported as
"already registered", nobody is saved, and no welcome email goes out.

Add the missing `await`s in register_user. Don't change UserStore or
send_welcome_email.
"""

import asyncio


class UserStore:
    """An in-memory stand-in for an async database client."""

    def __init__(self) -> None:
        self.users: dict[str, str] = {}

    async def find_user(self, email: str) -> str | None:
        await asyncio.sleep(0)  # a real client would wait for the database here
        return self.users.get(email)

    async def insert_user(self, email: str, name: str) -> None:
        await asyncio.sleep(0)
        self.users[email] = name


async def send_welcome_email(outbox: list[str], email: str, name: str) -> None:
    await asyncio.sleep(0)  # a real mailer would talk to an SMTP server here
    outbox.append(f"to {email}: {name}님, 가입을 환영합니다!")


async def register_user(
    store: UserStore, outbox: list[str], email: str, name: str
) -> str:
    email = email.strip().lower()
    # TODO: three calls below create coroutines but never run them
    if store.find_user(email):
        return f"{email}: already registered"
    store.insert_user(email, name)
    send_welcome_email(outbox, email, name)
    return f"{email}: registered"
