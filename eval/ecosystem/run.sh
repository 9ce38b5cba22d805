#!/usr/bin/env bash
# The ecosystem check (issue 20): runs the built maia-sre with default settings on every repository of repos.txt,
# checked out under one folder as <owner>__<name> at its pinned commit, then scores the findings against the by-eye
# judgements in judgements/. Downloads nothing (prepare.sh makes the checkouts from local git folders).
#
#   eval/ecosystem/run.sh --repos DIR [--maia PATH] [--out DIR] [--repo owner/name]... [--check]
#
#   --repos DIR    folder holding the checkouts (DIR/<owner>__<name>)
#   --maia PATH    the tool to run: an executable, or a maia-sre.dll run with dotnet
#                  (default: src/Maia.Sre.Ci.Tool/bin/Release/net10.0/maia-sre, built if missing)
#   --out DIR      where the JSON reports go (default: artifacts/ecosystem)
#   --repo R       only this repository (repeatable)
#   --check        exit 1 unless every target holds (precision >= 0.95 in total and >= 0.90 per repository, no false
#                  critical) and every sampled finding is judged
#
# Exit codes: 0 done (with --check: every target met), 1 a target missed (--check), 2 usage or input error.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/../.." && pwd)
repos="" maia="" out="$top/artifacts/ecosystem" only=() check=()
usage() { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --repos) repos=${2:?--repos needs a folder}; shift 2 ;;
    --maia) maia=${2:?--maia needs a path}; shift 2 ;;
    --out) out=${2:?--out needs a folder}; shift 2 ;;
    --repo) only+=(--repo "${2:?--repo needs owner/name}"); shift 2 ;;
    --check) check=(--check); shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "run.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
[ -n "$repos" ] || { echo "run.sh: --repos DIR is required (the folder of checkouts; see prepare.sh)" >&2; exit 2; }
[ -d "$repos" ] || { echo "run.sh: --repos $repos: no such folder" >&2; exit 2; }
if [ -z "$maia" ]; then
  maia="$top/src/Maia.Sre.Ci.Tool/bin/Release/net10.0/maia-sre"
  if [ ! -x "$maia" ]; then
    echo "== building the tool (Release, net10.0)" >&2
    dotnet build "$top/src/Maia.Sre.Ci.Tool" -c Release -f net10.0 -nologo -v:q >&2
  fi
fi
case "$maia" in
  *.dll) run=(dotnet "$maia") ;;
  *) run=("$maia") ;;
esac
[ -e "${run[-1]}" ] || { echo "run.sh: --maia $maia: no such file" >&2; exit 2; }
mkdir -p "$out"

missing=0
while read -r full commit _; do
  slug=${full/\//__}
  if [ ${#only[@]} -gt 0 ] && [[ " ${only[*]} " != *" $full "* ]]; then continue; fi
  dir="$repos/$slug"
  if [ ! -d "$dir" ]; then
    echo "run.sh: $full: no checkout at $dir (prepare.sh makes it)" >&2; missing=$((missing + 1)); continue
  fi
  head=$(git -C "$dir" rev-parse HEAD 2>/dev/null || echo none)
  if [ "$head" != "$commit" ]; then
    echo "run.sh: $full: $dir is at $head, not the pinned $commit" >&2; missing=$((missing + 1)); continue
  fi
  # The phantom rule set with default settings: what a new user gets. 0 and 1 are both normal exits.
  rc=0
  "${run[@]}" phantoms --root "$dir" --no-color --json "$out/$slug.json" >"$out/$slug.txt" 2>&1 || rc=$?
  if [ "$rc" -gt 1 ]; then
    echo "run.sh: $full: maia-sre exited $rc (see $out/$slug.txt)" >&2; missing=$((missing + 1))
  fi
done < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$here/repos.txt")
[ "$missing" -eq 0 ] || { echo "run.sh: $missing repositories could not be run" >&2; exit 2; }

python3 "$here/ecosystem.py" score --repos-file "$here/repos.txt" --results "$out" --judgements "$here/judgements" "${only[@]}" "${check[@]}"
