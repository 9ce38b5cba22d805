#!/usr/bin/env bash
# run.sh: calls helpers.sh (comment only)
set -euo pipefail
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$SCRIPT_DIR/lib/common.sh"
. "$SCRIPT_DIR/lib/missing.sh"
source scripts/env
source scripts/env.local
"$(dirname "$0")/lib/common.sh"
"$(dirname "$0")/lib/absent.sh"
python3 "$HOME/tools/personal.py"
/usr/local/bin/installed.sh
./ops/deploy.sh && ./ops/rollback.sh
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$repo/ops/deploy.sh"
"${repo}/ops/missing.sh"
