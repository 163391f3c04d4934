//! The questions of `intake new` and `intake triage`, answered through a
//! pseudo-terminal as a person would type them.
#![cfg(unix)]

use crate::common::{answer, files_under, TestEnv};

#[test]
fn new_asks_one_question_at_a_time_previews_and_writes() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    let mut p = env.pty(120, &["intake", "new"]);
    answer(&mut p, "Title:", "Hosted Postgres for reporting");
    // A team that does not exist is refused as typed, with the closest one suggested.
    answer(&mut p, "Requesting team:", "team-serch");
    p.exp_string("did you mean `team-search`?")
        .expect("suggestion");
    p.send(&"\x7f".repeat("team-serch".len())).expect("erase");
    p.send("team-search\r").expect("retype");
    p.flush().expect("flush");
    answer(&mut p, "Contact (optional):", "#search");
    // A choice list: typing filters it, Enter takes the highlighted one.
    answer(&mut p, "Type:", "capab");
    answer(
        &mut p,
        "Problem (not the solution):",
        "We run our own Postgres on VMs.",
    );
    answer(
        &mut p,
        "? ...",
        "Patching the database takes days every month.",
    );
    answer(&mut p, "? ...", "");
    answer(&mut p, "Outcome (optional):", "");
    answer(&mut p, "Urgency:", "");
    // Validation as you type: 0 teams is refused, 3 is fine.
    answer(&mut p, "Reach (teams affected):", "0");
    p.exp_string("at least 1").expect("reach refused");
    p.send("\x7f3\r").expect("retype");
    p.flush().expect("flush");
    answer(&mut p, "Impact:", "");
    answer(&mut p, "Confidence:", "0.8");
    answer(&mut p, "Effort in person-weeks (optional):", "2");
    answer(&mut p, "Related capability (optional):", "managed-postgres");
    // Duplicate candidates, then the question whether to go on.
    p.exp_string("possible duplicates").expect("candidates");
    p.exp_string("INT-J6H68M").expect("the similar request");
    answer(&mut p, "File this request anyway?", "y");
    // The preview, then the confirmation.
    p.exp_string("status: new").expect("preview");
    answer(&mut p, "Write intake/INT-", "y");
    let rest = p.exp_eof().expect("exit");
    assert!(rest.contains("filed INT-"), "{rest}");

    let files: Vec<String> = files_under(&root.join("intake"))
        .into_iter()
        .filter(|f| !f.starts_with("2026/") && f != "INT-HSJ3Y3.yaml" && f != "INT-J6H68M.yaml")
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let text = std::fs::read_to_string(root.join("intake").join(&files[0])).expect("read");
    let id = files[0].trim_end_matches(".yaml");
    assert_eq!(
        text,
        format!(
            "id: {id}\ntitle: Hosted Postgres for reporting\nrequester:\n  team: team-search\n  contact: \"#search\"\ncreated: 2026-11-27\n\
type: capability\nproblem: |\n  We run our own Postgres on VMs.\n  Patching the database takes days every month.\nurgency: medium\nreach: 3\n\
impact: 1\nconfidence: 0.8\neffort: 2\ncapability: managed-postgres\nstatus: new\n"
        )
    );
}

#[test]
fn new_can_be_abandoned_at_the_preview() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    let mut p = env.pty(
        120,
        &[
            "intake",
            "new",
            "--title",
            "Budget view",
            "--team",
            "team-analytics",
            "--problem",
            "Finance asks every quarter.",
        ],
    );
    // Flags answer their questions; only the others are asked.
    answer(&mut p, "Contact (optional):", "");
    answer(&mut p, "Type:", "");
    answer(&mut p, "Outcome (optional):", "");
    answer(&mut p, "Urgency:", "");
    answer(&mut p, "Reach (teams affected):", "");
    answer(&mut p, "Impact:", "");
    answer(&mut p, "Confidence:", "");
    answer(&mut p, "Effort in person-weeks (optional):", "");
    answer(&mut p, "Related capability (optional):", "");
    answer(&mut p, "Write intake/INT-", "n");
    let rest = p.exp_eof().expect("exit");
    assert!(rest.contains("nothing was written"), "{rest}");
    assert_eq!(files_under(&root.join("intake")).len(), 3);
}

#[test]
fn triage_suggests_a_route_with_its_reason_and_asks() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    let mut p = env.pty(120, &["intake", "triage", "INT-4KX2T6"]);
    p.exp_string("suggested route: docs").expect("suggestion");
    p.exp_string("asks for documentation").expect("reason");
    answer(&mut p, "Route:", "");
    p.exp_eof().expect("exit");
    let t = std::fs::read_to_string(root.join("intake/2026/INT-4KX2T6.yaml")).expect("read");
    assert!(t.contains("status: triaged       # untouched so far\nroute: docs\ntriaged: 2026-11-27\n# end of file\n"), "{t}");
}
