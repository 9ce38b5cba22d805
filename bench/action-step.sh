#!/usr/bin/env bash
# Times the GitHub Action's own step, install plus run, on a generated corpus: the action's two bash steps run through
# the composite-action emulator of the package tests (as on a runner), each time in a fresh RUNNER_TEMP and .NET CLI
# home, installing from a local feed that holds the portable and the native packages. Two NuGet caches:
#   cold  empty NuGet package and HTTP cache folders (a job without a cache)
#   warm  the folders an earlier install filled (a job that restores them with actions/cache)
#
#   bench/action-step.sh --feed DIR [--corpus DIR] [--files 10000] [--runs 5] [--builds native,portable]
#
#   --feed DIR      folder with the Maia.Sre.Ci.Tool and Maia.Sre.Ci.Tool.Native(.linux-x64) packages
#                   (scripts/pack.sh DIR, then scripts/pack-native-tool.sh "" DIR)
#   --corpus DIR    the corpus (generated with bench/gen_corpus.py --seed 1 when missing; default: a temporary folder)
#
# Prints, per build and cache, the median (minimum-maximum) wall time in milliseconds of the action's own work (its install
# step plus its check step; the emulator's start-up is left out), then of each step. The feed is a local folder, so the download from nuget.org is not in these times (the
# packages' sizes are printed, to add it). Needs python3 with PyYAML for the emulator, as the package tests do; the
# action itself needs neither.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
feed="" corpus="" files=10000 runs=5 builds=native,portable
while [ $# -gt 0 ]; do
  case "$1" in
    --feed) feed=$(cd "$2" && pwd); shift ;;
    --corpus) corpus=$2; shift ;;
    --files) files=$2; shift ;;
    --runs) runs=$2; shift ;;
    --builds) builds=$2; shift ;;
    *) echo "action-step.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$feed" ] || { echo "action-step.sh: --feed DIR is required" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "$corpus" ]; then corpus=$work/corpus; fi
if [ ! -d "$corpus" ]; then python3 "$repo/bench/gen_corpus.py" "$corpus" --files "$files" --seed 1 --quiet; fi
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$repo/Directory.Build.props")
for package in "$feed"/*.nupkg; do
  echo "package: $(basename "$package") $(du -k "$package" | awk '{ printf "%.1f MB", $1 / 1024 }')"
done
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# step BUILD CACHE: runs the action once; appends "install+check install check" milliseconds to $work/times
step() {
  local temp=$work/runner-temp home=$work/home timings=$work/timings
  rm -rf "$temp" "$home" "$timings"
  mkdir -p "$temp" "$home/.nuget/NuGet"
  printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources />\n</configuration>\n' > "$home/.nuget/NuGet/NuGet.Config"
  RUNNER_TEMP=$temp DOTNET_CLI_HOME=$home NUGET_PACKAGES=$2/packages NUGET_HTTP_CACHE_PATH=$2/http-cache COMPOSITE_ACTION_TIMINGS=$timings \
    python3 "$repo/tests/Maia.Sre.Ci.Package.Tests/composite-action.py" "$repo" "$corpus" "$work/outputs.json" \
      "build=$1" "source=$feed" "version=$version" "fail-on=never" > "$work/log" 2>&1 ||
    { cat "$work/log" >&2; echo "action-step.sh: the action failed" >&2; exit 1; }
  grep -q "\"build\": \"$1\"" "$work/outputs.json" || { cat "$work/outputs.json" >&2; exit 1; }
  awk '$1 == "install" { i = $2 } $1 == "check" { c = $2 } END { print i + c, i, c }' "$timings" >> "$work/times"
}

# column N of $work/times: median (min-max)
stat() { cut -d' ' -f"$1" "$work/times" | sort -n | awk '{ a[NR] = $1 } END { printf "%d (%d-%d)", a[int((NR + 1) / 2)], a[1], a[NR] }'; }

printf '%-8s %-5s %-22s %-22s %-22s\n' build cache "install + check ms" "install step ms" "check step ms"
IFS=, read -r -a wanted <<< "$builds"
for build in "${wanted[@]}"; do
  for cache in cold warm; do
    : > "$work/times"
    if [ "$cache" = warm ]; then
      rm -rf "$work/cache"
      step "$build" "$work/cache"   # fills the caches; not counted
      : > "$work/times"
    fi
    for ((i = 0; i < runs; i++)); do
      if [ "$cache" = cold ]; then rm -rf "$work/cache"; fi
      step "$build" "$work/cache"
    done
    printf '%-8s %-5s %-22s %-22s %-22s\n' "$build" "$cache" "$(stat 1)" "$(stat 2)" "$(stat 3)"
  done
done
echo "runs: $runs per row; corpus: $corpus ($(find "$corpus" -type f | wc -l) files); $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
