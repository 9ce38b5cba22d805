# shellcheck shell=bash
# Sourced by scripts/publish-native.sh and scripts/pack-native-tool.sh: checks the native toolchain Native AOT needs,
# first, because without it the SDK gets a minute into the build before it fails. The sourcing script defines
# fail MESSAGE (print it prefixed with the script's name, exit 1); this file uses no command beyond what it checks for.
#
#   check_native_toolchain   Linux: clang or gcc that links against zlib (-lz), and objcopy; macOS: clang. Then dotnet.
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
