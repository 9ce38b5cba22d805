#!/usr/bin/env bash
# Long fuzzing run of the parsers (configuration, extractors, resolver) with CsCheck.
#   scripts/fuzz.sh [SECONDS_PER_PROPERTY] [THREADS]      default: 240 s per property (8 properties ≈ 32 min), all cores
# Any failure is shrunk to a minimal input and printed; add it to FuzzTests.Regressions.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-240}
threads=${2:--1}
dotnet build tests/Maia.Sre.Ci.Reliability.Tests -c Release -nologo -v:q
MAIA_FUZZ_SECONDS=$seconds MAIA_FUZZ_THREADS=$threads dotnet test tests/Maia.Sre.Ci.Reliability.Tests -c Release --no-build \
  --filter "FullyQualifiedName~FuzzTests&Name!~Regressions" --logger "console;verbosity=normal" -- NUnit.DefaultTimeout=0
