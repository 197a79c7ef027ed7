#!/usr/bin/env bash
# Lighthouse 12 (mobile and desktop) on the home page, a Chinese document, its English twin and a
# side-by-side page of the built site, in Debian's Chromium. Prints one line of scores per page and form
# factor; the README reports the latest figures. Not part of ./test.sh (it takes minutes and downloads
# Lighthouse from the npm registry into scripts/lighthouse/node_modules, from this folder's lock file).
# Usage: scripts/lighthouse/run.sh [SITE_DIR]   (default: builds the site into a temporary folder)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
port=8790
origin="http://127.0.0.1:$port"

[ -x "$here/node_modules/.bin/lighthouse" ] || (cd "$here" && npm ci --no-audit --no-fund)
site="${1:-}"
if [ -z "$site" ]; then
  site="$(mktemp -d)/site"
  dotnet build "$repo/src/LongTriangle.Cli" -c Release --nologo -v quiet -clp:NoSummary >/dev/null
  (cd "$repo" && dotnet src/LongTriangle.Cli/bin/Release/net10.0/longtriangle.dll build --no-convert --out "$site" --base-url "$origin/" >/dev/null)
fi

node "$here/serve.mjs" "$site" "$port" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
sleep 1

pages=("zh/" "zh/national/outline-2019/" "en/national/outline-2019/" "zh/national/outline-2019/parallel/")
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
out="$(mktemp -d)"
printf '%-42s %-8s %5s %5s %5s %5s\n' page form perf a11y bp seo
for page in "${pages[@]}"; do
  for form in mobile desktop; do
    preset=(); [ "$form" = desktop ] && preset=(--preset=desktop)
    report="$out/$(echo "$page$form" | tr '/' '_').json"
    "$here/node_modules/.bin/lighthouse" "$origin/$page" "${preset[@]}" --quiet --output=json --output-path="$report" \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1 || { echo "lighthouse failed on $page ($form)" >&2; exit 1; }
    node -e '
      const r = require(process.argv[1]); const c = r.categories;
      const s = k => Math.round(c[k].score * 100);
      const failing = Object.values(r.audits).filter(a => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual" && a.scoreDisplayMode !== "notApplicable").map(a => a.id);
      console.log(process.argv[2].padEnd(42), process.argv[3].padEnd(8), ...["performance","accessibility","best-practices","seo"].map(k => String(s(k)).padStart(5)), failing.length ? "  below 100: " + failing.slice(0, 8).join(", ") : "");
    ' "$report" "$page" "$form"
  done
done
