#!/usr/bin/env bash
# Builds the libFuzzer target (ASan + coverage instrumentation) and fuzzes the whole pipeline.
#   Fuzz/run.sh [SECONDS] [extra libFuzzer flags...]     (default: 600 seconds)
# The corpus grows in $KGX_FUZZ_WORK/corpus (seeded from Fuzz/corpus, which stays small);
# crashing, leaking, slow or out-of-memory inputs are written to $KGX_FUZZ_WORK/artifacts and
# make the script exit non-zero. Copy such an input to Tests/RobustnessTests/Regressions/.
set -euo pipefail
cd "$(dirname "$0")"

seconds="${1:-600}"
shift || true
scratch="${KGX_FUZZ_SCRATCH:-../.build-fuzz}"
work="${KGX_FUZZ_WORK:-$scratch/fuzz-run}"

# gold cannot link libFuzzer's runtime with Swift's DWARF here; lld can.
swift build -c debug --scratch-path "$scratch" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld 2>&1 \
  | grep -v "Cannot export local symbol" >&2

mkdir -p "$work/corpus" "$work/artifacts"
cp -n corpus/* "$work/corpus/" 2>/dev/null || true

# -rss_limit_mb: the pipeline keeps a few copies of a max_len input; 2 GB means a leak or blow-up.
# -timeout: one input taking 10 s (max_len 16 KB) means superlinear work somewhere.
exec "$scratch/debug/KGXFuzz" "$work/corpus" \
  -artifact_prefix="$work/artifacts/" \
  -max_total_time="$seconds" -max_len=16384 -rss_limit_mb=2048 -timeout=10 \
  -print_final_stats=1 "$@"
