"""A page's notes and staff credits are not lines only one source has; a correction is
(every text here is made up for these tests)."""

from __future__ import annotations

import pytest

from reader.analysis.story import analyse_story
from reader.library.model import Article

SHARED = ("The Harlow County health department said on Tuesday that 17 people had fallen ill with "
          "Legionnaires' disease after visiting the Riverside Mall, up from 12 cases last week.\n\n"
          "Inspectors took water samples from a cooling tower on the mall's roof, the department said.\n\n")

NOTES = [
    "This is a developing story.",
    "Check back for updates.",
    "Courier reporter Liam Pettibone contributed to this report.",
    "\u2014 CNBC's Leslie Picker contributed to this report.",
    "Dispatch reporter Carla Nu\u00f1ez contributed.",
    "--With assistance from Kari Lundgren.",
    "To contact the reporters on this story: Kari Lundgren in London at klundgren@example.com",
    "Write to Soma Biswas at soma.biswas@example.com",
    "(Reporting by Terje Solsvik in Oslo and Ana Ruiz in London; Editing by Jan Harvey)",
    "Photo caption: Workers in protective suits inspect the tower on Monday.",
    "(Press-News file photo)",
    "Have a news tip?",
    "Tags: health, outbreak, Harlow County",
    "WellNews Today is reader-supported.",
    "Subscribe for more health news.",
    "About Harlow County Health: The department serves 240,000 residents in 14 towns.",
    "Media contact: Kari Holm, press@example.org",
    "Forward-looking statements: This release contains statements that involve risks.",
    "Actual results may differ materially.",
    "This article originally appeared in The Washington Post.",
    "Reprinted with permission.",
    "<script>window.analytics && analytics.track(\"article_view\");</script>",
    "| Date | Problem | Days out of service |",
    "Ruth Abernathy covers health for the Courier.",
    "Reach her at rabernathy@example.com.",
    "Arjun Mehta is the Courier's senior health correspondent.",
    "Follow him on X @arjunhealth.",
    "Download the KRVT News 7 app for breaking news alerts.",
    "Support local journalism: subscribe today.",
    "Got a news tip? Email newsroom@example.com",
    "A version of this article appears in print on July 9, 2026, Section A, Page 12.",
    "Civic Beat is a nonprofit newsroom.",
    "This story has been updated with comment from the mall.",
    "Lire aussi : Canicule, nos conseils pour économiser l'eau",
    "Reach reporter Tom Baptiste at tbaptiste@example.com or 555-0142.",
    "Sign up for the Courier's Morning Briefing newsletter to get Harlow news in your inbox every weekday.",
    "She previously reported for the Daily Ledger in Columbus.",
    "Listen to WKRH News at the top of every hour on 91.3 FM.",
    "Follow the Times on Facebook and Instagram.",
    "State Public Radio relies on listener support.",
    "Become a member for \u20ac5 a month.",
    "Picture: Glen Arran MRT*",
    "(Photo: Dana Ruiz / Harlow Courier)*",
    "Do you have a story?",
    "Watch the full report on Scotland Now at 6.30pm.",
    "Email tips to tips@example.com or call our newsroom.",
    "Share this story with your friends on Facebook.",
    "Stay with KQTV for updates.",
    "Watch the full news conference on KWTV 2's website and app.",
    "**READ MORE: Hospital waiting times in the city - the latest figures**",
    "As KRVT News 7 reported on Tuesday:",                 # a lead-in crediting the text after it
    "The Harlow Courier reported:",
    "According to the Daily Ledger:",
]


def _lines(tmp_path, monkeypatch, extra: str) -> list[str]:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    own = "A spokeswoman for the mall said it would stay open while the tower is cleaned."
    arts = [Article(id="one", body=SHARED + "The mall has 94 stores and a cinema.", title="Outbreak"),
            Article(id="two", body=SHARED + own + "\n\n" + extra, title="Outbreak grows")]
    story = analyse_story(arts)
    return [arts[1].body[s:e] for s, e in story.unique_lines["two"]]


@pytest.mark.parametrize("note", NOTES)
def test_a_page_note_or_staff_credit_is_not_a_line(tmp_path, monkeypatch, note):
    lines = _lines(tmp_path, monkeypatch, note)
    assert any(line.startswith("A spokeswoman for the mall") for line in lines)
    assert not any(note[:20] in line for line in lines)


@pytest.mark.parametrize("note", ["Riverbend Now is locally owned and independent.",
                                  "Riverbend Now curates the day's news from the valley.",
                                  "Riverbend Now \u2014 news from every village, every day."])
def test_a_site_speaking_of_itself_is_not_a_line(tmp_path, monkeypatch, note):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    own = "A spokeswoman for the mall said it would stay open while the tower is cleaned."
    arts = [Article(id="one", body=SHARED + "The mall has 94 stores and a cinema.", title="Outbreak",
                    outlet="Harlow Courier"),
            Article(id="two", body=SHARED + own + "\n\n" + note, title="Outbreak grows", outlet="Riverbend Now")]
    lines = [arts[1].body[s:e] for s, e in analyse_story(arts).unique_lines["two"]]
    assert any(line.startswith("A spokeswoman") for line in lines)
    assert not any("Riverbend Now" in line for line in lines)


@pytest.mark.parametrize("line", [
    "Police asked anyone with tips to call the department.",
    "Residents should watch for boil notices on the county's website, officials said.",
    "This story has been updated to correct the number of cases reported last week.",
    "Share prices of the mall's owner fell 4% on Tuesday.",
    "Follow-up tests are planned for next week, the department said.",
    "The company said it contributed $5 million to a fund for the families.",
    "About 40 people were tested at the clinic: all were negative.",
    "The bill first appeared in the House in 2019 and died there.",
    "Mayor Carla Brandt covers the cost herself, she said.",
    "The insurance covers damage to the cooling tower.",
    "Police said the suspect is a former reporter.",
    "The clinic is supported by its members and by the state.",
    "She previously worked for the mall for 20 years.",
])
def test_news_that_looks_like_a_note_is_still_a_line(tmp_path, monkeypatch, line):
    assert line in _lines(tmp_path, monkeypatch, line)
