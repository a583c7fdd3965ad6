"""A quotation with its attribution, ready to paste: plain, Markdown, APA, MLA or Chicago.

``cite(quote, article, style)`` takes one :class:`reader.analysis.quotes.Quote` or the parts of one
split quotation, and the article it came from. Rules, all styles:

* **Nothing is invented.** A field the article does not give is left out, with its
  punctuation: no "None", no "Unknown outlet", no empty brackets or doubled commas. A
  title that reader derived from the first sentence (``title_derived``) is not the
  article's title and is left out too. The stand-ins are APA's own ``n.d.`` (no
  date), which the style requires, and, for an article giving no outlet, title, author
  or address, its file's name (else its id) in the outlet's place: a citation always
  says where the quote was read. A quote with no speaker is cited without one
  rather than with a guessed or "unknown" one, in every style (so plain text and the
  others agree).
* **Text from articles is data.** Every field is flattened to one line with control
  characters made visible (:func:`reader.text.sanitize.one_line`). Markdown output escapes
  Markdown's special characters in article text, so a quote containing ``*``, ``[x](y)``
  or ``<b>`` pastes as those characters; URLs are percent-escaped where Markdown would
  end them. Other styles are plain text (no italics: outlets that the style would set
  in italics are written plainly).
* The quote is the words between the marks, parts joined, with the comma that handed
  over to the attribution (``“…,” she said``) dropped; its wording is never changed.

Styles (``STYLES``):

``plain``     “Quote”  /  — Speaker, role  /  Quoted in Outlet, “Title”, by Author, 2025-11-21. URL
``markdown``  a ``>`` blockquote, then ``> — Speaker, role, quoted in *Outlet*, [“Title”](URL), …``
``apa``       “Quote” (Kollar-Kotelly, as cited in Cohen, 2025). / Reference entry (APA 7)
``mla``       According to Speaker, “Quote” (qtd. in Cohen). / Works Cited entry (MLA 9)
``chicago``   “Quote” / a note: Speaker, quoted in Author, “Title,” Outlet, Month D, YYYY, URL.
              / bibliography entry (Chicago 17, notes and bibliography)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.text.sanitize import one_line

TYPE_CHECKING = False  # typing is not imported at run time: it costs start-up
if TYPE_CHECKING:
    import datetime
    from collections.abc import Callable

    from reader.analysis.quotes import Quote
    from reader.library.model import Article

    Quotation = Quote | Sequence[Quote]
    # who said the quotation: name, role and kind (person or organization), each empty
    # when the article does not say
    Speaker = tuple[str, str, str]

STYLES = ("plain", "markdown", "apa", "mla", "chicago")
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_MLA_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
_SUFFIXES = {"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"}
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")  # \& too: "\&lt;" is not read as "<"


class _Source:
    """The article's citable fields, each a clean one-line string or empty."""

    def __init__(self, article: Article) -> None:
        self.outlet = one_line(article.outlet or "")
        self.title = "" if getattr(article, "title_derived", False) else one_line(article.title or "")
        self.authors = [one_line(a) for a in (article.authors or ()) if one_line(a)]
        self.url = one_line(article.url or "")
        self.date = _date(article.published)
        # Where the quote was read, when the article names no outlet, title, author or
        # address: its file (else its id), cited as the outlet (set plainly, never in italics)
        self.by_file = not (self.outlet or self.title or self.authors or self.url)
        if self.by_file:
            path = getattr(article, "path", None)
            self.outlet = one_line(path.name if path is not None else str(getattr(article, "id", "") or ""))
            self.by_file = bool(self.outlet)


def _date(value: str | None) -> datetime.date | None:
    """The ``datetime.date`` that ``value`` starts with, or None. (``datetime`` is loaded
    here, not with the module: the command line imports this module for ``STYLES``.)"""
    if not value:
        return None
    import datetime

    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _split_name(name: str) -> tuple[str, str]:
    """(surname, given names) of a personal name; organisations come back whole."""
    words = name.split()
    if len(words) < 2 or any(w.isupper() and len(w) > 1 and "." not in w for w in words):
        return name, ""
    k = len(words) - 1
    if words[k] in _SUFFIXES and k > 1:
        k -= 1
    surname = " ".join(words[k:])
    return surname, " ".join(words[:k])


def _initials(given: str) -> str:
    return " ".join(p[0] + "." for p in re.split(r"[\s]+", given) if p and p[0].isalpha())


def _end(text: str, mark: str = ".") -> str:
    """Text ending with ``mark`` unless it already ends a sentence, closing quotes aside
    (“Title.” takes no second full stop: the stop goes inside the quotes)."""
    return text if not text or text.rstrip("”’\"')")[-1:] in ".?!" else text + mark


def _quoted_title(title: str, mark: str) -> str:
    """“Title,” / “Title.” with the mark inside, unless the title ends in ? or ! (or in
    a full stop, when the mark is one)."""
    ends = "?!." if mark == "." else "?!"
    return f"“{title}”" if title[-1:] in ends else f"“{title}{mark}”"


def quote_text(quote: Quotation) -> str:
    """The quotation's words (parts joined), on one line, with no trailing hand-over comma."""
    parts = quote if isinstance(quote, Sequence) and not isinstance(quote, str) else [quote]
    text = " ".join(one_line(q.text) for q in parts)
    return text.rstrip(",;: ").strip()


def _speaker(quote: Quotation) -> Speaker:
    """(name, role, kind) of the quotation's speaker, empty strings when there is none."""
    parts = quote if isinstance(quote, Sequence) and not isinstance(quote, str) else [quote]
    q = next((p for p in parts if p.speaker), None)
    if q is None or q.speaker is None:
        return "", "", ""
    return one_line(q.speaker), one_line(q.speaker_role or ""), q.speaker_kind or "person"


def cite(quote: Quotation, article: Article, style: str = "plain") -> str:
    """The quotation with its attribution in ``style`` (one of :data:`STYLES`)."""
    formatter = _FORMATTERS.get(style) if style in STYLES else None
    if formatter is None:
        raise ValueError(f"unknown citation style {style!r} (choose from {', '.join(STYLES)})")
    return formatter(quote_text(quote), _speaker(quote), _Source(article))


# --- plain and Markdown ------------------------------------------------------------


def _plain(text: str, speaker: Speaker, src: _Source) -> str:
    name, role, _ = speaker
    lines = [f"“{text}”"]
    if name:
        lines.append("— " + ", ".join(x for x in (name, role) if x))
    bits = [src.outlet, f"“{src.title}”" if src.title else "", _by(src.authors),
            src.date.isoformat() if src.date else ""]
    source = ", ".join(b for b in bits if b)
    line = " ".join(x for x in (_end("Quoted in " + source) if source else "", src.url) if x)
    if line:
        lines.append(line)
    return "\n".join(lines)


def _by(authors: list[str]) -> str:
    if not authors:
        return ""
    names = authors[0] if len(authors) == 1 else ", ".join(authors[:-1]) + " and " + authors[-1]
    return "by " + names


def md_escape(text: str) -> str:
    """Text that Markdown shows as itself."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = re.sub(r"^(\s*)(\d+)([.)])", r"\1\2\\\3", text)
    return re.sub(r"^(\s*)([-=#+])", r"\1\\\2", text)


def _md_url(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")


def _markdown(text: str, speaker: Speaker, src: _Source) -> str:
    name, role, _ = speaker
    title = f"“{md_escape(src.title)}”" if src.title else ""
    if title and src.url:
        title = f"[{title}]({_md_url(src.url)})"
    outlet = md_escape(src.outlet) if src.by_file else f"*{md_escape(src.outlet)}*"
    bits = [outlet if src.outlet else "", title, md_escape(_by(src.authors)),
            src.date.isoformat() if src.date else ""]
    if src.url and not src.title:
        bits.append(f"<{_md_url(src.url)}>")
    source = ", ".join(b for b in bits if b)
    who = ", ".join(md_escape(x) for x in (name, role) if x)
    if who and source:
        line = f"{who}, quoted in {source}"
    elif who:
        line = who
    else:
        line = f"from {source}" if source else ""
    out = f"> {md_escape(text)}"
    return out + (f"\n>\n> — {line}" if line else "")


# --- APA 7 -------------------------------------------------------------------------


def _apa_authors(authors: list[str]) -> str:
    names = []
    for a in authors[:20]:
        surname, given = _split_name(a)
        names.append(f"{surname}, {_initials(given)}" if given else surname)
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + ", & " + names[-1]


def _short_title(title: str, words: int = 4) -> str:
    return " ".join(title.split()[:words])


def _in_text_source(src: _Source, mla: bool = False) -> str:
    surnames = [_split_name(a)[0] for a in src.authors]
    if len(surnames) == 1:
        return surnames[0]
    if len(surnames) == 2:
        return f"{surnames[0]} {'and' if mla else '&'} {surnames[1]}"
    if surnames:
        return f"{surnames[0]} et al."
    if src.title:
        short = _short_title(src.title)
        return f"“{short}”" if mla else f"“{short},”"
    return f"{src.outlet}" if src.outlet else ""


def _apa(text: str, speaker: Speaker, src: _Source) -> str:
    name, _, kind = speaker
    who = _split_name(name)[0] if name and kind == "person" else name
    year = str(src.date.year) if src.date else "n.d."
    source = _in_text_source(src)
    has_source = bool(source)
    if source:
        source = f"{source} {year}" if source.endswith(",”") else f"{source}, {year}"
    paren = f"{who}, as cited in {source}" if who and source else who or source
    lines = [f"“{text}”" + (f" ({paren})." if paren else "")]
    if has_source:
        lines.append(_apa_reference(src))
    return "\n".join(lines)


def _apa_reference(src: _Source) -> str:
    """The reference-list entry, headed by the authors, else the title, else the outlet."""
    date = f"{src.date.year}, {_MONTHS[src.date.month - 1]} {src.date.day}" if src.date else "n.d."
    head = _apa_authors(src.authors) if src.authors else ""
    title = _end(src.title) if src.title else ""
    if head:
        entry = [_end(head), f"({date}).", title, _end(src.outlet) if src.outlet else ""]
    elif title:
        entry = [title, f"({date}).", _end(src.outlet) if src.outlet else ""]
    else:
        entry = [_end(src.outlet), f"({date})."]
    return " ".join(x for x in [*entry, src.url] if x)


# --- MLA 9 -------------------------------------------------------------------------


def _mla_authors(authors: list[str]) -> str:
    surname, given = _split_name(authors[0])
    first = f"{surname}, {given}" if given else surname
    if len(authors) == 1:
        return first
    if len(authors) == 2:
        return f"{first}, and {authors[1]}"
    return f"{first}, et al"


def _mla(text: str, speaker: Speaker, src: _Source) -> str:
    name, _, _ = speaker
    source = _in_text_source(src, mla=True)
    paren = f"qtd. in {source}" if name and source else source
    lead = f"According to {name}, “{text}”" if name else f"“{text}”"
    lines = [lead + (f" ({paren})." if paren else ".")]
    date = f"{src.date.day} {_MLA_MONTHS[src.date.month - 1]} {src.date.year}" if src.date else ""
    container = ", ".join(x for x in (src.outlet, date, re.sub(r"^https?://", "", src.url)) if x)
    entry = [_end(_mla_authors(src.authors)) if src.authors else "",
             _quoted_title(src.title, ".") if src.title else "",
             _end(container) if container else ""]
    if any(entry):
        lines.append(" ".join(x for x in entry if x))
    return "\n".join(lines)


# --- Chicago 17 (notes and bibliography) -------------------------------------------


def _chicago(text: str, speaker: Speaker, src: _Source) -> str:
    """The quotation, a note naming who said it, then a bibliography entry when there is
    an author or a title to head it."""
    name, _, _ = speaker
    date = f"{_MONTHS[src.date.month - 1]} {src.date.day}, {src.date.year}" if src.date else ""
    lines = [f"“{text}”"]
    note = _chicago_note(src, date)
    if name and note:
        lines.append(f"{name}, quoted in {note}")
    elif name or note:
        lines.append(_end(name) if name else note)
    bib = _chicago_bibliography(src, date)
    if bib and (src.authors or src.title):
        lines.append(bib)
    return "\n".join(lines)


def _chicago_note(src: _Source, date: str) -> str:
    """The note's source: authors (three at most), title, outlet, date, URL."""
    authors = " and ".join(src.authors) if len(src.authors) <= 3 else f"{src.authors[0]} et al."
    note_bits = [authors, _quoted_title(src.title, ",") if src.title else "", src.outlet, date, src.url]
    return _join_chicago([b for b in note_bits if b])


def _chicago_bibliography(src: _Source, date: str) -> str:
    """The bibliography entry: the first author inverted, then title, outlet and date, URL."""
    head = _chicago_authors(src.authors)
    container = ", ".join(x for x in (src.outlet, date) if x)
    bib = [_end(head) if head else "", _quoted_title(src.title, ".") if src.title else "",
           _end(container) if container else "", _end(src.url) if src.url else ""]
    return " ".join(x for x in bib if x)


def _chicago_authors(authors: list[str]) -> str:
    """“Surname, Given, Second Author, and Last Author”: only the first name inverted."""
    if not authors:
        return ""
    surname, given = _split_name(authors[0])
    head = f"{surname}, {given}" if given else surname
    rest = authors[1:]
    if rest:
        head += ", " + "".join(r + ", " for r in rest[:-1]) + "and " + rest[-1]
    return head


def _join_chicago(bits: list[str]) -> str:
    """Note elements joined by commas; a quoted title already carries its comma."""
    out = ""
    for i, b in enumerate(bits):
        if i == 0:
            out = b
        elif out.endswith(",”") or out.endswith(("?”", "!”")):
            out += " " + b
        else:
            out += ", " + b
    if out.endswith(",”"):   # the note ends on the title: its full stop inside the quotes, once
        out = out[:-2] + ("”" if out[-3:-2] == "." else ".”")
    return _end(out) if out else ""


if TYPE_CHECKING:
    Formatter = Callable[[str, Speaker, _Source], str]

# One formatter for each name in STYLES (tests check the two agree).
_FORMATTERS: dict[str, Formatter] = {
    "plain": _plain,
    "markdown": _markdown,
    "apa": _apa,
    "mla": _mla,
    "chicago": _chicago,
}
