"""Loads every exported table in every format into DuckDB and asks it a few
questions whose answers are known for tests/fixtures/export with history.

Usage: check_duckdb.py DIR   (DIR holds parquet/, jsonl/ and csv/ exports)
Exits 1 with the reason on the first wrong answer.
"""
import json
import sys
from pathlib import Path

import duckdb

root = Path(sys.argv[1])
DUCK = {"string": "VARCHAR", "int64": "BIGINT", "float64": "DOUBLE", "bool": "BOOLEAN", "date": "DATE"}


def fail(msg):
    print(f"FAIL: {msg}")
    sys.exit(1)


def load(con, fmt, table):
    path = str(root / fmt / table["file"])
    cols = table["columns"]
    if fmt == "parquet":
        src = f"read_parquet('{path}')"
    elif fmt == "jsonl":
        spec = ", ".join(f"'{c['name']}': '{DUCK[c['type']]}'" for c in cols)
        src = f"read_json('{path}', format='newline_delimited', columns={{{spec}}})"
    else:
        spec = ", ".join(f"'{c['name']}': '{DUCK[c['type']]}'" for c in cols)
        src = f"read_csv('{path}', header=true, columns={{{spec}}})"
    name = f"{fmt}_{table['name']}"
    con.execute(f"CREATE TABLE {name} AS SELECT * FROM {src}")
    return name


con = duckdb.connect()
for fmt in ["parquet", "jsonl", "csv"]:
    manifest = json.loads((root / fmt / "manifest.json").read_text())
    for t in manifest["tables"]:
        name = load(con, fmt, t)
        n = con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
        if n != t["rows"]:
            fail(f"{name}: {n} rows, the manifest says {t['rows']}")
        # Column names and types as the manifest says (Parquet carries them itself).
        described = con.execute(f"DESCRIBE {name}").fetchall()
        got = [(r[0], r[1]) for r in described]
        want = [(c["name"], DUCK[c["type"]]) for c in t["columns"]]
        if got != want:
            fail(f"{name}: columns {got}, want {want}")
        # Nullable columns only hold nulls.
        for c in t["columns"]:
            if not c["nullable"]:
                nulls = con.execute(f'SELECT count(*) FROM {name} WHERE "{c["name"]}" IS NULL').fetchone()[0]
                if nulls:
                    fail(f"{name}.{c['name']}: {nulls} nulls in a column that has none")


def q(sql):
    return con.execute(sql).fetchall()


for fmt in ["parquet", "jsonl", "csv"]:
    # Adoption by capability over time.
    got = q(f"""
        SELECT as_of, id, adopters, eligible, adoption_rate
        FROM {fmt}_capabilities WHERE id = 'cap-ga' ORDER BY as_of""")
    want = [
        ("2026-06-30", "cap-ga", 1, 3, 1 / 3),
        ("2026-09-30", "cap-ga", 2, 3, 2 / 3),
        ("2026-11-27", "cap-ga", 2, 3, 2 / 3),
    ]
    got = [(str(a), b, c, d, e) for a, b, c, d, e in got]
    if got != want:
        fail(f"{fmt}: adoption over time {got}, want {want}")
    # The same numbers from the adoption rows.
    got = q(f"""
        SELECT as_of, count(*) FILTER (WHERE eligible) FROM {fmt}_adoption
        WHERE capability_id = 'cap-ga' GROUP BY as_of ORDER BY as_of""")
    got = [(str(a), b) for a, b in got]
    if got != [("2026-06-30", 1), ("2026-09-30", 2), ("2026-11-27", 2)]:
        fail(f"{fmt}: adopters from adoption rows {got}")
    # KPI trend.
    got = q(f"""
        SELECT period, value, status FROM {fmt}_kpi_values
        WHERE kpi_id = 'adoption-rate' ORDER BY period_end""")
    # The mean over ga capabilities: cap-ga (1/3, then 2/3) and cap-ctl (1/2).
    want = [("2026-Q2", 5 / 12, "off-target"), ("2026-Q3", 7 / 12, "off-target"), ("2026-Q4", 7 / 12, "off-target")]
    for (p, v, s), (wp, wv, ws) in zip(got, want):
        if p != wp or s != ws or abs(v - wv) > 1e-12:
            fail(f"{fmt}: KPI trend {got}, want {want}")
    if len(got) != len(want):
        fail(f"{fmt}: KPI trend {got}, want {want}")
    # No data is null, never 0.
    n = q(f"SELECT count(*) FROM {fmt}_kpi_values WHERE status = 'no-data' AND value IS NOT NULL")[0][0]
    if n:
        fail(f"{fmt}: {n} no-data KPI rows with a value")
    # Dates are dates.
    got = q(f"SELECT max(expires) - min(requested) FROM {fmt}_exceptions WHERE as_of = DATE '2026-11-27'")[0][0]
    if got != 162:
        fail(f"{fmt}: date arithmetic gave {got}")
    # Scorecard levels by team (a join that must run, rows or not).
    q(f"""
        SELECT t.id, l.level, count(*) FROM {fmt}_scorecard_levels l
        JOIN {fmt}_services s ON s.id = l.entity_id AND s.as_of = l.as_of
        JOIN {fmt}_teams t ON t.id = s.team AND t.as_of = s.as_of
        GROUP BY ALL""")
    # Facts are JSON.
    got = q(f"""SELECT json_extract(facts, '$.coverage')::DOUBLE FROM {fmt}_services
               WHERE id = 'svc-a' AND as_of = DATE '2026-11-27'""")
    if got != [(0.81,)]:
        fail(f"{fmt}: facts {got}")

# Text is the same in every format, except that CSV neutralises formulas.
pq = q("SELECT name FROM parquet_teams WHERE id = 'team-a' AND as_of = DATE '2026-11-27'")[0][0]
js = q("SELECT name FROM jsonl_teams WHERE id = 'team-a' AND as_of = DATE '2026-11-27'")[0][0]
cs = q("SELECT name FROM csv_teams WHERE id = 'team-a' AND as_of = DATE '2026-11-27'")[0][0]
if pq != js or cs != "'" + pq or not pq.startswith("=HYPERLINK"):
    fail(f"text across formats: {pq!r} {js!r} {cs!r}")
nl = q("SELECT name FROM csv_services WHERE id = 'svc-a' AND as_of = DATE '2026-11-27'")[0][0]
if nl != "Checkout\nline two":
    fail(f"a line break in CSV: {nl!r}")
print("ok")
