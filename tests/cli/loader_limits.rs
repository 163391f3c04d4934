//! Hostile and broken files give findings, never a panic or a hang.

use crate::common::TestEnv;

fn rules_for(files: &[(&str, &str)]) -> Vec<(String, String, u64, u64)> {
    TestEnv::base(files).findings()
}

fn only(got: &[(String, String, u64, u64)], rule: &str, file: &str) {
    assert!(!got.is_empty(), "no finding, want {rule}");
    assert!(
        got.iter().all(|f| f.0 == rule && f.1 == file),
        "want only {rule} in {file}, got {got:?}"
    );
}

#[test]
fn tabs_duplicate_keys_and_non_mappings() {
    only(
        &rules_for(&[("teams/t.yaml", "id: t\nname:\n\tx: 1\n")]),
        "yaml-syntax",
        "teams/t.yaml",
    );
    only(
        &rules_for(&[("teams/t.yaml", "id: t\nid: u\n")]),
        "yaml-syntax",
        "teams/t.yaml",
    );
    only(
        &rules_for(&[("teams/t.yaml", "- id: t\n")]),
        "yaml-syntax",
        "teams/t.yaml",
    );
    only(
        &rules_for(&[("teams/t.yaml", "just a string\n")]),
        "yaml-syntax",
        "teams/t.yaml",
    );
    // An empty file is not a syntax error, but it declares nothing: a finding of its own.
    only(
        &rules_for(&[("teams/t.yaml", "")]),
        "empty-file",
        "teams/t.yaml",
    );
}

#[test]
fn alias_bombs_and_deep_nesting_are_refused_quickly() {
    let mut bomb = String::from("id: t\na: &a [x,x,x,x,x,x,x,x,x,x]\n");
    for i in 1..12u8 {
        let (p, c) = ((b'a' + i - 1) as char, (b'a' + i) as char);
        bomb.push_str(&format!(
            "{c}: &{c} [{}]\n",
            vec![format!("*{p}"); 10].join(",")
        ));
    }
    let start = std::time::Instant::now();
    only(
        &rules_for(&[("teams/t.yaml", &bomb)]),
        "yaml-syntax",
        "teams/t.yaml",
    );
    let deep = format!("id: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    only(
        &rules_for(&[("teams/t.yaml", &deep)]),
        "yaml-syntax",
        "teams/t.yaml",
    );
    let mut block = String::new();
    for i in 0..2000 {
        block.push_str(&" ".repeat(i));
        block.push_str("k:\n");
    }
    only(
        &rules_for(&[("teams/t.yaml", &block)]),
        "yaml-syntax",
        "teams/t.yaml",
    );
    assert!(
        start.elapsed().as_secs() < 60,
        "hostile files took {:?}",
        start.elapsed()
    );
}

#[test]
fn large_binary_and_invalid_utf8_files() {
    let dir = TestEnv::base(&[]);
    let big = format!("id: t\nname: \"{}\"\n", "x".repeat(5 * 1024 * 1024));
    std::fs::write(dir.root().join("teams/big.yaml"), big).expect("write");
    std::fs::write(
        dir.root().join("teams/bin.yaml"),
        [0xff, 0xfe, 0x00, 0x01, 0x80],
    )
    .expect("write");
    std::fs::write(
        dir.root().join("teams/latin1.yaml"),
        b"id: t\nname: caf\xe9\n",
    )
    .expect("write");
    let got = dir.findings();
    let want: Vec<(String, String, u64, u64)> = vec![
        ("unreadable-file".into(), "teams/big.yaml".into(), 1, 1),
        ("unreadable-file".into(), "teams/bin.yaml".into(), 1, 1),
        ("unreadable-file".into(), "teams/latin1.yaml".into(), 2, 10),
    ];
    assert_eq!(got, want);
    // The text report points at each refused file, and shows no excerpt of
    // text it does not hold (an empty "1 |" line looked broken).
    let (_, out, _) = dir.run(&["lint", "--color", "never"]);
    for file in ["teams/big.yaml", "teams/bin.yaml", "teams/latin1.yaml"] {
        assert!(out.contains(&format!("--> {file}:")), "{file}: {out}");
    }
    // An excerpt line is "N | text"; none is "N |" alone.
    let bare_excerpt = out.lines().any(|l| {
        l.split_once(" |").is_some_and(|(n, rest)| {
            let n = n.trim();
            !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) && rest.trim().is_empty()
        })
    });
    assert!(!bare_excerpt, "{out}");
}

#[test]
fn a_long_line_bom_and_crlf_are_fine() {
    let long = format!("id: t\nname: \"{}\"\n", "y".repeat(2 * 1024 * 1024));
    assert_eq!(rules_for(&[("teams/t.yaml", &long)]), vec![]);
    assert_eq!(
        rules_for(&[("teams/t.yaml", "\u{feff}id: t\r\nname: T\r\nbad: 1\r\n")]),
        vec![("schema".into(), "teams/t.yaml".into(), 3, 1)]
    );
}

#[cfg(unix)]
#[test]
fn symlinks_out_of_the_root_and_loops_are_refused() {
    let outside = tempfile::tempdir().expect("tempdir");
    std::fs::write(outside.path().join("secret.yaml"), "id: secret\nname: S\n").expect("write");
    let dir = TestEnv::base(&[]);
    std::os::unix::fs::symlink(
        outside.path().join("secret.yaml"),
        dir.root().join("teams/secret.yaml"),
    )
    .expect("symlink");
    std::os::unix::fs::symlink(
        dir.root().join("teams/loop.yaml"),
        dir.root().join("teams/loop.yaml"),
    )
    .expect("symlink");
    std::os::unix::fs::symlink(
        dir.root().join("teams/team-a.yaml"),
        dir.root().join("teams/team-a-link.yaml"),
    )
    .expect("symlink");
    std::os::unix::fs::symlink(outside.path(), dir.root().join("surveys-link")).expect("symlink");
    std::fs::remove_dir_all(dir.root().join("metrics")).expect("rm");
    std::os::unix::fs::symlink(outside.path(), dir.root().join("metrics")).expect("symlink");
    let got = dir.findings();
    let rules: Vec<(&str, &str)> = got.iter().map(|f| (f.0.as_str(), f.1.as_str())).collect();
    assert!(
        rules.contains(&("unreadable-file", "teams/secret.yaml")),
        "{got:?}"
    );
    assert!(
        rules.contains(&("unreadable-file", "teams/loop.yaml")),
        "{got:?}"
    );
    assert!(rules.contains(&("unreadable-file", "metrics")), "{got:?}");
    // A link inside the root is read like any file (and duplicates team-a).
    assert!(rules.iter().any(|r| r.0 == "duplicate-id"), "{got:?}");
}

/// A YAML name that cannot be read as a file (a FIFO, a link to a
/// directory or to a FIFO) is reported, never passed over in silence nor
/// waited on.
#[cfg(unix)]
#[test]
fn a_yaml_name_that_is_not_a_file_is_a_finding() {
    let dir = TestEnv::base(&[("teams/dir/team-d.yaml", "id: team-d\nname: D\n")]);
    let fifo = dir.root().join("teams/fifo.yaml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    std::os::unix::fs::symlink(
        dir.root().join("teams/dir"),
        dir.root().join("teams/to-dir.yaml"),
    )
    .expect("symlink");
    std::os::unix::fs::symlink(&fifo, dir.root().join("teams/to-fifo.yaml")).expect("symlink");
    // A linked directory below a kind directory is said when it holds YAML
    // (its files are not read); one without is nothing to the catalog.
    std::os::unix::fs::symlink(
        dir.root().join("teams/dir"),
        dir.root().join("teams/linked"),
    )
    .expect("symlink");
    std::fs::create_dir(dir.root().join("docs")).expect("mkdir");
    std::os::unix::fs::symlink(dir.root().join("docs"), dir.root().join("teams/docs"))
        .expect("symlink");
    let got = dir.findings();
    let rules: Vec<(&str, &str)> = got.iter().map(|f| (f.0.as_str(), f.1.as_str())).collect();
    assert_eq!(
        rules,
        vec![
            ("unreadable-file", "teams/fifo.yaml"),
            ("unreadable-file", "teams/linked"),
            ("unreadable-file", "teams/to-dir.yaml"),
            ("unreadable-file", "teams/to-fifo.yaml"),
        ],
        "{got:?}"
    );
    let out = dir
        .cmd()
        .args(["lint", "--format", "json"])
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("is not a regular file"), "{text}");
    assert!(text.contains("does not lead to a file"), "{text}");
    assert!(text.contains("link the kind directory itself"), "{text}");
}

#[test]
fn a_directory_named_like_a_yaml_file_is_walked() {
    let got = rules_for(&[("teams/more.yaml/team-c.yaml", "id: team-c\nname: C\n")]);
    assert_eq!(got, vec![]);
}

#[test]
fn a_broken_file_does_not_stop_the_rest() {
    let got = rules_for(&[
        ("teams/bad.yaml", "id: [\n"),
        ("services/svc-c.yaml", "id: svc-c\nteam: team-x\n"),
    ]);
    let rules: Vec<(&str, &str)> = got.iter().map(|f| (f.0.as_str(), f.1.as_str())).collect();
    // The rest is still checked; `team-x` may be declared in the broken
    // teams file, so the reference is reported as not checked, on that file.
    assert_eq!(
        rules,
        vec![
            ("unchecked-references", "teams/bad.yaml"),
            ("yaml-syntax", "teams/bad.yaml")
        ]
    );
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_a_finding() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TestEnv::base(&[("teams/locked.yaml", "id: locked\nname: L\n")]);
    let path = dir.root().join("teams/locked.yaml");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    let got = if std::fs::read(&path).is_ok() {
        // Root reads files whatever their permissions: lint runs as
        // `nobody` instead (util-linux's setpriv), on a catalog it may
        // walk, so that the test checks the same thing for every user.
        let open = std::fs::Permissions::from_mode(0o755);
        for d in [dir.tmp(), dir.root(), &dir.root().join("teams")] {
            std::fs::set_permissions(d, open.clone()).expect("chmod");
        }
        let nobody = [
            "setpriv",
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
        ];
        let c = dir.std_cmd_under(&nobody.map(std::ffi::OsString::from));
        crate::common::findings_of(&mut assert_cmd::Command::from_std(c))
    } else {
        dir.findings()
    };
    assert_eq!(
        got,
        vec![(
            "unreadable-file".to_string(),
            "teams/locked.yaml".to_string(),
            1,
            1
        )]
    );
}

/// One file listing hundreds of thousands of entries where a file lists a
/// few: a scorecard's levels, a service's capabilities (every one twice).
/// Repeats were found by comparing each entry with those before it, which
/// took minutes at 200,000 entries; every command that reads the catalog
/// now finishes (the timeout only ends a hang).
#[test]
fn long_lists_in_one_file_take_linear_time() {
    const LIMIT: usize = 4 * 1024 * 1024;
    let levels: Vec<String> = (0..380_000).map(|i| format!("l{i:06}")).collect();
    let scorecard = format!(
        "id: long\nname: Long\nowner: team-a\napplies_to: service\nlevels: [{}]\nrules:\n  - {{ id: r, level: l000000, expr: \"true\" }}\n",
        levels.join(", ")
    );
    let uses: String = (0..130_000)
        .map(|i| format!("  - cap-{:06}\n  - cap-{:06}\n", i, i))
        .collect();
    let service = format!("id: svc-long\nteam: team-b\ntier: 1\nuses:\n{uses}");
    for text in [&scorecard, &service] {
        assert!(text.len() <= LIMIT, "{}", text.len());
    }
    let env = TestEnv::base(&[
        ("scorecards/long.yaml", scorecard.as_str()),
        ("services/svc-long.yaml", service.as_str()),
    ]);
    let out_dir = tempfile::tempdir().expect("tempdir");
    let out = out_dir.path().join("tables");
    let out = out.to_str().expect("utf-8 path");
    let runs: &[&[&str]] = &[
        &["lint", "--format", "json"],
        &["status", "--format", "json"],
        &["capability", "list", "--format", "json"],
        &["export", "tables", "-o", out, "--format", "jsonl"],
    ];
    for args in runs {
        let done = env
            .cmd()
            .args(*args)
            .timeout(std::time::Duration::from_secs(120))
            .output()
            .expect("runs");
        assert!(
            matches!(done.status.code(), Some(0 | 1)),
            "{args:?}: {:?} {}",
            done.status,
            String::from_utf8_lossy(&done.stderr)
        );
    }
    // The service counts each capability once.
    let services = std::fs::read_to_string(format!("{out}/services.jsonl")).expect("services");
    let long = services
        .lines()
        .find(|l| l.contains("\"svc-long\""))
        .expect("the long service's row");
    assert!(long.contains("\"uses\":130000"), "{long}");
}
