#!/usr/bin/env bash
# Builds the site into _site/: converts seeds/ into content/, renders both languages, indexes search.
# Extra arguments go to `longtriangle build` (e.g. --base-url /LongTriangle.Site/).
set -euo pipefail
cd "$(dirname "$0")"
scripts/prerequisites.sh build
echo "==> compiling the tool"
dotnet build src/LongTriangle.Cli -c Release --nologo -v quiet -clp:NoSummary
echo "==> building the site"
# --pdf: print-ready PDFs of every document when Chromium is installed (one line says so when it is not).
dotnet src/LongTriangle.Cli/bin/Release/net10.0/longtriangle.dll build --pdf "$@"
