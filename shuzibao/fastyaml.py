"""yaml.safe_load and safe_dump, through libyaml where PyYAML has it: the same values and text, about ten times faster.

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


_FAST_DUMPER = getattr(yaml, "CSafeDumper", None)


def safe_dump(data, same_text: bool, **options) -> str:
    """yaml.safe_dump(data, **options); through libyaml's emitter (about ten times faster) where
    the caller has found (`same_text`) that it writes PyYAML's own text for these data and options:
    the resolvers and representers are the same Python code, the emitters are not."""
    if same_text and _FAST_DUMPER is not None:
        return yaml.dump(data, Dumper=_FAST_DUMPER, **options)
    return yaml.safe_dump(data, **options)


# Strings libyaml's emitter writes as PyYAML's own does at the default width: Han, ASCII letters,
# digits and _, no spaces (nothing to fold, escape or quote differently) and short enough to be a
# simple key (libyaml counts a key's 128-character limit in UTF-8 bytes, PyYAML in characters).
# Outside these the two emitters differ (astral characters, long lines, long keys).
_PLAIN_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9_]{1,40}")


def plain(value) -> bool:
    """Every key and value a number or such a string: libyaml writes them as PyYAML does."""
    if isinstance(value, dict):
        return all(plain(k) and plain(v) for k, v in value.items())
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, str) and _PLAIN_RE.fullmatch(value) is not None)
