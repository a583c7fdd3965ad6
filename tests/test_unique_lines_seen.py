"""Lines only one source has: a sentence's content words looked up by its text (the copies
of a wire's sentence split once) give what splitting every sentence gives, however few
texts are kept."""

from __future__ import annotations

import pytest

from reader.analysis import unique_lines as unique_module
from reader.analysis.story import analyse_story
from reader.library.model import Article

WIRE = ("The county board approved the new bridge budget on Tuesday after a long debate. "
        "Council member Rhea Tolland said the vote would speed repairs on the river crossing. "
        "Work is expected to begin in the spring, officials said.")


def _articles() -> list[Article]:
    local = ["Residents of the east bank packed the hall to hear the vote.",
             "A second meeting on the school roof is planned for next month.",
             "The paper's reporters counted forty people waiting outside the hall."]
    return [Article(id=f"a{k}", body=WIRE + "\n\n" + local[k % 3] + f" Item {k} was read aloud by the clerk.\n",
                    title=f"Bridge {k}") for k in range(6)]


@pytest.mark.parametrize("kept", [0, 2, 4096])
def test_content_words_kept_by_text_change_nothing(tmp_path, monkeypatch, kept):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    story = analyse_story(_articles())
    expected = {a.id: [(s, e) for s, e in a.sentences] for a in story.analysed}
    words = [[unique_module._content(a, s, e) for s, e in expected[a.id]] for a in story.analysed]
    monkeypatch.setattr(unique_module, "SEEN_SENTENCES", kept)
    index = unique_module._SentenceWords(story.analysed)
    assert index.words == words
    again = analyse_story(_articles())
    assert again.unique_lines == story.unique_lines
