"""Plain data passed between the stages of the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RawPage:
    """The text of one printed page, decoded, with where it came from."""

    path: str
    date: str  # YYYY-MM-DD
    page: int
    text: str


@dataclass(frozen=True)
class Edition:
    """One day's paper: its publication name and its pages' names (版面)."""

    date: str
    publication: str = ""
    page_names: dict[int, str] = field(default_factory=dict)
    tag_kinds: dict[str, str] = field(default_factory=dict)  # kinds the cleaner found for its tags


@dataclass(frozen=True)
class Article:
    """One article as stored in content/: front matter fields plus a Markdown body."""

    title: str
    date: str
    page: int
    order: int
    body: str  # Markdown, escaped so that page text renders as text
    kicker: str = ""
    subtitle: str = ""
    byline: str = ""
    authors: tuple[str, ...] = ()
    slug: str = ""
    tags: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    title_generated: bool = False
    source: str = ""  # the Markdown file it was read from, for messages

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p.strip()]
