from markupsafe import Markup, escape

from shuzibao.bodies import StoredHTML
from shuzibao.render import escape_text, make_env


class _Body(StoredHTML):
    """A body read from no store."""

    def __init__(self, html: str):
        super().__init__("key@pack:0:0", None)
        self.html = html

    def __html__(self) -> str:
        return self.html


def test_printed_values_are_escaped_as_markupsafe_does():
    values = ["", "plain 文字", "<script>alert('x') & \"y\"</script>", Markup("<b>bold</b> &amp;"),
              _Body("<p>正文 &lt;</p>"), 42, 3.5, None, True, ("a", "<b>")]
    for value in values:
        text = escape_text(value)
        assert type(text) in (str, Markup) and text == str(escape(value)), value


def test_templates_print_through_escape_text():
    env = make_env()
    template = env.from_string("{{ a }}|{{ b }}|{% macro m(x) %}<i>{{ x }}</i>{% endmacro %}{{ m(a) }}")
    assert template.root_render_func.__globals__["escape"] is escape_text
    assert template.render(a="<&>", b=Markup("<br>")) == "&lt;&amp;&gt;|<br>|<i>&lt;&amp;&gt;</i>"
