#!/usr/bin/env bash
# Runs every test: converter, publishing, command line, and the browser tests in Chromium.
# Installs what is missing first (see scripts/prerequisites.sh). Screenshots land in test-output/.
set -euo pipefail
cd "$(dirname "$0")"
scripts/prerequisites.sh test
echo "==> compiling"
dotnet build LongTriangle.Site.sln -c Release --nologo -v quiet -clp:NoSummary
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
echo "==> running the tests"
status=0
# One project at a time, each with its own results file (the TRX logger's default names are
# timestamps, which collide when projects finish within the same second).
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  # Benchmarks (speed, measured on demand) are not tests: they never fail the run.
  dotnet test "$project" -c Release --no-build --nologo --filter "Category!=Benchmark" \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=$?
done
# One closing line for the whole run, summed over every test project's results.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); passed=$((passed + ${p:-0}))
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters"); failed=$((failed + ${f:-0}))
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters"); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then echo "error: no test ran" >&2; exit 1; fi
exit $status
