//! The questions of `deprecation new` and `exception new`, answered through a
//! pseudo-terminal as a person would type them.
#![cfg(unix)]

use crate::common::{answer, TestEnv};
use rexpect::session::PtySession;

/// The lifecycle fixture's "today": three days before a sunset across the new year.
const TODAY: &str = "2026-12-30";

/// After a refused answer: erases `typed` and types `again`, then Enter.
fn retype(p: &mut PtySession, refusal: &str, typed: &str, again: &str) {
    p.exp_string(refusal)
        .unwrap_or_else(|e| panic!("waiting for {refusal:?}: {e}"));
    p.send(&"\x7f".repeat(typed.chars().count()))
        .expect("erase");
    p.send(again).expect("retype");
    p.send("\r").expect("enter");
    p.flush().expect("flush");
}

#[test]
fn deprecation_new_asks_checks_previews_and_writes() {
    let env = TestEnv::fixture("lifecycle/catalog", "").today(TODAY);
    let mut p = env.pty(120, &["deprecation", "new"]);
    p.exp_string("New deprecation").expect("title");
    answer(&mut p, "Capability that goes away:", "auht");
    retype(&mut p, "did you mean `auth`?", "auht", "auth");
    // The capability's interface versions are offered.
    p.exp_string("Interface version (optional):")
        .expect("interface question");
    answer(&mut p, "(v1, v2)", "v1");
    answer(&mut p, "Replacement capability (optional):", "newauth");
    answer(&mut p, "Announced on:", "");
    // Too short a notice is refused as typed; Enter on an empty answer takes the default.
    answer(&mut p, "Sunset:", "2027-01-15");
    retype(&mut p, "asks for 90: 2027-03-30 or later", "2027-01-15", "");
    answer(
        &mut p,
        "Migration guide URL (optional):",
        "https://docs.example.com/auth-v2",
    );
    p.exp_string("2 services use it now: a1, b1")
        .expect("consumers");
    // The proposed id is taken: refused, another one typed.
    answer(&mut p, "Id:", "");
    retype(
        &mut p,
        "deprecation `auth-v1` exists already",
        "",
        "auth-v1-final",
    );
    p.exp_string("status: pending").expect("preview");
    answer(&mut p, "Write deprecations/auth-v1-final.yaml?", "y");
    let rest = p.exp_eof().expect("exit");
    assert!(rest.contains("2 consumers to move, all pending"), "{rest}");
    assert_eq!(
        env.read("deprecations/auth-v1-final.yaml"),
        "id: auth-v1-final\ncapability: auth\ninterface: v1\nreplacement: newauth\nannounced: 2026-12-30\nsunset: 2027-03-30\nstatus: announced\nmigration_guide: https://docs.example.com/auth-v2\nconsumers:\n  - service: a1\n    status: pending\n  - service: b1\n    status: pending\n"
    );
}

#[test]
fn deprecation_new_can_be_abandoned_at_the_preview() {
    let env = TestEnv::fixture("lifecycle/catalog", "").today(TODAY);
    let root = env.root();
    // Flags answer their questions; only the others are asked.
    let mut p = env.pty(
        120,
        &[
            "deprecation",
            "new",
            "--capability",
            "legacy",
            "--id",
            "legacy-2",
            "--sunset",
            "2027-06-30",
        ],
    );
    answer(&mut p, "Interface version (optional):", "");
    answer(&mut p, "Replacement capability (optional):", "");
    answer(&mut p, "Announced on:", "");
    answer(&mut p, "Migration guide URL (optional):", "");
    p.exp_string("0 services use it now: none")
        .expect("no consumers");
    p.exp_string("consumers: []").expect("preview");
    answer(&mut p, "Write deprecations/legacy-2.yaml?", "n");
    let rest = p.exp_eof().expect("exit");
    assert!(rest.contains("nothing was written"), "{rest}");
    assert!(!root.join("deprecations/legacy-2.yaml").exists());
}

#[test]
fn exception_new_asks_with_choices_and_the_expiry_policy() {
    let env = TestEnv::fixture("lifecycle/catalog", "").today(TODAY);
    let root = env.root();
    let mut p = env.pty(120, &["exception", "new", "--reason", "Vendor SDK pins v1"]);
    answer(&mut p, "Title:", "b1 keeps auth v1 until the SDK update");
    answer(&mut p, "Standard waived (a capability):", "auth");
    answer(&mut p, "Team:", "team-b");
    answer(&mut p, "Service (optional):", "b1");
    // A choice list: typing filters it, Enter takes the highlighted one.
    answer(&mut p, "Risk:", "hig");
    answer(
        &mut p,
        "Compensating controls (optional):",
        "Token rotated weekly",
    );
    answer(&mut p, "Expires:", "2027-12-31");
    retype(
        &mut p,
        "expire it on 2027-06-28 at the latest",
        "2027-12-31",
        "2027-03-31",
    );
    p.exp_string("status: requested").expect("preview");
    answer(&mut p, "Write exceptions/EXC-", "y");
    let rest = p.exp_eof().expect("exit");
    assert!(
        rest.contains("requested EXC-") && rest.contains("next: platctl exception approve"),
        "{rest}"
    );
    let mut files: Vec<String> = std::fs::read_dir(root.join("exceptions"))
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    files.retain(|f| {
        ![
            "EXC-AAAAAA.yaml",
            "EXC-BBBBBB.yaml",
            "EXC-CCCCCC.yaml",
            "EXC-DDDDDD.yaml",
            "EXC-EEEEEE.yaml",
        ]
        .contains(&f.as_str())
    });
    assert_eq!(files.len(), 1, "{files:?}");
    let id = files[0].trim_end_matches(".yaml");
    assert_eq!(
        env.read(&format!("exceptions/{}", files[0])),
        format!("id: {id}\ntitle: b1 keeps auth v1 until the SDK update\nstandard: auth\nteam: team-b\nservice: b1\nreason: Vendor SDK pins v1\nrisk: high\ncompensating_controls: Token rotated weekly\nrequested: 2026-12-30\nstatus: requested\nexpires: 2027-03-31\n")
    );
}
