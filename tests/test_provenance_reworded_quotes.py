"""A blog that rewords a wire story sentence by sentence and keeps its quotations word
for word: counted with the quotations, the pair shares half its text and looked linked,
so it was never measured as a reworded copy; counted without them (as provenance counts),
it shares too little for a link. The texts are invented for this test."""

from __future__ import annotations

from reader.analysis.story import analyse_story
from reader.library.model import Article
from reader.text.tokens import word_count

WIRE = "\n\n".join([
    'OSLO/NEW YORK, April 23 (Reuters) - Halvorsen Systems said on Thursday it would cut about 1,800 '
    'jobs, or roughly 6% of its global workforce, after the industrial software maker reported a 31% '
    'drop in first-quarter profit and trimmed its full-year revenue forecast.',
    'The Oslo-based company, whose software runs factory floors and logistics hubs for clients '
    'including carmakers and grocery chains, said net profit fell to $212 million in the three '
    'months ended March 31, from $307 million a year earlier.',
    'Revenue rose 2% to $3.42 billion, missing the average analyst estimate of $3.55 billion, '
    'according to LSEG data.',
    'Halvorsen now expects full-year revenue of $13.9 billion to $14.2 billion, down from a previous '
    'forecast of $14.5 billion to $14.8 billion.',
    '"We are simplifying our organisation so that we can invest where our customers are growing, in '
    'automation and data services," Chief Executive Ingrid Sæther said in a statement.',
    'The job cuts will fall mostly on sales and administrative roles in Europe and North America and '
    'will be completed by the end of the third quarter, the company said. It expects to book '
    'restructuring charges of about $140 million.',
    'Shares of Halvorsen fell 8.4% in early trading in Oslo, their steepest one-day drop since '
    'October 2022.',
    'The company has been squeezed by a slowdown in factory investment in Germany and by longer '
    'sales cycles among U.S. retailers, which analysts say have delayed software upgrades amid '
    'uncertainty over tariffs.',
    '"The guidance cut was bigger than the market feared, and the restructuring suggests management '
    'sees no quick recovery," said Jonas Lindqvist, an analyst at Carnegie in Stockholm.',
    'Halvorsen employs about 30,000 people in 41 countries. It last cut jobs in 2023, when it '
    'eliminated roughly 900 positions.',
    'The company will hold a call with analysts later on Thursday.',
    '(Reporting by Terje Solsvik in Oslo and Arriana McLymore in New York; Editing by Jan Harvey)',
])

BLOG = "\n\n".join([
    'Posted by Dana Whitcomb',
    'Industrial software maker Halvorsen Systems announced on Thursday that it will lay off around '
    '1,800 workers, about 6% of its staff worldwide, after first-quarter profit fell 31% and the '
    'company lowered its revenue outlook for the full year.',
    'The Norway-based firm, whose software powers factory floors and logistics centres for '
    'carmakers, grocery chains and others, said its net profit dropped to $212 million for the '
    'quarter ending March 31, down from $307 million a year ago.',
    'Revenue grew 2% to $3.42 billion, short of the $3.55 billion analysts had on average expected.',
    'The company now sees full-year revenue between $13.9 billion and $14.2 billion, lower than the '
    '$14.5 billion to $14.8 billion it had guided before.',
    '"We are simplifying our organisation so that we can invest where our customers are growing, in '
    'automation and data services," CEO Ingrid Sæther said.',
    'Most of the layoffs will hit sales and admin roles in Europe and North America, and they will '
    'wrap up by the end of Q3. Halvorsen expects around $140 million in restructuring charges.',
    "Halvorsen's stock dropped 8.4% in early Oslo trading, the worst single-day fall since October "
    '2022.',
    'This is the second round of cuts at Halvorsen in three years, and it fits a wider pattern we '
    'have been tracking: at least 14 European enterprise software companies have announced layoffs '
    'since January.',
    'If you work at Halvorsen and have been affected, you can reach us confidentially through the '
    'tip form on our site.',
    'Tags: layoffs, software, Norway',
])


def test_a_reworded_copy_that_keeps_the_quotations_is_related():
    wire = Article(id="wire", body=WIRE, title="Halvorsen to cut 1,800 jobs", outlet="Reuters",
                   published="2026-04-23", words=word_count(WIRE))
    blog = Article(id="blog", body=BLOG, title="Halvorsen axes 1,800 jobs", outlet="TechLayoffs Tracker",
                   published="2026-04-24", words=word_count(BLOG))
    story = analyse_story([wire, blog])
    (link,) = story.links
    assert {link.copy, link.source} == {"wire", "blog"}
    assert link.reworded and "in other words" in link.reason
    # the blog's reworded sentences are the wire's, not lines of its own
    lines = [BLOG[s:e] for s, e in story.unique_lines["blog"]]
    assert not any(line.startswith("Revenue grew 2%") for line in lines)
