# Renames git recorded in every shape: a chain of renames, a delete then re-add, a case-only rename, a rename to a
# path later deleted, a plain deletion; the docs name the old paths, one of them in a file with a UTF-8 byte-order mark.
mkdir -p old first Tools keep scripts
printf '#!/bin/sh\necho chained\n' > first/build.sh
printf '#!/bin/sh\necho run\n' > old/run.sh
printf '#!/bin/sh\necho deploy\n' > Tools/Deploy.sh
printf '#!/bin/sh\necho keep\n' > keep/clean.sh
printf '#!/bin/sh\necho old\n' > scripts/old.sh
# Each folder keeps another script, so the docs' paths stay in folders the repository has.
for d in old first keep scripts; do printf '#!/bin/sh\necho stays\n' > "$d/stays.sh"; done
git add -A
commit "initial scripts"

mkdir -p second
git mv first/build.sh second/build.sh
commit "build moves once"
mkdir -p third
git mv second/build.sh third/build-all.sh
commit "build moves again, renamed"

mkdir -p new
git mv old/run.sh new/run.sh
commit "run moves to new"
git rm -q new/run.sh
commit "drop run"
mkdir -p new
printf '#!/bin/sh\necho run again\n' > new/run.sh
git add -A
commit "bring run back"

git mv Tools/Deploy.sh Tools/deploy.tmp
git mv Tools/deploy.tmp Tools/deploy.sh
git mv Tools tools.tmp
git mv tools.tmp tools
commit "lower-case the tools"

mkdir -p gone
git mv keep/clean.sh gone/clean.sh
commit "move clean"
git rm -q gone/clean.sh
commit "remove clean"

git rm -q scripts/old.sh
commit "delete the old script"

printf '\xef\xbb\xbf# Scripts\n\n- `first/build.sh` builds.\n- `old/run.sh` runs.\n- `Tools/Deploy.sh` deploys.\n- `keep/clean.sh` cleans.\n- `scripts/old.sh` is gone.\n' > SCRIPTS.md
git add -A
commit "list the scripts"
