"""What an amount of money or a percentage is *of*: "a $2.5 million fine", "revenue of
$4.2 billion", "held on $750,000 bail", "turnout was 41 percent".

A sum or a share names no counted noun, so by itself it cannot be keyed as one quantity
(:func:`reader.analysis.quantities.quantity_key`): "$300 million" may be a loan, a fine
or a year's profit. Reports do name what it is of, in a few set ways, and this module
reads them with a closed list of nouns (:data:`MONEY_SUBJECTS`,
:data:`PERCENT_SUBJECTS`): a subject noun right after the figure ("$6 billion deal"),
(past a conversion in brackets: "a 1.4 billion pound ($1.8 billion) naval contract"),
else the first within ``IN_WORDS`` after "in" ("$200 million in yearly cost savings"), else
the nearest one before it in its clause, at most ``BEFORE_WORDS`` words back and
never across a comma, a semicolon, a bracket or another figure ("the deal is worth about
$5.1 billion"; "revenue at the company was $4.5 billion"). Verbs that tell it count too
("lost $1.2 billion": a loss; "was fined $3 million": a fine). A percentage "of the vote"
is a candidate's vote share, and so is the share set against it and named by its
candidate ("52.4% of the vote to Reyburn's 46.8%": Reyburn's).

A closed list, written here, because a sum's subject is a short, fixed vocabulary in news
(fines, bail, settlements, deals, revenue, profit and loss, debt, pay, savings, a deal's
premium, damage and repairs, a sale's price, an offer; a sum paid "for" something after a
verb of buying, selling or signing is a price too), and a word outside
it ("cost", "price", "value") names too many different things to compare figures by it.
Whatever is not found is None: the figure stays for aligned text and sentence context.
"""

from __future__ import annotations

import re

from reader.analysis.amount_kinds import refine
from reader.analysis.change_subjects import change_subject
from reader.analysis.cost_kinds import cost_kind
from reader.analysis.currencies import MONEY_UNITS
from reader.analysis.money_taken import money_taken
from reader.analysis.sentences import CLAUSE_BREAK

_MONEY = MONEY_UNITS
BEFORE_WORDS = 11    # ("damage in the downtown core would reach at least $12 million"; "losses from the first day of
#                      disruption were estimated at $3.1 million")
AFTER_WORDS = 3     # "a $4 million naval frigate contract": a compound's head word, at most this far after

MONEY_SUBJECTS = {
    "revenue": "revenue", "revenues": "revenue", "sales": "revenue",
    "profit": "profit", "profits": "profit", "earnings": "profit", "earned": "profit",
    "loss": "loss", "losses": "loss", "lost": "loss", "income": "income",
    "fine": "fine", "fines": "fine", "fined": "fine", "penalty": "fine", "penalties": "fine",
    "bail": "bail",
    "settlement": "settlement", "settle": "settlement", "settled": "settlement", "damages": "settlement",
    "deal": "deal", "acquisition": "deal", "merger": "deal", "takeover": "deal", "buyout": "deal",
    "debt": "debt", "debts": "debt", "liabilities": "debt",
    "assets": "assets",
    "salary": "pay", "compensation": "pay", "bonus": "pay",
    "loan": "financing", "loans": "financing", "financing": "financing", "funding": "financing",
    "budget": "budget", "ransom": "ransom", "reward": "reward", "bailout": "bailout", "rent": "rent",
    "deficit": "deficit", "shortfall": "deficit", "gap": "deficit", "surplus": "surplus",
    "balance": "balance",       # what a budget leaves: "an ending balance of roughly $2.3 billion"
    "savings": "savings", "synergies": "savings", "save": "savings", "saves": "savings", "saving": "savings",
    "restitution": "restitution",
    # (round 36) a sum put by for a cost to come: "has set aside $18 million", "has reserved $25 million"; what
    # a firm books as a charge; fees paid; a prize; a grant given for a plan
    "aside": "provision", "reserved": "provision", "provision": "provision", "provisions": "provision",
    "earmarked": "provision", "charge": "charge", "fees": "fees", "fee": "fees", "purse": "prize", "purses": "prize",
    "prize": "prize", "grant": "financing",
    # what an accident or a storm costs, told as damage or repairs; a sale's price
    "damage": "damage", "repairs": "repairs", "repair": "repairs", "fix": "repairs",
    "sold": "sale price", "fetched": "sale price", "hammer": "sale price",
    "offer": "offer", "bid": "offer",
    # what a sum pays for under an agreement: "a £1.2 million-a-year contract", "the contract, worth …"
    "contract": "contract", "contracts": "contract",
    # money given for a plan: "announced £1.2bn to open …", "a £1.5 billion cash injection"
    "injection": "financing", "announced": "financing", "announcing": "financing",
    "pledged": "financing", "pledging": "financing", "promised": "financing", "promising": "financing",
    # money taken from its owners: "stole £412,000", "bled a hospice of …", "defrauding investors out of …"
    "stole": "taken", "stolen": "taken", "stealing": "taken", "embezzled": "taken", "embezzling": "taken",
    "defrauded": "taken", "defrauding": "taken", "swindled": "taken", "swindling": "taken", "fleeced": "taken",
    "bled": "taken", "misappropriated": "taken", "siphoned": "taken", "theft": "taken",
}
PERCENT_SUBJECTS = {
    "turnout": "turnout", "unemployment": "unemployment rate", "jobless": "unemployment rate",
    "inflation": "inflation", "stake": "stake", "approval": "approval rating",
    "shares": "share price", "stock": "share price", "premium": "premium", "discount": "discount",
    "contained": "containment", "containment": "containment",
    # a pension plan's assets as a share of what it owes: "was about 71 percent funded", "a funded ratio of 64%"
    "funded": "funded ratio",
    # a pay offer: "the city's offer of 3.5% a year", "has offered 5.2%" (not "pay", "raise":
    # verbs as often)
    "offer": "offer", "offered": "offer", "offering": "offer",
    # a charge added to a price: "a 3 percent surcharge on every ticket" (a fee by :data:`_ITEM_FEE_AFTER`)
    "surcharge": "surcharge",
    # the air's humidity; a hotel's or a car park's occupancy, as full as "60 percent full" says (round 40)
    "humidity": "humidity", "occupancy": "fullness", "occupied": "fullness",
}
# a fee charged on each item sold: "a 5% fee is added to every arena ticket", "a 3 percent fee on each ticket"
_ITEM_FEE_AFTER = re.compile(r"\s+(?:fee|charge|levy)\s+(?:(?:is|will\s+be|would\s+be)\s+)?"
                             r"(?:added\s+to|charged\s+on|on)\s+(?:every|each)\b", re.IGNORECASE)
_JOINS = {"and", "or", "but", "in", "of", "for", "to", "from", "with", "on", "at", "by", "as", "than", "while",
          "including", "excluding", "plus", "per", "into", "over", "under", "after", "before", "during", "via"}
IN_WORDS = 5     # "$175 million in annual run-rate cost synergies": words read after "in"
# a percentage named a pay rise by the two words after it ("pay" alone is as often a verb)
_PAY_RISE_AFTER = re.compile(r"\s+(?:a\s+year\s+)?(?:pay|wage|salary)\s+"
                             r"(?:rise|increase|raise|offer|deal|hike|claim)s?\b", re.IGNORECASE)
# a raise told by "raise" alone, a noun of pay ("a 14 percent raise over three years", "raises totaling 14
# percent over the life of the deal"): the raise a deal gives, not an offer (an initial offer is another figure)
_RAISE_AFTER = re.compile(r"\s+(?:a\s+year\s+)?raises?\b", re.IGNORECASE)
_RAISES_BEFORE = re.compile(r"\b(?:pay\s+)?raises?\s+(?:totall?ing|of|worth|amounting\s+to|adding\s+up\s+to|"
                            r"(?:will\s+|would\s+)?average|averaging)\s+"
                            r"(?:about\s+|nearly\s+|roughly\s+|almost\s+|some\s+)?$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_ON_DAMAGE = re.compile(r"\s+on\s+(?:the\s+)?(?:\w+\s+)?damage\b", re.IGNORECASE)
# "the union is demanding a 9.5% pay rise", "seeking a 6 per cent wage increase": a claim
_DEMAND_BEFORE = re.compile(r"\b(?:demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed|ing)?|ask(?:s|ed|ing)\s+for|"
                            r"call(?:s|ed|ing)?\s+for|claim(?:s|ed|ing)?|push(?:es|ed|ing)?\s+for)\s+(?:an?\s+)?"
                            r"(?:\w+\s+){0,2}$", re.IGNORECASE)


def amount_subject(text: str, unit: str | None, start: int, end: int, before: int) -> str | None:
    """The subject of the money or percentage figure at ``text[start:end]`` (its words
    from ``before`` on belong to it: the end of the figure before it, or its sentence's
    start), as ``"money:fine"`` or ``"percent:turnout"``, told apart by its kind
    (:func:`reader.analysis.amount_kinds.refine`: "money:net profit"); None when the
    module's rules find none, or for another unit."""
    if (changed := change_subject(text, unit, start, end, before)) is not None:
        return changed      # "a 4% rise in bus fares", "hid $3.2 million"
    if unit == "percent" and _PAY_RISE_AFTER.match(text, end):
        # "a 3 per cent pay rise", "a 4% wage increase": the offer; the claim when demanded
        return "percent:claim" if _DEMAND_BEFORE.search(text, max(before, start - 40), start) else "percent:offer"
    if unit == "percent" and (bargained := _bargained(text, start, end, before)) is not None:
        return bargained    # "the union wants 15% over three years", "has offered a 9% raise", "a 14 percent raise"
    if unit == "percent" and (rival := _rival_share(text, start, end, before)) is not None:
        return rival
    if unit == "percent" and _ITEM_FEE_AFTER.match(text, end):
        return "percent:surcharge"      # ("a 5% fee is added to every arena ticket"; not "a 2 percent annual fee")
    if unit == "percent" and (_TURNOUT_BEFORE.search(text, max(before, start - 80), start)
                              or _VOTERS_VOTED_AFTER.match(text, end)):
        return "percent:turnout"
    if unit in _MONEY and (each := _SOLD_EACH.search(text, max(before, start - 100), start)):
        return f"money:price of {each['what'].lower()}"     # ("Three-day passes … sold for $349": one pass's)
    if unit == "percent":
        lexicon, kind = PERCENT_SUBJECTS, "percent:"
    elif unit in _MONEY:
        lexicon, kind = MONEY_SUBJECTS, "money:"
    else:
        return None
    found = _subject_word(text, lexicon, kind, start, end, before)
    if found is None and kind == "money:" and _ON_DAMAGE.match(text, end):
        return "money:damage"       # "put an early estimate of $8.5 million on the damage"
    if found is None and kind == "money:" and money_taken(text, start, end, before):
        return "money:taken"        # "escaped with $18,200", "$18,200 was taken"
    if found is None and kind == "money:" and (cost := cost_kind(text, start, before)) is not None:
        return cost         # "Cleanup could cost $14 million", "put the cost of the repair at £1.4 million"
    bought = _bought(text, start, end, before) if found is None and kind == "money:" else None
    if bought is not None:
        return f"money:price of {bought}"
    if found is None and kind == "money:" and _project_cost(text, start, end, before):
        return _cost_subject(text, start, before) or "money:cost"
    if found is None or isinstance(found, str):
        return found
    return refine(kind, lexicon[found.group().lower()], text, found.start(), start, end)


# a percentage a side asks for or puts on the table, told as the object of the verb with no whole
# after it ("wants 15% over three years", "is seeking an 18 percent raise", "offered a 9% raise",
# "put 9 percent over four years on the table"); not "wants 15% of the seats" (a share)
_OFFER_BEFORE = re.compile(r"\b(?:offer(?:s|ed|ing)?|propos(?:e|es|ed|ing)|put|puts|putting|tabled)\s+(?:an?\s+)?$",
                           re.IGNORECASE)
_TERM_AFTER = re.compile(r"\s+(?:(?:pay\s+|wage\s+|salary\s+)?(?:rise|raise|increase|hike)s?\s+)?"
                         r"(?:over|across|spread\s+over)\s+(?:the\s+next\s+)?(?:\w+|\d+)\s+years?\b"
                         r"|\s+(?:pay\s+|wage\s+|salary\s+)?(?:rise|raise|increase|hike)s?\b", re.IGNORECASE)


def _bargained(text: str, start: int, end: int, before: int) -> str | None:
    """``"percent:claim"`` or ``"percent:offer"`` for a percentage asked for or offered as a
    raise or over a term of years (comment above); ``"percent:raise"`` for a raise told neither
    way (the raise a deal gives: "a 14 percent raise", "raises totaling 14 percent"); else None."""
    raise_told = _RAISE_AFTER.match(text, end) or _RAISES_BEFORE.search(text, max(before, start - 40), start)
    if not (raise_told or _TERM_AFTER.match(text, end)):
        return None
    if _DEMAND_BEFORE.search(text, max(before, start - 40), start):
        return "percent:claim"
    if _OFFER_BEFORE.search(text, max(before, start - 20), start):
        return "percent:offer"
    return "percent:raise" if raise_told else None


def _subject_word(text: str, lexicon: dict[str, str], kind: str, start: int, end: int,
                  before: int) -> re.Match | str | None:
    """The word of ``lexicon`` that names what the figure is of (module doc), or a vote
    share's whole subject."""
    end = _past_conversion(text, end)
    after = text[end:end + 60]
    cut = CLAUSE_BREAK.search(after)
    stop = min(cut.start() if cut else len(after), _sentence_end(after))
    words = [w for w in _WORD.finditer(text, end, end + stop) if w.group().lower() not in _VERBS]
    words = words[_rate_words([w.group().lower() for w in words[:2]]):]     # "£2m a year contract"
    low = [w.group().lower() for w in words]
    if kind == "percent:" and low[:3] in (["of", "the", "vote"], ["of", "the", "votes"],
                                          ["of", "votes", "cast"], ["of", "the", "ballots"]):
        return _vote_share(text, start, before)
    if low and low[0] == "in":
        # "$2.3 million in restitution", "$200 million in yearly cost savings"
        for word, w in zip(low[1:1 + IN_WORDS], words[1:1 + IN_WORDS], strict=False):
            if word in lexicon:
                return w
            if word in _JOINS:
                break
    head = None
    for word, w in zip(low[:AFTER_WORDS], words[:AFTER_WORDS], strict=False):
        if word in _JOINS:
            break                       # "liabilities of $640 million and assets of …"
        if word in lexicon:
            head = w                    # the last of a compound: "$4.1 million budget gap" is a gap
        elif head is not None:
            break
    if head is not None:
        return head
    lo = max(before, start - 80)
    if kind == "money:" and (_COST_TO.search(text, lo, start) or _worth_of_taken(text, start, before)):
        return "money:taken"
    if (told := _APPOSITIVE.search(text, lo, start)) and told["noun"].lower() in lexicon:
        return _WORD.match(text, told.start("noun"))        # "The catering contract, worth £950,000"
    cuts = list(CLAUSE_BREAK.finditer(text, lo, start))
    prior = list(_WORD.finditer(text, cuts[-1].end() if cuts else lo, start))[-BEFORE_WORDS:]
    return next((w for w in reversed(prior) if w.group().lower() in lexicon), None)


# a sum restated in another currency in brackets right after it: "a 1.4 billion pound ($1.8 billion)
# naval contract", "€30m (£26m) in damage"
_CONVERSION = re.compile(r"\s*\((?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?[$€£¥][\d.,]+"
                         r"(?:\s*(?:million|billion|trillion|bn|m|k))?\)", re.IGNORECASE)


def _past_conversion(text: str, end: int) -> int:
    """Where a sum's own words go on: past a conversion in brackets right after it."""
    found = _CONVERSION.match(text, end)
    return found.end() if found else end


# a sum told in an appositive of its noun, across the comma: "The catering contract, worth £950,000
# a year, is held by …", "the loan, valued at $3 million,"
_APPOSITIVE = re.compile(r"\b(?P<noun>[A-Za-z]+),\s+(?:which\s+is\s+|now\s+)?(?:worth|valued\s+at)\s+(?:an?\s+"
                         r"(?:estimated|reported)\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|"
                         r"more\s+than\s+|over\s+|up\s+to\s+)?$", re.IGNORECASE)
# the words of a rate right after a sum ("a year", "per month", "-a-year", "annual"): no subject
_RATES = {"a-year", "a-month", "a-week", "a-day", "an-hour", "annual", "annually", "yearly", "monthly", "weekly"}
_SPANS = {"year", "month", "week", "day", "hour"}


def _rate_words(low: list[str]) -> int:
    """How many of the first words after a sum (``low``, at most two) tell it a rate."""
    if low and low[0] in _RATES:
        return 1
    return 2 if len(low) == 2 and low[0] in ("a", "an", "per") and low[1] in _SPANS else 0


# "stole nine pieces of gold jewellery worth an estimated 6 million euros": the worth of
# what was taken, told after a count of it (another figure, which ends the words read as
# the sum's own); the theft is read from the sentence before that count
_WORTH_BEFORE = re.compile(r"\bworth\s+(?:an?\s+(?:estimated|reported)\s+|some\s+|about\s+|around\s+|"
                           r"nearly\s+|almost\s+|roughly\s+|more\s+than\s+|over\s+|up\s+to\s+)?$", re.IGNORECASE)
_TAKEN_BEFORE = re.compile(r"\b(?:stole|stolen|steal(?:s|ing)?|took|taken|made\s+off\s+with|snatched|grabbed|"
                           r"looted|swiped|carried\s+off)\b[^.!?;:]*$", re.IGNORECASE)


def _worth_of_taken(text: str, start: int, before: int) -> bool:
    """Whether the sum at ``start`` is the worth of a count of things taken, told right
    before it ("stole nine pieces of jewellery worth 6 million euros")."""
    if not _WORTH_BEFORE.search(text, max(before, start - 80), start):
        return False
    return _TAKEN_BEFORE.search(text, max(0, before - 100), before) is not None


# what a project or a plan costs, when no other subject word is told: "the $48 million
# project", "the stadium will cost $54 million", "at a cost of $1.2 billion", "estimates
# cleanup costs at $6 million", "spent $2.6 million on a renovation", "a £2.4 million refurbishment" (a
# fallback: "repairs will cost $1.5 million" stays the repairs', found first)
_PROJECT_AFTER = re.compile(r"\s+(?:on\s+(?:a|an|the|its|their)\s+)?(?:[a-z]+\s+)?(?:project|scheme|development|"
                            r"redevelopment|renovation|refurbishment|restoration|remodel|revamp|expansion|upgrade|"
                            r"overhaul)\b", re.IGNORECASE)
_COST_BEFORE = re.compile(r"\b(?:cost|costs|costing|costs?\s+at|price\s+tag\s+of|at\s+a\s+cost\s+of|"
                          r"estimated\s+cost\s+of|"
                          # a bill or a tab put at a sum: "estimated the clean-up bill at £4.5m"
                          r"(?:bill|tab)\s+(?:at|of)|costs?\s+(?:could|would|will|may|might)\s+(?:reach|top|exceed))"
                          r"\s+(?:an?\s+estimated\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|"
                          r"more\s+than\s+|over\s+|up\s+to\s+)?$", re.IGNORECASE)


# a sum spent on works told by their verb: "The club spent £1.8m improving exits and stairways"
_SPENT_BEFORE = re.compile(r"\b(?:spent|spend|spends|spending|invested)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|"
                           r"roughly\s+|more\s+than\s+|over\s+|some\s+)?$", re.IGNORECASE)
_WORKS_AFTER = re.compile(r"\s+(?:on\s+)?(?:improving|upgrading|renovating|refurbishing|restoring|rebuilding|repairing|"
                          r"moderni[sz]ing|expanding|remodell?ing)\b", re.IGNORECASE)


def _project_cost(text: str, start: int, end: int, before: int) -> bool:
    """Whether the sum at ``text[start:end]`` is what a project costs ("the $48 million
    project", "will cost $54 million", "spent £1.8m improving exits")."""
    lo = max(before, start - 40)
    return bool(_PROJECT_AFTER.match(text, end) or _COST_BEFORE.search(text, lo, start)
                or (_SPENT_BEFORE.search(text, lo, start) and _WORKS_AFTER.match(text, end)))


# the verb "cost" with the sum after it: "Repairs to the pumping station could cost $2 million"
_COST_VERB = re.compile(r"\bcosts?\s+(?:an?\s+estimated\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|"
                        r"more\s+than\s+|over\s+|up\s+to\s+)?$", re.IGNORECASE)
SUBJECT_WORDS = 12      # words of a clause read back from the verb "cost" for what costs the sum


def _cost_subject(text: str, start: int, before: int) -> str | None:
    """What costs the sum the verb "cost" tells ("Repairs to the pumping station could cost
    $2 million": the repairs), read as the first subject word of :data:`MONEY_SUBJECTS` in its
    clause before the verb, so it is keyed as the same sum told "the cost of repairs at $7.5
    million"; None when the clause names none ("the stadium will cost $54 million")."""
    verb = _COST_VERB.search(text, max(before, start - 40), start)
    if verb is None:
        return None
    lo = max(before, verb.start() - 120)
    cuts = list(CLAUSE_BREAK.finditer(text, lo, verb.start()))
    words = list(_WORD.finditer(text, cuts[-1].end() if cuts else lo, verb.start()))[-SUBJECT_WORDS:]
    word = next((w.group().lower() for w in words if w.group().lower() in MONEY_SUBJECTS
                 and w.group().lower() not in _VERBS), None)
    return None if word is None else "money:" + MONEY_SUBJECTS[word]


# verbs that name a sum's subject only before it ("announced £1.2bn"; not "a $160 billion
# merger announced Monday")
_VERBS = {"announced", "announcing", "pledged", "pledging", "promised", "promising", "stole", "stolen", "stealing",
          "embezzled", "embezzling", "defrauded", "defrauding", "swindled", "swindling", "fleeced", "bled",
          "misappropriated", "siphoned"}
# "cost investors $52 million", "cheated pensioners out of": what its owners lost, as if taken
_COST_TO = re.compile(r"\b(?:cost|cheated|conned|robbed)(?=\s+(?:its\s+|their\s+|the\s+)?(?:investors|victims|clients|"
                      r"customers|savers|pensioners|depositors|members)\s+(?:out\s+of\s+)?$)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
# a price paid: "signed Diallo from Lille for a reported 85 million euros", "agreed to buy the
# chain for $2.4 billion", "will pay Lille €90million for Diallo" (the verb in the sum's clause)
_BOUGHT_BEFORE = re.compile(r"\b(?:buy(?:s|ing)?|bought|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)|sign(?:s|ed|ing)?"
                            r"|s[eo]ll(?:s|ing)?|sold)\s+(?P<what>[^,;:.!?]{1,80}?)\s+for\s+(?:(?:a|an)\s+(?:reported|"
                            r"record|fee\s+of|total\s+of|estimated|undisclosed)\s+)?$", re.IGNORECASE)
_PAY_BEFORE = re.compile(r"\b(?:pay(?:s|ing)?|paid)\s+(?:[A-Z][\w'’-]*\s+){0,3}$")
_FOR_AFTER = re.compile(r"\s+(?:\([^()]{0,40}\)\s+)?for\s+(?P<what>[^,;:.!?()]{1,60})", re.IGNORECASE)
# where the thing bought ends: a preposition or a clause after it ("Diallo from Lille", "the land in Ashby")
# or a verb of the clause after it ("three-day passes have been told": passes)
_THING_END = re.compile(r"\s+(?:from|on|in|at|with|to|of|until|by|after|before|as|and|who|which|that|including|for|"
                        r"have|has|had|were|was|is|are|will|would|could|can)\b|$", re.IGNORECASE)


# things of a kind sold each for a sum, their plural the clause's subject: "Three-day passes for this year's
# festival sold for $349", "Tickets sold for about $40" (the price of one, as "paid $429 for three-day passes")
_SOLD_EACH = re.compile(r"\b(?P<what>[a-z]{3,}(?<!s)s)(?:\s+(?:for|of|to|at|in)\s+[^,;.]{0,40}?)?\s+(?:sold|sell|sells|"
                        r"went|were\s+selling|are\s+selling)\s+for\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|"
                        r"as\s+much\s+as\s+|up\s+to\s+)?$", re.IGNORECASE)


def _bought(text: str, start: int, end: int, before: int) -> str | None:
    """What the sum at ``text[start:end]`` is the price of, its head word as written
    ("Diallo", "chain", "land"): "for" the sum after a verb of buying, selling or signing
    and its object in the sum's clause, or "pay <whom> <sum> for <it>"; else None."""
    lo = max(before, start - 120)
    m = _BOUGHT_BEFORE.search(text, lo, start)
    what = m["what"] if m else None
    if what is None and _PAY_BEFORE.search(text, max(lo, start - 60), start):
        after = _FOR_AFTER.match(text, end)
        what = after["what"] if after else None
    if what is None:
        return None
    stop = _THING_END.search(what)
    words = _WORD.findall(what[:stop.start() if stop else len(what)])
    return words[-1] if words else None


def _sentence_end(after: str) -> int:
    """Where the sentence ends in ``after`` (its length when it does not): the words after
    a figure that ends a sentence belong to the next one ("… 4.2 billion euros. Operating
    profit was …" is no profit)."""
    m = _SENTENCE_END.search(after)
    return m.start() if m else len(after)


_CANDIDATE_RE = re.compile(r"\b([A-Z][a-z’'-]+)\s+(?:won|took|got|received|captured|garnered|had|has|wins|takes|"
                           r"gets|receives)\s+(?:about\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+|more\s+than\s+)?$")


def _vote_share(text: str, start: int, before: int) -> str | None:
    """``"percent:vote share of Okonjo"`` for "Okonjo won 52% of the vote": the share is the
    candidate's named right before the verb; None when no candidate is named so (two
    sources giving two candidates' shares are not in conflict)."""
    m = _CANDIDATE_RE.search(text, max(before, start - 40), start)
    return f"percent:vote share of {m.group(1)}" if m else None


# the runner-up's share after the winner's: "52.4% of the vote to Reyburn's 46.8%", "… against 46.8% for Reyburn"
_OF_THE_VOTE_TO = (r"^\s*of\s+(?:the\s+)?(?:votes?|ballots)(?:\s+cast)?,?\s+"
                   r"(?:to|against|versus|vs\.?|compared\s+with)\s+")
_RIVAL_BEFORE = re.compile(_OF_THE_VOTE_TO + r"(?:(?P<name>[A-Z][a-z’'-]+)['’]s?\s+)?$")
_FOR_RIVAL_AFTER = re.compile(r"\s+for\s+(?:[A-Z][a-z’'-]+\s+)?(?P<name>[A-Z][a-z’'-]+)\b")


def _rival_share(text: str, start: int, end: int, before: int) -> str | None:
    """``"percent:vote share of Reyburn"`` for the share set against a share of the vote
    right before it and named by its candidate ("… 52.4% of the vote to Reyburn's 46.8%",
    "… of the vote, against 46.8% for Tomas Reyburn"); else None."""
    m = _RIVAL_BEFORE.match(text[before:start]) if before < start else None
    if m is None:
        return None
    name = m["name"] or ((after := _FOR_RIVAL_AFTER.match(text, end)) and after["name"])
    return f"percent:vote share of {name}" if name else None


# a turnout told with words between it and its share ("Turnout in the Marlow mayoral election was 41
# percent") or as the share of voters who voted ("38% of registered voters cast a ballot", "turned out")
_TURNOUT_BEFORE = re.compile(r"\bturnout\b[^,;:.%\d]{0,60}\b(?:was|stood\s+at|reached|hit|came\s+to|of)\s+"
                             r"(?:(?:about|around|nearly|almost|just|only|roughly)\s+)?(?:(?:over|under)\s+)?$",
                             re.IGNORECASE)
_VOTERS_VOTED_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:registered\s+|eligible\s+)?"
                                 r"(?:voters|electors|the\s+electorate)\s+(?:cast\s+(?:a\s+)?ballots?|voted|turned\s+out"
                                 r"|went\s+to\s+the\s+polls)\b(?!\s+(?:for|against|in\s+favou?r))", re.IGNORECASE)
