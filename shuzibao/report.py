"""The editor's report of a clean run: what each page gave and what needs a look."""

from __future__ import annotations

import re

from .clean import PageReport


def page_summary(report: PageReport) -> str:
    """One line per page for the console."""
    glyphs = ", ".join(f"{g}×{n}" for g, n in sorted(report.glyphs.items())) or "none"
    sure = sum(1 for a in report.articles if a.headline == "high")
    generated = sum(1 for a in report.articles if a.headline == "generated")
    attached = len(report.articles) - generated
    return (f"{report.path}: {len(report.articles)} articles, headlines attached {attached} "
            f"({sure} sure), titles generated {generated}, glyphs restored {glyphs}, "
            f"gaps left {len(report.gaps)}, fragments dropped {len(report.fragments)}")


def _code(text: str) -> str:
    """Page text as inline code, whatever backticks it holds: the fence is longer than any run."""
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    return f"{fence} {text} {fence}" if "`" in text else f"`{text}`"


def report_markdown(date: str, reports: list[PageReport], notes: list[str]) -> str:
    """REPORT.md for one edition: the figures, then everything an editor should check."""
    out = [f"# Clean report: {date}", ""]
    for report in reports:
        out += [f"## Page {report.page:02d} ({report.path})", "", page_summary(report), ""]
        out += ["| order | title | headline | raw line |", "|---|---|---|---|"]
        for a in report.articles:
            title = a.title.replace("|", "\\|")
            out.append(f"| {a.order} | {title} | {a.headline} | {a.line} |")
        out.append("")
        if report.glyphs:
            out += ["Glyphs restored: " + ", ".join(f"{g} ×{n}" for g, n in sorted(report.glyphs.items())), ""]
        if report.gaps:
            out += ["Gaps no rule explains (written as 〓, please check):", ""]
            out += [f"- line {line}: {_code(context)}" for line, context in report.gaps]
            out.append("")
        if report.fragments:
            out += ["Fragments dropped (belong to no article):", ""]
            out += [f"- line {line}: {_code(text)}" for line, text in report.fragments]
            out.append("")
    if notes:
        out += ["## Files", ""] + [f"- {n}" for n in notes] + [""]
    return "\n".join(out)
