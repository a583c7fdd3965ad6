"""Provenance families, sources and reasons, credits and unique lines on invented stories
(every text here is made up for these tests)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.credits import dateline, find_credits, wires_named
from reader.analysis.story import analyse_story, story_json
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_, body, **kw):
    return Article(id=id_, body=body, title=kw.pop("title", id_), words=word_count(body), **kw)


WIRE = [
    "A chemical tanker derailed near the Clearwater River early Tuesday, forcing the evacuation of about 300 "
    "homes in the small town of Riverton, officials said.",
    "Eleven of the train's 40 cars left the tracks just after 4 a.m. on a curve that engineers had flagged for "
    "repairs last spring, according to the Oregon Department of Transportation.",
    "Fire Chief Dana Whitlock said two tank cars were leaking a mild acid into a drainage ditch, but crews had "
    "built an earthen dam to keep it out of the river.",
    "At least two people were treated for breathing problems at Valley General Hospital and released by noon.",
    "The railroad, Cascade Northern, said it was sending a team of inspectors and would pay for hotel rooms for "
    "families who had to leave their homes.",
    "State environmental officials planned to test the river water downstream through the end of the week.",
]
REWORDED = [
    "A chemical tank train came off the rails close to the Clearwater River early Tuesday, prompting the "
    "evacuation of roughly 300 houses in the little town of Riverton, authorities reported.",
    "Eleven of the train's 40 wagons jumped the rails shortly after 4 a.m. on a bend that engineers had marked for "
    "fixes last spring, according to the Oregon Department of Transportation.",
    "Fire Chief Dana Whitlock stated two tank wagons were dripping a weak acid into a drainage trench, but teams had "
    "piled an earthen barrier to keep it away from the river.",
    "No fewer than two residents were seen for breathing trouble at Valley General Hospital and sent home by noon.",
]
LOCAL = ("Riverton Middle School will stay closed on Wednesday, and the Grange hall on Fifth Street is open to "
         "evacuated families with cots and hot meals donated by local churches.")


def _p(sentences):
    return "\n\n".join(sentences)


def _wire_story():
    ap = _art("ap", "RIVERTON, Ore. (AP) \u2014 " + _p(WIRE), outlet="Associated Press", published="2024-05-07")
    tv = _art("kxyz", _p(REWORDED), outlet="KXYZ News 4", published="2024-05-07")
    edited = [s.replace("about 300 homes", "nearly 300 homes").replace("released by noon", "sent home by noon")
              for s in WIRE[:5]]
    herald = _art("herald", "RIVERTON, Ore. (AP) \u2014 " + _p([*edited[:3], LOCAL, *edited[3:]]),
                  outlet="Riverton Herald", published="2024-05-07")
    blog = _art("blog", _p([*edited[:3], LOCAL, edited[3]]), outlet="Valley Gossip Blog", published="2024-05-08")
    return [ap, tv, herald, blog]


def _pairs(story, directed=True):
    return {(lk.copy, lk.source) for lk in story.links if lk.directed == directed}


def test_paper_does_not_draw_on_the_tv_station():
    story = analyse_story(_wire_story())
    directed = _pairs(story)
    assert ("herald", "kxyz") not in directed and ("kxyz", "herald") not in directed
    assert not any(source in ("blog", "kxyz") for _, source in directed)
    # the wire's own story is the family's source, but a carrier that credits the wire took
    # the text from the wire, not from its web page: both carry AP's story, no direction
    assert ("herald", "ap") not in directed
    link = next(lk for lk in story.links if (lk.copy, lk.source) == ("herald", "ap"))
    assert link.basis == "wire" and "AP's own story" in link.reason and "herald credits AP" in link.reason
    fam = next(f for f in story.families if "herald" in f.members)
    assert (fam.source_kind, fam.source_name, fam.rule) == ("article", "ap", "own credit")


def test_carriers_of_one_wire_are_siblings_never_copies():
    body = _p(WIRE)
    a = _art("daily", "RIVERTON, Ore. (AP) \u2014 " + body, outlet="Eastside Daily", published="2024-05-07")
    b = _art("courier", "RIVERTON, Ore. (AP) \u2014 " + body.replace("about 300", "some 300"),
             outlet="Coast Courier", published="2024-05-08")
    # a later write-through with an updated toll, credited to AP too
    update = _p([WIRE[0].replace("At least two", "Five"), *WIRE[1:3],
                 "Five people were treated for breathing problems at Valley General Hospital.",
                 *WIRE[4:]])
    c = _art("times", "RIVERTON, Ore. (AP) \u2014 " + update, outlet="Valley Times", published="2024-05-09")
    story = analyse_story([a, b, c])
    assert _pairs(story) == set()
    assert story.links and all(lk.relation == "siblings" and lk.basis == "wire" for lk in story.links)
    assert all("both carry AP's story" in lk.reason for lk in story.links)
    fam = story.families[0]
    assert (fam.source_kind, fam.source_name, fam.rule) == ("wire", "AP", "credit")
    assert sorted(fam.members) == ["courier", "daily", "times"]


def test_uncredited_copies_under_one_dateline_are_one_filed_report():
    body = "RIVERTON, Ore. \u2014 " + _p(WIRE)
    a = _art("one", body, published="2024-05-07")
    b = _art("two", body.replace("about 300", "some 300"), published="2024-05-09")
    story = analyse_story([a, b])
    assert _pairs(story) == set()
    assert story.links[0].basis == "dateline" and story.families[0].rule == "dateline"


def test_an_uncredited_copy_with_later_date_draws_on_the_only_text_it_shares():
    own = _p(WIRE)
    copy = _p([*WIRE[:4], "Readers can send us their photos of the scene."])
    story = analyse_story([_art("orig", own, published="2024-05-07"), _art("copy", copy, published="2024-05-08")])
    link = story.links[0]
    assert (link.copy, link.source, link.basis) == ("copy", "orig", "date")
    assert "earlier by its date" in link.reason and "only orig carries" in link.reason
    data = story_json(story)
    assert data["provenance"]["families"][0]["source"] == {
        "kind": "article", "name": "orig", "rule": "date", "reason": story.families[0].reason}
    assert data["provenance"]["links"][0]["reason"] == link.reason


def test_one_article_and_unrelated_articles():
    one = analyse_story([_art("solo", _p(WIRE))])
    assert one.links == [] and one.families == []
    assert story_json(one)["provenance"]["families"] == []
    other = _art("other", "The city council voted on Monday to extend library hours on weekends through "
                          "the summer, after a petition gathered more than two thousand signatures.")
    two = analyse_story([_art("solo", _p(WIRE)), other])
    assert two.links == [] and two.families == []
    assert all(two.provenance[a] == {"draws_on": [], "used_by": [], "shares_with": []} for a in ("solo", "other"))


def test_ten_identical_copies():
    arts = [_art(f"c{k}", _p(WIRE)) for k in range(10)]
    story = analyse_story(arts)
    assert _pairs(story) == set()
    assert len(story.families) == 1 and len(story.families[0].members) == 10
    assert all(lines == [] for lines in story.unique_lines.values())
    story_json(story)


def test_an_article_quoting_another_in_full():
    quoted = " ".join(WIRE[:3])
    a = _art("orig", _p(WIRE), published="2024-05-07")
    b = _art("column", f'A reader sent us this report: "{quoted}" We could not confirm it.',
             published="2024-05-08")
    story = analyse_story([a, b])
    # the column quotes the other's own text (not a quotation there): it carries that text,
    # and the dates say which came first; two reports quoting one speaker stay apart
    assert _pairs(story) == {("column", "orig")}
    story_json(story)


def test_unique_lines_are_true():
    base = _p(WIRE)
    a = _art("a", base + "\n\nThe mayor's office posted updates on its website every hour.")
    b = _art("b", _p([*REWORDED, "A church bake sale raised money for displaced families."]))
    story = analyse_story([a, b])
    texts = {aid: [a.body[s:e] if aid == "a" else b.body[s:e] for s, e in spans]
             for aid, spans in story.unique_lines.items()}
    assert any("website every hour" in t for t in texts["a"])
    assert any("bake sale" in t for t in texts["b"])
    # reworded sentences are carried by the other source: not unique
    assert not any("drainage" in t or "Valley General" in t for t in texts["a"] + texts["b"])


def test_titles_and_bylines_are_not_lines():
    body = "Flood warning for the valley\n\nBy Jane Porter\n\n" + _p(WIRE[:2])
    other = _art("x", "The city council voted on Monday to extend library hours on weekends through "
                      "the summer, after a petition gathered more than two thousand signatures.")
    story = analyse_story([_art("t", body, title="Flood warning for the valley"), other])
    texts = [body[s:e] for s, e in story.unique_lines["t"]]
    assert not any(t.startswith(("Flood warning", "By Jane")) for t in texts)


def test_credit_detection():
    assert find_credits(_art("a", "MIAMI (AP) \u2014 A bridge fell.")).wires == ("AP",)
    assert find_credits(_art("a", "MIAMI (CBS/AP) \u2014 A bridge fell.")).wires == ("AP",)
    assert find_credits(_art("a", "TOLLAND, Conn. (Reuters) - A walkway fell.")).wires == ("Reuters",)
    assert find_credits(_art("a", "A train derailed.", authors=("Associated Press",))).wires == ("AP",)
    assert find_credits(_art("a", "A bridge fell.\n\nAFP")).wires == ("AFP",)
    notice = ("A bridge fell.\n\nCopyright 2024 The Associated Press. All rights reserved. This material may not be "
              "published, broadcast, rewritten or redistributed.")
    assert find_credits(_art("a", notice)).wires == ("AP",)
    assert find_credits(_art("a", "A bridge fell.\n\nThe-CNN-Wire")).wires == ("CNN",)
    own = find_credits(_art("a", "(CNN) \u2014 A judge ruled.", outlet="CNN"))
    assert own.own == "CNN" and own.carried == ()
    # an outlet's note naming a wire is not the outlet itself
    assert find_credits(_art("a", "X (Reuters) - Y.", outlet="Yahoo News (Reuters)")).own is None
    assert find_credits(_art("a", "The mayor said the apartment was cheap.")).wires == ()
    assert wires_named("a snapshot of the map") == []


@pytest.mark.parametrize(("body", "wire"), [
    ("By The Associated Press\n\nOSTLEY, Ont. \u2014 A mill burned.", "AP"),
    ("Via The Associated Press\n\nA mill burned.", "AP"),
    ("By CNN Wire\n\nA mill burned.", "CNN"),
    ("OSTLEY, Ont. (CP) \u2014 A mill burned.", "CP"),
    ("A mill burned.\n\nCopyright 2026 The Canadian Press", "CP"),
    ("A mill burned.\n\nThis report by The Canadian Press was first published March 5, 2026.", "CP"),
    ("A mill burned.\n\n(Reporting by Anil Mehra in Ostley; Additional reporting by Jo Park; Editing by Joan Pike)",
     "Reuters"),
    ("A mill burned.\n\nThe-CNN-Wire \u2122 & \u00a9 2026 Cable News Network, Inc., a Warner Bros. Discovery "
     "Company. All rights reserved.", "CNN"),
])
def test_more_ways_to_credit_a_wire(body, wire):
    assert find_credits(_art("a", body)).wires == (wire,)


@pytest.mark.parametrize("body", [
    "By Ann Lee\n\nA mill burned, the AP reported.",
    "By Ann Lee, who covered AP stories for years\n\nA mill burned.",
    "A mill burned.\n\n\u00a9 2026 Kellport Herald. All rights reserved.",
    "A mill burned.\n\n(Reporting by Ann Lee of the Herald staff)",
    "A mill burned.\n\nThe Associated Press could not confirm the number of workers inside the mill at the time "
    "of the fire, which began near the dye house.",
])
def test_a_mention_or_a_local_byline_credits_no_wire(body):
    assert find_credits(_art("a", body)).wires == ()


def test_datelines():
    assert dateline("TOLLAND, Conn. \u2014 A walkway") == "TOLLAND"
    assert dateline("NEW YORK (AP): The retailer is filing") == "NEW YORK"
    assert dateline("RIVERTON -- A bridge") == "RIVERTON"
    assert dateline("SPRINGFIELD, ILLINOIS: As the jury") == "SPRINGFIELD"
    assert dateline("RIVERTON\n\nThe Latest on") == "RIVERTON"
    assert dateline("The former county team doctor") is None
    assert dateline("A regional airline jet") is None
    # capitals a release or a live page opens with are no place
    assert dateline("FOR IMMEDIATE RELEASE\n\nThe county health department") is None
    assert dateline("BREAKING: A fire at the plant") is None
    assert dateline("LIVE OAK, Fla. (AP) \u2014 A sinkhole") == "LIVE OAK"


_WORDS = st.text(alphabet=st.characters(whitelist_categories=("Ll",)), min_size=1, max_size=8)


@given(st.lists(_WORDS, min_size=1, max_size=30))
def test_lower_case_prose_credits_no_wire(words):
    body = " ".join(words) + "."
    credits = find_credits(_art("p", body))
    assert credits.dateline is None
    assert set(credits.wires) <= {"Reuters", "dpa"}       # the only names matched in lower case


@given(st.sampled_from(["AP", "Reuters", "AFP", "CNN"]), st.sampled_from(["MIAMI", "NEW YORK", "ST. LOUIS"]),
       st.lists(_WORDS, min_size=3, max_size=20))
def test_a_tagged_dateline_credits_its_wire(wire, place, words):
    body = f"{place} ({wire}) \u2014 " + " ".join(words) + "."
    credits = find_credits(_art("p", body))
    assert wire in credits.wires and credits.own is None
    assert credits.dateline == place


HEAVY = [  # WIRE told again: sentences split and merged, most words changed, the order kept
    "Near the Clearwater River, a tank train hauling chemicals left its rails early Tuesday.",
    "Roughly 300 households in little Riverton had to evacuate, according to authorities.",
    "Eleven of the 40 train cars derailed soon after 4 a.m. at a curve the engineers flagged last spring.",
    "Two tank cars were leaking weak acid into a ditch, according to Fire Chief Dana Whitlock, though crews "
    "built a dam of earth so the river stayed clean.",
    "Valley General Hospital treated at least two people, who had trouble breathing, then released them.",
    "Cascade Northern, the railroad, is sending inspectors and paying hotel bills for evacuated families.",
    "Downstream river water will be tested by state environmental officials until the week ends.",
]


def test_sentences_of_a_heavily_reworded_copy_are_not_unique():
    a = _art("wire", _p(WIRE) + "\n\nThe mayor's office posted updates on its website every hour.")
    b = _art("rewrite", _p([*HEAVY, "A church bake sale raised money for displaced families on Sunday."]))
    story = analyse_story([a, b])
    assert story.comparison(0, 1) is None or not story.comparison(0, 1).passages   # no passage: only reworded
    assert any(lk.reworded for lk in story.links)                                  # the pair is linked as reworded
    unique = {aid: [(a if aid == "wire" else b).body[s:e] for s, e in spans]
              for aid, spans in story.unique_lines.items()}
    assert unique["wire"] == ["The mayor's office posted updates on its website every hour."]
    assert unique["rewrite"] == ["A church bake sale raised money for displaced families on Sunday."]


def test_two_independent_reports_keep_their_own_lines():
    # same event, same names, not one text reworded: each report's own facts stay unique
    a = _art("one", _p(WIRE[:3]))
    b = _art("two", _p([
        "Residents of Riverton described a loud bang before dawn Tuesday when the tanker cars tipped over.",
        "Fire Chief Dana Whitlock asked people living near the Clearwater River to keep their windows shut.",
        "The Grange hall opened its doors to families with cots and soup.",
    ]))
    story = analyse_story([a, b])
    assert not any(lk.reworded for lk in story.links)
    assert len(story.unique_lines["two"]) == 3


def test_articles_in_different_languages():
    # the same event told in three languages (made up here): nothing is claimed between them
    en = _art("en", _p(WIRE[:3]), outlet="Wire")
    es = _art("es", "Un tren cisterna descarriló cerca del río Clearwater el martes por la mañana y obligó a "
                    "evacuar unas 300 viviendas en Riverton, según las autoridades.")
    zh = _art("zh", "周二清晨，一列化学品罐车在克利尔沃特河附近脱轨，里弗顿约300户居民被疏散。")
    ar = _art("ar", "خرج قطار يحمل مواد كيميائية عن القضبان قرب نهر كليرووتر صباح الثلاثاء، وأُجلي نحو 300 منزل.")
    story = analyse_story([en, es, zh, ar])
    assert story.links == [] and story.conflicts == []
    data = story_json(story)
    assert data["matrix"]["ids"] == ["en", "es", "zh", "ar"]
    assert all(data["matrix"]["shared"][i][j] == 0 for i in range(4) for j in range(4) if i != j)
    assert {u["article"] for u in data["unique_lines"]} == {"en", "es", "zh", "ar"}


def test_two_versions_of_one_wire_story_are_versions_not_a_copy():
    # a write-through: AP's first version and its update, both AP's own; a paper carries the update
    first = "RIVERTON, Ore. (AP) \u2014 " + _p(WIRE)
    update = "RIVERTON, Ore. (AP) \u2014 " + _p([WIRE[0].replace("about 300", "about 450"), *WIRE[1:4],
                                               "Two of them were kept overnight for observation.", *WIRE[4:]])
    arts = [_art("ap-1", first, outlet="Associated Press", published="2024-05-07"),
            _art("ap-2", update, outlet="Associated Press", published="2024-05-07")]
    story = analyse_story(arts)
    (link,) = story.links
    assert not link.directed and link.relation == "siblings" and link.basis == "wire"
    assert link.reason == "both are AP's own story: two versions of it"
    assert "no credit" not in link.reason


RELEASE = ("Officers responded to the intersection of Elm Street and Fourth Avenue at approximately 11:40 p.m. "
           "Monday after a northbound sedan collided with an eastbound pickup truck. The driver of the sedan was "
           "pronounced dead at the scene. The driver of the pickup was taken to Valley General Hospital with "
           "injuries that were not considered life-threatening")


def test_two_reports_printing_one_news_release_draw_on_it_not_on_each_other():
    gazette = _art("gazette", _p([
        "Police on Wednesday identified the man killed in a crash on Elm Street as Daniel Ortega, 34.",
        f"According to a statement from the Harlow Police Department, {RELEASE[0].lower()}{RELEASE[1:]}.",
        "Ortega's sister said he worked nights at a bakery on Main Street."]), published="2026-04-02")
    station = _art("station", _p([
        "A Harlow man died late Monday after his car was struck at an intersection.",
        f"{RELEASE}, police said in a news release.",
        "Neighbors said the intersection has seen several crashes and has asked the city for a traffic light."]),
        published="2026-04-03")
    story = analyse_story([gazette, station])
    (link,) = story.links
    assert not link.directed and link.basis == "document" and link.relation == "siblings"
    assert "According to a statement" in link.reason or "said in a news release" in link.reason
    assert story.families[0].rule == "document"
    assert story_json(story)["provenance"]["links"][0]["basis"] == "document"


def test_the_same_copy_with_no_document_named_is_still_directed_by_date():
    # the control: without the attribution the later report is the copy (only it and the earlier share it)
    earlier = _art("gazette", _p(["Police identified the man killed in a crash on Elm Street.", RELEASE + ".",
                                  "His sister said he worked nights at a bakery."]), published="2026-04-02")
    later = _art("station", _p(["A Harlow man died late Monday.", RELEASE + ".",
                                "Neighbors asked the city for a traffic light."]), published="2026-04-03")
    (link,) = analyse_story([earlier, later]).links
    assert (link.copy, link.source, link.basis) == ("station", "gazette", "date")


def test_a_copy_that_takes_the_framing_with_the_text_is_still_directed_by_date():
    framed = f"According to a statement from the Harlow Police Department, {RELEASE[0].lower()}{RELEASE[1:]}."
    earlier = _art("gazette", _p(["Police identified the man killed in a crash on Elm Street.", framed,
                                  "His sister said he worked nights at a bakery."]), published="2026-04-02")
    later = _art("blog", _p(["Another crash on Elm Street, folks.", framed, "Stay safe out there."]),
                 published="2026-04-03")
    (link,) = analyse_story([earlier, later]).links
    assert (link.copy, link.source, link.basis) == ("blog", "gazette", "date")


@pytest.mark.parametrize(("closing", "wires"), [
    ("The Associated Press contributed to this report.", ("AP",)),
    ("\u2014 The Associated Press", ("AP",)),
    ("Source: AFP", ("AFP",)),
    ("\u00a9 2026 Reuters", ("Reuters",)),
    ("Reuters could not independently verify the video.", ()),
    ("Shares fell 2 percent, according to data compiled by Reuters.", ()),
    ("The minister told The Associated Press the plan was dead.", ()),
])
def test_a_closing_line_credits_a_wire_only_when_it_reads_as_a_credit(closing, wires):
    body = _p(["The council met on Monday and voted to close the old library on Fifth Street.", closing])
    assert find_credits(_art("x", body)).wires == wires


STATION_OWN = ("KXYZ reporter Mia Torres said sirens were still sounding along the river road on Tuesday "
               "afternoon, and a shelter volunteer told KXYZ that more than forty families had checked in.")


def _station_story(blog_date="2024-05-08"):
    ap = _art("ap", "RIVERTON, Ore. (AP) \u2014 " + _p(WIRE), outlet="Associated Press", published="2024-05-07")
    tv = _art("kxyz", "RIVERTON, Ore. (AP) \u2014 " + _p([*WIRE[:4], STATION_OWN]), outlet="KXYZ News 4 (kxyz.com)",
              published="2024-05-07")
    blog = _art("blog", _p([WIRE[2], STATION_OWN, "The county never fixed that curve, and now look."]),
                outlet="Valley Gossip Blog", published=blog_date)
    return analyse_story([ap, tv, blog])


def test_an_uncredited_copy_of_a_stations_own_paragraph_draws_on_the_station():
    story = _station_story()
    link = next(lk for lk in story.links if {lk.copy, lk.source} == {"kxyz", "blog"})
    assert (link.copy, link.source, link.basis, link.relation) == ("blog", "kxyz", "reporting", "draws_on")
    assert '"KXYZ"' in link.reason and "own reporting" in link.reason and "earlier by its date" in link.reason
    # the wire's carriers are still its carriers: the station and AP's own story both carry it
    assert next(lk for lk in story.links if {lk.copy, lk.source} == {"kxyz", "ap"}).basis == "wire"


def test_own_reporting_is_no_direction_when_the_dates_say_the_copy_came_first():
    story = _station_story(blog_date="2024-05-06")
    link = next(lk for lk in story.links if {lk.copy, lk.source} == {"kxyz", "blog"})
    assert link.basis != "reporting"
    assert ("blog", "kxyz") not in _pairs(story) and ("kxyz", "blog") not in _pairs(story)


def test_wire_text_only_two_carriers_share_names_no_outlet_so_they_stay_siblings():
    # the blog takes AP sentences the station carries: no outlet's own words, no direction
    ap = _art("ap", "RIVERTON, Ore. (AP) \u2014 " + _p(WIRE), outlet="Associated Press", published="2024-05-07")
    tv = _art("kxyz", "RIVERTON, Ore. (AP) \u2014 " + _p(WIRE[:5]), outlet="KXYZ News 4", published="2024-05-07")
    blog = _art("blog", _p([*WIRE[:3], "The county never fixed that curve, and now look."]),
                outlet="Valley Gossip Blog", published="2024-05-08")
    story = analyse_story([ap, tv, blog])
    assert all(lk.basis != "reporting" for lk in story.links)
    assert ("blog", "kxyz") not in _pairs(story)


def test_copyright_and_reporting_lines_are_not_lines():
    ap = _art("ap", "RIVERTON, Ore. (AP) \u2014 " + _p(WIRE), outlet="Associated Press")
    tv = _art("tv", _p([*WIRE[:3], "Copyright 2024 The Associated Press. All rights reserved. This material may "
                                   "not be published, broadcast, rewritten or redistributed."]), outlet="KXYZ")
    wire = _art("rt", _p(["The Cascade Northern line was shut for the rest of the day while crews cleared the ditch.",
                          "(Reporting by Ana Ruiz in Riverton; Editing by Tom Hale)"]), outlet="Reuters")
    story = analyse_story([ap, tv, wire])
    lines = [a.body[s:e] for a in (tv, wire) for s, e in story.unique_lines[a.id]]
    assert not any(w in t for t in lines for w in ("Copyright", "rights reserved", "may not be", "Reporting by"))
    assert any("shut for the rest of the day" in t for t in lines)


CRASH_WIRE = [
    'LORAIN, Ohio (AP) — A commuter train slammed into a dump truck stalled on a crossing west of '
    'Cleveland on Monday morning, killing three people and injuring at least 24 others, authorities said.',
    "The truck's driver, 51-year-old Dennis Farrow of Elyria, was among the dead, Lorain County Coroner "
    'Lisa Kent said. The names of the two passengers who died were not released.',
    '"It was like the whole car jumped sideways," said Maria Lopez, 34, a nurse who was riding to work in'
    ' the second car. "People were thrown into the seats in front of them."',
    'Mayor John Price spoke to reporters at the scene. "This is a terrible day for our city," he said. '
    '"We will find out what happened at that crossing."',
    'The train was carrying about 180 passengers when it struck the truck at 7:42 a.m., according to Lake'
    ' Shore Rail, which operates the line.',
    '"The company is cooperating fully with investigators," Lake Shore Rail said in a statement.',
    'Police Chief Ann Boyd said Officer Tim Reyes, who was first on the scene, pulled two passengers from'
    ' the front car before firefighters arrived. Boyd said Reyes "acted without a second thought."',
    'The National Transportation Safety Board said it was sending a team of nine investigators.',
]
# every sentence told again in other words, a quotation kept word for word
CRASH_SPUN = [
    'A passenger train crashed into a dump truck that had stalled on the tracks west of Cleveland early '
    'Monday, leaving three people dead and at least 24 more hurt, officials reported.',
    'Among the dead was the driver of the truck, Dennis Farrow, 51, from Elyria, according to Lorain '
    'County Coroner Lisa Kent. The identities of the two passengers who were killed have not been made '
    'public.',
    'Maria Lopez, a 34-year-old nurse who was travelling to her job in the second carriage, described the'
    ' impact. "It was like the whole car jumped sideways," she said. Passengers were flung into the seats'
    ' ahead of them, she added.',
    'Mayor John Price talked to journalists at the site, calling it an awful day for the city and '
    'promising to learn what went wrong at the crossing.',
    'Lake Shore Rail, the operator of the line, said the train had around 180 people on board when it hit'
    ' the truck at 7:42 a.m.',
    'The firm said in a statement that it was fully cooperating with the investigation.',
    'Police Chief Ann Boyd said that Officer Tim Reyes, the first to arrive, dragged two passengers out '
    'of the lead car before firefighters got there. According to Boyd, Reyes acted without hesitation.',
    'The NTSB announced that it would send nine investigators to the scene.',
]


def test_a_spun_copy_that_keeps_a_quotation_word_for_word_is_still_a_reworded_copy():
    wire = _art("wire", _p(CRASH_WIRE), outlet="Associated Press")
    spun = _art("spun", _p(CRASH_SPUN), outlet="Daily Trend Wire (blog)")
    story = analyse_story([wire, spun])
    comp = story.comparison(0, 1)
    assert comp is not None and comp.passages          # the quotation is kept: a passage, too short for a link
    (link,) = story.links
    assert link.basis == "reworded" and not link.directed
    assert "little or nothing is kept word for word" in link.reason



@pytest.mark.parametrize(("line", "furniture"), [
    ("Photo: Firefighters work at the crossing in Lorain on Monday.", True),
    ("(Jon Fields / Lorain Ledger)", True),
    ("FILE - In this March 2024 photo, a tanker car sits on a siding.", True),
    ("Share this article: Facebook | Twitter | Email", True),
    ("Related charges were filed against the railroad on Monday.", False),
    ("Shares of Cascade Northern fell 4% in early trading on Tuesday.", False),
    ("Credit card data was not affected, the company said.", False),
])
def test_page_furniture_is_not_a_line(line, furniture):
    page = _art("page", _p([*WIRE[:2], line, "Buses will carry commuters between Riverton and Salem until Friday."]),
                outlet="Valley Times")
    other = _art("other", _p(WIRE), outlet="Riverton Herald")
    story = analyse_story([page, other])
    lines = [page.body[s:e] for s, e in story.unique_lines["page"]]
    assert any("Buses will carry" in t for t in lines)
    assert any(line.rstrip(".") in t for t in lines) is not furniture


def test_a_carrier_draws_on_the_version_of_the_wires_own_stories_it_carries():
    first = "RIVERTON, Ore. (AP) \u2014 " + _p(WIRE)
    update = "RIVERTON, Ore. (AP) \u2014 " + _p([WIRE[0].replace("about 300", "about 450"), *WIRE[1:3],
                                                "Five people were treated at Valley General Hospital.",
                                                "The railroad said the curve had been inspected in March.",
                                                *WIRE[4:]])
    v1 = _art("v1", first, outlet="Associated Press", published="2024-05-07")
    v2 = _art("v2", update, outlet="Associated Press", published="2024-05-07")
    carrier = _art("paper", "RIVERTON, Ore. (AP) \u2014 " + _p(WIRE[:4]), outlet="Valley Times", published="2024-05-07")
    story = analyse_story([v1, v2, carrier])
    assert _pairs(story) == set()
    to_v1 = next(lk for lk in story.links if {lk.copy, lk.source} == {"paper", "v1"})
    assert to_v1.basis == "wire" and "paper credits AP" in to_v1.reason
    to_v2 = next(lk for lk in story.links if {lk.copy, lk.source} == {"paper", "v2"})
    assert to_v2.basis == "wire" and "carries the version v1 prints" in to_v2.reason


def test_an_uncredited_copy_of_a_wires_own_story_under_its_dateline_is_a_carrier():
    own = _art("ap", "RIVERTON, Ore. (AP) — " + _p(WIRE), outlet="Associated Press", published="2024-05-07")
    plain = _art("plain", "RIVERTON, Ore. — " + _p(WIRE[:4]), outlet="Valley Times", published="2024-05-08")
    spun = _art("spun", _p(WIRE[:4]), outlet="Gossip Wire", published="2024-05-08")
    story = analyse_story([own, plain, spun])
    by_pair = {frozenset((lk.copy, lk.source)): lk for lk in story.links}
    assert by_pair[frozenset(("plain", "ap"))].basis == "wire"
    assert "opens with its dateline (Riverton)" in by_pair[frozenset(("plain", "ap"))].reason
    # no credit and no dateline: the only known source of the text is AP's own page
    assert ("spun", "ap") in _pairs(story) and by_pair[frozenset(("spun", "ap"))].basis == "credit"


PATCHWORK_OWN = [
    "Flood waters kept rising along the lower Clearwater on Thursday, and the county opened a second shelter in "
    "the gym of Riverton High School for families from the east bank.",
    "Sandbag crews worked through the night on Mill Street, where the river topped the old levee in two places.",
    "The county's emergency manager asked drivers to stay off Route 9 until the water drops, because two culverts "
    "under it had washed out.",
    "Farmers north of town said hundreds of acres of winter wheat were under water and might not recover.",
    "Volunteers from three churches handed out hot meals at the shelter and asked for dry blankets and diapers.",
    "Forecasters expected the crest late Friday, a foot below the record set in 1996.",
    "Residents who need a ride to the shelter can call the county's hotline at any hour, officials said.",
]


def test_one_lifted_sentence_links_a_patchwork_to_its_source():
    """A site that lifts one whole sentence (outside quotation marks) from another is
    related to it, though the sentence is under a fifth of its words; a quotation both
    print is not enough."""
    lifted = WIRE[1]
    patch = _p([*PATCHWORK_OWN[:3], lifted, *PATCHWORK_OWN[3:]])
    longer = _p([*WIRE, LOCAL, "The county's last derailment, in 2011, spilled grain and closed the line for a week."])
    story = analyse_story([_art("orig", longer, published="2024-05-07"),
                           _art("patch", patch, published="2024-05-09")])
    assert len(story.links) == 1
    link = story.links[0]
    # one sentence tells too little for a direction, though the dates differ
    assert (link.basis, link.directed) == ("sentence", False) and "one passage of" in link.reason
    assert link.copy_contained < 0.2 and link.source_contained < 0.2
    quote = '"We have never seen the river this high in May," Fire Chief Dana Whitlock said at a briefing.'
    quoting = _p([*PATCHWORK_OWN[:3], quote, *PATCHWORK_OWN[3:]])
    orig = _p([*WIRE[:2], quote, *WIRE[2:]])
    story = analyse_story([_art("orig", orig, published="2024-05-07"),
                           _art("quoting", quoting, published="2024-05-09")])
    assert story.links == []


def test_a_news_release_is_what_a_report_of_it_draws_on():
    """A TV station rewords an agency's release in plain words: the release's formal words
    made the release look like the rewording; a release is where its text starts."""
    release = _art("release", "FOR IMMEDIATE RELEASE\n\n" + _p(WIRE), outlet="Oregon Department of Transportation",
                   published="2024-05-07")
    tv = _art("kxyz", _p(REWORDED), outlet="KXYZ News 4", published="2024-05-07")
    (link,) = analyse_story([release, tv]).links
    assert (link.copy, link.source, link.basis) == ("kxyz", "release", "release")
    # a report dated before the release is not its copy
    early = _art("kxyz", _p(REWORDED), outlet="KXYZ News 4", published="2024-05-06")
    (link,) = analyse_story([release, early]).links
    assert not link.directed


def test_an_older_article_never_draws_on_a_later_wire_story():
    """A wire's update reuses a paragraph of a report from years before: the old report
    gave no credit, but it cannot have taken the text from the newer story."""
    old = _art("old", _p([*WIRE[:4], LOCAL]), outlet="Riverton Herald", published="2019-03-02")
    new = _art("ap", "RIVERTON, Ore. (AP) \u2014 " + _p(WIRE), outlet="Associated Press", published="2024-05-07")
    story = analyse_story([old, new])
    assert ("old", "ap") not in _pairs(story)


def test_a_dated_copy_of_a_text_filed_under_a_dateline_gets_no_direction():
    """Two local papers print two versions of one AP story, neither crediting AP: the
    earlier opens with a dateline, as a wire story does, so the later may have taken the
    text from the wire too, and the dates tell nothing about who took it from whom."""
    first = _art("ledger", "RIVERTON, Ore. \u2014 " + _p(WIRE), outlet="Daily Ledger", published="2024-05-07")
    update = _p([WIRE[0].replace("about 300", "about 450"), *WIRE[1:5],
                 "Crews reopened the line to freight traffic on Wednesday evening, the railroad said."])
    later = _art("courier", update, outlet="Valley Courier", published="2024-05-08")
    (link,) = analyse_story([first, later]).links
    assert not link.directed and "opens with a dateline" in link.reason
    # without the dateline, the earlier text is the only one the later shares words with
    plain = _art("ledger", _p(WIRE), outlet="Daily Ledger", published="2024-05-07")
    (link,) = analyse_story([plain, later]).links
    assert (link.copy, link.source, link.basis) == ("courier", "ledger", "date")


def test_two_versions_from_one_outlet_are_versions_not_a_copy():
    body = "PORT ELLERY \u2014 " + _p(WIRE)
    first = _art("v1", body, outlet="Harbor Gazette", published="2024-05-07")
    fixed = _art("v2", body.replace("about 300", "about 350") + "\n\nCorrection: An earlier version of this story "
                 "gave the wrong number of homes evacuated.", outlet="Harbor Gazette", published="2024-05-08")
    (link,) = analyse_story([first, fixed]).links
    assert (link.basis, link.directed) == ("outlet", False)
    assert "both are Harbor Gazette's own story: two versions of it" in link.reason


def test_a_family_of_several_wires_own_stories_names_none_of_them_its_source():
    from types import SimpleNamespace

    from reader.analysis.credits import Credits
    from reader.analysis.family_source import _credited_source, _own_credit_source

    credits = [Credits(("Reuters",), "Reuters", None, ()), Credits(("dpa",), "dpa", None, ()),
               Credits(("Reuters", "dpa"), None, None, ())]
    kind, name, rule, reason = _own_credit_source([], credits, [0, 1, 2])
    assert (kind, name, rule) == ("unknown", None, "several wires") and "Reuters, dpa" in reason
    assert _credited_source([], credits[2:], [0])[2] == "several wires"      # credited as often
    one = [Credits(("AP",), None, None, ()), Credits(("AP", "Reuters"), None, None, ())]
    arts = [SimpleNamespace(id="a"), SimpleNamespace(id="b")]
    assert _credited_source(arts, one, [0, 1])[1] == "AP"                   # credited most


def test_an_outlet_that_is_a_wire_is_its_own_story_without_a_tag():
    from types import SimpleNamespace

    def credits(outlet: str, authors: tuple[str, ...] = ()):
        return find_credits(SimpleNamespace(body="Halden recalled its pill on Tuesday.", outlet=outlet,
                                            authors=authors))

    assert credits("Bloomberg").own == "Bloomberg" and credits("Bloomberg").own_how == "its outlet is Bloomberg"
    assert credits("The Associated Press").own == "AP"
    assert credits("Yahoo News (Reuters)").own is None                     # a carrier, by its note
    assert credits("CNN Philippines").own is None                          # a name of its own beside the wire's
    carrier = credits("Eastbrook Tribune", ("Bloomberg News",))
    assert carrier.own is None and carrier.carried == ("Bloomberg",)


def test_an_update_note_after_a_first_published_stamp_is_read():
    from reader.analysis.update_notes import says_updated

    assert says_updated("*First published 10 February, 15:40. Updated 11 February, 09:15, with the age.*")
    assert says_updated("Posted 5:12 PM, Updated 6:40 PM")
    assert not says_updated("The company published its results and updated its forecast.")


def test_the_uk_wires_pa_media_and_the_local_democracy_reporting_service_are_credits():
    assert find_credits(_art("a", "LONDON (PA) \u2014 Rail fares will rise.")).wires == ("PA",)
    assert find_credits(_art("a", "Rail fares will rise.", authors=("PA Media",))).wires == ("PA",)
    ldrs = "The council cut its budget.\n\nThis story was written by Tom Ashworth, Local Democracy Reporting Service."
    assert find_credits(_art("a", ldrs)).wires == ("LDRS",)
    # "PA" is also Pennsylvania: a dateline's state is no credit
    assert find_credits(_art("a", "PITTSBURGH, PA \u2014 A bridge fell.")).wires == ()


def test_the_australian_and_indian_wires_and_a_syndicated_feed_notice_are_credits():
    assert find_credits(_art("a", "MIRRABOOK, Victoria (AAP) - A fire burned.")).wires == ("AAP",)
    aap = "A fire burned.\n\nAustralian Associated Press contributed to this report."
    assert find_credits(_art("a", aap)).wires == ("AAP",)          # not AP's
    assert find_credits(_art("a", "Guwahati, Jul 9 (PTI) Floodwaters rose again.")).wires == ("PTI",)
    assert find_credits(_art("a", "NEW DELHI (IANS) The court ruled.")).wires == ("IANS",)
    feed = "Rain fell.\n\n(This story has not been edited by NDTV staff and is published from a syndicated feed.)"
    assert find_credits(_art("a", feed)).wires == ("a newswire",)
    assert find_credits(_art("a", "The mayor (AP) said nothing.")).wires == ()


def test_a_blockquote_of_another_article_s_own_text_draws_on_it_and_shared_quotes_do_not():
    memo_text = ("Over the last two years we hired ahead of demand across every team. Growth in our core "
                 "analytics business has slowed, and we need to invest far more heavily in new infrastructure. "
                 "That combination means our cost structure has to change this quarter.")
    memo = _art("memo", memo_text + "\n\nEveryone affected will receive an email within the hour.",
                published="2026-06-03")
    blog = _art("blog", "Another week, another memo. Here is the paragraph from her memo:\n\n> " + memo_text
                + "\n\nPaid subscribers get the full teardown on Friday.", published="2026-06-20")
    assert _pairs(analyse_story([memo, blog])) == {("blog", "memo")}
    said = ('"We hired ahead of demand across every team, and growth in our core analytics business has '
            'slowed, so our cost structure has to change this quarter," the chief executive said.')
    one = _art("one", "Veridian will cut jobs. " + said, published="2026-06-03")
    two = _art("two", "A data firm is shrinking. " + said + " Shares fell.", published="2026-06-04")
    assert _pairs(analyse_story([one, two])) == set()


def test_a_report_crediting_an_organisation_s_release_draws_on_that_release():
    text = ("The train consisted of two locomotives and 118 cars. Thirty-two cars derailed, five of which "
            "were carrying hazardous materials, including liquefied petroleum gas and sodium hydroxide. One "
            "tank car is leaking, and crews have contained the release with absorbent booms.")
    release = _art("release", "CRESSON, Pa. — A westbound freight train derailed near Cresson.\n\n" + text,
                   outlet="Allegheny & Western Railroad", published="2026-08-19")
    paper = _art("paper", "CRESSON — " + text.replace(" cars. ", " cars, the Allegheny & Western Railroad said in "
                                                         "a news release Wednesday. ", 1)
                 + "\n\nThe mayor said he was woken by the noise.", outlet="Altoona Mirror", published="2026-08-19")
    story = analyse_story([release, paper])
    assert _pairs(story) == {("paper", "release")}
    assert [lk.basis for lk in story.links] == ["release"]


def test_two_texts_sharing_a_few_words_say_so_in_their_reason():
    airline = _art("airline", "Flight 1482 diverted to Omaha on Tuesday.\n\nThe crew followed procedures and "
                              "deployed oxygen masks as a precaution. Paramedics saw two customers at the gate.",
                   published="2026-07-15")
    blog = _art("blog", "A jet has diverted to Omaha.\n\nAccording to the airline, the crew followed procedures "
                        "and deployed oxygen masks as a precaution.\n\nSuch faults are rare.", published="2026-07-16")
    links = analyse_story([airline, blog]).links
    assert links and all("also in :" not in lk.reason and "too few" in lk.reason for lk in links)


def test_a_family_line_names_who_draws_on_its_source_and_who_has_no_direction():
    one = ("A bus crash on Route 9 near Millbrook killed seven people and injured 12 on Tuesday, state police "
           "said, and closed the highway for most of the morning. ")
    two = ("The driver was taken to Millbrook General Hospital with head injuries, and investigators were "
           "examining the brakes and the tyres of the coach on Wednesday afternoon.")
    a = _art("a", one + two, outlet="Valley Herald", published="2026-04-02")
    b = _art("b", one + "Families gathered at the school gym late into the night waiting for news.",
             outlet="Capital News", published="2026-04-02")
    c = _art("c", "Mourners left flowers by the roadside on Thursday. " + two, outlet="Hudson Daily",
             published="2026-04-03")
    (fam,) = analyse_story([a, b, c]).families
    assert fam.source_name == "a"
    assert "the others draw on" not in fam.reason and "c draws on a (not b: no direction there)" in fam.reason


def test_an_own_story_dated_after_uncredited_copies_is_not_their_source():
    text = ("A four-alarm fire destroyed a furniture warehouse in Lowell late Wednesday, the fire chief said. "
            "No one was hurt, but 60 firefighters battled the flames for six hours on Middlesex Street.")
    arts = [_art("paper", text, outlet="Hartford Courant", published="2026-03-14"),
            _art("tv", text, outlet="WFSB", published="2026-03-14"),
            _art("wire", text, outlet="AP", published="2026-03-15")]
    (fam,) = analyse_story(arts).families
    assert (fam.source_kind, fam.source_name) == ("unknown", None)


def test_a_family_of_two_names_the_one_member_that_draws_on_its_source():
    one = ("A bus crash on Route 9 near Millbrook killed seven people and injured 12 on Tuesday, state police "
           "said, and closed the highway for most of the morning. ")
    two = ("The driver was taken to Millbrook General Hospital with head injuries, and investigators were "
           "examining the brakes and the tyres of the coach on Wednesday afternoon.")
    a = _art("a", one + two, outlet="Valley Herald", published="2026-04-02")
    c = _art("c", "Mourners left flowers by the roadside on Thursday. " + one + two, outlet="Hudson Daily",
             published="2026-04-03")
    (fam,) = analyse_story([a, c]).families
    assert fam.source_name == "a"
    assert "the others" not in fam.reason and "c draws on a" in fam.reason


def test_a_stations_name_only_its_own_side_has_is_no_evidence_of_direction():
    # the station's rewrite adds "told KXYZ" where the paper wrote "said": the station's edit of
    # shared text, not a paragraph of its own reporting the paper carried
    paper_own = ("Volunteer Dana Ruiz said more than forty families had checked in at the shelter by Tuesday "
                 "afternoon, and that cots were still arriving from the county warehouse.")
    station_own = paper_own.replace("Volunteer Dana Ruiz said", "Volunteer Dana Ruiz told KXYZ")
    rest = ["The river crested Tuesday morning a foot below the record set in 1997, the county said.",
            "Crews closed the river road after water covered it near the old mill on Monday night.",
            "The county opened the fairground shelter and asked residents of the low streets to leave."]
    paper = _art("paper", _p([*rest, paper_own]), outlet="Riverton Register", published="2024-05-07")
    tv = _art("kxyz", _p([*rest, station_own]), outlet="KXYZ News 4", published="2024-05-07")
    story = analyse_story([paper, tv])
    assert all(lk.basis != "reporting" for lk in story.links)
