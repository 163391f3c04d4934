#!/usr/bin/env bash
# Chromium, headless, for the portal's browser tests (tests/cli/site_browser.rs).
# From the system's package manager (Debian's `chromium`), not a download.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends chromium
