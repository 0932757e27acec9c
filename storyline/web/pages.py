"""The pages: story list, story, entity, article with a marked passage, search."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from storyline import analyze
from storyline.analyze import EntityAppearance, Filter, Paging
from storyline.api.deps import Stores
from storyline.web.chart import Point, lay_out
from storyline.web.passage import cut_passage
from storyline.web.render import render
from storyline.web.story_page import MODALITY_HELP, build_story_page, passage_link

router = APIRouter(include_in_schema=False)
Offset = Annotated[int | None, Query(ge=0)]
# Entities on one page of the entity list: a long scroll but one request.
ENTITY_PAGE = 100
# Claims and events the entity page lists: its chart stays readable.
LAYER_ITEMS = 50
# Search results on the search page.
SEARCH_RESULTS = 30
# Lanes of the entity's chart besides its roles.
MENTIONED, SAID, ACTOR, TARGET = "mentioned", "quoted as source", "acts in event", "target of event"


@router.get("/")
def story_list(request: Request, stores: Stores):
    with stores.use() as store:
        stories = stores.remember(("stories",), lambda: analyze.list_stories(store).items)
        articles = analyze.list_articles(store, Filter(), Paging(0, 1)).total
    return render(request, "stories.html", stories=stories, articles=articles)


@router.get("/stories/{story_id}")
def story(request: Request, story_id: str, stores: Stores):
    with stores.use() as store:
        view = stores.remember(("story", story_id), lambda: analyze.view_story(store, story_id))
        briefing = stores.remember(("briefing", story_id), lambda: analyze.build_briefing(store, story_id, view))
        page = stores.remember(("page", story_id), lambda: build_story_page(view, briefing))
    return render(request, "story.html", page=page, view=view, modality_help=MODALITY_HELP, link=passage_link)


@router.get("/entities")
def entity_list(request: Request, stores: Stores, offset: Offset = None,
                name: Annotated[str | None, Query(max_length=200)] = None):
    with stores.use() as store:
        found = analyze.list_entities(store, Filter(name=name), Paging(offset or 0, ENTITY_PAGE), order="articles")
    return render(request, "entities.html", found=found, offset=offset or 0, size=ENTITY_PAGE, name=name or "")


@router.get("/entities/{entity_id}")
def entity(request: Request, entity_id: str, stores: Stores):
    with stores.use() as store:
        view = analyze.view_entity(store, entity_id)
        said = analyze.list_claims(store, Filter(entity=view.entity.id), Paging(0, LAYER_ITEMS)).items
        acts = analyze.list_events(store, Filter(entity=view.entity.id), Paging(0, LAYER_ITEMS)).items
    found, government, appearances, entity_id = view.entity, view.stands_for, view.appearances, view.entity.id
    roles = sorted({r for a in appearances for r in a.local.roles})
    points = [Point(a.article.published or "", MENTIONED, "r-mentioned",
                    f"{(a.article.published or '')[:10]} {a.article.outlet or ''}: {a.local.name}",
                    passage_link(a.article.id, *(_first_mention(a))).page) for a in appearances]
    points += [Point(a.article.published or "", r, "r-role", f"{(a.article.published or '')[:10]} {r}",
                     passage_link(a.article.id, *(_first_mention(a))).page) for a in appearances for r in a.local.roles]
    points += [Point(r.article.published or "", SAID, "r-said", f"{(r.article.published or '')[:10]} said: "
                     f"{r.attribution.content.text[:80]}", passage_link(r.article.id, r.attribution.content.start,
                                                                        r.attribution.content.end).page) for r in said]
    points += [Point(r.event.date or r.article.published or "", ACTOR if r.actor_id == entity_id else TARGET,
                     f"m-{r.event.modality}", f"{r.event.date or ''} {r.event.action} ({r.event.modality})",
                     passage_link(r.article.id, r.event.evidence.start, r.event.evidence.end).page) for r in acts]
    chart = lay_out(points, [MENTIONED, SAID, ACTOR, TARGET, *roles])
    return render(request, "entity.html", entity=found, government=government, appearances=appearances, roles=roles,
                  chart=chart, said=said, acts=acts, link=passage_link)


def _first_mention(appearance: EntityAppearance) -> tuple[int | None, int | None]:
    m = appearance.local.mentions
    return (m[0].start, m[0].end) if m else (None, None)



Position = Annotated[int | None, Query(ge=0)]


@router.get("/articles/{article_id}")
def article(request: Request, article_id: str, stores: Stores, start: Position = None, end: Position = None):
    with stores.use() as store:
        stored = analyze.get_article(store, article_id)
    return render(request, "article.html", stored=stored, a=stored.article, cut=cut_passage(stored.article.text, start, end))


@router.get("/articles/{article_id}/passage")
def passage(request: Request, article_id: str, stores: Stores, start: Position = None, end: Position = None):
    """The article with its passage marked, as a fragment the story page's citation panel loads."""
    with stores.use() as store:
        stored = analyze.get_article(store, article_id)
    return render(request, "passage.html", a=stored.article, cut=cut_passage(stored.article.text, start, end),
                  page=passage_link(article_id, start, end).page)


@router.get("/search")
def search(request: Request, stores: Stores, q_: Annotated[str, Query(alias="q", max_length=200)] = ""):
    hits = []
    if q_.strip():
        with stores.use(write=True) as store:  # a search may rebuild its index
            hits = analyze.search(store, q_.strip(), Paging(0, SEARCH_RESULTS)).items
    return render(request, "search.html", query=q_, hits=hits)
