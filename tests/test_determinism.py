"""Cleaning gives the same files whatever Python's hash seed (set and dict order)."""

import os
import subprocess
import sys
from pathlib import Path

from damage import CORPUS_DIR, load_corpus, page_cases

ROOT = Path(__file__).resolve().parents[1]


def test_clean_output_does_not_depend_on_the_hash_seed(tmp_path):
    raw = tmp_path / "raw"
    for i, case in enumerate(page_cases(load_corpus(CORPUS_DIR), 30, seed=5)):
        folder = raw / f"2021-03-{i + 1:02d}"
        folder.mkdir(parents=True)
        (folder / "01.txt").write_text(case.raw, encoding="utf-8")
    (raw / "glyphs.yml").write_bytes((CORPUS_DIR / "glyphs.yml").read_bytes())
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"articles-{seed}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        proc = subprocess.run([sys.executable, str(ROOT / "build.py"), "clean", "--raw", str(raw),
                               "--content", str(out), "-q"], env=env, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        outputs.append({p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert outputs[0].keys() == outputs[1].keys()
    assert [k for k in outputs[0] if outputs[0][k] != outputs[1][k]] == []
