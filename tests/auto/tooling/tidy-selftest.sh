#!/usr/bin/env bash
# scripts/tidy must find in a batch what clang-tidy finds in each file alone, at the file's own
# line: the static analyzer's path through a concatenated file, a lint finding in a file whose
# local names clash with its batch neighbour's (the batch is halved), and one in a program that is
# checked wrapped in a namespace. A file built with GCC's precompiled header (the tests are) is
# still checked, and an error clang-tidy cannot place (a flag it does not know) fails the run
# instead of vanishing. Usage: tidy-selftest.sh SOURCE_DIR
set -euo pipefail
src=${1:?source dir}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/tree/lib/Unity" "$work/build"

cat >"$work/tree/lib/first.cpp" <<'CPP'
namespace {
int helper() { return 1; }
} // namespace

int first(bool missing)
{
    int *value = nullptr;
    if (missing)
        return *value; // line 9: null dereference, only the analyzer sees it
    return helper();
}
CPP
cat >"$work/tree/lib/second.cpp" <<'CPP'
#include <string>
#include <utility>

namespace {
int helper() { return 2; } // the same file-local name as first.cpp's: the pair cannot be one file
} // namespace

std::size_t second()
{
    std::string text = "moved";
    std::string other = std::move(text);
    return text.size() + other.size() + helper(); // line 12: use after move
}
CPP
cat >"$work/tree/lib/tool.cpp" <<'CPP'
#include <string>
#include <utility>

namespace {
int helper() { return 3; }
} // namespace

int main()
{
    std::string text = "moved";
    std::string other = std::move(text);
    return static_cast<int>(text.size() + other.size()) + helper(); // line 12: use after move
}
CPP
printf '#include "%s"\n' "$work/tree/lib/first.cpp" "$work/tree/lib/second.cpp" >"$work/tree/lib/Unity/unity_0_cxx.cxx"
cat >"$work/build/compile_commands.json" <<JSON
[
 {"directory": "$work/build", "file": "$work/tree/lib/Unity/unity_0_cxx.cxx",
  "command": "/usr/bin/c++ -std=gnu++20 -o lib.o -c $work/tree/lib/Unity/unity_0_cxx.cxx"},
 {"directory": "$work/build", "file": "$work/tree/lib/tool.cpp",
  "command": "/usr/bin/c++ -std=gnu++20 -o tool.o -c $work/tree/lib/tool.cpp"}
]
JSON

fail() { echo "FAIL: $*"; exit 1; }
# tidy_finds BUILD_DIR SCOPE WHAT: scripts/tidy into $work/out; the run must fail (status 1).
tidy_finds() {
    local status=0
    "$src/scripts/tidy" -p "$1" -j 2 "$2" >"$work/out" 2>&1 || status=$?
    cat "$work/out"
    [ "$status" -eq 1 ] || fail "$3: exit status $status, expected 1"
}
tidy_finds "$work/build" "^$work/tree/.*\\.cpp\$" "findings"
grep -q "^$work/tree/lib/first.cpp:9:[0-9]*: warning: .*\[clang-analyzer-core.NullDereference\]" "$work/out" \
    || fail "the analyzer's null dereference in first.cpp:9 is missing"
grep -q "^$work/tree/lib/second.cpp:12:[0-9]*: warning: .*\[bugprone-use-after-move\]" "$work/out" \
    || fail "the use after move in second.cpp:12 is missing"
grep -q "^$work/tree/lib/tool.cpp:12:[0-9]*: warning: .*\[bugprone-use-after-move\]" "$work/out" \
    || fail "the use after move in the wrapped program tool.cpp:12 is missing"
grep -q "5 warning(s) in 3 file(s), 2 batch(es), 2 file(s) checked on their own" "$work/out" \
    || fail "expected 5 warnings (the analyzer also reports both moves), first.cpp and second.cpp checked apart"

# GCC's precompiled header: clang cannot read the .gch, so the header's text stands in for it.
mkdir -p "$work/tree/pch" "$work/pch-build"
echo '#include <string>' >"$work/pch-build/cmake_pch.hxx"
c++ -std=gnu++20 -x c++-header "$work/pch-build/cmake_pch.hxx" -o "$work/pch-build/cmake_pch.hxx.gch"
cat >"$work/tree/pch/user.cpp" <<'CPP'
#include <utility> // std::string comes from the precompiled header

std::size_t user()
{
    std::string text = "moved";
    std::string other = std::move(text);
    return text.size() + other.size(); // line 7: use after move
}
CPP
cat >"$work/pch-build/compile_commands.json" <<JSON
[{"directory": "$work/pch-build", "file": "$work/tree/pch/user.cpp",
  "command": "/usr/bin/c++ -std=gnu++20 -Winvalid-pch -include $work/pch-build/cmake_pch.hxx -o user.o -c $work/tree/pch/user.cpp"}]
JSON
tidy_finds "$work/pch-build" "^$work/tree/pch/.*\.cpp\$" "a finding with a precompiled header"
grep -q "^$work/tree/pch/user.cpp:7:[0-9]*: warning: .*\[bugprone-use-after-move\]" "$work/out" \
    || fail "the use after move in a file built with a precompiled header is missing"

# An error without a place fails the run.
sed -i 's/-Winvalid-pch/-fno-such-flag-for-clang/' "$work/pch-build/compile_commands.json"
tidy_finds "$work/pch-build" "^$work/tree/pch/.*\.cpp\$" "an unplaced error"
grep -q "^$work/tree/pch/user.cpp:1:1: error: .*fno-such-flag-for-clang" "$work/out" \
    || fail "the unplaced error is not reported on the file"
echo "PASS"
