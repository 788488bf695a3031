#!/usr/bin/env bash
# Sanitizer reports of one CTest run (REGPOINT_SANITIZE): ASan, LSan and UBSan write them to
# DIR/{asan,ubsan}.PROGRAM.PID through log_path and log_exe_name (tests/CMakeLists.txt).
#   reports.sh reset DIR   empties DIR before the tests
#   reports.sh check DIR   prints every report and fails if there is one
set -u
mode=${1:?usage: reports.sh reset|check DIR}
dir=${2:?usage: reports.sh reset|check DIR}
case "$mode" in
reset)
    rm -rf "$dir" && mkdir -p "$dir"
    ;;
check)
    shopt -s nullglob
    reports=("$dir"/*)
    if [ ${#reports[@]} -eq 0 ]; then
        echo "no sanitizer findings"
        exit 0
    fi
    for report in "${reports[@]}"; do
        echo "==== $report"
        cat "$report"
    done
    echo "${#reports[@]} sanitizer report(s) in $dir" >&2
    exit 1
    ;;
*)
    echo "usage: reports.sh reset|check DIR" >&2
    exit 2
    ;;
esac
