"""Posts embedded in an article (reader.analysis.speaker_embeds): their people are not the
antecedents of the article's own pronouns."""

from __future__ import annotations

from reader.analysis.quotes import extract_quotes

BODY = ("Tomas Reyes, a passenger, told a local station what he saw. He said the cabin filled with smoke "
        "a few minutes after takeoff.\n\n"
        "Safety board sending investigators to Harlow. Director Alan Brisco will brief reporters at 4 pm. "
        "— Safety Board (@SafetyBoard) May 2, 2025\n\n"
        "\"Everyone was praying,\" he said.")


def test_the_next_he_said_skips_the_people_an_embedded_post_names() -> None:
    (q,) = extract_quotes(BODY)
    assert q.text == "Everyone was praying," and q.speaker == "Tomas Reyes"
