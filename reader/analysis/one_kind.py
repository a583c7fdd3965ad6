"""A story's count told by a general key in one report and by a specific one in another: "people"
evacuated and "employees" evacuated, "children" hospitalized and "students" hospitalized, "12 were on
duty" and "Eight dispatchers were on the floor".

Three steps read a general key as the story's one specific key of the same event
(:func:`reader.analysis.leaving_counts.one_evacuated_noun`, :func:`reader.analysis.group_counts.one_group`,
:func:`reader.analysis.duty_counts.one_duty_kind`), each with its own guards for which specific keys may
stand; the rule they share is here: exactly one specific key, and no article telling both it and the
general one (an article that does tells two counts: "240 workers were evacuated and 1,500 people
nearby were told to stay indoors").

Hand-written: a set comparison over keys already read.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

Key = tuple[str, str | None] | None


def one_kind(articles: Sequence[str], keys: Sequence[Key], general: Key, kinds: Collection[Key],
             keep: Sequence[bool] | None = None) -> list[Key]:
    """``keys`` (one per figure, ``articles`` its article's id) with each ``general`` key read as the
    one key of ``kinds``, when there is exactly one and no article tells both (module doc); a figure
    whose ``keep`` is true stays as it is."""
    if len(kinds) != 1:
        return list(keys)
    (kind,) = kinds
    telling = {a for a, k in zip(articles, keys, strict=True) if k == kind}
    told_generally = {a for a, k in zip(articles, keys, strict=True) if k == general}
    if telling & told_generally:
        return list(keys)
    return [kind if k == general and not (keep is not None and keep[n]) else k for n, k in enumerate(keys)]
