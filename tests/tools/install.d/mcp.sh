#!/usr/bin/env bash
# The official MCP Python SDK (PyPI `mcp`), in tests/tools/.venv: the test
# tests/cli/mcp_server.rs drives `platctl mcp` with its stdio client, as an
# editor's assistant would.
set -euo pipefail
tools="$(cd "$(dirname "$0")/.." && pwd)"
venv="$tools/.venv"
if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import mcp.client.stdio" 2>/dev/null; then
  exit 0
fi
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "mcp==2.3.0"
