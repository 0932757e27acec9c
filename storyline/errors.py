"""The catalogue of storyline's errors: each has a code and a message a user can act on.

Library code raises `StorylineError`; the CLI and the API translate it in one place
(`cli.app.run_safely`, `api.errors`) into a one-line message, an exit code or an HTTP status.
"""
from __future__ import annotations

import re
from enum import Enum

# C0 and C1 control characters, DEL, lone surrogates and the Unicode line and paragraph
# separators: what can move a terminal's cursor, change its colours or break a line.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
# A message that quotes input stays readable on one terminal line.
MAX_LINE_CHARS = 500


class Code(Enum):
    # reading documents (a document-level failure becomes a Rejection, the batch goes on)
    EMPTY = "E001 the document is empty"
    BINARY = "E002 the document is binary, not text or HTML"
    TOO_LARGE = "E003 the document is larger than the {limit} MB limit"
    NO_BODY = "E004 no article text could be found in the page"
    BAD_JSONL = "E005 line {line} is not a valid JSON object: {detail}"
    JSONL_FIELDS = "E006 line {line} has neither a 'text' nor an 'html' field"
    UNREACHABLE = "E007 the URL could not be fetched: {detail}"
    NOT_FOUND = "E008 no such file or directory"
    UNSUPPORTED = "E009 unsupported input type '{suffix}'"
    UNREADABLE = "E010 the file could not be read: {detail}"
    TIMEOUT = "E011 processing took longer than {seconds} s"
    DUPLICATE_ID = "E012 the id '{id}' is already used by another document of this input"
    NOT_STORED = "E013 the article could not be stored: {detail}"
    DOCUMENT_FAILED = "E014 internal error in {stage}: {detail}"
    NO_DOCUMENT_IN_FILE = "E015 the file holds no {kind} document"
    # collection-level and user errors (these stop a command)
    NO_DOCUMENTS = "E101 no document could be processed"
    UNKNOWN_STORY = "E102 no story with id '{id}'"
    UNKNOWN_ENTITY = "E103 no entity matches '{name}'"
    DB_LOCKED = "E104 the database {path} is in use by another process"
    BAD_OPTION = "E105 {detail}"
    TEXT_REJECTED = "E106 the text could not be annotated: {reason} ({rejected})"
    # the HTTP server (storyline serve); translated to statuses in storyline.api.errors
    UNKNOWN_ARTICLE = "E201 no article with id '{id}'"
    UNAUTHORIZED = "E202 a valid access token is required (Authorization: Bearer TOKEN)"
    REQUEST_TOO_LARGE = "E203 the request body is larger than the {limit} byte limit"
    BAD_REQUEST = "E204 invalid request: {detail}"
    NO_ROUTE = "E205 no such resource: {path}"
    METHOD_NOT_ALLOWED = "E206 method {method} is not allowed on {path}"
    URL_INGEST_OFF = "E207 URL ingestion through the API is off; start the server with --allow-url-ingest"
    URL_REFUSED = "E208 refusing to fetch {url}: {reason}"
    NEEDS_TOKEN = "E209 serving on {host} needs an access token: pass --token or set STORYLINE_TOKEN"
    INTERNAL = "E299 internal error ({kind}); set STORYLINE_DEBUG=1 for the traceback"


class StorylineError(Exception):
    """An error with a catalogue code; str() is the one-line message for the user."""

    def __init__(self, code: Code, **details: object) -> None:
        self.code = code
        self.details = details
        ident, _, template = code.value.partition(" ")
        self.ident = ident
        self.message = template.format(**details)
        super().__init__(f"{self.message} [{ident}]")


def one_line(text: str, limit: int = MAX_LINE_CHARS) -> str:
    """`text` as one printable line: control characters and lone surrogates escaped (\\x1b, \\n,
    \\ud800), cut at `limit` characters. Rejection lines and notes quote input through this."""
    safe = _UNSAFE.sub(_escape, text)
    return safe if len(safe) <= limit else safe[: limit - 1] + "…"


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
