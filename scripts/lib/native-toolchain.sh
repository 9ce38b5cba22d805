# shellcheck shell=bash
# Sourced by scripts/publish-native.sh and scripts/pack-native-tool.sh: what both native builds share. First the check
# of the native toolchain Native AOT needs, because without it the SDK gets a minute into the build before it fails.
# The sourcing script defines fail MESSAGE (print it prefixed with the script's name, exit 1).
#
#   check_native_toolchain   Linux: clang or gcc that links against zlib (-lz), and objcopy; macOS: clang. Then dotnet.
#   native_rid RID REPO      prints RID, or when it is empty this machine's runtime identifier (from dotnet --info).
#   forget_native_object BUILD
#                            after a failed AOT build under the artifacts path BUILD: removes the compiler's object
#                            file, which it writes even when it reports errors and a rerun would take as up to date.
check_native_toolchain() {
  case "$(uname -s)" in
    Linux)
      local cc probe
      cc=$(command -v clang || command -v gcc) ||
        fail "no C compiler and linker (clang or gcc) on PATH; Native AOT links the executable with one. Install clang or gcc, and zlib's development files (Debian/Ubuntu: apt-get install clang zlib1g-dev)"
      probe=$(mktemp -d)
      if ! printf 'int main(void) { return 0; }\n' | "$cc" -x c - -lz -o "$probe/probe" >/dev/null 2>&1; then
        rm -rf "$probe"
        fail "$cc cannot link a program against zlib (-lz), as Native AOT does; install zlib's development files (Debian/Ubuntu: apt-get install zlib1g-dev)"
      fi
      rm -rf "$probe"
      command -v objcopy >/dev/null 2>&1 || command -v llvm-objcopy >/dev/null 2>&1 ||
        fail "no objcopy on PATH; Native AOT strips the executable's symbols with it. Install binutils (Debian/Ubuntu: apt-get install binutils)"
      ;;
    Darwin)
      command -v clang >/dev/null 2>&1 ||
        fail "no clang on PATH; Native AOT links the executable with it. Install the Xcode command line tools (xcode-select --install)"
      ;;
  esac
  command -v dotnet >/dev/null 2>&1 || fail "no dotnet on PATH; building needs the .NET SDK (see global.json)"
}

native_rid() {
  local rid=$1
  if [ -z "$rid" ]; then
    rid=$(cd "$2" && dotnet --info | awk '$1 == "RID:" { print $2; exit }')
    [ -n "$rid" ] || fail "could not read this machine's runtime identifier from 'dotnet --info'; pass it, e.g. linux-x64"
  fi
  echo "$rid"
}

forget_native_object() {
  rm -rf "$1"/obj/Maia.Sre.Ci.Tool/*/native
}
