"""The publication's tag vocabulary (content/tags.yml): canonical tags, kinds, aliases, stop list.

    tags:
      吕梁: {kind: 地点, aliases: [吕梁市]}
      李正印: {kind: 人物}
    stop: [全市, 工作]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .ingest import load_yaml

KINDS = ("人物", "地点", "机构", "主题")
DEFAULT_KIND = "主题"


@dataclass(frozen=True)
class Vocabulary:
    kinds: dict[str, str] = field(default_factory=dict)  # canonical tag -> kind
    aliases: dict[str, str] = field(default_factory=dict)  # alias -> canonical tag
    stop: frozenset[str] = frozenset()

    def canonical(self, tag: str) -> str:
        return self.aliases.get(tag, tag)

    def kind(self, tag: str) -> str:
        return self.kinds.get(self.canonical(tag), DEFAULT_KIND)

    def is_stopped(self, tag: str) -> bool:
        return tag in self.stop or self.canonical(tag) in self.stop


def load_vocabulary(path: Path, default_stop: frozenset[str] = frozenset()) -> Vocabulary:
    """Read tags.yml; a missing file gives an empty vocabulary with the default stop list."""
    if not path.exists():
        return Vocabulary(stop=default_stop)
    data = load_yaml(path) or {}
    if not isinstance(data, dict):
        raise InputError(str(path), "must be a mapping with 'tags' and 'stop'", 1)
    kinds: dict[str, str] = {}
    aliases: dict[str, str] = {}
    tags = data.get("tags") or {}
    if not isinstance(tags, dict):
        raise InputError(str(path), "'tags' must map each tag to {kind:, aliases:}")
    for tag, info in tags.items():
        info = info or {}
        if not isinstance(info, dict):
            raise InputError(str(path), f"tag {tag!r}: give {{kind: ..., aliases: [...]}}")
        kind = info.get("kind", DEFAULT_KIND)
        if kind not in KINDS:
            raise InputError(str(path), f"tag {tag!r}: kind must be one of {', '.join(KINDS)}")
        kinds[str(tag)] = kind
        alias_list = info.get("aliases") or []
        if not isinstance(alias_list, list):
            raise InputError(str(path), f"tag {tag!r}: 'aliases' must be a list")
        for alias in alias_list:
            aliases[str(alias)] = str(tag)
    stop = data.get("stop") or []
    if not isinstance(stop, list):
        raise InputError(str(path), "'stop' must be a list of words")
    return Vocabulary(kinds=kinds, aliases=aliases, stop=default_stop | frozenset(str(s) for s in stop))
