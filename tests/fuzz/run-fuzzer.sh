#!/usr/bin/env bash
# Builds the SAM decoder/parser fuzzer with clang's libFuzzer (+ASan/UBSan) and runs it for a
# bounded time. Usage: run-fuzzer.sh SOURCE_DIR BUILD_DIR [SECONDS]
set -euo pipefail
src=${1:?source dir}
out=${2:?build dir}/fuzz
seconds=${3:-${REGPOINT_FUZZ_SECONDS:-20}}
mkdir -p "$out/corpus"
clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -fPIC \
    -DQT_NO_CAST_FROM_ASCII -I"$src/devices" $(pkg-config --cflags Qt6Core) \
    "$src/tests/fuzz/fuzz_samdecoder.cpp" "$src/devices/idcard/samframe.cpp" "$src/devices/idcard/idcarddata.cpp" \
    $(pkg-config --libs Qt6Core) -o "$out/fuzz_samdecoder"
# Seeds: reference frames from the protocol notes, as committed.
cp -n "$src"/tests/fuzz/corpus/* "$out/corpus/" 2>/dev/null || true
ASAN_OPTIONS=detect_leaks=0 "$out/fuzz_samdecoder" "$out/corpus" -max_total_time="$seconds" -seed=20261125 \
    -max_len=6000 -print_final_stats=1 2>&1 | tail -n 25
