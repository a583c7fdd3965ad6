"""A service no list names, credited by its initials in a dateline tag ("LAKEPORT, Wis. (WSNS)
—"): two sites that carry it are siblings of one credited source, never a copy of each
other; the outlet's own tag is its own credit. Every text here is made up for the tests."""

from __future__ import annotations

from reader.analysis.credits import find_credits
from reader.analysis.story import analyse_story, story_json
from reader.library.model import Article
from reader.text.tokens import word_count

WIRE = ("By ORLA BRENNICK, Tamarack State News Service\n\n"
        "PELLSTON, Wis. (TSNS) \u2014 The board of the Pellston Area Transit Authority voted 6-3 on Wednesday "
        "night to raise the base bus fare from $2 to $2.75, the agency's first increase in nine years.\n\n"
        "Riders filled the hearing room for more than three hours. Several said the increase would force them "
        "to choose between the bus and groceries, and one driver said the agency had not hired enough "
        "mechanics to keep the older buses running through the winter.\n\n"
        "The authority's director said the new fares would take effect in the summer and that service on the "
        "busiest routes would not be cut.")


def _art(id_: str, body: str, outlet: str, published: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body), outlet=outlet, published=published)


def _links(articles: list[Article]) -> list[dict]:
    """The provenance links of a story of ``articles``, as its JSON gives them."""
    return story_json(analyse_story(articles))["provenance"]["links"]


def test_initials_in_a_dateline_tag_credit_the_service_the_opening_spells_out() -> None:
    credits = find_credits(_art("a", WIRE, "Birch Falls Sentinel", "2026-04-22"))
    assert credits.wires == ("Tamarack State News Service",) and credits.own is None
    bare = find_credits(_art("b", WIRE.split("\n\n", 1)[1], "Birch Falls Sentinel", "2026-04-22"))
    assert bare.wires == ("TSNS",)


def test_a_tag_of_the_outlet_itself_or_of_what_the_text_is_credits_no_one_else() -> None:
    own = find_credits(_art("k", "RIVERTON (KXYZ) \u2014 A water main broke downtown on Monday.", "KXYZ News 4",
                            "2026-04-22"))
    assert own.own == "KXYZ"
    updated = find_credits(_art("u", "RIVERTON (UPDATED) \u2014 A water main broke downtown on Monday.",
                                "Riverton Herald", "2026-04-22"))
    assert updated.wires == ()


def test_two_carriers_of_an_unlisted_service_are_siblings() -> None:
    links = _links([
        _art("sentinel", WIRE, "Birch Falls Sentinel", "2026-04-22"),
        _art("tribune", WIRE.replace("by ORLA", "by ORLA") + "\n\nTribune staff contributed to this report.",
             "Northwoods Tribune", "2026-04-23"),
    ])
    assert not [lk for lk in links if lk["relation"] != "siblings"]
    assert links, "the two carriers are related"


LINED = ("By ORLA BRENNICK\nTamarack State News Service\n\n"
         "PELLSTON, Wis. \u2014 The board of the Pellston Area Transit Authority voted 6-3 on Wednesday night to "
         "raise the base bus fare from $2 to $2.75, the agency's first increase in nine years.\n\n"
         "Riders filled the hearing room for more than three hours. Several said the increase would force them "
         "to choose between the bus and groceries, and one driver said the agency had not hired enough "
         "mechanics to keep the older buses running through the winter.\n\n"
         "The authority's director said the new fares would take effect in the summer and that service on the "
         "busiest routes would not be cut.")


def test_a_service_on_its_own_line_under_a_byline_is_credited() -> None:
    assert find_credits(_art("a", LINED, "Birch Falls Sentinel", "2026-04-22")).wires == (
        "Tamarack State News Service",)
    own = find_credits(_art("o", LINED, "Tamarack State News Service", "2026-04-22"))
    assert own.wires == ()


def test_two_carriers_of_a_service_named_under_the_byline_are_siblings() -> None:
    links = _links([
        _art("sentinel", LINED, "Birch Falls Sentinel", "2026-04-22"),
        _art("tribune", LINED.replace("By ORLA BRENNICK\n", "By ORLA BRENNICK\n", 1).replace(
            "6-3", "6-3, with two members absent,") + "\n\nTribune staff contributed to this report.",
             "Northwoods Tribune", "2026-04-23"),
    ])
    assert not [lk for lk in links if lk["relation"] != "siblings"]
    assert links, "the two carriers are related"


SIGNED = ("By Joel Anders, Prairie Desk\n\n"
          "HOLLIS CITY, Mo. \u2014 Floodwater poured through a breach in the Kessler levee on Friday night, covering "
          "about 4,000 acres of farmland and forcing the evacuation of the river town of Hollis City.\n\n"
          "The breach opened after three days of heavy rain upstream, the county said, and crews worked through "
          "the night to shore up a second levee protecting the town's water plant.\n\n"
          "\u2014 Prairie Desk")


def test_a_service_named_in_the_byline_and_again_in_the_sign_off_is_credited() -> None:
    assert find_credits(_art("a", SIGNED, "Hollis City Clarion", "2026-04-22")).wires == ("Prairie Desk",)
    assert find_credits(_art("o", SIGNED, "Prairie Desk", "2026-04-22")).wires == ()


def test_a_byline_title_with_no_sign_off_credits_no_one() -> None:
    staff = SIGNED.replace("Prairie Desk\n\n", "Staff Writer\n\n", 1).rsplit("\n\n", 1)[0]
    assert find_credits(_art("a", staff, "Hollis City Clarion", "2026-04-22")).wires == ()


def test_a_byline_service_by_its_own_words_is_credited_without_a_sign_off() -> None:
    service = SIGNED.replace("Prairie Desk\n\n", "Midstate News Service\n\n", 1).rsplit("\n\n", 1)[0]
    assert find_credits(_art("a", service, "Hollis City Clarion", "2026-04-22")).wires == ("Midstate News Service",)


def test_two_carriers_of_a_signed_service_are_siblings_not_a_copy() -> None:
    links = _links([
        _art("clarion", SIGNED, "Hollis City Clarion", "2026-04-22"),
        _art("telegraph", SIGNED.replace("on Friday night", "late on Friday"), "River City Telegraph",
             "2026-04-23"),
    ])
    assert not [lk for lk in links if lk["relation"] != "siblings"]
    assert links, "the two carriers are related"


AP_STYLE = ("By KAREN DOYLE\nAssociated Press\n\n"
            "CRESSWELL, Ohio \u2014 A natural gas explosion leveled a row of five shops in downtown Cresswell on "
            "Tuesday, killing a baker and injuring nine people, officials said.\n\n"
            "The blast shook windows half a mile away, and crews searched the rubble into the night.")


def test_a_listed_wire_on_its_own_line_under_a_byline_is_credited() -> None:
    assert find_credits(_art("a", AP_STYLE, "Lakeshore Tribune", "2026-05-12")).wires == ("AP",)
    plain = AP_STYLE.replace("Associated Press\n\n", "", 1)
    assert find_credits(_art("b", plain, "Lakeshore Tribune", "2026-05-12")).wires == ()


def test_a_service_named_wire_or_press_agency_on_its_own_line_is_credited() -> None:
    """"By ORLA BRENNICK" then "Lone Star Wire" (or "Britannia Press Agency"): a service by
    the last word of its name; a plain desk's line is no credit."""
    for name in ("Lone Star Wire", "Britannia Press Agency"):
        lined = LINED.replace("Tamarack State News Service", name, 1)
        assert find_credits(_art("a", lined, "Birch Falls Sentinel", "2026-04-22")).wires == (name,)
    desk = LINED.replace("Tamarack State News Service", "Metro Desk", 1)
    assert find_credits(_art("d", desk, "Birch Falls Sentinel", "2026-04-22")).wires == ()


def test_two_carriers_of_a_wire_named_under_the_byline_are_siblings_not_a_copy() -> None:
    lined = LINED.replace("Tamarack State News Service", "Lone Star Wire", 1)
    links = _links([
        _art("sentinel", lined, "Birch Falls Sentinel", "2026-04-22"),
        _art("tribune", lined.replace("6-3", "6-3, with two members absent,"), "Northwoods Tribune", "2026-04-23"),
    ])
    assert not [lk for lk in links if lk["relation"] != "siblings"]
    assert links, "the two carriers are related"


def test_a_listed_wire_after_the_writers_name_in_the_byline_is_credited() -> None:
    """"By Hamish Orrell, Reuters": the wire's writer, the wire's text; a desk or a title is no wire."""
    for line, wires in (("By ORLA BRENNICK, Reuters", ("Reuters",)),
                        ("By ORLA BRENNICK, The Associated Press", ("AP",)),
                        ("By ORLA BRENNICK, Staff Writer", ()), ("By ORLA BRENNICK, Reuters Health Desk", ())):
        body = LINED.replace("By ORLA BRENNICK\nTamarack State News Service", line, 1)
        assert find_credits(_art("a", body, "Birch Falls Sentinel", "2026-04-22")).wires == wires, line


def test_reuters_trailer_with_editing_in_lower_case_is_credited() -> None:
    body = LINED.split("\n\n", 1)[1] + "\n\n(Reporting by Colby Wendt in Tamarisk; editing by Mark Dunleavy)"
    assert find_credits(_art("a", body, "Birch Falls Sentinel", "2026-04-22")).wires == ("Reuters",)


BYLINED = "By Carolina News Service\n\n" + WIRE.split("\n\n", 1)[1].replace(" (TSNS)", "")


def test_a_service_that_is_the_byline_itself_is_credited() -> None:
    credits = find_credits(_art("a", BYLINED, "Coastal Plain Times", "2026-04-22"))
    assert credits.wires == ("Carolina News Service",)
    own = find_credits(_art("b", BYLINED, "Carolina News Service", "2026-04-22"))
    assert own.wires == ()      # (the service's own site: no wire of another)


def test_two_carriers_of_a_service_in_the_byline_are_siblings_not_a_copy() -> None:
    links = _links([_art("times", BYLINED, "Coastal Plain Times", "2026-04-22"),
                    _art("register", BYLINED.replace("6-3", "6-3, with two members absent,"), "Triad Register",
                         "2026-04-23")])
    assert links and not [lk for lk in links if lk["relation"] != "siblings"]
