"""Where the project's templates and assets are (read at call time, so tests can point elsewhere)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "templates"
ASSETS = ROOT / "assets"
