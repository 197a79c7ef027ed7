#!/usr/bin/env bash
# Installs what the build and the tests need beyond the .NET SDK, and says what it is doing.
# Usage: scripts/prerequisites.sh build|test
# - build: Node.js + npm (Pagefind builds the search index), then `npm ci` from package-lock.json.
# - test:  the same, plus Debian's Chromium and the Noto CJK fonts for the browser tests, and Debian's
#          opencc (the independent reference the Traditional edition is compared with).
# Installs with apt-get only when running as root; otherwise names the packages to install.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-build}

say() { printf '==> %s\n' "$*"; }

apt_packages=()
command -v node >/dev/null 2>&1 || apt_packages+=(nodejs)
command -v npm >/dev/null 2>&1 || apt_packages+=(npm)
if [ "$what" = test ]; then
  [ -x /usr/lib/chromium/chromium ] || [ -x /usr/bin/chromium ] || apt_packages+=(chromium)
  fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || apt_packages+=(fonts-noto-cjk)
  command -v opencc >/dev/null 2>&1 || apt_packages+=(opencc libopencc-data)
fi

if [ ${#apt_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing with apt-get: ${apt_packages[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${apt_packages[@]}" >/dev/null
  else
    echo "error: missing ${apt_packages[*]}; install them (e.g. sudo apt-get install ${apt_packages[*]}) and run again" >&2
    exit 1
  fi
fi

# The build starts Pagefind's platform executable itself (not npm's launcher), so that is what must be there.
if ! ls node_modules/@pagefind/*/bin/pagefind_extended >/dev/null 2>&1 || [ ! -x node_modules/.bin/html-validate ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing Node tools with npm ci (package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error
fi
