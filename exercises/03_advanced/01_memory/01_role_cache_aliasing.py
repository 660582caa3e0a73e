"""Cached role lookups that hand out admin rights.

Every request asks RoleService for the user's roles. get_roles() caches what
it loads, so the database is queried only once per user, and effective_roles()
adds "admin" for a sudo request. But after one sudo request, the user stays an
admin on every later request. Fix it, and keep the cache: the database must
still be queried only once per user.
"""


class RoleService:
    def __init__(self, table: dict[str, list[str]]) -> None:
        self._table = table  # stands in for the users table of the database
        self._cache: dict[str, list[str]] = {}
        self.db_queries = 0

    def _load(self, user_id: str) -> list[str]:
        """Query the database (slow, so callers go through the cache)."""
        self.db_queries += 1
        return self._table.get(user_id, ["viewer"])

    # TODO: every caller gets the very object that sits in the cache.
    def get_roles(self, user_id: str) -> list[str]:
        if user_id not in self._cache:
            self._cache[user_id] = self._load(user_id)
        return self._cache[user_id]

    def effective_roles(self, user_id: str, sudo: bool = False) -> list[str]:
        """The roles one request runs with: a sudo request is also an admin."""
        roles = self.get_roles(user_id)
        if sudo:
            roles.append("admin")
        return roles
