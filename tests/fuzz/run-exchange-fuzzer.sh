#!/usr/bin/env bash
# Builds one libFuzzer target over regpoint_exchange's protocol code (clang, ASan/UBSan) and runs
# it for a bounded time. Usage: run-exchange-fuzzer.sh SOURCE_DIR BUILD_DIR NAME [SECONDS]
# NAME: fuzz_syncmessages (request JSON decoders) or fuzz_usbbatch (the USB batch reader).
set -euo pipefail
src=${1:?source dir}
out=${2:?build dir}/fuzz
name=${3:?fuzzer name}
seconds=${4:-${REGPOINT_FUZZ_SECONDS:-20}}
mkdir -p "$out/corpus-$name"
ex="$src/exchange"
# One translation unit (the code is unity-safe, as the dev preset's unity build keeps it): the
# Qt and OpenSSL headers are parsed once instead of eleven times.
unity="$out/$name-unity.cpp"
for file in "$src/tests/fuzz/$name.cpp" "$ex"/{jsonfields,syncmessages,receipt,configbundle,serialblock,intakesignature,usbbatch,openssl,certificateauthority,certificates}.cpp; do
    echo "#include \"$file\""
done >"$unity"
clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -fPIC \
    -DQT_NO_CAST_FROM_ASCII -I"$ex" $(pkg-config --cflags Qt6Core) "$unity" \
    $(pkg-config --libs Qt6Core) -lcrypto -o "$out/$name"
cp -n "$src"/tests/fuzz/corpus-exchange/* "$out/corpus-$name/" 2>/dev/null || true
ASAN_OPTIONS=detect_leaks=0 "$out/$name" "$out/corpus-$name" -max_total_time="$seconds" -seed=20261130 \
    -max_len=20000 -print_final_stats=1 2>&1 | tail -n 25
