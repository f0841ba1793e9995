"""A correction: some articles' text changed and nothing else did. Only the pages showing what
changed are made, from the index (fastindex.py) rather than from the whole archive.

Taken when the last build's stamp (sitebuild) shows the same code, settings, templates, assets,
edition files and article files, and only some articles' stats differ. Whatever would move
anything else — an article moved to another page or place on it, a slug that would rename
another article, a tag appearing or losing its last article, a file that does not read — is left
to rebuild.py (return None): everything is decided, and every page made, before anything is
written. The pages are written as rebuild.py writes them: into the spare copy of the site,
exchanged with the output in one step (spare.py).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

from . import slugs
from .affected import PieceMissing, Pieces, affected_outputs
from .bodies import BodyStore, PackWriter
from .collect import story_tags
from .errors import InputError
from .fastindex import FastIndex, StoryRecord, load_index, pieces_folder, wanted
from .log import Log
from .prepare import ArticleFile, prepare_file, remember_readings
from .state import STAMP_FILE, state_folder
from .typography import BodyConverter


@dataclass(frozen=True)
class Change:
    before: StoryRecord
    after: StoryRecord  # the same file, read again

    @property
    def date(self) -> str:
        return self.before.prepared.article.date


def changed_files(last: dict, now: dict) -> list[str] | None:
    """The articles whose stat differs, when nothing but articles' stats does (else None)."""
    if any(last.get(key) != now[key] for key in ("env", "inputs", "editions")):
        return None
    before, after = last.get("files"), now["files"]
    if not isinstance(before, dict) or before.keys() != after.keys():
        return None
    return sorted(rel for rel, stat in after.items() if before[rel] != stat)


def correct(content: Path, output: Path, log: Log, jobs: int | None, search: bool,
            now: dict, last: dict) -> int | None:
    """Make and put in place the pages of the articles changed since the last build; the number
    of files in the site, or None when this is not a correction (rebuild.py does it then)."""
    changed = changed_files(last, now)
    state_dir = state_folder(output)
    index = load_index(state_dir, last.get("generation")) if changed else None
    if index is None or index.output_inode != last.get("inode"):
        return None
    pieces = Pieces(index, pieces_folder(state_dir))
    store = BodyStore(state_dir / "bodies")
    if not index.packs <= store.packs():
        return None  # a pack of bodies gone (a cleaned-up state folder): a full rebuild
    if (content.parent / "pinyin.yml").exists():  # the readings pypinyin is taught, if it is needed
        slugs.use_readings(slugs.load_readings(content.parent / "pinyin.yml"))
    try:
        with store.pack() as pack:  # a correction abandoned leaves it for the rebuild to drop
            changes = read_changes(content, changed, now["files"], pieces, store, pack, index)
        if changes is None or not placed_alike(changes, pieces, index):
            return None
        plan = affected_outputs(changes, pieces, index, content, store, state_dir / "templates")
    except PieceMissing:
        return None
    from .commit import commit  # the writing half
    (state_dir / STAMP_FILE).unlink(missing_ok=True)  # from here on, the last build's stamp is not true
    return commit(plan, changes, pieces, index, output, state_dir, log, jobs, search, now)


def read_changes(content: Path, relpaths: list[str], stats: dict, pieces: Pieces, store: BodyStore,
                 pack: PackWriter, index: FastIndex) -> list[Change] | None:
    """Each changed file read again (None when one does not read, or is not where it was)."""
    converter = BodyConverter()
    changes = []
    for relpath in relpaths:
        before = pieces.record(relpath)
        if before is None:
            return None
        stat = tuple(stats[relpath])
        source = str(content / relpath)
        try:
            with open(source, "rb") as f:
                data = f.read()
        except OSError:
            return None
        if hashlib.sha1(data).hexdigest() == before.prepared.digest:  # touched, not changed
            changes.append(Change(before, replace(before, stat=stat)))
            continue
        remember_readings(before.prepared, store)
        try:
            prepared = prepare_file(ArticleFile(relpath, source, stat), data, pack, converter)
        except InputError:
            return None
        after = StoryRecord(relpath, stat, prepared, before.slug, story_tags(prepared.article, index.vocabulary))
        changes.append(Change(before, after))
    return changes


def placed_alike(changes: list[Change], pieces: Pieces, index: FastIndex) -> bool:
    """Whether the changed articles keep their places (page, order), their tags name only tags
    that stay in the site, and every other article keeps its slug; gives each its slug."""
    for change in changes:
        a, b = change.before.prepared.article, change.after.prepared.article
        if (a.page, a.order) != (b.page, b.order) or a.slug != b.slug:
            return False  # an explicit slug is kept for good; changing one is rare
        if any(tag not in index.tag_paths for tag in change.after.tags):
            return False
    if not _tags_keep_articles(changes, pieces):
        return False
    moved = [c for c in changes if wanted(c.before) != wanted(c.after)]
    if not moved:
        return True
    return _slugs_placed(changes, moved, pieces)


def _tags_keep_articles(changes: list[Change], pieces: Pieces) -> bool:
    """No tag loses its last article (its pages would go, and /tags/ with them)."""
    leaving: dict[str, int] = {}
    for change in changes:
        for tag in set(change.before.tags) - set(change.after.tags):
            leaving[tag] = leaving.get(tag, 0) + 1
        for tag in set(change.after.tags) - set(change.before.tags):
            leaving[tag] = leaving.get(tag, 0) - 1
    return all(len(pieces.tag(tag).members) > n for tag, n in leaving.items() if n > 0)


def _slugs_placed(changes: list[Change], moved: list[Change], pieces: Pieces) -> bool:
    """A title changed: its derived slug with it. Made unique across the site again, every other
    article must keep its slug (else a full rebuild renames them)."""
    before = pieces.wanted()
    new_wanted = {c.after.relpath: wanted(c.after) for c in moved}
    after = [new_wanted.get(item[0], item) for item in before]
    old_slugs = slugs.make_unique((slug, explicit) for _, slug, explicit in before)
    new_slugs = slugs.make_unique((slug, explicit) for _, slug, explicit in after)
    slug_of = {}
    for (relpath, _, _), old, new in zip(before, old_slugs, new_slugs, strict=True):
        if old != new and relpath not in new_wanted:
            return False
        slug_of[relpath] = new
    for n, change in enumerate(changes):
        changes[n] = Change(change.before, replace(change.after, slug=slug_of[change.after.relpath]))
    pieces.set_wanted(after)
    return True
