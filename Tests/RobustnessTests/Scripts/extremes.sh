#!/usr/bin/env bash
# Extreme inputs for a release build of kgx, kept out of the test suite because they are slow.
# For each case: exit status, wall time and peak RSS (from /usr/bin/time -v), one line each.
#   Tests/RobustnessTests/Scripts/extremes.sh [--scratch-path PATH]   (default .build)
# Each case must exit 0 (or 2 where articles are skipped), and no case may hang: a 15-minute
# limit per case turns a hang into a failure.
set -euo pipefail
cd "$(dirname "$0")/../../.."
scratch=".build"
if [ "${1:-}" = "--scratch-path" ]; then scratch="$2"; fi
command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null; }
swift build -c release --scratch-path "$scratch" >&2
kgx="$scratch/release/kgx"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import os, sys
work = sys.argv[1]
seeds = [open(os.path.join("seeds", f), encoding="utf-8").read() for f in sorted(os.listdir("seeds"))]
def folder(name):
    os.makedirs(os.path.join(work, name), exist_ok=True)
    return os.path.join(work, name)
# A 200 MB article: the seed articles repeated, paragraphs intact.
with open(os.path.join(folder("big"), "big.txt"), "w", encoding="utf-8") as f:
    body = "\n\n".join(seeds)
    while f.tell() < 200 * 1024 * 1024:
        f.write(body + "\n\n")
# One 1 MB line without punctuation.
with open(os.path.join(folder("line"), "line.txt"), "w") as f:
    words = ["lithium", "Germany", "cobalt", "and", "Chile", "signed", "Rare", "Earths", "the"]
    f.write(" ".join(words[i % len(words)] for i in range(1024 * 1024 // 7)))
# Capitalised words repeated with no sentence end: the worst case for name runs.
with open(os.path.join(folder("caps"), "caps.txt"), "w") as f:
    f.write(" ".join(["Mining"] * 150000) + " Corporation signed.\n")
    f.write(" ".join(["Alpha Beta Gamma Delta"] * 40000) + " Ltd and Germany signed an MoU.\n")
# 100,000 tiny files in 100 folders.
tiny = folder("tiny")
for i in range(100000):
    sub = os.path.join(tiny, "%03d" % (i % 100))
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, "a%06d.txt" % i), "w") as f:
        f.write("Article %d. Germany and Chile signed a memorandum of understanding on lithium.\n" % i)
PY

printf '%-8s %6s %10s %12s\n' case status seconds peak_MB
for case in line caps big tiny; do
  set +e
  timeout 900 /usr/bin/time -v "$kgx" export "$work/$case" --out "$work/out-$case" -q --format nt graphml \
    2> "$work/$case.time" > /dev/null
  status=$?
  set -e
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/$case.time")
  kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/$case.time")
  printf '%-8s %6s %10s %12s\n' "$case" "$status" "$seconds" "$((kb / 1024))"
done
