//! The attention list on small catalogs, with expected items worked out by hand.

use super::*;
use crate::report::testcat::{catalog_with, date};

const CONFIG: &str = "version: 1\nname: T\npolicy:\n  intake_triage_sla_days: 10\n  exception_warn_days: 14\n  deprecation_warn_days: 30\n  ga_requires: [docs]\n";

fn files() -> Vec<(&'static str, &'static str)> {
    vec![
        ("teams/team-a.yaml", "id: team-a\nname: A\n"),
        ("teams/team-b.yaml", "id: team-b\nname: B\n"),
        ("services/s1.yaml", "id: s1\nteam: team-a\nuses: [old]\n"),
        ("services/s2.yaml", "id: s2\nteam: team-b\nuses: [old]\n"),
        // ga without docs: fails the checklist.
        ("capabilities/old.yaml", "id: old\nname: Old\nsummary: s\nowner: team-a\nlifecycle: deprecated\n"),
        ("capabilities/shiny.yaml", "id: shiny\nname: Shiny\nsummary: s\nowner: team-b\nlifecycle: ga\n"),
        ("capabilities/fine.yaml", "id: fine\nname: Fine\nsummary: s\nowner: team-a\nlifecycle: ga\ndocs: https://d\n"),
        // Created 2026-11-01, today 2026-11-27: 26 days new, SLA 10 -> 16 days past; due 11-11.
        ("intake/INT-AAAAAA.yaml", "id: INT-AAAAAA\ntitle: Old ask\nrequester: {team: team-b}\ncreated: 2026-11-01\nproblem: p\n"),
        // 10 days exactly: not past the SLA.
        ("intake/INT-BBBBBB.yaml", "id: INT-BBBBBB\ntitle: Fresh ask\nrequester: {team: team-a}\ncreated: 2026-11-17\nproblem: p\n"),
        // Expires in 8 days (<= 14): expiring.
        ("exceptions/EXC-AAAAAA.yaml", "id: EXC-AAAAAA\ntitle: Waive\nstandard: old\nteam: team-a\nreason: r\nrisk: low\nrequested: 2026-10-01\nstatus: approved\napproved_by: x\ngranted: 2026-10-02\nexpires: 2026-12-05\n"),
        // Expired 2 days ago.
        ("exceptions/EXC-BBBBBB.yaml", "id: EXC-BBBBBB\ntitle: Gone\nstandard: shiny\nteam: team-b\nreason: r\nrisk: low\nrequested: 2026-10-01\nstatus: approved\napproved_by: x\ngranted: 2026-10-02\nexpires: 2026-11-25\n"),
        // Sunset in 18 days, s1 (team-a) and s2 (team-b) left.
        ("deprecations/old-sunset.yaml", "id: old-sunset\ncapability: old\nannounced: 2026-08-01\nsunset: 2026-12-15\nstatus: migrating\nconsumers:\n  - service: s1\n    status: pending\n  - service: s2\n    status: in-progress\n"),
        ("roadmap/2026-Q3.yaml", "quarter: 2026-Q3\nitems:\n  - id: late\n    title: Late thing\n    owner: team-a\n    status: in-progress\n"),
        ("roadmap/2026-Q4.yaml", "quarter: 2026-Q4\nitems:\n  - id: wobbly\n    title: Wobbly thing\n    owner: team-b\n    status: at-risk\n  - id: fine-item\n    title: Fine\n    owner: team-a\n    status: in-progress\n"),
    ]
}

fn view(team: Option<&str>) -> StatusView {
    let cat = catalog_with(CONFIG, &files());
    build(&cat, date("2026-11-27"), team, &Snapshots::new(), None)
}

fn summary(v: &StatusView) -> Vec<(usize, &'static str, &str, Option<i64>)> {
    v.items
        .iter()
        .filter(|i| i.kind != Kind::KpiOffTarget)
        .map(|i| (i.rank, i.kind.as_str(), i.id.as_str(), i.days))
        .collect()
}

#[test]
fn ranks_every_kind_with_policy_windows() {
    let v = view(None);
    // High first by date: Q3 ended 09-30 (-58), triage due 11-11 (-16),
    // expired 11-25 (-2), then undated high (ga shiny). Medium: expiring
    // 12-05 (+8), sunset 12-15 (+18), at-risk Q4 end 12-31 (+34).
    let got = summary(&v);
    let non_kpi: Vec<_> = got.iter().map(|(_, k, id, d)| (*k, *id, *d)).collect();
    assert_eq!(
        non_kpi,
        [
            ("roadmap-overdue", "late", Some(-58)),
            ("triage-overdue", "INT-AAAAAA", Some(-16)),
            ("exception-expired", "EXC-BBBBBB", Some(-2)),
            ("ga-not-ready", "shiny", None),
            ("exception-expiring", "EXC-AAAAAA", Some(8)),
            ("sunset-approaching", "old-sunset", Some(18)),
            ("roadmap-at-risk", "wobbly", Some(34)),
        ]
    );
    assert_eq!(v.items[0].rank, 1);
    assert_eq!(v.counts.high, 4);
    assert_eq!(v.quarter, "2026-Q4");
    let triage = &v.items[1];
    assert_eq!(
        triage.message,
        "new for 26 days (the triage SLA is 10 days), 16 days past it"
    );
    let sunset = v
        .items
        .iter()
        .find(|i| i.id == "old-sunset")
        .expect("sunset");
    assert_eq!(
        sunset.message,
        "sunset on 2026-12-15 (in 18 days) with 2 consumers left: s1, s2"
    );
    let ga = v.items.iter().find(|i| i.id == "shiny").expect("ga");
    assert_eq!(ga.message, "ga but not ready: missing docs");
}

#[test]
fn one_team_sees_its_own() {
    let v = view(Some("team-b"));
    let ids: Vec<&str> = v.items.iter().map(|i| i.id.as_str()).collect();
    // team-b: its request, its exception, the ga it owns, its at-risk item,
    // and the sunset where its service s2 is left (only s2 named). No KPIs.
    assert_eq!(
        ids,
        ["INT-AAAAAA", "EXC-BBBBBB", "shiny", "old-sunset", "wobbly"]
    );
    assert!(!v.kpis_included);
    let sunset = &v.items[3];
    assert!(
        sunset.message.ends_with("with 1 consumer left: s2"),
        "{}",
        sunset.message
    );
}

#[test]
fn windows_come_from_the_policy() {
    // A 30-day SLA: the 26-day-old request is not late.
    let cfg = CONFIG.replace("intake_triage_sla_days: 10", "intake_triage_sla_days: 30");
    let cat = catalog_with(&cfg, &files());
    let v = build(&cat, date("2026-11-27"), None, &Snapshots::new(), None);
    assert!(!v.items.iter().any(|i| i.kind == Kind::TriageOverdue));
    assert_eq!(v.windows.intake_triage_sla_days, 30);
}

#[test]
fn an_empty_catalog_needs_nothing() {
    let cat = catalog_with("version: 1\n", &[]);
    let v = build(&cat, date("2026-11-27"), None, &Snapshots::new(), None);
    assert_eq!(v.counts.total, 0);
}
