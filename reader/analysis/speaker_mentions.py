"""Where the article mentions each person it names, and which of those mentions are
*salient* (a pronoun's possible antecedents): the registry's second pass
(:class:`reader.analysis.speaker_registry.Registry`), once every person is known.

A mention is a surname (or its possessive) in any sentence. It is salient unless it
follows a preposition, an article or a possessive (``by President Barack Obama``, ``to
Ana de la Cruz``: the name's particles are part of it; but ``according to Ann Roe`` is
salient: the words are credited to her; so is ``we spoke to Ann Roe, who said``), or lies
inside a ``, a …`` appositive (``a Bill Clinton appointee``) or a ``, whose …`` clause
(``Mary Roe, whose daughter Poppy died``), nor one in a capitalised run opened by ``of``
(``Ann Roe, of Wessex Water North Valley,``: the office's place); a possessive (``Lee’s``) is
salient only opening its sentence or after punctuation. Hand-written, like the rest of the
speaker rules: the few words before a mention decide it.
"""

from __future__ import annotations

import re
from itertools import compress, count
from operator import itemgetter

from reader.analysis.speaker_lexicon import HONORIFICS, LISTENER_VERBS, PARTICLES, WINDOW
from reader.analysis.speaker_people import Person
from reader.analysis.speaker_words import Word, only_space, words

# ", a …" appositive, or a ", whose …" clause ("Mary Roe, whose daughter Poppy died, …": not Poppy)
APPOSITIVE_COMMA_RE = re.compile(r",\s+(?:a|an|whose)\s")
# words after which a mention is not salient (also what a role phrase before a name skips)
PREP_BEFORE = {"by", "of", "with", "to", "for", "from", "against", "about", "on", "in", "at", "a", "an",
               "the", "his", "her", "their", "its", "our", "under", "than"}
# after a name: a relative clause whose verb is one of saying, past an appositive if any
_WHO_SPEAKS_RE = re.compile(r"(?:,\s+[^,.;:“”\"\n]{1,100})?,\s+who\s+(?:[a-z]+ly\s+)?(?:said|says|told|tells|added|"
                            r"explained|recalled|described|warned|insisted|argued)\b")
_TEXT = itemgetter(2)       # a word's text
# verbs whose object is a listener, no antecedent for the speaker's "he" ("told The Hindu")
# (not after "I told": the writer's listener speaks next, "I told Sanders … he responded";
# not "asked": the one asked answers)
_LISTENER_BEFORE = LISTENER_VERBS


def mention_all(text: str, sentences: list[tuple[int, int]], people: list[Person], pattern: re.Pattern[str],
                sentence_words: list[list[Word]] | None, sentence_caps: list[list[int]] | None) -> None:
    """Every mention of a person of ``people`` found by surname (or its possessive) in every
    sentence (:func:`occurrences`). Each sentence's words (``words`` with ``pattern``) and the
    indexes of its capitalised words are ``sentence_words`` and ``sentence_caps`` when the
    first pass kept them, else (``None``) found again."""
    by_surname: dict[str, list[Person]] = {}
    for p in people:
        if p.kind == "person":
            by_surname.setdefault(p.surname, []).append(p)
    # the words that name one of them: a surname, or its possessive
    keys = ({k for k in by_surname if not k.endswith(("’s", "'s"))}
            | {k + q for k in by_surname for q in ("’s", "'s")})
    # (a surname is a capitalised word, but for a name cut before "of" ending in a particle:
    # then every word is looked at)
    all_capitalised = all(key[:1].isupper() for key in keys)
    for k, (s, e) in enumerate(sentences):
        if sentence_words is not None and sentence_caps is not None and all_capitalised:
            toks = sentence_words[k]
            hits = [n for n in sentence_caps[k] if toks[n][2] in keys]
        else:
            toks = sentence_words[k] if sentence_words is not None else words(text, s, e, pattern)
            hits = list(compress(count(), map(keys.__contains__, map(_TEXT, toks))))
        if hits:
            occurrences(text, s, toks, hits, by_surname)


def occurrences(text: str, s: int, toks: list[Word], hits: list[int], by_surname: dict[str, list[Person]]) -> None:
    """Every mention of a known person in the sentence starting at ``s`` (its ``words``;
    ``hits``: the indexes of those naming one); salient ones are not after a preposition,
    an article or a possessive, not the listener of a third person's "told", and not inside
    a ``, a …`` appositive; a possessive
    (``Lee’s``) is salient only opening its sentence or after punctuation."""
    for n in hits:
        a, _, w = toks[n]
        base = w[:-2] if w.endswith(("’s", "'s")) else w
        people = by_surname[base]
        if len(people) > 1 and n > 0:           # Hillary Rodham Clinton: not a mention of Bill Clinton
            people = _named_by(people, toks[n - 1][2]) or people
        for p in people:
            p.mentions.append(a)
        k = n - 1
        floor = n - 6 if n > 6 else 0
        # (the gaps between words: one space, most of them, seen without only_space's call)
        while k >= floor:                           # (former Secretary of State Ann Lee: of inside a title)
            before, gap = toks[k][2], toks[k][1]
            if not ((before[:1].isupper() or before == "former" or before in PARTICLES
                     or (before == "of" and k > 0 and toks[k - 1][2][:1].isupper()))
                    and ((toks[k + 1][0] == gap + 1 and text[gap] == " ")
                         or only_space(text, gap, toks[k + 1][0]))):
                break
            k -= 1
        if k >= 0:
            gap = toks[k][1]
            spaced = (toks[k + 1][0] == gap + 1 and text[gap] == " ") or only_space(text, gap, toks[k + 1][0])
            prev = toks[k][2] if spaced else ""
        else:
            prev = ""
        if toks[k + 1][2] == "of":                  # (Raman, of UKHSA West Midlands: no title of a place)
            prev = "of"
        # a possessive counts when it opens its sentence or follows punctuation (Lee’s lawsuit …);
        # (the appositive's comma looked for only then)
        listener = prev in _LISTENER_BEFORE and k > 0 and toks[k - 1][2] not in ("I", "We", "we")
        # (“…,” according to Ann Roe: the one the words are credited to, whom "she added" means)
        according = prev == "to" and k > 0 and toks[k - 1][2] in ("according", "According")
        # (we spoke to Ann Roe, a nurse, who said …: the one a relative clause makes speak)
        speaks = (prev.lower() in PREP_BEFORE or listener) and _WHO_SPEAKS_RE.match(text, toks[n][1]) is not None
        if ((prev.lower() not in PREP_BEFORE or according or speaks) and (not listener or speaks)
                and (base == w or k < 0 or prev == "")):
            comma = text.rfind(",", s if s > a - WINDOW else a - WINDOW, a)
            if not (comma >= 0 and APPOSITIVE_COMMA_RE.match(text, comma, a) is not None):
                for p in people:
                    p.salient.append(a)


def _named_by(people: list[Person], given: str) -> list[Person]:
    """Of namesakes, those whose name has the word written before the surname (a given or
    middle name: "Hillary Rodham Clinton" names Hillary Clinton, not Bill), or of the
    honorific's gender ("Mrs. Clinton")."""
    gender = HONORIFICS.get(given)
    if gender is not None:
        return [p for p in people if p.gender == gender]
    return [p for p in people if given in p.name.split()[:-1]] if given[:1].isupper() else []
