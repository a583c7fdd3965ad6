"""Which outlet a stretch of text names as its own: the whole name, or a broadcaster's call
sign or network initials; never a wire, a generic name or a town cut from a paper's name."""

from __future__ import annotations

import pytest

from reader.analysis.own_reporting import distinct_name, names_outlet


@pytest.mark.parametrize(("text", "outlet", "found"), [
    ("KTVZ reporter Sam Ortega said ash was falling.", "KTVZ (ktvz.com)", "KTVZ"),
    ("A volunteer told KXYZ the shelter was full.", "KXYZ News 4 (kxyz.com)", "KXYZ"),
    ("Officials confirmed the count to CBS News on Friday.", "CBS News Los Angeles", "CBS"),
    ("The Boston Globe has learned the plan was dropped.", "The Boston Globe (bostonglobe.com)", "Boston Globe"),
    ("Riverton police closed the bridge on Tuesday.", "Riverton Herald", None),
    ("USA Gymnastics said it would review the case.", "USA TODAY", None),
    ("Reuters could not verify the video.", "Reuters", None),
    ("The Daily News reported it first.", "Daily News", None),
    ("WPRI-TV aired the footage.", "WPRI 12 (wpri.com)", None),      # another name, not the call sign alone
])
def test_names_outlet(text, outlet, found):
    assert names_outlet(text, outlet) == found


def test_distinct_name_drops_notes_and_refuses_wires():
    assert distinct_name("Yahoo News (Reuters; syndicated)") == "Yahoo News"
    assert distinct_name("Associated Press (apnews.com)") is None
    assert distinct_name(None) is None and distinct_name("  ") is None
