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
    # (a reworded paragraph run of the wire's own story: the blog rewords it, a directed link)
    assert link.reworded and (link.copy, link.source) == ("blog", "wire") and "blog rewords its text" in link.reason
    # the blog's reworded sentences are the wire's, not lines of its own
    lines = [BLOG[s:e] for s, e in story.unique_lines["blog"]]
    assert not any(line.startswith("Revenue grew 2%") for line in lines)


# Two short reports of one merger written apart: the same names, figures and quotation in
# the same order (the order events are told in), their prose their own.
DEAL_WIRE = "\n\n".join([
    "(CNN) — Northvale Mining Corp. agreed to buy Granite Ridge Resources Ltd. for about C$4.7 billion "
    "($3.4 billion) in stock, creating one of Canada's largest copper producers as miners scramble for "
    "metal used in power grids and electric vehicles.",
    "Granite Ridge shareholders will receive 0.82 Northvale share for each share they own, the companies "
    "said Wednesday. That values Granite Ridge at C$21.40 a share, a 31% premium to Tuesday's close.",
    "Granite Ridge shares jumped 24% to C$20.25 at 10:15 a.m. in Toronto, the biggest intraday gain since "
    "2016. Northvale fell 6.1%.",
    "“Copper is the metal of the energy transition, and this deal gives us the scale to finance the next "
    "generation of mines,” Northvale Chief Executive Officer Sandra Kowalczyk said on a call with analysts.",
    "The combined company would produce about 410,000 metric tons of copper a year. Its flagship asset "
    "would be Granite Ridge's Tamarack project in northern British Columbia, expected to begin production "
    "in 2029.",
    "Marlow Capital and Petrie & Co. advised Northvale, while Halden Partners advised Granite Ridge.",
])
DEAL_LOCAL = "\n\n".join([
    "Northvale Mining Corp. has struck a deal to buy rival Granite Ridge Resources Ltd. in an all-stock "
    "transaction valued at about $4.7 billion.",
    "Under the agreement, Granite Ridge shareholders will get 0.82 of a Northvale share for each Granite "
    "Ridge share held.",
    "Northvale chief executive Sandra Kowalczyk told analysts on a conference call Wednesday that the deal "
    "was about building a company big enough to develop new mines in Canada.",
    "“Copper is the metal of the energy transition, and this deal gives us the scale to finance the next "
    "generation of mines,” Kowalczyk said.",
    "The companies said the combined business would keep its head office in Vancouver and would have about "
    "6,200 employees.",
    "The deal requires approval from two-thirds of Granite Ridge shareholders as well as regulatory "
    "approval under the Investment Canada Act.",
])


def test_two_reports_sharing_names_in_order_but_not_prose_are_no_reworded_copy():
    from reader.analysis.rewording import MIN_REWORD_ORDER, lcs_length, own_content

    wire = Article(id="cnn", body=DEAL_WIRE, title="Northvale to buy Granite Ridge", outlet="CNN",
                   published="2026-03-04", words=word_count(DEAL_WIRE))
    local = Article(id="prairiebiz", body=DEAL_LOCAL, title="Northvale, Granite Ridge agree to merger",
                    outlet="Prairie Business Online", published="2026-03-05", words=word_count(DEAL_LOCAL))
    story = analyse_story([wire, local])
    assert story.links == []
    a, b = story.analysed
    with_names = lcs_length(own_content(a), own_content(b)) / min(len(own_content(a)), len(own_content(b)))
    prose_a, prose_b = own_content(a, names=False), own_content(b, names=False)
    assert with_names >= MIN_REWORD_ORDER > lcs_length(prose_a, prose_b) / min(len(prose_a), len(prose_b))
