"""One build of the site: full the first time, incremental after that.

    scan (stat every file) -> prepare the changed articles (both cores) -> place everything
    -> fingerprint every output -> make the stale ones (both cores) -> put them in place

A full and an incremental build of the same content give the same bytes: both make every page
from the same site model; the state only decides which pages need not be made again.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path

from . import paths, slugs
from .bodies import BodyStore, packs_of
from .collect import Site, build_site, load_settings, require_content, scan_content
from .fastindex import (
    drop_other_pieces,
    fold_pending,
    load_index,
    make_index,
    new_generation,
    pieces_folder,
    save_index,
)
from .incremental import Made, make_outputs, suspects_of
from .log import Log
from .parallel import cores, run_parts
from .prepare import Prepared, prepare_files, remember_readings
from .render import Renderer
from .search import index_shards, indexed_pages, shard_path
from .search import shard_of as search_month
from .sitebuild import stamp_of_scan
from .spare import exchange, forget_spare, level_spare, remove_file, settled, spare_inode
from .state import STAMP_FILE, BuildState, env_digest, forget, inputs_digest, load_state, save_state, state_folder
from .vocabulary import Vocabulary
from .writer import check_paths, refuse_dangerous, write_site

SAVE_PARALLEL_FROM = 1000  # articles; the states of fewer are saved in this process (a fork costs more)


def build(content: Path, output: Path, base_url: str | None, log: Log, jobs: int | None,
          search: bool = True, seen: dict | None = None, kept: list | None = None) -> int:
    """kept: a list the build's own objects (its site model, outputs and records) are handed to
    rather than freed when it returns, for a caller that ends the process right after (build.py)."""
    # The build state and the site model are large, acyclic and live to the end of the build; the
    # garbage collector would scan them again and again (a third of a rebuild's time at 30,000
    # articles), so it is off in this process while it builds. Workers collect as usual
    # (parallel.run_parts), and it is on again after, for the live preview.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build(content, output, base_url, log, jobs, search, seen, kept)
    finally:
        if enabled:
            gc.enable()


def _build(content: Path, output: Path, base_url: str | None, log: Log, jobs: int | None,
           search: bool, seen: dict | None, kept: list | None) -> int:
    require_content(content)
    jobs = jobs or cores()
    keep = [content.resolve().parent, paths.TEMPLATES, paths.ASSETS]
    refuse_dangerous(output, keep)
    state_dir = state_folder(output)
    (state_dir / STAMP_FILE).unlink(missing_ok=True)
    env = env_digest(content)
    inputs = inputs_digest(content, base_url, [paths.TEMPLATES, paths.ASSETS])
    old = load_state(state_dir, env, output, fold=lambda s: fold_pending(s, load_index(state_dir, s.generation)))
    store = BodyStore(state_dir / "bodies")
    if old is not None and not packs_of(p.body for _, p in old.articles.values()) <= store.packs():
        old = None  # a pack of bodies the state refers to is gone (a cleaned-up folder): start afresh
    editions, files, scan_errors = scan_content(content, old.editions if old else None)
    # Taken before anything is read (the scan stats each file before reading edition.yml, and the
    # articles are read later): a file changed during the build then differs from the stamp.
    seen = seen or stamp_of_scan(content, env, inputs, editions, files)
    index_current = (output / "pagefind").is_dir() and not (old and old.search_behind)
    if old and not scan_errors and old.inputs == inputs and _unchanged(files, editions, old) \
            and (not search or index_current):
        log.info(f"nothing changed: {len(old.outputs)} files in {output}")
        _save_stamp(state_dir, seen, old)
        return len(old.outputs)

    config, vocabulary = load_settings(content, base_url)
    if old is None:
        forget(state_dir)  # bodies and all: a state that cannot be used is not worth keeping
    else:
        slugs.memo.update(old.memo)
    reused: dict[str, Prepared] = {}
    todo = []
    for file in files:
        record = old.articles.get(file.relpath) if old else None
        if record and record[0] == file.stat:
            reused[file.relpath] = record[1]
        else:
            todo.append(file)
            if record:
                remember_readings(record[1], store)
    fresh = dict(zip((f.relpath for f in todo), prepare_files(todo, store, vocabulary, jobs), strict=True))
    prepared = [reused.get(f.relpath) or fresh[f.relpath] for f in files]
    site = build_site(content, config, vocabulary, {k: e for k, (_, e) in editions.items()}, prepared, scan_errors)
    outputs = Renderer(site, store, state_dir / "templates").outputs()
    check_paths(outputs)
    state = BuildState(env=env, inputs=inputs, output_inode=0, editions=editions,
                       articles={f.relpath: (f.stat, p) for f, p in zip(files, prepared, strict=True)},
                       memo={key: value for tag in site.tags for key, value in slugs.tag_entries(tag.name).items()})

    months = {m for m in (search_month(o.path) for o in outputs) if m}
    if old is None:
        made: list[Made] = []
        # The search index is made in the new folder before it is swapped in: a failing indexer
        # leaves the previous site, index included.
        write_site(outputs, output, keep=keep,
                   write=lambda folder: made.append(make_outputs(outputs, {}, folder, jobs)),
                   finish=(lambda folder: index_shards(folder, months, months, jobs)) if search else None)
        state.search_behind = frozenset() if search else frozenset(months)
        state.outputs = made[0].outputs
        state.sources = {o.path: o.sources for o in outputs}
        state.output_inode = os.stat(output).st_ino
        forget_spare(state_dir)
        _save_states(state_dir, state, site, vocabulary, jobs)
        _save_stamp(state_dir, seen, state)
        searchable = f", {indexed_pages(output)} pages searchable" if search else ""
        log.info(f"rendered {len(site.stories)} articles in {len(site.issues)} editions: "
                 f"{len(outputs)} files in {output} (base URL {site.config.base_url}){searchable}")
        _hand_over(kept, locals())
        return len(outputs)

    # The stale files are made into the spare copy of the site, the search shards of the months
    # they are in are made again there, and the spare is exchanged with the output (spare.py).
    spare = level_spare(output, state_dir, old.spare_lag, old.spare_inode)
    same_frame = old.inputs == inputs and _same_files_and_editions(files, editions, old)
    suspects = suspects_of({f.source for f in todo}, old.sources) if same_frame and old.sources else None
    made = make_outputs(outputs, old.outputs, spare, jobs, suspects)
    moves = made.written
    removes = sorted(path for path in old.outputs if path not in made.outputs)
    for path in removes:
        remove_file(spare, path)
    stale = {m for m in (search_month(p) for p in moves + removes) if m} | old.search_behind
    indexed = index_shards(spare, months, stale, jobs) if search else []
    state.search_behind = frozenset() if search else frozenset(stale)
    if moves or removes or indexed:
        exchange(spare, output)
        state.spare_lag = frozenset([*moves, *removes, *(shard_path(m) for m in indexed)])
    else:
        state.spare_lag = frozenset()
    state.outputs = made.outputs
    state.sources = {o.path: o.sources for o in outputs}
    state.output_inode = os.stat(output).st_ino
    state.spare_inode = spare_inode(state_dir)
    _save_states(state_dir, state, site, vocabulary, jobs)
    settled(state_dir)
    store.keep_only(p.body for p in prepared)
    _save_stamp(state_dir, seen, state)
    log.info(f"rendered {len(site.stories)} articles in {len(site.issues)} editions ({len(todo)} read again): "
             f"{len(moves)} of {len(outputs)} files written, {len(removes)} removed"
             f"{f', {len(indexed)} months re-indexed' if indexed else ''} in {output} "
             f"(base URL {site.config.base_url})")
    _hand_over(kept, locals())
    return len(outputs)


def _hand_over(kept: list | None, made: dict) -> None:
    """Everything a build made (its local variables) to `kept`, when given: freed object by object
    as the build returns, a 10,000-article site model took 0.09 s."""
    if kept is not None:
        kept.append(made)


def _same_files_and_editions(files: list, editions: dict, old: BuildState) -> bool:
    """The same article files as the last build, and every edition.yml as it was."""
    if len(files) != len(old.articles) or editions.keys() != old.editions.keys():
        return False
    if any(old.editions[name][0] != stat for name, (stat, _) in editions.items()):
        return False
    return all(f.relpath in old.articles for f in files)


def _unchanged(files: list, editions: dict, old: BuildState) -> bool:
    return _same_files_and_editions(files, editions, old) and all(old.articles[f.relpath][0] == f.stat for f in files)


def _save_stamp(state_dir: Path, seen: dict, state: BuildState) -> None:
    """What sitebuild.unchanged compares next time: the stamp taken at the start, and the build's
    output folder, size and whether its search index is behind."""
    save_state(state_dir, {**seen, "inode": state.output_inode, "count": len(state.outputs),
                           "generation": state.generation,
                           "search_behind": bool(state.search_behind)}, STAMP_FILE)


def _save_states(state_dir: Path, state: BuildState, site: Site, vocabulary: Vocabulary, jobs: int) -> None:
    """state.pickle and the index of the same (new) generation for the corrections to come, side
    by side when the site is large: each pickles every article (0.2 s apiece at 10,000). Either
    may be written first: the stamp, written after both, names the generation a correction uses,
    and a rebuild reads the index only when its generation is state.pickle's."""
    state.generation = new_generation()
    jobs = jobs if len(state.articles) >= SAVE_PARALLEL_FROM else 1
    run_parts(_save_part, (state_dir, state, site, vocabulary), 2, jobs)


def _save_part(shared: tuple[Path, BuildState, Site, Vocabulary], part: int) -> None:
    state_dir, state, site, vocabulary = shared
    if part == 0:
        save_state(state_dir, state)
        return
    index = make_index(site, vocabulary, state, state.generation, pieces_folder(state_dir))
    save_index(state_dir, index)
    drop_other_pieces(pieces_folder(state_dir), index)
