# The issue's scenario: tools/backup.sh was moved to tools/ops/backup.sh and scripts/deploy.sh to
# scripts/release/deploy.sh; README.md (CRLF), the guide, a workflow and a script still name the old paths, written
# root-relative, relative, in links with a fragment, in quotes and behind $SCRIPT_DIR; setup.sh exists in two folders.
mkdir -p tools scripts infra ops docs bin .github/workflows
printf '#!/bin/sh\necho backup\n' > tools/backup.sh
printf '#!/bin/sh\necho deploy\n' > scripts/deploy.sh
printf '#!/bin/sh\necho infra\n' > infra/setup.sh
printf '#!/bin/sh\necho ops\n' > ops/setup.sh
printf '#!/bin/sh\necho lint\n' > bin/lint.sh
chmod +x tools/backup.sh scripts/deploy.sh
git add -A
commit "add the scripts"

mkdir -p tools/ops scripts/release
git mv tools/backup.sh tools/ops/backup.sh
commit "reorganise tools"
git mv scripts/deploy.sh scripts/release/deploy.sh
commit "move deploy into release"

printf '# Operations\r\n\r\nBack up with `tools/backup.sh`, then run `./scripts/deploy.sh`.\r\nSee [the deploy script](scripts/deploy.sh#usage) and [backups](<tools/backup.sh>).\r\nSet up with `bin/setup.sh` first.\r\n' > README.md
printf '# Guide\n\nRun [deploy](../scripts/deploy.sh) or "../tools/backup.sh" by hand.\n' > docs/guide.md
printf 'name: ci\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: bash scripts/deploy.sh --dry-run\n' > .github/workflows/ci.yml
printf '#!/bin/sh\nSCRIPT_DIR="$(cd "$(dirname "$0")" && pwd)"\n"$SCRIPT_DIR/../tools/backup.sh"\n' > scripts/nightly.sh
chmod +x scripts/nightly.sh
git add -A
commit "document operations"
