"""One name, one type across a story's articles, and a company's "Co." does not make a
second company. Texts made up for the tests."""

from __future__ import annotations

from reader.analysis.entity_merge import bare_key, entities_json
from reader.library.model import Article
from reader.text.tokens import word_count


def _art(id_: str, body: str) -> Article:
    return Article(id=id_, body=body, title=id_, words=word_count(body))


def test_bare_key_drops_a_company_form():
    assert bare_key("Halvorsen Chemical Co.") == bare_key("Halvorsen Chemical Co") == bare_key("Halvorsen Chemical")
    assert bare_key("Acme Corp") == bare_key("Acme Inc.") == bare_key("Acme")
    assert bare_key("Co.") == "co."           # nothing but the form: kept


def test_a_name_most_articles_type_one_way_takes_that_type():
    arts = [
        _art("a", "The train was carrying about 180 passengers, according to Lake Shore Rail, which operates the "
                  "line. Lake Shore Rail said in a statement that it was cooperating."),
        _art("b", "Lake Shore Rail, which operates the line, said the crossing was inspected in May."),
        _art("c", "The crossing belongs to Lake Shore Rail, which runs trains to Cleveland."),
    ]
    rows = [r for r in entities_json(arts) if r["name"] == "Lake Shore Rail"]
    assert [r["type"] for r in rows] == ["organization"]
    assert rows[0]["articles"] == ["a", "b", "c"]


def test_a_company_with_and_without_its_form_is_one_company():
    arts = [_art("a", "Halvorsen Chemical Co. agreed to pay $1.2 billion, the company said."),
            _art("b", "Halvorsen Chemical Co agreed to pay $1.2 billion to settle the lawsuits."),
            _art("c", "Halvorsen Chemical Co. today announced an agreement to resolve the litigation.")]
    orgs = [r for r in entities_json(arts) if r["type"] == "organization" and "Halvorsen" in r["name"]]
    assert len(orgs) == 1 and orgs[0]["articles"] == ["a", "b", "c"]
