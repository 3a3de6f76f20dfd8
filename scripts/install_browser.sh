#!/usr/bin/env bash
# Install what the website chat widget and its browser tests need; safe to run again and again.
#   1. Debian's Chromium (/usr/bin/chromium), driven by Playwright in tests/browser/ (Playwright's
#      own browser download is never used: it cannot be fetched here).
#   2. The widget's one third-party file: `npm ci` in web/ (socket.io-client 4.x, pinned by
#      web/package-lock.json), then `npm run build` copies socket.io.min.js to web/widget/vendor/.
#      Skipped when vendor/socket.io.min.js exists and is newer than package-lock.json.
# Usage: scripts/install_browser.sh [--web-only | --browser-only]
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=1 want_web=1
case "${1:-}" in
  --web-only) want_browser=0 ;;
  --browser-only) want_web=0 ;;
  "") ;;
  *) echo "usage: $0 [--web-only | --browser-only]" >&2; exit 2 ;;
esac

source scripts/apt.sh

if [ "$want_browser" = 1 ]; then
  if [ -x /usr/bin/chromium ]; then
    echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
  else
    echo "chromium: installing Debian's package"
    # a font, so that screenshots show text and not empty boxes
    apt_install chromium fonts-dejavu-core
    /usr/bin/chromium --version 2>/dev/null
  fi
fi

if [ "$want_web" = 1 ]; then
  vendor=web/widget/vendor/socket.io.min.js
  if [ -s "$vendor" ] && [ ! web/package-lock.json -nt "$vendor" ] && [ ! web/package.json -nt "$vendor" ]; then
    echo "widget: $vendor is up to date"
  else
    if ! command -v npm >/dev/null; then
      echo "widget: npm missing, installing Debian's nodejs and npm"
      apt_install nodejs npm
    fi
    echo "widget: npm ci + build in web/"
    (cd web && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build)
    touch "$vendor"
  fi
fi
