"""Article files -> Prepared records: front matter parsed, body converted (into the body store),
slug derived. This is most of a cold build's work, so it is spread over the cores, and a rebuild
only prepares the files whose bytes changed.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, replace
from pathlib import Path

from . import slugs, typography
from .bodies import BodyStore, PackWriter, body_key
from .errors import InputError
from .markdown_io import parse_article
from .model import Article
from .parallel import run_parts
from .vocabulary import Vocabulary
from .walk import article_files

PARALLEL_FROM = 200  # fewer files than this are prepared in this process: forking costs more
CHUNK = 250


@dataclass(frozen=True, slots=True)  # one for each article, held through a build: no __dict__ each
class ArticleFile:
    relpath: str  # "<date>/<name>.md" relative to the content folder, with /
    source: str  # the path as messages name it (content folder as given + relpath)
    stat: tuple[int, int, int]  # size, mtime_ns, inode: when all three match, the bytes are trusted


# No slots here (nor on Article and incremental.Made): a frozen dataclass with slots pickles through
# Python-level __getstate__ and __setstate__, about twice the time for the records the workers send
# back and the state keeps, for a few hundred bytes an article.
@dataclass(frozen=True)
class Prepared:
    """One article as the site needs it; the body's Markdown is dropped, its HTML is in the store."""

    article: Article
    digest: str  # of the file's bytes
    derived_slug: str  # the slug its title gives (used when the front matter has none)
    lead: str
    body: str  # reference of the body's HTML in the store (bodies.py), its ruby's readings after it


def scan_articles(content_dir: Path, folder: str) -> list[ArticleFile]:
    """Every <folder>/**/*.md of the content folder, in path order, hidden files and reports left out."""
    base = os.path.join(str(content_dir), folder)
    prefix = _folder_prefix(content_dir)
    found = [ArticleFile(relpath, prefix + relpath, (st.st_size, st.st_mtime_ns, st.st_ino))
             for relpath, st in article_files(base, f"{folder}/")]
    found.sort(key=lambda f: f.relpath.split("/"))
    return found


def _folder_prefix(folder: Path) -> str:
    """What str(folder / relpath) puts before relpath: a path object for each of 10,000 articles
    took longer than reading the folders."""
    text = str(folder)
    return "" if text == "." else text if text.endswith("/") else text + "/"


def prepare_file(file: ArticleFile, data: bytes, pack: PackWriter,
                 converter: typography.BodyConverter) -> Prepared:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(file.source, "not UTF-8 text") from None
    article = parse_article(text, file.source)
    folder = file.relpath.split("/", 1)[0]
    if article.date != folder:
        raise InputError(file.source, f"date {article.date} does not match its folder "
                                      f"{folder}: move the file or fix the date")
    converted = converter.convert(article.body)
    used: dict = {}
    ruby = typography.add_ruby(converted, used=used)
    body = pack.add(body_key(article.body), ruby, used)
    return Prepared(article=replace(article, body=""), digest=hashlib.sha1(data).hexdigest(),
                    derived_slug=slugs.slugify(article.title) or "article",
                    lead=typography.lead_sentence(converted), body=body)


def remember_readings(last: Prepared, store: BodyStore) -> None:
    """What the last build read with pypinyin for an article about to be read again: its title's
    slug and its ruby's readings (kept in the body's pack). An edit that leaves them alone then
    needs no pypinyin at all."""
    slugs.memo[slugs.slug_key(last.article.title)] = last.derived_slug
    slugs.memo.update(store.readings(last.body))


def read_file(path: str, size: int) -> bytes:
    """The file's bytes, asked for in one read of the size the scan found (and on until the end,
    should it have grown since): open(path, "rb").read() sets up a buffered file and asks the
    file system three more questions (fstat, isatty, seek) of each of a cold build's 10,000."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        data = os.read(fd, size + 1)  # a regular file gives all it has, up to what is asked
        if len(data) > size:  # it has grown since the scan: read on to the end
            chunks = [data]
            while chunk := os.read(fd, 1 << 20):
                chunks.append(chunk)
            data = b"".join(chunks)
    finally:
        os.close(fd)
    return data


def _prepare_part(shared: tuple[list[ArticleFile], Path, int, Vocabulary], part: int) -> tuple[list, dict]:
    files, store_folder, chunk, vocabulary = shared
    converter = typography.BodyConverter()
    results: list[Prepared | InputError] = []
    tag_entries: dict = {}
    # The parent process takes parts too: what each article read with pypinyin is kept with it
    # (its slug, its pack), not in the parent's memo.
    with slugs.entries_dropped_after(), BodyStore(store_folder).pack() as pack:  # the part's bodies, in one file
        for file in files[part * chunk:(part + 1) * chunk]:
            try:
                prepared = prepare_file(file, read_file(file.source, file.stat[0]), pack, converter)
            except InputError as exc:
                results.append(exc)
                continue
            results.append(prepared)
            for tag in prepared.article.tags:  # tag pages need these; work them out here, not in the parent
                name = vocabulary.canonical(tag.strip())
                if ("sort", name) not in tag_entries:
                    tag_entries.update(slugs.tag_entries(name))
    # The tags' readings go back to the parent, which would otherwise load pypinyin for them.
    return results, tag_entries


def prepare_files(files: list[ArticleFile], store: BodyStore, vocabulary: Vocabulary,
                  jobs: int) -> list[Prepared | InputError]:
    """Prepare each file (in order); a bad file gives its InputError in its place."""
    if not files:
        return []
    parallel = len(files) >= PARALLEL_FROM and jobs > 1
    chunk = CHUNK if parallel else len(files)
    parts = -(-len(files) // chunk)
    if parallel:  # loaded once here, before the fork, rather than once in every worker
        slugs.warm_up()
    done = run_parts(_prepare_part, (files, store.folder, chunk, vocabulary), parts, jobs if parallel else 1)
    for _, memo in done:
        slugs.memo.update(memo)
    return [r for results, _ in done for r in results]
