"""POST /api/ingest: JSON documents (and, when allowed, URLs) through the same pipeline as the CLI."""
from __future__ import annotations

from fastapi import APIRouter, Request

from storyline.api.deps import Stores
from storyline.api.errors import ERROR_RESPONSES
from storyline.api.schemas import IngestRequest
from storyline.api.shapes import IngestResult, RejectedDocument
from storyline.api.urls import check_public_url
from storyline.errors import Code, StorylineError
from storyline.models import RawDocument, Rejection
from storyline.pipeline import ingest_documents
from storyline.settings import Options
from storyline.sources.jsonl import raw_document_from_object
from storyline.sources.url import fetch_url

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)
# One worker: a request's documents are few (the server holds the write lock while it processes
# them); a process pool per request would cost more to start than it saves.
_OPTIONS = Options(workers=1)


@router.post("/ingest", response_model=IngestResult, tags=["ingest"])
def ingest(body: IngestRequest, request: Request, stores: Stores) -> IngestResult:
    """Add documents to the store; each unreadable one is reported as a rejection, as the CLI does."""
    if body.urls and not request.app.state.settings.allow_url_ingest:
        raise StorylineError(Code.URL_INGEST_OFF)
    raws = [_document(obj, n) for n, obj in enumerate(body.documents, start=1)]
    raws += [_fetch(url) for url in body.urls]
    with stores.use(write=True) as store:
        report = ingest_documents(raws, store, _OPTIONS)
        if report.added:
            stores.forget()
        total = store.article_count()
    return IngestResult(
        added=tuple(report.added), unchanged=tuple(report.unchanged), articles=total,
        without_nlp=tuple(ident for ident, _ in report.without_nlp),
        rejections=tuple(RejectedDocument(source=r.source, stage=r.stage, reason=r.reason, code=r.code or None,
                                          line=r.line()) for r in report.rejections))


def _document(obj: dict, n: int) -> RawDocument | Rejection:
    where = f"<request>:{n}"
    try:
        raw = raw_document_from_object(obj, where, n)
    except StorylineError as err:
        return Rejection.from_error(where, "read", err)
    if len(raw.content.encode("utf-8", "replace")) > _OPTIONS.max_document_bytes:
        return Rejection.from_error(where, "read", StorylineError(Code.TOO_LARGE, limit=round(_OPTIONS.max_document_mb)))
    return raw


def _fetch(url: str) -> RawDocument | Rejection:
    try:
        check_public_url(url)
    except StorylineError as err:
        return Rejection.from_error(url, "read", err)
    return fetch_url(url, _OPTIONS, guard=check_public_url)  # vets redirects too
