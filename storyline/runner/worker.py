"""ArticleWorker: clean and annotate a batch of documents, each under a guard and a time limit."""
from __future__ import annotations

import dataclasses
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from spacy.tokens import Doc

from storyline.clean import clean_document
from storyline.clean.language import with_language
from storyline.errors import Code, StorylineError
from storyline.extract import load_nlp
from storyline.extract.annotate import ENGLISH_PARSED, annotate_in_language
from storyline.models import AnnotatedArticle, Article, RawDocument, Rejection
from storyline.resolve.duplicates import fingerprint
from storyline.settings import Options
from storyline.sources.repair import repair_document

# spaCy's own limit on characters per text with the small English pipeline.
MAX_NLP_CHARS = 1_000_000
T = TypeVar("T")
# Fiction, written for this purpose: enough of a report for every layer to run once.
_WARM_UP_TEXT = ("Council approves harbour budget\n\nThe council of Port Aster voted on Tuesday to approve the "
                 "budget for the harbour works, mayor Ilse Marrow said. \"Work starts in May,\" she told reporters.")
# The same as a page, with a byline date only dateparser reads: the first page cleaned in a process
# costs 0.4 s of trafilatura's and htmldate's first-use tables, and dateparser's locale tables 1.2 s
# more on the first page that needs them (2 of the 181 benchmark pages do).
_WARM_UP_PAGE = ("<html><head><title>Council approves harbour budget</title></head><body><h1>Council approves "
                 "harbour budget</h1><div class=\"byline\">Staff reporter Published November 20 15:23 2031</div><p>"
                 + _WARM_UP_TEXT.split("\n\n", 1)[1] + "</p></body></html>")


@dataclass(frozen=True)
class StageTime:
    """Documents one stage handled and the seconds it took over them."""

    stage: str
    documents: int
    seconds: float


@dataclass(frozen=True)
class BatchResult:
    """A batch's outcome, one item per input document in input order, and its stage times."""

    items: tuple[AnnotatedArticle | Rejection, ...]
    stages: tuple[StageTime, ...]

    @property
    def drops(self) -> Counter[str]:
        """Documents dropped, per catalogue code."""
        return Counter(item.code or "E000" for item in self.items if isinstance(item, Rejection))


class ArticleWorker:
    """Clean and annotate documents. Picklable (only the options travel; the spaCy pipeline is
    loaded once per process on first use), so any executor can ship it to a process."""

    def __init__(self, options: Options) -> None:
        self.options = options

    def __getstate__(self) -> dict[str, Any]:
        return {"options": self.options}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["options"])  # type: ignore[misc]

    def __call__(self, batch: Sequence[RawDocument | Rejection]) -> BatchResult:
        start = time.perf_counter()
        cleaned: list[Article | Rejection] = []
        for raw in batch:
            if isinstance(raw, Rejection):
                cleaned.append(raw)
                continue
            raw = repair_document(raw)
            cleaned.append(self._guarded(raw.source, "clean", lambda raw=raw: clean_document(raw)))  # type: ignore[misc]
        clean_done = time.perf_counter()
        # the pipeline loads on first use, so that a batch of rejections does not cost the 2 s of loading it
        nlp = load_nlp(self.options.spacy_model) if any(isinstance(c, Article) for c in cleaned) else None
        docs = self._parse_english(cleaned, nlp)
        items: list[AnnotatedArticle | Rejection] = []
        for n, item in enumerate(cleaned):
            if isinstance(item, Rejection):
                items.append(item)
                continue
            items.append(self._guarded(item.source, "extract",
                                       lambda item=item, n=n: annotate(item, nlp, self.options.language, docs.get(n))))  # type: ignore[misc]
        done = time.perf_counter()
        to_extract = sum(1 for item in cleaned if not isinstance(item, Rejection))
        return BatchResult(items=tuple(items), stages=(
            StageTime("clean", sum(1 for raw in batch if not isinstance(raw, Rejection)), clean_done - start),
            StageTime("extract", to_extract, done - clean_done)))

    def _parse_english(self, cleaned: Sequence[Article | Rejection], nlp) -> dict[int, Doc]:  # type: ignore[no-untyped-def]
        """The parses of the batch's English articles, by position, made in one nlp.pipe call: spaCy
        runs its model over a batch at once, 7-15% less time than a call per text on the extraction
        benchmark's pages, with the same annotations. Empty when the batched parse fails or overstays
        the batch's time limits; each article is then parsed on its own under its own limit."""
        english = {n: c for n, c in enumerate(cleaned) if isinstance(c, Article) and len(c.text) <= MAX_NLP_CHARS
                   and with_language(c, self.options.language).language in ENGLISH_PARSED}
        if len(english) < 2:
            return {}
        parsed = self._guarded("<batch>", "extract", lambda: list(nlp.pipe([c.text for c in english.values()],
                                                                              batch_size=len(english))),
                               seconds=self.options.document_timeout * len(english))
        return {} if isinstance(parsed, Rejection) else dict(zip(english, parsed, strict=True))

    # What a SupervisedPool needs to kill and replace a worker process whose batch overstays.
    def warm_up(self) -> None:
        """Load the spaCy pipeline and every table the cleaning and the layers read on first use, by
        annotating a short made-up report, as text and as a page, before the first batch's time
        limit starts to count. (A pool that forks its processes does this once, in the parent.)"""
        untimed = ArticleWorker(dataclasses.replace(self.options, document_timeout=0))  # first loads are slow
        untimed([RawDocument(source="<warm-up>", content=_WARM_UP_TEXT, kind="text"),
                 RawDocument(source="<warm-up page>", content=_WARM_UP_PAGE, kind="html")])

    def batch_seconds(self, batch: Sequence[RawDocument | Rejection]) -> float:
        """Seconds the batch's documents may take: the time limit each. (Each stage of a document has
        the limit under the alarm; a document past it in both is past it, whoever stops it.)"""
        limit = self.options.document_timeout
        return limit * sum(1 for raw in batch if not isinstance(raw, Rejection)) if limit > 0 else 0.0

    def give_up(self, batch: Sequence[RawDocument | Rejection], hung: bool, exitcode: int | None) -> BatchResult:
        """A one-document batch whose process overstayed its time (a call no alarm stops) or died."""
        items: list[AnnotatedArticle | Rejection] = []
        for raw in batch:
            if isinstance(raw, Rejection):
                items.append(raw)
            elif hung:
                items.append(Rejection.from_error(raw.source, "extract",
                                                  StorylineError(Code.TIMEOUT, seconds=self.options.document_timeout)))
            else:
                detail = f"the worker process stopped (exit status {exitcode})"
                items.append(Rejection.from_error(raw.source, "extract",
                                                  StorylineError(Code.DOCUMENT_FAILED, stage="extract", detail=detail)))
        return BatchResult(items=tuple(items), stages=())

    def join(self, parts: Sequence[BatchResult]) -> BatchResult:
        """One batch's result from its documents' results, run one by one after a worker was lost."""
        seconds: dict[str, StageTime] = {}
        for part in parts:
            for stage in part.stages:
                old = seconds.get(stage.stage, StageTime(stage.stage, 0, 0.0))
                seconds[stage.stage] = StageTime(stage.stage, old.documents + stage.documents, old.seconds + stage.seconds)
        return BatchResult(items=tuple(item for part in parts for item in part.items), stages=tuple(seconds.values()))

    def _guarded(self, source: str, stage: str, work: Callable[[], T], seconds: float | None = None) -> T | Rejection:
        """Run one document's work; any failure becomes a Rejection with its code. The time limit
        (`seconds`, else the options' per document) needs the main thread (SIGALRM); an executor that
        runs workers in threads must bound time itself (its processes can be killed and replaced)."""
        limit = self.options.document_timeout if seconds is None else seconds
        timed = limit > 0 and threading.current_thread() is threading.main_thread()
        previous = None
        try:
            # armed and disarmed inside the handlers, so an alarm at any moment is a TimeoutError here
            try:
                if timed:
                    previous = signal.signal(signal.SIGALRM, _on_timeout)
                    signal.setitimer(signal.ITIMER_REAL, limit)
                return work()
            finally:
                if timed:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                    signal.signal(signal.SIGALRM, previous or signal.SIG_DFL)
        except StorylineError as err:
            return Rejection.from_error(source, stage, err)
        except TimeoutError:
            return Rejection.from_error(source, stage, StorylineError(Code.TIMEOUT, seconds=limit))
        except Exception as err:  # noqa: BLE001 - one broken document must not stop the batch
            detail = f"{type(err).__name__}: {err}"
            return Rejection.from_error(source, stage, StorylineError(Code.DOCUMENT_FAILED, stage=stage, detail=detail))


def annotate(article: Article, nlp, language: str | None = None, doc: Doc | None = None) -> AnnotatedArticle:  # type: ignore[no-untyped-def]
    """All per-article layers and the text's fingerprint; `language` overrides detection; `doc`
    is the English parse of the text when it was made already (a batch's nlp.pipe)."""
    if len(article.text) > MAX_NLP_CHARS:
        raise StorylineError(Code.TOO_LARGE, limit=round(MAX_NLP_CHARS / 1e6))
    article = with_language(article, language)
    layers = annotate_in_language(article, nlp, doc)
    return AnnotatedArticle(article=article, layers=layers, fingerprint=fingerprint(article.text))


def _on_timeout(signum: int, frame: object) -> None:
    raise TimeoutError
