#!/usr/bin/env bash
# Install the benchmark's peer tools. Idempotent: re-running does nothing when
# everything is already in place.
#
#   bench/install-peers.sh [--skip-apt] [--skip-npm] [--check] [--selftest]
#
# From Debian (apt-get, when missing): linkchecker, hyperfine, ripgrep, time.
# From npm, into bench/.peers/ (git-ignored), with `npm ci` from the pinned
# bench/peers/package.json + package-lock.json: markdownlint-cli2 +
# markdownlint-rule-relative-links, linkinator, markdown-link-check,
# remark-cli + remark-validate-links.
# The lockfile holds no registry URLs (bench/peers/.npmrc sets
# omit-lockfile-registry-resolved=true); this script refuses a lockfile that does.
#
#   --check     only report what is missing (exit 1 if anything is)
#   --selftest  afterwards, run every peer on a generated 200-file corpus in a
#               temp folder and check its findings against the manifest
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export BENCH_DIR
SRC=$BENCH_DIR/peers
export BENCH_PEERS_DIR=${BENCH_PEERS_DIR:-$BENCH_DIR/.peers}
DEST=$BENCH_PEERS_DIR
# shellcheck source=tools.sh
source "$BENCH_DIR/tools.sh"

skip_apt=0 skip_npm=0 check=0 selftest=0
for arg in "$@"; do
  case $arg in
    --skip-apt) skip_apt=1 ;;
    --skip-npm) skip_npm=1 ;;
    --check) check=1 ;;
    --selftest) selftest=1 ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-peers.sh: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

log() { printf '[install-peers] %s\n' "$*" >&2; }
missing=0

# ---------------------------------------------------------------- Debian part
apt_missing=()
command -v linkchecker >/dev/null 2>&1 || apt_missing+=(linkchecker)
command -v hyperfine >/dev/null 2>&1 || apt_missing+=(hyperfine)
command -v rg >/dev/null 2>&1 || apt_missing+=(ripgrep)
[[ -x /usr/bin/time ]] || apt_missing+=(time)
if ((${#apt_missing[@]})); then
  if ((check || skip_apt)); then
    log "missing Debian packages: ${apt_missing[*]}"
    missing=1
  else
    sudo=()
    [[ $(id -u) == 0 ]] || sudo=(sudo)
    log "apt-get install ${apt_missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if ! "${sudo[@]}" apt-get install -y -q "${apt_missing[@]}" >&2; then
      "${sudo[@]}" apt-get update -q >&2
      "${sudo[@]}" apt-get install -y -q "${apt_missing[@]}" >&2
    fi
  fi
else
  log "Debian tools present: linkchecker, hyperfine, rg, /usr/bin/time"
fi

# ------------------------------------------------------------------- npm part
lock=$SRC/package-lock.json
if grep -Eq '"resolved"[[:space:]]*:' "$lock"; then
  echo "install-peers.sh: $lock has \"resolved\" registry URLs; regenerate it with bench/peers/.npmrc in place" >&2
  exit 1
fi
if grep -Eiq 'https?://[^"]*(registry|npmjs|yarnpkg)' "$lock"; then
  echo "install-peers.sh: $lock mentions a registry URL" >&2
  exit 1
fi

stamp_of() { cat "$SRC/package.json" "$SRC/package-lock.json" "$SRC/.npmrc" | sha256sum | cut -d' ' -f1; }
want_stamp=$(stamp_of)
have_stamp=$(cat "$DEST/.installed-stamp" 2>/dev/null || true)

if [[ $want_stamp == "$have_stamp" && -x $DEST/node_modules/.bin/markdownlint-cli2 ]]; then
  log "npm peers up to date in ${DEST#"$BENCH_DIR"/}"
elif ((check || skip_npm)); then
  log "npm peers not installed (or stale) in $DEST"
  missing=1
else
  command -v node >/dev/null 2>&1 || { echo "install-peers.sh: node (>= 20) is required" >&2; exit 1; }
  node_major=$(node -p 'process.versions.node.split(".")[0]')
  if ((node_major < 20)); then
    echo "install-peers.sh: node >= 20 is required (found $(node --version))" >&2
    exit 1
  fi
  mkdir -p "$DEST"
  cp "$SRC/package.json" "$SRC/package-lock.json" "$SRC/.npmrc" "$DEST/"
  log "npm ci in ${DEST#"$BENCH_DIR"/} (node $(node --version))"
  (cd "$DEST" && npm ci --no-audit --no-fund --loglevel=error >&2)
  # npm ci must not have rewritten the lockfile with registry URLs either
  if grep -Eq '"resolved"[[:space:]]*:' "$DEST/package-lock.json"; then
    echo "install-peers.sh: npm wrote registry URLs into the lockfile" >&2
    exit 1
  fi
  echo "$want_stamp" > "$DEST/.installed-stamp"
fi
# configs next to node_modules, so markdownlint-cli2 resolves its custom rule there
if ((!check)) && [[ -d $DEST ]]; then
  cp "$SRC/markdownlint-cli2.jsonc" "$SRC/markdown-link-check.json" "$DEST/"
fi

if ((missing)); then
  exit 1
fi

{
  for t in "${BENCH_PEERS[@]}" hyperfine rg; do
    bench_peer_version "$t"
  done
  echo "node $(node --version 2>/dev/null)"
} > "$DEST/versions.txt" 2>/dev/null || true
sed 's/^/[install-peers]   /' "$DEST/versions.txt" >&2

# ------------------------------------------------------------------- selftest
if ((selftest)); then
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/maia-bench-selftest.XXXXXX")
  chmod 755 "$tmp"  # LinkChecker run as root drops to user nobody, who must read the corpus
  trap 'rm -rf "$tmp"' EXIT
  python3 "$BENCH_DIR/gen_corpus.py" "$tmp/corpus" --files 200 --seed 7 --quiet
  bench_linkchecker_config "$tmp/corpus" "$tmp/linkcheckerrc"
  fail=0
  for t in "${BENCH_PEERS[@]}"; do
    bench_write_cmd "$t" "$tmp/corpus" "$tmp/$t.sh" "" "$tmp/linkcheckerrc"
    start=$(date +%s%N)
    rc=0
    timeout 600 "$tmp/$t.sh" > "$tmp/$t.out" 2> "$tmp/$t.err" || rc=$?
    ms=$((($(date +%s%N) - start) / 1000000))
    got=$(python3 "$BENCH_DIR/score.py" count "$t" "$tmp/$t.out" "$tmp/$t.err")
    want=$(python3 "$BENCH_DIR/score.py" expected "$t" "$tmp/corpus/.bench-manifest.json")
    if [[ $got == "$want" && $rc -le 1 ]]; then
      log "selftest $t: $got findings (expected $want), exit $rc, ${ms} ms: ok"
    else
      log "selftest $t: $got findings (expected $want), exit $rc, ${ms} ms: FAILED"
      tail -n 5 "$tmp/$t.err" >&2 || true
      fail=1
    fi
  done
  exit "$fail"
fi
