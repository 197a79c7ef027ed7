#!/usr/bin/env bash
# Regenerates src/LongTriangle.Conversion/Data/ChineseWordPairs.txt: the two-character words of the jieba
# dictionary (Debian package python3-jieba, MIT licence) with their frequency, the ones seen at least
# MIN_FREQUENCY times. The converter uses them to tell which candidate for a lost character makes a word
# with its neighbour. The output is committed; this script only runs when the source changes.
#   apt-get install python3-jieba
set -euo pipefail
export LC_ALL=C.UTF-8

root="$(cd "$(dirname "$0")/.." && pwd)"
dict="${JIEBA_DICT:-/usr/lib/python3/dist-packages/jieba/dict.txt}"
out="$root/src/LongTriangle.Conversion/Data/ChineseWordPairs.txt"
MIN_FREQUENCY=20

perl -CSD -ne '
  my ($word, $frequency) = split / /;
  print "$word\t$frequency\n" if $word =~ /^[\x{4E00}-\x{9FFF}]{2}$/ && $frequency >= '"$MIN_FREQUENCY"';
' "$dict" | sort -u > "$out"
wc -l "$out"
