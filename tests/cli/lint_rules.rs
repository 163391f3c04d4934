//! Every lint rule: a fixture that breaks it (the finding at the right file,
//! line and column, and nothing else), and a near miss that does not.

use crate::common;
use common::*;

struct Case {
    rule: &'static str,
    breaks: &'static [(&'static str, &'static str)],
    at: (&'static str, u64, u64),
    passes: &'static [(&'static str, &'static str)],
}

const CAP_GA_NO_DOCS: &str = "id: cap-ga\nname: GA thing\nsummary: Works\nowner: team-a\nlifecycle: ga\nslo:\n  availability: 99.9\nsupport:\n  channel: \"#a\"\nrunbook: https://r\n";
const DEP_OK: &str = "id: dep-old\ncapability: cap-old\nreplacement: cap-ga\nannounced: 2026-06-01\nsunset: 2027-03-01\nstatus: migrating\nconsumers:\n  - service: svc-old\n    status: pending\n";
const CAP_OLD: &str =
    "id: cap-old\nname: Old\nsummary: Going away\nowner: team-a\nlifecycle: deprecated\n";
const SVC_OLD: &str = "id: svc-old\nteam: team-b\nuses: [cap-old]\n";

const SC_HEAD: &str = "id: sc\nname: S\nowner: team-a\napplies_to: service\nlevels: [bronze]\nrules:\n  - id: r1\n    level: bronze\n";
fn sc(rest: &str) -> &'static str {
    Box::leak(format!("{SC_HEAD}{rest}").into_boxed_str())
}
fn lk(v: Vec<(&'static str, &'static str)>) -> &'static [(&'static str, &'static str)] {
    Box::leak(v.into_boxed_slice())
}
const CAMP: &str = "id: c\nname: C\nowner: team-a\nscorecard: sc\nstart: 2026-10-01\n";

fn cases() -> Vec<Case> {
    vec![
        Case { rule: "yaml-syntax", breaks: &[("teams/team-c.yaml", "id: team-c\nname: C\nname: D\n")], at: ("teams/team-c.yaml", 3, 1),
               passes: &[("teams/team-c.yaml", "id: team-c\nname: C\n")] },
        Case { rule: "schema", breaks: &[("teams/team-c.yaml", "id: team-c\nname: C\ntpye: platform\n")], at: ("teams/team-c.yaml", 3, 1),
               passes: &[("teams/team-c.yaml", "id: team-c\nname: C\ntype: platform\nlabels:\n  cost-center: \"42\"\n")] },
        Case { rule: "duplicate-id", breaks: &[("teams/team-c.yaml", "id: team-c\nname: C\n---\nid: team-c\nname: D\n")], at: ("teams/team-c.yaml", 4, 5),
               passes: &[("teams/team-c.yaml", "id: team-c\nname: C\n---\nid: team-d\nname: D\n")] },
        Case { rule: "id-filename-mismatch", breaks: &[("teams/team-c.yaml", "id: team-d\nname: C\n")], at: ("teams/team-c.yaml", 1, 5),
               passes: &[("teams/sub/team-d.yml", "id: team-d\nname: C\n")] },
        Case { rule: "unreadable-file", breaks: &[("teams/team-c.yaml", "id: team-c\nname: \u{0}C\n")], at: ("teams/team-c.yaml", 2, 7),
               passes: &[("teams/team-c.yaml", "\u{feff}id: team-c\r\nname: C\r\n")] },
        Case { rule: "unknown-directory", breaks: &[("capabilites/x.yaml", "id: x\n")], at: ("capabilites/x.yaml", 1, 1),
               passes: &[("docs/README.md", "# not yaml\n"), (".github/x.yaml", "a: 1\n")] },
        Case { rule: "empty-file", breaks: &[("teams/team-c.yaml", "# nothing here yet\n")], at: ("teams/team-c.yaml", 1, 1),
               passes: &[("teams/team-c.yaml", "# a team\nid: team-c\nname: C\n")] },
        Case { rule: "null-from-comment", breaks: &[("teams/team-c.yaml", "id: team-c\nname: C\ncontact: #help\n")], at: ("teams/team-c.yaml", 3, 10),
               passes: &[("teams/team-c.yaml", "id: team-c\nname: C\ncontact: \"#help\"  #remark\n# type: #none, a comment line\n")] },
        Case { rule: "unchecked-references", breaks: &[("platctl.yaml", "version: 1\nname: T\nlint:\n  rules:\n    yaml-syntax: off\n"), ("teams/team-c.yaml", "id: team-c\nname: [C\n"), ("services/svc-c.yaml", "id: svc-c\nteam: team-c\n")], at: ("teams/team-c.yaml", 1, 1),
               passes: &[("platctl.yaml", "version: 1\nname: T\nlint:\n  rules:\n    yaml-syntax: off\n"), ("teams/team-c.yaml", "id: team-c\nname: C\n"), ("services/svc-c.yaml", "id: svc-c\nteam: team-c\n")] },
        Case { rule: "unknown-team", breaks: &[("services/svc-c.yaml", "id: svc-c\nteam: team-x\n")], at: ("services/svc-c.yaml", 2, 7),
               passes: &[("services/svc-c.yaml", "id: svc-c\nteam: team-a\n")] },
        Case { rule: "unknown-service", breaks: &[("exceptions/EXC-BBBBBB.yaml", "id: EXC-BBBBBB\ntitle: W\nstandard: cap-ga\nteam: team-b\nservice: svc-x\nreason: R\nrisk: low\nrequested: 2026-11-01\nexpires: 2027-01-01\n")], at: ("exceptions/EXC-BBBBBB.yaml", 5, 10),
               passes: &[("exceptions/EXC-BBBBBB.yaml", "id: EXC-BBBBBB\ntitle: W\nstandard: cap-ga\nteam: team-b\nservice: svc-b\nreason: R\nrisk: low\nrequested: 2026-11-01\nexpires: 2027-01-01\n")] },
        Case { rule: "unknown-capability", breaks: &[("services/svc-c.yaml", "id: svc-c\nteam: team-a\nuses:\n  - cap-gaa\n")], at: ("services/svc-c.yaml", 4, 5),
               passes: &[("services/svc-c.yaml", "id: svc-c\nteam: team-a\nuses:\n  - cap-beta\n")] },
        Case { rule: "unknown-roadmap-item", breaks: &[("intake/INT-BBBBBB.yaml", "id: INT-BBBBBB\ntitle: T\nrequester:\n  team: team-b\ncreated: 2026-11-20\nproblem: P\nstatus: accepted\nroute: backlog\ntriaged: 2026-11-21\nroadmap_item: item-z\n")], at: ("intake/INT-BBBBBB.yaml", 10, 15),
               passes: &[("intake/INT-BBBBBB.yaml", "id: INT-BBBBBB\ntitle: T\nrequester:\n  team: team-b\ncreated: 2026-11-20\nproblem: P\nstatus: accepted\nroute: backlog\ntriaged: 2026-11-21\nroadmap_item: item-b\n")] },
        Case { rule: "unknown-intake", breaks: &[("intake/INT-BBBBBB.yaml", "id: INT-BBBBBB\ntitle: T\nrequester:\n  team: team-b\ncreated: 2026-11-20\nproblem: P\nstatus: duplicate\nroute: backlog\nduplicate_of: INT-ZZZZZZ\ntriaged: 2026-11-21\nresolved: 2026-11-21\n")], at: ("intake/INT-BBBBBB.yaml", 9, 15),
               passes: &[("intake/INT-BBBBBB.yaml", "id: INT-BBBBBB\ntitle: T\nrequester:\n  team: team-b\ncreated: 2026-11-20\nproblem: P\nstatus: duplicate\nroute: backlog\nduplicate_of: INT-AAAAAA\ntriaged: 2026-11-21\nresolved: 2026-11-21\n")] },
        Case { rule: "unknown-exception", breaks: &[("capabilities/cap-old.yaml", CAP_OLD), ("services/svc-old.yaml", SVC_OLD), ("deprecations/dep-old.yaml", "id: dep-old\ncapability: cap-old\nannounced: 2026-06-01\nsunset: 2027-03-01\nstatus: migrating\nconsumers:\n  - service: svc-old\n    status: exempt\n    exception: EXC-ZZZZZZ\n")], at: ("deprecations/dep-old.yaml", 9, 16),
               passes: &[("capabilities/cap-old.yaml", CAP_OLD), ("services/svc-old.yaml", SVC_OLD), ("deprecations/dep-old.yaml", DEP_OK)] },
        Case { rule: "unknown-theme", breaks: &[("roadmap/2027-Q1.yaml", "quarter: 2027-Q1\nthemes:\n  - id: t2\n    name: T2\nitems:\n  - id: item-c\n    title: C\n    theme: t1\n    owner: team-a\n    status: planned\n    outcome: O\n")], at: ("roadmap/2027-Q1.yaml", 8, 12),
               passes: &[("roadmap/2027-Q1.yaml", "quarter: 2027-Q1\nthemes:\n  - id: t1\n    name: Same id as in Q4 is fine\nitems:\n  - id: item-c\n    title: C\n    theme: t1\n    owner: team-a\n    status: planned\n    outcome: O\n")] },
        Case { rule: "unknown-kpi", breaks: &[("metrics/x.yaml", "kpi: slo-attainmnt\npoints:\n  - period: 2026-10\n    value: 1\n")], at: ("metrics/x.yaml", 1, 6),
               passes: &[("platctl.yaml", "version: 1\nkpis:\n  my-kpi: { unit: count, better: lower }\n"), ("metrics/x.yaml", "kpi: my-kpi\npoints:\n  - period: 2026-10\n    value: 1\n")] },
        Case { rule: "dependency-cycle", breaks: &[("capabilities/cap-ga.yaml", "id: cap-ga\nname: GA thing\nsummary: Works\nowner: team-a\nlifecycle: ga\ndepends_on: [cap-beta]\nslo:\n  availability: 99.9\nsupport:\n  channel: \"#a\"\ndocs: https://d\nrunbook: https://r\n")], at: ("capabilities/cap-beta.yaml", 6, 14),
               passes: &[("capabilities/cap-x.yaml", "id: cap-x\nname: X\nsummary: S\nowner: team-a\nlifecycle: beta\ndepends_on: [cap-beta, cap-ga]\n")] },
        Case { rule: "team-parent-cycle", breaks: &[("teams/team-a.yaml", "id: team-a\nname: Team A\ntype: platform\nparent: team-b\n"), ("teams/team-b.yaml", "id: team-b\nname: Team B\ntype: product\nparent: team-a\n")], at: ("teams/team-a.yaml", 4, 9),
               passes: &[("teams/team-top.yaml", "id: team-top\nname: Top\n"), ("teams/team-a.yaml", "id: team-a\nname: Team A\ntype: platform\nparent: team-top\n"), ("teams/team-b.yaml", "id: team-b\nname: Team B\ntype: product\nparent: team-a\n")] },
        Case { rule: "ga-not-ready", breaks: &[("capabilities/cap-ga.yaml", CAP_GA_NO_DOCS)], at: ("capabilities/cap-ga.yaml", 5, 12),
               passes: &[("capabilities/cap-ga.yaml", CAP_GA_NO_DOCS), ("platctl.yaml", "version: 1\npolicy:\n  ga_requires: [runbook, slo, support]\n")] },
        Case { rule: "depends-on-retiring", breaks: &[("capabilities/cap-old.yaml", CAP_OLD), ("services/svc-old.yaml", SVC_OLD), ("deprecations/dep-old.yaml", DEP_OK), ("capabilities/cap-x.yaml", "id: cap-x\nname: X\nsummary: S\nowner: team-a\nlifecycle: beta\ndepends_on: [cap-old]\n")], at: ("capabilities/cap-x.yaml", 6, 14),
               passes: &[("capabilities/cap-old.yaml", CAP_OLD), ("services/svc-old.yaml", SVC_OLD), ("deprecations/dep-old.yaml", DEP_OK), ("capabilities/cap-x.yaml", "id: cap-x\nname: X\nsummary: S\nowner: team-a\nlifecycle: deprecated\ndepends_on: [cap-old]\n"), ("deprecations/dep-x.yaml", "id: dep-x\ncapability: cap-x\nannounced: 2026-06-01\nsunset: 2027-03-01\nstatus: completed\n")] },
        Case { rule: "deprecated-without-plan", breaks: &[("capabilities/cap-old.yaml", CAP_OLD)], at: ("capabilities/cap-old.yaml", 5, 12),
               passes: &[("capabilities/cap-old.yaml", CAP_OLD), ("services/svc-old.yaml", SVC_OLD), ("deprecations/dep-old.yaml", DEP_OK)] },
        Case { rule: "retired-in-use", breaks: &[("capabilities/cap-gone.yaml", "id: cap-gone\nname: G\nsummary: S\nowner: team-a\nlifecycle: retired\n"), ("services/svc-c.yaml", "id: svc-c\nteam: team-a\nuses: [cap-gone]\n")], at: ("services/svc-c.yaml", 3, 8),
               passes: &[("capabilities/cap-gone.yaml", "id: cap-gone\nname: G\nsummary: S\nowner: team-a\nlifecycle: retired\n"), ("services/svc-c.yaml", "id: svc-c\nteam: team-a\nstatus: retired\nuses: [cap-gone]\n")] },
        Case { rule: "sunset-notice-too-short", breaks: &[("capabilities/cap-old.yaml", CAP_OLD), ("services/svc-old.yaml", SVC_OLD), ("deprecations/dep-old.yaml", "id: dep-old\ncapability: cap-old\nannounced: 2026-11-01\nsunset: 2027-01-29\nstatus: migrating\nconsumers:\n  - service: svc-old\n    status: pending\n")], at: ("deprecations/dep-old.yaml", 4, 9),
               passes: &[("capabilities/cap-old.yaml", CAP_OLD), ("services/svc-old.yaml", SVC_OLD), ("deprecations/dep-old.yaml", "id: dep-old\ncapability: cap-old\nannounced: 2026-11-01\nsunset: 2027-01-30\nstatus: migrating\nconsumers:\n  - service: svc-old\n    status: pending\n")] },
        Case { rule: "sunset-passed", breaks: &[("capabilities/cap-old.yaml", CAP_OLD), ("services/svc-old.yaml", SVC_OLD), ("deprecations/dep-old.yaml", "id: dep-old\ncapability: cap-old\nannounced: 2026-06-01\nsunset: 2026-11-26\nstatus: migrating\nconsumers:\n  - service: svc-old\n    status: in-progress\n")], at: ("deprecations/dep-old.yaml", 4, 9),
               passes: &[("capabilities/cap-old.yaml", CAP_OLD), ("services/svc-old.yaml", "id: svc-old\nteam: team-b\n"), ("deprecations/dep-old.yaml", "id: dep-old\ncapability: cap-old\nannounced: 2026-06-01\nsunset: 2026-11-26\nstatus: migrating\nconsumers:\n  - service: svc-old\n    status: migrated\n")] },
        Case { rule: "replacement-not-ready", breaks: &[("capabilities/cap-old.yaml", CAP_OLD), ("services/svc-old.yaml", SVC_OLD), ("capabilities/cap-new.yaml", "id: cap-new\nname: N\nsummary: S\nowner: team-a\nlifecycle: experimental\n"), ("deprecations/dep-old.yaml", "id: dep-old\ncapability: cap-old\nreplacement: cap-new\nannounced: 2026-06-01\nsunset: 2027-03-01\nstatus: migrating\nconsumers:\n  - service: svc-old\n    status: pending\n")], at: ("deprecations/dep-old.yaml", 3, 14),
               passes: &[("capabilities/cap-old.yaml", CAP_OLD), ("services/svc-old.yaml", SVC_OLD), ("deprecations/dep-old.yaml", "id: dep-old\ncapability: cap-old\nreplacement: cap-beta\nannounced: 2026-06-01\nsunset: 2027-03-01\nstatus: migrating\nconsumers:\n  - service: svc-old\n    status: pending\n")] },
        Case { rule: "consumer-drift", breaks: &[("capabilities/cap-old.yaml", CAP_OLD), ("services/svc-old.yaml", SVC_OLD), ("deprecations/dep-old.yaml", "id: dep-old\ncapability: cap-old\nannounced: 2026-06-01\nsunset: 2027-03-01\nstatus: migrating\nconsumers:\n  - service: svc-old\n    status: migrated\n")], at: ("deprecations/dep-old.yaml", 8, 13),
               passes: &[("deprecations/dep-v2.yaml", "id: dep-v2\ncapability: cap-ga\ninterface: v1\nannounced: 2026-06-01\nsunset: 2027-03-01\nstatus: announced\n")] },
        Case { rule: "exempt-without-exception", breaks: &[("capabilities/cap-old.yaml", CAP_OLD), ("services/svc-old.yaml", SVC_OLD), ("deprecations/dep-old.yaml", "id: dep-old\ncapability: cap-old\nannounced: 2026-06-01\nsunset: 2027-03-01\nstatus: migrating\nconsumers:\n  - service: svc-old\n    status: exempt\n")], at: ("deprecations/dep-old.yaml", 8, 13),
               passes: &[("capabilities/cap-old.yaml", CAP_OLD), ("services/svc-old.yaml", SVC_OLD), ("exceptions/EXC-CCCCCC.yaml", "id: EXC-CCCCCC\ntitle: W\nstandard: cap-old\nteam: team-b\nservice: svc-old\nreason: R\nrisk: low\nrequested: 2026-09-20\nstatus: approved\napproved_by: Sec\ngranted: 2026-10-01\nexpires: 2027-02-01\n"), ("deprecations/dep-old.yaml", "id: dep-old\ncapability: cap-old\nannounced: 2026-06-01\nsunset: 2027-03-01\nstatus: migrating\nconsumers:\n  - service: svc-old\n    status: exempt\n    exception: EXC-CCCCCC\n")] },
        Case { rule: "sunset-approaching", breaks: &[("capabilities/cap-old.yaml", CAP_OLD), ("services/svc-old.yaml", SVC_OLD), ("deprecations/dep-old.yaml", "id: dep-old\ncapability: cap-old\nannounced: 2026-06-01\nsunset: 2026-12-27\nstatus: migrating\nconsumers:\n  - service: svc-old\n    status: pending\n")], at: ("deprecations/dep-old.yaml", 4, 9),
               passes: &[("capabilities/cap-old.yaml", CAP_OLD), ("services/svc-old.yaml", SVC_OLD), ("deprecations/dep-old.yaml", "id: dep-old\ncapability: cap-old\nannounced: 2026-06-01\nsunset: 2026-12-28\nstatus: migrating\nconsumers:\n  - service: svc-old\n    status: pending\n")] },
        Case { rule: "deprecation-lifecycle-mismatch", breaks: &[("deprecations/dep-beta.yaml", "id: dep-beta\ncapability: cap-beta\nannounced: 2026-06-01\nsunset: 2027-03-01\nstatus: announced\n")], at: ("deprecations/dep-beta.yaml", 2, 13),
               passes: &[("deprecations/dep-beta.yaml", "id: dep-beta\ncapability: cap-beta\nannounced: 2026-06-01\nsunset: 2027-03-01\nstatus: cancelled\n")] },
        Case { rule: "exception-expired", breaks: &[("exceptions/EXC-AAAAAA.yaml", "id: EXC-AAAAAA\ntitle: Waiver\nstandard: cap-ga\nteam: team-b\nreason: Because\nrisk: low\nrequested: 2026-09-20\nstatus: approved\napproved_by: Sec\ngranted: 2026-10-01\nexpires: 2026-11-26\n")], at: ("exceptions/EXC-AAAAAA.yaml", 11, 10),
               passes: &[("exceptions/EXC-AAAAAA.yaml", "id: EXC-AAAAAA\ntitle: Waiver\nstandard: cap-ga\nteam: team-b\nreason: Because\nrisk: low\nrequested: 2026-09-20\nstatus: revoked\napproved_by: Sec\ngranted: 2026-10-01\nexpires: 2026-11-26\n")] },
        Case { rule: "exception-expiring", breaks: &[("exceptions/EXC-AAAAAA.yaml", "id: EXC-AAAAAA\ntitle: Waiver\nstandard: cap-ga\nteam: team-b\nreason: Because\nrisk: low\nrequested: 2026-09-20\nstatus: approved\napproved_by: Sec\ngranted: 2026-10-01\nexpires: 2026-12-11\n")], at: ("exceptions/EXC-AAAAAA.yaml", 11, 10),
               passes: &[("exceptions/EXC-AAAAAA.yaml", "id: EXC-AAAAAA\ntitle: Waiver\nstandard: cap-ga\nteam: team-b\nreason: Because\nrisk: low\nrequested: 2026-09-20\nstatus: approved\napproved_by: Sec\ngranted: 2026-10-01\nexpires: 2026-12-12\n")] },
        Case { rule: "exception-too-long", breaks: &[("exceptions/EXC-AAAAAA.yaml", "id: EXC-AAAAAA\ntitle: Waiver\nstandard: cap-ga\nteam: team-b\nreason: Because\nrisk: low\nrequested: 2026-09-20\nstatus: approved\napproved_by: Sec\ngranted: 2026-10-01\nexpires: 2027-03-31\n")], at: ("exceptions/EXC-AAAAAA.yaml", 11, 10),
               passes: &[("exceptions/EXC-AAAAAA.yaml", "id: EXC-AAAAAA\ntitle: Waiver\nstandard: cap-ga\nteam: team-b\nreason: Because\nrisk: low\nrequested: 2026-09-20\nstatus: approved\napproved_by: Sec\ngranted: 2026-10-01\nexpires: 2027-03-30\n")] },
        Case { rule: "exception-fields", breaks: &[("exceptions/EXC-AAAAAA.yaml", "id: EXC-AAAAAA\ntitle: Waiver\nstandard: cap-ga\nteam: team-b\nreason: Because\nrisk: low\nrequested: 2026-09-20\nstatus: approved\ngranted: 2026-10-01\nexpires: 2027-02-01\n")], at: ("exceptions/EXC-AAAAAA.yaml", 1, 1),
               passes: &[("exceptions/EXC-AAAAAA.yaml", "id: EXC-AAAAAA\ntitle: Waiver\nstandard: cap-ga\nteam: team-b\nreason: Because\nrisk: low\nrequested: 2026-09-20\nstatus: requested\nexpires: 2027-02-01\n")] },
        Case { rule: "roadmap-dependency-order", breaks: &[("roadmap/2026-Q3.yaml", "quarter: 2026-Q3\nitems:\n  - id: item-early\n    title: E\n    owner: team-a\n    status: in-progress\n    outcome: O\n    depends_on: [item-b]\n")], at: ("roadmap/2026-Q3.yaml", 8, 18),
               passes: &[("roadmap/2027-Q1.yaml", "quarter: 2027-Q1\nitems:\n  - id: item-late\n    title: L\n    owner: team-a\n    status: planned\n    outcome: O\n    depends_on: [item-b]\n")] },
        Case { rule: "roadmap-item-without-outcome", breaks: &[("roadmap/2027-Q1.yaml", "quarter: 2027-Q1\nitems:\n  - id: item-c\n    title: C\n    owner: team-a\n    status: planned\n")], at: ("roadmap/2027-Q1.yaml", 3, 5),
               passes: &[("roadmap/2027-Q1.yaml", "quarter: 2027-Q1\nitems:\n  - id: item-c\n    title: C\n    owner: team-a\n    commitment: stretch\n    status: planned\n")] },
        Case { rule: "roadmap-delivered-date", breaks: &[("roadmap/2027-Q1.yaml", "quarter: 2027-Q1\nitems:\n  - id: item-c\n    title: C\n    owner: team-a\n    status: delivered\n    outcome: O\n    delivered: 2026-11-28\n")], at: ("roadmap/2027-Q1.yaml", 8, 16),
               passes: &[("roadmap/2026-Q3.yaml", "quarter: 2026-Q3\nitems:\n  - id: item-c\n    title: Late but fine\n    owner: team-a\n    status: delivered\n    outcome: O\n    delivered: 2026-11-27\n")] },
        Case { rule: "intake-stale", breaks: &[("intake/INT-AAAAAA.yaml", "id: INT-AAAAAA\ntitle: Need a thing\nrequester:\n  team: team-b\ncreated: 2026-11-16\ntype: capability\nproblem: We lack it\nstatus: new\n")], at: ("intake/INT-AAAAAA.yaml", 8, 9),
               passes: &[("intake/INT-AAAAAA.yaml", "id: INT-AAAAAA\ntitle: Need a thing\nrequester:\n  team: team-b\ncreated: 2026-11-17\ntype: capability\nproblem: We lack it\nstatus: new\n")] },
        Case { rule: "intake-fields", breaks: &[("intake/INT-AAAAAA.yaml", "id: INT-AAAAAA\ntitle: Need a thing\nrequester:\n  team: team-b\ncreated: 2026-11-16\nproblem: We lack it\nstatus: triaged\nroute: backlog\ntriaged: 2026-11-15\n")], at: ("intake/INT-AAAAAA.yaml", 9, 10),
               passes: &[("intake/INT-AAAAAA.yaml", "id: INT-AAAAAA\ntitle: Need a thing\nrequester:\n  team: team-b\ncreated: 2026-11-16\nproblem: We lack it\nstatus: done\nroute: docs\ntriaged: 2026-11-16\nresolved: 2026-11-16\n")] },
        Case { rule: "metric-duplicate-point", breaks: &[("metrics/slo2.yaml", "kpi: slo-attainment\npoints:\n  - period: 2026-Q3\n    value: 99\n")], at: ("metrics/slo2.yaml", 3, 13),
               passes: &[("metrics/slo2.yaml", "kpi: slo-attainment\ncapability: cap-ga\npoints:\n  - period: 2026-Q3\n    value: 99\n")] },
        Case { rule: "survey-score-range", breaks: &[("surveys/csat.yaml", "id: csat\nkind: csat\nperiod: 2026-Q3\nresponses: [5, 0, 3]\n")], at: ("surveys/csat.yaml", 4, 16),
               passes: &[("surveys/csat.yaml", "id: csat\nkind: csat\nperiod: 2026-Q3\nresponses: [5, 1, 3]\n")] },
        Case { rule: "unused-suppression", breaks: &[("teams/team-c.yaml", "id: team-c\nname: C  # platctl: allow(schema) nothing to silence here\n")], at: ("teams/team-c.yaml", 2, 10),
               passes: &[("teams/team-c.yaml", "id: team-c\nname: C\n# platctl: allow(schema) legacy field kept for the importer\nlegacy: true\n")] },
        Case { rule: "scorecard-expr-invalid", breaks: lk(vec![("scorecards/sc.yaml", sc("    expr: \"entity.tier = 1\"\n"))]), at: ("scorecards/sc.yaml", 9, 24),
               passes: lk(vec![("scorecards/sc.yaml", sc("    expr: \"entity.tier == 1 || uses.exists(u, u == 'cap-ga')\"\n"))]) },
        Case { rule: "scorecard-rule-error", breaks: lk(vec![("scorecards/sc.yaml", sc("    expr: \"entity.runbook == 'x'\"\n"))]), at: ("scorecards/sc.yaml", 9, 11),
               passes: lk(vec![("scorecards/sc.yaml", sc("    expr: \"has(entity.runbook) && entity.runbook == 'x'\"\n"))]) },
        Case { rule: "scorecard-level-unknown", breaks: lk(vec![("scorecards/sc.yaml", "id: sc\nname: S\nowner: team-a\napplies_to: service\nlevels: [bronze]\nrules:\n  - id: r1\n    level: silver\n    expr: \"true\"\n")]), at: ("scorecards/sc.yaml", 8, 12),
               passes: lk(vec![("scorecards/sc.yaml", "id: sc\nname: S\nowner: team-a\napplies_to: service\nlevels: [bronze, silver]\nrules:\n  - id: r1\n    level: silver\n    expr: \"true\"\n")]) },
        Case { rule: "scorecard-rule-duplicate", breaks: lk(vec![("scorecards/sc.yaml", sc("    expr: \"true\"\n  - id: r1\n    level: bronze\n    expr: \"false\"\n"))]), at: ("scorecards/sc.yaml", 10, 9),
               passes: lk(vec![("scorecards/sc.yaml", sc("    expr: \"true\"\n  - id: r2\n    level: bronze\n    expr: \"false\"\n"))]) },
        Case { rule: "unknown-scorecard-rule", breaks: lk(vec![("scorecards/sc.yaml", sc("    expr: \"true\"\n")), ("campaigns/c.yaml", "id: c\nname: C\nowner: team-a\nscorecard: sc\nrules: [r2]\nstart: 2026-11-01\ndue: 2027-01-31\n")]), at: ("campaigns/c.yaml", 5, 9),
               passes: lk(vec![("scorecards/sc.yaml", sc("    expr: \"true\"\n")), ("campaigns/c.yaml", "id: c\nname: C\nowner: team-a\nscorecard: sc\nrules: [r1]\nstart: 2026-11-01\ndue: 2027-01-31\n")]) },
        Case { rule: "campaign-overdue", breaks: lk(vec![("scorecards/sc.yaml", sc("    expr: \"entity.tier == 1\"\n")), ("campaigns/c.yaml", Box::leak(format!("{CAMP}rules: [r1]\ndue: 2026-11-20\nstatus: active\n").into_boxed_str()))]), at: ("campaigns/c.yaml", 7, 6),
               passes: lk(vec![("scorecards/sc.yaml", sc("    expr: \"entity.tier == 1\"\n")), ("campaigns/c.yaml", Box::leak(format!("{CAMP}rules: [r1]\ndue: 2026-11-20\nstatus: done\n").into_boxed_str()))]) },
    ]
}

#[test]
fn the_base_fixture_is_clean() {
    let dir = catalog(&[]);
    assert_eq!(findings(dir.path()), vec![]);
}

#[test]
fn every_rule_fires_on_its_fixture_only_there() {
    let mut failures = Vec::new();
    for c in cases() {
        let dir = catalog(c.breaks);
        let got = findings(dir.path());
        let want = vec![(c.rule.to_string(), c.at.0.to_string(), c.at.1, c.at.2)];
        if got != want {
            failures.push(format!(
                "{}: breaking fixture gave {got:?}, want {want:?}",
                c.rule
            ));
        }
        let dir = catalog(c.passes);
        let got = findings(dir.path());
        if !got.is_empty() {
            failures.push(format!("{}: passing fixture gave {got:?}", c.rule));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_registered_rule_has_a_case() {
    let mut covered: Vec<&str> = cases().iter().map(|c| c.rule).collect();
    // Compares two git revisions (`lint --changed-since`): its fixture is a
    // repository of two commits, in tests/scorecards.rs.
    covered.push("scorecard-level-regressed");
    for r in platctl::lint::registry::RULES {
        assert!(
            covered.contains(&r.id.as_str()),
            "no fixture for rule {}",
            r.id
        );
    }
}

/// The message of every rule's breaking fixture, word for word: each says
/// what is wrong with which value, so a person can act on it.
#[test]
fn every_rule_says_what_is_wrong() {
    let mut failures = Vec::new();
    for c in cases() {
        let want = message_of(c.rule);
        let dir = catalog(c.breaks);
        let got = messages(dir.path());
        if got.len() != 1 || got[0].0 != want || got[0].0.trim().is_empty() {
            failures.push(format!("{}: got {got:?}, want {want:?}", c.rule));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

fn messages(dir: &std::path::Path) -> Vec<(String, Option<String>)> {
    let out = platctl()
        .arg("-C")
        .arg(dir)
        .args(["lint", "--format", "json"])
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    v["diagnostics"]
        .as_array()
        .expect("list")
        .iter()
        .map(|d| {
            (
                d["message"].as_str().unwrap_or_default().to_string(),
                d["help"].as_str().map(str::to_string),
            )
        })
        .collect()
}

fn message_of(rule: &str) -> &'static str {
    match rule {
        "yaml-syntax" => "duplicate key `name`: this mapping already has a key with that value",
        "schema" => "unknown field `tpye` in a team",
        "duplicate-id" => "team id `team-c` is already declared at teams/team-c.yaml:1:5",
        "id-filename-mismatch" => "file `teams/team-c.yaml` holds team `team-d`",
        "unreadable-file" => "file holds a NUL byte: it is binary, not YAML",
        "unknown-directory" => "directory `capabilites/` holds YAML files but is not a kind of the catalog; they are not checked",
        "empty-file" => "file holds no team: it is empty or only comments",
        "null-from-comment" => "`contact` is empty: the unquoted `#` makes `#help` a comment, not its value",
        "unchecked-references" => "1 reference to teams not checked: teams/team-c.yaml does not parse",
        "unknown-team" => "team `team-x` is not a known team",
        "unknown-service" => "service `svc-x` is not a known service",
        "unknown-capability" => "uses `cap-gaa` is not a known capability",
        "unknown-roadmap-item" => "roadmap_item `item-z` is not a known roadmap item",
        "unknown-intake" => "duplicate_of `INT-ZZZZZZ` is not a known intake request",
        "unknown-exception" => "exception `EXC-ZZZZZZ` is not a known exception",
        "unknown-theme" => "theme `t1` is not a theme of 2027-Q1",
        "unknown-kpi" => "KPI `slo-attainmnt` is not a known KPI",
        "dependency-cycle" => "capability dependency cycle: cap-beta → cap-ga → cap-beta",
        "ga-not-ready" => "ga capability `cap-ga` has no `docs`",
        "depends-on-retiring" => "`cap-x` depends on `cap-old`, which is deprecated",
        "deprecated-without-plan" => "`cap-old` is deprecated but no deprecation plans its sunset",
        "retired-in-use" => "active service `svc-c` uses retired capability `cap-gone`",
        "sunset-notice-too-short" => "sunset gives 89 days of notice; the policy asks for at least 90 days",
        "sunset-passed" => "sunset was 1 day ago and 1 consumer(s) have not migrated",
        "replacement-not-ready" => "replacement `cap-new` is experimental, not ga or beta",
        "consumer-drift" => "`svc-old` is marked migrated but still uses `cap-old`",
        "exempt-without-exception" => "`svc-old` is exempt without an exception",
        "sunset-approaching" => "sunset is in 30 days and 1 consumer(s) have not migrated",
        "deprecation-lifecycle-mismatch" => "`cap-beta` is being deprecated but its lifecycle is still beta",
        "exception-expired" => "exception `EXC-AAAAAA` expired 1 day ago",
        "exception-expiring" => "exception `EXC-AAAAAA` expires in 14 days (2026-12-11)",
        "exception-too-long" => "exception runs 181 days from grant to expiry; the policy allows at most 180 days",
        "exception-fields" => "approved exception `EXC-AAAAAA` does not say who approved it (`approved_by`)",
        "roadmap-dependency-order" => "`item-early` (2026-Q3) depends on `item-b`, planned for the later 2026-Q4",
        "roadmap-item-without-outcome" => "committed item `item-c` has neither `outcome` nor `kpi`",
        "roadmap-delivered-date" => "`delivered` 2026-11-28 is in the future",
        "intake-stale" => "request `INT-AAAAAA` is still new 11 days after it was filed",
        "intake-fields" => "triaged 2026-11-15 is before created 2026-11-16",
        "metric-duplicate-point" => "`slo-attainment` already has a value for 2026-Q3 at metrics/slo.yaml:3",
        "survey-score-range" => "score 0 is outside the csat scale 1..5",
        "unused-suppression" => "suppression of `schema` silences nothing",
        "team-parent-cycle" => "team parent cycle: team-a → team-b → team-a",
        "scorecard-expr-invalid" => "`expr` of rule `r1` is not valid CEL at line 1, column 13 of the expression: Syntax error: token recognition error at: '= '",
        "scorecard-rule-error" => "rule `r1` cannot be evaluated for 2 entities of 2, first `svc-a`: no such key `runbook` (check it with has())",
        "scorecard-level-unknown" => "rule `r1` is at level `silver`, which is not one of the levels (bronze)",
        "scorecard-rule-duplicate" => "rule id `r1` is used twice in scorecard `sc` (first on line 7)",
        "unknown-scorecard-rule" => "campaign `c` pushes `r2`: scorecard `sc` has no rule `r2` (did you mean `r1`?)",
        "campaign-overdue" => "campaign `c` was due 2026-11-20 and is 50.0% done: 1 of 2 entities left",
        _ => "",
    }
}
