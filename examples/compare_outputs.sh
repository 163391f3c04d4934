#!/usr/bin/env bash
# Runs every read-only command, in every format, with two platctl binaries on
# the same catalogs and compares what they print and write, byte for byte:
# the proof that a refactoring changed no output.
#
#   bash examples/compare_outputs.sh OLD_BINARY NEW_BINARY [CATALOG...]
#
# Default catalogs: the demo catalog with its generated history
# (examples/demo-history.sh) and every fixture catalog under tests/fixtures.
# Prints one line per differing output and exits 1 if any differ.
set -euo pipefail
cd "$(dirname "$0")/.."
OLD=$(realpath "$1") NEW=$(realpath "$2")
shift 2
WORK=${WORK:-$(mktemp -d)}
export PLATCTL_TODAY=2026-11-27 NO_COLOR=1 COLUMNS=100

catalogs=("$@")
if [ ${#catalogs[@]} -eq 0 ]; then
  bash examples/demo-history.sh "$WORK/demo" >/dev/null 2>&1
  catalogs=("$WORK/demo")
  while IFS= read -r f; do catalogs+=("$(dirname "$f")"); done \
    < <(find tests/fixtures -name platctl.yaml | sort)
  # Files refused before or while reading (why each was not read is part of
  # the output): links out of the root, dangling and looping links, a link to
  # a directory, a linked kind directory outside, a file over 4 MiB; and a
  # catalog whose platctl.yaml is a link out of the root.
  r=$WORK/refused o=$WORK/outside
  rm -rf "$r" "$o" "$WORK/refused-config"; mkdir -p "$r/teams" "$r/services" "$o" "$WORK/refused-config/teams"
  printf 'version: 1\nname: Refused\n' >"$r/platctl.yaml"
  printf 'id: t\nname: T\n' >"$r/teams/t.yaml"
  printf 'id: x\nname: X\n' >"$o/x.yaml"
  ln -s "$o/x.yaml" "$r/teams/out.yaml"; ln -s nowhere.yaml "$r/teams/dangling.yaml"
  ln -s loop.yaml "$r/teams/loop.yaml"; ln -s ../services "$r/teams/dir.yaml"
  ln -s "$o" "$r/capabilities"
  head -c 5000000 /dev/zero | tr '\0' 'a' >"$r/services/big.yaml"
  printf 'version: 1\nname: Outside\n' >"$o/platctl.yaml"
  ln -s "$o/platctl.yaml" "$WORK/refused-config/platctl.yaml"
  cp "$r/teams/t.yaml" "$WORK/refused-config/teams/"
  # In git too, so that history reads the same files as past versions.
  (cd "$r" && git init -q && git add -A && GIT_AUTHOR_DATE=2025-06-02T12:00:00Z GIT_COMMITTER_DATE=2025-06-02T12:00:00Z \
    git -c user.name=T -c user.email=t@example.com commit -qm "refused files") >/dev/null 2>&1
  catalogs+=("$r" "$WORK/refused-config")
fi

# Every command reads the catalog only, or writes only under -o.
commands() {
  local c=$1
  local fmt
  for fmt in text json sarif github junit; do echo "lint --format $fmt"; done
  for fmt in table json csv md openmetrics; do echo "kpi --format $fmt"; done
  echo "kpi --trend --since 2025-Q1 --format json"
  echo "status"; echo "status --format json"
  for g in capability intake deprecation exception scorecard campaign service team; do
    echo "$g list"; echo "$g list --format json"
  done
  echo "service list --format csv"; echo "team list --format csv"
  echo "intake list --all --format csv"
  echo "roadmap list"; echo "roadmap list --format json"
  echo "changelog --format json"
  echo "search a --format json"
  echo "scorecard list --format openmetrics"
  local id
  echo "capability list --format csv"
  echo "capability readiness --all"; echo "capability readiness --all --format json"
  for id in $("$NEW" -C "$c" capability list --format json 2>/dev/null | grep -o '"id": *"[^"]*"' | head -5 | sed 's/.*"\([^"]*\)"$/\1/'); do
    echo "capability show $id"; echo "capability show $id --format json"
    echo "capability readiness $id"; echo "show capability $id --format json"
  done
  local g
  for g in deprecation exception intake; do
    echo "$g list --format csv"
    for id in $("$NEW" -C "$c" "$g" list --format json 2>/dev/null | grep -o '"id": *"[^"]*"' | head -3 | sed 's/.*"\([^"]*\)"$/\1/'); do
      echo "$g show $id"; echo "$g show $id --format json"
      [ "$g" = intake ] && { echo "intake similar $id"; echo "intake similar $id --format json --limit 5 --min-score 0"; }
    done
  done
  echo "intake list --all --sort created"; echo "intake list --status new,triaged --sort urgency --format csv"
  echo "intake similar --text postgres --min-score 0"; echo "intake similar --text postgres --format json"
  for id in $("$NEW" -C "$c" scorecard list --format json 2>/dev/null | grep -o '"id": *"[^"]*"' | head -3 | sed 's/.*"\([^"]*\)"$/\1/'); do
    echo "scorecard show $id"; echo "scorecard show $id --format json"
  done
  echo "status --format md"; echo "changelog"; echo "changelog --to worktree"
  for id in $("$NEW" -C "$c" scorecard list --format json 2>/dev/null | grep -o '"id": *"[^"]*"' | head -2 | sed 's/.*"\([^"]*\)"$/\1/'); do
    echo "scorecard show $id --trend"; echo "scorecard show $id --trend --every month --format json"
    echo "scorecard show $id --trend --format csv"; echo "scorecard show $id --format csv"
    echo "scorecard show $id --level none"; echo "scorecard show $id --level nosuch"
    echo "report scorecard $id --format json -o -"
  done
  for id in $("$NEW" -C "$c" campaign list --format json 2>/dev/null | grep -o '"id": *"[^"]*"' | head -2 | sed 's/.*"\([^"]*\)"$/\1/'); do
    echo "campaign show $id"; echo "campaign show $id --format json"
  done
  echo "campaign show no-such-campaign"; echo "campaign list --format csv"
  for id in $(find "$c/services" -maxdepth 1 -name '*.yaml' 2>/dev/null | sort | head -3 | xargs -r -n1 basename | sed 's/\.yaml$//'); do
    echo "show service $id"; echo "show service $id --format json"
    echo "scorecard check $id"; echo "scorecard check $id --format json --min-level gold"
  done
  for id in $("$NEW" -C "$c" search team --format json 2>/dev/null | grep -o '"id": *"team-[^"]*"' | head -2 | sed 's/.*"\([^"]*\)"$/\1/'); do
    echo "show team $id"; echo "show team $id --format json"
    echo "status --team $id"; echo "status --team $id --format json"
    echo "scorecard show production-readiness --team $id"
  done
  echo "show team no-such-team"; echo "show service no-such"; echo "scorecard check no-such"
  echo "lint --rule intake-stale=off --format json"; echo "lint --rule nosuch=off"
  echo "lint --changed-since HEAD~1 --format json"; echo "lint $c/capabilities --format json"
  echo "schema --kind capabilities"; echo "schema --check"; echo "schema --vscode"
  echo "search payments"; echo "explain"
  for r in roadmap kpi catalog scorecard; do
    for fmt in html md json; do echo "report $r --format $fmt -o -"; done
  done
}

differ=0
n=0
for c in "${catalogs[@]}"; do
  while IFS= read -r cmd; do
    n=$((n + 1))
    # shellcheck disable=SC2086
    a=$( { "$OLD" -C "$c" $cmd 2>&1; echo "exit $?"; } ) || true
    # shellcheck disable=SC2086
    b=$( { "$NEW" -C "$c" $cmd 2>&1; echo "exit $?"; } ) || true
    if [ "$a" != "$b" ]; then
      echo "DIFFERS: -C $c $cmd"
      differ=$((differ + 1))
    fi
  done < <(commands "$c")
  # Whole directories: site, warehouse tables, Backstage export, schemas, man pages.
  for w in "site build" "export tables --format csv" "export tables --format jsonl" "export tables --format parquet" "export tables --since 2025-Q1 --format jsonl" "export tables --since 2025-Q1" "export tables --since 2026-01 --every month --format csv" "export backstage" "schema" "man"; do
    n=$((n + 1))
    rm -rf "$WORK/a" "$WORK/b"
    # shellcheck disable=SC2086
    "$OLD" -C "$c" $w -o "$WORK/a" >/dev/null 2>&1 || true
    # shellcheck disable=SC2086
    "$NEW" -C "$c" $w -o "$WORK/b" >/dev/null 2>&1 || true
    # Neither wrote anything (the command refused, e.g. --since outside git): the same.
    if { [ -e "$WORK/a" ] || [ -e "$WORK/b" ]; } && ! diff -r "$WORK/a" "$WORK/b" >/dev/null 2>&1; then
      echo "DIFFERS: -C $c $w"
      differ=$((differ + 1))
    fi
  done
done
# Imports: each source's fixtures into an empty catalog, three times (the
# second run must change nothing; the third may give its report from the
# import cache, .platctl/cache, which is no catalog file and left out of the
# comparison), text and JSON reports and the files written.
for src in backstage opslevel cortex; do
  for fmt in text json; do
    n=$((n + 1))
    rm -rf "$WORK/ia" "$WORK/ib"
    for side in a b; do
      bin=$OLD; [ "$side" = b ] && bin=$NEW
      mkdir -p "$WORK/i$side"; printf 'version: 1\nname: Imported\n' >"$WORK/i$side/platctl.yaml"
      for run in 1 2 3; do
        (cd tests/fixtures/interop/$src && "$bin" -C "$WORK/i$side" import "$src" . --format "$fmt" >"$WORK/i$side.out$run" 2>&1; echo "exit $?" >>"$WORK/i$side.out$run") || true
      done
    done
    if ! diff -r -x .platctl "$WORK/ia" "$WORK/ib" >/dev/null 2>&1 || ! cmp -s "$WORK/ia.out1" "$WORK/ib.out1" ||
      ! cmp -s "$WORK/ia.out2" "$WORK/ib.out2" || ! cmp -s "$WORK/ia.out3" "$WORK/ib.out3"; then
      echo "DIFFERS: import $src --format $fmt"
      differ=$((differ + 1))
    fi
  done
done
for r in $("$NEW" explain 2>/dev/null | awk 'NR>1 {print $1}'); do
  n=$((n + 1))
  [ "$("$OLD" explain "$r" 2>&1)" = "$("$NEW" explain "$r" 2>&1)" ] || { echo "DIFFERS: explain $r"; differ=$((differ + 1)); }
done
for sh in bash zsh fish; do
  n=$((n + 1))
  [ "$("$OLD" completions "$sh")" = "$("$NEW" completions "$sh")" ] || { echo "DIFFERS: completions $sh"; differ=$((differ + 1)); }
done
# Every command's help, short and long, walked from the top-level command
# list (argv[0] is "platctl" for both binaries: clap names it in the usage).
help_of() { (exec -a platctl "$@" 2>&1); echo "exit $?"; }
subcommands() {
  # shellcheck disable=SC2086
  help_of "$NEW" $1 --help | awk '/^Commands:/ {f = 1; next} f && /^$/ {f = 0} f && /^  [a-z]/ {print $1}' | grep -vx help
}
walk() {
  local s
  echo "$1"
  for s in $(subcommands "$1"); do walk "$1 $s"; done
}
while IFS= read -r p; do
  for h in -h --help; do
    n=$((n + 1))
    # shellcheck disable=SC2086
    [ "$(help_of "$OLD" $p $h)" = "$(help_of "$NEW" $p $h)" ] || { echo "DIFFERS: $p $h"; differ=$((differ + 1)); }
  done
done < <(walk "")
echo "$n outputs compared, $differ differ"
[ "$differ" -eq 0 ]
