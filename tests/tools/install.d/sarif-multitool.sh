#!/usr/bin/env bash
# Microsoft's SARIF Multitool (npm @microsoft/sarif-multitool, a self-contained
# .NET program inside the npm package), at the version pinned in
# tests/tools/package-lock.json: tests/cli/ci_formats.rs validates
# `platctl lint --format sarif` with its SARIF and GitHub code-scanning rules.
set -euo pipefail
tools="$(cd "$(dirname "$0")/.." && pwd)"
bin="$tools/node_modules/.bin/sarif-multitool"
if ! { [ -x "$bin" ] && "$bin" --version >/dev/null 2>&1; }; then
  command -v npm >/dev/null || { echo "npm is missing: install Node.js 18 or later (Debian: apt-get install nodejs npm)" >&2; exit 1; }
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix "$tools" --no-audit --no-fund --ignore-scripts
fi
# npm skips the package's install script, which makes the program executable.
find "$tools/node_modules/@microsoft" -type f -name Sarif.Multitool -exec chmod u+x {} +
"$bin" --version >/dev/null
