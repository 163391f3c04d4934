#!/usr/bin/env bash
# promtool (Prometheus) checks the OpenMetrics text of `kpi --format openmetrics`.
# Only the promtool binary is kept: Debian's `prometheus` package is
# downloaded (not installed) and promtool unpacked into tests/tools/bin.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="$here/bin"
if command -v promtool >/dev/null 2>&1 || [ -x "$bin/promtool" ]; then
  exit 0
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
if ! apt-get download prometheus >/dev/null 2>&1; then
  apt-get update -qq
  apt-get download prometheus
fi
dpkg-deb -x prometheus_*.deb root
mkdir -p "$bin"
install -m 0755 root/usr/bin/promtool "$bin/promtool"
"$bin/promtool" --version | head -1
