#!/usr/bin/env bash
# Regenerates the character data the converter embeds (src/LongTriangle.Conversion/Data/*.txt)
# from the Debian packages opencc/libopencc-data (OpenCC, Apache-2.0) and unicode-data (Unihan,
# Unicode licence). The output is committed; this script only runs when those sources change.
#   apt-get install opencc libopencc-data unicode-data
set -euo pipefail
export LC_ALL=C.UTF-8

root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/src/LongTriangle.Conversion/Data"
opencc_dir=/usr/share/opencc
unihan_dir=/usr/share/unicode
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for dict in TSCharacters TSPhrases TWVariantsRev HKVariantsRev; do
  opencc_dict -i "$opencc_dir/$dict.ocd2" -o "$work/$dict.txt" -f ocd2 -t text
done

# Unihan code points (U+XXXX) become characters; awk cannot print code points above U+FFFF
# portably, so perl does the decoding.
decode='s/U\+([0-9A-F]{4,6})/chr(hex($1))/ge'

# kSimplifiedVariant fills characters that OpenCC's table leaves out (rare traditional forms).
bzcat "$unihan_dir/Unihan_Variants.txt.bz2" \
  | awk -F'\t' '$2 == "kSimplifiedVariant" { print $1 "\t" $3 }' \
  | perl -CSD -pe "$decode" > "$work/unihan-simplified.txt"

# Traditional character -> simplified candidates (first one is the default).
# Order of precedence: OpenCC TSCharacters; Taiwan/Hong Kong variant forms mapped through it;
# Unihan kSimplifiedVariant for the rest. A character whose only candidate is itself is dropped.
perl -CSD -e '
  my ($ts, $tw, $hk, $uh) = @ARGV;
  my (%map, @order);
  sub load { my ($f) = @_; open my $h, "<", $f or die $!; my @r; while (<$h>) { chomp; my ($k, $v) = split /\t/; push @r, [$k, [split / /, $v]] } @r }
  for my $e (load($ts)) { $map{$e->[0]} = $e->[1] }
  for my $file ($tw, $hk) {
    for my $e (load($file)) {
      my ($variant, $standard) = ($e->[0], $e->[1][0]);
      next if exists $map{$variant};
      $map{$variant} = $map{$standard} // [$standard];
    }
  }
  for my $e (load($uh)) {
    my ($trad, $cands) = @$e;
    next if exists $map{$trad};
    # keep the character itself among the candidates (著 -> 着 著): it marks a form that
    # Simplified text uses too
    my @c = @$cands;
    next unless grep { $_ ne $trad } @c;
    $map{$trad} = [(grep { $_ ne $trad } @c), (grep { $_ eq $trad } @c)];
  }
  for my $k (sort keys %map) {
    my @c = @{$map{$k}};
    next if @c == 1 && $c[0] eq $k;
    print "$k\t", join(" ", @c), "\n";
  }
' "$work/TSCharacters.txt" "$work/TWVariantsRev.txt" "$work/HKVariantsRev.txt" "$work/unihan-simplified.txt" \
  > "$out/TraditionalCharacters.txt"

# Traditional phrase -> simplified phrase (first candidate), for characters whose simplification
# depends on the word (乾坤, 瞭解, 答覆 ...).
awk -F'\t' '{ split($2, c, " "); print $1 "\t" c[1] }' "$work/TSPhrases.txt" | sort -u > "$out/TraditionalPhrases.txt"

# Mandarin readings per character: the union of every Unihan reading field, tone-marked,
# so that a pinyin annotation can be checked against the character it follows.
bzcat "$unihan_dir/Unihan_Readings.txt.bz2" \
  | awk -F'\t' '
      $2 == "kMandarin" || $2 == "kHanyuPinyin" || $2 == "kXHC1983" || $2 == "kTGHZ2013" || $2 == "kHanyuPinlu" {
        n = split($3, parts, " ")
        for (i = 1; i <= n; i++) {
          p = parts[i]
          sub(/^.*:/, "", p)          # drop dictionary positions "10087.100:"
          gsub(/\([0-9]+\)/, "", p)   # drop kHanyuPinlu frequencies "xíng(2943)"
          m = split(p, readings, ",")
          for (j = 1; j <= m; j++) if (readings[j] != "") print $1 "\t" readings[j]
        }
      }' \
  | perl -CSD -pe "$decode" \
  | sort -u \
  | awk -F'\t' '
      $1 != last { if (last != "") print last "\t" line; last = $1; line = $2; next }
      { line = line " " $2 }
      END { if (last != "") print last "\t" line }' \
  > "$out/MandarinReadings.txt"

# Canonical normalisation data (the process runs with invariant globalization, where
# string.Normalize does nothing): code point; canonical combining class; canonical decomposition;
# "x" when the code point is excluded from composition. Only entries with a decomposition or a
# non-zero class are kept.
perl -e '
  my %excluded;
  open my $n, "<", $ARGV[0] or die $!;
  while (<$n>) {
    next unless /^([0-9A-F]+)(?:\.\.([0-9A-F]+))?\s*;\s*Full_Composition_Exclusion\b/;
    $excluded{$_} = 1 for hex($1) .. hex($2 // $1);
  }
  open my $u, "<", $ARGV[1] or die $!;
  while (<$u>) {
    my @f = split /;/;
    my $canonical = ($f[5] ne "" && $f[5] !~ /^</) ? $f[5] : "";
    next if $canonical eq "" && $f[3] eq "0";
    print join(";", $f[0], $f[3], $canonical, $excluded{hex $f[0]} ? "x" : ""), "\n";
  }
' "$unihan_dir/DerivedNormalizationProps.txt" "$unihan_dir/UnicodeData.txt" > "$out/CanonicalDecompositions.txt"

wc -l "$out/TraditionalCharacters.txt" "$out/TraditionalPhrases.txt" "$out/MandarinReadings.txt" "$out/CanonicalDecompositions.txt"
