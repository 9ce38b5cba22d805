#!/usr/bin/env bash
# Publishes maia-sre as a standalone native executable (Native AOT) from the same Tool project as the dotnet tool: one
# file that needs no .NET runtime (see "Standalone native binary" in docs/install.md). Needs the .NET SDK and the platform's
# native toolchain: on Linux clang or gcc, zlib's development files and objcopy; on macOS the Xcode command line tools.
#
#   scripts/publish-native.sh           for this machine's runtime identifier (<rid>), into artifacts/native/<rid>
#   scripts/publish-native.sh RID       for another runtime identifier of this OS (another CPU needs a cross toolchain)
#   scripts/publish-native.sh RID DIR   into DIR; an empty RID means this machine's (the package tests publish this way
#                                       into a temporary folder)
#
# The last line printed is the executable's path. The build's own files stay in artifacts/native/.build, apart from the
# bin/ and obj/ folders of ordinary builds, so a second run only rebuilds what changed and never disturbs them.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

fail() { echo "publish-native.sh: $*" >&2; exit 1; }

# The native toolchain, checked first (scripts/lib/native-toolchain.sh).
# shellcheck source-path=SCRIPTDIR source=lib/native-toolchain.sh
. "$repo/scripts/lib/native-toolchain.sh"
check_native_toolchain

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
rid=$(native_rid "${1:-}" "$repo")
out=$(mkdir -p "${2:-$repo/artifacts/native/$rid}" && cd "${2:-$repo/artifacts/native/$rid}" && pwd)
exe=maia-sre
case "$rid" in win-*) exe=maia-sre.exe ;; esac

cd "$repo"
build="$repo/artifacts/native/.build"
staging="$build/publish/$rid"
rm -rf "$staging"
if ! dotnet publish src/Maia.Sre.Ci.Tool -c Release -r "$rid" -p:PublishAot=true --artifacts-path "$build" -o "$staging" \
  -nologo -v:q -clp:NoSummary; then
  forget_native_object "$build"
  fail "dotnet publish failed (see above)"
fi
[ -f "$staging/$exe" ] || fail "the publish left no $staging/$exe"

# Only the executable goes to the output folder, replaced in one rename so a concurrent run never sees half a file.
cp "$staging/$exe" "$out/.$exe.tmp"
mv -f "$out/.$exe.tmp" "$out/$exe"
echo "$out/$exe"
