"""Reading a front matter block that is not valid YAML line by line: the plain
``key: value`` lines are kept as text, nothing else is read, nothing raises."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.library.frontmatter_recovery import fields_by_line


def test_plain_lines_are_read_as_text_with_their_file_lines() -> None:
    content = 'title: Harlow crash: six killed\noutlet: "Harlow Gazette"\nauthors:\n  - Ann Lee\ndate: 2026-03-15\n'
    fields, lines = fields_by_line(content)
    assert fields == {"title": "Harlow crash: six killed", "outlet": "Harlow Gazette", "date": "2026-03-15"}
    assert lines == {"title": 2, "outlet": 3, "date": 6}     # the opening fence is line 1


def test_indented_empty_and_repeated_lines_are_left_out() -> None:
    fields, _ = fields_by_line("  title: nested\nsummary: |\n  a: b\nempty:\nurl: x\nurl: y\n- item: z\n")
    assert fields == {"url": "x"}


@given(st.text(max_size=400))
def test_any_text_gives_fields_of_its_own_lines(content: str) -> None:
    fields, lines = fields_by_line(content)
    rows = content.split("\n")
    assert set(fields) == set(lines)
    for key, value in fields.items():
        row = rows[lines[key] - 2]
        assert row.startswith(key) and value in row
