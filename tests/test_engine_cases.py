"""Concrete cases for the shared-passage engine: planted copies in hand-written hosts,
the bundled story, and the ``reader compare`` command line."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from reader.engine.compare import compare_texts
from reader.text.tokens import STOPWORDS, tokenize, word_count

ROOT = Path(__file__).resolve().parent.parent

# A 60-word paragraph with an accent, an apostrophe and a quotation.
P = ("The city council voted on Tuesday to expand the downtown bicycle network, approving fourteen "
     "miles of protected lanes along Harbor Avenue and Mill Street. Supporters said the plan would cut "
     "traffic deaths and help small businesses, while several shop owners warned that removing parking "
     "spaces could drive customers to suburban malls before construction even begins early next spring, "
     "officials said.")
P_QUOTED = ("The council’s vote followed a “heated” debate at the Café Rouge meeting hall, where the mayor’s "
            "aides defended the fourteen miles of protected lanes along Harbor Avenue and Mill Street. "
            "Several shop owners warned that removing parking spaces could drive customers to suburban "
            "malls, and a résumé of past projects was handed to every member before the final vote.")
Q = ("Engineers at the regional water authority found cracks in two of the aging concrete reservoirs "
     "last winter. Repairs will cost roughly forty million dollars, according to an internal memo, and "
     "the board expects to raise monthly rates by about six percent to pay for the work over a decade.")
HOST_A = [
    "Gardeners across the valley are bracing for an early frost this weekend. Forecasters expect "
    "temperatures to dip below freezing overnight, so tomatoes and peppers should be covered or "
    "brought indoors. Hardy greens like kale usually survive a light frost.",
    "Local orchards reported a strong apple harvest despite the dry summer. Growers credited drip "
    "irrigation and cooler nights in September, and several farm stands plan to stay open through "
    "Thanksgiving with cider, pies and pumpkins.",
    "A beekeeping workshop at the library drew dozens of newcomers. Instructors explained how hives "
    "overwinter, why queens matter, and what beginners can plant to feed pollinators in early summer.",
]
HOST_B = [
    "The hockey club rallied from two goals down to win in overtime on Saturday night. Its young "
    "goaltender stopped thirty-one shots, and the captain scored the winner on a rebound after a "
    "scramble in front of the net.",
    "Tickets for the marathon sold out within an hour. Organizers moved the starting line to the "
    "stadium parking lot this year and promised more water stations along the riverside course.",
    "A chess prodigy from Lisbon, barely twelve, drew against a grandmaster in the opening round of "
    "the open tournament, stunning spectators with a bold knight sacrifice.",
]


def doc(*parts: str) -> str:
    return "\n\n".join(parts)


def span(text: str, part: str) -> tuple[int, int]:
    i = text.index(part)
    assert text.count(part) == 1
    return i, i + len(part)


def rebuilds(p) -> bool:
    return ("".join(t for op, t in p.diff if op != 1) == p.a_text
            and "".join(t for op, t in p.diff if op != -1) == p.b_text)


def changed_words(p, op: int) -> list[str]:
    return tokenize("".join(" " + t + " " for o, t in p.diff if o == op)).norms


# --- planted passages ---------------------------------------------------------------


def test_fixture_sizes():
    assert word_count(P) == 60
    assert 55 <= word_count(P_QUOTED) <= 65
    assert 45 <= word_count(Q) <= 55


@pytest.mark.parametrize("swap", [False, True])
def test_verbatim_paragraph_in_unrelated_hosts(swap):
    a = doc(HOST_A[0], P, HOST_A[1])
    b = doc(HOST_B[0], HOST_B[1], P, HOST_B[2])
    if swap:
        a, b = b, a
    cmp = compare_texts(a, b)
    assert len(cmp.passages) == 1, cmp.passages
    (p,) = cmp.passages
    assert p.kind == "verbatim"
    assert p.similarity == 1.0
    assert (p.a_start, p.a_end) == span(a, P)
    assert (p.b_start, p.b_end) == span(b, P)
    assert p.a_text == p.b_text == P
    assert p.a_words == p.b_words == word_count(P)
    assert p.diff == [(0, P)]
    assert cmp.counts == {"verbatim": 1, "edited": 0, "rewritten": 0}
    assert cmp.a_shared == pytest.approx(word_count(P) / word_count(a))
    assert cmp.b_shared == pytest.approx(word_count(P) / word_count(b))


def test_verbatim_paragraph_at_very_start_and_end():
    a = doc(P, HOST_A[2])
    b = doc(HOST_B[1], P)
    (p,) = compare_texts(a, b).passages
    assert p.kind == "verbatim"
    assert (p.a_start, p.a_end) == (0, len(P))
    assert (p.b_start, p.b_end) == (len(b) - len(P), len(b))


def _restyle(text: str) -> str:
    """Same words after normalisation: straight quotes, some words in capitals, some
    in lower case, NFD accents."""
    out = text.replace("“", '"').replace("”", '"').replace("’", "'")
    out = out.replace("council", "COUNCIL").replace("Harbor Avenue", "HARBOR AVENUE")
    out = out.replace("Several", "several").replace("The ", "the ", 1)
    return unicodedata.normalize("NFD", out)


def test_case_quote_and_normal_form_differences_are_verbatim():
    b_copy = _restyle(P_QUOTED)
    assert b_copy != P_QUOTED and "\u0301" in b_copy and "’" not in b_copy
    a = doc(HOST_A[0], P_QUOTED, HOST_A[1])
    b = doc(HOST_B[0], b_copy, HOST_B[1])
    cmp = compare_texts(a, b)
    assert len(cmp.passages) == 1, cmp.passages
    (p,) = cmp.passages
    assert p.kind == "verbatim"
    assert p.similarity == 1.0
    assert (p.a_start, p.a_end) == span(a, P_QUOTED)
    assert (p.b_start, p.b_end) == span(b, b_copy)
    assert p.a_words == p.b_words == word_count(P_QUOTED)
    assert rebuilds(p)
    # only surface forms differ: the removed and added words are the same words
    assert changed_words(p, -1) == changed_words(p, 1)


def test_light_edit_is_one_edited_passage_with_exact_diff():
    edited = (P.replace("voted on Tuesday", "voted unanimously on Tuesday")
               .replace("expand the downtown", "expand the entire downtown")
               .replace("while several shop owners", "while shop owners"))
    assert word_count(edited) == word_count(P) + 1
    a = doc(HOST_A[0], P, HOST_A[2])
    b = doc(HOST_B[2], edited, HOST_B[0])
    cmp = compare_texts(a, b)
    assert len(cmp.passages) == 1, cmp.passages
    (p,) = cmp.passages
    assert p.kind == "edited"
    assert (p.a_start, p.a_end) == span(a, P)
    assert (p.b_start, p.b_end) == span(b, edited)
    assert p.a_words == word_count(P) and p.b_words == word_count(edited)
    assert rebuilds(p)
    assert changed_words(p, 1) == ["unanimously", "entire"]
    assert changed_words(p, -1) == ["several"]
    assert p.similarity == pytest.approx(2 * (word_count(P) - 1) / (word_count(P) + word_count(edited)))


def test_two_paragraphs_copied_in_reverse_order():
    a = doc(HOST_A[0], P, HOST_A[1], Q, HOST_A[2])
    b = doc(HOST_B[0], Q, HOST_B[1], P, HOST_B[2])
    cmp = compare_texts(a, b)
    assert len(cmp.passages) == 2, cmp.passages
    first, second = cmp.passages  # ordered by position in a
    assert (first.a_text, first.b_text) == (P, P)
    assert (second.a_text, second.b_text) == (Q, Q)
    assert (first.a_start, first.a_end, first.b_start, first.b_end) == span(a, P) + span(b, P)
    assert (second.a_start, second.a_end, second.b_start, second.b_end) == span(a, Q) + span(b, Q)
    assert {p.kind for p in cmp.passages} == {"verbatim"}


def test_two_paragraphs_same_order_separated_by_unrelated_text():
    a = doc(HOST_A[0], P, HOST_A[1], HOST_A[2], Q)
    b = doc(P, HOST_B[0], HOST_B[1], HOST_B[2], Q)
    cmp = compare_texts(a, b)
    assert [(p.a_text, p.b_text) for p in cmp.passages] == [(P, P), (Q, Q)]


QUOTE = ("“We will not allow any agency to hand over private records without a warrant signed by "
         "a judge,” she said.")


def test_single_shared_quoted_sentence():
    assert 17 <= word_count(QUOTE) <= 20
    a = doc(HOST_A[0], "The senator spoke after the hearing. " + QUOTE + " Her office did not elaborate.",
            HOST_A[1])
    b = doc(HOST_B[1], "At a rally later, " + QUOTE[:-len(" she said.")] + " the senator told reporters.",
            HOST_B[2])
    cmp = compare_texts(a, b)
    assert len(cmp.passages) == 1, cmp.passages
    (p,) = cmp.passages
    core = "We will not allow any agency to hand over private records without a warrant signed by a judge"
    assert core in p.a_text and core in p.b_text
    assert p.a_words <= word_count(QUOTE) + 2 and p.b_words <= word_count(QUOTE) + 2
    assert p.kind in ("verbatim", "edited")
    assert rebuilds(p)


COMMON_A = (
    "The Trump administration said on Monday that Immigration and Customs Enforcement would open "
    "three new field offices in the Midwest. Critics of the Trump administration called the move "
    "wasteful, and a spokesperson for U.S. Immigration and Customs Enforcement declined to comment "
    "on staffing. Local sheriffs said they had not been consulted about the plans.")
COMMON_B = (
    "Farmers in California told lawmakers that raids by Immigration and Customs Enforcement had "
    "left orchards without pickers during the busiest week of the season. The Trump administration "
    "has defended the raids. One grower said U.S. Immigration and Customs Enforcement agents arrived "
    "before dawn, and the Trump administration did not answer questions about the arrests.")


def test_common_short_phrases_are_not_passages():
    assert compare_texts(COMMON_A, COMMON_B).passages == []
    a = doc(HOST_A[0], COMMON_A, HOST_A[1])
    b = doc(HOST_B[0], COMMON_B, HOST_B[1])
    cmp = compare_texts(a, b)
    assert cmp.passages == []
    assert cmp.a_shared == cmp.b_shared == 0.0


@pytest.mark.parametrize("a, b", [
    ("The IRS’s ruling", "the irs's RULING"),
    ("Café", "CAFE\u0301"),
    ("“Yes,” she said.", '"yes" SHE SAID'),
    ("联邦法官", "联邦法官"),
])
def test_short_texts_identical_after_normalisation_are_one_passage(a, b):
    cmp = compare_texts(a, b)
    assert len(cmp.passages) == 1, cmp.passages
    (p,) = cmp.passages
    assert p.kind == "verbatim"
    assert p.a_words == p.b_words == word_count(a) == word_count(b)
    assert rebuilds(p)
    assert cmp.a_shared == cmp.b_shared == 1.0


def test_short_near_copies_are_not_passages():
    # fewer than ten shared words is never a passage, unless the texts are identical
    assert compare_texts("The judge blocked the data deal on Friday.",
                         "The judge blocked the data deal on Monday.").passages == []


def test_unrelated_texts_share_nothing():
    cmp = compare_texts(doc(*HOST_A), doc(*HOST_B))
    assert cmp.passages == []
    assert cmp.counts == {"verbatim": 0, "edited": 0, "rewritten": 0}
    assert compare_texts(P, Q).passages == []
    assert compare_texts("", P).passages == []
    assert compare_texts(P, "").passages == []
    assert compare_texts("", "").passages == []


SPIN_WORDS = ["remarkable", "quietly", "granite", "velvet", "orbit", "lantern", "meadow", "copper",
              "whisper", "harvest", "glacier", "compass", "ember", "tundra", "saffron", "falcon"]


def spin(text: str, every: int = 4) -> tuple[str, int]:
    """Replace every ``every``-th content word; returns the text and the number replaced."""
    t = tokenize(text)
    out, last, n = [], 0, 0
    content = 0
    for k in range(len(t)):
        if t.norms[k] in STOPWORDS:
            continue
        content += 1
        if content % every == 0:
            out.append(text[last:t.starts[k]])
            out.append(SPIN_WORDS[n % len(SPIN_WORDS)])
            last = t.ends[k]
            n += 1
    out.append(text[last:])
    return "".join(out), n


def test_spun_copy_is_rewritten():
    original = P + " " + Q
    spun, n = spin(original)
    assert n >= 12
    a = doc(HOST_A[0], original, HOST_A[1])
    b = doc(HOST_B[0], spun, HOST_B[1])
    cmp = compare_texts(a, b)
    assert len(cmp.passages) == 1, cmp.passages
    (p,) = cmp.passages
    assert p.kind == "rewritten"
    assert rebuilds(p)
    # the passage covers (nearly) all of the copy on both sides
    a0, a1 = span(a, original)
    b0, b1 = span(b, spun)
    assert p.a_start <= a0 + 40 and p.a_end >= a1 - 40
    assert p.b_start <= b0 + 40 and p.b_end >= b1 - 40
    assert p.a_start >= a0 and p.a_end <= a1 and p.b_start >= b0 and p.b_end <= b1
    assert sorted(set(changed_words(p, 1))) <= sorted(SPIN_WORDS)
    assert 0.6 < p.similarity < 0.95


# --- the bundled story --------------------------------------------------------------


@pytest.fixture(scope="module")
def story():
    from reader.library.loading import load_library

    lib = load_library()
    arts = {a.id: a for a in lib.articles}
    assert set(arts) >= {"cnn", "dcnf-talwani", "house-addresses", "judge-rules", "newsnation"}
    return arts


@pytest.mark.parametrize("swap", [False, True])
def test_house_addresses_is_a_spun_copy_of_cnn(story, swap):
    cnn, house = story["cnn"].body, story["house-addresses"].body
    cmp = compare_texts(house, cnn) if swap else compare_texts(cnn, house)
    assert 1 <= len(cmp.passages) <= 3, [(p.kind, p.a_words) for p in cmp.passages]
    assert {p.kind for p in cmp.passages} == {"rewritten"}
    house_shared = cmp.a_shared if swap else cmp.b_shared
    cnn_shared = cmp.b_shared if swap else cmp.a_shared
    assert house_shared >= 0.9
    assert cnn_shared >= 0.8
    for p in cmp.passages:
        assert rebuilds(p)


@pytest.mark.parametrize("other", ["cnn", "house-addresses", "judge-rules", "newsnation"])
def test_dcnf_talwani_is_a_different_ruling(story, other):
    cmp = compare_texts(story["dcnf-talwani"].body, story[other].body)
    assert len(cmp.passages) <= 2
    assert cmp.a_shared < 0.2 and cmp.b_shared < 0.2


def test_judge_rules_and_newsnation_share_the_reliance_quote(story):
    phrase = "failed to consider the reliance interests"
    a, b = story["judge-rules"].body, story["newsnation"].body
    assert phrase in a and phrase in b
    cmp = compare_texts(a, b)
    hits = [p for p in cmp.passages if phrase in p.a_text and phrase in p.b_text]
    assert len(hits) == 1, cmp.passages
    (p,) = hits
    assert p.a_text.lstrip("“\"'‘ ").startswith(phrase)
    assert p.b_text.lstrip("“\"'‘ ").startswith(phrase)
    for text in (p.a_text, p.b_text):
        assert "reasoned explanation for the new" in text
    assert p.a_start <= a.index(phrase) and p.b_start <= b.index(phrase)
    assert p.kind in ("verbatim", "edited")
    assert p.a_words >= 20


def test_every_bundled_pair_is_consistent(story):
    ids = sorted(story)
    for x in ids:
        for y in ids:
            a, b = story[x].body, story[y].body
            cmp = compare_texts(a, b)
            if x == y:
                assert len(cmp.passages) == 1 and cmp.passages[0].kind == "verbatim"
                continue
            for p in cmp.passages:
                assert p.a_text == a[p.a_start:p.a_end] and p.b_text == b[p.b_start:p.b_end]
                assert rebuilds(p)
            back = compare_texts(b, a)
            assert sorted((p.b_start, p.b_end, p.a_start, p.a_end, p.kind) for p in back.passages) == \
                sorted((p.a_start, p.a_end, p.b_start, p.b_end, p.kind) for p in cmp.passages)
            assert (back.a_shared, back.b_shared) == (cmp.b_shared, cmp.a_shared)


# --- the command line ----------------------------------------------------------------

SGR = re.compile(r"\x1b\[[0-9;]*m")


def run_cli(*args: str, **env_overrides: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "READER_DEBUG")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(env_overrides)
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, cwd=ROOT,
                          env=env, timeout=60)


def test_cli_compare_json(story):
    proc = run_cli("compare", "cnn", "house-addresses", "--json")
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout.decode("utf-8"))
    assert {"a", "b", "a_shared", "b_shared", "passages"} <= set(data)
    for side, ident in (("a", "cnn"), ("b", "house-addresses")):
        assert {"id", "title", "outlet"} <= set(data[side])
        assert data[side]["id"] == ident
    assert data["a"]["title"] == story["cnn"].title
    assert data["a"]["outlet"] == "CNN"
    expected = compare_texts(story["cnn"].body, story["house-addresses"].body)
    assert data["a_shared"] == pytest.approx(expected.a_shared, abs=1e-3)
    assert data["b_shared"] == pytest.approx(expected.b_shared, abs=1e-3)
    assert len(data["passages"]) == len(expected.passages)
    a, b = story["cnn"].body, story["house-addresses"].body
    for d in data["passages"]:
        assert d["kind"] == "rewritten"
        assert d["a_text"] == a[d["a_start"]:d["a_end"]]
        assert d["b_text"] == b[d["b_start"]:d["b_end"]]
        assert "".join(t for op, t in d["diff"] if op != 1) == d["a_text"]
        assert "".join(t for op, t in d["diff"] if op != -1) == d["b_text"]


def test_cli_compare_text_piped_is_plain():
    proc = run_cli("compare", "cnn", "house-addresses", "--text")
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode("utf-8")
    assert "\x1b" not in out
    assert "[-" in out and "{+" in out


def test_cli_compare_text_no_color():
    proc = run_cli("compare", "cnn", "house-addresses", "--text", NO_COLOR="1")
    assert proc.returncode == 0, proc.stderr.decode()
    assert "\x1b" not in proc.stdout.decode("utf-8")


def test_cli_compare_text_force_color():
    proc = run_cli("compare", "cnn", "house-addresses", "--text", FORCE_COLOR="1")
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode("utf-8")
    assert SGR.search(out)
    # every escape is an SGR sequence, nothing else (no cursor movement, no OSC)
    assert out.count("\x1b") == len(SGR.findall(out))


def test_cli_compare_unknown_article_fails_cleanly():
    proc = run_cli("compare", "cnn", "no-such-article", "--json")
    assert proc.returncode == 1
    assert proc.stdout == b""
    assert b"no-such-article" in proc.stderr


def test_a_sentence_dropped_beside_a_line_added_is_an_edit_not_a_rewrite():
    kept = ("Parents in the county have been urged to check their children's vaccination records after a rise "
            "in measles cases. The health agency said 47 cases had been confirmed since January, 31 of them in "
            "the city. {}Dr Ana Ruiz said the disease spreads very easily among those who are unvaccinated and "
            "can lead to serious complications. Walk-in clinics will open at four libraries from Monday.")
    a = kept.format("Most of those infected are children under 10, the agency said. ")
    b = kept.format("READ MORE: Hospital waiting times in the city - the latest figures for this week. ")
    (passage,) = compare_texts(a, b).passages
    assert passage.kind == "edited"
    spun = compare_texts(a, a.replace("urged", "told").replace("check", "look at").replace("rise", "jump")
                         .replace("confirmed", "recorded").replace("spreads", "travels").replace("easily", "fast")
                         .replace("serious", "grave").replace("open", "start").replace("Parents", "Mothers")
                         .replace("records", "papers").replace("disease", "illness").replace("among", "between"))
    assert [p.kind for p in spun.passages] == ["rewritten"]
