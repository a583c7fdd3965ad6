"""Labels (issue 16 item 2): the words each outlet uses for one referent, with evidence."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import label_heads
from reader.analysis.article import analyse_all
from reader.analysis.label_lexicon import load_lexicon, singular, term_key
from reader.analysis.label_referents import WORD_RE, ArticleText
from reader.analysis.labels import find_labels, labels_json
from reader.library.model import Article

ARTICLES = Path(__file__).resolve().parent.parent / "articles"


def _story(*texts: tuple[str, str, str]) -> list:
    return analyse_all([Article(id=i, body=body, title=i, outlet=outlet) for i, outlet, body in texts])


def _labels(arts: list, user_file: Path | None = None) -> list[dict]:
    lexicon, warnings = load_lexicon(user_file)
    assert not warnings
    return labels_json(find_labels(arts, lexicon), arts)


def _by(referent: dict) -> dict[str, list[str]]:
    return {b["article"]: [lab["text"] for lab in b["labels"]] for b in referent["by_article"]}


GAZETTE = ("gazette", "The Valley Gazette",
           "The county sheriff said on Monday that deputies would not check the papers of undocumented "
           "immigrants who report crimes.\n\nUndocumented immigrants make up a large part of the farm "
           "workforce, growers said.\n")
COURIER = ("courier", "The Courier",
           "The sheriff will stop asking illegal aliens about their status, he said on Monday.\n\n"
           "Critics said illegal aliens would now go unchecked.\n")
HERALD = ("herald", "Herald Online",
          "Deputies will no longer question recent immigrants about their papers, the sheriff said.\n")


def test_group_labels_side_by_side_with_the_lexicon_note():
    (group,) = [r for r in _labels(_story(GAZETTE, COURIER, HERALD)) if r["kind"] == "group"]
    assert group["referent"] == "people by immigration status"
    assert _by(group) == {"gazette": ["undocumented immigrants"], "courier": ["illegal aliens"],
                          "herald": ["recent immigrants"]}
    courier = next(b for b in group["by_article"] if b["article"] == "courier")["labels"][0]
    assert courier["count"] == 2 and courier["lexicon"]["side"] == "loaded" and "AP" in courier["lexicon"]["note"]
    assert courier["evidence"][0]["sentence"].startswith("The sheriff will stop asking illegal aliens")
    herald = next(b for b in group["by_article"] if b["article"] == "herald")["labels"][0]
    assert herald["lexicon"] is None  # reader never judges a word the lexicon does not list


def test_person_title_appositive_and_reference():
    arts = _story(
        ("north", "North Post", "U.S. District Judge Maria Okafor, appointed to the bench by President Alan "
                                "Brooks, halted the plan on Tuesday.\n\n“The rule cannot stand,” Okafor wrote. "
                                "The Brooks judge also ordered a hearing.\n"),
        ("south", "South Times", "Judge Maria Okafor, a Brooks appointee, halted the plan.\n\n"
                                 "Okafor said the rule was unlawful.\n"),
    )
    (okafor,) = [r for r in _labels(arts) if r["referent"] == "Maria Okafor"]
    assert _by(okafor) == {"north": ["U.S. District Judge Maria Okafor", "appointed to the bench by President "
                                     "Alan Brooks", "The Brooks judge"],
                           "south": ["Judge Maria Okafor", "a Brooks appointee"]}
    hows = [lab["how"] for b in okafor["by_article"] for lab in b["labels"]]
    assert hows == ["title", "appositive", "reference", "title", "appositive"]


def test_other_heads_show_only_when_outlets_differ():
    same = _story(("a", None, "Striking workers marched on Friday.\n"), ("b", None, "Striking workers marched.\n"))
    assert _labels(same) == []
    differ = _story(("a", None, "Striking workers marched on Friday.\n"),
                    ("b", None, "Disgruntled workers marched on Friday.\n"))
    (workers,) = _labels(differ)
    assert workers["referent"] == "workers" and _by(workers) == {"a": ["Striking workers"],
                                                                  "b": ["Disgruntled workers"]}


def test_articles_without_entities_or_text_give_no_labels():
    assert _labels(_story(("a", None, ""), ("b", None, "...\n"), ("c", None, "it was so.\n"))) == []


def test_user_lexicon_adds_entries(tmp_path):
    user = tmp_path / "labels.toml"
    user.write_text('[[entry]]\ngroup = "strikes"\nloaded = ["disgruntled worker"]\nneutral = ["striking worker"]\n'
                    'note = "A note of my own."\n')
    arts = _story(("a", None, "Striking workers marched on Friday.\n"),
                  ("b", None, "Disgruntled workers marched on Friday.\n"))
    (workers,) = _labels(arts, user)
    marks = {b["article"]: b["labels"][0]["lexicon"] for b in workers["by_article"]}
    assert marks["b"]["side"] == "loaded" and marks["b"]["note"] == "A note of my own."
    assert marks["b"]["from"] == str(user) and marks["a"]["side"] == "neutral"


@pytest.mark.parametrize("content", [b"[[entry]\nbroken", b"[[entry]]\ngroup = 3\nnote = 'x'\nloaded = ['a']\n",
                                     b"\xff\xfe not text", b"[[entry]]\ngroup='g'\nloaded=['a']\n",
                                     b"colour = 'red'\n"])
def test_a_bad_user_lexicon_gives_one_warning_and_the_defaults(tmp_path, content):
    user = tmp_path / "labels.toml"
    user.write_bytes(content)
    lexicon, warnings = load_lexicon(user)
    bundled, _ = load_lexicon(tmp_path / "missing.toml")
    assert len(warnings) == 1 and str(user) in warnings[0] and "\n" not in warnings[0]
    assert lexicon == bundled and len(bundled.entries) >= 5


def test_a_user_lexicon_after_a_byte_order_mark_is_read(tmp_path):
    user = tmp_path / "labels.toml"
    user.write_bytes(b"\xef\xbb\xbf[[entry]]\ngroup = 'strikes'\nloaded = ['disgruntled worker']\nnote = 'Mine.'\n")
    lexicon, warnings = load_lexicon(user)
    bundled, _ = load_lexicon(tmp_path / "missing.toml")
    assert warnings == [] and len(lexicon.entries) == len(bundled.entries) + 1


def test_a_folder_as_user_lexicon_is_refused(tmp_path):
    _, warnings = load_lexicon(tmp_path)
    assert len(warnings) == 1 and "not a regular file" in warnings[0]


def test_bundled_lexicon_entries_have_notes():
    lexicon, _ = load_lexicon(Path("/nonexistent/labels.toml"))
    assert all(e.note and (e.loaded or e.neutral) for e in lexicon.entries)
    assert term_key("Illegal Immigrants") == "illegal immigrant"


def test_bundled_story_targets():
    from reader.library.loading import load_library

    arts = analyse_all(load_library([str(ARTICLES)]).articles)
    found = {r["referent"]: r for r in _labels(arts)}
    group = _by(found["people by immigration status"])
    assert "undocumented immigrants" in group["cnn"] and "illegal immigrants" in group["judge-rules"]
    assert "illegal migrants" in group["dcnf-talwani"]
    talwani = _by(found["Indira Talwani"])["dcnf-talwani"]
    assert {"U.S. District Judge Indira Talwani", "appointed to the bench by President Barack Obama",
            "the Obama judge"} <= set(talwani)
    assert "a Clinton appointee" in _by(
        found["Colleen Kollar-Kotelly"])["judge-rules"]
    assert "a Bill Clinton appointee" in _by(found["Colleen Kollar-Kotelly"])["cnn"]


def test_reports_show_labels_with_the_lexicon_note():
    from reader.analysis.story import analyse_story
    from reader.reports.html import story_html
    from reader.reports.markdown import story_markdown

    arts = [Article(id=i, body=body, title=i, outlet=outlet) for i, outlet, body in (GAZETTE, COURIER)]
    story = analyse_story(arts)
    md = story_markdown(story)
    assert "## Labels" in md and "| The Courier (courier) | illegal aliens ×2 *(loaded)* |" in md
    assert "AP Stylebook" in md
    html = story_html(story)
    assert "<h2>Labels</h2>" in html and '<span class="badge loaded">loaded</span>' in html
    assert "<mark>illegal aliens</mark>" in html


def test_cli_warns_once_about_a_bad_user_lexicon_and_still_reports(run_reader, tmp_path):
    from conftest import child_env

    (tmp_path / "config" / "reader").mkdir(parents=True)
    (tmp_path / "config" / "reader" / "labels.toml").write_text("[[entry]\nbroken")
    done = run_reader("story", "--json", env=child_env(XDG_CONFIG_HOME=str(tmp_path / "config")))
    assert done.returncode == 0 and "Traceback" not in done.stderr
    warnings = [ln for ln in done.stderr.splitlines() if "labels.toml" in ln]
    assert len(warnings) == 1 and "bundled label lexicon is used" in warnings[0]
    import json

    assert json.loads(done.stdout)["labels"]


def test_events_named_by_the_lexicon_heads():
    arts = _story(("a", None, "Thousands joined peaceful protests outside the city hall on Saturday.\n"),
                  ("b", None, "Violent riots broke out outside the city hall on Saturday.\n"))
    (event,) = _labels(arts)
    assert event["referent"] == "protests and riots"
    assert _by(event) == {"a": ["peaceful protests"], "b": ["Violent riots"]}
    sides = {b["article"]: b["labels"][0]["lexicon"]["side"] for b in event["by_article"]}
    assert sides == {"a": "neutral", "b": "loaded"}


def test_an_appositive_is_not_read_again_as_a_reference():
    arts = _story(("a", None, "Deputy Mayor Ann Price, the city's deputy mayor, said crews would work all night.\n"))
    (price,) = _labels(arts)
    assert _by(price) == {"a": ["Deputy Mayor Ann Price", "the city's deputy mayor"]}


def test_a_long_text_is_scanned_for_terms_a_stretch_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cut before commas, lower-cased and scanned stretch by stretch, a text gives the
    terms one scan of the whole lower-cased text gives (terms across line breaks, at
    the cuts, plurals, final sigmas, and text whose lower case changes its length)."""
    import random
    import re

    from reader.analysis import label_terms

    lexicon, _ = load_lexicon()
    matchers = label_terms.Matchers(lexicon)
    terms = sorted(matchers.terms)[:40]

    def whole(text: str) -> list[tuple[int, int]]:  # the scan of the whole lower-cased text
        lower = text.lower()
        if len(lower) == len(text):
            return [m.span() for m in matchers.any_term.finditer(lower)]
        return [m.span() for m in re.compile(matchers.any_term.pattern, re.I).finditer(text)]

    monkeypatch.setattr(label_terms, "_STRETCH", 8)
    rng = random.Random(7)
    pieces = [*terms, *(t.upper() for t in terms[:5]), "s", "es", ",", ", ", " ", "\n", "-", "ΟΔΟΣ,", "Σ", "x", "İ"]
    found = 0
    for _ in range(400):
        text = "".join(rng.choice(pieces) + rng.choice([" ", "\n", ",", "", "  "]) for _ in range(rng.randint(0, 30)))
        want = whole(text)
        assert matchers._spans(text) == want
        found += len(want)
    assert found > 100


# --- head phrases: only the words that can be heads are visited -------------------------

def _head_phrases_word_by_word(body: str, listed: dict[str, str]) -> list[tuple[str, str, int, int]]:
    """What _head_phrases finds, every word of the body read in turn (its first form)."""
    m = label_heads
    out = []
    words = WORD_RE.finditer(body)
    before, w, after = None, None, next(words, None)
    while after is not None:
        before, w, after = w, after, next(words, None)
        word = w.group()
        if not (word.endswith("s") or word in listed) or not word.islower() or "-" in word:
            continue
        head = singular(word)
        plural = head != word
        if head not in listed and not (plural and m._agent_noun(word)):
            continue
        if body[w.end() : w.end() + 1] == "-" or (not plural and m._noun_follows(body, w, after)):
            continue
        start = w.start()
        if before is not None and m._modifies(body, before, w):
            start = before.start()
        elif head not in listed:
            continue
        out.append((head, term_key(body[start : w.end()]), start, w.end()))
    return out


_PIECES = ["migrants", "migrant", "immigrants", "illegal", "the", "residents", "taxpayers", "rights", "Rights",
           "aliens", "alien", "new", "Új", "élus", "1990s", "12-cats", "x-rays", "cats-dogs", "it's", "’s",
           "'", "’", "-", "--", "_", "_s", "9", " ", "  ", "\n", "\n\n", ", ", ".", "“", "workers", "many",
           "a", "s", "émigrés", "activists", "judges", "orders", "state-run", "ones", "juries", "boxes",
           "foxes", "buses", "party", "parties", "Migrants", "residents-", "-ists"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_head_phrases_are_those_of_reading_every_word(parts: list[str]) -> None:
    body = "".join(parts)
    listed = {"migrant": "migrants", "alien": "aliens", "judge": "judges", "immigrant": "migrants",
              "jury": "juries", "box": "boxes", "bus": "buses", "party": "parties"}
    text = ArticleText(0, SimpleNamespace(body=body, sentences=[], quotes=[]))  # type: ignore[arg-type]
    found = [(h, k, u.start, u.end) for h, k, u, _ in label_heads._head_phrases(text, listed)]
    assert found == _head_phrases_word_by_word(body, listed)


@settings(max_examples=500)
@given(st.text(alphabet="aisnrtmgdeuS-’'_1 \n,É", max_size=60), st.integers(1, 70))
def test_head_phrases_of_any_characters_are_those_of_reading_every_word(body: str, stretch: int) -> None:
    listed = {"migrant": "migrants", "seas": "seas", "a": "as", "ty": "ties", "sin": "sins"}
    text = ArticleText(0, SimpleNamespace(body=body, sentences=[], quotes=[]))  # type: ignore[arg-type]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(label_heads, "_STRETCH", stretch)  # (the body read backwards a stretch at a time)
        found = [(h, k, u.start, u.end) for h, k, u, _ in label_heads._head_phrases(text, listed)]
    assert found == _head_phrases_word_by_word(body, listed)


def test_a_label_in_a_text_with_no_full_stop_carries_a_window_not_the_whole_body():
    """One paragraph of 6,000 words and no full stop is one sentence: each label's evidence
    was the whole body (446 MB of JSON for a 636 KB file)."""
    filler = " ".join(["the council met and the plan was discussed at length"] * 600)
    run_on = f"The sheriff will stop asking illegal aliens about their status {filler} and illegal aliens again\n"
    arts = _story(("courier", "The Courier", run_on), HERALD)
    (group,) = [r for r in _labels(arts) if r["kind"] == "group"]
    courier = next(b for b in group["by_article"] if b["article"] == "courier")["labels"][0]
    assert courier["evidence"] and all(len(e["sentence"]) <= 602 for e in courier["evidence"])
    assert "illegal aliens" in courier["evidence"][0]["sentence"]
