"""Live preview: build, serve the output folder, rebuild and reload the browser on every change."""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

from .errors import InputError, InputErrors
from .log import Log
from .paths import ASSETS, TEMPLATES
from .sitebuild import render_site


def rebuild(args: argparse.Namespace, log: Log, search: bool = True) -> bool:
    """Clean (when the cleaner is installed and raw pages exist), then render; errors are printed,
    not raised, so that a typo in an article does not stop the preview. After an edit the pages
    alone are rebuilt (search=False), so the browser shows it at once; re-indexing a month for
    search takes seconds, and the next `render` does it."""
    base_url = args.base_url or "/"  # previewed at the server's root whatever site.yml says
    try:
        if Path(args.raw).is_dir() and importlib.util.find_spec("shuzibao.pipeline") is not None:
            from .pipeline import clean_all
            clean_all(args.raw, args.content, force=False, log=log)
        render_site(args.content, args.output, base_url=base_url, log=log,
                    search=search and not getattr(args, "no_search", False))
    except InputErrors as exc:
        for error in exc.errors:
            log.error(error.format())
        return False
    except InputError as exc:
        log.error(exc.format())
        return False
    return True


def watched_paths(args: argparse.Namespace) -> list[Path]:
    content = Path(args.content)
    settings = [content.parent / name for name in ("site.yml", "tags.yml", "pinyin.yml")]
    return [p for p in (Path(args.raw), content, TEMPLATES, ASSETS, *settings) if p.exists()]


def serve(args: argparse.Namespace, log: Log) -> None:
    from livereload import Server  # only the preview needs it

    rebuild(args, log)
    Path(args.output).mkdir(parents=True, exist_ok=True)
    server = Server()
    for path in watched_paths(args):
        server.watch(str(path), lambda: rebuild(args, log, search=False))
    log.info(f"preview on http://{args.host}:{args.port}/ (Ctrl-C to stop)")
    # The output folder is replaced by a rename on each build; serving by path picks up the new one.
    server.serve(root=str(args.output), host=args.host, port=args.port, open_url_delay=None,
                 restart_delay=0)
