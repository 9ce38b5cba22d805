#!/usr/bin/env bash
# Engine micro-benchmarks (BenchmarkDotNet): extractors, line splitting, resolver, globs, did-you-mean.
#
#   bench/micro.sh                        every benchmark, BenchmarkDotNet's default job (minutes)
#   bench/micro.sh --job short            3 iterations each (about 2 minutes on 2 cores)
#   bench/micro.sh --filter '*Glob*'      only some benchmarks (BenchmarkDotNet filter, any number of globs)
#   bench/micro.sh --smoke                each benchmark once, in-process (Dry job): proves they run, measures nothing
#   bench/micro.sh --artifacts DIR        results under DIR (relative to the current folder) instead of bench/out/micro
#   bench/micro.sh --no-build             use the existing Release build (as scripts/test.sh does after its build)
#
# Any other argument goes to BenchmarkDotNet (see `bench/micro.sh --help`); --filter '*' is added unless one is given.
# Exit status: 0 when every benchmark ran, 1 when one failed (an exception, a failed input check in its setup, a
# build error), 2 on usage errors. Timings are never checked.
set -euo pipefail
here=$PWD
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

out="$repo/bench/out/micro" build=() args=() filter=0 smoke=0
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=1 ;;
    --no-build) build=(--no-build) ;;
    --artifacts) [ $# -ge 2 ] || { echo "micro.sh: --artifacts needs a folder" >&2; exit 2; }; out=$2; shift ;;
    --artifacts=*) out=${1#--artifacts=} ;;
    --filter|--filter=*|-f) filter=1; args+=("$1") ;;
    *) args+=("$1") ;;
  esac
  shift
done
[ "$filter" = 1 ] || args=(--filter '*' "${args[@]}")
# Dry: one launch, one iteration, one invocation per benchmark; in-process: no per-benchmark project to build.
[ "$smoke" = 0 ] || args+=(--job Dry --inProcess)
case "$out" in /*) ;; *) out="$here/$out" ;; esac
mkdir -p "$out"
out=$(cd "$out" && pwd)

stamp=$(mktemp)
trap 'rm -f "$stamp"' EXIT
status=0
dotnet run -c Release --project bench/Maia.Sre.Ci.Benchmarks "${build[@]}" -- --artifacts "$out" "${args[@]}" || status=$?

# Where this run's reports went (BenchmarkDotNet writes one set per benchmark class, plus a log per run).
mapfile -t written < <(find "$out" -type f -newer "$stamp" \( -name '*-report-github.md' -o -name '*.log' \) | sort)
if [ "${#written[@]}" -gt 0 ]; then
  echo "BenchmarkDotNet wrote under $out:"
  printf '  %s\n' "${written[@]}"
fi
exit "$status"
