//! The weekly changes from the CLI on a copy of the demo catalog: roadmap
//! items, capabilities, teams and services — dry runs, kept comments,
//! refusals, commits, and one flow answered through a pseudo-terminal.

use crate::common::{answer, TestEnv, TODAY};

#[test]
fn roadmap_item_status_moves_keep_comments() {
    let env = TestEnv::copy("catalog", "");
    let before = env.read("roadmap/2026-Q4.yaml");
    assert!(before.contains(
        "    status: at-risk               # two consumers still pending; see deprecations/\n"
    ));
    // Dry run: the whole new file on stdout, nothing written.
    let (code, out, err) = env.run(&[
        "roadmap",
        "item",
        "deliver",
        "legacy-auth-shutdown",
        "--on",
        "2026-11-26",
        "--dry-run",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("    status: delivered               # two consumers still pending; see deprecations/\n"), "{out}");
    assert!(
        out.contains(
            "    outcome: Legacy auth switched off on 2026-12-15\n    delivered: 2026-11-26\n"
        ),
        "{out}"
    );
    assert!(
        err.contains("roadmap/2026-Q4.yaml is valid (dry run: nothing was written)"),
        "{err}"
    );
    assert_eq!(env.read("roadmap/2026-Q4.yaml"), before);
    // For real: only the status line changes; the comment stays.
    let (code, out, _) = env.run(&[
        "roadmap",
        "item",
        "set-status",
        "legacy-auth-shutdown",
        "in-progress",
    ]);
    assert_eq!(code, 0);
    assert_eq!(out, "legacy-auth-shutdown roadmap/2026-Q4.yaml\n");
    let after = env.read("roadmap/2026-Q4.yaml");
    assert_eq!(
        after,
        before.replace(
            "    status: at-risk               # two consumers",
            "    status: in-progress               # two consumers"
        )
    );
    // Slip: status and slipped_to; not to an earlier quarter.
    let (code, _, err) = env.run(&["roadmap", "item", "slip", "pci-cluster", "--to", "2026-Q3"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("can only slip to a later quarter, not 2026-Q3"),
        "{err}"
    );
    let (code, _, _) = env.run(&["roadmap", "item", "slip", "pci-cluster", "--to", "2027-Q1"]);
    assert_eq!(code, 0);
    assert!(env.read("roadmap/2026-Q4.yaml").contains("    status: slipped\n    effort: 8\n    intake: [INT-G66M2J]\n    outcome: Payments ledger off hand-patched VMs\n    slipped_to: 2027-Q1\n"));
    // An unknown item: "did you mean".
    let (code, _, err) = env.run(&["roadmap", "item", "deliver", "pci-clustr"]);
    assert_eq!(code, 2);
    assert!(err.contains("did you mean `pci-cluster`"), "{err}");
}

#[test]
fn roadmap_item_new_appends_or_makes_the_quarter() {
    let env = TestEnv::copy("catalog", "");
    let (code, out, err) = env.run(&[
        "roadmap",
        "item",
        "new",
        "--yes",
        "--title",
        "Managed Postgres read replicas",
        "--owner",
        "team-data-platform",
        "--capability",
        "managed-postgres",
        "--theme",
        "reliability",
        "--effort",
        "4",
        "--outcome",
        "Reads scale out",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "managed-postgres-read-replicas roadmap/2026-Q4.yaml\n");
    assert!(env.read("roadmap/2026-Q4.yaml").ends_with(
        "    delivered: 2026-10-30\n  - id: managed-postgres-read-replicas\n    title: Managed Postgres read replicas\n    theme: reliability\n    owner: team-data-platform\n    capability: managed-postgres\n    status: planned\n    effort: 4\n    outcome: Reads scale out\n"
    ));
    // A quarter without a file gets one.
    let (code, out, _) = env.run(&[
        "roadmap",
        "item",
        "new",
        "--yes",
        "--quarter",
        "2027-Q3",
        "--title",
        "Docs: search",
        "--owner",
        "team-devex",
        "--commitment",
        "stretch",
    ]);
    assert_eq!(code, 0);
    assert_eq!(out, "docs-search roadmap/2027-Q3.yaml\n");
    assert!(env.read("roadmap/2027-Q3.yaml").ends_with(
        "quarter: 2027-Q3\nitems:\n  - id: docs-search\n    title: \"Docs: search\"\n    owner: team-devex\n    commitment: stretch\n    status: planned\n"
    ));
    // Refusals: flags missing (all named), an unknown team, an item lint rejects.
    let (code, _, err) = env.run(&["roadmap", "item", "new", "--yes"]);
    assert_eq!(code, 2);
    assert!(err.contains("missing --title, --owner"), "{err}");
    let (code, _, err) = env.run(&[
        "roadmap",
        "item",
        "new",
        "--yes",
        "--title",
        "X",
        "--owner",
        "team-secrity",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("did you mean `team-security`?"), "{err}");
    let before = env.read("roadmap/2026-Q4.yaml");
    let (code, _, err) = env.run(&[
        "roadmap",
        "item",
        "new",
        "--yes",
        "--title",
        "X",
        "--owner",
        "team-devex",
        "--kpi",
        "no-such-kpi",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("would not pass lint, so nothing was written"),
        "{err}"
    );
    assert!(
        err.contains("error[unknown-kpi]: KPI `no-such-kpi` is not a known KPI"),
        "{err}"
    );
    assert_eq!(env.read("roadmap/2026-Q4.yaml"), before);
}

#[test]
fn capability_new_set_lifecycle_and_edit() {
    let env = TestEnv::copy("catalog", "");
    let (code, out, _) = env.run(&[
        "capability",
        "new",
        "--yes",
        "--name",
        "Object storage",
        "--summary",
        "S3-compatible buckets",
        "--owner",
        "team-runtime",
        "--category",
        "runtime",
    ]);
    assert_eq!(code, 0);
    assert_eq!(out, "object-storage capabilities/object-storage.yaml\n");
    assert_eq!(
        env.read("capabilities/object-storage.yaml"),
        "# yaml-language-server: $schema=../schemas/capabilities.schema.json\nid: object-storage\nname: Object storage\nsummary: S3-compatible buckets\nowner: team-runtime\nlifecycle: proposed\ncategory: runtime\n"
    );
    // ga needs the readiness checklist: refused, with lint's finding.
    let (code, _, err) = env.run(&["capability", "set-lifecycle", "cost-insights", "ga"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("error[ga-not-ready]: ga capability `cost-insights` has no `runbook`"),
        "{err}"
    );
    // managed-postgres has it all: beta -> ga, the eligible comment kept.
    let before = env.read("capabilities/managed-postgres.yaml");
    let (code, _, err) = env.run(&["capability", "set-lifecycle", "managed-postgres", "ga"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("managed-postgres is now ga"), "{err}");
    assert_eq!(
        env.read("capabilities/managed-postgres.yaml"),
        before.replace("lifecycle: beta\n", "lifecycle: ga\n")
    );
    assert!(before.contains("# beta cohort"));
    let (code, _, err) = env.run(&["capability", "set-lifecycle", "legacy-auth", "deprecated"]);
    assert_eq!(code, 2, "already deprecated");
    assert!(err.contains("legacy-auth is already deprecated"), "{err}");
    // edit: several fields at once, an empty value removes one.
    let (code, out, _) = env.run(&[
        "capability",
        "edit",
        "feature-flags",
        "--security-review",
        "2026-11-20",
        "--docs",
        "",
        "--dry-run",
    ]);
    assert_eq!(code, 0);
    assert!(
        out.contains(
            "  tiers: [1, 2]                  # tier 3 may use it, but we don't chase them\n"
        ),
        "{out}"
    );
    assert!(out.contains("security_review: 2026-11-20\n"), "{out}");
    assert!(!out.contains("docs:"), "{out}");
    let (code, _, err) = env.run(&["capability", "edit", "feature-flags"]);
    assert_eq!(code, 2);
    assert!(err.contains("nothing to change"), "{err}");
}

#[test]
fn team_and_service_new_and_adopt_with_commit() {
    let env = TestEnv::copy("catalog", "");
    let root = env.root();
    env.commit_all("2026-11-01T10:00:00Z", "Test", "test@example.com");
    let (code, out, err) = env.run(&[
        "team",
        "new",
        "--yes",
        "--name",
        "Billing",
        "--type",
        "product",
        "--contact",
        "#billing",
        "--commit",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "team-billing teams/team-billing.yaml\n");
    assert!(err.contains(", committed "), "{err}");
    assert_eq!(
        env.git_raw(TODAY, &["log", "-1", "--format=%s", "--name-only"]),
        "team: team-billing Billing\n\nteams/team-billing.yaml\n"
    );
    let (code, out, err) = env.run(&[
        "service",
        "new",
        "--yes",
        "--name",
        "Invoice API",
        "--team",
        "team-billing",
        "--tier",
        "1",
        "--description",
        "Issues invoices",
        "--system",
        "billing",
        "--oncall",
        "pagerduty:billing",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "invoice-api services/invoice-api.yaml\n");
    assert!(env.read("services/invoice-api.yaml").ends_with(
        "id: invoice-api\nname: Invoice API\nteam: team-billing\ntier: 1\ncreated: 2026-11-27\ndescription: Issues invoices\nsystem: billing\noncall: pagerduty:billing\n"
    ));
    // A link that is not http(s) is refused by validation, nothing written.
    let (code, _, err) = env.run(&[
        "service",
        "new",
        "--yes",
        "--name",
        "Bad link",
        "--team",
        "team-billing",
        "--repo",
        "javascript:alert(1)",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("`repo` is not an http, https or mailto URL"),
        "{err}"
    );
    assert!(!root.join("services/bad-link.yaml").exists());
    // adopt: a block list is started, then grows; since defaults to today.
    let (code, _, _) = env.run(&["service", "adopt", "invoice-api", "k8s-runtime"]);
    assert_eq!(code, 0);
    let (code, _, _) = env.run(&[
        "service",
        "adopt",
        "invoice-api",
        "observability",
        "--version",
        "v2",
        "--since",
        "2026-11-20",
    ]);
    assert_eq!(code, 0);
    let svc = env.read("services/invoice-api.yaml");
    assert!(svc.ends_with(
        "created: 2026-11-27\nuses:\n  - capability: k8s-runtime\n    since: 2026-11-27\n  - capability: observability\n    since: 2026-11-20\n    version: v2\ndescription: Issues invoices\nsystem: billing\noncall: pagerduty:billing\n"
    ), "{svc}");
    // An existing service: its comment and list style are kept.
    let before = env.read("services/checkout-api.yaml");
    let (code, _, _) = env.run(&[
        "service",
        "adopt",
        "checkout-api",
        "preview-environments",
        "--since",
        "2026-11-20",
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        env.read("services/checkout-api.yaml"),
        before.replace(
            "    since: 2026-09-28\ndescription:",
            "    since: 2026-09-28\n  - capability: preview-environments\n    since: 2026-11-20\ndescription:"
        )
    );
    let (code, _, err) = env.run(&["service", "adopt", "checkout-api", "k8s-runtime"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("checkout-api already uses k8s-runtime"),
        "{err}"
    );
    let (code, _, err) = env.run(&["team", "new", "--yes", "--name", "Billing"]);
    assert_eq!(code, 2);
    assert!(err.contains("team `team-billing` exists already"), "{err}");
}

#[cfg(unix)]
#[test]
fn team_new_asks_on_a_terminal() {
    let env = TestEnv::copy("catalog", "");
    let mut p = env.pty(120, &["team", "new"]);
    let say = answer;
    say(&mut p, "Name:", "Billing Ops");
    say(&mut p, "Type:", "");
    say(&mut p, "Contact (optional):", "#billing-ops");
    say(&mut p, "Part of team (optional):", "team-platform");
    // The proposed id is taken by nobody: Enter keeps it.
    say(&mut p, "Id:", "");
    p.exp_string("id: team-billing-ops").expect("preview");
    say(&mut p, "Write teams/team-billing-ops.yaml?", "y");
    p.exp_eof().expect("ends");
    assert_eq!(
        env.read("teams/team-billing-ops.yaml"),
        "# yaml-language-server: $schema=../schemas/teams.schema.json\nid: team-billing-ops\nname: Billing Ops\ntype: other\ncontact: \"#billing-ops\"\nparent: team-platform\n"
    );
}

#[cfg(unix)]
#[test]
fn triage_on_a_terminal_offers_duplicate_of() {
    let env = TestEnv::copy("catalog", "");
    env.write("intake/INT-D0P001.yaml",
        "id: INT-D0P001\ntitle: Review changes in a live environment before merging\nrequester:\n  team: team-growth\ncreated: 2026-11-25\ntype: capability\nproblem: Reviewers approve UI changes from screenshots and regressions show up in staging.\ncapability: preview-environments\n",
    );
    let mut p = env.pty(120, &["intake", "triage", "INT-D0P001"]);
    p.exp_string("2 similar requests")
        .expect("candidates shown");
    p.exp_string("INT-5ZA541").expect("the original");
    // A likely duplicate: "duplicate of" is under the cursor; Enter takes it.
    p.exp_string("Duplicate of:").expect("question");
    p.exp_string("> duplicate of INT-5ZA541").expect("default");
    p.exp_string("to filter]").expect("list drawn");
    p.send("\r").expect("enter");
    p.flush().expect("flush");
    p.exp_string("Route:").expect("route");
    p.exp_string("to filter]").expect("list drawn");
    p.send("\r").expect("enter");
    p.flush().expect("flush");
    p.exp_eof().expect("ends");
    let text = env.read("intake/INT-D0P001.yaml");
    assert!(text.contains("status: duplicate\n"), "{text}");
    assert!(text.contains("duplicate_of: INT-5ZA541\n"), "{text}");
    assert!(text.contains("resolved: 2026-11-27\n"), "{text}");
}
