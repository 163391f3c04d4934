//! Every KPI against values computed by hand on tests/fixtures/kpi
//! (today 2026-11-27, period 2026-Q4, previous 2026-Q3). The fixture is
//! copied out of the project's repository first, so that no git history
//! is read: snapshot KPIs have no `previous` there, and the output says why.

use serde_json::Value;

use crate::common::TestEnv;
use crate::common::{close, kpi};

#[test]
fn every_kpi_by_hand() {
    let env = TestEnv::fixture("kpi", "cat");
    let j = env.json(&["kpi", "--period", "2026-Q4", "--format", "json"]);
    assert_eq!(j["period"], "2026-Q4");
    assert_eq!(j["as_of"], "2026-11-27");
    assert_eq!(j["history"]["available"], false);

    // Committed items of 2026-Q4: r1 r2 r3 r5 (r4 is a stretch); delivered: r1.
    // 2026-Q3: r6 delivered in time, r7 late.
    let k = kpi(&j, "roadmap-predictability");
    close(&k["value"], 0.25);
    close(&k["previous"], 0.5);
    assert_eq!(k["status"], "off-target");
    assert_eq!(k["detail"]["committed"], 4);
    assert_eq!(k["detail"]["delivered"], 1);

    // ga capabilities: cap-ga1 2 of 4 active services, cap-ga2 1 of 1 (team-c),
    // cap-ga3 has no eligible service and is left out: mean 0.75. Target min 0.5
    // from platctl.yaml. No history outside git: no previous.
    let k = kpi(&j, "adoption-rate");
    close(&k["value"], 0.75);
    assert_eq!(k["previous"], Value::Null);
    assert_eq!(k["target"]["min"], 0.5);
    assert_eq!(k["status"], "on-target");
    assert_eq!(k["detail"]["left_out_no_eligible_service"][0], "cap-ga3");
    assert!(k["previous_note"]
        .as_str()
        .is_some_and(|n| n.contains("not in a git repository")));

    let k = kpi(&j, "adoption-growth");
    assert_eq!(k["value"], Value::Null);
    assert_eq!(k["status"], "no-data");

    // Onboarding done and resolved in Q4: 10 and 4 days: median of an even count 7.
    let k = kpi(&j, "time-to-onboard");
    close(&k["value"], 7.0);
    close(&k["previous"], 19.0);
    assert_eq!(k["status"], "on-target");

    // First deploys in Q4: s1 4, s2 10, s3 62, s4 (retired) 2 days: median 7.
    let k = kpi(&j, "time-to-first-deploy");
    close(&k["value"], 7.0);
    close(&k["previous"], 30.0);
    assert_eq!(k["detail"]["count"], 4);

    // Triaged in Q4: 2, 1, 12, 1 days: median 1.5.
    let k = kpi(&j, "intake-triage-time");
    close(&k["value"], 1.5);
    close(&k["previous"], 4.0);
    assert_eq!(k["status"], "on-target");

    // 2 of the 4 triaged in Q4 went to custom.
    let k = kpi(&j, "custom-work-share");
    close(&k["value"], 0.5);
    close(&k["previous"], 0.0);
    assert_eq!(k["status"], "off-target");

    // Controls (not retired): cap-ctl 2 of 3 (tiers 1-2), cap-ctl3 1 of 1 (tier 1):
    // pairs 3 of 4 = 0.75 (a mean of rates would say 0.83).
    let k = kpi(&j, "security-control-coverage");
    close(&k["value"], 0.75);
    assert_eq!(k["status"], "off-target");

    // Open on 2026-11-27: EXC-000002 and EXC-000003 (EXC-000001 was open only
    // from 10-15 to 11-10); on 2026-09-30: EXC-000002 only. 4 active services.
    let k = kpi(&j, "exception-rate");
    close(&k["value"], 0.5);
    close(&k["previous"], 0.25);
    assert_eq!(k["status"], "off-target");
    assert_eq!(
        k["detail"]["open_exceptions"],
        serde_json::json!(["EXC-000002", "EXC-000003"])
    );

    // dep1: 1 migrated of 4 consumers less 1 exempt; dep2: 2 of 2; dep3 completed: out.
    let k = kpi(&j, "deprecation-progress");
    close(&k["value"], 0.6);
    assert_eq!(k["detail"]["consumers_to_migrate"], 5);

    // Pooled Q4 responses (platform, capability-scoped, the November survey):
    // 10 responses, 5 promoters, 3 detractors: NPS 20. Q3: 3 of 4 promoters, 1 detractor: 50.
    let k = kpi(&j, "platform-nps");
    close(&k["value"], 20.0);
    close(&k["previous"], 50.0);
    assert_eq!(k["status"], "on-target");
    assert_eq!(k["detail"]["responses"], 10);

    // CSAT: (5 + 5 + 4 + 4 + 3 + 4) / 6 = 4.1666... defined rounded: 4.17.
    let k = kpi(&j, "platform-csat");
    close(&k["value"], 4.17);
    assert_eq!(k["previous"], Value::Null);
    assert_eq!(k["status"], "off-target");

    // Alignment: only in Q3 (13 / 3 = 4.33).
    let k = kpi(&j, "stakeholder-alignment");
    assert_eq!(k["value"], Value::Null);
    close(&k["previous"], 4.33);
    assert_eq!(k["status"], "no-data");

    // Observed: the unscoped series; the capability's own in the detail.
    let k = kpi(&j, "slo-attainment");
    close(&k["value"], 99.95);
    assert_eq!(k["detail"]["by_capability"][0]["capability"], "cap-ga1");
    close(&k["detail"]["by_capability"][0]["value"], 99.5);

    // Months averaged into the quarter: (3 + 2) / 2.
    let k = kpi(&j, "mttr");
    close(&k["value"], 2.5);
    close(&k["previous"], 4.0);
    assert_eq!(k["status"], "on-target");

    // Tickets summed into the quarter (48), divided by the teams that own an
    // active service (team-b, team-c): 24; Q3: 60 / 2.
    let k = kpi(&j, "support-tickets-per-team");
    close(&k["value"], 24.0);
    close(&k["previous"], 30.0);
    assert_eq!(k["detail"]["teams_with_active_service"], 2);

    let k = kpi(&j, "change-failure-rate");
    assert_eq!(k["value"], Value::Null);
    assert_eq!(k["status"], "no-data");

    // The catalog's own KPI, after the registry's 24, with a trend target.
    let ids: Vec<&str> = j["kpis"]
        .as_array()
        .expect("kpis")
        .iter()
        .filter_map(|k| k["id"].as_str())
        .collect();
    assert_eq!(ids.len(), 25);
    assert_eq!(ids[24], "toil-hours");
    let k = kpi(&j, "toil-hours");
    close(&k["value"], 12.0);
    assert_eq!(k["target"]["trend"], "down");
    assert_eq!(k["status"], "off-target");
}

#[test]
fn a_month_reads_its_own_points_and_surveys() {
    let env = TestEnv::fixture("kpi", "cat");
    let j = env.json(&["kpi", "--period", "2026-11", "--format", "json"]);
    assert_eq!(j["previous_period"], "2026-10");
    close(&kpi(&j, "mttr")["value"], 2.0);
    close(&kpi(&j, "mttr")["previous"], 3.0);
    // Only the November survey: 1 promoter, 1 detractor.
    close(&kpi(&j, "platform-nps")["value"], 0.0);
    // A quarter point says nothing about a month.
    assert_eq!(kpi(&j, "slo-attainment")["value"], Value::Null);
}

#[test]
fn a_trend_has_a_row_per_period_per_kpi() {
    let env = TestEnv::fixture("kpi", "cat");
    let j = env.json(&["kpi", "--trend", "--since", "2026-Q2", "--format", "json"]);
    assert_eq!(
        j["periods"],
        serde_json::json!(["2026-Q2", "2026-Q3", "2026-Q4"])
    );
    let rows = j["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 25 * 3);
    let mttr: Vec<&Value> = rows.iter().filter(|r| r["id"] == "mttr").collect();
    assert_eq!(
        mttr.iter()
            .map(|r| r["period"].as_str().unwrap_or(""))
            .collect::<Vec<_>>(),
        ["2026-Q2", "2026-Q3", "2026-Q4"]
    );
    assert_eq!(mttr[0]["value"], Value::Null);
    // A trend target with no previous value has no target to meet.
    assert_eq!(mttr[1]["status"], "no-target");
    assert_eq!(mttr[2]["status"], "on-target");
}

#[test]
fn a_monthly_trend_runs_from_the_first_month_of_since_to_this_month() {
    let env = TestEnv::fixture("kpi", "cat");
    let j = env.json(&[
        "kpi", "--trend", "--every", "month", "--since", "2026-Q3", "--format", "json",
    ]);
    let want = ["2026-07", "2026-08", "2026-09", "2026-10", "2026-11"];
    assert_eq!(j["periods"], serde_json::json!(want));
}

#[test]
fn table_csv_and_markdown_say_the_same() {
    let env = TestEnv::fixture("kpi", "cat");
    let out = env.output(&["kpi", "--period", "2026-Q4"]);
    assert!(out.status.success());
    let t = String::from_utf8_lossy(&out.stdout);
    assert!(t.contains("KPIs of KPI Fixture for 2026-Q4"));
    assert!(
        t.contains("75.0%"),
        "ratios as percentages with one decimal:\n{t}"
    );
    assert!(
        t.contains("not in a git repository"),
        "the output says why previous is missing:\n{t}"
    );
    assert!(!t.contains('\u{1b}'), "no colour off a terminal");

    let out = env.output(&["kpi", "--period", "2026-Q4", "--format", "csv"]);
    let csv = String::from_utf8_lossy(&out.stdout);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "id,name,period,source,unit,value,target_min,target_max,target_trend,status,previous,change"
        )
    );
    assert_eq!(
        lines.next(),
        Some("roadmap-predictability,Roadmap predictability,2026-Q4,derived,ratio,0.25,0.7,0.85,,off-target,0.5,-0.25")
    );

    let out = env.output(&["kpi", "--period", "2026-Q4", "--format", "md"]);
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(
        md.contains("| Mean time to restore (`mttr`) | 2.5 h | downward trend | on-target | 4 h | -1.5 h | observed |"),
        "{md}"
    );

    let out = env.output(&["--color", "always", "kpi", "--period", "2026-Q4"]);
    let t = String::from_utf8_lossy(&out.stdout);
    assert!(
        t.contains('▼') && t.contains('\u{1b}'),
        "arrows and colour when asked:\n{t}"
    );
}

#[test]
fn bad_periods_are_usage_errors_and_kpi_exits_0() {
    let env = TestEnv::fixture("kpi", "cat");
    let out = env.output(&["kpi", "--period", "2026-Q5"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a period"));
    let out = env.output(&["kpi", "--period", "2030-Q1"]);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn the_dashboard_groups_cards_and_escapes_everything() {
    let env = TestEnv::fixture("kpi", "cat");
    let cfg = env.root().join("platctl.yaml");
    let text = std::fs::read_to_string(&cfg)
        .expect("read")
        .replace("name: KPI Fixture", "name: \"<b>R&D</b> \\\"Platform\\\"\"");
    std::fs::write(&cfg, text).expect("write");
    let out = env.output(&["report", "kpi", "--format", "html", "-o", "kpi.html"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(env.tmp().join("kpi.html")).expect("html written");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("&lt;b&gt;R&amp;D&lt;/b&gt; &quot;Platform&quot;"));
    assert!(!html.contains("<b>R&D"));
    assert!(
        !html.contains("<script") && !html.contains("http"),
        "self-contained, nothing fetched"
    );
    for g in [
        "adoption",
        "delivery",
        "reliability",
        "satisfaction",
        "governance",
        "cost",
        "custom",
    ] {
        assert!(html.contains(&format!("<section id=\"{g}\">")), "group {g}");
    }
    assert!(html.contains("<svg class=\"spark\""));

    let j = env.json(&["report", "kpi", "--format", "json"]);
    assert_eq!(j["periods"].as_array().map(Vec::len), Some(8));
    let groups: Vec<&str> = j["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .filter_map(|g| g["id"].as_str())
        .collect();
    assert_eq!(
        groups,
        [
            "adoption",
            "delivery",
            "reliability",
            "satisfaction",
            "governance",
            "cost",
            "custom"
        ]
    );
    let cards: usize = j["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .map(|g| g["kpis"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(cards, 25);

    let out = env.output(&["report", "kpi"]);
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(md.contains("## Governance"));
    assert!(
        md.contains(
            "| Mean time to restore (`mttr`) | 2.5 h | downward trend | on-target | ▼ -1.5 h |"
        ),
        "{md}"
    );
}
