#!/usr/bin/env bash
# Times whole platctl commands on generated catalogs, beside `cat` and, when
# installed, yamllint and check-jsonschema on the same files.
#
#   bash examples/bench_commands.sh [SIZES...]        (default: 1000 10000 50000)
#   ONLY=import bash examples/bench_commands.sh        (only the Backstage import: wall and CPU)
#   BIN=/path/to/platctl ...                           (time another build of platctl)
#   ONLY=findings bash examples/bench_commands.sh      (only the findings section at the end)
#   ONLY=export bash examples/bench_commands.sh        (only the warehouse export, 10,000 services)
#   ONLY=export-alternate ROUNDS=20 BINS="OLD NEW" bash examples/bench_commands.sh
#                                                      (the export's goals as means of alternated single
#                                                       runs of one or more builds: steadier than best-of)
#   ONLY=history bash examples/bench_commands.sh       (only the KPI trends over git history)
#   ONLY=scorecard bash examples/bench_commands.sh     (only scorecard list and show --trend)
#   ONLY=lint bash examples/bench_commands.sh          (only lint: wall and CPU, clean and with findings)
#
# Peers, in a virtual environment:  python3 -m venv /tmp/peers &&
#   /tmp/peers/bin/pip install yamllint check-jsonschema;  PEERS=/tmp/peers/bin bash examples/bench_commands.sh 10000
# Prints the best of RUNS runs (default 5; wall seconds) per command.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q --bin platctl --example gen_catalog --example gen_backstage
BIN=${BIN:-$PWD/target/release/platctl}
GEN=$PWD/target/release/examples/gen_catalog
GENBS=$PWD/target/release/examples/gen_backstage
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

best_site() { # best of RUNS wall times of `site build` into a fresh directory (as in CI)
  local b=999999 out=$WORK/site-$1
  for _ in $(seq "${RUNS:-5}"); do
    local s e t
    rm -rf "$out"; sync
    s=$(date +%s.%N); "$BIN" -C "$2" -q site build -o "$out" >/dev/null 2>&1 || true; e=$(date +%s.%N)
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

export_section() {
  # Warehouse export on 10,000 services with 300 commits of history.
  # Issue goals: export of today within 1.5x lint, --since over 8 quarters within 3x,
  # peak memory (max resident set) within 3x lint's. Wall and CPU (user+sys)
  # are each the best of RUNS runs; the load average says how busy the machine was.
  local hx=$WORK/h10000 out=$WORK/export
  [ -d "$hx" ] || "$GEN" "$hx" --services 10000 --history 300 >/dev/null 2>&1
  timed() { # best wall and best CPU seconds of RUNS runs, and the peak RSS (KB)
    local bw=999999 bc=999999 m=0 w u s r
    for _ in $(seq "${RUNS:-5}"); do
      /usr/bin/time -o "$WORK/time.txt" -f '%e %U %S %M' "$@" >/dev/null 2>&1 || true
      read -r w u s r < <(tail -1 "$WORK/time.txt")
      if (( $(echo "$w < $bw" | bc) )); then bw=$w; fi
      if (( $(echo "$u + $s < $bc" | bc) )); then bc=$(printf '%.2f' "$(echo "$u + $s" | bc)"); fi
      if (( r > m )); then m=$r; fi
    done
    echo "$bw $bc $m"
  }
  local lw lc lm w c m
  read -r lw lc lm < <(timed "$BIN" -C "$hx" lint -q)
  printf '\n| 10,000 services, 300 commits | wall | × lint | CPU | × lint | peak RSS MB | × lint |\n|---|---:|---:|---:|---:|---:|---:|\n'
  printf '| lint | %s | 1.00 | %s | 1.00 | %d | 1.00 |\n' "$lw" "$lc" "$((lm / 1024))"
  row() {
    printf '| %s | %s | %.2f | %s | %.2f | %d | %.2f |\n' "$1" "$w" "$(echo "$w / $lw" | bc -l)" \
      "$c" "$(echo "$c / $lc" | bc -l)" "$((m / 1024))" "$(echo "$m / $lm" | bc -l)"
  }
  for fmt in parquet jsonl csv; do
    read -r w c m < <(timed "$BIN" -C "$hx" export tables -o "$out" --format "$fmt")
    row "export tables --format $fmt"
  done
  read -r w c m < <(timed "$BIN" -C "$hx" export tables -o "$out" --since 2025-Q1)
  row "export tables --since 2025-Q1 (8 quarters)"
  printf '\nload average: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
}

export_alternate_section() {
  # The export's goals measured as the README's footnotes give them: ROUNDS
  # rounds, each one single run of lint, today's export and --since of every
  # build in BINS (default BIN) in turn, so that every build meets the same
  # moments of a busy machine. Means of wall, CPU (user + sys) and peak RSS;
  # ratios against the mean of every lint run (the same code in every build
  # compared, or the ratios would mix two lints).
  local hx=$WORK/h10000 out=$WORK/export csv=$WORK/alternate.csv
  [ -d "$hx" ] || "$GEN" "$hx" --services 10000 --history 300 >/dev/null 2>&1
  : >"$csv"
  local bins=(${BINS:-$BIN}) b cmd
  for _ in $(seq "${ROUNDS:-10}"); do
    for b in "${bins[@]}"; do
      for cmd in lint today since; do
        rm -rf "$out"
        case $cmd in
          lint) set -- lint -q ;;
          today) set -- export tables -o "$out" -q ;;
          since) set -- export tables -o "$out" --since 2025-Q1 -q ;;
        esac
        /usr/bin/time -o "$WORK/time.txt" -f '%e %U %S %M' "$b" -C "$hx" "$@" >/dev/null 2>&1 || true
        echo "$b $cmd $(tail -1 "$WORK/time.txt")" >>"$csv"
      done
    done
  done
  printf '\n| build | command | runs | wall | × lint | CPU | × lint | peak RSS MB | × lint | highest × lint |\n'
  printf '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n'
  awk '
    { k = $1 " " $2; n[k]++; w[k] += $3; c[k] += $4 + $5; m[k] += $6
      if ($6 > hi[k]) hi[k] = $6
      if ($2 == "lint") { ln++; lw += $3; lc += $4 + $5; lm += $6 }
      if (!(k in seen)) { seen[k] = 1; order[++o] = k } }
    END {
      lw /= ln; lc /= ln; lm /= ln
      for (i = 1; i <= o; i++) {
        k = order[i]; split(k, p, " ")
        printf "| %s | %s | %d | %.3f | %.2f | %.3f | %.2f | %.0f | %.2f | %.2f |\n", p[1], p[2], n[k],
          w[k] / n[k], w[k] / n[k] / lw, c[k] / n[k], c[k] / n[k] / lc, m[k] / n[k] / 1024,
          m[k] / n[k] / lm, hi[k] / lm
      } }' "$csv"
  printf '\nload average: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
}

measure() { # best of RUNS: "wall cpu" in seconds (cpu = user + sys, from /usr/bin/time)
  local bw=999999 bc=999999 f=$WORK/time.out
  for _ in $(seq "${RUNS:-5}"); do
    local s e w c
    s=$(date +%s.%N)
    /usr/bin/time -f '%U %S' -o "$f" "$@" >/dev/null 2>&1 || true
    e=$(date +%s.%N)
    w=$(echo "$e - $s" | bc); c=$(tail -1 "$f" | awk '{print $1 + $2}')
    if (( $(echo "$w < $bw" | bc) )); then bw=$w; fi
    if (( $(echo "$c < $bc" | bc) )); then bc=$c; fi
  done
  printf '%.3f %.2f\n' "$bw" "$bc"
}

ratio() { printf '%.2f' "$(echo "$1 / $2" | bc -l)"; }

history_section() {
  # A trend over 300 commits (the blob cache parses each file version once).
  # Goals: a quarterly trend since 2025-Q1 within 2x one lint, 24 months within 3x.
  local hist=$WORK/h5000 l q m
  [ -d "$hist" ] || "$GEN" "$hist" --services 5000 --history 300 >/dev/null 2>&1
  read -r lw lc < <(measure "$BIN" -C "$hist" lint -q)
  read -r qw qc < <(measure "$BIN" -C "$hist" kpi --trend --since 2025-Q1 --format json)
  read -r mw mc < <(measure "$BIN" -C "$hist" kpi --trend --since 2025-01 --every month --format json)
  rate() { "$BIN" -C "$hist" -v "$@" --format json 2>&1 >/dev/null | sed -n 's/.*(\([0-9.]*% hit rate\)).*/\1/p'; }
  printf '\n| 5,000 services, 300 commits | wall | x lint | cpu | x lint | blob cache |\n|---|---:|---:|---:|---:|---:|\n'
  printf '| lint | %s | 1.00 | %s | 1.00 | |\n' "$lw" "$lc"
  printf '| kpi --trend --since 2025-Q1 | %s | %s | %s | %s | %s |\n' "$qw" "$(ratio "$qw" "$lw")" "$qc" "$(ratio "$qc" "$lc")" "$(rate kpi --trend --since 2025-Q1)"
  printf '| kpi --trend --since 2025-01 --every month | %s | %s | %s | %s | %s |\n' "$mw" "$(ratio "$mw" "$lw")" "$mc" "$(ratio "$mc" "$lc")" "$(rate kpi --trend --since 2025-01 --every month)"
}

scorecard_section() {
  # Two scorecards of ten rules each, over every service: `scorecard list`
  # within 3x one lint on 10,000 services, and a trend over 8 quarters within
  # 3x one `scorecard show`.
  local sc=$WORK/c10000 hist=$WORK/h5000
  [ -d "$sc" ] || "$GEN" "$sc" --services 10000 >/dev/null 2>&1
  [ -d "$hist" ] || "$GEN" "$hist" --services 5000 --history 300 >/dev/null 2>&1
  read -r lw lc < <(measure "$BIN" -C "$sc" lint -q)
  read -r sw scpu < <(measure "$BIN" -C "$sc" scorecard list --format json)
  printf '\n| 10,000 services, 2 scorecards x 10 rules | wall | x lint | cpu | x lint |\n|---|---:|---:|---:|---:|\n'
  printf '| lint | %s | 1.00 | %s | 1.00 |\n' "$lw" "$lc"
  printf '| scorecard list | %s | %s | %s | %s |\n' "$sw" "$(ratio "$sw" "$lw")" "$scpu" "$(ratio "$scpu" "$lc")"
  read -r ow oc < <(measure "$BIN" -C "$hist" scorecard show service-basics --format json)
  read -r tw tc < <(measure "$BIN" -C "$hist" scorecard show service-basics --trend --since 2025-Q1 --format json)
  read -r mw mc < <(measure "$BIN" -C "$hist" scorecard show service-basics --trend --since 2025-01 --every month --format json)
  printf '\n| 5,000 services, 300 commits | wall | x one show | cpu | x one show |\n|---|---:|---:|---:|---:|\n'
  printf '| scorecard show service-basics | %s | 1.00 | %s | 1.00 |\n' "$ow" "$oc"
  printf '| scorecard show --trend --since 2025-Q1 (8 quarters) | %s | %s | %s | %s |\n' "$tw" "$(ratio "$tw" "$ow")" "$tc" "$(ratio "$tc" "$oc")"
  printf '| scorecard show --trend --since 2025-01 --every month (23 months) | %s | %s | %s | %s |\n' "$mw" "$(ratio "$mw" "$ow")" "$mc" "$(ratio "$mc" "$oc")"
}

lint_section() {
  # Lint alone on each size: as generated (clean), and nine months later,
  # when the date rules fire on many entities. Wall and CPU (user+sys).
  printf '| catalog | lint wall | lint CPU | lint (2027-09-01) wall | CPU | findings |\n|---|---:|---:|---:|---:|---:|\n'
  for n in ${SIZES[@]}; do
    dir=$WORK/c$n
    [ -d "$dir" ] || "$GEN" "$dir" --services "$n" >/dev/null 2>&1
    read -r w c < <(measure "$BIN" -C "$dir" lint -q)
    read -r lw lc < <(PLATCTL_TODAY=2027-09-01 measure "$BIN" -C "$dir" lint -q)
    f=$( (PLATCTL_TODAY=2027-09-01 "$BIN" -C "$dir" lint --format json 2>/dev/null || true) | grep -c '"rule"')
    printf '| %s services | %s | %s | %s | %s | %s |\n' "$n" "$w" "$c" "$lw" "$lc" "$f"
  done
}

case "${ONLY:-}" in
  lint) lint_section; exit 0 ;;
  findings) findings_section; exit 0 ;;
  history) history_section; exit 0 ;;
  scorecard) scorecard_section; exit 0 ;;
  export) export_section; exit 0 ;;
  export-alternate) export_alternate_section; exit 0 ;;
esac

# ONLY=site: the portal alone, beside lint, on each size and on the 10,000
# services with 300 commits (where scorecard trends and burn-downs read history).
if [ "${ONLY:-}" = site ]; then
  printf '| catalog | lint | site build | x lint |\n|---|---:|---:|---:|\n'
  for n in ${SIZES[@]}; do
    dir=$WORK/c$n
    [ -d "$dir" ] || "$GEN" "$dir" --services "$n" >/dev/null 2>&1
    l=$(best "$BIN" -C "$dir" lint -q); s=$(best_site "$n" "$dir")
    printf '| %s services | %s | %s | %.2f |\n' "$n" "$l" "$s" "$(echo "$s / $l" | bc -l)"
  done
  hx=$WORK/h10000
  [ -d "$hx" ] || "$GEN" "$hx" --services 10000 --history 300 >/dev/null 2>&1
  l=$(best "$BIN" -C "$hx" lint -q); s=$(best_site h10000 "$hx")
  printf '| 10000 services, 300 commits | %s | %s | %.2f |\n' "$l" "$s" "$(echo "$s / $l" | bc -l)"
  exit 0
fi

if [ "${ONLY:-}" != import ]; then
printf '| services | files | cat | platctl lint | platctl kpi | report roadmap | platctl status | site build (× lint) | yamllint | check-jsonschema |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for n in ${SIZES[@]}; do
  dir=$WORK/c$n
  [ -d "$dir" ] || "$GEN" "$dir" --services "$n" >/dev/null 2>&1
  files=$(find "$dir" -name '*.yaml' | wc -l)
  c=$(best sh -c "find '$dir' -name '*.yaml' -print0 | xargs -0 cat")
  l=$(best "$BIN" -C "$dir" lint -q)
  k=$(best "$BIN" -C "$dir" kpi --format json)
  r=$(best "$BIN" -C "$dir" report roadmap --quarter 2026-Q4 --format html)
  st=$(best "$BIN" -C "$dir" status --format json)
  # The portal: every page and data/ written, synced once. Goal: at most 5x lint.
  s=$(best_site "$n" "$dir")
  s="$s ($(printf '%.2f' "$(echo "$s / $l" | bc -l)"))"
  y=-; j=-
  if [ -n "${PEERS:-}" ] && [ -x "$PEERS/yamllint" ]; then
    s=$(date +%s.%N); "$PEERS/yamllint" -d relaxed -f parsable "$dir" >/dev/null 2>&1 || true; e=$(date +%s.%N); y=$(printf '%.3f' "$(echo "$e - $s" | bc)")
    s=$(date +%s.%N); schema_check "$dir"; e=$(date +%s.%N); j=$(printf '%.3f' "$(echo "$e - $s" | bc)")
  fi
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$files" "$c" "$l" "$k" "$r" "$st" "$s" "$y" "$j"
done
history_section

export_section
# The portal on the same history: KPI sparklines, scorecard trends (four quarter ends) and burn-downs read from git.
hx=$WORK/h10000
l=$(best "$BIN" -C "$hx" lint -q)
t=$(best_site h10000 "$hx")
printf '\n| 10,000 services, 300 commits | wall | × lint |\n|---|---:|---:|\n'
printf '| lint | %s | 1.00 |\n' "$l"
printf '| site build (trends from history) | %s | %.2f |\n' "$t" "$(echo "$t / $l" | bc -l)"
scorecard_section
# MCP: one whole session of `platctl mcp` (start, initialize, three tool calls,
# exit on end of input) on the largest catalog, beside the same three commands.
n=${SIZES[-1]}; n=${n##* }; dir=$WORK/c$n
cap=$(ls "$dir/capabilities" | head -1); cap=${cap%.yaml}
req() { printf '{"jsonrpc":"2.0","id":%s,"method":"tools/call","params":{"name":"%s","arguments":%s}}' "$1" "$2" "$3"; }
mcp_session() {
  printf '%s\n' \
    '{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"bench","version":"0"}}}' \
    '{"jsonrpc":"2.0","method":"notifications/initialized"}' \
    "$(req 1 search '{"query":"payments"}')" \
    "$(req 2 show "{\"kind\":\"capability\",\"id\":\"$cap\"}")" \
    "$(req 3 list '{"kind":"capability"}')" | "$BIN" -C "$dir" mcp
}
three_commands() {
  "$BIN" -C "$dir" search payments --format json && "$BIN" -C "$dir" show capability "$cap" --format json &&
    "$BIN" -C "$dir" capability list --format json
}
printf '\n| %s services | wall |\n|---|---:|\n' "$n"
printf '| mcp session: initialize, search, show, list | %s |\n' "$(best mcp_session)"
printf '| the same three commands, one process each | %s |\n' "$(best three_commands)"
fi

# Import: N Backstage components (default 10,000), one catalog-info.yaml per repository.
# Goals: into an empty catalog within 5x one lint of the result; the same
# files again, nothing changed, within 1.5x (with the import cache of the
# last run that changed nothing; without it, and the run that writes it, too). Wall and CPU (user + sys) seconds,
# each the best of RUNS runs, and their ratios to lint's (CPU is the fair
# comparison when other processes share the machine).
n=${IMPORT_N:-10000}
bs=$WORK/bs$n
[ -d "$bs" ] || "$GENBS" "$bs" --components "$n" >/dev/null 2>&1
# Each timed first import gets a catalog directory of its own name; the
# previous one is removed (and the removal synced) before, outside the timed
# region, so no run pays for deleting another's files.
imp=$WORK/imp$n
runs=0
fresh() {
  rm -rf "$WORK/imp$n" "$WORK/imp$n".*; sync
  runs=$((runs + 1)); imp=$WORK/imp$n.$runs
  mkdir -p "$imp"; printf 'version: 1\nname: Imported\npolicy:\n  ga_requires: [docs, runbook]\n' >"$imp/platctl.yaml"; sync
}
timed() { # "wall cpu" of one run of a command
  local f=$WORK/time.$$
  /usr/bin/time -f '%e %U %S' -o "$f" "$@" >/dev/null 2>&1 || true
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$f"
  rm -f "$f"
}
best2() { # best wall and best CPU of RUNS runs of a command (each its own minimum)
  local bw=999999 bc=999999 w c
  for _ in $(seq "${RUNS:-5}"); do
    read -r w c < <(timed "$@")
    if (( $(echo "$w < $bw" | bc) )); then bw=$w; fi
    if (( $(echo "$c < $bc" | bc) )); then bc=$c; fi
  done
  echo "$bw $bc"
}
first_import() { # best wall and best CPU of RUNS imports, each into a new empty catalog,
  # and of the rerun right after each (the cache the writing run left)
  local w c
  iw=999999 ic=999999 fw=999999 fc=999999
  for _ in $(seq "${RUNS:-5}"); do
    fresh
    read -r w c < <(timed "$BIN" -C "$imp" import backstage "$bs")
    if (( $(echo "$w < $iw" | bc) )); then iw=$w; fi
    if (( $(echo "$c < $ic" | bc) )); then ic=$c; fi
    sync
    read -r w c < <(timed "$BIN" -C "$imp" import backstage "$bs")
    if (( $(echo "$w < $fw" | bc) )); then fw=$w; fi
    if (( $(echo "$c < $fc" | bc) )); then fc=$c; fi
  done
}
first_import
read -r lw lc < <(best2 "$BIN" -C "$imp" lint -q)
# Reruns with nothing changed: reading everything (--no-cache), the run that
# finds nothing to change and writes the import cache (the cache removed
# before each run, outside the timed region), and the runs that use it.
read -r nw nc < <(best2 "$BIN" -C "$imp" import backstage "$bs" --no-cache)
cw=999999 cc=999999
for _ in $(seq "${RUNS:-5}"); do
  rm -f "$imp/.platctl/cache/import-backstage.json"; sync
  read -r w c < <(timed "$BIN" -C "$imp" import backstage "$bs")
  if (( $(echo "$w < $cw" | bc) )); then cw=$w; fi
  if (( $(echo "$c < $cc" | bc) )); then cc=$c; fi
done
read -r uw uc < <(best2 "$BIN" -C "$imp" import backstage "$bs")
files=$(find "$imp" -name '*.yaml' | wc -l)
ratio() { printf '%.2f' "$(echo "$1 / $2" | bc -l)"; }
printf '\n| %s Backstage components (load average %s) | wall | CPU | x lint (wall) | x lint (CPU) |\n|---|---:|---:|---:|---:|\n' \
  "$n" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '| lint of the result (%s files) | %s | %s | 1.00 | 1.00 |\n' "$files" "$lw" "$lc"
printf '| import backstage, empty catalog | %s | %s | %s | %s |\n' "$iw" "$ic" "$(ratio "$iw" "$lw")" "$(ratio "$ic" "$lc")"
printf '| import backstage again right after it (first rerun) | %s | %s | %s | %s |\n' "$fw" "$fc" "$(ratio "$fw" "$lw")" "$(ratio "$fc" "$lc")"
printf '| import backstage again, unchanged, --no-cache | %s | %s | %s | %s |\n' "$nw" "$nc" "$(ratio "$nw" "$lw")" "$(ratio "$nc" "$lc")"
printf '| import backstage again, unchanged, writing the cache | %s | %s | %s | %s |\n' "$cw" "$cc" "$(ratio "$cw" "$lw")" "$(ratio "$cc" "$lc")"
printf '| import backstage again, unchanged, cache used | %s | %s | %s | %s |\n' "$uw" "$uc" "$(ratio "$uw" "$lw")" "$(ratio "$uc" "$lc")"
[ "${ONLY:-}" = import ] && exit 0
findings_section
