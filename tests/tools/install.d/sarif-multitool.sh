#!/usr/bin/env bash
# Microsoft's SARIF Multitool (npm @microsoft/sarif-multitool, a self-contained
# .NET program inside the npm package): tests/ci_formats.rs validates
# `platctl lint --format sarif` with its SARIF and GitHub code-scanning rules.
set -euo pipefail
tools="$(cd "$(dirname "$0")/.." && pwd)"
bin="$tools/node_modules/.bin/sarif-multitool"
if [ -x "$bin" ] && "$bin" --version >/dev/null 2>&1; then
  exit 0
fi
npm install --prefix "$tools" --no-audit --no-fund @microsoft/sarif-multitool@5.7.0
# npm may skip the package's install script, which makes the program executable.
find "$tools/node_modules/@microsoft" -type f -name Sarif.Multitool -exec chmod u+x {} +
"$bin" --version >/dev/null
