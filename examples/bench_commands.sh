#!/usr/bin/env bash
# Times whole platctl commands on generated catalogs, beside `cat` and, when
# installed, yamllint and check-jsonschema on the same files.
#
#   bash examples/bench_commands.sh [SIZES...]        (default: 1000 10000 50000)
#   ONLY=findings bash examples/bench_commands.sh      (only the findings section at the end)
#
# Peers, in a virtual environment:  python3 -m venv /tmp/peers &&
#   /tmp/peers/bin/pip install yamllint check-jsonschema;  PEERS=/tmp/peers/bin bash examples/bench_commands.sh 10000
# Prints the best of RUNS runs (default 5; wall seconds) per command.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q --bin platctl --example gen_catalog
BIN=$PWD/target/release/platctl
GEN=$PWD/target/release/examples/gen_catalog
SCHEMAS=$PWD/catalog/schemas
WORK=${WORK:-$(mktemp -d)}
SIZES=("${@:-1000 10000 50000}")
export PLATCTL_TODAY=2026-11-27 NO_COLOR=1

best() { # best of RUNS wall times of a command
  local b=999999
  for _ in $(seq "${RUNS:-5}"); do
    local s e t
    s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc); if (( $(echo "$t < $b" | bc) )); then b=$t; fi
  done
  printf '%.3f' "$b"
}

schema_check() { # check-jsonschema over every kind directory of $1
  local k files
  for k in teams services capabilities roadmap deprecations exceptions intake metrics surveys; do
    mapfile -t files < <(find "$1/$k" -name '*.yaml' 2>/dev/null)
    (( ${#files[@]} )) && "$PEERS/check-jsonschema" --schemafile "$SCHEMAS/$k.schema.json" "${files[@]}" >/dev/null 2>&1 || true
  done
}

findings_section() {
  # Lint is linear in its input: 100,000 findings cost the same in one 4 MiB
  # file, on one 4 MiB line, or spread over 1,000 files; output is bounded.
  local base=$WORK/findings
  if [ ! -d "$base" ]; then
    mkdir -p "$base"/{one,line,spread}
    for d in one line spread; do
      printf 'version: 1\nname: Findings\n' > "$base/$d/platctl.yaml"
      mkdir -p "$base/$d/teams"
    done
    python3 - "$base" <<'PY'
import sys
b = sys.argv[1]
# Both close to the 4 MiB limit.
with open(f"{b}/one/teams/team-c.yaml", "w") as f:
    f.write("id: team-c\nname: C\n" + "".join(f"k{i:06}: {'x' * 31}\n" for i in range(100_000)))
with open(f"{b}/line/teams/team-c.yaml", "w") as f:
    f.write("{id: team-c, name: C" + "".join(f", k{i:06}: {'y' * 30}" for i in range(100_000)) + "}\n")
pad = "x" * 31
for t in range(1000):
    with open(f"{b}/spread/teams/team-{t:04d}.yaml", "w") as f:
        f.write(f"id: team-{t:04d}\nname: T\n" + "".join(f"k{i:06}: {pad}\n" for i in range(100)))
PY
  fi
  printf '\n| 100,000 findings | input bytes | lint (text) | lint --format json | text output bytes |\n|---|---:|---:|---:|---:|\n'
  local d
  for d in one line spread; do
    local size t j o
    size=$(du -cb "$base/$d"/teams/*.yaml | tail -1 | cut -f1)
    t=$(best "$BIN" -C "$base/$d" lint)
    j=$(best "$BIN" -C "$base/$d" lint --format json)
    o=$( ("$BIN" -C "$base/$d" lint 2>/dev/null || true) | wc -c)
    printf '| %s | %s | %s | %s | %s |\n' "$d" "$size" "$t" "$j" "$o"
  done
}

if [ "${ONLY:-}" = findings ]; then
  findings_section
  exit 0
fi

printf '| services | files | cat | platctl lint | platctl kpi | report roadmap | yamllint | check-jsonschema |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for n in ${SIZES[@]}; do
  dir=$WORK/c$n
  [ -d "$dir" ] || "$GEN" "$dir" --services "$n" >/dev/null 2>&1
  files=$(find "$dir" -name '*.yaml' | wc -l)
  c=$(best sh -c "find '$dir' -name '*.yaml' -print0 | xargs -0 cat")
  l=$(best "$BIN" -C "$dir" lint -q)
  k=$(best "$BIN" -C "$dir" kpi --format json)
  r=$(best "$BIN" -C "$dir" report roadmap --quarter 2026-Q4 --format html)
  y=-; j=-
  if [ -n "${PEERS:-}" ] && [ -x "$PEERS/yamllint" ]; then
    s=$(date +%s.%N); "$PEERS/yamllint" -d relaxed -f parsable "$dir" >/dev/null 2>&1 || true; e=$(date +%s.%N); y=$(printf '%.3f' "$(echo "$e - $s" | bc)")
    s=$(date +%s.%N); schema_check "$dir"; e=$(date +%s.%N); j=$(printf '%.3f' "$(echo "$e - $s" | bc)")
  fi
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$files" "$c" "$l" "$k" "$r" "$y" "$j"
done
# History: a trend over 300 commits (the blob cache parses each file version once).
# Issue goals: a quarterly trend since 2025-Q1 within 2x one lint, 24 months within 3x.
hist=$WORK/h5000
[ -d "$hist" ] || "$GEN" "$hist" --services 5000 --history 300 >/dev/null 2>&1
l=$(best "$BIN" -C "$hist" lint -q)
q=$(best "$BIN" -C "$hist" kpi --trend --since 2025-Q1 --format json)
m=$(best "$BIN" -C "$hist" kpi --trend --since 2025-01 --every month --format json)
rate() { "$BIN" -C "$hist" -v "$@" --format json 2>&1 >/dev/null | sed -n 's/.*(\([0-9.]*% hit rate\)).*/\1/p'; }
printf '\n| 5,000 services, 300 commits | wall | × lint | blob cache |\n|---|---:|---:|---:|\n'
printf '| lint | %s | 1.00 | |\n' "$l"
printf '| kpi --trend --since 2025-Q1 | %s | %.2f | %s |\n' "$q" "$(echo "$q / $l" | bc -l)" "$(rate kpi --trend --since 2025-Q1)"
printf '| kpi --trend --since 2025-01 --every month | %s | %.2f | %s |\n' "$m" "$(echo "$m / $l" | bc -l)" "$(rate kpi --trend --since 2025-01 --every month)"
# Scorecards (two scorecards of ten rules each, over every service):
# `scorecard list` within 3x one lint on 10,000 services, and a trend over
# 8 quarters within 3x one `scorecard show`.
sc=$WORK/c10000
[ -d "$sc" ] || "$GEN" "$sc" --services 10000 >/dev/null 2>&1
l=$(best "$BIN" -C "$sc" lint -q)
s=$(best "$BIN" -C "$sc" scorecard list --format json)
printf '\n| 10,000 services, 2 scorecards x 10 rules | wall | x lint |\n|---|---:|---:|\n'
printf '| lint | %s | 1.00 |\n' "$l"
printf '| scorecard list | %s | %.2f |\n' "$s" "$(echo "$s / $l" | bc -l)"
one=$(best "$BIN" -C "$hist" scorecard show service-basics --format json)
tr=$(best "$BIN" -C "$hist" scorecard show service-basics --trend --since 2025-Q1 --format json)
printf '\n| 5,000 services, 300 commits | wall | x one show |\n|---|---:|---:|\n'
printf '| scorecard show service-basics | %s | 1.00 |\n' "$one"
printf '| scorecard show --trend --since 2025-Q1 (8 quarters) | %s | %.2f |\n' "$tr" "$(echo "$tr / $one" | bc -l)"
findings_section
