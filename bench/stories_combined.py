"""Story grouping on dev, dev-wide and both as ONE collection: B-cubed figures and mixed stories.

    .venv/bin/python bench/stories_combined.py                    # ingest the three collections, score
    .venv/bin/python bench/stories_combined.py --cache /tmp/sc    # keep the stores; a rerun only regroups
    .venv/bin/python bench/stories_combined.py --incremental      # also: dev one article per ingest call
    .venv/bin/python bench/stories_combined.py --pages --cache /tmp/sc   # the 375 benchmark pages, no gold

Why a combined run: each gold set alone has few stories per country, while a real collection
holds many stories about the same few countries; ingesting dev and dev-wide together (58
articles, 26 stories) is the nearest visible thing. Scoring goes through shared/eval/score.py
with a gold folder of symlinks to both sets' files, so the figures are the scorer's own.

With --cache, the NLP layers are computed once per collection and kept in a DuckDB file; later
runs clear the story assignments and run only the story stage again, which is what tuning the
grouping needs (seconds instead of a minute). The incremental run is never cached: it is the
order of arrival that it checks.

With --pages, the 181 article-extraction benchmark pages and the 200 htmldate pages go into one
store (each with its URL, so that pages of one site are known as such) and every story of two or
more articles is listed with its members' titles, for a reader to judge: these pages have no
story gold.
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from storyline.export import write_jsonl
from storyline.pipeline import ingest
from storyline.resolve.stories import group_stories
from storyline.settings import Options
from storyline.store import Store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
SETS = {"dev": ("dev",), "dev-wide": ("dev-wide",), "combined": ("dev", "dev-wide")}
DATA = ROOT.parent / "shared" / "data"
PAGE_SETS = ("article-extraction-benchmark", "htmldate-mediacloud-2020")


def build_store(name: str, parts: tuple[str, ...], cache: Path | None, work: Path) -> Store:
    """The collection's store: ingested from the corpus, or (cached) regrouped from scratch."""
    path = (cache or work) / f"{name}.duckdb"
    fresh = not path.exists()
    store = Store(path)
    if fresh:
        source = work / f"{name}-input.jsonl"
        source.write_text("".join((CORPUS / f"{p}-input.jsonl").read_text(encoding="utf-8") for p in parts),
                          encoding="utf-8")
        ingest([str(source)], store, Options())
    else:
        store.con.execute("UPDATE articles SET story = NULL")
        store.con.execute("DELETE FROM stories")
        store.con.execute("DELETE FROM story_log")
        group_stories(store)
    return store


def build_incremental(work: Path) -> Store:
    """dev ingested one article per call, in the order of its input file."""
    store = Store(work / "incremental.duckdb")
    for k, line in enumerate((CORPUS / "dev-input.jsonl").read_text(encoding="utf-8").splitlines()):
        one = work / f"one-{k}.jsonl"
        one.write_text(line + "\n", encoding="utf-8")
        ingest([str(one)], store, Options(workers=1))
    return store


def pages_input(work: Path) -> Path:
    """One JSON Lines file of the benchmark pages: the HTML and the URL each was fetched from."""
    source = work / "pages-input.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for name in PAGE_SETS:
            truth = json.loads((DATA / name / "ground-truth.json").read_text(encoding="utf-8"))
            # extraction benchmark: id -> {url, ...}; htmldate: url -> {file, ...}
            pairs = [(k, v["url"]) for k, v in truth.items()] if "url" in next(iter(truth.values())) else \
                [(v["file"].removesuffix(".html"), k) for k, v in truth.items()]
            for stem, url in sorted(pairs):
                page = DATA / name / "html" / f"{stem}.html.gz"
                if page.exists():
                    html = gzip.decompress(page.read_bytes()).decode("utf-8", errors="replace")
                    out.write(json.dumps({"id": f"{name[:4]}-{stem[:12]}", "url": url, "html": html}) + "\n")
    return source


def list_page_stories(store: Store) -> None:
    """Every story of two or more pages, with each page's site and title."""
    members: dict[str, list[str]] = {}
    for s in store.articles():
        if s.story and s.duplicate_of is None:
            members.setdefault(s.story, []).append(f"{s.article.outlet or '?'}: {(s.article.title or '')[:90]}")
    multi = sorted(((sid, m) for sid, m in members.items() if len(m) > 1), key=lambda kv: -len(kv[1]))
    print(f"pages: {sum(len(m) for m in members.values())} articles, {len(members)} stories, "
          f"{len(multi)} with two or more")
    for sid, titles in multi:
        print(f"  {sid} ({len(titles)})")
        for t in titles:
            print(f"      {t}")


def gold_folder(parts: tuple[str, ...], work: Path, name: str) -> Path:
    folder = work / f"gold-{name}"
    folder.mkdir(exist_ok=True)
    for p in parts:
        for f in (CORPUS / p).glob("*.json"):
            link = folder / f.name
            if not link.exists():
                link.symlink_to(f)
    return folder


def score(store: Store, gold: Path, work: Path, name: str) -> dict:
    pred = work / f"pred-{name}.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        write_jsonl(store, out)
    result = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(pred), "--json"],
                            capture_output=True, text=True, check=True, timeout=600)
    text = result.stdout
    return json.loads(text[: text.rindex("}") + 1])["result"]["stories"]


def describe_mixes(store: Store, gold: Path) -> list[str]:
    """Stories holding articles of more than one gold story, and gold stories split apart."""
    truth = {}
    for f in gold.glob("*.json"):
        doc = json.loads(f.read_text(encoding="utf-8"))
        truth[doc["id"]] = doc["gold"]["story"]
    pred = {s.article.id: s.story for s in store.articles()}
    labels = {sid: label for sid, label, *_ in store.stories()}
    lines = []
    by_pred: dict[str | None, list[str]] = {}
    for ident, sid in pred.items():
        by_pred.setdefault(sid, []).append(ident)
    for sid, members in sorted(by_pred.items(), key=lambda kv: str(kv[0])):
        kinds = Counter(truth.get(m, "?") for m in members)
        if len(kinds) > 1:
            lines.append(f"  mixed {sid} «{labels.get(sid or '', '')}»: {dict(kinds)}")
    by_gold: dict[str, set] = {}
    for ident, story in truth.items():
        by_gold.setdefault(story, set()).add(pred.get(ident))
    lines += [f"  split {story}: {sorted(map(str, sids))}" for story, sids in sorted(by_gold.items()) if len(sids) > 1]
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, help="folder keeping the ingested stores between runs")
    ap.add_argument("--incremental", action="store_true", help="also ingest dev one article per call")
    ap.add_argument("--labels", action="store_true", help="print every story's label")
    ap.add_argument("--pages", action="store_true", help="group the 375 benchmark pages instead; list their stories")
    args = ap.parse_args()
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    if args.pages:
        with tempfile.TemporaryDirectory() as tmp:
            path = (args.cache or Path(tmp)) / "pages.duckdb"
            fresh = not path.exists()
            with Store(path) as store:
                if fresh:
                    ingest([str(pages_input(Path(tmp)))], store, Options())
                else:
                    store.con.execute("UPDATE articles SET story = NULL")
                    store.con.execute("DELETE FROM stories")
                    store.con.execute("DELETE FROM story_log")
                    group_stories(store)
                list_page_stories(store)
        return 0
    runs = [(name, parts) for name, parts in SETS.items()]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, parts in runs + ([("incremental", ("dev",))] if args.incremental else []):
            store = build_incremental(work) if name == "incremental" else build_store(name, parts, args.cache, work)
            with store:
                gold = gold_folder(parts, work, name)
                s = score(store, gold, work, name)
                merges = len(store.story_log())
                print(f"{name}: story B-cubed f1={s['f1']} p={s['p']} r={s['r']} n={s['n']} "
                      f"stories={len(store.stories())} logged merges/splits={merges}")
                for line in describe_mixes(store, gold):
                    print(line)
                if args.labels:
                    for sid, label, n, first, last in store.stories():
                        print(f"  {n:2d} {first or '-'}..{last or '-'} {sid}: {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
