#!/usr/bin/env bash
# Extreme inputs for a release build of kgx, kept out of the test suite because they are slow.
# For each case: input size, exit status, wall time, CPU time (user + system: what counts on a
# shared machine) and peak RSS, from /usr/bin/time -v, one line each. Big articles of several sizes show how time and memory grow with the article.
#   Tests/RobustnessTests/Scripts/extremes.sh [--kgx PATH | --scratch-path PATH] [--limit SECONDS]
#                                             [--big-sizes "MB MB ..."] [--cases "line caps big tiny"]
# Defaults: builds release into .build, 300 s per case, big articles of 10 20 50 200 MB.
# Each case must exit 0 (or 2 where articles are skipped) within the limit; `timeout` (inside
# `time`, so kgx's peak RSS is still counted) turns a hang or superlinear blow-up into status 124.
# The script exits 1 when any case fails that way.
set -euo pipefail
cd "$(dirname "$0")/../../.."
scratch=".build"
kgx=""
limit=300
big_sizes="10 20 50 200"
cases="line caps big tiny"
while [ $# -gt 0 ]; do
  case "$1" in
    --kgx) kgx="$2"; shift 2 ;;
    --scratch-path) scratch="$2"; shift 2 ;;
    --limit) limit="$2"; shift 2 ;;
    --big-sizes) big_sizes="$2"; shift 2 ;;
    --cases) cases="$2"; shift 2 ;;
    *) echo "extremes.sh: unknown argument $1" >&2; exit 64 ;;
  esac
done
command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null; }
if [ -z "$kgx" ]; then
  swift build -c release --scratch-path "$scratch" >&2
  kgx="$scratch/release/kgx"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$cases" "$big_sizes" <<'PY'
import os, sys
work, cases, big_sizes = sys.argv[1], sys.argv[2].split(), [int(s) for s in sys.argv[3].split()]
seeds = [open(os.path.join("seeds", f), encoding="utf-8").read() for f in sorted(os.listdir("seeds"))]
def folder(name):
    os.makedirs(os.path.join(work, name), exist_ok=True)
    return os.path.join(work, name)
# Big articles: the seed articles repeated, paragraphs intact, cut at the size asked for.
if "big" in cases:
    body = "\n\n".join(seeds) + "\n\n"
    for mb in big_sizes:
        with open(os.path.join(folder("big-%dMB" % mb), "big.txt"), "w", encoding="utf-8") as f:
            while f.tell() < mb * 1024 * 1024:
                f.write(body)
# One 1 MB line without punctuation.
if "line" in cases:
    with open(os.path.join(folder("line"), "line.txt"), "w") as f:
        words = ["lithium", "Germany", "cobalt", "and", "Chile", "signed", "Rare", "Earths", "the"]
        f.write(" ".join(words[i % len(words)] for i in range(1024 * 1024 // 7)))
# Capitalised words repeated with no sentence end: the worst case for name runs.
if "caps" in cases:
    with open(os.path.join(folder("caps"), "caps.txt"), "w") as f:
        f.write(" ".join(["Mining"] * 150000) + " Corporation signed.\n")
        f.write(" ".join(["Alpha Beta Gamma Delta"] * 40000) + " Ltd and Germany signed an MoU.\n")
# 100,000 tiny files in 100 folders.
if "tiny" in cases:
    tiny = folder("tiny")
    for i in range(100000):
        sub = os.path.join(tiny, "%03d" % (i % 100))
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, "a%06d.txt" % i), "w") as f:
            f.write("Article %d. Germany and Chile signed a memorandum of understanding on lithium.\n" % i)
PY

failed=0
printf '%-10s %9s %6s %10s %8s %8s\n' case input_MB status wall cpu_s peak_MB
for name in $cases; do
  if [ "$name" = big ]; then inputs=$(for mb in $big_sizes; do echo "big-${mb}MB"; done); else inputs="$name"; fi
  for input in $inputs; do
    set +e
    /usr/bin/time -v timeout "$limit" "$kgx" export "$work/$input" --out "$work/out-$input" -q --format nt graphml \
      2> "$work/$input.time" > /dev/null
    status=$?
    set -e
    size_mb=$(du -sb "$work/$input" | awk '{printf "%.1f", $1 / 1048576}')
    seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/$input.time")
    cpu=$(awk -F': ' '/User time|System time/ {sum += $2} END {printf "%.1f", sum}' "$work/$input.time")
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/$input.time")
    printf '%-10s %9s %6s %10s %8s %8s\n' "$input" "$size_mb" "$status" "${seconds:--}" "$cpu" "$(( ${kb:-0} / 1024 ))"
    if [ "$status" != 0 ] && [ "$status" != 2 ]; then failed=1; fi
    rm -rf "$work/out-$input"
  done
done
exit $failed
