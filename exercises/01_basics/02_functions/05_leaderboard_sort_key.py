"""Rank the players of a game.

rank_players(players) gets a list of {"name": ..., "score": ...} dicts and
returns the player names from first place to last: highest score first, and
players with the same score in alphabetical order of their names, ignoring
upper and lower case.
"""

from typing import TypedDict


class Player(TypedDict):
    name: str
    score: int


def rank_players(players: list[Player]) -> list[str]:
    # TODO: sort the players with a key function written as a lambda
    return [player["name"] for player in players]
