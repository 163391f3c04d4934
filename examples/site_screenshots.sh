#!/usr/bin/env bash
# Screenshots of the portal for the docs, taken by the headless Chromium the
# browser tests drive (run tests/tools/install.sh first):
#   bash examples/site_screenshots.sh      → docs/site-*.png
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q --bin platctl
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
PLATCTL_TODAY=2026-11-27 target/debug/platctl -C catalog -q site build -o "$out/site"
node tests/site/check.mjs "$out/site" --pages index.html,teams/team-checkout.html,services/gift-cards.html --screenshots "$out/shots" >/dev/null
cp "$out/shots/index.png" docs/site-home.png
cp "$out/shots/teams-team-checkout.png" docs/site-team.png
cp "$out/shots/services-gift-cards.png" docs/site-service.png
ls -l docs/site-*.png
