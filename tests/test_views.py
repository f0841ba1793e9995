from hypothesis import given, settings
from hypothesis import strategies as st

from shuzibao.views import Urls, relative_path


def _as_before(path: str, here: str) -> str:
    """Urls.__call__ as first written: every link through relative_path."""
    rel = relative_path(path, here)
    if path == "" or path.endswith("/"):
        rel = "./" if rel == "." else rel + "/"
    return rel


SEGMENTS = ["a", "b", "2015", "01", "tags", "index.html", "feed.xml", ".", "..", ""]
paths = st.lists(st.sampled_from(SEGMENTS), max_size=5).map("/".join)


@settings(max_examples=2000, deadline=None)
@given(paths, paths, st.booleans(), st.booleans())
def test_links_are_what_relative_path_gives(path: str, here: str, path_folder: bool, here_folder: bool):
    path = path + "/" if path_folder and path else path
    here = here + "/" if here_folder and here else here
    assert Urls("/", here)(path) == _as_before(path, here)


def test_site_links():
    page = Urls("/", "2015/01/01/01/slug/")
    assert page("") == "../../../../../" and page("archive/") == "../../../../../archive/"
    assert page("2015/01/01/01/") == "../" and page("2015/01/01/01/other/") == "../other/"
    assert page("2015/01/01/01/slug/") == "./" and page("assets/style.css") == "../../../../../assets/style.css"
    home = Urls("/", "")
    assert home("") == "./" and home("archive/") == "archive/" and home("feed.xml") == "feed.xml"
    assert Urls("/x/", None)("feed.xml") == "/x/feed.xml"


def test_link_repr_is_the_dataclass_repr():
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Link:
        path: str
        label: str
        current: bool = False

    from shuzibao.views import Link as ViewLink
    for args in [("a/", "第01版"), ("x'y/", 'q"\\', True), ("", "")]:
        assert repr(ViewLink(*args)) == repr(Link(*args)).replace(Link.__qualname__, "Link", 1)
