#!/usr/bin/env bash
# Whole-process benchmark: what Maia.Sre.Ci.MSBuild adds to a no-op incremental `dotnet build` of the sample consumer
# (samples/msbuild-consumer, two projects), against the same solution without the package. Also times a build where
# only a Markdown file changed, so the check itself runs (the cost when the repository did change).
#
#   bash bench/msbuild-overhead.sh [RUNS]      (default 15; uses hyperfine when installed, else a date +%s%N loop)
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-15}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work=$(mktemp -d "${TMPDIR:-/tmp}/maia-sre-msbuild-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== pack Maia.Sre.Ci.MSBuild into $work/feed"
dotnet pack "$repo/src/Maia.Sre.Ci.MSBuild/Maia.Sre.Ci.MSBuild.csproj" -c Release -o "$work/feed" -p:MaiaSrePackAll=true -nologo -v:q -nodeReuse:false >"$work/pack.log" || { cat "$work/pack.log"; exit 1; }
# The consumers restore into a private package folder, so the benchmark's package never lands in the global cache
# (set after packing: the repository's own build resolves its packages from the usual folder).
export NUGET_PACKAGES="$work/nuget-packages"
version=$(basename "$work"/feed/Maia.Sre.Ci.MSBuild.*.nupkg .nupkg); version=${version#Maia.Sre.Ci.MSBuild.}

# Two copies of the consumer with the planted phantom fixed: one with the package, one without it.
for variant in with without; do
  cp -r "$repo/samples/msbuild-consumer" "$work/$variant"
  printf '#!/usr/bin/env bash\necho deploy\n' > "$work/$variant/scripts/deploy.sh"
  cat > "$work/$variant/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources><add key="maia-sre-bench-feed" value="$work/feed" /></packageSources>
  <packageSourceMapping><packageSource key="maia-sre-bench-feed"><package pattern="Maia.Sre.Ci.*" /></packageSource></packageSourceMapping>
</configuration>
XML
  # check includes the preflight rules, which expect a committed git work tree.
  git -C "$work/$variant" init -q -b main
  git -C "$work/$variant" add -A
  git -C "$work/$variant" -c user.name=bench -c user.email=bench@example.invalid -c commit.gpgsign=false commit -q -m sample
  git -C "$work/$variant" config user.name bench
  git -C "$work/$variant" config user.email bench@example.invalid
done
sed -i '/Include="Maia.Sre.Ci.MSBuild"/d' "$work/without/Directory.Build.props"

build="dotnet build MsBuildConsumer.sln -nologo -tl:off -v:q -nodeReuse:false -p:MaiaSreVersion=$version"
for variant in with without; do
  (cd "$work/$variant" && $build >/dev/null && $build >/dev/null)   # restore, compile, first check: later builds are no-ops
done

# median_ms DIR PREPARE: whole-process median of $runs builds in DIR (PREPARE runs before each). The median, not the
# mean, because one slow outlier (a busy machine) would otherwise decide the result.
median_ms() {
  local dir=$1 prepare=$2
  if command -v hyperfine >/dev/null; then
    (cd "$dir" && hyperfine --style none --warmup 2 --runs "$runs" --prepare "$prepare" --export-json "$work/h.json" "$build" >/dev/null 2>&1)
    python3 -c 'import json,sys; print(round(json.load(open(sys.argv[1]))["results"][0]["median"]*1000))' "$work/h.json"
  else
    local start end
    for _ in $(seq "$runs"); do
      (cd "$dir" && eval "$prepare")
      start=$(date +%s%N); (cd "$dir" && $build >/dev/null); end=$(date +%s%N)
      echo $(((end - start) / 1000000))
    done | sort -n | python3 -c 'import statistics,sys; print(round(statistics.median(int(l) for l in sys.stdin)))'
  fi
}

echo "== $runs runs each: $build"
without=$(median_ms "$work/without" "true")
with=$(median_ms "$work/with" "true")
changed=$(median_ms "$work/with" "touch README.md")
without_again=$(median_ms "$work/without" "true")   # measured twice, so drift in the machine's load shows
echo "median no-op build without the package:       ${without} ms (again at the end: ${without_again} ms)"
echo "median no-op build with the package:          ${with} ms (the check target is skipped)"
echo "overhead of the package on a no-op build:     $((with - (without + without_again) / 2)) ms"
echo "median build after a Markdown edit:           ${changed} ms (the check runs: +$((changed - (without + without_again) / 2)) ms)"

# The same no-op build seen from inside MSBuild: the time of the package's own targets (whole-process timings on a busy
# machine vary by more than this).
echo "== the package's targets in one no-op build (MSBuild performance summary)"
(cd "$work/with" && $build -clp:PerformanceSummary -v:n) | grep -E '^ +[0-9]+ ms +_?MaiaSre' | sort -u || true

