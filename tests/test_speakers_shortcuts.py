"""The registry's short paths give what the general ones give: ``_could_name_word(w)`` is
``_could_name([w])`` for any word not in STOP_CAPS (known or unknown, a title, a possessive,
a connector, a word the text also has in lower case), and a one-word run's ``name_np`` is
the general reading of that run (no title, the word itself as the name)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import speakers
from reader.analysis.quotes import sentences

TEXT = ("Judge Ann Lee said the ruling stood. Lee, a judge, left. The mayor said Park would speak. "
        "Senator Vale of Ohio said “no.” The park opened. Roe’s office said Kim and Ito agreed. "
        "spokesman Dale Hunt said.")
WORDS = ["Lee", "Park", "Senator", "Judge", "Roe’s", "of", "Kim", "Mayor", "Vale", "Ohio", "Spokesman", "Hunt",
         "And", "For", "Ann", "Stood", "Opened", "Office", "Ito", "Dale", "Xu"]


def registry() -> speakers.Registry:
    return speakers.Registry(TEXT, sentences(TEXT, [(0, len(TEXT))]))


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.sampled_from(WORDS) | st.text(alphabet="AaBbLlEe’'s", min_size=1, max_size=6))
def test_could_name_word_is_could_name(w):
    reg = registry()
    if w not in speakers.STOP_CAPS:
        assert reg._could_name_word(w) == reg._could_name([w])


def test_one_word_runs_read_as_the_general_rule_reads_them():
    reg = registry()
    toks = speakers.words(TEXT, 0, len(TEXT))
    for i, (_, end, w) in enumerate(toks):
        np = reg.name_np(toks, i, i)
        k, t, _gender = speakers._title_run([w])
        if k or t or not reg._could_name([w]):
            assert np is None
        else:
            role, start = reg._premodifier(toks, i)
            assert np == speakers.NP("name", start if role else toks[i][0], end, name=w, role=role)


def test_one_word_definitions_match_the_general_path():
    """``_define_word`` registers what ``name_np`` then ``_define`` would, word by word."""
    text = ("Lee, a lawyer, said no. “Yes,” said Park. Spokesman Hunt said so. Ito later said it. "
            "Kim, 40, left. Roe’s aide Vale said. park Lee said Park.")
    a, b = registry(), registry()
    a.text = b.text = text
    for s, e in sentences(text, [(0, len(text))]):
        toks = speakers.words(text, s, e)
        for i, (_, end, w) in enumerate(toks):
            if not w[:1].isupper() or w in speakers.STOP_CAPS:
                continue
            a._define_word(toks, i, e)
            np = b.name_np(toks, i, i)
            if np is not None:
                b._define(np, end, e, i > 0 and speakers.VERB_RE.fullmatch(toks[i - 1][2]) is not None)
            assert a.people == b.people
    assert len(a.people) > len(registry().people)
