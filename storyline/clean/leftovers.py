"""Page leftovers in scraped text: each rule names one kind of furniture a news page leaves behind.

Every rule looks at one line and is written so that a sentence of an article cannot match it:
widgets are short fixed phrases, captions are told by their credit or by having no verb, and
teasers by their label. `leftover_kind` says which rule matched, so that tests can pin each kind.
"""
from __future__ import annotations

import re
from functools import lru_cache

_APOS = "['’]"
# Whole lines that are share, follow, comment or navigation widgets on news sites.
_WIDGET = re.compile(
    r"^(comment list|comments?( \(\d+\))?|\d+ comments?|leave a comment|post a comment|read more|read next|"
    r"short url|copy link|link copied|follow( us)?|following|"
    r"share( this( article| story| post)?( on)?| on \w+)?\s*:?|print|email|"
    r"more shorts|impact shorts|advertisement|sponsored|scroll to continue( with content)?|"
    r"listen to (this|the) (article|story)|subscribe( now)?|sign up|sign in|log in|newsletter|"
    r"related( articles| stories| news| topics)?|recommended( stories)?|trending( now)?|most (read|popular|viewed)|"
    r"top stories|latest news|more from [\w ]{1,30}|skip to (main )?content|back to top|menu|close|loading\.*|"
    r"font size|text size|\d+\s+min(ute)?s?\s+read|just now|tags?:.*|topics?:.*)$",
    re.IGNORECASE,
)
# A line made only of social network names is a share bar.
_SHARE_WORDS = {"facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "reddit", "email", "e-mail",
                "print", "copy", "link", "share", "messenger", "pinterest", "threads", "bluesky", "sms",
                "icon", "fb", "tw", "instagram", "youtube", "tiktok", "mail", "e"}  # "icon-facebook icon-twitter"
_MAX_SHARE_BAR_WORDS = 12  # "icon-facebook icon-twitter icon-whatsapp icon-email ..." counts each part
# Comment and story timestamps: "1 hour ago", "3 days ago".
_RELATIVE_TIME = re.compile(r"^(\d+|an?|one)\s+(second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago$",
                            re.IGNORECASE)
# A search box pasted as text; the phrases can be glued to each other and to the first sentence.
_SEARCH_BOX = re.compile(
    rf"^(?:(?:can{_APOS}?t find what you{_APOS}?re looking for\??|view all search results|"
    rf"type (?:here )?to search|search for:?|press enter to search)\s*)+",
    re.IGNORECASE,
)
# Labelled links to other stories, as a whole line.
_TEASER = re.compile(r"^(read more|also read|read also|see also|related|watch|recommended|more on this|"
                     r"for more (stories|news|articles)|click here|join our|download (the|our) app|"
                     r"follow us on|get the latest)\b.*$", re.IGNORECASE)
# The same label glued to the end of a paragraph: "... for cash. Read more: <headline>".
_INLINE_TEASER = re.compile(r"(?<=[.!?”\"])\s+(?:read more|also read|read also|see also|related)\s*:\s[^.!?\n]*$",
                            re.IGNORECASE)
_DISCLAIMER = re.compile(r"^(disclaimer|note to readers|editor'?s note: comments)\s*:", re.IGNORECASE)
# The lookahead checks the closing ")" once, so the lazy alt text stops at the first "](" (linear).
_IMAGE = re.compile(r"^(?=.*\)$)!\[.*?\]\(.*\)$")
# Captions end with a photo credit: "... on Monday. (AFP)", "(AFP/Jane Roe)", "— ISPR/File", "| Photo: PTI".
_CREDIT_PAREN = re.compile(r"[.!?”\"]\s*\((?:photos?|images?|file|courtesy)?:?\s*[A-Z][\w.&'’-]*(?:[ /][\w.&'’-]+){0,4}\)$")
_CREDIT_DASH = re.compile(r"[.!?”\"]\s[—–]\s*(?:[A-Z][\w.&-]*/[\w ]{1,30}|File|Photo|Handout|Reuters|AFP|AP|EPA|Getty Images)$")
_CREDIT_LABEL = re.compile(r"[|•]\s*(?:photo|image|picture|file photo|video)s?(?: credit)?\s*:.{1,60}$", re.IGNORECASE)
# Captions run to two or three sentences; a longer line ending in a credit is a wire story's last paragraph.
_MAX_CAPTION_WORDS = 80
_PHOTO_LINE = re.compile(r"^(image|photo|file photo|picture|video)s?( credit)?\s*:.*$", re.IGNORECASE)
# A short line wholly in brackets is a dateline or desk credit, "(YWN World Headquarters – NYC)".
_BRACKETED = re.compile(r"^[(\[][^()\[\]]{1,100}[)\]]$")
_MAX_BRACKETED_WORDS = 10  # longer bracketed lines are editor's notes that carry content
# Lowercase words a caption naming who is pictured may contain; a sentence has a lowercase verb.
_FUNCTION_WORDS = {"a", "an", "the", "and", "with", "at", "in", "on", "of", "for", "during", "after", "before",
                   "from", "to", "by", "near", "outside", "inside", "as", "&", "between", "among", "alongside"}
_MIN_CAPTION_WORDS = 5  # shorter verbless lines ending with a stop are rare and not worth the risk
# A breadcrumb trail ending in the headline: "News world Valdoria Signs Pact With Estmark".
_BREADCRUMB = re.compile(r"^(?:[Hh]ome|HOME|[Nn]ews|NEWS)(?:\s*[›>»/|]\s*|\s+)"
                         r"(?:[a-z][\w&-]*(?:\s*[›>»/|]\s*|\s+)){0,3}(?P<title>[A-Z0-9].{10,})$")
# Share of a headline's longer words that are capitalised in Title Case.
_TITLE_CASE_SHARE = 0.7


def strip_search_box(line: str) -> str:
    """A line with any search-box text removed from its start."""
    return _SEARCH_BOX.sub("", line, count=1)


def strip_inline_teaser(line: str) -> str:
    """A paragraph with a trailing "Read more: <headline>" link removed."""
    return _INLINE_TEASER.sub("", line)


@lru_cache(maxsize=8192)  # the line classifier and the line scan both ask about every line
def leftover_kind(line: str) -> str | None:
    """Which kind of page leftover a stripped line is, or None for article text."""
    if _WIDGET.match(line) or _is_share_bar(line):
        return "widget"
    if _RELATIVE_TIME.match(line):
        return "timestamp"
    if _TEASER.match(line):
        return "teaser"
    if _DISCLAIMER.match(line):
        return "disclaimer"
    if _IMAGE.match(line) or _PHOTO_LINE.match(line):
        return "image"
    if _is_caption(line):
        return "caption"
    if _BRACKETED.match(line) and len(line.split()) <= _MAX_BRACKETED_WORDS:
        return "bracketed"
    if breadcrumb_title(line):
        return "breadcrumb"
    return None


def breadcrumb_title(line: str) -> str | None:
    """The headline at the end of a breadcrumb trail, else None."""
    m = _BREADCRUMB.match(line)
    if not m:
        return None
    title = m.group("title").strip()
    if title.endswith((".", "!", ",", ";", ":")) or not is_title_case(title):
        return None
    return title


def is_title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= _TITLE_CASE_SHARE


def _is_share_bar(line: str) -> bool:
    words = re.findall(r"[^\W_]+", line.lower())
    return bool(words) and len(words) <= _MAX_SHARE_BAR_WORDS and all(w in _SHARE_WORDS for w in words)


def _is_caption(line: str) -> bool:
    if len(line.split()) > _MAX_CAPTION_WORDS:
        return False
    if _CREDIT_PAREN.search(line) or _CREDIT_DASH.search(line) or _CREDIT_LABEL.search(line):
        return True
    return _names_only_sentence(line)


def _names_only_sentence(line: str) -> bool:
    """A one-sentence line whose lowercase words are all function words: who is pictured, and where."""
    if not line.endswith(".") or re.search(r"[.!?]\s", line[:-1]):
        return False
    words = re.findall(r"[\w&'’-]+", line)
    if len(words) < _MIN_CAPTION_WORDS:
        return False
    lower = [w for w in words if w[0].islower()]
    return bool(lower) and all(w in _FUNCTION_WORDS for w in lower)
