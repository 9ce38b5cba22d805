#!/usr/bin/env bash
# Makes the checkouts the ecosystem check runs on, from local git folders: downloads nothing.
#
#   eval/ecosystem/prepare.sh --from DIR --repos DIR
#
#   --from DIR    a folder holding a git folder per repository, as DIR/<owner>+<name>/repo (bare or not), or
#                 DIR/<owner>__<name>; each must contain the pinned commit
#   --repos DIR   where the checkouts go, as DIR/<owner>__<name>, at the pinned commit (made or updated)
#
# Symbolic links are checked out as plain files (core.symlinks=false). Files the source lacks (some snapshots leave
# out files of 4 MiB and more) are written empty, so every path of the pinned commit exists.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
from="" repos=""
while [ $# -gt 0 ]; do
  case "$1" in
    --from) from=${2:?}; shift 2 ;;
    --repos) repos=${2:?}; shift 2 ;;
    -h | --help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "prepare.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
[ -d "$from" ] && [ -n "$repos" ] || { echo "prepare.sh: --from DIR (existing) and --repos DIR are required" >&2; exit 2; }
mkdir -p "$repos"
status=0
while read -r full commit _; do
  slug=${full/\//__}
  src=""
  for candidate in "$from/${full/\//+}/repo" "$from/${full/\//+}" "$from/$slug"; do
    [ -d "$candidate" ] && { src=$candidate; break; }
  done
  [ -n "$src" ] || { echo "prepare.sh: $full: nothing under $from" >&2; status=1; continue; }
  dir="$repos/$slug"
  [ -d "$dir/.git" ] || git -c core.symlinks=false clone -q --no-checkout "$src" "$dir"
  git -C "$dir" config core.symlinks false
  git -C "$dir" checkout -q -f "$commit" 2>/dev/null || true
  if [ "$(git -C "$dir" rev-parse HEAD 2>/dev/null)" != "$commit" ]; then
    echo "prepare.sh: $full: commit $commit is not in $src" >&2; status=1; continue
  fi
  # Blobs the source does not hold: empty stand-ins, so the tree has every path of the commit.
  git -C "$dir" ls-files -d -z | while IFS= read -r -d '' f; do mkdir -p "$dir/$(dirname "$f")"; : >"$dir/$f"; done
  echo "prepare.sh: $full at ${commit:0:12}"
done < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$here/repos.txt")
exit $status
