#!/usr/bin/env bash
set -euo pipefail
# Nightly maintenance
python3 claude/tools/sre/save_state_preflight_checker.py --check
python3 claude/tools/sre/maia_backup_manager.py --incremental
bash claude/tools/sre/backup_rotation.sh
python3 claude/tools/automation/whisper_dictation_server.py --healthcheck
