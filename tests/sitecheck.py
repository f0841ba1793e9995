"""Helpers for the site tests: serve an output folder under a sub-path, and read HTML."""

from __future__ import annotations

import contextlib
import functools
import threading
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _SubPathHandler(SimpleHTTPRequestHandler):
    prefix = "/"

    def translate_path(self, path: str) -> str:
        path = path.split("?", 1)[0].split("#", 1)[0]
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / ".no-such-file")  # outside the sub-path: 404
        return super().translate_path("/" + path[len(self.prefix):])

    def log_message(self, *args) -> None:  # keep pytest output quiet
        pass


@contextlib.contextmanager
def serve(folder: Path, prefix: str):
    """http://127.0.0.1:PORT{prefix} serves folder, as GitHub Pages serves a project site."""
    handler = type("Handler", (_SubPathHandler,), {"prefix": prefix})
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class PageParser(HTMLParser):
    """Collects every URL a page refers to, its <h1>s and the <html lang>."""

    REFS = {("a", "href"), ("link", "href"), ("img", "src"), ("script", "src"), ("source", "src")}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refs: list[str] = []
        self.h1 = 0
        self.lang: str | None = None
        self.h1_text: list[str] = []
        self._in_h1 = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag == "h1":
            self.h1 += 1
            self._in_h1 = True
        for name, attr in self.REFS:
            if tag == name and attrs.get(attr):
                self.refs.append(attrs[attr])

    def handle_endtag(self, tag):
        if tag == "h1":
            self._in_h1 = False

    def handle_data(self, data):
        if self._in_h1:
            self.h1_text.append(data)


def parse_page(text: str) -> PageParser:
    parser = PageParser()
    parser.feed(text)
    return parser
