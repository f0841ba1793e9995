"""Time shuzibao as whole processes on generated archives; print a table, append it to RESULTS.md.

    python bench/run.py 1000 10000 [--label "what changed"] [--raw-pages 2000]

For each N: `clean` over the raw pages, a cold `render` of the pages alone (--no-search) and of
the full site with its search index (no build state, no output), a rebuild with nothing changed,
rebuilds after one article's text was corrected (the first makes the spare copy of the site; the
second is the steady state; the third updates pages only), and a rebuild after a template was
edited. The project is copied into bench/work/project so that the template edit never touches the
real templates. After the timed runs the incrementally built site is compared with a fresh full
build, file by file. Nothing is deleted just before a timed run (see QUIET_S).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
WORK = BENCH / "work"
RESULTS = BENCH / "RESULTS.md"
PROJECT_PARTS = ("build.py", "shuzibao", "templates", "assets")
EDITED_TEMPLATE = "article.html"


@dataclass
class Timing:
    seconds: float
    max_rss_mb: float  # the largest single process (getrusage of the waited-for children)
    tree_pss_mb: float  # the whole process tree (parent + workers), sampled proportional set size
    cpu_seconds: float  # user + system time of the whole tree: steadier than wall time on a busy machine


def _children(pid: int) -> list[int]:
    found, queue = [], [pid]
    while queue:
        p = queue.pop()
        found.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    queue.extend(int(c) for c in f.read().split())
        except OSError:
            continue
    return found


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def timed(cmd: list[str], cwd: Path) -> Timing:
    """Run cmd in a fresh intermediate process so getrusage covers this command only."""
    probe = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
             "r = subprocess.run(sys.argv[1:]); w = time.perf_counter() - t; "
             "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
             "print(w, u.ru_maxrss, u.ru_utime + u.ru_stime, file=sys.stderr); "
             "sys.exit(r.returncode)")
    # Timed as a desk runs it, with Python's bytecode cache: an environment that turns the cache
    # off (PYTHONDONTWRITEBYTECODE, as this project's sandbox does) would have every run compile
    # every module again, about 0.1-0.2 s that no installed copy pays.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    proc = subprocess.Popen([sys.executable, "-c", probe, *cmd], cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, env=env)
    peak = [0]
    done = threading.Event()

    def sample() -> None:  # /proc polling: workers' memory counts too, shared pages once
        # Reading smaps_rollup walks the process's page tables under its memory lock: every 10 ms
        # it slowed a 30 s clean by about a quarter, so the interval grows to a quarter second
        # (short runs are still sampled finely, long ones reach their peak slowly anyway).
        interval = 0.01
        while not done.is_set():
            peak[0] = max(peak[0], sum(_pss_kb(p) for p in _children(proc.pid)[1:]))
            done.wait(interval)
            interval = min(0.25, interval * 1.3)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err}")
    wall, rss_kb, cpu = err.strip().splitlines()[-1].split()
    return Timing(float(wall), int(rss_kb) / 1024, peak[0] / 1024, float(cpu))


def generate(n: int, raw_pages: int) -> Path:
    """The pristine archive for N, regenerated only when the generator or its arguments change."""
    out = WORK / f"n{n}"
    stamp = hashlib.sha256((BENCH / "generate.py").read_bytes() + f"{n} {raw_pages}".encode()).hexdigest()
    if (out / "STAMP").exists() and (out / "STAMP").read_text() == stamp:
        return out
    put_aside(out)
    subprocess.run([sys.executable, str(BENCH / "generate.py"), "--articles", str(n), "--raw-pages",
                    str(raw_pages), "--out", str(out)], check=True, cwd=ROOT)
    (out / "STAMP").write_text(stamp)
    return out


# This machine's file system (ext4 without a journal) checks, for each inode it hands out, whether
# it was freed in the last one to five minutes, and passes over those: creating files just after
# tens of thousands were deleted took 5-8 times the system time (cold render: 2.3 s of system
# time after a quiet spell, 12.8-18.1 s right after the last run's folders were deleted). So the
# timed runs delete nothing before they start: earlier runs' folders are moved aside, deleted when
# all is timed, and a run that starts within five minutes of such a deletion waits first.
TRASH = WORK / "trash"
DELETED_STAMP = WORK / "DELETED"
QUIET_S = 300


def put_aside(folder: Path) -> None:
    if folder.exists():
        TRASH.mkdir(parents=True, exist_ok=True)
        folder.rename(TRASH / f"{folder.name}-{os.getpid()}-{len(list(TRASH.iterdir()))}")


def empty_trash() -> None:
    if TRASH.exists():
        shutil.rmtree(TRASH)
        DELETED_STAMP.write_text(f"{time.time()}\n")


def wait_for_quiet() -> None:
    empty_trash()  # what an interrupted run left
    try:
        since = time.time() - float(DELETED_STAMP.read_text())
    except (OSError, ValueError):
        return
    if since < QUIET_S:
        print(f"(waiting {QUIET_S - since:.0f} s: files were deleted {since:.0f} s ago)", file=sys.stderr, flush=True)
        time.sleep(QUIET_S - since)


def copy_project() -> Path:
    project = WORK / "project"
    put_aside(project)
    project.mkdir(parents=True)
    for part in PROJECT_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, project / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, project / part)
    return project


def edit_one_article(articles: Path, part: int = 2) -> Path:
    """A correction inside the archive (at 1/part of it): one sentence of the body changes."""
    files = sorted(articles.rglob("*.md"))
    target = files[len(files) // part]
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("。", "（更正）。", 1) if "。" in text[text.index("\n---\n"):]
                      else text + "\n更正。\n", encoding="utf-8")
    return target


def tree_digest(folder: Path) -> dict[str, str]:
    """Every page's digest. Pagefind names its index files by a hash of each run, so the search
    bundle is left out: it is not byte-identical between two builds of the same pages."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and "pagefind" not in p.relative_to(folder).parts}


def count_files(folder: Path) -> int:
    return sum(1 for p in folder.rglob("*") if p.is_file())


def bench_one(n: int, raw_pages: int, verify: bool) -> list[tuple[str, Timing, str]]:
    archive = generate(n, raw_pages)
    wait_for_quiet()
    project = copy_project()
    scratch = WORK / f"run{n}"
    put_aside(scratch)
    shutil.copytree(archive / "content", scratch / "content")
    content, output = scratch / "content" / "articles", scratch / "output"
    python = sys.executable
    render = [python, str(project / "build.py"), "render", "-q", "--content", str(content), "--output", str(output)]
    rows = []
    if raw_pages:
        cleaned = scratch / "cleaned"
        clean = [python, str(project / "build.py"), "clean", "-q", "--raw", str(archive / "raw"),
                 "--content", str(cleaned)]
        t = timed(clean, scratch)
        rows.append(("clean", t, f"{raw_pages} pages, {raw_pages / t.seconds:.0f} pages/s"))
    pages_only = [*render[:-1], str(scratch / "output-pages"), "--no-search"]
    t = timed(pages_only, scratch)
    rows.append(("cold render, pages only (--no-search)", t, f"{count_files(scratch / 'output-pages')} files, "
                                                             f"{n / t.seconds:.0f} articles/s"))
    t = timed(render, scratch)
    rows.append(("cold render", t, f"{count_files(output)} files, {n / t.seconds:.0f} articles/s"))
    rows.append(("nothing changed", timed(render, scratch), ""))
    edited = edit_one_article(content, 2)
    rows.append(("one article edited", timed(render, scratch), edited.relative_to(content).as_posix()
                 + ", the spare copy made"))
    edited = edit_one_article(content, 3)
    rows.append(("another article edited", timed(render, scratch), edited.relative_to(content).as_posix()
                 + ", its month re-indexed"))
    edited = edit_one_article(content, 4)
    rows.append(("another article edited, pages only", timed([*render, "--no-search"], scratch),
                 edited.relative_to(content).as_posix()))
    template = project / "templates" / EDITED_TEMPLATE
    template.write_text(template.read_text(encoding="utf-8").replace(
        "{% block main %}", "{% block main %}\n<!-- edited -->", 1), encoding="utf-8")
    rows.append(("template edited", timed(render, scratch), EDITED_TEMPLATE))
    if verify:
        full = scratch / "output-full"
        subprocess.run([*render[:-1], str(full)], check=True, cwd=scratch)
        same = tree_digest(output) == tree_digest(full)
        rows[-1] = (rows[-1][0], rows[-1][1], rows[-1][2] + (", = full build" if same else ", DIFFERS from full build"))
    return rows


def machine() -> str:
    git = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return (f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"commit {git.stdout.strip() or '?'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--label", default="", help="what this run measures, for RESULTS.md")
    parser.add_argument("--raw-pages", type=int, default=None,
                        help="raw pages for clean (default: N, at most 2,000: clean is timed per page)")
    parser.add_argument("--no-verify", action="store_true", help="skip comparing with a fresh full build")
    args = parser.parse_args(argv)
    load = os.getloadavg()[0]
    lines = [f"### {_dt.datetime.now():%Y-%m-%d %H:%M} {args.label}".rstrip(), "",
             f"{machine()}, load average {load:.1f} at the start", "",
             "| N | case | wall s | CPU s | peak RSS MB (largest process) | peak PSS MB (all processes) | notes |",
             "|---|---|---:|---:|---:|---:|---|"]
    print("\n".join(lines), flush=True)
    for n in args.sizes:
        raw_pages = min(n, 2000) if args.raw_pages is None else args.raw_pages
        timings = bench_one(n, raw_pages, not args.no_verify)
        DELETED_STAMP.write_text(f"{time.time()}\n")  # its full rebuilds removed the site they replaced
        for case, t, note in timings:
            row = (f"| {n} | {case} | {t.seconds:.2f} | {t.cpu_seconds:.2f} | {t.max_rss_mb:.0f} | "
                   f"{t.tree_pss_mb:.0f} | {note} |")
            lines.append(row)
            print(row, flush=True)
    with RESULTS.open("a", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n\n")
    empty_trash()
    return 0


if __name__ == "__main__":
    sys.exit(main())
