"""`clean` over a whole raw folder: read every page first, then write the articles.

Nothing is written unless every page could be read. Each article file's hash is kept in a
manifest, so an article an editor changed or deleted since the last run is never overwritten
or re-created silently (`--force` does, after writing a backup).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, replace
from pathlib import Path

from . import fastyaml
from .clean import PageReport, PageResult, clean_page
from .errors import InputError
from .ingest import find_raw_pages, load_edition, load_glyphs, read_raw_page
from .log import Log
from .markdown_io import dump_article
from .model import Article, Edition
from .parallel import cores, run_parts
from .report import page_summary, report_markdown
from .tags import load_tag_vocabulary, merge_tags, suggest_article_tags, warm_up
from .vocabulary import Vocabulary

MANIFEST = ".shuzibao-manifest.json"


@dataclass(frozen=True)
class PlannedFile:
    relpath: str  # relative to the content folder, with /
    text: str


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_atomic(path: Path, text: str, made: set[Path] | None = None) -> None:
    """path's text replaced in one rename. `made`: folders already made in this run, each made
    once rather than asked of the file system again for every article in it."""
    if made is None or path.parent not in made:
        path.parent.mkdir(parents=True, exist_ok=True)
        if made is not None:
            made.add(path.parent)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def edition_yaml(edition: Edition) -> str:
    data = {"publication": edition.publication, "pages": dict(sorted(edition.page_names.items()))}
    if edition.tag_kinds:
        data["tag_kinds"] = dict(sorted(edition.tag_kinds.items()))
    return fastyaml.safe_dump(data, fastyaml.plain(data), allow_unicode=True, sort_keys=False)


def with_tags(article: Article, vocabulary: Vocabulary, kinds: dict[str, str]) -> Article:
    """Fill tags where the article has none; remember the kind of each suggested tag."""
    suggested = suggest_article_tags(article, vocabulary)
    for tag in suggested:
        if tag.kind != vocabulary.kind(tag.name):
            kinds[tag.name] = tag.kind
    return replace(article, tags=merge_tags(article.tags, suggested, vocabulary))


PARALLEL_FROM = 8  # raw pages; fewer are cleaned in this process
CHUNK = 4  # pages a worker takes at a time: pages vary in length, small chunks keep both cores busy


@dataclass(frozen=True)
class CleanedPage:
    path: str
    date: str
    page: int
    result: PageResult
    texts: tuple[str, ...]  # each article as its Markdown file, tags filled
    tag_kinds: dict[str, str]  # kinds found for tags the vocabulary does not know


def _clean_one(path: Path, glyphs: dict[str, tuple[str, ...]], vocabulary: Vocabulary) -> CleanedPage | InputError:
    try:
        raw = read_raw_page(path)
    except InputError as exc:  # returned, not raised: the parent raises the first in page order
        return exc
    result = clean_page(raw, glyphs)
    kinds: dict[str, str] = {}
    texts = tuple(dump_article(with_tags(a, vocabulary, kinds)) for a in result.articles)
    return CleanedPage(raw.path, raw.date, raw.page, result, texts, kinds)


def _clean_part(shared: tuple[list[Path], dict[str, tuple[str, ...]], Vocabulary],
                part: int) -> list[CleanedPage | InputError]:
    pages, glyphs, vocabulary = shared
    return [_clean_one(path, glyphs, vocabulary) for path in pages[part * CHUNK:(part + 1) * CHUNK]]


def plan_clean(raw_dir: Path, log: Log,
               jobs: int | None = None) -> tuple[list[PlannedFile], dict[str, list[PageReport]]]:
    """Clean every page in memory (pages spread over the cores, results taken in page order);
    raises InputError before anything is written."""
    pages = find_raw_pages(raw_dir)
    if not pages:
        raise InputError(str(raw_dir), "no raw pages found (expected RAW/<YYYY-MM-DD>/<NN>.txt)")
    glyphs = load_glyphs(raw_dir / "glyphs.yml")
    vocabulary = load_tag_vocabulary(raw_dir.parent / "tags.yml")
    jobs = (jobs or cores()) if len(pages) >= PARALLEL_FROM else 1
    if jobs > 1:
        warm_up(vocabulary)  # jieba's tables loaded here once; the forked workers share them
    shared = (pages, glyphs, vocabulary)
    cleaned = [page for part in run_parts(_clean_part, shared, -(-len(pages) // CHUNK), jobs) for page in part]
    kinds: dict[str, dict[str, str]] = {}
    planned: list[PlannedFile] = []
    reports: dict[str, list[PageReport]] = {}
    editions: dict[str, Edition] = {}
    for path, page in zip(pages, cleaned, strict=True):
        if isinstance(page, InputError):
            raise page
        if page.date not in editions:
            editions[page.date] = load_edition(path.parent)
        for change in page.result.report.changes:
            what = f"{change.before!r} -> {change.after!r}" if change.before else change.after
            log.detail(f"{page.path}:{change.line}: {change.pass_name}: {what}")
        kinds.setdefault(page.date, {}).update(page.tag_kinds)
        for article, text in zip(page.result.articles, page.texts, strict=True):
            planned.append(PlannedFile(f"{page.date}/{page.page:02d}-{article.order:02d}.md", text))
        reports.setdefault(page.date, []).append(page.result.report)
    for date, edition in editions.items():
        edition = replace(edition, tag_kinds=kinds.get(date, {}))
        planned.append(PlannedFile(f"{date}/edition.yml", edition_yaml(edition)))
    return planned, reports


def _load_manifest(content_dir: Path) -> dict[str, str]:
    path = content_dir / MANIFEST
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise InputError(str(path), "the clean manifest is damaged; delete it to start afresh") from None
    return data if isinstance(data, dict) else {}


def write_planned(content_dir: Path, planned: list[PlannedFile], force: bool) -> tuple[dict[str, str], list[str]]:
    """Write what changed; keep editors' edits and deletions. Returns the new manifest and notes."""
    old = _load_manifest(content_dir)
    manifest: dict[str, str] = {}
    notes: list[str] = []
    made: set[Path] = set()
    for item in planned:
        path = content_dir / item.relpath
        new_hash = _sha(item.text)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        written_before = old.get(item.relpath)
        if current is None and written_before and not force:
            notes.append(f"not re-created (an editor deleted it; --force brings it back): {item.relpath}")
            manifest[item.relpath] = written_before
            continue
        if current is not None and current != item.text:
            edited = written_before is None or _sha(current) != written_before
            if edited and not force:
                notes.append(f"kept your edit: {item.relpath}")
                manifest[item.relpath] = written_before or _sha(current)
                continue
            if edited:
                write_atomic(path.with_name(path.name + ".bak"), current, made)
                notes.append(f"overwrote your edit (backup in {item.relpath}.bak): {item.relpath}")
        if current != item.text:
            write_atomic(path, item.text, made)
        manifest[item.relpath] = new_hash
    # Articles this run no longer produces: remove them only if nobody edited them.
    wanted = {item.relpath for item in planned}
    for relpath, digest in sorted(old.items()):
        path = content_dir / relpath
        if relpath in wanted or not path.exists():
            continue
        if _sha(path.read_text(encoding="utf-8")) == digest:
            path.unlink()
            notes.append(f"removed (no longer on the page): {relpath}")
        else:
            manifest[relpath] = digest
            notes.append(f"kept your edit of an article no longer on the page: {relpath}")
    return manifest, notes


def clean_all(raw_dir: Path, content_dir: Path, force: bool = False, log: Log | None = None,
              jobs: int | None = None) -> None:
    log = log or Log()
    planned, reports = plan_clean(Path(raw_dir), log, jobs)
    content_dir = Path(content_dir)
    manifest, notes = write_planned(content_dir, planned, force)
    for date, page_reports in sorted(reports.items()):
        date_notes = [n for n in notes if f" {date}/" in n or n.endswith(date)]
        write_atomic(content_dir / date / "REPORT.md", report_markdown(date, page_reports, date_notes))
        for report in page_reports:
            log.info(page_summary(report))
            for line, context in report.gaps:
                log.warn(f"{report.path}:{line}: gap no rule explains, written as 〓: {context}")
            for line, text in report.fragments:
                log.detail(f"{report.path}:{line}: fragment dropped: {text}")
    for note in notes:
        log.info(note)
    write_atomic(content_dir / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
