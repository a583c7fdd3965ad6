"""``reader.reports.output``: the pieces a piped ``--json`` is written in join into what
``json.dumps(..., ensure_ascii=False)`` writes, for any JSON value, at any split depth."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from reader.reports import output

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(alphabet=st.characters(blacklist_categories=("Cs",))))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=6),
                                                       st.dictionaries(st.text(max_size=5), inner, max_size=5)),
                      max_leaves=40)


@given(values, st.integers(min_value=0, max_value=5))
def test_pieces_join_into_json_dumps(data: object, depth: int) -> None:
    assert "".join(output._json_pieces(data, depth)) == json.dumps(data, ensure_ascii=False)


@given(st.lists(st.lists(scalars, max_size=8), max_size=6), st.integers(min_value=1, max_value=3))
def test_iterators_are_written_as_the_lists_they_give(rows: list, run: int) -> None:
    import pytest

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(output, "_SCALAR_RUN", run)  # (runs of plain values cut short)
        lazy = {"rows": (iter(r) for r in rows), "n": len(rows)}
        assert "".join(output._json_pieces(lazy, 4)) == json.dumps({"rows": rows, "n": len(rows)},
                                                                   ensure_ascii=False)


# (the surrogates os.fsdecode makes of bytes that are not UTF-8: never a high one, so never a pair)
@given(values, st.text(alphabet=st.characters(min_codepoint=0xDC80, max_codepoint=0xDCFF), min_size=1, max_size=4),
       st.booleans())
def test_a_lone_surrogate_is_written_as_its_escape_and_reads_back(data: object, odd: str, tty: bool) -> None:
    import io

    class Stream(io.StringIO):
        def isatty(self) -> bool:
            return tty

    value = {"path": f"/tmp/{odd}.md", "data": data}
    stream = Stream()
    output.write_json(value, stream)
    stream.getvalue().encode("utf-8")                       # writable to any UTF-8 stream
    assert json.loads(stream.getvalue()) == value
