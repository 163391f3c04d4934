//! The portal's numbers on small catalogs, with hand-computed expectations.

use super::*;
use crate::report::kpi::HistoryNote;
use crate::report::testcat::{catalog, date, svc};

fn dashboard() -> Dashboard {
    Dashboard {
        version: 1,
        name: "t".into(),
        as_of: "2026-11-27".into(),
        period: "2026-Q4".into(),
        previous_period: "2026-Q3".into(),
        periods: Vec::new(),
        history: HistoryNote {
            available: false,
            reason: None,
        },
        groups: Vec::new(),
    }
}

fn site(files: &[(&str, &str)]) -> Site {
    let cat = catalog(files);
    let today = date("2026-11-27");
    let findings = crate::lint::lint(&cat, today, &crate::lint::Options::default());
    build(Input {
        cat: &cat,
        today,
        findings: &findings,
        recent: Recent {
            since: date("2026-10-28"),
            available: false,
            reason: Some("not in git".into()),
            from_commit: None,
            changes: Vec::new(),
        },
        roadmaps: Vec::new(),
        kpis: dashboard(),
        burn_downs: BTreeMap::new(),
        in_git: false,
        scorecard_history: Default::default(),
    })
}

const TEAMS: &[(&str, &str)] = &[
    (
        "teams/plat.yaml",
        "id: plat\nname: Platform\ntype: platform\n",
    ),
    (
        "teams/prod.yaml",
        "id: prod\nname: Product\ntype: product\n",
    ),
    (
        "teams/kids.yaml",
        "id: kids\nname: Kids\ntype: product\nparent: prod\n",
    ),
];

fn files(extra: &[(String, String)]) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = TEAMS
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    v.push((
        "capabilities/old.yaml".into(),
        "id: old\nname: Old\nsummary: s\nowner: plat\nlifecycle: deprecated\ninterfaces:\n  - name: api\n    version: v2\n".into(),
    ));
    v.push((
        "capabilities/new.yaml".into(),
        "id: new\nname: New\nsummary: s\nowner: plat\nlifecycle: ga\neligible:\n  tiers: [1, 2]\n"
            .into(),
    ));
    v.extend(extra.iter().cloned());
    v
}

fn with(extra: &[(String, String)]) -> Site {
    let f = files(extra);
    let refs: Vec<(&str, &str)> = f.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    site(&refs)
}

#[test]
fn adoption_splits_eligible_services_into_adopters_and_the_rest() {
    // a (tier 1, uses new), b (tier 2), c (tier 3, uses new: not eligible), d retired tier 1.
    let s = with(&[
        svc("a", "prod", 1, "active", "new"),
        svc("b", "prod", 2, "active", ""),
        svc("c", "prod", 3, "active", "new"),
        svc("d", "prod", 1, "retired", ""),
    ]);
    let new = s
        .capabilities
        .iter()
        .find(|c| c.capability.id.value == "new")
        .expect("new");
    let ids = |v: &[Ref]| v.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&new.adopters), ["a"]);
    assert_eq!(ids(&new.not_adopted), ["b"]);
    assert_eq!(ids(&new.ineligible_users), ["c"]);
    // 1 adopter of 2 eligible.
    assert_eq!(new.adoption_rate, Some(0.5));
}

#[test]
fn a_service_sees_what_it_uses_that_is_going_away_and_its_team_the_migration() {
    let dep = "id: old-v2\ncapability: old\ninterface: v2\nreplacement: new\nannounced: 2026-06-01\nsunset: 2026-12-15\nstatus: migrating\nmigration_guide: https://g\nconsumers:\n  - service: a\n    status: in-progress\n  - service: b\n    status: migrated\n";
    let s = with(&[
        (
            "services/a.yaml".into(),
            "id: a\nteam: kids\ntier: 1\nuses:\n  - capability: old\n    version: v2\n".into(),
        ),
        (
            "services/b.yaml".into(),
            "id: b\nteam: kids\ntier: 1\nuses:\n  - capability: old\n    version: v1\n".into(),
        ),
        ("deprecations/old-v2.yaml".into(), dep.into()),
    ]);
    let a = s
        .services
        .iter()
        .find(|x| x.service.id.value == "a")
        .expect("a");
    assert_eq!(a.going_away.len(), 1);
    let g = &a.going_away[0];
    assert_eq!(g.id, "old-v2");
    // 2026-11-27 → 2026-12-15: 18 days.
    assert_eq!(g.days_to_sunset, 18);
    assert_eq!(g.replacement.as_ref().map(|r| r.id.as_str()), Some("new"));
    assert_eq!(a.uses_rows[0].migration, Some(ConsumerStatus::InProgress));
    // b is listed (migrated): the deprecation still shows on its use, its own status with it.
    let b = s
        .services
        .iter()
        .find(|x| x.service.id.value == "b")
        .expect("b");
    assert_eq!(b.uses_rows[0].migration, Some(ConsumerStatus::Migrated));
    // The team: one pending migration (a); b has migrated.
    let kids = s
        .teams
        .iter()
        .find(|t| t.team.id.value == "kids")
        .expect("kids");
    assert_eq!(kids.migrations.len(), 1);
    assert_eq!(kids.migrations[0].service.id, "a");
    // Sub-teams and parent.
    let prod = s
        .teams
        .iter()
        .find(|t| t.team.id.value == "prod")
        .expect("prod");
    assert_eq!(
        prod.sub_teams
            .iter()
            .map(|r| r.id.as_str())
            .collect::<Vec<_>>(),
        ["kids"]
    );
    assert_eq!(
        kids.parent_ref.as_ref().map(|r| r.id.as_str()),
        Some("prod")
    );
    // The home page: a sunset within 30 days (the default warning window).
    let soon: Vec<_> = s
        .home
        .attention
        .iter()
        .filter(|x| x.kind == "sunset-soon")
        .collect();
    assert_eq!(soon.len(), 1);
    assert_eq!(soon[0].days, Some(18));
    assert!(
        soon[0]
            .text
            .contains("old sunsets in 18 days (1 still to migrate)"),
        "{}",
        soon[0].text
    );
}

#[test]
fn attention_lists_overdue_sunsets_and_expiring_exceptions_soonest_first() {
    let s = with(&[
        svc("a", "prod", 1, "active", "old"),
        ("deprecations/gone.yaml".into(), "id: gone\ncapability: old\nannounced: 2026-01-01\nsunset: 2026-11-01\nstatus: migrating\nconsumers:\n  - service: a\n    status: pending\n".into()),
        ("exceptions/EXC-AAAAAA.yaml".into(), "id: EXC-AAAAAA\ntitle: Soon\nstandard: new\nteam: prod\nreason: r\nrisk: low\nrequested: 2026-10-01\nstatus: approved\napproved_by: x\ngranted: 2026-10-02\nexpires: 2026-12-01\n".into()),
        ("exceptions/EXC-BBBBBB.yaml".into(), "id: EXC-BBBBBB\ntitle: Far\nstandard: new\nteam: prod\nreason: r\nrisk: low\nrequested: 2026-10-01\nstatus: approved\napproved_by: x\ngranted: 2026-10-02\nexpires: 2027-03-01\n".into()),
    ]);
    let got: Vec<(&str, &str, Option<i64>)> = s
        .home
        .attention
        .iter()
        .map(|a| (a.kind, a.id.as_str(), a.days))
        .collect();
    // Sunset 2026-11-01 passed 26 days ago; EXC-AAAAAA expires in 4 days
    // (within 14); EXC-BBBBBB in 94 days is not listed.
    assert_eq!(
        got,
        [
            ("sunset-passed", "gone", Some(-26)),
            ("exception-expiring", "EXC-AAAAAA", Some(4)),
        ]
    );
    assert_eq!(s.home.counts.live_exceptions, 2);
    assert_eq!(s.home.counts.open_deprecations, 1);
    // The team's exceptions, soonest expiry first.
    let prod = s
        .teams
        .iter()
        .find(|t| t.team.id.value == "prod")
        .expect("prod");
    assert_eq!(
        prod.exceptions
            .iter()
            .map(|e| e.id.as_str())
            .collect::<Vec<_>>(),
        ["EXC-AAAAAA", "EXC-BBBBBB"]
    );
}

#[test]
fn intake_is_grouped_by_every_status_highest_rice_first() {
    let req = |id: &str, status: &str, effort: &str| {
        (
            format!("intake/{id}.yaml"),
            format!("id: {id}\ntitle: T\nrequester:\n  team: prod\ncreated: 2026-11-01\nproblem: p\nreach: 2\nimpact: 1\nconfidence: 0.5\n{effort}status: {status}\n{}",
                if status == "new" { "" } else { "route: backlog\ntriaged: 2026-11-02\n" }),
        )
    };
    let s = with(&[
        req("INT-AAAAAA", "new", "effort: 1\n"),
        req("INT-BBBBBB", "new", "effort: 0.5\n"),
        req("INT-CCCCCC", "new", ""),
        req("INT-DDDDDD", "triaged", "effort: 2\n"),
    ]);
    let order: Vec<&str> = s.intake.iter().map(|g| g.status.as_str()).collect();
    assert_eq!(
        order,
        [
            "new",
            "triaged",
            "accepted",
            "done",
            "declined",
            "duplicate"
        ]
    );
    let new: Vec<(&str, Option<f64>)> = s.intake[0]
        .requests
        .iter()
        .map(|r| (r.id.as_str(), r.rice))
        .collect();
    // RICE = 2 × 1 × 0.5 ÷ effort: 2.0 (effort 0.5), 1.0 (effort 1), none.
    assert_eq!(
        new,
        [
            ("INT-BBBBBB", Some(2.0)),
            ("INT-AAAAAA", Some(1.0)),
            ("INT-CCCCCC", None)
        ]
    );
    assert_eq!(s.intake[0].requests[0].age_days, 26);
    let prod = s
        .teams
        .iter()
        .find(|t| t.team.id.value == "prod")
        .expect("prod");
    assert_eq!(prod.open_requests.len(), 4);
}

#[test]
fn the_radar_puts_each_capability_in_the_ring_of_its_lifecycle() {
    let s = with(&[]);
    assert_eq!(s.radar.rows.len(), 1, "both have no category");
    let cells: Vec<Vec<&str>> = s.radar.rows[0]
        .cells
        .iter()
        .map(|c| c.iter().map(|r| r.id.as_str()).collect())
        .collect();
    assert_eq!(cells, [vec!["new"], vec![], vec![], vec!["old"]]);
}

#[test]
fn search_covers_every_kind_of_entity() {
    let s = with(&[svc("a", "prod", 1, "active", "new")]);
    let kinds: std::collections::BTreeSet<&str> = s.search.iter().map(|e| e.kind).collect();
    assert!(kinds.contains("capability") && kinds.contains("service") && kinds.contains("team"));
    let a = s.search.iter().find(|e| e.id == "a").expect("a");
    assert_eq!(a.team, "Product");
    assert_eq!(a.href, "services/a.html");
}
