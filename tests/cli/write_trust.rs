//! Writes you can trust: `--commit` next to git, editors and other runs
//! (index lock, concurrent commits, killed runs, uncommitted edits,
//! autocrlf, forged trailers), `-o` to what was named (FIFO, device, link,
//! stdout), symbolic links out of the root never followed nor printed, and
//! new files that honour the umask.

use crate::intake_support;

use intake_support::*;
use predicates::prelude::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime};

const REQ: &str = "intake/INT-HSJ3Y3.yaml";

fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_platctl"))
}

/// `git -C dir args` that may fail: (success, stdout, stderr).
fn git_try(dir: &Path, args: &[&str]) -> (bool, String, String) {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("HOME", dir)
        .stdin(Stdio::null())
        .output()
        .expect("git runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The real binary as a plain process (for spawning, killing, umask).
fn raw(root: &Path) -> Command {
    let mut c = Command::new(bin());
    c.arg("-C")
        .arg(root)
        .args(["--today", TODAY, "--color", "never"])
        .env_remove("PLATCTL_CATALOG")
        .env_remove("PLATCTL_TODAY")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("HOME", root.parent().unwrap_or(root))
        .stdin(Stdio::null());
    c
}

fn triage(root: &Path, route: &str) -> assert_cmd::Command {
    let mut c = platctl(root);
    c.args([
        "intake",
        "triage",
        "INT-HSJ3Y3",
        "--route",
        route,
        "--commit",
    ]);
    c
}

fn new_request(title: &str) -> Vec<String> {
    [
        "intake",
        "new",
        "--yes",
        "--title",
        title,
        "--team",
        "team-search",
        "--problem",
        "It hurts.",
        "--commit",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn head(root: &Path) -> String {
    git(root, &["rev-parse", "HEAD"])
}

fn fsck_clean(root: &Path) {
    let (ok, out, err) = git_try(root, &["fsck", "--full", "--no-dangling"]);
    assert!(ok && out.trim().is_empty(), "git fsck: {out}{err}");
}

// ------------------------------------------------------------ index.lock

#[test]
fn a_left_index_lock_stops_the_commit_before_anything_is_written() {
    let (_d, root) = catalog();
    init_repo(&root);
    let lock = root.join(".git/index.lock");
    std::fs::write(&lock, "").expect("lock");
    // An hour old: a killed process left it.
    let old = SystemTime::now() - Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&lock)
        .and_then(|f| f.set_modified(old))
        .expect("age the lock");
    let before = std::fs::read_to_string(root.join(REQ)).expect("read");
    let files_before = files_under(&root.join("intake"));
    let head_before = head(&root);
    for args in [
        vec![
            "intake".to_string(),
            "triage".into(),
            "INT-HSJ3Y3".into(),
            "--route".into(),
            "docs".into(),
            "--commit".into(),
        ],
        new_request("Locked out"),
    ] {
        platctl(&root)
            .args(&args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("nothing was written"))
            .stderr(predicate::str::contains(format!(
                "{} exists",
                lock.display()
            )))
            .stderr(predicate::str::contains("ps -ef"))
            .stderr(predicate::str::contains(format!("rm '{}'", lock.display())));
    }
    assert!(lock.exists(), "a lock is never removed silently");
    assert_eq!(
        std::fs::read_to_string(root.join(REQ)).expect("read"),
        before
    );
    assert_eq!(files_under(&root.join("intake")), files_before);
    assert_eq!(head(&root), head_before);
    // Removed by the user: the same command commits.
    std::fs::remove_file(&lock).expect("rm");
    triage(&root, "docs").assert().success();
    assert_eq!(git(&root, &["status", "--porcelain"]), "");
    assert_eq!(git(&root, &["rev-parse", "HEAD~1"]), head_before);
}

#[test]
fn a_lock_held_for_a_moment_is_waited_for() {
    let (_d, root) = catalog();
    init_repo(&root);
    let lock = root.join(".git/index.lock");
    std::fs::write(&lock, "").expect("lock");
    let l = lock.clone();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(700));
        std::fs::remove_file(l).expect("release");
    });
    triage(&root, "docs").assert().success();
    t.join().expect("thread");
    assert_eq!(git(&root, &["status", "--porcelain"]), "");
    assert_eq!(
        git(&root, &["show", "--name-only", "--format=", "HEAD"]),
        format!("{REQ}\n")
    );
}

// ------------------------------------------------ concurrent commits, git add

#[test]
fn two_catalogs_in_one_repository_commit_concurrently_and_lose_no_index_entry() {
    let d = tempfile::tempdir().expect("tempdir");
    let repo = d.path().join("repo");
    for name in ["a", "b"] {
        let (_c, cat) = catalog();
        std::fs::create_dir_all(&repo).expect("mkdir");
        let status = Command::new("cp")
            .arg("-r")
            .arg(&cat)
            .arg(repo.join(name))
            .status()
            .expect("cp");
        assert!(status.success());
    }
    init_repo(&repo);
    let commits_before: usize = git(&repo, &["rev-list", "--count", "HEAD"])
        .trim()
        .parse()
        .expect("count");
    // A user stages files while platctl commits (retrying, as a person would, when git says the index is locked).
    let user = {
        let repo = repo.clone();
        std::thread::spawn(move || {
            for i in 0..8 {
                let f = format!("notes-{i}.txt");
                std::fs::write(repo.join(&f), format!("note {i}\n")).expect("write");
                let mut tries = 0;
                loop {
                    let (ok, _, err) = git_try(&repo, &["add", &f]);
                    if ok {
                        break;
                    }
                    assert!(err.contains("index.lock"), "git add: {err}");
                    tries += 1;
                    assert!(tries < 2000, "git add never got the lock");
                    std::thread::sleep(Duration::from_millis(5));
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        })
    };
    let children: Vec<_> = (0..32)
        .map(|i| {
            let cat = repo.join(if i % 2 == 0 { "a" } else { "b" });
            raw(&cat)
                .args(new_request(&format!("Concurrent request {i}")))
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    let mut made = Vec::new();
    for c in children {
        let out = c.wait_with_output().expect("wait");
        assert!(
            out.status.success(),
            "exit {:?}: {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        made.push(stdout.split_whitespace().nth(1).expect("path").to_string());
    }
    user.join().expect("user thread");
    let commits_after: usize = git(&repo, &["rev-list", "--count", "HEAD"])
        .trim()
        .parse()
        .expect("count");
    assert_eq!(commits_after, commits_before + 32, "one commit per run");
    let tracked = git(&repo, &["ls-tree", "-r", "--name-only", "HEAD"]);
    let in_a = made.iter().filter(|p| tracked.contains(&format!("a/{p}")));
    let in_b = made.iter().filter(|p| tracked.contains(&format!("b/{p}")));
    assert_eq!(in_a.count() + in_b.count(), 32, "every request committed");
    // Every commit holds exactly its own file.
    let per_commit = git(&repo, &["log", "--format=tformat:@", "--name-only", "-32"]);
    for chunk in per_commit.split('@').skip(1) {
        assert_eq!(chunk.split_whitespace().count(), 1, "{chunk}");
    }
    // The index lost nothing: the user's staged notes are still staged, nothing else differs.
    let status = git(&repo, &["status", "--porcelain"]);
    let expected: String = (0..8).map(|i| format!("A  notes-{i}.txt\n")).collect();
    assert_eq!(status, expected);
    fsck_clean(&repo);
}

// --------------------------------------------------------------- SIGKILL

/// A tiny deterministic generator for kill delays.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[cfg(unix)]
#[test]
fn a_commit_killed_at_any_moment_leaves_git_consistent() {
    let (_d, root) = catalog();
    init_repo(&root);
    let file = root.join(REQ);
    // How long a run takes here bounds the kill delays.
    let start = std::time::Instant::now();
    triage(&root, "backlog").assert().success();
    let span = (start.elapsed().as_micros() as u64).max(1000) * 3 / 2;
    let mut rng = Lcg(7);
    let mut stale_locks = 0;
    for i in 0..20 {
        let route = if i % 2 == 0 { "docs" } else { "support" };
        let mut child = raw(&root)
            .args([
                "intake",
                "triage",
                "INT-HSJ3Y3",
                "--route",
                route,
                "--commit",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_micros(rng.next() % span));
        let _ = child.kill();
        let _ = child.wait();
        // The index entry is HEAD's blob (not yet staged) or the file's (staged, or committed):
        // never an older blob that a later commit would quietly bring back.
        let at_head = git(&root, &["rev-parse", &format!("HEAD:{REQ}")]);
        let staged = git(&root, &["ls-files", "-s", REQ]);
        let staged = staged.split_whitespace().nth(1).unwrap_or_default();
        let on_disk = git(&root, &["hash-object", REQ]);
        assert!(
            staged == at_head.trim() || staged == on_disk.trim(),
            "run {i}: index {staged}, HEAD {at_head}, file {on_disk}"
        );
        let text = std::fs::read_to_string(&file).expect("the file is always there");
        assert!(text.contains("id: INT-HSJ3Y3"), "run {i}: torn file");
        let lock = root.join(".git/index.lock");
        if lock.exists() {
            stale_locks += 1;
            // Left by the killed run: the next run stops and says so (at once for a lock
            // untouched for a while; a fresh one is waited for first), the user removes it.
            std::fs::File::options()
                .write(true)
                .open(&lock)
                .and_then(|f| f.set_modified(SystemTime::now() - Duration::from_secs(120)))
                .expect("age the lock");
            platctl(&root)
                .args(new_request("After a kill"))
                .assert()
                .code(2)
                .stderr(predicate::str::contains("index.lock"));
            std::fs::remove_file(&lock).expect("rm lock");
        }
        // Killed while moving the branch: the branch's lock is left, and the
        // next run stops before writing, naming it.
        let ref_lock = root.join(".git/refs/heads/main.lock");
        if ref_lock.exists() {
            stale_locks += 1;
            std::fs::File::options()
                .write(true)
                .open(&ref_lock)
                .and_then(|f| f.set_modified(SystemTime::now() - Duration::from_secs(120)))
                .expect("age the lock");
            let before = std::fs::read_dir(root.join("intake"))
                .map(|d| d.count())
                .unwrap_or(0);
            platctl(&root)
                .args(new_request("After a kill"))
                .assert()
                .code(2)
                .stderr(predicate::str::contains("main.lock"));
            let after = std::fs::read_dir(root.join("intake"))
                .map(|d| d.count())
                .unwrap_or(0);
            assert_eq!(before, after, "run {i}: a request was written");
            std::fs::remove_file(&ref_lock).expect("rm lock");
        }
        git(&root, &["reset", "-q", "--hard", "HEAD"]);
    }
    // Afterwards: a run commits cleanly, and the repository is sound.
    triage(&root, "docs").assert().success();
    assert_eq!(git(&root, &["status", "--porcelain"]), "");
    fsck_clean(&root);
    eprintln!("stale locks seen: {stale_locks}");
}

// -------------------------------------------------- what a commit holds

#[test]
fn a_target_with_uncommitted_changes_is_refused_before_anything_is_written() {
    let (_d, root) = catalog();
    init_repo(&root);
    let head_before = head(&root);
    let edited = std::fs::read_to_string(root.join(REQ))
        .expect("read")
        .replace("urgency: high", "urgency: low");
    std::fs::write(root.join(REQ), &edited).expect("write");
    triage(&root, "docs")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{REQ} has changes that are not committed (changes not staged)"
        )))
        .stderr(predicate::str::contains("nothing was written"));
    assert_eq!(
        std::fs::read_to_string(root.join(REQ)).expect("read"),
        edited
    );
    git(&root, &["add", REQ]);
    triage(&root, "docs")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("(staged changes)"));
    assert_eq!(
        std::fs::read_to_string(root.join(REQ)).expect("read"),
        edited
    );
    assert_eq!(head(&root), head_before);
    assert_eq!(
        git(&root, &["status", "--porcelain"]),
        format!("M  {REQ}\n")
    );
}

#[test]
fn a_commit_that_fails_after_the_write_puts_the_file_back() {
    let (d, root) = catalog();
    init_repo(&root);
    // The blob the triage will store, found on a copy.
    let copy = d.path().join("copy");
    let ok = Command::new("cp")
        .arg("-r")
        .arg(&root)
        .arg(&copy)
        .status()
        .expect("cp");
    assert!(ok.success());
    platctl(&copy)
        .args(["intake", "triage", "INT-HSJ3Y3", "--route", "docs"])
        .assert()
        .success();
    let blob = git(&copy, &["hash-object", REQ]);
    // A file where git keeps that blob's directory: storing the blob fails.
    let blocker = root.join(".git/objects").join(&blob[..2]);
    assert!(!blocker.exists(), "fixture changed: pick another route");
    std::fs::write(&blocker, "").expect("block");
    let before = std::fs::read_to_string(root.join(REQ)).expect("read");
    let head_before = head(&root);
    triage(&root, "docs")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{REQ} was written but not committed"
        )))
        .stderr(predicate::str::contains(format!(
            "nothing was committed, and {REQ} was put back as it was"
        )));
    assert_eq!(
        std::fs::read_to_string(root.join(REQ)).expect("read"),
        before
    );
    assert_eq!(head(&root), head_before);
    assert!(!root.join(".git/index.lock").exists());
    std::fs::remove_file(&blocker).expect("unblock");
    assert_eq!(git(&root, &["status", "--porcelain"]), "");
    triage(&root, "docs").assert().success();
    assert_eq!(git(&root, &["status", "--porcelain"]), "");
    fsck_clean(&root);
}

#[test]
fn an_index_platctl_cannot_write_is_refused_before_anything_is_written() {
    let (_d, root) = catalog();
    init_repo(&root);
    git(&root, &["update-index", "--split-index"]);
    let before = std::fs::read_to_string(root.join(REQ)).expect("read");
    triage(&root, "docs")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("split"));
    assert_eq!(
        std::fs::read_to_string(root.join(REQ)).expect("read"),
        before
    );
    assert_eq!(git(&root, &["status", "--porcelain"]), "");
}

#[test]
fn a_forged_trailer_and_control_characters_never_reach_the_commit_message() {
    let (_d, root) = catalog();
    let text = std::fs::read_to_string(root.join(REQ)).expect("read").replace(
        "title: Search indexer loses its token after rotation",
        "title: \"Token rotation\\n\\nSigned-off-by: Mallory <m@evil.example>\\nCo-authored-by: Eve <e@evil.example>\\e[31m\\a\"",
    );
    std::fs::write(root.join(REQ), text).expect("write");
    init_repo(&root);
    triage(&root, "docs").assert().success();
    let body = git(&root, &["log", "-1", "--format=%B"]);
    assert_eq!(
        body,
        "intake: INT-HSJ3Y3 Token rotation Signed-off-by: Mallory <m@evil.example> Co-authored-by: Eve <e@evil.example>[31m (triaged, route docs)\n\n"
    );
    assert_eq!(git(&root, &["log", "-1", "--format=%(trailers)"]), "\n");
    let (_, parsed, _) = git_try(
        &root,
        &["log", "-1", "--format=%(trailers:key=Signed-off-by)"],
    );
    assert_eq!(parsed.trim(), "");
}

#[test]
fn under_autocrlf_the_committed_blob_is_what_git_add_stores() {
    let (_d, root) = catalog();
    init_repo(&root);
    git(&root, &["config", "core.autocrlf", "true"]);
    // A checkout under autocrlf: CRLF in the working tree, LF in the repository.
    let crlf = std::fs::read_to_string(root.join(REQ))
        .expect("read")
        .replace('\n', "\r\n");
    std::fs::write(root.join(REQ), crlf).expect("write");
    git(&root, &["add", REQ]);
    assert_eq!(git(&root, &["status", "--porcelain"]), "");
    triage(&root, "docs").assert().success();
    let committed = git(&root, &["rev-parse", &format!("HEAD:{REQ}")]);
    assert_eq!(committed, git(&root, &["hash-object", REQ]));
    assert!(!git(&root, &["show", &format!("HEAD:{REQ}")]).contains('\r'));
    assert!(std::fs::read_to_string(root.join(REQ))
        .expect("read")
        .contains("route: docs"));
    assert_eq!(git(&root, &["status", "--porcelain"]), "");
}

// -------------------------------------------------------------------- -o

fn report(root: &Path) -> assert_cmd::Command {
    let mut c = platctl(root);
    c.args(["report", "catalog", "--format", "md"]);
    c
}

fn report_text(root: &Path) -> String {
    let out = report(root).assert().success().get_output().stdout.clone();
    String::from_utf8(out).expect("utf8")
}

#[cfg(unix)]
#[test]
fn output_to_a_fifo_is_written_straight() {
    let (d, root) = catalog();
    let fifo = d.path().join("report.fifo");
    let ok = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(ok.success());
    let f = fifo.clone();
    let reader = std::thread::spawn(move || std::fs::read_to_string(f).expect("read fifo"));
    report(&root).arg("-o").arg(&fifo).assert().success();
    // Checked before waiting for the reader: a FIFO replaced by a file would leave it blocked.
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::symlink_metadata(&fifo)
            .expect("meta")
            .file_type()
            .is_fifo(),
        "the FIFO was replaced"
    );
    let got = reader.join().expect("reader");
    assert_eq!(got, report_text(&root));
}

#[cfg(unix)]
#[test]
fn output_through_a_symlink_follows_it_only_to_a_file_beside_it() {
    let (d, root) = catalog();
    let out = d.path().join("out");
    std::fs::create_dir_all(out.join("real")).expect("mkdir");
    std::fs::write(out.join("real/catalog.md"), "old").expect("write");
    std::os::unix::fs::symlink("real/catalog.md", out.join("catalog.md")).expect("symlink");
    report(&root)
        .arg("-o")
        .arg(out.join("catalog.md"))
        .assert()
        .success();
    assert!(std::fs::symlink_metadata(out.join("catalog.md"))
        .expect("meta")
        .file_type()
        .is_symlink());
    assert_eq!(
        std::fs::read_to_string(out.join("real/catalog.md")).expect("read"),
        report_text(&root)
    );
    // A link planted to lead elsewhere is refused, and its target kept.
    let secret = d.path().join("authorized_keys");
    std::fs::write(&secret, "ssh-ed25519 KEEP\n").expect("write");
    std::os::unix::fs::symlink("../authorized_keys", out.join("evil.md")).expect("symlink");
    report(&root)
        .arg("-o")
        .arg(out.join("evil.md"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("refusing to write"))
        .stderr(predicate::str::contains("symbolic link that leads out of"));
    assert_eq!(
        std::fs::read_to_string(&secret).expect("read"),
        "ssh-ed25519 KEEP\n"
    );
}

#[cfg(unix)]
#[test]
fn output_to_stdout_devices_and_missing_directories() {
    let (d, root) = catalog();
    let text = report_text(&root);
    for name in ["-", "/dev/stdout"] {
        report(&root)
            .args(["-o", name])
            .assert()
            .success()
            .stdout(text.clone());
    }
    report(&root)
        .args(["-o", "/dev/null"])
        .assert()
        .success()
        .stdout("");
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata("/dev/null")
        .expect("meta")
        .file_type()
        .is_char_device());
    let missing = d.path().join("no/such");
    report(&root)
        .arg("-o")
        .arg(missing.join("catalog.md"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "the directory {} does not exist",
            missing.display()
        )))
        .stderr(predicate::str::contains(".platctl-").not());
    // A regular file is replaced and keeps its mode.
    use std::os::unix::fs::PermissionsExt;
    let f = d.path().join("catalog.md");
    std::fs::write(&f, "old").expect("write");
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    report(&root).arg("-o").arg(&f).assert().success();
    assert_eq!(std::fs::read_to_string(&f).expect("read"), text);
    assert_eq!(
        std::fs::metadata(&f).expect("meta").permissions().mode() & 0o777,
        0o640
    );
}

// ------------------------------------------------------- links out of the root

const SECRET: &str = "s3cr3t-7f2c9d";

fn planted_secret(dir: &Path) -> PathBuf {
    let p = dir.join("credentials");
    std::fs::write(
        &p,
        format!("https://bot:{SECRET}@git.example.com\n[{SECRET}: {{\n  - {SECRET}\n\tpassword: {SECRET}\n"),
    )
    .expect("write");
    p
}

#[cfg(unix)]
#[test]
fn a_symlinked_platctl_yaml_out_of_the_root_is_one_finding_and_never_printed() {
    let (d, root) = catalog();
    let secret = planted_secret(d.path());
    std::fs::remove_file(root.join("platctl.yaml")).expect("rm");
    std::os::unix::fs::symlink(&secret, root.join("platctl.yaml")).expect("symlink");
    // A kind file and a kind directory linked out too.
    std::os::unix::fs::symlink(&secret, root.join("teams/leak.yaml")).expect("symlink");
    let mut runs: Vec<Vec<&str>> = ["text", "json", "sarif", "github", "junit"]
        .iter()
        .map(|f| vec!["lint", "--format", f])
        .collect();
    runs.push(vec!["report", "catalog", "--format", "html"]);
    runs.push(vec!["report", "catalog", "--format", "json"]);
    runs.push(vec!["intake", "list", "--format", "json"]);
    runs.push(vec!["kpi", "--format", "json"]);
    runs.push(vec!["schema", "--check"]);
    for args in &runs {
        let out = platctl(&root).args(args).output().expect("runs");
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!all.contains(SECRET), "{args:?} printed the secret:\n{all}");
        assert!(!all.contains("git.example.com"), "{args:?}:\n{all}");
    }
    let out = platctl(&root)
        .args(["lint", "--format", "json"])
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let on_config: Vec<&serde_json::Value> = v["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .filter(|d| d["file"] == "platctl.yaml")
        .collect();
    assert_eq!(on_config.len(), 1, "{on_config:?}");
    assert_eq!(on_config[0]["rule"], "unreadable-file");
    assert_eq!(
        on_config[0]["message"],
        "platctl.yaml is a symbolic link that leads outside the catalog root"
    );
}

#[cfg(unix)]
#[test]
fn schema_and_init_never_write_through_a_link_out_of_the_root() {
    let (d, root) = catalog();
    let outside = d.path().join("outside");
    std::fs::create_dir_all(&outside).expect("mkdir");
    std::os::unix::fs::symlink(&outside, root.join("schemas")).expect("symlink");
    platctl(&root)
        .arg("schema")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("leads outside the catalog root"));
    assert_eq!(std::fs::read_dir(&outside).expect("dir").count(), 0);

    let fresh = d.path().join("fresh");
    std::fs::create_dir_all(&fresh).expect("mkdir");
    std::os::unix::fs::symlink(&outside, fresh.join("teams")).expect("symlink");
    let mut c = assert_cmd::Command::new(bin());
    c.arg("init")
        .arg(&fresh)
        .arg("--example")
        .env("PLATCTL_TODAY", TODAY)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("leads outside"));
    assert_eq!(std::fs::read_dir(&outside).expect("dir").count(), 0);
    assert!(!fresh.join("platctl.yaml").exists(), "nothing written");
    assert!(!fresh.join("schemas").exists(), "nothing written");
}

// ------------------------------------------------------ umask, temp files

#[cfg(unix)]
#[test]
fn new_files_honour_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let (d, root) = catalog();
    for (umask, mode) in [("077", 0o600), ("022", 0o644)] {
        let out = Command::new("sh")
            .arg("-c")
            .arg(format!("umask {umask}; exec \"$0\" \"$@\""))
            .arg(bin())
            .arg("-C")
            .arg(&root)
            .args(["--today", TODAY, "intake", "new", "--yes", "--title"])
            .arg(format!("Umask {umask}"))
            .args(["--team", "team-search", "--problem", "p"])
            .env_remove("PLATCTL_CATALOG")
            .output()
            .expect("runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let path = String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .nth(1)
            .expect("path")
            .to_string();
        let m = std::fs::metadata(root.join(&path)).expect("meta");
        assert_eq!(m.permissions().mode() & 0o777, mode, "umask {umask}");
        let report = d.path().join(format!("report-{umask}.md"));
        let ok = Command::new("sh")
            .arg("-c")
            .arg(format!("umask {umask}; exec \"$0\" \"$@\""))
            .arg(bin())
            .arg("-C")
            .arg(&root)
            .args(["--today", TODAY, "report", "catalog", "-o"])
            .arg(&report)
            .status()
            .expect("runs");
        assert!(ok.success());
        let m = std::fs::metadata(&report).expect("meta");
        assert_eq!(m.permissions().mode() & 0o777, mode, "-o, umask {umask}");
    }
}

#[test]
fn init_keeps_temporary_files_out_of_git_and_writers_sweep_old_ones() {
    let d = tempfile::tempdir().expect("tempdir");
    let root = d.path().join("cat");
    let mut c = assert_cmd::Command::new(bin());
    c.arg("init")
        .arg(&root)
        .env("PLATCTL_TODAY", TODAY)
        .assert()
        .success();
    git(&root, &["init", "-q"]);
    let left = root.join("intake/.platctl-a1b2c3.tmp");
    std::fs::write(&left, "half").expect("write");
    let (ignored, _, _) = git_try(&root, &["check-ignore", "-q", "intake/.platctl-a1b2c3.tmp"]);
    assert!(
        ignored,
        "init's .gitignore covers platctl's temporary files"
    );
    // A temporary file a killed write left long ago is swept by the next write there.
    let old = SystemTime::now() - Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&left)
        .and_then(|f| f.set_modified(old))
        .expect("age");
    std::fs::write(root.join("teams/t.yaml"), "id: t\nname: T\n").expect("write");
    let mut c = assert_cmd::Command::new(bin());
    c.arg("-C")
        .arg(&root)
        .args(["--today", TODAY, "intake", "new", "--yes", "--title", "x"])
        .args(["--team", "t", "--problem", "p"])
        .assert()
        .success();
    assert!(!left.exists(), "swept");
}
