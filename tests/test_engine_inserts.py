"""A one-sided insert inside copied text (a video caption, a timestamp, an advertisement
line, a local paragraph) does not end the passage; it shows as added words. Text of one
side only does not glue two different articles into a passage beyond what they share.

All texts are invented. Every test runs on both paths: the C aligner (when built) and
the Python reference.
"""

from __future__ import annotations

from reader.engine import align
from reader.engine.compare import compare_texts
from reader.engine.wordiff import INSERT
from reader.text.tokens import tokenize, word_count

PARAS = [
    "The harbour council of Westmere voted on Tuesday night to close the old ferry pier for repairs, "
    "ending months of argument over who should pay for the work.",
    "Engineers told the council that two of the wooden piles under the pier had rotted through and that "
    "a storm of the kind seen last winter could bring the deck down.",
    "Councillor Ada Brennan, who chairs the harbour committee, said the decision was painful but "
    "unavoidable. \"We cannot ask people to walk on a structure we know is failing,\" she said.",
    "The ferry to Little Skerry will run from the fishing quay instead while the work goes on, adding "
    "about ten minutes to each crossing.",
    "Local shop owners near the pier said they feared losing the summer trade that the ferry brings, and "
    "asked the council for help with rents.",
    "The council expects the repairs to cost about 2.4 million and to take until the spring, when the pier "
    "would reopen with new steel piles.",
]
CAPTION = ("WATCH: Drone footage filmed by a harbour volunteer on Monday morning shows the rotted wooden piles "
           "under the Westmere ferry pier, the cracked deck boards above them and the gap that opened after the "
           "January storm. Video courtesy of Westmere Harbour Trust.")
LOCAL = ("In nearby Dunmore, residents have long complained about the state of their own slipway, which the "
         "county has promised to rebuild for years without result.")
# An unrelated article on the same kind of page (a one-sided stretch between the two).
OTHER = [
    "The county library in Ashby will open on Sundays from next month after a volunteer group raised "
    "enough money to pay for extra staff and heating.",
    "Readers have asked for longer hours since the reading room was refurbished, the head librarian "
    "Tomas Reyes said, and the children's corner is full every Saturday morning.",
    "The group hopes to keep the Sunday opening going for at least two years and is looking for more "
    "volunteers to run the book sale that funds it.",
]



def doc(*parts: str) -> str:
    return "\n\n".join(parts)


def inserted_words(p) -> list[str]:
    return tokenize(" ".join(t for op, t in p.diff if op == INSERT)).norms


def copy_with_inserts() -> str:
    paras = list(PARAS)
    paras[2] = paras[2].replace("painful but", "painful 3:02 but")
    return doc(paras[0], paras[1], CAPTION, CAPTION, paras[2], paras[3], "ADVERTISEMENT", LOCAL, paras[4], paras[5])


def test_a_caption_inserted_twice_and_other_inserts_stay_in_one_passage(code_path):
    a, b = doc(*PARAS), copy_with_inserts()
    cmp = compare_texts(a, b)
    assert len(cmp.passages) == 1, cmp.passages
    (p,) = cmp.passages
    assert (p.a_start, p.a_end) == (0, len(a))
    covered = word_count(b[p.b_start : p.b_end])
    assert covered >= 0.95 * word_count(b)
    # the inserts are shown in the passage but are not shared text: the share leaves out the
    # two captions and the local paragraph (one-sided stretches of 12 words or more)
    assert cmp.a_shared == 1.0
    inserted = 2 * word_count(CAPTION) + word_count(LOCAL)
    assert abs(cmp.b_shared - (word_count(b) - inserted) / word_count(b)) < 0.02
    assert [side for side, _, _ in p.inserts] == ["b", "b"]
    assert b[p.inserts[0][1]:p.inserts[0][2]] == (CAPTION + "\n\n" + CAPTION).rstrip(".")   # (words, not the stop)
    assert b[p.inserts[1][1]:p.inserts[1][2]].endswith(LOCAL.rstrip("."))
    added = inserted_words(p)
    for insert in (CAPTION, CAPTION, "3:02", "ADVERTISEMENT", LOCAL):
        for w in tokenize(insert).norms:
            assert w in added
    assert len(added) >= 2 * word_count(CAPTION) + word_count(LOCAL) + 2
    assert not [t for op, t in p.diff if op == -1 and t.strip()]  # nothing of A is missing
    mirrored = compare_texts(b, a)
    assert mirrored.to_json() == cmp.mirrored().to_json()


def test_the_text_after_a_long_insert_at_the_end_is_kept(code_path):
    """The sentence right after a long insert, last in the copy, is part of the passage."""
    a = doc(*PARAS)
    b = doc(*PARAS[:5], CAPTION, LOCAL, CAPTION, PARAS[5])
    (p,) = compare_texts(a, b).passages
    assert (p.a_start, p.a_end, p.b_end) == (0, len(a), len(b))


def test_an_insert_longer_than_the_limit_ends_the_passage(code_path):
    filler = " ".join(OTHER * 5)  # about 300 words only in b
    assert word_count(filler) > align.INSERT_GAP
    a = doc(*PARAS)
    b = doc(*PARAS[:3], filler, *PARAS[3:])
    assert len(compare_texts(a, b).passages) == 2


def test_different_articles_after_a_shared_paragraph_are_not_glued(code_path):
    """A shares its first paragraphs with B; then A goes on with its own article while B
    has a one-sided stretch (a caption) and then a different article that repeats a
    phrase of A's. The passage is the shared paragraphs only."""
    shared = doc(*PARAS[:2])
    a = doc(shared, "Police said on Monday that the harbour office had been closed since the storm.", *OTHER[:1])
    b = doc(shared, CAPTION, "Police said on Monday that a man had been arrested.", *OTHER[1:])
    cmp = compare_texts(a, b)
    assert [(p.a_text, p.b_text) for p in cmp.passages] == [(shared, shared)]


def test_unrelated_articles_with_a_one_sided_stretch_share_nothing(code_path):
    a = doc(*OTHER)
    b = doc(PARAS[0], CAPTION, CAPTION, *PARAS[3:])
    assert compare_texts(a, b).passages == []
    assert compare_texts(b, a).passages == []


def test_a_long_dropped_paragraph_is_dropped_whole(code_path):
    """A long paragraph of A's only, beginning with the word the next one begins with
    ("The harbour trust…", "The council…"): the passage runs across it, and the dropped
    words are that paragraph, not "… The" with the next one's first word."""
    long = ("The harbour trust, a charity that has looked after the pier since the nineteen sixties, said in "
            "a statement that it had warned the council about the piles three years ago and had offered to "
            "share the cost of an inspection. Its chair, Morag Innes, said volunteers would keep the "
            "small museum at the end of the pier open for as long as the deck was safe to walk on.")
    assert word_count(long) > align.INSERT_COST * 5
    a = doc(*PARAS[:5], long, PARAS[5])
    b = doc(*PARAS)
    (p,) = compare_texts(a, b).passages
    assert [t.strip() for op, t in p.diff if op == -1] == [long]


# A long piece of one side only: well under the insert limit, but longer than the copied
# text either side of it, so one passage across it would be mostly insert.
LONG_LOCAL = " ".join([LOCAL, *OTHER, *OTHER, *OTHER, LOCAL])


def test_copied_text_either_side_of_a_long_local_piece_is_kept_as_two_passages(code_path: str) -> None:
    a = doc(PARAS[0], PARAS[1])
    b = doc(PARAS[0], LONG_LOCAL, PARAS[1])
    assert 2 * (word_count(PARAS[0]) + word_count(PARAS[1])) < 0.4 * (word_count(a) + word_count(b))
    assert word_count(LONG_LOCAL) < align.INSERT_GAP
    c = compare_texts(a, b)
    got = sorted(p.b_text for p in c.passages)
    assert got == sorted([PARAS[0], PARAS[1]])  # not one passage too thin to keep, and not nothing
