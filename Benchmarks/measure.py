#!/usr/bin/env python3
"""Whole-process measurements for compare.sh: wall time and peak RSS of every run, and the table.

  measure.py run --results FILE --task T --tool NAME --unit triples|chars --units N --bytes B
                 [--runs 5] [--timeout S] [--clean DIR]
                 [--reference] [--ratio-task T] [--articles N] [--speedup-vs TOOL] -- COMMAND...
      Runs COMMAND (no shell, stdin and stdout /dev/null) --runs times and appends one JSON line
      to FILE; a failing or timed-out run ends the row (a timeout is shown as a lower bound). Each run is timed
      with a monotonic clock from spawn to exit; its peak resident set size is the one GNU time
      (`/usr/bin/time -f %M`, run as the direct parent) reports: the largest of the process and
      its children. GNU time rather than this script's own wait4, because a child forked from
      Python inherits Python's ~15 MB high-water mark.
  measure.py copy --results FILE --task T --tool NAME --as-task T2 --as-tool NAME2 [options]
      Reuses a measured row under another name instead of running the same command twice.
  measure.py table --results FILE
      Prints one table, one row per line of FILE, in order.
  measure.py size DIR [--limit N]
      "CHARS BYTES": Unicode characters and bytes in the first N (sorted) *.txt files of DIR.

Why not hyperfine: it reports wall time but not peak memory; measuring both in the same run keeps
the two columns about the same executions.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

GNU_TIME = "/usr/bin/time"


def run_once(command: list[str], timeout: float) -> dict:
    """One whole-process run: wall seconds, peak RSS in MB, exit status and the end of stderr."""
    with tempfile.TemporaryFile() as errors, tempfile.NamedTemporaryFile("r") as peak:
        start = time.perf_counter()
        process = subprocess.Popen([GNU_TIME, "-f", "%M", "-o", peak.name, *command],
                                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=errors, start_new_session=True)
        timed_out = threading.Event()

        def kill() -> None:
            timed_out.set()
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:  # it ended just before the deadline
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        process.wait()
        wall = time.perf_counter() - start
        timer.cancel()
        errors.seek(0)
        tail = errors.read()[-600:].decode("utf-8", "replace")
        peak_kb = peak.read().strip().splitlines()[-1:] or ["0"]
    rss_mb = int(peak_kb[0]) / 1024 if peak_kb[0].isdigit() else 0.0
    return {"wall": wall, "rss_mb": rss_mb, "rc": process.returncode,
            "timeout": timed_out.is_set(), "stderr": tail}


def run(args: argparse.Namespace) -> int:
    runs = []
    for _ in range(args.runs):
        if args.clean:
            shutil.rmtree(args.clean, ignore_errors=True)
            Path(args.clean).mkdir(parents=True)
        result = run_once(args.command, args.timeout)
        runs.append(result)
        if result["rc"] != 0 or result["timeout"]:
            break
    failed = next((r for r in runs if r["rc"] != 0 or r["timeout"]), None)
    row = describe(args, args.task, args.tool)
    row.update({
        "command": args.command,
        "runs": [{"wall": r["wall"], "rss_mb": r["rss_mb"]} for r in runs],
        "status": "ok" if failed is None else ("timeout" if failed["timeout"] else f"exit {failed['rc']}"),
        "timeout": args.timeout,
        "stderr": failed["stderr"] if failed else "",
    })
    append(args.results, row)
    summary = f"{args.task} | {args.tool}: {row['status']}"
    if failed is None:
        summary += f", median {statistics.median(r['wall'] for r in runs):.3f} s"
    print(summary, file=sys.stderr)
    if failed:
        print(failed["stderr"], file=sys.stderr)
    return 0


def describe(args: argparse.Namespace, task: str, tool: str) -> dict:
    return {"task": task, "tool": tool, "unit": args.unit, "units": args.units, "bytes": args.bytes,
            "reference": args.reference, "ratio_task": args.ratio_task or task,
            "articles": args.articles, "speedup_vs": args.speedup_vs}


def append(path: str, row: dict) -> None:
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def load(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def copy(args: argparse.Namespace) -> int:
    source = next((r for r in load(args.results) if r["task"] == args.task and r["tool"] == args.tool), None)
    if source is None:
        print(f"measure.py: no row {args.task!r} / {args.tool!r} to copy", file=sys.stderr)
        return 1
    row = dict(source)
    row.update({"task": args.as_task, "tool": args.as_tool, "reference": args.reference,
                "ratio_task": args.ratio_task or args.as_task,
                "articles": args.articles or source["articles"], "speedup_vs": args.speedup_vs})
    append(args.results, row)
    return 0


def median_wall(row: dict) -> float | None:
    return statistics.median(r["wall"] for r in row["runs"]) if row["status"] == "ok" else None


def rate(value: float, unit: str) -> str:
    for factor, prefix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if value >= factor:
            return f"{value / factor:.2f} {prefix} {unit}/s"
    return f"{value:.1f} {unit}/s"


def figure(value: float) -> str:
    """A number with two decimals, or two significant digits when it is smaller than 0.1."""
    return f"{value:.2f}" if value >= 0.1 else f"{value:.2g}"


def table(args: argparse.Namespace) -> int:
    rows = load(args.results)
    references = {r["task"]: r for r in rows if r["reference"] and r["status"] == "ok"}
    header = ("task", "tool", "median wall s", "throughput", "peak RSS MB", "ratio to kgx", "note")
    lines = []
    for row in rows:
        wall = median_wall(row)
        reference = references.get(row["ratio_task"])
        if row["status"] == "timeout":
            # A lower bound is still a result: the tool needs more than the whole timeout.
            bound = row["timeout"] / row["units"] / (median_wall(reference) / reference["units"]) if reference else None
            lines.append((row["task"], row["tool"], f"> {row['timeout']:.0f}", "", "",
                          f"> {figure(bound)}" if bound else "", "timed out on its first run"))
            continue
        if wall is None:
            last_error = (row["stderr"].strip().splitlines() or [""])[-1][:70]
            lines.append((row["task"], row["tool"], row["status"], "", "", "", last_error))
            continue
        rss = statistics.median(r["rss_mb"] for r in row["runs"])
        throughput = f"{rate(row['units'] / wall, row['unit'])}, {figure(row['bytes'] / wall / 1e6)} MB/s"
        ratio = ""
        if reference is not None:
            per_unit = wall / row["units"]
            reference_per_unit = median_wall(reference) / reference["units"]
            ratio = figure(per_unit / reference_per_unit)
        notes = [f"n={len(row['runs'])}"]
        if row["articles"]:
            notes.append(f"{wall / row['articles'] * 1000:.2f} ms/article")
        if row["speedup_vs"]:
            base = next((r for r in rows if r["task"] == row["task"] and r["tool"] == row["speedup_vs"]), None)
            if base is not None and median_wall(base) is not None:
                notes.append(f"speed-up {median_wall(base) / wall:.2f}x vs {row['speedup_vs']}")
        lines.append((row["task"], row["tool"], f"{wall:.3f}", throughput, f"{rss:.0f}", ratio, "; ".join(notes)))
    widths = [max(len(str(line[i])) for line in [header, *lines]) for i in range(len(header))]
    def show(line):
        print(" | ".join(str(cell).ljust(width) for cell, width in zip(line, widths)).rstrip())
    show(header)
    print("-+-".join("-" * width for width in widths))
    for line in lines:
        show(line)
    return 0


def size(args: argparse.Namespace) -> int:
    files = sorted(Path(args.folder).glob("*.txt"))[: args.limit]
    contents = [path.read_bytes() for path in files]
    print(sum(len(data.decode("utf-8")) for data in contents), sum(map(len, contents)))
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command_name", required=True)

    def row_options(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--results", required=True)
        sub.add_argument("--task", required=True)
        sub.add_argument("--tool", required=True)
        sub.add_argument("--reference", action="store_true", help="the kgx row ratios are taken against")
        sub.add_argument("--ratio-task", help="take the ratio against this task's reference row")
        sub.add_argument("--articles", type=int, help="articles processed (adds time per article)")
        sub.add_argument("--speedup-vs", help="tool of the same task to report a speed-up against")

    measured = commands.add_parser("run")
    row_options(measured)
    measured.add_argument("--unit", required=True, help="what --units counts: triples or chars")
    measured.add_argument("--units", type=int, required=True)
    measured.add_argument("--bytes", type=int, required=True, help="input bytes, for MB/s")
    measured.add_argument("--runs", type=int, default=5)
    measured.add_argument("--timeout", type=float, default=1800)
    measured.add_argument("--clean", help="folder emptied before every run (outside the timing)")
    measured.add_argument("command", nargs="+")

    copied = commands.add_parser("copy")
    row_options(copied)
    copied.add_argument("--as-task", required=True)
    copied.add_argument("--as-tool", required=True)

    shown = commands.add_parser("table")
    shown.add_argument("--results", required=True)

    counted = commands.add_parser("size")
    counted.add_argument("folder")
    counted.add_argument("--limit", type=int)

    args = parser.parse_args(argv)
    return {"run": run, "copy": copy, "table": table, "size": size}[args.command_name](args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
