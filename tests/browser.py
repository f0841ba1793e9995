"""Helpers for the real-browser tests: Debian's chromium driven by Playwright, axe-core injected.

The browser and axe-core are installed by `make test` (the .browser-deps step). When either is
missing the tests fail and say how to install it; they are skipped only when SHUZIBAO_SKIP_BROWSER=1
is set on purpose, so a CI machine without a browser can never pass by skipping.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path(os.environ.get("SHUZIBAO_CHROMIUM", "/usr/bin/chromium"))
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "output-test"
# Without the background-networking flags chromium keeps calling home, which a closed network punishes.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
WIDTHS = {"phone": 390, "desktop": 1280}
FAILING_IMPACTS = ("serious", "critical")


def require_browser() -> None:
    """Skip only on explicit request; otherwise a missing piece is a failure with the fix in it."""
    if os.environ.get("SHUZIBAO_SKIP_BROWSER") == "1":
        pytest.skip("SHUZIBAO_SKIP_BROWSER=1")
    fix = "run `rm -f .browser-deps && make test`, or set SHUZIBAO_SKIP_BROWSER=1 to skip on purpose"
    if not CHROMIUM.is_file():
        pytest.fail(f"no browser at {CHROMIUM}: {fix}", pytrace=False)
    if not AXE.is_file():
        pytest.fail(f"no axe-core at {AXE}: {fix}", pytrace=False)
    try:
        import playwright  # noqa: F401
    except ImportError:
        pytest.fail(f"playwright is not installed: {fix}", pytrace=False)


def launch(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def axe_violations(page) -> list[str]:
    """Serious and critical axe-core violations of the page as it is now, one line each."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [f"{v['impact']} {v['id']}: {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in results["violations"] if v["impact"] in FAILING_IMPACTS]


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def fresh_screenshots() -> None:
    """Old screenshots of pages the site no longer has would mislead whoever looks at the folder."""
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    SCREENSHOTS.mkdir()
