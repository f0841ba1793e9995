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
# The characters yaml.reader.Reader refuses (all but \t \n \r, printable ASCII, \x85, \xa0-\ud7ff,
# \ue000-\ufffd and beyond \uffff); libyaml's rules are not exactly the same. Written as the few
# refused ranges: the negated class of the allowed ones takes 8 ms to compile, a correction's budget.
_NON_PRINTABLE_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def safe_load(text: str):
    if _FAST_LOADER is None or _NON_PRINTABLE_RE.search(text):
        return yaml.safe_load(text)
    try:
        return yaml.load(text, Loader=_FAST_LOADER)
    except (yaml.YAMLError, ValueError):
        return yaml.safe_load(text)  # raises again, with the pure-Python parser's message
