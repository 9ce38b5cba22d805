#!/usr/bin/env bash
# Packs every package into one folder (default: artifacts/packages): the dotnet tool Maia.Sre.Ci.Tool and, with
# -p:MaiaSrePackAll=true, the packages a plain root `dotnet pack` leaves out (pre-commit runs that plain pack and
# installs every .nupkg it finds as a tool, so only the tool may come out of it; see ../shared/docs/ECOSYSTEM.md).
#
#   scripts/pack.sh          pack into artifacts/packages
#   scripts/pack.sh DIR      pack into DIR (the package tests use a temporary feed)
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$(mkdir -p "${1:-$repo/artifacts/packages}" && cd "${1:-$repo/artifacts/packages}" && pwd)
cd "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet pack Maia.Sre.Ci.sln -c Release -o "$out" -p:MaiaSrePackAll=true -nologo -v:q -clp:NoSummary
ls -1 "$out"/*.nupkg
