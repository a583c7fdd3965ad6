"""What in an article's text is no line of its story: titles, bylines, datelines, credit
lines, copyright and republishing notices, a web page's furniture (captions, photo
credits, tags, sharing, sign-up and tip prompts), a news release's boilerplate, a site's
notes about itself and its reporters, rows of a table and markup
(:func:`not_a_line`, for :mod:`reader.analysis.unique_lines`).

Hand-written: each is a short closed list of forms a regular expression matches
exactly; a correction or an editor's note is left a line on purpose (news about that
article the others do not carry).
"""

from __future__ import annotations

import functools
import re

from reader.analysis.article import AnalysedArticle
from reader.analysis.credits import NOTICE_RE, credit_line, outlet_name, wires_named
from reader.analysis.sentences import table_row
from reader.text.markup import TAG_RE

_ENDS = (".", "?", "!", '"', "\u201d", "'", "\u2019")
_BYLINE_RE = re.compile(r"(?i)^\s*(?:by|from|posted by|written by)\s+[A-Z][^.!?]{0,80}$")
# a web page's furniture left in pasted text: a caption, a photo credit, sharing and
# sign-up prompts ("Photo: …", "(Jon Fields / Lorain Ledger)", "Share this article: …")
_FURNITURE_RE = re.compile(
    r"(?i)^(?:(?:photo|image|video|caption|credit|photograph|graphic|file photo|file)\s*[:|—–-]"
    r"|\([^()]{0,80}/[^()]{0,80}\)$|\(?(?:ap|reuters|afp|getty)\s+(?:photo|images)\b"
    r"|(?:share|follow|sign up|subscribe|click here|read more|related|advertisement|sponsored)\b[^.!?]{0,80}$"
    r"|share\s+this\s+(?:story|article|post)\b[^.!?]{0,80}[.!]?$"
    r"|(?:subscribe|sign up)\b[^.!?]{0,60}[.!]$"
    r"|(?:photo|image|video)\s+caption\b|tags?\s*:|\([^()]{0,60}\bfile\s+(?:photo|image)\)$"
    r"|have\s+a\s+(?:news\s+)?tip\b|[^.!?]{0,60}\bis\s+reader-supported\b"
    r"|(?:e-?mail|send)\s+(?:us\s+)?(?:your\s+)?(?:news\s+)?tips?\b|[^.!?]{0,60}\bcall\s+our\s+newsroom\b"
    r"|stay\s+(?:with|tuned\s+to)\s+[^.!?]{1,40}\bfor\s+(?:updates|more)\b|stay\s+tuned\b"
    r"|watch\s+[^.!?]{0,60}\bon\s+[^.!?]{0,40}\b(?:website|app|channel|streaming)\b"
    r"|(?:this\s+is\s+a\s+(?:developing|breaking)\s+(?:news\s+)?story|this\s+(?:story|article)\s+will\s+be\s+updated"
    r"|check\s+back\s+(?:later\s+)?for\s+(?:updates|more))\b[^.!?]{0,60}[.!?]?$)")
# a news release's boilerplate: "About Halvorsen Systems: …", "Media contact: …",
# "Forward-looking statements: …", "Actual results may differ materially."
_RELEASE_NOTE_RE = re.compile(
    r"^(?:About\s+(?:[A-Z][\w&.'’-]*\s+){0,5}[A-Z][\w&.'’-]*\s*:"
    r"|(?i:(?:media|press|investor|news)\s+contacts?\s*:|contacts?\s*:|forward-looking\s+statements?\b"
    r"|safe\s+harbou?r\s+statement\b|actual\s+results\s+(?:could|may|might)\s+differ\s+materially\b))")
# a staff credit or contact line: "Staff writer Megan Ortiz contributed to this report.",
# "— CNBC's Leslie Picker contributed.", "--With assistance from Kari Lundgren.", "Write to
# Soma Biswas at …", "To contact the reporters on this story: …", "(Reporting by … ; Editing by …)"
_STAFF_CREDIT_RE = re.compile(
    r"(?i)^(?:[^.!?]{0,80}\bcontributed(?:\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article)))?[.!]?$"
    r"|[-—–\s]*with\s+assistance\s+from\b|write\s+to\s+[^.!?]{0,80}\bat\b|to\s+contact\s+the\s+(?:reporters?|editors?)\b"
    r"|\(\s*(?:additional\s+)?reporting\s+by\b[^()]{0,300}\)$"
    r"|(?:this|the)\s+(?:article|story|report|piece|column|post)\b[^.!?]{0,30}\b(?:was\s+)?(?:originally|first)\s+"
    r"(?:appeared|published|ran)\s+(?:in|on|by)\b[^.!?]{0,80}[.!]?$"
    r"|reprinted\s+with\s+permission\b)")
# a site's notes around the story: a reporter's bio and contact, app and subscription
# prompts, a print note, a licence, an update note; a few of them in French, Spanish, German
# ("Ruth Abernathy covers City Hall.", "Reach her at …", "Follow him on X @…", "Download the
# KRVT News 7 app …", "A version of this article appears in print …", "Lire aussi : …")
_SITE_NOTE_RE = re.compile(
    r"^(?:(?:[A-Z][\w.'’-]+\s+){1,3}(?:covers|reports\s+on|writes\s+about)\b[^.!?,;]{0,80}[.!]?$"
    r"|(?:[A-Z][\w.'’-]+\s+){1,3}is\s+(?:a|an|the|[A-Z][^.!?]{0,40}['’]s)\s+[^.!?]{0,60}\b(?:correspondent|reporter"
    r"|writer|editor|columnist|producer)\.?$"
    r"|(?i:(?:reach|email|e-mail|contact)\s+(?:him|her|them|me|us|the\s+(?:reporter|author|writer))\s+(?:at|on|via)\b"
    r"|follow\s+(?:him|her|them|me|us)\s+on\b[^!?]{0,80}$"
    r"|download\s+(?:the|our)\b[^.!?]{0,60}\bapp\b|support\s+(?:local\s+|independent\s+)?journalism\b"
    r"|got\s+a\s+(?:news\s+)?tip\b|a\s+version\s+of\s+this\s+(?:article|story)\s+appear(?:s|ed)\s+in\s+print\b"
    r"|[^.!?]{0,60}\bis\s+an?\s+(?:independent\s+|non-?profit\s+)+newsroom\b"
    r"|[^.!?]{0,60}\brepublished\s+under\s+a\s+creative\s+commons\b|hear\s+more\s+on\b"
    r"|(?:this|the)\s+(?:story|article|report)\s+(?:has\s+been|was)\s+updated\b"
    r"(?![^.!?]*\b(?:correct|misstat|incorrect|error|wrong))"     # (a correction stays a line)
    r"|lire\s+aussi\b|abonnez-vous\b|suivez-nous\b|lea\s+tambi[ée]n\b|s[ií]guenos\b|suscr[ií]bete\b"
    r"|lesen\s+sie\s+auch\b|folgen\s+sie\s+uns\b"
    r"|(?:reach|email|e-mail|contact)\s+(?:reporter|writer|the\s+author)\b[^.!?]{0,60}\bat\b"
    r"|follow\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+on\s+(?:facebook|twitter|x|instagram|tiktok"
    r"|threads|bluesky|linkedin|youtube)\b"
    r"|(?:sign\s+up|subscribe)\s+(?:for|to)\b[^!?]{0,120}\b(?:newsletter|briefing|alerts|inbox)\b"
    r"|to\s+subscribe\b|become\s+a\s+(?:member|subscriber|supporter|patron)\b|do\s+you\s+have\s+a\s+(?:story|tip)\b"
    r"|listen\s+to\b[^.!?]{0,80}\b(?:fm|am|podcast|radio|live|every\s+hour|top\s+of\s+(?:the|every)\s+hour)\b"
    r"|watch\s+the\s+full\s+(?:report|interview|video|story|segment)\b"
    r"|(?:she|he|they)\s+previously\s+(?:reported|wrote)\s+for\b"
    r"|[^.!?]{0,60}\b(?:relies|depends)\s+on\s+(?:listener|reader|viewer|member|donor)s?['’]?\s+support\.?$"
    r"|[^.!?]{0,60}\bis\s+(?:supported|funded)\s+by\s+(?:its\s+)?(?:members|readers|listeners|viewers|donors)\.?$"
    r"|[^.!?]{0,60}\bis\s+an?\s+subscription\s+service\b|[^.!?]{0,60}\bis\s+the\s+student\s+newspaper\b"
    r"|\*?\s*(?:photo|picture|image|caption)\s*:|\((?:photo|picture|image)\s*:[^()]{0,80}\)\*?$)"
    r")")
# a line of markup or a table left in pasted text: "<script>…</script>", "| Date | Problem |"
_MARKUP_LINE_RE = re.compile(r"^(?:<[A-Za-z!/][^>]*>.*|\|.*\|)$", re.DOTALL)
_CREDIT_RE = re.compile(r"(?i)\bcopyright\b|©|\ball rights reserved\b|\b(?:reporting|editing|writing) by\b")


# what a site says of itself after its name opens the line ("Riverbend Now is locally
# owned and independent.", "NewsHub Daily curates …", "Rhone Valley Digest — news from
# every village, every day.")
_ABOUT_ITSELF = (r"\s+(?:is|are|curates|covers|brings|delivers|publishes|offers|was\s+founded|has\s+been|relies|"
                 r"depends|is\s+committed)\b|\s*[—–]\s+\S")


_LEADING_THE_RE = re.compile(r"(?i)^the\s+")


def about_its_outlet(text: str, outlet: str | None) -> bool:
    """Whether a line is the article's site speaking of itself: its own name opens the
    line, then a verb of what it is or does, or a dash and a tagline."""
    name = _LEADING_THE_RE.sub("", outlet_name(outlet))
    if len(name) < 3 or name not in text:        # (no pattern compiled for a line that cannot match)
        return False
    return _about_itself(name).match(text) is not None


@functools.lru_cache(maxsize=4096)
def _about_itself(name: str) -> re.Pattern[str]:
    """The pattern of a line in which the site named ``name`` speaks of itself, compiled
    once per name (a story of hundreds of sites outgrew the ``re`` module's own cache)."""
    return re.compile(rf"(?:The\s+)?{re.escape(name)}(?:{_ABOUT_ITSELF})")


def not_a_line(art: AnalysedArticle, start: int, end: int) -> bool:
    """Titles, bylines, datelines, credits and rows of a table are not lines of the text."""
    text = art.body[start:end].strip().strip("*_").strip()      # (Markdown emphasis: "**READ MORE: …**")
    if table_row(text):
        return True
    title = str(getattr(art.article, "title", "") or "").strip()
    if title and text.rstrip(".!?") == title.rstrip(".!?"):
        return True
    if _BYLINE_RE.match(text) or (not text.endswith(_ENDS) and len(text.split()) <= 12 and wires_named(text)):
        return True
    if (_credit(text) or _FURNITURE_RE.match(text) or _STAFF_CREDIT_RE.match(text) or _RELEASE_NOTE_RE.match(text)
            or _SITE_NOTE_RE.match(text) or about_its_outlet(text, getattr(art.article, "outlet", None))):
        return True
    if _MARKUP_LINE_RE.match(text) and len(TAG_RE.sub(" ", text).replace("|", " ").split()) < 12:
        return True
    if _CREDIT_LEAD_IN_RE.match(text):
        return True
    # a heading or bare dateline line above the first sentence
    return start < 200 and not text.endswith((*_ENDS, ":")) and "\n" not in text


# a lead-in crediting the text that follows, itself no news: "As KTVB reported on Thursday:",
# "AFP reported:", "According to the Ledger:" (at most ten words, ending in a colon)
_CREDIT_LEAD_IN_RE = re.compile(r"(?=(?:\S+\s+){0,9}\S+:$)(?:As\s+)?(?:[\w'’&.-]+\s+){1,6}?"
                                r"(?:reported|reports|wrote|writes|said|says|put\s+it)"
                                r"(?:\s+(?:on|in|late|early|last)\s+[\w,]+(?:\s+\w+)?)?:$"
                                r"|According\s+to\s+(?:[\w'’&.-]+\s+){0,5}[\w'’&.-]+:$")


def _credit(text: str) -> bool:
    """A credit or copyright sentence: "Copyright 2026 The Associated Press.", "All rights
    reserved.", a republishing notice, "(Reporting by …; Editing by …)", "Reuters
    contributed to this report." (:func:`reader.analysis.credits.credit_line`, for a
    sentence that names a wire or says it is a credit)."""
    if "redistribut" in text and NOTICE_RE.search(text):
        return True
    if text.count(" ") >= 12:       # longer than any credit line (:func:`credit_line` takes 12 words)
        return False
    return bool(_CREDIT_RE.search(text) or wires_named(text)) and credit_line(text)
