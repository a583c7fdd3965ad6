"""Place names as news writes them, on top of :mod:`reader.analysis.gazetteer`.

``place_of(name)`` asks the gazetteer, also under "The …" ("the Netherlands") and in title
case for a name in capitals ("GERMANY"; a word of five capitals or fewer only when that names
a major place: "NATO" is an acronym, not the small town "Nato"), and knows the nations and regions news names that
GeoNames lists under another name or not at all (England, Czech Republic, West Bank).
``demonym(word)`` tells a word for a people ("Canadian", "Jordanian", "Chinese") from a
name, by the country it derives from; such a word before a name is not part of it
("Canadian Daniel Nestor").

Hand-written: a few string rules over the gazetteer's own answers (no list of demonyms to
ship), cached because an article asks about the same names again and again.
"""

from __future__ import annotations

import functools

from reader.analysis import gazetteer

COUNTRY_KINDS = (gazetteer.COUNTRY, gazetteer.CONTINENT)
# Names news uses for countries, nations and regions that GeoNames lists under another name or not at all.
_NATIONS = {"England", "Scotland", "Wales", "Northern Ireland", "Czech Republic", "Bosnia", "Yugoslavia", "Zaire",
            "Macedonia", "Palestine", "Holland", "Burma", "Congo", "Ivory Coast", "Slovakia", "Herzegovina",
            "Bosnia-Herzegovina", "Bosnia and Herzegovina", "Soviet Union", "East Timor", "Kashmir", "West Bank",
            "Gaza Strip", "Chechnya", "Kosovo", "Tibet", "Kurdistan", "Taiwan", "Hong Kong", "Macau"}
# Bodies the gazetteer knows as places that news treats as organisations.
ORG_PLACES = {"EU", "European Union", "E.U."}
# Words for peoples that no rule below derives from their country's name.
_DEMONYMS = {"French", "Dutch", "Swiss", "Greek", "Thai", "British", "Briton", "Spaniard", "Swede", "Dane", "Finn",
             "Pole", "Turk", "Scot", "Welsh", "Irish", "Polish", "Danish", "Swedish", "Finnish", "Turkish",
             "Scottish", "Spanish", "English", "Flemish", "Kurdish", "Arab", "Czech", "Slovak", "Serb", "Croat",
             "Bosnian", "Yugoslav", "Filipino", "Kuwaiti", "Saudi", "Afghan", "Zimbabwean", "Peruvian", "Lebanese",
             "Vietnamese", "Sudanese", "Portuguese", "Belgian", "Norwegian", "Hungarian", "Argentine", "Chilean",
             "Ukrainian", "Palestinian", "Israeli", "Egyptian", "Chechen", "Cuban", "Haitian", "Soviet",
             "European", "African", "Asian", "American", "Latin", "Arabic", "Moslem", "Muslim", "Islamic", "Korean",
             "Somali", "Kazakh", "Uzbek", "Azeri", "Laotian", "Belarussian", "Ecuadorean", "Panamanian"}


# A word in capitals this short is read as an acronym unless its title-case form is a major place.
_ACRONYM_MAX = 5


@functools.lru_cache(maxsize=8192)
def place_of(name: str) -> gazetteer.Place | None:
    """The place ``name`` names: the gazetteer's answer, under "The …" too, in title case for a
    name in capitals (a short one only when major: an acronym otherwise), or a nation the
    gazetteer lists under another name."""
    place = gazetteer.lookup(name) or gazetteer.lookup(f"The {name}")
    if place is None and name.isupper() and len(name) > 3:
        place = gazetteer.lookup(name.title()) or gazetteer.lookup(f"The {name.title()}")
        if place is not None and not place.major and len(name) <= _ACRONYM_MAX:
            place = None        # "NATO", "UEFA": an acronym, not the small town "Nato" in capitals
    title = name.title() if name.isupper() else name
    if title in _NATIONS and (place is None or place.kind == gazetteer.CITY):
        return gazetteer.Place(title, gazetteer.COUNTRY, 0)
    return place


def is_country(name: str) -> bool:
    place = place_of(name)
    return place is not None and place.kind in COUNTRY_KINDS


_STEMS = (("ian", ""), ("ian", "ia"), ("ian", "y"), ("ian", "a"), ("ian", "e"), ("an", "a"), ("an", ""),
          ("an", "o"), ("an", "any"), ("n", ""), ("ese", ""), ("ese", "a"), ("i", ""), ("ean", "ea"),
          ("ean", "e"), ("ean", "a"), ("ish", "ey"), ("ish", "en"), ("ish", "and"))
_ENDINGS = ("an", "n", "ese", "i", "ish")


@functools.lru_cache(maxsize=4096)
def demonym(word: str) -> bool:
    """A word for a people: listed, or a country's name with a demonym's ending ("Canad-ian",
    "Japan-ese", "Pakistan-i"; "Brian" and "Julian" derive from no country)."""
    if word in _DEMONYMS:
        return True
    if not word.endswith(_ENDINGS) or not word[:1].isupper():
        return False
    for end, back in _STEMS:
        if word.endswith(end) and len(word) > len(end) + 2:
            place = gazetteer.lookup(word[: len(word) - len(end)] + back)
            if place is not None and place.kind in COUNTRY_KINDS:
                return True
    return False
