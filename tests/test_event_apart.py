"""Articles apart from others of a conflict's group: the incremental removal gives what
removing the article apart from the most others, recounting every time, gives."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.event_apart import one_event

IDS = [f"a{n}" for n in range(7)]


def _recounting(members: list[int], uses: list[Any], apart: frozenset[frozenset[str]]) -> list[int]:
    while True:
        ids = {uses[m].article for m in members}
        count = {a: sum(frozenset((a, b)) in apart for b in ids if b != a) for a in ids}
        worst = max(count, key=lambda a: (count[a], a), default=None)
        if worst is None or count[worst] == 0:
            return members
        members = [m for m in members if uses[m].article != worst]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(IDS), max_size=14),
       st.sets(st.tuples(st.sampled_from(IDS), st.sampled_from(IDS)), max_size=20))
def test_same_as_recounting(articles: list[str], pairs: set[tuple[str, str]]) -> None:
    uses: list[Any] = [SimpleNamespace(article=a) for a in articles]
    apart = frozenset(frozenset(p) for p in pairs)
    members = list(range(len(uses)))
    assert one_event(members, uses, apart) == _recounting(members, uses, apart)


def test_the_article_apart_from_two_goes_and_the_rest_stay() -> None:
    uses: list[Any] = [SimpleNamespace(article=a) for a in ("x", "y", "z", "x")]
    apart = frozenset({frozenset(("x", "y")), frozenset(("x", "z"))})
    assert one_event([0, 1, 2, 3], uses, apart) == [1, 2]
