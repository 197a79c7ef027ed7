#!/usr/bin/env bash
# Regenerates the Simplified → Traditional (Taiwan standard) data the site build embeds for the
# Traditional reading edition (src/LongTriangle.ChineseScript/Data/Simplified*.txt, TaiwanVariants.txt)
# from the Debian packages opencc/libopencc-data (OpenCC 1.1.6, Apache-2.0): the dictionaries of
# OpenCC's own s2tw configuration (STPhrases + STCharacters, then TWVariants). Only the first
# candidate of each entry is kept: OpenCC converts with its first candidate too. The output is
# committed; this script only runs when OpenCC's data changes. The sibling
# scripts/generate-script-data.sh generates the Traditional → Simplified data the same way.
#   apt-get install opencc libopencc-data
set -euo pipefail
export LC_ALL=C.UTF-8

root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/src/LongTriangle.ChineseScript/Data"
opencc_dir=/usr/share/opencc
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for dict in STCharacters STPhrases TWVariants; do
  opencc_dict -i "$opencc_dir/$dict.ocd2" -o "$work/$dict.txt" -f ocd2 -t text
done

# key <tab> first candidate, sorted by key (byte order) so the output is stable.
first() { awk -F'\t' '{ split($2, c, " "); print $1 "\t" c[1] }' "$1" | sort -u; }

# Every phrase is kept, also those whose characters convert one by one to the same result: they
# decide where the longest match cuts the text, as they do in OpenCC's own segmentation.
first "$work/STPhrases.txt" > "$out/SimplifiedPhrases.txt"
# A character whose first candidate is itself is left out: it does not change.
first "$work/STCharacters.txt" | awk -F'\t' '$1 != $2' > "$out/SimplifiedCharacters.txt"
first "$work/TWVariants.txt" | awk -F'\t' '$1 != $2' > "$out/TaiwanVariants.txt"

wc -l "$out/SimplifiedPhrases.txt" "$out/SimplifiedCharacters.txt" "$out/TaiwanVariants.txt"
