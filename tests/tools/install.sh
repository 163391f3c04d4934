#!/usr/bin/env bash
# Installs the outside tools that the test suite drives as real consumers of
# platctl's outputs (a headless browser, DuckDB, promtool, ...), when they are
# missing. Each file in install.d/ installs one tool and is idempotent: it
# returns at once when the tool is already there. Run from anywhere; the
# README's test command and .ci/run call it before `cargo test`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
for step in "$here"/install.d/*.sh; do
  [ -e "$step" ] || continue
  bash "$step"
done
