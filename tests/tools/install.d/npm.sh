#!/usr/bin/env bash
# axe-core (accessibility checks) and puppeteer-core (drives the system
# Chromium; it downloads no browser) for the portal's browser tests, at the
# versions pinned in tests/tools/package-lock.json.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
if [ -f "$here/node_modules/axe-core/axe.min.js" ] && [ -d "$here/node_modules/puppeteer-core" ] && [ -d "$here/node_modules/@microsoft/sarif-multitool" ]; then
  exit 0
fi
command -v npm >/dev/null || { echo "npm is missing: install Node.js 18 or later (Debian: apt-get install nodejs npm)" >&2; exit 1; }
export PUPPETEER_SKIP_DOWNLOAD=1
npm ci --prefix "$here" --no-audit --no-fund --ignore-scripts
