"""A sliding-window rate limiter for a login API.

RateLimiter(limit, window) lets each user make at most `limit` requests in
any `window` seconds. allow(user, now) is called once per incoming request,
with timestamps that never go backwards, and says whether to serve it.

Its answers are right, but after a few hours of traffic every call gets
slower. Make it fast without changing what allow() returns.
"""


class RateLimiter:
    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        # TODO: this keeps every allowed request since the server started.
        self._allowed: dict[str, list[float]] = {}

    def allow(self, user: str, now: float) -> bool:
        """Serve the request unless the user already has `limit` allowed
        requests in the last `window` seconds (later than now - window).
        Blocked requests are not recorded."""
        history = self._allowed.setdefault(user, [])
        recent = sum(1 for t in history if t > now - self.window)
        if recent >= self.limit:
            return False
        history.append(now)
        return True
