#!/usr/bin/env bash
# Packs the native build as the dotnet tool Maia.Sre.Ci.Tool.Native (command maia-sre; see "Standalone native binary"
# in docs/install.md): the pointer package Maia.Sre.Ci.Tool.Native.<version>.nupkg, which names one package per runtime
# identifier, and that identifier's package Maia.Sre.Ci.Tool.Native.<rid>.<version>.nupkg, holding the Native AOT
# executable. `dotnet tool install Maia.Sre.Ci.Tool.Native` (.NET 10 SDK) picks the package for its machine. Needs the
# .NET 10 SDK and the native toolchain scripts/publish-native.sh needs (scripts/lib/native-toolchain.sh).
#
#   scripts/pack-native-tool.sh           for this machine's runtime identifier, into artifacts/packages
#   scripts/pack-native-tool.sh RID       for another runtime identifier of this OS (another CPU needs a cross toolchain)
#   scripts/pack-native-tool.sh RID DIR   into DIR; an empty RID means this machine's (the package tests pack
#                                         linux-x64 into a temporary feed)
#
# The pointer package names RID only; a release packs each RID's package on its own runner, and one pointer package
# with `dotnet pack src/Maia.Sre.Ci.Tool -p:MaiaSreNativeTool=true -p:PublishAot=true -p:MaiaSreNativeRids=\"rid1;rid2\"`
# (see the Tool project). The last two lines printed are the two packages' paths. The build's own files stay in
# artifacts/native-tool/.build, apart from ordinary builds and publish-native.sh's, so a second run only rebuilds what
# changed; the packages in DIR are replaced.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

fail() { echo "pack-native-tool.sh: $*" >&2; exit 1; }

# The native toolchain, checked first (scripts/lib/native-toolchain.sh).
# shellcheck source-path=SCRIPTDIR source=lib/native-toolchain.sh
. "$repo/scripts/lib/native-toolchain.sh"
check_native_toolchain

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
sdk=$(cd "$repo" && dotnet --version) || fail "'dotnet --version' failed (see above)"
[ "${sdk%%.*}" -ge 10 ] 2>/dev/null ||
  fail "the .NET SDK is $sdk; RID-specific tool packages need the .NET 10 SDK or later (see global.json)"
rid=$(native_rid "${1:-}" "$repo")
out=$(mkdir -p "${2:-$repo/artifacts/packages}" && cd "${2:-$repo/artifacts/packages}" && pwd)

cd "$repo"
build="$repo/artifacts/native-tool/.build"
staging="$build/packages/$rid"
rm -rf "$staging"
props=(-p:MaiaSreNativeTool=true -p:PublishAot=true "-p:MaiaSreNativeRids=$rid")
common=(-c Release --artifacts-path "$build" -o "$staging" -nologo -v:q -clp:NoSummary)
dotnet pack src/Maia.Sre.Ci.Tool "${props[@]}" "${common[@]}" ||
  fail "dotnet pack of the pointer package failed (see above)"
if ! dotnet pack src/Maia.Sre.Ci.Tool -r "$rid" "${props[@]}" "${common[@]}"; then
  forget_native_object "$build"
  fail "dotnet pack of the $rid package failed (see above)"
fi

shopt -s nullglob
pointer=("$staging"/Maia.Sre.Ci.Tool.Native.[0-9]*.nupkg)
native=("$staging"/Maia.Sre.Ci.Tool.Native."$rid".[0-9]*.nupkg)
[ ${#pointer[@]} -eq 1 ] || fail "expected one pointer package Maia.Sre.Ci.Tool.Native.<version>.nupkg in $staging, found ${#pointer[@]}"
[ ${#native[@]} -eq 1 ] || fail "expected one package Maia.Sre.Ci.Tool.Native.$rid.<version>.nupkg in $staging, found ${#native[@]}"

# Each package replaced in one rename, so a concurrent reader of DIR never sees half a file.
for package in "${pointer[0]}" "${native[0]}"; do
  name=$(basename "$package")
  cp "$package" "$out/.$name.tmp"
  mv -f "$out/.$name.tmp" "$out/$name"
done
echo "$out/$(basename "${pointer[0]}")"
echo "$out/$(basename "${native[0]}")"
