//! `platctl status` on the demo catalog (today 2026-11-27): the ranked list,
//! its team filter, the weekly Markdown post and the JSON contract.

use crate::common::TestEnv;

fn run(args: &[&str]) -> (i32, String, String) {
    TestEnv::demo().run(args)
}

#[test]
fn json_ranks_what_needs_attention() {
    let (code, out, err) = run(&["status", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let j: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(j["version"], 1);
    assert_eq!(j["as_of"], "2026-11-27");
    assert_eq!(j["quarter"], "2026-Q4");
    assert_eq!(j["team"], serde_json::Value::Null);
    assert_eq!(j["windows"]["intake_triage_sla_days"], 10);
    let items: Vec<(String, String, String)> = j["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| {
            (
                i["severity"].as_str().unwrap_or("").to_string(),
                i["kind"].as_str().unwrap_or("").to_string(),
                i["id"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let want = |s: &str, k: &str, id: &str| (s.to_string(), k.to_string(), id.to_string());
    // The three warnings lint prints on the demo, plus the at-risk item and
    // the KPIs off target; the late request first.
    assert_eq!(items[0], want("high", "triage-overdue", "INT-2JEHNW"));
    assert_eq!(items[1], want("medium", "exception-expiring", "EXC-QWKMV1"));
    assert_eq!(
        items[2],
        want("medium", "sunset-approaching", "legacy-auth-sunset")
    );
    assert_eq!(
        items[3],
        want("medium", "roadmap-at-risk", "legacy-auth-shutdown")
    );
    assert!(items.contains(&want("medium", "kpi-off-target", "roadmap-predictability")));
    assert_eq!(j["items"][0]["rank"], 1);
    assert_eq!(j["items"][0]["date"], "2026-11-19");
    assert_eq!(j["items"][0]["days"], -8);
    assert_eq!(
        j["items"][2]["message"],
        "sunset on 2026-12-15 (in 18 days) with 4 consumers left: loyalty-api, delivery-tracking, gift-cards, label-printer-bridge"
    );
}

#[test]
fn team_filter_and_unknown_team() {
    let (code, out, _) = run(&["status", "--team", "team-security", "--format", "json"]);
    assert_eq!(code, 0);
    let j: serde_json::Value = serde_json::from_str(&out).expect("json");
    let ids: Vec<&str> = j["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["id"].as_str())
        .collect();
    // The waiver of secrets-scanning (a standard team-security owns), its
    // sunset and its at-risk item.
    assert_eq!(
        ids,
        ["EXC-QWKMV1", "legacy-auth-sunset", "legacy-auth-shutdown"]
    );
    assert_eq!(j["kpis_included"], false);
    let (code, _, err) = run(&["status", "--team", "team-securty"]);
    assert_eq!(code, 2);
    assert!(err.contains("did you mean `team-security`"), "{err}");
}

#[test]
fn markdown_post_has_headings_and_table_says_what_it_covers() {
    let (code, md, _) = run(&["status", "--format", "md"]);
    assert_eq!(code, 0);
    assert!(
        md.starts_with("# What needs attention — Northwind Platform, 2026-11-27 (2026-Q4)\n"),
        "{md}"
    );
    assert!(md.contains("\n## Requests past the triage SLA (1)\n\n- **`INT-2JEHNW`** Scheduled batch jobs without a cron VM: new for 18 days (the triage SLA is 10 days), 8 days past it — team-logistics\n"), "{md}");
    assert!(md.contains("\n## KPIs off target ("), "{md}");
    assert!(
        md.contains("44.4% in 2026-Q4, target 70.0% – 85.0%"),
        "{md}"
    );
    let (code, table, _) = run(&["status"]);
    assert_eq!(code, 0);
    assert!(
        table.starts_with("What needs attention — Northwind Platform, 2026-11-27 (2026-Q4)\n"),
        "{table}"
    );
    assert!(table.contains("│ 1 ┆ high     ┆ triage-overdue"), "{table}");
}

#[test]
fn nothing_to_do_still_exits_zero() {
    let dir = TestEnv::with_files(&[("platctl.yaml", "version: 1\nname: Empty\n")]);
    let out = dir.output(&["status"]);
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("nothing needs attention today"), "{s}");
}

#[test]
fn listings_say_what_they_show_with_plurals_right() {
    let (_, _, err) = run(&["roadmap", "list", "--quarter", "2026-Q4"]);
    assert!(
        err.contains("11 items of 2026-Q4 (1 Oct – 31 Dec 2026)"),
        "{err}"
    );
    let (_, _, err) = run(&["deprecation", "list"]);
    assert!(err.contains("3 deprecations: all"), "{err}");
    let (_, _, err) = run(&["exception", "list", "--expiring", "1"]);
    assert!(err.contains("0 exceptions: expiring within 1 day"), "{err}");
    let (_, _, err) = run(&[
        "exception",
        "list",
        "--expiring",
        "30",
        "--team",
        "team-logistics",
    ]);
    assert!(
        err.contains("1 exception: expiring within 30 days, team team-logistics"),
        "{err}"
    );
    let (_, _, err) = run(&["capability", "list", "--lifecycle", "ga"]);
    assert!(err.contains("capabilities: lifecycle ga"), "{err}");
    let (_, _, err) = run(&["-v", "lint"]);
    assert!(
        err.contains(" files, ") && err.contains(" entities in "),
        "{err}"
    );
}
