#!/usr/bin/env bash
set -euo pipefail
source scripts/lib/common.sh
echo "building"
