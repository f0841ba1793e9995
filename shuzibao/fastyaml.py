"""yaml.safe_load, through libyaml when PyYAML has it: the same values, about ten times faster.

CSafeLoader is libyaml's parser in front of the same SafeConstructor and resolver, so a valid
document gives the same Python values. Error messages and line numbers differ between the two
parsers, so a document libyaml rejects is parsed again by the pure-Python loader, whose errors are
the ones users see; text the Python reader would refuse (control characters) never reaches libyaml.
"""

from __future__ import annotations

import re

import yaml

_FAST_LOADER = getattr(yaml, "CSafeLoader", None)
# The characters yaml.reader.Reader refuses; libyaml's rules are not exactly the same.
_NON_PRINTABLE_RE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


# Front matter as dump_article writes it: one `key: value` a line, each value a whole number,
# true/false, a single-quoted string, a plain string YAML can only read as a string, or a flow
# list of such strings. Any other document (or line) is left to PyYAML.
_PLAIN = r"[^\x00-\x40\[\\\]^_`{|}~\x7f-\x9f\u2028\u2029\ufeffnNyYtTfFoO][^\x00-\x1f:#\x7f-\x9f\u2028\u2029\ufeff]*"
_QUOTED = r"'(?:[^'\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]|'')*'"
_FLOW_ITEM = r"(?:[^\x00-\x40\[\\\]^_`{|}~\x7f-\x9f\u2028\u2029\ufeffnNyYtTfFoO]" \
             r"[^\x00-\x1f:#,?\[\]{}\x7f-\x9f\u2028\u2029\ufeff]*|'[^',\x00-\x1f]*')"
_LINE_RE = re.compile(
    r"(title|kicker|subtitle|byline|authors|date|page|order|slug|tags|captions|title_generated): "
    rf"(?:(?P<int>0|[1-9][0-9]{{0,17}})|(?P<bool>true|false)|(?P<quoted>{_QUOTED})|(?P<plain>{_PLAIN})"
    rf"|\[(?P<list>(?:{_FLOW_ITEM}(?:, {_FLOW_ITEM})*)?)\])\n")


def _simple_front_matter(text: str) -> dict | None:
    """The mapping, for a document made only of lines _LINE_RE reads; else None."""
    data: dict = {}
    pos = 0
    while pos < len(text):
        m = _LINE_RE.match(text, pos)
        if m is None:
            return None
        pos = m.end()
        key, value = m.group(1), m.lastgroup
        if value == "int":
            data[key] = int(m.group("int"))
        elif value == "bool":
            data[key] = m.group("bool") == "true"
        elif value == "quoted":
            data[key] = m.group("quoted")[1:-1].replace("''", "'")
        elif value == "plain":
            plain = m.group("plain")
            if plain[-1] == " ":  # YAML drops trailing blanks
                return None
            data[key] = plain
        else:
            items = m.group("list")
            data[key] = [item[1:-1] if item[0] == "'" else item for item in items.split(", ")] if items else []
            if any(item[-1] == " " for item in data[key] if item):
                return None
    return data or None


def safe_load(text: str):
    if _FAST_LOADER is None or _NON_PRINTABLE_RE.search(text):
        return yaml.safe_load(text)
    simple = _simple_front_matter(text)
    if simple is not None:
        return simple
    try:
        return yaml.load(text, Loader=_FAST_LOADER)
    except (yaml.YAMLError, ValueError):
        return yaml.safe_load(text)  # raises again, with the pure-Python parser's message
