#!/usr/bin/env bash
set -euo pipefail
source scripts/lib/common.sh
. scripts/lib/log.sh
echo "testing"
