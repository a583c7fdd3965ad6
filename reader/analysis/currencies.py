"""The world's currencies as news writes them: a sign ("$", "€", "£", "¥", "₹"), a dollar named by its
country ("NZ$4 million", "A$5 million", "C$4.2 million", "US$2 billion"), a code before the number
("CHF 5.5 million", "Rs 800,000", "SEK 20") and a word after it ("8 million francs", "1 million
rupees", "50,000 yen", "1.2 billion rand", "20 kronor").

Figures read only "$", "€", "£", "¥" and dollars, euros and pounds in words, so a Swiss story's "8 million
francs" was a count of francs, its "CHF 5.5 million" a bare number, and "NZ$4 million" no figure at
all (a letter glued before "$" reads as a code): a sum told two ways, or by two reports in one
currency, was never compared. Here each is a sum in its currency (:data:`MONEY_UNITS`), the same
currency however written ("francs" and "CHF"; "rupees" and "Rs"), and is shown as news shows it
(:func:`money_display`). A word that is also an everyday word ("won", "rand") is a currency only after
"million", "billion" or "trillion" ("50 billion won"); a code that is also a word ("PHP", "TRY") is not
read.

The code of a currency one word names in several countries (pesos, rupees, francs, kroner) is that
of the country English news most often means; it is a label for comparing, and a sum is shown in the
source's own word ("35 million pesos").

Indian English counts large amounts in lakhs (100,000) and crores (10 million): :data:`SCALES`.

Hand-written: a table of signs, codes and words; no library reads a currency from running text.
"""

from __future__ import annotations

import re

# a sign a figure starts at (reader.analysis.figures)
SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
# a dollar named by its country, glued before "$": "NZ$4 million"
_DOLLARS = {"US": "USD", "A": "AUD", "AU": "AUD", "NZ": "NZD", "C": "CAD", "CA": "CAD", "Can": "CAD",
            "HK": "HKD", "S": "SGD", "R": "BRL"}
# a code before the number, a space or nothing between: "CHF 5.5 million", "Rs 800,000", "Rs.500"
_CODES = {"CHF": "CHF", "Rs": "INR", "Rs.": "INR", "INR": "INR", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK",
          "ZAR": "ZAR", "AUD": "AUD", "CAD": "CAD", "NZD": "NZD", "USD": "USD", "EUR": "EUR", "GBP": "GBP",
          "JPY": "JPY", "MXN": "MXN", "CNY": "CNY", "RMB": "CNY", "HKD": "HKD", "SGD": "SGD",
          "KES": "KES", "NGN": "NGN", "ZMW": "ZMW", "BRL": "BRL", "KRW": "KRW", "PKR": "PKR", "BDT": "BDT",
          "Tk": "BDT", "PLN": "PLN", "CZK": "CZK", "HUF": "HUF", "AED": "AED", "SAR": "SAR",
          "ISK": "ISK", "IDR": "IDR", "Rp": "IDR", "MYR": "MYR", "RM": "MYR", "THB": "THB", "EGP": "EGP",
          # (a sign figures do not start at, read before the number: "₹80 crore")
          "₹": "INR", "₩": "KRW", "₱": "PHP", "₦": "NGN", "₺": "TRY", "₽": "RUB"}
# a word after the number (singular and plural)
_WORDS = {"franc": "CHF", "francs": "CHF", "rupee": "INR", "rupees": "INR", "peso": "MXN", "pesos": "MXN",
          "yen": "JPY", "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK", "ringgit": "MYR",
          "baht": "THB", "naira": "NGN", "shilling": "KES", "shillings": "KES", "dirham": "AED", "dirhams": "AED",
          "riyal": "SAR", "riyals": "SAR", "lira": "TRY", "liras": "TRY", "zloty": "PLN", "zlotys": "PLN",
          "forint": "HUF", "forints": "HUF", "koruna": "CZK", "korunas": "CZK", "ruble": "RUB",
          "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "yuan": "CNY", "renminbi": "CNY", "rupiah": "IDR",
          "kwacha": "ZMW", "cedi": "GHS", "cedis": "GHS", "taka": "BDT", "reais": "BRL"}
# words that are a currency only after a scale word: "50 billion won", "1.2 billion rand"
_SCALED_WORDS = {"won": "KRW", "rand": "ZAR"}
# the currencies' three-letter codes, which name no organisation ("CHF 5.5 million": reader.analysis.entity_typing)
CODES = frozenset(c for c in _CODES if len(c) == 3 and c.isalpha() and c.isupper())
# every currency a sum may be in
MONEY_UNITS = tuple(dict.fromkeys([*SIGNS.values(), *_DOLLARS.values(), *_CODES.values(), *_WORDS.values(),
                                   *_SCALED_WORDS.values()]))
# how a sum is shown: a sign or a code before it, or a word after it
_SHOWN_BEFORE = {**{code: sign for sign, code in SIGNS.items()}, "INR": "Rs ", "KRW": "₩", "PHP": "₱",
                 "NGN": "₦", "TRY": "₺", "RUB": "₽", "AUD": "A$", "NZD": "NZ$", "CAD": "C$",
                 "HKD": "HK$", "SGD": "S$", "BRL": "R$"}
_SHOWN_AFTER = {"MXN": "pesos", "SEK": "kronor", "NOK": "kroner", "ZAR": "rand", "KES": "shillings",
                "ZMW": "kwacha", "IDR": "rupiah", "GHS": "cedis", "MYR": "ringgit", "THB": "baht"}
SCALES = {"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}

_DOLLAR_BEFORE_RE = re.compile(r"(?<![\w$])(?P<c>" + "|".join(sorted(_DOLLARS, key=len, reverse=True)) + r")$")
_CODE_BEFORE_RE = re.compile(r"(?<![\w.$])(?P<c>"
                             + "|".join(re.escape(c) for c in sorted(_CODES, key=len, reverse=True)) + r")\s?$")
_WORD_AFTER_RE = re.compile(r"\s+(?P<w>[a-z]+'?)\b")
_SCALED_END_RE = re.compile(r"(?:illion|lakhs?|crores?)$", re.IGNORECASE)


def dollar_before(text: str, sign: int) -> tuple[str, int] | None:
    """(currency, start) of a dollar named by its country glued before the "$" at ``sign``
    ("NZ$4 million": NZD, where "NZ" starts), else None."""
    m = _DOLLAR_BEFORE_RE.search(text, max(0, sign - 3), sign)
    return (_DOLLARS[m["c"]], m.start()) if m else None


def code_before(text: str, start: int) -> tuple[str, int] | None:
    """(currency, start) of a currency's code right before a number at ``start`` ("CHF 5.5 million",
    "Rs 800,000"), else None."""
    m = _CODE_BEFORE_RE.search(text, max(0, start - 5), start)
    return (_CODES[m["c"]], m.start()) if m else None


def rand_before(text: str, start: int) -> tuple[str, int] | None:
    """(currency, start) of South Africa's "R" glued before a number at ``start`` ("R850-million",
    "R1.2bn"), else None: read only for a number with a scale word (the caller's to check), as "the
    R24 road" names a road."""
    glued = start >= 1 and text[start - 1] == "R" and (start == 1 or not text[start - 2].isalnum())
    return ("ZAR", start - 1) if glued else None


_SHORT_SCALE_RE = re.compile(r"(?:\s*(?:million|billion|trillion)\b|[mb]n?\b|-(?:million|billion)(?![\w-]))",
                             re.IGNORECASE)


def scaled_at(text: str, end: int) -> bool:
    """Whether a scale word follows the digits ending at ``end`` ("850-million", "1.2bn", "2 billion")."""
    return _SHORT_SCALE_RE.match(text, end) is not None


def word_after(text: str, end: int) -> tuple[str, int] | None:
    """(currency, end) of a currency's word right after a number ending at ``end`` ("50,000 yen",
    "1.2 billion rand": a word that is also an everyday word only after a scale word), else None."""
    m = _WORD_AFTER_RE.match(text, end)
    if m is None:
        return None
    word = m["w"].lower()
    scaled = _SCALED_END_RE.search(text, max(0, end - 7), end) is not None
    code = _WORDS.get(word) or (_SCALED_WORDS.get(word) if scaled else None)
    return (code, m.end()) if code else None


def money_display(code: str, shown: str) -> str | None:
    """A sum ``shown`` ("5.5 million") in the currency ``code`` as news shows it ("CHF 5.5 million",
    "A$5 million", "35 million pesos"), or None for no currency."""
    if code not in MONEY_UNITS:
        return None
    if code in _SHOWN_BEFORE:
        return _SHOWN_BEFORE[code] + shown
    if code in _SHOWN_AFTER:
        return f"{shown} {_SHOWN_AFTER[code]}"
    return f"{code} {shown}"
