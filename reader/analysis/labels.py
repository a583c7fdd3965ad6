"""Labels: the words each outlet uses for the people, groups, places and events of a story,
side by side, each with the sentence it stands in.

A *referent* is what several words name; its *labels* are those words. Referents come
from two places:

- **Entities** (people, organisations, places merged across articles by
  :mod:`reader.analysis.entity_merge`). Their labels are the descriptions the text puts
  on a mention: a **title** before the name ("U.S. District Judge Indira Talwani": the
  title must be one of the roles the entity rules found), an **appositive** after it
  (", a Clinton appointee", ", appointed to the bench by President Barack Obama,": a
  phrase between commas that starts with an article, a participle or one of the
  person's role words, cut before a relative or -ing clause, at most 14 words) and, for people, a
  **reference**: "the Obama judge" is a definite noun phrase with one or two modifiers
  before one of the article's role nouns (judge, president, ...), tied to the last person
  mentioned before it who holds that role.
- **Noun phrases around one head** ("undocumented immigrants", "illegal migrants",
  "lawful migrants"): a modifier before a plural noun. Heads are grouped when the label
  lexicon lists them together (``heads`` of an entry: immigrant, migrant, alien ...) or
  when one ends with the other (migrants, immigrants); any other plural noun naming
  people by its ending (-ants, -ents, -ists, -ians, -ees, -ers, -ors) is a head too, shown
  only when the outlets that use it do not all use the same words. Words the lexicon
  lists are found as phrases as well ("activist judges").

The lexicon (:mod:`reader.analysis.label_lexicon`) marks the labels it lists with its note;
reader never judges a word beyond that. An entity is shown when it has two different
labels or more; a group when its articles differ in the words they use, or the lexicon
lists one of them. Nothing here knows any story's words: they come from the articles
and the lexicon.

One module per step: :mod:`~reader.analysis.label_referents` (referents, labels, uses),
:mod:`~reader.analysis.label_terms` (the lexicon's terms in a text),
:mod:`~reader.analysis.label_entities` (titles, appositives, references),
:mod:`~reader.analysis.label_heads` (noun phrases around one head) and
:mod:`~reader.analysis.label_json` (the JSON); this one runs them and keeps what is worth
showing.
"""

from __future__ import annotations

from reader.analysis.article import AnalysedArticle
from reader.analysis.label_entities import entity_referents
from reader.analysis.label_heads import group_referents
from reader.analysis.label_json import iter_labels_json, labels_json
from reader.analysis.label_lexicon import Lexicon
from reader.analysis.label_referents import ArticleText, Label, Referent, Use
from reader.analysis.label_terms import Matchers

__all__ = ["Label", "Referent", "Use", "find_labels", "iter_labels_json", "labels_json"]


def find_labels(articles: list[AnalysedArticle], lexicon: Lexicon, records: list[dict] | None = None
                ) -> list[Referent]:
    """The referents of the story that have labels worth setting side by side, lexicon
    marks first, then those most articles name. ``records``: the articles' merged
    entities (:func:`reader.analysis.entity_merge.merged_entities`), made when not given."""
    texts = [ArticleText(i, a) for i, a in enumerate(articles)]
    matchers = Matchers(lexicon)
    referents = entity_referents(articles, texts, matchers, records) + group_referents(texts, lexicon, matchers)
    kept = [r for r in referents if _worth_showing(r)]
    for r in kept:
        r._seen.clear()  # (what ``add`` looked up: not needed once the labels are found)
    kept.sort(key=lambda r: (not r.marked(), -len(r.articles()), -len(r.labels), _first(r)))
    return kept


def _first(r: Referent) -> tuple[int, int]:
    return min((u.article, u.start) for label in r.labels.values() for u in label.uses)


def _worth_showing(r: Referent) -> bool:
    if not r.labels:
        return False
    if r.basis == "entity":
        return len(r.labels) >= 2 or r.marked()
    if r.marked():
        return True
    by_article: dict[int, set[str]] = {}
    for key, label in r.labels.items():
        for u in label.uses:
            by_article.setdefault(u.article, set()).add(key)
    return len(by_article) >= 2 and len({frozenset(keys) for keys in by_article.values()}) >= 2

