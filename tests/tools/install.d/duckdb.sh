#!/usr/bin/env bash
# DuckDB's Python package loads every exported table in every format
# (tests/export/check_duckdb.py), in a virtual environment of its own.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
venv="$here/.venv"
if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import duckdb" >/dev/null 2>&1; then
  exit 0
fi
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check duckdb
"$venv/bin/python" -c "import duckdb; print('duckdb', duckdb.__version__)"
