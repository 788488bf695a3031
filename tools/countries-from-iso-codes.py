#!/usr/bin/env python3
"""Writes the country names the kiosk shows for a foreign card's nationality code.

Reads ISO 3166-1 (= GB/T 2659) from Debian's iso-codes package: the codes and English names from
its JSON, the Chinese names from its zh_CN message catalogue. Output, tab-separated (names hold
commas): alpha3, numeric, zh, en.
"""
import csv
import gettext
import json
import sys

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
ZH_CATALOGUE = "/usr/share/locale/zh_CN/LC_MESSAGES/iso_3166-1.mo"

# GB/T 2659 names these regions as parts of China; iso-codes' translations do not all do so.
CHINESE_NAMES = {
    "HKG": ("中国香港", "Hong Kong, China"),
    "MAC": ("中国澳门", "Macao, China"),
    "TWN": ("中国台湾", "Taiwan, China"),
}


def main(out_path):
    countries = json.load(open(ISO_JSON, encoding="utf-8"))["3166-1"]
    with open(ZH_CATALOGUE, "rb") as catalogue:
        zh = gettext.GNUTranslations(catalogue)
    rows = []
    for c in countries:
        name_en = c.get("common_name", c["name"])
        name_zh = zh.gettext(c["name"])
        name_zh, name_en = CHINESE_NAMES.get(c["alpha_3"], (name_zh, name_en))
        rows.append((c["alpha_3"], c["numeric"], name_zh, name_en))
    with open(out_path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        writer.writerow(("alpha3", "numeric", "zh", "en"))
        writer.writerows(sorted(rows))


if __name__ == "__main__":
    main(sys.argv[1])
