"""A station's story copied by a paper that cut the station's name: the dates say the
paper came first, the station's own name in the text they share says the station
reported it, so reader claims neither direction (texts invented for this test)."""

from __future__ import annotations

from reader.analysis.story import analyse_story
from reader.library.model import Article
from reader.text.tokens import word_count

TV = ("Bus drivers in Dunmore walked off the job at dawn on Monday, leaving about 400,000 daily riders "
      "without service as talks over pay broke down late on Sunday night.\n\n"
      "\"We did not want this, but the company left us no choice,\" union organiser Maeve Conlon told "
      "Capital TV News outside the Broadstone depot, where about 200 drivers gathered before sunrise.\n\n"
      "The company said it had offered a 3.5 percent rise over two years and called the strike "
      "unnecessary, adding that it would publish its full offer on its website on Tuesday.\n\n"
      "Commuters queued for taxis in the rain along Harbour Street, and the city's light rail line "
      "said it would run extra trams through the evening rush hour.")
PAPER = TV.replace(" told Capital TV News outside", " said outside")


def _art(id_: str, body: str, outlet: str, published: str) -> Article:
    return Article(id=id_, body=body, title=id_, outlet=outlet, published=published, words=word_count(body))


def test_the_dates_do_not_beat_the_stations_own_name():
    story = analyse_story([_art("capital-tv", TV, "Capital TV News", "2026-03-03"),
                           _art("courier", PAPER, "Dunmore Courier", "2026-03-02")])
    (link,) = story.links
    assert not link.directed and link.basis == "unknown"
    assert "names its own outlet" in link.reason


def test_with_the_dates_agreeing_the_station_is_the_source():
    story = analyse_story([_art("capital-tv", TV, "Capital TV News", "2026-03-02"),
                           _art("courier", PAPER, "Dunmore Courier", "2026-03-03")])
    (link,) = story.links
    assert link.directed and (link.copy, link.source) == ("courier", "capital-tv")


WIRE = ("MARLOW, Ohio (AP) \u2014 A gas explosion tore through a three-storey apartment block in Marlow early "
        "Tuesday, injuring 14 people and forcing about 60 residents from their homes, fire officials said.\n\n"
        "The blast happened shortly after 5 a.m. on Hadley Street, Fire Chief Ray Ortega said, and crews "
        "pulled two people from the rubble of the back stairwell before the roof gave way.\n\n"
        "The gas company said it had shut off service to the block and would inspect every line on the street "
        "before any resident could go back inside.")
LOCAL = ("Reporters from the Herald who were on Hadley Street at dawn saw neighbours carrying children out "
         "in blankets while the fire crews cut the power to the whole block.\n\n"
         "Fulton Elementary, two streets away, will open two hours late on Wednesday, the district said.")


def test_a_blog_that_rewords_a_papers_copy_of_the_wire_does_not_draw_on_the_wire():
    herald = WIRE + "\n\n" + LOCAL + "\n\n\u2014 The Associated Press"
    blog = WIRE.replace("MARLOW, Ohio (AP) \u2014 ", "") + "\n\n" + LOCAL
    story = analyse_story([_art("ap", WIRE, "AP", "2026-03-03"), _art("herald", herald, "Marlow Herald", "2026-03-03"),
                           _art("blog", blog, "Marlow Buzz", "2026-03-04")])
    claims = {(lk.copy, lk.source) for lk in story.links if lk.directed}
    assert ("blog", "ap") not in claims
