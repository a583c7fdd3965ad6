"""Bad input for quotation finding and attribution (issue 12): quotes nested three deep,
an opening mark that runs over ten paragraphs, 5,000 quotes in one article, an article in
capitals, a 5 MB article. Each must finish in linear time and never crash; invented texts.
(test_quotes.py times other pathological paragraphs; test_hostile_input.py shows deeply
nested quotes in the TUI.)"""

from __future__ import annotations

import time
from types import SimpleNamespace

from reader.analysis.quotes import Quote, extract_quotes

_PARA = ("The council met again on a grey morning and the agenda ran long, with items on roads, "
         "water and the budget. ") * 12 + "“We will not back down,” Mayor Ana Ruiz said.\n\n"


def quotes(body: str) -> list[Quote]:
    found = extract_quotes(SimpleNamespace(body=body))
    names = {q.speaker for q in found if q.speaker}
    for q in found:
        assert body[q.start:q.end] == q.text
    for name in names:                                           # no speaker is invented
        assert name.split()[-1] in body
    return found


def cpu(body: str) -> float:
    started = time.process_time()
    quotes(body)
    return time.process_time() - started


def test_quotes_nested_three_deep_are_one_quotation():
    body = "Mayor Ana Ruiz said: “He told me ‘she wrote “stop” twice’ and left.”"
    (q,) = quotes(body)
    assert q.text == "He told me ‘she wrote “stop” twice’ and left." and q.speaker == "Ana Ruiz"
    assert [body[a:b] for a, b in q.nested] == ["she wrote “stop” twice"]


def test_many_quotes_nested_three_deep_take_linear_time():
    line = "Mayor Ana Ruiz said: “He told me ‘she wrote “stop” twice’ and left.”\n\n"
    small, large = cpu(line * 300), cpu(line * 3000)
    assert large < 20 * small + 1


def test_an_opening_mark_running_over_ten_paragraphs_is_dropped_and_the_rest_kept():
    run_on = "\n\n".join(["“The hearing went on, and on, said nobody in particular"] * 10)
    body = f"{run_on}\n\nThen it ended.\n\n“It is over,” Mayor Ana Ruiz said."
    assert [(q.text, q.speaker) for q in quotes(body)] == [("It is over,", "Ana Ruiz")]


def test_five_thousand_quotes_in_one_article():
    body = "Mayor Ana Ruiz said “yes” and “no”. " * 2500
    found = quotes(body)
    assert len(found) == 5000 and {q.speaker for q in found} == {"Ana Ruiz"}
    assert cpu(body) < 20 * cpu(body[: len(body) // 10]) + 1


def test_an_article_in_capitals_finds_its_quotes_and_invents_no_one():
    body = ("“WE WILL NOT BACK DOWN,” MAYOR ANA RUIZ SAID ON MONDAY, CALLING THE PLAN “A DISGRACE.” "
            "CRITICS, INCLUDING SEN. TOM HALE, SAID IT WAS “TOO LATE.”\n\n") * 200
    found = quotes(body)
    assert len(found) == 600
    assert cpu(body) < 20 * cpu(body[: len(body) // 10]) + 1


def test_a_five_megabyte_article_takes_linear_time():
    body = (_PARA * (5_000_000 // len(_PARA) + 1))[:5_000_000]
    small = cpu(body[:500_000])
    started = time.process_time()
    found = quotes(body)
    assert time.process_time() - started < 20 * small + 2
    assert len(found) == body.count("“We will not back down,”")
