#!/usr/bin/env bash
# Builds an N-document library with `longtriangle build --no-convert` and the same Markdown with Hugo +
# Pagefind, side by side, each under /usr/bin/time -v, then rebuilds ours after one document changed, and again
# after another (the steady state, which also removes the site before last), and prints wall time, CPU, peak
# memory, the ratio to Hugo + Pagefind and the incremental figures.
#
#   benchmarks/compare.sh [N]   (default 1000; the work folder is $BENCH_DIR or /tmp/longtriangle-bench-N,
#                                and it may take a few GB at N=1000)
#
# It takes minutes at N=1000 on a 2-core machine. Hugo comes from apt (Debian's `hugo`) when missing.
set -euo pipefail
N="${1:-1000}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${BENCH_DIR:-/tmp/longtriangle-bench-$N}"
RESULTS="$WORK/results.jsonl"
MEASURE="python3 $ROOT/benchmarks/measure.py"

if ! command -v hugo >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing hugo (apt-get install hugo)" >&2
    apt-get install -y -qq hugo >/dev/null
  else
    echo "hugo is missing: run 'sudo apt-get install hugo' and try again" >&2
    exit 1
  fi
fi
ls "$ROOT"/node_modules/@pagefind/*/bin/pagefind_extended >/dev/null 2>&1 || (cd "$ROOT" && npm ci --no-audit --no-fund >/dev/null)

# LONGTRIANGLE_DLL measures another build of the tool (e.g. a copy of an older one, for a before/after).
TOOL="${LONGTRIANGLE_DLL:-$ROOT/src/LongTriangle.Cli/bin/Release/net10.0/longtriangle.dll}"
if [ -z "${LONGTRIANGLE_DLL:-}" ]; then
  echo "building longtriangle (Release)" >&2
  dotnet build "$ROOT/src/LongTriangle.Cli" -c Release --nologo -v quiet -clp:NoSummary >&2
fi

mkdir -p "$WORK"
python3 "$ROOT/benchmarks/corpus.py" "$N" "$WORK" --content "$ROOT/content" >&2
rm -rf "$WORK/site" "$WORK"/.site.* "$WORK/hugo-public" "$WORK/.longtriangle-cache"
: > "$RESULTS"

cd "$ROOT"   # Pagefind is found from the repository
$MEASURE ours-full -- dotnet "$TOOL" build --no-convert --content "$WORK/content" --out "$WORK/site" >> "$RESULTS" || true
$MEASURE hugo -- hugo --source "$WORK/hugo" --destination "$WORK/hugo-public" --quiet >> "$RESULTS" || true
# Pagefind's executable itself, as our build starts it (npm's Node.js launcher would add a Node.js start to the peer).
PAGEFIND="$(ls "$ROOT"/node_modules/@pagefind/*/bin/pagefind_extended | head -n 1)"
$MEASURE hugo-pagefind -- "$PAGEFIND" --site "$WORK/hugo-public" >> "$RESULTS" || true

# One document changes: a character is added to a clause (as when a seed is corrected): the K-th document of the
# first region, its first clause.
change_one_document() {
python3 - "$WORK/content" "$1" <<'EOF'
import os, re, sys
zh = os.path.join(sys.argv[1], "zh")
region = sorted(os.listdir(zh))[0]
name = sorted(n for n in os.listdir(os.path.join(zh, region)) if n.endswith(".md"))[int(sys.argv[2])]
path = os.path.join(zh, region, name)
text = open(path, encoding="utf-8").read()
changed = re.sub(r"^([^#\n-][^\n]*?)( \{#[^}\n]+\})$", r"\1（修订）\2", text, count=1, flags=re.MULTILINE)
assert changed != text, f"{path}: no clause to change"
open(path, "w", encoding="utf-8").write(changed)
print(f"changed the first clause of {region}/{name}", file=sys.stderr)
EOF
}
# The first rebuild after the full build: the site it replaces stays beside the output for the next build to remove.
change_one_document 0
$MEASURE ours-incremental -- dotnet "$TOOL" build --no-convert --content "$WORK/content" --out "$WORK/site" >> "$RESULTS" || true
# The steady state of rebuilding in place: another document changes, and this build also removes the site the full
# build published (most of its pages are names of the pages the site in place shares).
change_one_document 1
$MEASURE ours-steady -- dotnet "$TOOL" build --no-convert --content "$WORK/content" --out "$WORK/site" >> "$RESULTS" || true

python3 - "$RESULTS" "$N" <<'EOF'
import json, sys
runs = {r["label"]: r for r in map(json.loads, open(sys.argv[1]))}
print(f"\n{sys.argv[2]} documents   wall s   CPU s   peak MB (one process)   peak MB (whole run)")
for label, r in runs.items():
    print(f"{label:18} {r['wall_s']:8.1f} {r['cpu_s']:7.1f} {r['max_rss_mb']:>12}            {r['peak_tree_mb']:>8}   {r['peak_by_program_mb']}")
failed = [r for r in runs.values() if r["exit"] != 0]
for r in failed:
    print(f"\n{r['label']} FAILED (exit {r['exit']}): {next((l for l in r.get('stderr_tail', []) if l.startswith('error')), r.get('stderr_tail', [''])[0])}")
if failed:
    sys.exit(1)
ours, incremental, steady = runs["ours-full"], runs["ours-incremental"], runs["ours-steady"]
hugo = runs["hugo"]["wall_s"] + runs["hugo-pagefind"]["wall_s"]
print(f"\nratio (ours / Hugo + Pagefind): {ours['wall_s']:.1f} / {hugo:.1f} = {ours['wall_s'] / hugo:.2f}  (target ≤ 1.0)")
print(f"incremental (one document changed): {incremental['wall_s']:.1f} s = {100 * incremental['wall_s'] / ours['wall_s']:.0f} % of the full build  (target ≤ 10 %)")
print(f"incremental, steady state (another changed, the site before last removed): {steady['wall_s']:.1f} s = {100 * steady['wall_s'] / ours['wall_s']:.0f} %")
print(f"peak memory: ours {ours['peak_by_program_mb']}, whole build {ours['peak_tree_mb']} MB  (targets ≤ 1 024 MB and ≤ 2 048 MB)")
EOF
