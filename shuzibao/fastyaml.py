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


def safe_load(text: str):
    if _FAST_LOADER is None or _NON_PRINTABLE_RE.search(text):
        return yaml.safe_load(text)
    try:
        return yaml.load(text, Loader=_FAST_LOADER)
    except (yaml.YAMLError, ValueError):
        return yaml.safe_load(text)  # raises again, with the pure-Python parser's message
