"""The harness's report: the tables and targets of ``bench/run.py``, as Markdown.

``write_results`` rewrites ``bench/RESULTS.md`` but keeps the section that
``bench/load.py`` writes between ``<!-- load:start -->`` and
``<!-- load:end -->``, so either script can run without losing the other's
figures.
"""

import datetime
import os
import platform
import subprocess
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
LOAD_START = "<!-- load:start -->"
LOAD_END = "<!-- load:end -->"
TARGET_TARGETS = {
    "cached_ratio": 0.60,
    "village_home": 0.015,
    "article_or_service": 0.03,
    "api": 0.015,
    "scale_flat": 0.15,
    "rss_mb": 150,
}


def machine() -> str:
    cpu = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = Path("/proc/meminfo").read_text().splitlines()[0].split()[1]
    return (
        f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), "
        f"{int(memory) // 1024} MB RAM, Python {platform.python_version()}"
    )


def commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=BASE_DIR, capture_output=True, text=True
        ).stdout.strip()
    except OSError:
        return "unknown"


def load_section(text: str) -> str:
    """The load run's section of ``text``, markers included, or "" if it has none."""
    start, end = text.find(LOAD_START), text.find(LOAD_END)
    if start == -1 or end < start:
        return ""
    return text[start : end + len(LOAD_END)]


def write_results(path: Path, text: str) -> None:
    """Write ``text`` to ``path``, keeping the load section already there (at the end)."""
    kept = load_section(path.read_text(encoding="utf-8")) if path.exists() else ""
    if kept and LOAD_START not in text:
        text = text.rstrip("\n") + "\n\n" + kept + "\n"
    path.write_text(text, encoding="utf-8")


def scale_section(scale: list[dict], repeat: int) -> tuple[list[str], tuple[str, bool]]:
    """The scale table's lines and its target check (text, met)."""
    lines = [
        "## Scale: cost against the number of sites (in process, fastest and median "
        f"of {repeat} warm renders, full-page cache off)",
        "",
        "On a database of its own: one kecamatan (Rambang Kapak Tengah) and its 9 "
        "villages seeded with the demo's content (10 sites), then synthetic villages "
        f"added by `generate_villages`. Village home measured: `{scale[0]['village']}`, "
        "and the pages API (`?limit=20`) on its host.",
        "",
        "| sites | village home ms (fastest / median) | queries "
        "| API pages (20) ms (fastest / median) | queries |",
        "|---|---|---|---|---|",
    ]
    for row in scale:
        lines.append(
            f"| {row['sites']} | {row['home_ms']:.1f} / {row['home_median']:.1f} | "
            f"{row['home_q']} | {row['api_ms']:.1f} / {row['api_median']:.1f} | "
            f"{row['api_q']} |"
        )
    first, last = scale[0], scale[-1]
    # Flat means no growth: a render that got faster with more sites only
    # shows what else the machine was doing during the first measurement.
    growth = max(last[k] / first[k] - 1 for k in ("home_ms", "api_ms"))
    same_queries = last["home_q"] == first["home_q"] and last["api_q"] == first["api_q"]
    check = (
        f"Flat from {first['sites']} to {last['sites']} sites: grows ≤ 15% "
        f"(fastest render time {growth:+.0%}, "
        f"queries {'equal' if same_queries else 'differ'})",
        growth <= TARGET_TARGETS["scale_flat"] and same_queries,
    )
    return lines + [""], check


def scale_report(args, scale: list[dict]) -> str:
    """The scale section alone, with its target (``--scale-only`` prints this)."""
    lines, (text, ok) = scale_section(scale, args.repeat)
    return "\n".join([*lines, f"- {'MET' if ok else 'NOT MET'}: {text}"]) + "\n"


def report(args, targets, counts, loads, rss, scale, bare_label) -> str:
    """The whole RESULTS.md text: setup, load table, scale table and targets."""
    from django.conf import settings

    database = "PostgreSQL" if settings.IS_POSTGRES else "SQLite"
    cache_backend = "Redis" if settings.REDIS_URL else "local memory (per worker)"
    lines = [
        "# Benchmark results",
        "",
        f"- date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
        f"- machine: {machine()}",
        f"- commit: {commit()} (plus uncommitted changes in the work tree, if any)",
        f"- setup: seeded demo on {database}; cache: {cache_backend}; gunicorn, 2 sync "
        f"workers, DEBUG off; `wrk -t2 -c{args.connections} -d{args.duration}s` per row "
        "after a 1 s warm-up; wrk and the server share the machine",
        "- uncached: full-page cache off (every request renders; home sections come from "
        "the fragment cache); cached: full-page cache hit; API cached: conditional GET "
        "answered 304 from the ETag",
        "- queries: per request, in process, warm; gzip: HTML/JSON body at level 6",
        "",
    ]
    header = "| target | mode | HTTP | req/s | p50 ms | p99 ms | × bare | SQL | gzip B |"
    lines += [header, "|---|---|---|---|---|---|---|---|---|"]
    for mode in ("uncached", "cached"):
        bare = loads[(mode, bare_label)]["rps"]
        for label, _host, _path in targets:
            result = loads[(mode, label)]
            row = counts.get(label, {})
            queries = row.get(f"queries_{mode}", "")
            lines.append(
                f"| {label} | {mode} | {result['status']} | {result['rps']:.0f} | "
                f"{result['p50']:.1f} | {result['p99']:.1f} | {result['rps'] / bare:.1%} | "
                f"{queries} | {row.get('gzip_bytes', '')} |"
            )
    lines += ["", f"Worker RSS after the runs: {', '.join(f'{m:.0f} MB' for m in rss)}", ""]

    def ratio(mode, label):
        return loads[(mode, label)]["rps"] / loads[(mode, bare_label)]["rps"]

    page_labels = [t[0] for t in targets[1:] if not t[2].startswith("/api/")]
    worst_cached = min(page_labels, key=lambda label: ratio("cached", label))
    article = max(ratio("uncached", "News article"), ratio("uncached", "Service page"))
    api_ratio = ratio("uncached", "API pages (20)")
    limits = counts["api_pages_limit"], counts["api_services_limit"]
    api_flat = all(c["1"] == c["20"] for c in limits)
    checks = [
        (
            f"Cached anonymous page ≥ 60% of bare (worst: {worst_cached}, "
            f"{ratio('cached', worst_cached):.0%})",
            ratio("cached", worst_cached) >= TARGET_TARGETS["cached_ratio"],
        ),
        (
            f"Uncached village home ≥ 1.5% of bare ({ratio('uncached', 'Village home'):.1%})",
            ratio("uncached", "Village home") >= TARGET_TARGETS["village_home"],
        ),
        (
            f"Uncached news article or service page ≥ 3% of bare (best: {article:.1%})",
            article >= TARGET_TARGETS["article_or_service"],
        ),
        (
            f"API list of 20: queries as with 1 (pages {limits[0]}, services {limits[1]}) "
            f"and ≥ 1.5% of bare ({api_ratio:.1%})",
            api_flat and api_ratio >= TARGET_TARGETS["api"],
        ),
        (
            f"Worker RSS ≤ 150 MB (max {max(rss):.0f} MB)" if rss else "Worker RSS: not read",
            bool(rss) and max(rss) <= TARGET_TARGETS["rss_mb"],
        ),
    ]
    if scale:
        scale_lines, scale_check = scale_section(scale, args.repeat)
        lines += scale_lines
        checks.append(scale_check)
    lines += ["## Targets", ""]
    lines += [f"- {'MET' if ok else 'NOT MET'}: {text}" for text, ok in checks]
    return "\n".join(lines) + "\n"
