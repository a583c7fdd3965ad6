"""The registry's short paths give what the general ones give: ``_could_name_word(w)`` is
``_could_name([w])`` for any word not in STOP_CAPS (known or unknown, a title, a possessive,
a connector, a word the text also has in lower case), and a one-word run's ``name_np`` is
the general reading of that run (no title, the word itself as the name)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import (
    speaker_lexicon,
    speaker_mentions,
    speaker_names,
    speaker_people,
    speaker_phrases,
    speaker_registry,
    speaker_words,
)
from reader.analysis.quotes import sentences

TEXT = ("Judge Ann Lee said the ruling stood. Lee, a judge, left. The mayor said Park would speak. "
        "Senator Vale of Ohio said “no.” The park opened. Roe’s office said Kim and Ito agreed. "
        "spokesman Dale Hunt said.")
WORDS = ["Lee", "Park", "Senator", "Judge", "Roe’s", "of", "Kim", "Mayor", "Vale", "Ohio", "Spokesman", "Hunt",
         "And", "For", "Ann", "Stood", "Opened", "Office", "Ito", "Dale", "Xu"]


def registry() -> speaker_registry.Registry:
    return speaker_registry.Registry(TEXT, sentences(TEXT, [(0, len(TEXT))]))


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.sampled_from(WORDS) | st.text(alphabet="AaBbLlEe’'s", min_size=1, max_size=6))
def test_could_name_word_is_could_name(w):
    reg = registry()
    if w not in speaker_lexicon.STOP_CAPS:
        assert reg._could_name_word(w) == reg._could_name([w])


def test_one_word_runs_read_as_the_general_rule_reads_them():
    reg = registry()
    toks = speaker_words.words(TEXT, 0, len(TEXT))
    for i, (_, end, w) in enumerate(toks):
        np = reg.name_np(toks, i, i)
        k, t, _gender = speaker_names.title_run([w])
        if k or t or not reg._could_name([w]):
            assert np is None
        else:
            role, start = reg._premodifier(toks, i)
            assert np == speaker_phrases.NP("name", start if role else toks[i][0], end, name=w, role=role)


def test_one_word_definitions_match_the_general_path():
    """``_define_word`` registers what ``name_np`` then ``_define`` would, word by word."""
    text = ("Lee, a lawyer, said no. “Yes,” said Park. Spokesman Hunt said so. Ito later said it. "
            "Kim, 40, left. Roe’s aide Vale said. park Lee said Park.")
    a, b = registry(), registry()
    a.text = b.text = text
    for s, e in sentences(text, [(0, len(text))]):
        toks = speaker_words.words(text, s, e)
        for i, (_, end, w) in enumerate(toks):
            if not w[:1].isupper() or w in speaker_lexicon.STOP_CAPS:
                continue
            a._define_word(toks, i, e)
            np = b.name_np(toks, i, i)
            if np is not None:
                b._define(np, end, e, i > 0 and speaker_lexicon.VERB_RE.fullmatch(toks[i - 1][2]) is not None)
            assert a.people == b.people
    assert len(a.people) > len(registry().people)


_SPAN_TEXT = st.text(alphabet="ab (R-)\n\t,D" + speaker_lexicon.FILL, max_size=90)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_SPAN_TEXT, st.integers(0, 90), st.integers(0, 90))
def test_parenthesis_pattern_needs_a_closing_parenthesis_last(text, lo, hi):
    """_np_at_end asks the parenthesis pattern only when the window's text ends in ")" (but
    for white space): the pattern never matches elsewhere."""
    lo, hi = min(lo, hi, len(text)), min(max(lo, hi), len(text))
    if speaker_phrases._PAREN_END_RE.search(text, lo, hi) is not None:
        assert text[lo:hi].rstrip().endswith(")")


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(alphabet="ab, who.Lee", max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_appositive_only_after_comma_and_space(text, end, e):
    """The registry asks _appositive only where ", " opens the rest of the sentence: it
    finds none elsewhere."""
    reg = speaker_registry.Registry(text, [(0, len(text))])
    if not text.startswith(", ", end, e):
        assert reg._appositive(end, e) == ""


def _plain_add_lists(person: speaker_people.Person, np: speaker_phrases.NP, appositive: str) -> None:
    """add()'s list updates as the general loop made them."""
    role = speaker_lexicon.appositive_role(appositive)
    for values, value in ((person.titles, np.title), (person.roles, np.role), (person.roles, role),
                          (person.context, appositive)):
        if value and value not in values:
            values.append(value)


_PARTS = st.sampled_from(["", "Judge", "Sen.", "spokesman", "a lawyer for the city", "the mayor", "who said"])


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.tuples(_PARTS, _PARTS, _PARTS), max_size=5))
def test_add_keeps_titles_roles_and_context_as_the_general_loop(mentions):
    reg = speaker_registry.Registry("", [])
    plain = speaker_people.Person("Ann Lee")
    for title, role, appositive in mentions:
        np = speaker_phrases.NP("name", 0, 7, name="Ann Lee", title=title, role=role)
        person = reg.add(np, appositive=appositive)
        _plain_add_lists(plain, np, appositive)
        assert (person.titles, person.roles, person.context) == (plain.titles, plain.roles, plain.context)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["spokesman", "the", "city", "Lee", "former", "judge", "said", "Ann", "and", "pollster",
                                 "Department", "of", "Justice", "attorney", "Mr.", "strategist", "while"]),
                min_size=1, max_size=12))
def test_premodifier_asked_only_after_a_role_word(ws):
    """The registry asks _premodifier only where a role word stands before the name: it
    finds nothing elsewhere."""
    text = " ".join(ws) + "."
    reg = speaker_registry.Registry(text, [(0, len(text))])
    toks = speaker_words.words(text, 0, len(text))
    for i in range(len(toks)):
        if not (i and speaker_lexicon.is_role_word(toks[i - 1][2])):
            assert reg._premodifier(toks, i) == ("", 0)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(alphabet=" \n\ta,", max_size=6), st.integers(0, 6), st.integers(0, 6))
def test_one_space_gap_is_only_space(text, a, b):
    if b == a + 1 and a < len(text) and text[a] == " ":
        assert speaker_words.only_space(text, a, b)


def _plain_occurrences(reg: speaker_registry.Registry, s: int, toks: list, hits: list[int], by_surname: dict) -> None:
    """_occurrences as the general code read it (every gap through _only_space, the
    appositive's comma looked for at every hit)."""
    text = reg.text
    for n in hits:
        a, _, w = toks[n]
        base = w[:-2] if w.endswith(("’s", "'s")) else w
        people = by_surname[base]
        if len(people) > 1 and n > 0:       # namesakes: the one the word before names, if any
            gender = speaker_lexicon.HONORIFICS.get(toks[n - 1][2])
            named = ([p for p in people if p.gender == gender] if gender is not None else
                     [p for p in people if toks[n - 1][2][:1].isupper() and toks[n - 1][2] in p.name.split()[:-1]])
            people = named or people
        for p in people:
            p.mentions.append(a)
        k, floor = n - 1, max(0, n - 6)
        while k >= floor:
            before = toks[k][2]
            if not ((before[:1].isupper() or before == "former"
                     or (before == "of" and k > 0 and toks[k - 1][2][:1].isupper()))
                    and speaker_words.only_space(text, toks[k][1], toks[k + 1][0])):
                break
            k -= 1
        prev = toks[k][2] if k >= 0 and speaker_words.only_space(text, toks[k][1], toks[k + 1][0]) else ""
        prev = "of" if toks[k + 1][2] == "of" else prev         # (a run opened by "of")
        comma = text.rfind(",", max(s, a - speaker_lexicon.WINDOW), a)
        in_appositive = comma >= 0 and speaker_mentions.APPOSITIVE_COMMA_RE.match(text, comma, a) is not None
        if (prev.lower() not in speaker_mentions.PREP_BEFORE and (base == w or k < 0 or prev == "")
                and not in_appositive):
            for p in people:
                p.salient.append(a)


_OCC_WORDS = ["Lee", "Lee’s", "said", "of", "former", "Judge", "the", "by", ",", ", a", "\n\n", "  ", "State",
              "Ann", "who", "Kim", "to", "Secretary", ".", "Mrs.", "Mr."]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_OCC_WORDS), min_size=1, max_size=30))
def test_occurrences_as_the_general_code(ws):
    text = "Judge Ann Lee said so. Secretary Kim Ito said no. " + " ".join(ws) + "."
    sents = sentences(text, [(0, len(text))])
    reg = speaker_registry.Registry(text, sents)
    by_surname: dict = {}
    for p in reg.people:
        if p.kind == "person":
            by_surname.setdefault(p.surname, []).append(p)
    keys = set(by_surname) | {k + q for k in by_surname for q in ("’s", "'s")}
    found = []
    for occurrences in (lambda *a: speaker_mentions.occurrences(text, *a), lambda *a: _plain_occurrences(reg, *a)):
        for p in reg.people:
            p.mentions, p.salient = [], []
        for s, e in sents:
            toks = speaker_words.words(text, s, e)
            hits = [n for n, t in enumerate(toks) if t[2] in keys]
            if hits:
                occurrences(s, toks, hits, by_surname)
        found.append([(p.mentions, p.salient) for p in reg.people])
    assert found[0] == found[1]


_VERBISH = st.sampled_from(["said", "says", "pointed", "out", "pointed out", "shot back", "Said", "said.", "saids",
                            "told", "re-said", "went", "on", "chimed in", "’s", "'", "-", "tweeted", "x", "U.S."])


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(_VERBISH, min_size=1, max_size=8), st.sampled_from([" ", "", "\n", ", "]))
def test_verb_set_is_verb_pattern_on_words(parts, sep):
    """A token (no white space in it) is in _VERB_SET exactly when VERB_RE fullmatches it."""
    text = sep.join(parts)
    for w in [t[2] for t in speaker_words.words(text, 0, len(text))] + [text.replace(" ", "")]:
        assert (w in speaker_lexicon.VERB_SET) == (speaker_lexicon.VERB_RE.fullmatch(w) is not None)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["Ann", "Lee", "Jr.", "Sr.", "III", "Jr", "de", "Kim", ""]), max_size=5),
       st.sampled_from([" ", "  ", "\t"]))
def test_surname_shortcut_is_the_general_rule(ws, sep):
    name = sep.join(ws)
    plain = ([w for w in name.split() if w not in speaker_lexicon.SUFFIXES] or name.split() or [""])[-1]
    assert speaker_people.Person(name).surname == plain


_END_PIECES = st.sampled_from(["the", "The", "a", "An", "one", "some", "senior", "official", "spokesman", "judge",
                               "x-ray", "co-founder", "U.S.", "Jr.", "officials", "aide’s", "_aide", "3rd", "é", "(",
                               ")", "—", "“", speaker_lexicon.FILL, ".", ",", "he", "Official", "offi_cial", "judge-",
                               "-judge", "official."])


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.lists(_END_PIECES, min_size=1, max_size=10), st.lists(st.sampled_from([" ", "", "\n", "  ", "\t"]),
                                                                min_size=10, max_size=10),
       st.integers(0, 200))
def test_phrase_end_patterns_end_with_the_last_word(pieces, seps, back):
    """_np_at_end tries its indefinite and "the" patterns only when the last word is a role
    word: whenever either matches up to the end of the last word, its last group is that word."""
    text = "".join(p + s for p, s in zip(pieces, seps, strict=False)).rstrip()
    toks = speaker_words.words(text, 0, len(text))
    if not toks:
        return
    _, b, w = toks[-1]
    back = min(back, b)
    m = speaker_phrases._INDEFINITE_END_RE.search(text, back, b)
    if m is not None:
        assert m.group(1) == w
    m = speaker_phrases._THE_NOUN_END_RE.search(text[back:b])
    if m is not None:
        assert m.group(2) == w


def _plain_without_adverbials(text: str, lo: int, end: int) -> int:
    """_without_adverbials as the general code read it (the pattern at every step)."""
    while True:
        seg = text[lo:end].rstrip()
        last = seg.rsplit(None, 3)
        m = speaker_phrases._ADVERBIAL_RE.search(seg, len(last[0]) if len(last) == 4 else 0)
        if not m or not m.group().strip():
            return end
        end = lo + m.start()


_ADV_PIECES = st.sampled_from(["also", "later", "quickly", "ly", "on Monday", "last week", "on Jan. 5", "on June 12",
                               "Lee", "said", "has", "would", "previously", "ally", "holiday", "day", "5", "½", "²",
                               "year", "years", "once", "\n", ",", "simply", "Also", "stilly"])


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(_ADV_PIECES, max_size=8), st.sampled_from([" ", "  ", "\n", "\t", ""]), st.integers(0, 5))
def test_without_adverbials_as_the_general_code(pieces, sep, lo):
    text = sep.join(pieces) + sep
    lo = min(lo, len(text))
    assert speaker_phrases._without_adverbials(text, lo, len(text)) == _plain_without_adverbials(text, lo, len(text))
