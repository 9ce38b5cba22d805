#!/usr/bin/env bash
# Benchmark maia-sre against its peers and the ripgrep floor.
#
#   bench/run.sh --maia PATH [--sizes 10000,100000] [--runs 5] [--peers all|none|LIST]
#                [--peer-sizes 1000,10000] [--smoke] [--corpus-dir DIR] [--out DIR]
#                [--seed 1] [--phantom-rate 0.1] [--slow 30] [--min-recall R]
#                [--corpus generated|real --repos DIR] [--maia-tool PATH]
#
#   --maia PATH        the maia-sre executable (or its .dll, started with dotnet)
#   --sizes LIST       corpus sizes (files) for maia-sre and rg (default 10000,100000)
#   --runs N           hyperfine runs per measurement, after 1 warm-up (default 5)
#   --peers WHICH      all (default), none, or a comma list of: markdownlint-cli2,
#                      linkinator, markdown-link-check, remark-validate-links, linkchecker
#   --peer-sizes LIST  sizes at which the peers run (default 1000,10000); maia-sre
#                      and rg run there too, so every row has its ratios
#   --smoke            200-file corpus, one run of maia-sre (and rg if installed), no
#                      peers, no hyperfine; a few seconds. For CI.
#   --corpus-dir DIR   where corpora are generated and cached (default bench/corpus;
#                      corpus N lives in DIR/N and is only regenerated when missing or
#                      generated with other options)
#   --out DIR          where results go (default bench/out); each run gets its own
#                      folder, DIR/latest points at the newest
#   --slow SECONDS     a tool whose single timed run takes longer is not run again
#                      under hyperfine; its one run is reported (default 30)
#   --min-recall R     exit 3 if maia-sre's recall on any corpus is below R
#   --timeout SECONDS  stop a tool's timed run after this long (default 1800); a
#                      timed-out maia-sre counts as a failure
#   --corpus KIND      generated (default: gen_corpus.py, with ground truth) or real:
#                      real files copied from the repositories under --repos by
#                      bench/real_corpus.py (corpus N lives in DIR/real-N, a git work
#                      tree; no ground truth: findings are counted, not scored)
#   --repos DIR        folder of checked-out repositories (owner__name), for
#                      --corpus real; nothing is downloaded
#   --maia-tool PATH   a second maia-sre build measured in the same run (row
#                      maia-sre-tool), e.g. the dotnet tool next to the native build
#
# Every tool runs once under `/usr/bin/time -v` (CPU time, peak RSS, output kept
# for counting findings), then under `hyperfine --warmup 1 --runs N` (wall time).
# Exit status: 0 ok; 1 maia-sre failed to run (exit code not 0/1, crash, missing);
# 2 usage; 3 --min-recall not met.
set -euo pipefail
umask 022

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export BENCH_DIR
# shellcheck source=tools.sh
source "$BENCH_DIR/tools.sh"

maia="" sizes="10000,100000" runs=5 peers_arg=all peer_sizes="1000,10000" smoke=0
corpus_dir=$BENCH_DIR/corpus out_root=$BENCH_DIR/out seed=1 rate=0.1 slow=30 min_recall="" tmo=1800
corpus_kind=generated repos="" maia_tool=""

usage() { sed -n '2,40p' "$0" | sed 's/^# \{0,1\}//'; }
die() { echo "run.sh: $*" >&2; exit 2; }
log() { printf '[bench] %s\n' "$*" >&2; }

need() { (($# >= 2)) || die "$1 needs a value"; }
while (($#)); do
  case $1 in
    --*=*) set -- "${1%%=*}" "${1#*=}" "${@:2}"; continue ;;
    --maia) need "$@"; maia=$2; shift ;;
    --sizes) need "$@"; sizes=$2; shift ;;
    --runs) need "$@"; runs=$2; shift ;;
    --peers) need "$@"; peers_arg=$2; shift ;;
    --peer-sizes) need "$@"; peer_sizes=$2; shift ;;
    --corpus-dir) need "$@"; corpus_dir=$2; shift ;;
    --out) need "$@"; out_root=$2; shift ;;
    --seed) need "$@"; seed=$2; shift ;;
    --phantom-rate) need "$@"; rate=$2; shift ;;
    --slow) need "$@"; slow=$2; shift ;;
    --min-recall) need "$@"; min_recall=$2; shift ;;
    --timeout) need "$@"; tmo=$2; shift ;;
    --corpus) need "$@"; corpus_kind=$2; shift ;;
    --repos) need "$@"; repos=$2; shift ;;
    --maia-tool) need "$@"; maia_tool=$2; shift ;;
    --smoke) smoke=1 ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown argument: $1 (see --help)" ;;
  esac
  shift
done

[[ -n $maia ]] || die "--maia PATH is required (see --help)"
case $corpus_kind in
  generated) [[ -z $repos ]] || die "--repos goes with --corpus real" ;;
  real)
    [[ -n $repos ]] || die "--corpus real needs --repos DIR (checked-out repositories)"
    [[ -d $repos ]] || die "--repos: not a folder: $repos"
    repos=$(cd "$repos" && pwd)
    [[ -z $min_recall ]] || die "--min-recall needs the generated corpus (the real one has no ground truth)" ;;
  *) die "--corpus must be generated or real" ;;
esac
[[ $runs =~ ^[0-9]+$ && $runs -ge 1 ]] || die "--runs must be a positive integer"
[[ $slow =~ ^[0-9]+([.][0-9]+)?$ ]] || die "--slow must be a number of seconds"
[[ $tmo =~ ^[0-9]+$ && $tmo -ge 1 ]] || die "--timeout must be a positive number of seconds"
if ((smoke)); then
  sizes=200 runs=1 peers_arg=none
fi
if [[ $maia != */* ]] && command -v "$maia" >/dev/null 2>&1; then
  maia=$(command -v "$maia")
fi
if [[ ! -e $maia ]]; then
  echo "run.sh: maia-sre not found: $maia" >&2
  exit 1
fi
maia=$(cd "$(dirname "$maia")" && pwd)/$(basename "$maia")
[[ $maia == *.dll || -x $maia ]] || { echo "run.sh: not executable: $maia" >&2; exit 1; }
if [[ -n $maia_tool ]]; then
  if [[ $maia_tool != */* ]] && command -v "$maia_tool" >/dev/null 2>&1; then maia_tool=$(command -v "$maia_tool"); fi
  [[ -e $maia_tool ]] || { echo "run.sh: --maia-tool not found: $maia_tool" >&2; exit 1; }
  maia_tool=$(cd "$(dirname "$maia_tool")" && pwd)/$(basename "$maia_tool")
  [[ $maia_tool == *.dll || -x $maia_tool ]] || { echo "run.sh: not executable: $maia_tool" >&2; exit 1; }
fi

peers=()
case $peers_arg in
  all) peers=("${BENCH_PEERS[@]}") ;;
  none|"") ;;
  *)
    IFS=, read -r -a peers <<< "$peers_arg"
    for p in "${peers[@]}"; do
      [[ " ${BENCH_PEERS[*]} " == *" $p "* ]] || die "unknown peer: $p (known: ${BENCH_PEERS[*]})"
    done ;;
esac

split_sizes() { tr ',' '\n' <<< "$1" | sed '/^$/d'; }
for s in $(split_sizes "$sizes") $(split_sizes "$peer_sizes"); do
  [[ $s =~ ^[0-9]+$ && $s -ge 50 ]] || die "bad corpus size: $s (integers >= 50)"
done
if ((${#peers[@]})); then
  all_sizes=$( (split_sizes "$sizes"; split_sizes "$peer_sizes") | sort -n -u | tr '\n' ' ')
else
  all_sizes=$(split_sizes "$sizes" | sort -n -u | tr '\n' ' ')
fi
is_peer_size() { ((${#peers[@]})) && [[ ",$peer_sizes," == *",$1,"* ]]; }

use_hyperfine=1
((smoke)) && use_hyperfine=0
if ((use_hyperfine)) && ! command -v hyperfine >/dev/null 2>&1; then
  die "hyperfine is not installed: run bench/install-peers.sh (or use --smoke)"
fi
have_rg=1
command -v rg >/dev/null 2>&1 || have_rg=0
if ((!have_rg)); then
  ((smoke)) || die "ripgrep (rg) is not installed: run bench/install-peers.sh"
  log "rg not installed: the floor row is skipped"
fi
have_time=1
[[ -x /usr/bin/time ]] || have_time=0
if ((!have_time)); then
  ((smoke)) || die "/usr/bin/time is not installed (Debian package 'time'): run bench/install-peers.sh"
  log "/usr/bin/time not installed: no peak RSS, CPU time from bash's time"
fi
if ((${#peers[@]})) && [[ ! -x $BENCH_PEERS_DIR/node_modules/.bin/markdownlint-cli2 ]]; then
  die "peers are not installed: run bench/install-peers.sh (or --peers none)"
fi
if ((${#peers[@]})) && [[ " ${peers[*]} " == *" linkchecker "* ]] && ! command -v linkchecker >/dev/null 2>&1; then
  die "linkchecker is not installed: run bench/install-peers.sh"
fi

mkdir -p "$corpus_dir" "$out_root"
corpus_dir=$(cd "$corpus_dir" && pwd)
out_root=$(cd "$out_root" && pwd)
label=$( ((smoke)) && echo smoke || echo bench)
run_dir=$out_root/$(date -u +%Y%m%dT%H%M%SZ)-$label
i=1
while [[ -e $run_dir ]]; do run_dir=${run_dir%-"$label"*}-$label-$((++i)); done
mkdir -p "$run_dir/cmd" "$run_dir/raw"
ln -sfn "$(basename "$run_dir")" "$out_root/latest"
: > "$run_dir/runs.jsonl"

{
  echo "date: $(date -u +%FT%TZ)"
  echo "args: --maia $maia --sizes $sizes --runs $runs --peers $peers_arg --peer-sizes $peer_sizes --seed $seed --phantom-rate $rate$( ((smoke)) && echo ' --smoke') --corpus $corpus_kind${repos:+ --repos $repos}${maia_tool:+ --maia-tool $maia_tool}"
  echo "machine: $(uname -srm), $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "cpu: $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
  echo "maia-sre: $maia ($(timeout 20 bash -c "$(bench_maia_cmd "$maia") --version" 2>/dev/null | head -n1 || true))"
  [[ -z $maia_tool ]] || echo "maia-sre-tool: $maia_tool ($(timeout 20 bash -c "$(bench_maia_cmd "$maia_tool") --version" 2>/dev/null | head -n1 || true))"
  for t in hyperfine rg "${peers[@]}"; do echo "$t: $(bench_peer_version "$t")"; done
  echo "node: $(node --version 2>/dev/null || echo none)"
} > "$run_dir/env.txt"
log "results: ${run_dir#"$BENCH_DIR"/}"

# ------------------------------------------------------------------- corpora
gen_version=$(sed -n 's/^GENERATOR_VERSION = \([0-9]*\).*/\1/p' "$BENCH_DIR/gen_corpus.py")
corpus_path() { if [[ $corpus_kind == real ]]; then echo "$corpus_dir/real-$1"; else echo "$corpus_dir/$1"; fi; }
real_version=$(sed -n 's/^REAL_CORPUS_VERSION = \([0-9]*\).*/\1/p' "$BENCH_DIR/real_corpus.py")
ensure_real_corpus() {
  local n=$1 dir
  dir=$(corpus_path "$1")
  if python3 - "$dir/.bench-real-manifest.json" "$n" "$repos" "$real_version" <<'PY'
import json, sys
path, n, repos, ver = sys.argv[1:]
try:
    m = json.load(open(path))
except (OSError, ValueError):
    sys.exit(1)
a = m.get("args", {})
sys.exit(0 if a.get("files") == int(n) and a.get("repos") == repos and a.get("git") and str(m.get("real_corpus_version")) == ver else 1)
PY
  then
    log "real corpus $n: cached ($dir)"
  else
    log "real corpus $n: copying from $repos"
    python3 "$BENCH_DIR/real_corpus.py" "$repos" "$dir" --files "$n" --force
  fi
}
ensure_corpus() {
  local n=$1 dir=$corpus_dir/$1
  if [[ $corpus_kind == real ]]; then ensure_real_corpus "$n"; return; fi
  if python3 - "$dir/.bench-manifest.json" "$n" "$seed" "$rate" "$gen_version" <<'PY'
import json, sys
path, n, seed, rate, ver = sys.argv[1:]
try:
    m = json.load(open(path))
except (OSError, ValueError):
    sys.exit(1)
a = m.get("args", {})
ok = (a.get("files") == int(n) and a.get("seed") == int(seed)
      and abs(a.get("phantom_rate", -1) - float(rate)) < 1e-12 and str(m.get("generator_version")) == ver)
sys.exit(0 if ok else 1)
PY
  then
    log "corpus $n: cached ($dir)"
  else
    log "corpus $n: generating"
    python3 "$BENCH_DIR/gen_corpus.py" "$dir" --files "$n" --seed "$seed" --phantom-rate "$rate" --force
  fi
}

# ------------------------------------------------------------------ measure
json_line() {
  python3 -c 'import json, sys; it = iter(sys.argv[1:]); print(json.dumps({k: (int(v) if k in ("size", "exit", "runs", "cores") else float(v) if k == "load1" else v) for k, v in zip(it, it)}))' "$@" >> "$run_dir/runs.jsonl"
}

# measure TOOL SIZE CORPUS SCRIPT -> appends to runs.jsonl; returns the tool's exit code
measure() {
  local tool=$1 size=$2 corpus=$3 script=$4 base rc=0 wall hf="" nruns=1 load
  base=$run_dir/raw/$tool-$size
  load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo 0)
  if ((have_time)); then
    local t0 t1
    t0=$(date +%s%N)
    /usr/bin/time -v -o "$base.time" timeout -k 10 "$tmo" "$script" > "$base.out" 2> "$base.err" || rc=$?
    t1=$(date +%s%N)
    # GNU time prints the wall clock to 10 ms; keep a finer one next to it
    echo "real=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.4f", (b - a) / 1e9}')" >> "$base.time"
  else
    local t0 t1
    t0=$(date +%s%N)
    { TIMEFORMAT='user=%U sys=%S'; time timeout -k 10 "$tmo" "$script" > "$base.out" 2> "$base.err"; } 2> "$base.time" || rc=$?
    t1=$(date +%s%N)
    echo "real=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", (b - a) / 1e9}')" >> "$base.time"
  fi
  wall=$(python3 -c 'import sys; sys.path.insert(0, sys.argv[2]); import score; print(score.parse_time_file(open(sys.argv[1]).read()).get("wall_s", 0))' "$base.time" "$BENCH_DIR")
  if ((use_hyperfine)) && awk -v w="$wall" -v s="$slow" 'BEGIN {exit !(w <= s)}'; then
    hf=$base.hyperfine.json
    hyperfine --warmup 1 --runs "$runs" --ignore-failure --style basic \
      --command-name "$tool ($size files)" --export-json "$hf" "$(printf '%q' "$script")" \
      > "$base.hyperfine.txt" 2>&1 || { log "hyperfine failed for $tool: see $base.hyperfine.txt"; hf=""; }
    [[ -n $hf ]] && nruns=$runs
  fi
  local found
  found=$(python3 "$BENCH_DIR/score.py" count "$tool" "$base.out" "$base.err")
  log "$(printf '%-22s %7s files  exit %-3s  %8.3f s (timed run)  findings %s%s  load %s' "$tool" "$size" "$rc" "$wall" "$found" "$([[ -n $hf ]] && echo ", +$nruns hyperfine runs")" "$load")"
  json_line tool "$tool" size "$size" corpus "$corpus" script "$script" stdout "$base.out" stderr "$base.err" \
    time "$base.time" hyperfine "$hf" exit "$rc" runs "$nruns" load1 "$load" cores "$(nproc)"
  return "$rc"
}

status=0
for n in $all_sizes; do
  ensure_corpus "$n"
  corpus=$(corpus_path "$n")

  script=$run_dir/cmd/maia-sre-$n.sh
  bench_write_cmd maia-sre "$corpus" "$script" "$maia"
  rc=0
  measure maia-sre "$n" "$corpus" "$script" || rc=$?
  if ((rc != 0 && rc != 1)); then
    if ((rc == 124)); then why="timed out after $tmo s"
    elif ((rc > 128)); then why="killed by signal $((rc - 128))"
    else why="exit code $rc"; fi
    echo "run.sh: maia-sre failed to run on the $n-file corpus ($why): $script" >&2
    echo "--- stderr (last 20 lines) ---" >&2
    tail -n 20 "$run_dir/raw/maia-sre-$n.err" >&2 || true
    exit 1
  fi

  if [[ -n $maia_tool ]]; then
    script=$run_dir/cmd/maia-sre-tool-$n.sh
    bench_write_cmd maia-sre "$corpus" "$script" "$maia_tool"
    rc=0
    measure maia-sre-tool "$n" "$corpus" "$script" || rc=$?
    ((rc <= 1)) || { echo "run.sh: maia-sre-tool failed on the $n-file corpus (exit $rc): $script" >&2; exit 1; }
  fi

  if ((have_rg)); then
    script=$run_dir/cmd/rg-$n.sh
    bench_write_cmd rg "$corpus" "$script"
    measure rg "$n" "$corpus" "$script" || true
  fi

  if is_peer_size "$n"; then
    lcrc=$run_dir/cmd/linkcheckerrc-$n
    bench_linkchecker_config "$corpus" "$lcrc"
    for p in "${peers[@]}"; do
      script=$run_dir/cmd/$p-$n.sh
      bench_write_cmd "$p" "$corpus" "$script" "" "$lcrc"
      rc=0
      measure "$p" "$n" "$corpus" "$script" || rc=$?
      ((rc <= 1)) || log "warning: $p exited $rc on the $n-file corpus (see $run_dir/raw/$p-$n.err)"
    done
  fi
done

echo >&2
report_args=("$run_dir")
[[ -n $min_recall ]] && report_args+=(--min-recall "$min_recall")
python3 "$BENCH_DIR/score.py" report "${report_args[@]}" || status=$?
exit "$status"
