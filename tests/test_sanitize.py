"""Control characters from articles can never reach the terminal as controls."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.text.sanitize import neutralise, one_line

C0 = [chr(c) for c in range(0x20)]
C1 = [chr(c) for c in range(0x80, 0xA0)]
DEL = "\x7f"
# invisible characters shown as ◌: bidi controls, zero-width space, word joiner and
# invisible operators, deprecated format characters, a byte order mark inside the text,
# interlinear annotation marks, tag characters
INVISIBLE = [chr(c) for c in (0x061C, 0x200B, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2060, 0x2065),
                              *range(0x2066, 0x2070), 0xFEFF, *range(0xFFF9, 0xFFFC), *range(0xE0000, 0xE0080))]
# (the line and paragraph separators become newlines)
FORBIDDEN_IN_BODY = (set(C0) - {"\t", "\n"}) | {DEL} | set(C1) | set(INVISIBLE) | {"\u2028", "\u2029"}
FORBIDDEN_IN_LINE = FORBIDDEN_IN_BODY | {"\t", "\n", "\r", "\u2028", "\u2029"}

PROPERTY = settings(max_examples=300, derandomize=True, database=None, deadline=None)
# Text rich in the characters that matter here, plus anything else.
nasty_text = st.text(st.one_of(
    st.sampled_from(C0 + C1 + INVISIBLE + [DEL, "\u2028", "\u2029", "\u200c", "\u200d", "\u00ad", " ", "[", "]",
                                        "␛", "\ufffd"]),
    st.characters(),
), max_size=200)


def test_escape_sequences_become_visible_text():
    assert neutralise("a\x1b[31mred\x1b[0m") == "a␛[31mred␛[0m"
    assert neutralise("\x1b]52;c;aGk=\x07") == "␛]52;c;aGk=␇"        # OSC 52 clipboard write
    assert neutralise("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\") == "␛]8;;http://x␛\\link␛]8;;␛\\"
    assert neutralise("\x9b2J") == "\ufffd2J"                       # C1 CSI
    assert neutralise("\x00\x08\x7f\r\x0b\x0c") == "␀␈␡␍␋␌"


def test_every_c0_del_and_c1_is_replaced_and_tab_newline_kept():
    text = "".join([*C0, DEL, *C1])
    out = neutralise(text)
    assert len(out) == len(text)
    assert not set(out) & FORBIDDEN_IN_BODY
    assert out[0x09] == "\t" and out[0x0A] == "\n"
    for i, c in enumerate(C0):
        if c not in "\t\n":
            assert out[i] == chr(0x2400 + ord(c))
            assert unicodedata.name(out[i]).startswith("SYMBOL FOR")
    assert out[0x20] == "␡"
    assert out[0x21:] == "\ufffd" * 32


def test_printable_text_is_untouched():
    text = "Plain — “quoted” IRS’s café 日本語 שָׁלוֹם 🙂 [bold red]x[/] [link=file:///etc/passwd]y\n\tz"
    assert neutralise(text) == text
    assert neutralise("") == ""


def test_characters_next_to_controls_are_untouched():
    assert neutralise("é\x1bé\x85ü\tz") == "é␛é\ufffdü\tz"


@PROPERTY
@given(nasty_text)
def test_neutralise_property(text):
    out = neutralise(text)
    assert len(out) == len(text)                      # offsets preserved
    assert not set(out) & FORBIDDEN_IN_BODY
    for got, was in zip(out, text, strict=True):                  # one character for one character
        if was not in FORBIDDEN_IN_BODY:
            assert got == was
        else:
            assert got != was
    assert neutralise(out) == out                     # idempotent
    assert out == "".join(_picture(c) for c in text)


def _picture(c: str) -> str:
    """The documented replacement of one character."""
    if c == DEL:
        return "␡"
    if c in C1:
        return "\ufffd"
    if c in C0 and c not in "\t\n":
        return chr(0x2400 + ord(c))
    if c in INVISIBLE:
        return "◌"
    return c


def test_one_line_removes_breaks_and_controls():
    assert one_line("Title\non two lines") == "Title on two lines"
    assert one_line("  Lots \t of\n space\u2028here\u2029  ") == "Lots of space here"
    assert one_line("Evil\x1b[2J\x1b[Hname\x07") == "Evil␛[2J␛[Hname␇"
    assert one_line("C1\x85next\x9bline") == "C1\ufffdnext\ufffdline"
    assert one_line("") == ""
    assert one_line("[bold]kept[/bold]") == "[bold]kept[/bold]"


def test_one_line_treats_windows_and_old_mac_line_ends_as_breaks():
    # "breaks to spaces": CR LF is a line break too, not a control to show as ␍
    assert one_line("First line\r\nsecond line") == "First line second line"
    assert one_line("First line\rsecond line") == "First line second line"


@PROPERTY
@given(nasty_text)
def test_one_line_property(text):
    out = one_line(text)
    assert not set(out) & FORBIDDEN_IN_LINE
    assert out == out.strip()
    assert "  " not in out
    assert one_line(out) == out
    # nothing but whitespace and controls is lost: every other character survives, in order
    assert visible(out) == visible(text)


REPLACEMENTS = set(neutralise("".join(sorted(FORBIDDEN_IN_BODY))))


def visible(text: str) -> list[str]:
    return [c for c in text if not c.isspace() and c not in FORBIDDEN_IN_BODY and c not in REPLACEMENTS]


def test_tag_characters_and_annotation_marks_are_shown_but_a_flags_tags_are_kept():
    from reader.text.sanitize import neutralise, one_line

    hidden = "Good\U000E0041\U000E0042 Times\ufff9x\ufffa\ufffb"        # text smuggled in tag characters
    assert neutralise(hidden) == "Good◌◌ Times◌x◌◌"
    england = "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F"
    assert neutralise(f"Fans waved {england} flags") == f"Fans waved {england} flags"
    assert neutralise("John\u2028Smith\u2029") == "John\nSmith\n"      # one for one: offsets hold
    assert one_line("end\u2028line\r\n\U000E0041") == "end line ◌"
