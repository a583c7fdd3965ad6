"""The pure parts of the TUI: Markdown blocks with body offsets, wrapping, marks,
synchronised-scrolling anchors, mirrored comparisons and the keymap file."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine.compare import Comparison, Passage, compare_texts
from reader.tui.comparison_cache import ComparisonCache
from reader.tui.document import build_document
from reader.tui.keymap_file import load_keymap
from reader.tui.layout import Layout, wrap
from reader.tui.marks import side_marks
from reader.tui.sync import map_row, monotone_chain

MD = """# A *big* heading

First paragraph with *emphasis*, **strong**, a [link](https://example.com/a) and `code`.
It goes on &amp; on \\* with [bold]markup[/bold] shown as is.

- one
- two, with **more**

> quoted words
> continue

    code block line

---

Last line.
"""


def offsets_are_true(body: str, document) -> None:
    for block in document.blocks:
        assert len(block.offsets) == len(block.plain)
        assert list(block.offsets) == sorted(block.offsets)
        for ch, off in zip(block.plain, block.offsets, strict=True):
            if ch not in " \n&*":
                assert body[off] == ch


def test_markdown_blocks_keep_body_offsets():
    doc = build_document(MD, True)
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["heading", "paragraph", "paragraph", "paragraph", "paragraph", "code", "rule", "paragraph"]
    offsets_are_true(MD, doc)
    heading, para = doc.blocks[0], doc.blocks[1]
    assert heading.plain == "A big heading"
    assert ("em" in {r for _, _, r in heading.spans}) and heading.spans[0][2] == "heading"
    assert "[bold]markup[/bold]" in para.plain  # article markup is text, not style
    assert "& on * with" in para.plain
    roles = {para.plain[s:e]: r for s, e, r in para.spans}
    assert roles == {"emphasis": "em", "strong": "strong", "link": "link", "code": "code"}
    items = doc.blocks[2:4]
    assert [b.first_prefix for b in items] == ["• ", "• "] and not items[1].gap_before
    assert doc.blocks[4].first_prefix.startswith("▎") and doc.blocks[4].plain == "quoted words continue"


def test_plain_text_is_not_read_as_markdown():
    body = "Title line\n\n# not a heading *not emphasis*\nwrapped line\n\n\nlast"
    doc = build_document(body, False)
    assert [b.plain for b in doc.blocks] == ["Title line", "# not a heading *not emphasis* wrapped line", "last"]
    offsets_are_true(body, doc)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab *_[]()`#>-\n\\&;!1.")), max_size=120))
def test_any_markdown_maps_offsets_in_order(body):
    doc = build_document(body, True)
    for block in doc.blocks:
        assert len(block.offsets) == len(block.plain)
        assert list(block.offsets) == sorted(block.offsets)
        assert all(0 <= o < max(len(body), 1) for o in block.offsets)


@given(st.text(alphabet=st.sampled_from(list("abc de\n世")), max_size=200), st.integers(1, 30))
def test_wrap_keeps_every_word_within_width(text, width):
    from rich.cells import cell_len

    rows = wrap(text, width)
    covered = "".join(text[s:e] for s, e in rows)
    assert covered.replace(" ", "") == text.replace(" ", "").replace("\n", "")
    for s, e in rows:
        assert cell_len(text[s:e]) <= max(width, 2)


def test_layout_rows_find_offsets():
    doc = build_document(MD, True)
    layout = Layout(doc, 20)
    assert all(len(MD) >= off >= 0 for off in layout.row_offsets)
    assert layout.row_offsets == sorted(layout.row_offsets)
    last = MD.index("Last line")
    row = layout.row_of(last)
    block, start, end = layout.rows[row]
    assert doc.blocks[block].plain[start:end] == "Last line."


def test_side_marks_number_passages_in_a_order_and_split_changes():
    a = "Alpha one two three four five six seven eight nine ten eleven twelve. " * 2
    b = a.replace("three", "THREE", 1)
    comparison = compare_texts(a, b)
    marks_a, marks_b = side_marks(comparison, "a"), side_marks(comparison, "b")
    assert [n for *_, n, _ in marks_a.passages] == list(range(1, len(comparison.passages) + 1))
    for s, e in marks_a.changed:
        assert a[s:e].strip() == a[s:e] and a[s:e]
    for s, e in marks_b.changed:
        assert b[s:e].strip() == b[s:e] and b[s:e]


def test_whitespace_only_changes_are_not_marked():
    p = Passage(0, 9, 0, 9, "one\ntwo x", "one two y", "edited", 0.9, 3, 3,
                [(0, "one"), (-1, "\n"), (1, " "), (0, "two "), (-1, "x"), (1, "y")])
    comparison = Comparison([p], 3, 3, 1.0, 1.0, {"edited": 1})
    assert side_marks(comparison, "a").changed == [(8, 9)]
    assert side_marks(comparison, "b").changed == [(8, 9)]


def test_mirror_swaps_sides_and_ops():
    a = "The court ruled on Friday that the agency broke the law by sharing data with others. " * 3
    b = "Filler words first. " + a.replace("Friday", "Monday")
    forward = compare_texts(a, b)
    back = forward.mirrored()
    assert back.a_shared == forward.b_shared and back.a_words == forward.b_words
    for p in back.passages:
        assert "".join(t for op, t in p.diff if op in (0, -1)) == b[p.a_start:p.a_end]
        assert "".join(t for op, t in p.diff if op in (0, 1)) == a[p.b_start:p.b_end]


def test_cache_computes_once_and_mirrors():
    from test_tui_support import story

    calls = []

    def compare(x, y):
        calls.append((x, y))
        return compare_texts(x, y)

    cache = ComparisonCache(compare)
    a, b = story()[:2]
    assert cache.get(a, b) is None
    first = cache.compute(a, b)
    assert cache.compute(a, b) is first
    assert cache.get(b, a).a_shared == first.b_shared
    assert len(calls) == 1


def test_anchors_skip_crossing_passages_and_map_between():
    chain = monotone_chain([(0, 10), (5, 15), (8, 2), (20, 30)])
    assert chain == [(0, 10), (5, 15), (20, 30)]
    assert map_row(chain, 5) == 15
    assert map_row(chain, 12.5) == pytest.approx(22.5)
    assert map_row(chain, 30) == 40 and map_row([], 7) == 7
    assert map_row(chain, -3) == 7


def test_keymap_file(tmp_path):
    path = tmp_path / "keymap.toml"
    assert load_keymap(path) == ({}, None)
    path.write_text('"reader.next-source" = "ctrl+n"\n"reader.quit" = 3\n')
    keymap, problem = load_keymap(path)
    assert keymap == {"reader.next-source": "ctrl+n"} and "ignored" in problem
    path.write_text("not toml [")
    keymap, problem = load_keymap(path)
    assert keymap == {} and "keymap ignored" in problem


def test_core_does_not_import_textual():
    import subprocess
    import sys

    code = ("import sys, reader.cli, reader.library.loading, reader.engine.compare, reader.engine.index, "
            "reader.tui.document, reader.tui.layout, reader.tui.marks, reader.tui.sync, reader.tui.state, "
            "reader.tui.side_items; "
            "print([m for m in ('textual',) if m in sys.modules])")
    from conftest import child_env

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=child_env())
    assert out.stdout.strip() == "[]", out.stderr
