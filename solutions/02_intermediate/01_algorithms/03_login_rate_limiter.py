"""A sliding-window rate limiter for a login API.

RateLimiter(limit, window) lets each user make at most `limit` requests in
any `window` seconds. allow(user, now) is called once per incoming request,
with timestamps that never go backwards, and says whether to serve it.

Its answers are right, but after a few hours of traffic every call gets
slower. Make it fast without changing what allow() returns.
"""

from collections import defaultdict, deque


class RateLimiter:
    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        # Per user, only the allowed requests still inside the window, oldest
        # first: at most `limit` timestamps each, however long the server runs.
        self._allowed: defaultdict[str, deque[float]] = defaultdict(deque)

    def allow(self, user: str, now: float) -> bool:
        """Serve the request unless the user already has `limit` allowed
        requests in the last `window` seconds (later than now - window).
        Blocked requests are not recorded."""
        history = self._allowed[user]
        # Timestamps only grow, so the expired ones are all at the left end.
        while history and history[0] <= now - self.window:
            history.popleft()
        if len(history) >= self.limit:
            return False
        history.append(now)
        return True
