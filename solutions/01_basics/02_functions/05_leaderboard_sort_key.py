"""Rank the players of a game."""

from typing import TypedDict


class Player(TypedDict):
    name: str
    score: int


def rank_players(players: list[Player]) -> list[str]:
    ranked = sorted(players, key=lambda p: (-p["score"], p["name"].casefold()))
    return [player["name"] for player in ranked]
