"""``labels`` of ``reader story --json``: each referent with, per article, the labels it
uses, their counts and a few sentences of evidence (fields in the README).

Hand-written: a plain walk over the referents :func:`reader.analysis.labels.find_labels` found.
"""

from __future__ import annotations

from collections.abc import Iterator

from reader.analysis.article import AnalysedArticle
from reader.analysis.figure_uses import sentence_around
from reader.analysis.label_referents import Label, Referent, Use

EVIDENCE_PER_LABEL = 3  # sentences kept per label and article (``count`` has them all)


def labels_json(referents: list[Referent], articles: list[AnalysedArticle]) -> list[dict]:
    """``labels`` of ``reader story --json`` (fields in the README)."""
    return list(iter_labels_json(referents, articles))


def iter_labels_json(referents: list[Referent], articles: list[AnalysedArticle]) -> Iterator[dict]:
    """The items of :func:`labels_json`, each made when it is read."""
    return (_referent_json(r, articles) for r in referents)


def _referent_json(r: Referent, articles: list[AnalysedArticle]) -> dict:
    # per label, its uses by article (looked up for each article and label, the uses of a
    # label that 1,000 articles use took a million steps)
    uses_in: list[dict[int, list[Use]]] = []
    for label in r.labels.values():
        grouped: dict[int, list[Use]] = {}
        for u in label.uses:
            grouped.setdefault(u.article, []).append(u)
        uses_in.append(grouped)
    by_article = []
    for i in r.articles():
        a = articles[i]
        labels = []
        for label, grouped in zip(r.labels.values(), uses_in, strict=True):
            uses = grouped.get(i)
            if uses:
                labels.append(_label_json(label, uses, a.body))
        by_article.append({"article": a.id, "outlet": a.outlet, "labels": labels})
    return {"referent": r.name, "kind": r.kind, "basis": r.basis,
            "articles": [articles[i].id for i in r.articles()],
            "distinct_labels": len(r.labels), "by_article": by_article}


def _label_json(label: Label, uses: list[Use], body: str) -> dict:
    first = uses[0]
    return {"text": " ".join(body[first.start : first.end].split()), "key": label.key, "how": label.how,
            "count": len(uses), "quoted": all(u.quoted for u in uses),
            "lexicon": label.mark.to_json() if label.mark is not None else None,
            "evidence": [{"start": u.start, "end": u.end, "quoted": u.quoted,
                          "sentence": " ".join(sentence_around(body, u.sentence, (u.start, u.end)).split())}
                         for u in uses[:EVIDENCE_PER_LABEL]]}
