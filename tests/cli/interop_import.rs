//! `platctl import backstage|opslevel|cortex`: the real binary over fixture
//! source files (tests/fixtures/interop/) into temporary catalogs.

use crate::common::{git_raw, write_files, TestEnv};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/interop")
}

fn new_catalog(config: &str) -> TestEnv {
    TestEnv::with_files(&[("platctl.yaml", config)])
}

/// Runs an import from `cwd`; returns (exit code, stdout).
fn import(cat: &TestEnv, cwd: &Path, args: &[&str]) -> (i32, String) {
    let out = cat
        .cmd()
        .current_dir(cwd)
        .arg("import")
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

fn report(cat: &TestEnv, cwd: &Path, args: &[&str]) -> (i32, Value) {
    let mut a = args.to_vec();
    a.extend(["--format", "json"]);
    let (code, out) = import(cat, cwd, &a);
    let v: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    (code, v)
}

/// Every file under `dir`, relative path -> text (the .git directory and
/// platctl's own cache, .platctl/, left out: the catalog's files).
fn tree(dir: &Path) -> BTreeMap<String, String> {
    fn walk(root: &Path, d: &Path, out: &mut BTreeMap<String, String>) {
        for e in std::fs::read_dir(d).expect("dir").flatten() {
            let p = e.path();
            if e.file_name() == ".git" || e.file_name() == ".platctl" {
                continue;
            }
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p
                    .strip_prefix(root)
                    .expect("inside")
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, std::fs::read_to_string(&p).unwrap_or_default());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn strings(v: &Value, key: &str, field: &str) -> Vec<String> {
    v[key]
        .as_array()
        .unwrap_or_else(|| panic!("{key} is not a list: {v}"))
        .iter()
        .map(|x| x[field].as_str().unwrap_or_default().to_string())
        .collect()
}

fn lint_clean(cat: &TestEnv) {
    let out = cat.output(&["lint"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn backstage_every_kind_location_trees_namespaces_and_owner_refs() {
    let cat = new_catalog("version: 1\nname: Acme\n");
    let src = fixtures().join("backstage");
    let (code, r) = report(&cat, &src, &["backstage", "org/all.yaml"]);
    assert_eq!(
        code, 1,
        "a skipped entity and unmapped values: exit 1\n{r:#}"
    );
    assert_eq!(r["version"], 1);
    assert_eq!(r["source"], "backstage");
    assert_eq!(
        r["kinds"],
        serde_json::json!([
            {"kind": "Component", "imported": 6, "updated": 0, "unchanged": 0, "skipped": 3},
            {"kind": "Group", "imported": 3, "updated": 0, "unchanged": 0, "skipped": 0},
            {"kind": "Resource", "imported": 1, "updated": 0, "unchanged": 0, "skipped": 0},
        ])
    );
    assert_eq!(
        r["skipped_kinds"],
        serde_json::json!([
            {"kind": "API", "count": 1},
            {"kind": "Component (library)", "count": 1},
            {"kind": "Domain", "count": 1},
            {"kind": "Resource (database)", "count": 1},
            {"kind": "System", "count": 1},
            {"kind": "User", "count": 1},
        ])
    );
    // The Template has another apiVersion: not a Backstage catalog entity at all.
    let skipped: Vec<String> = r["skipped"]
        .as_array()
        .expect("skipped")
        .iter()
        .map(|p| {
            format!(
                "{}: {}",
                p["at"].as_str().unwrap_or(""),
                p["message"].as_str().unwrap_or("")
            )
        })
        .collect();
    assert_eq!(
        skipped,
        vec![
            "org/repos/bad/catalog-info.yaml:4: Component `-not-valid-`: `metadata.name` is not a valid Backstage name (1 to 63 letters, digits, and single `-`, `_` or `.` between them)",
            "org/repos/bad/catalog-info.yaml:10: owner `group:nobody` resolves to no team, and a service needs one",
            "org/repos/payments-fork/catalog-info.yaml:2: services/payments is also named at org/repos/payments/catalog-info.yaml:1; the first is imported",
        ]
    );
    assert_eq!(
        r["unresolved_owners"],
        serde_json::json!([{"owner": "group:nobody", "entity": "services/orphan", "at": "org/repos/bad/catalog-info.yaml:10"}])
    );
    let unmapped: Vec<String> = r["unmapped"]
        .as_array()
        .expect("unmapped")
        .iter()
        .map(|u| {
            format!(
                "{} {} {}={}",
                u["at"].as_str().unwrap_or(""),
                u["entity"].as_str().unwrap_or(""),
                u["field"].as_str().unwrap_or(""),
                u["value"].as_str().unwrap_or("")
            )
        })
        .collect();
    assert_eq!(
        unmapped,
        vec![
            "org/repos/bad/catalog-info.yaml:19 capabilities/old-queue lifecycle=sunsetting",
            "org/repos/ci/catalog-info.yaml:1 capabilities/ci-pipelines lifecycle=ga",
            "org/repos/db/catalog-info.yaml:9 capabilities/object-store summary=",
        ]
    );
    assert_eq!(
        r["conflicts"],
        serde_json::json!([{"entity": "services/payments", "first": "org/repos/payments/catalog-info.yaml:1", "second": "org/repos/payments-fork/catalog-info.yaml:2"}])
    );
    assert_eq!(
        strings(&r, "not_read", "target"),
        vec![
            "https://github.com/acme/legacy/blob/main/catalog-info.yaml",
            "../outside/catalog-info.yaml"
        ]
    );
    let root = cat.root();
    // Group: display name, email, type from the annotation.
    assert_eq!(
        cat.read("teams/team-platform.yaml"),
        "id: team-platform\nname: Platform Engineering\ntype: platform\ncontact: platform@acme.example\nlabels:\n  import/source: backstage\n"
    );
    // Same name in another namespace: prefixed, the namespace kept; a type platctl lacks kept too.
    assert_eq!(
        cat.read("teams/ops-team-platform.yaml"),
        "id: ops-team-platform\nname: Ops platform\ntype: other\nlabels:\n  backstage/namespace: ops\n  backstage/type: business-unit\n  import/source: backstage\n"
    );
    // `.` in a name; a bare parent ref.
    assert_eq!(
        cat.read("teams/web-frontend.yaml"),
        "id: web-frontend\nname: web.frontend\ntype: product\nparent: team-platform\nlabels:\n  import/source: backstage\n"
    );
    // A `user:` owner resolves to the User's first group; the API names a capability.
    assert_eq!(
        cat.read("services/payments.yaml"),
        "id: payments\nname: Payments API\nteam: web-frontend\ntier: 1\nuses:\n  - ci-pipelines\ndescription: Takes card payments.\nsystem: checkout\nlifecycle: production\nrepo: https://github.com/acme/payments/tree/main/\ndocs: https://docs.acme.example/payments\nrunbook: https://runbooks.acme.example/payments\noncall: pagerduty:PAY123\nlabels:\n  backstage.io/techdocs-ref: dir:.\n  backstage/tags: java,pci\n  import/source: backstage\n"
    );
    assert_eq!(
        cat.read("services/ops-payments.yaml"),
        "id: ops-payments\nteam: ops-team-platform\nlifecycle: experimental\nlabels:\n  backstage/namespace: ops\n  import/source: backstage\n"
    );
    // `_` in a name; providesApis become interfaces; ga without the policy's fields is beta.
    assert_eq!(
        cat.read("capabilities/ci-pipelines.yaml"),
        "id: ci-pipelines\nname: CI pipelines\nsummary: Reusable workflows with built-in scanning\nowner: team-platform\nlifecycle: beta\ncategory: delivery\ninterfaces:\n  - name: ci-api\n    kind: api\ndocs: https://docs.acme.example/ci\nlabels:\n  import/source: backstage\n"
    );
    // Reached through a Location inside a repository (a relative target).
    assert_eq!(
        cat.read("capabilities/build-runners.yaml"),
        "id: build-runners\nname: Build runners\nsummary: Autoscaled CI runners\nowner: team-platform\nlifecycle: beta\nlabels:\n  backstage/type: infrastructure\n  import/source: backstage\n"
    );
    // A Resource capability: no lifecycle claimed, dependencies kept.
    assert_eq!(
        cat.read("capabilities/object-store.yaml"),
        "id: object-store\nname: object.store\nsummary: object.store\nowner: team-platform\nlifecycle: experimental\ndepends_on:\n  - ci-pipelines\nlabels:\n  import/source: backstage\n"
    );
    assert!(
        !root.join("teams/outsiders.yaml").exists(),
        "outside the path given: not read"
    );
    lint_clean(&cat);
}

#[test]
fn a_second_run_changes_no_byte() {
    let cat = new_catalog("version: 1\n");
    let src = fixtures().join("backstage");
    import(&cat, &src, &["backstage", "org"]);
    let first = tree(cat.root());
    assert!(first.len() > 5, "{first:?}");
    let (code, r) = report(&cat, &src, &["backstage", "org"]);
    assert_eq!(code, 1);
    assert_eq!(tree(cat.root()), first, "byte-identical");
    for k in r["kinds"].as_array().expect("kinds") {
        assert_eq!(
            (k["imported"].as_u64(), k["updated"].as_u64()),
            (Some(0), Some(0)),
            "{k}"
        );
    }
    assert_eq!(r["files"], serde_json::json!([]));
}

/// An owner that names no group exactly (a component in another namespace
/// naming a group of the default one) resolves by its name to the team the
/// same run creates, as every later run resolves it: the second run of a
/// first import changes nothing.
#[test]
fn an_owner_resolved_by_name_to_a_team_created_in_the_same_run_is_stable() {
    let cat = new_catalog("version: 1\n");
    let src = cat.tmp().join("src");
    write_files(
        &src,
        &[(
            "org.yaml",
            "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: payments\nspec:\n  type: team\n  children: []\n---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: till\n  namespace: shop\nspec:\n  type: service\n  lifecycle: production\n  owner: payments\n",
        )],
    );
    let (code, r) = report(&cat, &src, &["backstage", "org.yaml", "--no-cache"]);
    assert_eq!(code, 0, "{r:#}");
    assert_eq!(r["unresolved_owners"], serde_json::json!([]), "{r:#}");
    assert!(read(&cat.root().join("services/till.yaml")).contains("team: payments"));
    let first = tree(cat.root());
    let (code, r) = report(&cat, &src, &["backstage", "org.yaml", "--no-cache"]);
    assert_eq!(code, 0, "{r:#}");
    assert_eq!(r["files"], serde_json::json!([]), "{r:#}");
    assert_eq!(tree(cat.root()), first, "byte-identical");
    lint_clean(&cat);
}

const GROUP: &str = "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\nspec:\n  type: team\n  children: []\n";

fn component(name: &str, extra_spec: &str, description: &str) -> String {
    format!("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: {name}\n  description: {description}\nspec:\n  type: service\n  lifecycle: production\n  owner: team-a\n{extra_spec}")
}

const CAP: &str = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ci\n  title: CI\n  description: Pipelines\nspec:\n  type: platform-capability\n  lifecycle: experimental\n  owner: team-a\n  providesApis: [ci-api]\n---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: db\n  description: Databases\nspec:\n  type: platform-capability\n  lifecycle: experimental\n  owner: team-a\n";

#[test]
fn hand_added_fields_and_comments_survive_and_source_changes_apply() {
    let cat = new_catalog("version: 1\n");
    let src = tempfile::tempdir().expect("tempdir");
    write_files(
        src.path(),
        &[
            ("groups.yaml", GROUP),
            ("caps/catalog-info.yaml", CAP),
            ("pay/catalog-info.yaml", &component("pay", "", "Old words")),
        ],
    );
    let (code, out) = import(&cat, src.path(), &["backstage", "."]);
    assert_eq!(code, 0, "{out}");
    let svc = cat.root().join("services/pay.yaml");
    assert_eq!(
        read(&svc),
        "id: pay\nteam: team-a\ndescription: Old words\nlifecycle: production\nlabels:\n  import/source: backstage\n"
    );
    // By hand: a comment, a tier, a capability with a date, facts, a label.
    std::fs::write(
        &svc,
        "# Payments: ask #pay\nid: pay\nteam: team-a\ntier: 1   # we say so\nuses:\n  - capability: db\n    since: 2026-01-02\ndescription: Old words\nlifecycle: production\nfacts:\n  sbom: true\nlabels:\n  import/source: backstage\n  mine: kept\n",
    )
    .expect("write");
    write_files(
        src.path(),
        &[(
            "pay/catalog-info.yaml",
            &component(
                "pay",
                "  consumesApis: [ci-api]\n  system: money\n",
                "New words",
            ),
        )],
    );
    let (code, out) = import(&cat, src.path(), &["backstage", "."]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        read(&svc),
        "# Payments: ask #pay\nid: pay\nteam: team-a\ntier: 1   # we say so\nuses:\n  - capability: db\n    since: 2026-01-02\n  - ci\ndescription: New words\nsystem: money\nlifecycle: production\nfacts:\n  sbom: true\nlabels:\n  import/source: backstage\n  mine: kept\n"
    );
    // The source drops the API: the entry stays (never removed).
    write_files(
        src.path(),
        &[(
            "pay/catalog-info.yaml",
            &component("pay", "  system: money\n", "New words"),
        )],
    );
    let before = read(&svc);
    let (code, _) = import(&cat, src.path(), &["backstage", "."]);
    assert_eq!(code, 0);
    assert_eq!(read(&svc), before);
    lint_clean(&cat);
}

#[test]
fn dry_run_prints_a_diff_and_writes_nothing() {
    let cat = new_catalog("version: 1\n");
    let src = tempfile::tempdir().expect("tempdir");
    write_files(
        src.path(),
        &[
            ("groups.yaml", GROUP),
            (
                "pay/catalog-info.yaml",
                &component("pay", "", "Takes money"),
            ),
        ],
    );
    let (code, out) = import(&cat, src.path(), &["backstage", ".", "--dry-run"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("--- /dev/null\n+++ b/services/pay.yaml\n@@ -0,0 +1,6 @@\n+id: pay\n+team: team-a\n+description: Takes money\n"),
        "{out}"
    );
    assert!(
        out.contains("backstage would import (dry run: nothing was written)"),
        "{out}"
    );
    assert_eq!(tree(cat.root()).len(), 1, "only platctl.yaml");
    import(&cat, src.path(), &["backstage", "."]);
    write_files(
        src.path(),
        &[(
            "pay/catalog-info.yaml",
            &component("pay", "", "Takes cards"),
        )],
    );
    let (_, out) = import(&cat, src.path(), &["backstage", ".", "--dry-run"]);
    assert!(
        out.contains("--- a/services/pay.yaml\n+++ b/services/pay.yaml\n@@ -1,6 +1,6 @@\n id: pay\n team: team-a\n-description: Takes money\n+description: Takes cards\n lifecycle: production\n"),
        "{out}"
    );
    assert!(cat.read("services/pay.yaml").contains("Takes money"));
}

/// git in `dir`, as the tests' own commits run it.
fn git(dir: &Path, args: &[&str]) -> String {
    git_raw(dir, "2026-11-27T12:00:00Z", args)
}

#[test]
fn prune_removes_only_files_import_created_and_commit_makes_one_commit() {
    let cat = new_catalog("version: 1\n");
    let root = cat.root();
    write_files(root, &[("services/hand.yaml", "id: hand\nteam: team-a\n")]);
    git(root, &["init", "-q"]);
    git(root, &["config", "user.name", "T"]);
    git(root, &["config", "user.email", "t@example.com"]);
    git(root, &["add", "-A"]);
    git(root, &["commit", "-qm", "start"]);
    let src = tempfile::tempdir().expect("tempdir");
    write_files(
        src.path(),
        &[
            ("groups.yaml", GROUP),
            ("a/catalog-info.yaml", &component("a", "", "A")),
            ("b/catalog-info.yaml", &component("b", "", "B")),
        ],
    );
    let (code, out) = import(&cat, src.path(), &["backstage", ".", "--commit"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("files: 3 created, 0 updated, 0 removed, committed "),
        "{out}"
    );
    assert_eq!(
        git(root, &["log", "--format=%s"]),
        "import backstage: 3 created, 0 updated, 0 removed\nstart\n"
    );
    assert_eq!(git(root, &["status", "--porcelain"]), "");
    std::fs::remove_file(src.path().join("b/catalog-info.yaml")).expect("rm");
    let (code, r) = report(&cat, src.path(), &["backstage", "."]);
    assert_eq!(code, 0);
    assert_eq!(
        r["missing"],
        serde_json::json!([{"entity": "services/b", "path": "services/b.yaml", "pruned": false}])
    );
    assert!(root.join("services/b.yaml").exists());
    let (code, r) = report(&cat, src.path(), &["backstage", ".", "--prune", "--commit"]);
    assert_eq!(code, 0);
    assert_eq!(r["missing"][0]["pruned"], true);
    assert_eq!(
        r["files"],
        serde_json::json!([{"path": "services/b.yaml", "action": "removed"}])
    );
    assert!(!root.join("services/b.yaml").exists());
    assert!(
        root.join("services/hand.yaml").exists(),
        "hand-written files are never pruned"
    );
    assert_eq!(
        git(root, &["status", "--porcelain"]),
        "",
        "the removal is committed"
    );
    assert_eq!(git(root, &["log", "--format=%s"]).lines().count(), 3);
}

#[test]
fn exit_codes() {
    let cat = new_catalog("version: 1\n");
    let out = cat.output(&["import", "backstage", "/no/such/dir"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read /no/such/dir"));
    let nowhere = TestEnv::empty();
    let out = nowhere
        .cmd_in(nowhere.root())
        .args(["import", "backstage", "."])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2), "no catalog");
    let out = cat
        .cmd()
        .args(["import", "backstage", "--commit", "."])
        .current_dir(nowhere.root())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2), "--commit outside git");
}

#[test]
fn opslevel_services_and_owners() {
    let cat = new_catalog("version: 1\n");
    write_files(
        cat.root(),
        &[
            ("teams/team-x.yaml", "id: team-x\nname: X\n"),
            (
                "capabilities/ci-pipelines.yaml",
                "id: ci-pipelines\nname: CI\nsummary: s\nowner: team-x\nlifecycle: beta\n",
            ),
        ],
    );
    let (code, r) = report(&cat, &fixtures(), &["opslevel", "opslevel"]);
    assert_eq!(code, 0, "{r:#}");
    assert_eq!(
        r["skipped_kinds"],
        serde_json::json!([{"kind": "repository", "count": 1}])
    );
    assert_eq!(
        cat.read("services/order-processor.yaml"),
        "id: order-processor\nname: Order Processor\nteam: orders-team\ntier: 1\nuses:\n  - ci-pipelines\ndescription: Turns carts into orders\nsystem: checkout\nlifecycle: generally-available\nrepo: https://github.com/acme/orders\ndocs: https://docs.example.com/orders\nrunbook: https://runbooks.example.com/orders\nlabels:\n  import/source: opslevel\n  opslevel/aliases: order-processor,orders\n  opslevel/framework: rails\n  opslevel/language: ruby\n  opslevel/tag.env: prod\n  opslevel/tool.metrics: https://grafana.example.com/d/orders\n"
    );
    assert_eq!(
        cat.read("teams/orders-team.yaml"),
        "id: orders-team\nname: orders_team\ntype: other\nlabels:\n  import/source: opslevel\n"
    );
    let before = tree(cat.root());
    let (code, _) = report(&cat, &fixtures(), &["opslevel", "opslevel"]);
    assert_eq!(code, 0);
    assert_eq!(tree(cat.root()), before, "a second run changes no byte");
    lint_clean(&cat);
    // The same service named by another source: reported, not merged.
    let src = tempfile::tempdir().expect("tempdir");
    write_files(
        src.path(),
        &[("c.yaml", "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: order-processor\nspec:\n  type: service\n  lifecycle: production\n  owner: team-x\n")],
    );
    let (code, r) = report(&cat, src.path(), &["backstage", "."]);
    assert_eq!(code, 1);
    assert_eq!(
        r["conflicts"],
        serde_json::json!([{"entity": "services/order-processor", "first": "the import from opslevel", "second": "c.yaml:1"}])
    );
    assert_eq!(tree(cat.root()), before);
}

#[test]
fn cortex_services_and_teams() {
    let cat = new_catalog("version: 1\n");
    write_files(
        cat.root(),
        &[
            ("teams/team-x.yaml", "id: team-x\nname: X\n"),
            (
                "capabilities/ci-pipelines.yaml",
                "id: ci-pipelines\nname: CI\nsummary: s\nowner: team-x\nlifecycle: beta\n",
            ),
        ],
    );
    let (code, r) = report(&cat, &fixtures(), &["cortex", "cortex"]);
    assert_eq!(code, 0, "{r:#}");
    assert_eq!(
        cat.read("services/braavos.yaml"),
        "id: braavos\nname: Braavos\nteam: data-platform\ntier: 1\nuses:\n  - ci-pipelines\ndescription: Data ingestion service.\nsystem: ingestion\nlifecycle: production\nrepo: https://github.com/acme/braavos\ndocs: https://docs.example.com/braavos\nrunbook: https://runbooks.example.com/braavos\noncall: pagerduty:P123ABC\nlabels:\n  cortex/cost-center: \"42\"\n  cortex/groups: tier-1,python\n  import/source: cortex\n"
    );
    assert_eq!(
        cat.read("teams/data-platform.yaml"),
        "id: data-platform\nname: Data Platform\nlabels:\n  import/source: cortex\n"
    );
    lint_clean(&cat);
}

#[test]
fn settings_in_platctl_yaml_decide_types_lifecycles_and_tiers() {
    let cat = new_catalog(
        "version: 1\npolicy:\n  ga_requires: [docs]\nimport:\n  backstage:\n    capability_types: [infra]\n    service_types: [backend]\n    lifecycle: { live: ga, trial: beta }\n    tier_from: label:criticality\n",
    );
    let src = tempfile::tempdir().expect("tempdir");
    write_files(
        src.path(),
        &[(
            "c.yaml",
            &format!(
                "{GROUP}---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: api\n  labels:\n    criticality: tier-1\nspec:\n  type: backend\n  lifecycle: live\n  owner: team-a\n---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: web\nspec:\n  type: service\n  lifecycle: live\n  owner: team-a\n---\napiVersion: backstage.io/v1alpha1\nkind: Resource\nmetadata:\n  name: queue\n  description: Queues\n  links: [{{url: 'https://d.example/q', type: docs}}]\nspec:\n  type: infra\n  owner: team-a\n---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: k8s\n  description: Clusters\n  links: [{{url: 'https://d.example/k', title: Docs}}]\nspec:\n  type: infra\n  lifecycle: live\n  owner: team-a\n"
            ),
        )],
    );
    let (code, r) = report(&cat, src.path(), &["backstage", "."]);
    assert_eq!(code, 0, "{r:#}");
    assert_eq!(
        r["skipped_kinds"],
        serde_json::json!([{"kind": "Component (service)", "count": 1}])
    );
    assert_eq!(
        cat.read("services/api.yaml"),
        "id: api\nteam: team-a\ntier: 1\nlifecycle: live\nlabels:\n  criticality: tier-1\n  import/source: backstage\n"
    );
    assert!(cat
        .read("capabilities/k8s.yaml")
        .contains("\nlifecycle: ga\n"));
    assert!(cat
        .read("capabilities/queue.yaml")
        .contains("\nlifecycle: experimental\n"));
    // A bad setting is a lint finding of platctl.yaml.
    write_files(cat.root(), &[("platctl.yaml", "version: 1\nimport:\n  backstage:\n    tier_from: somewhere\n    lifecycle: { live: shipped }\n")]);
    let out = cat.output(&["lint"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("`tier_from` `somewhere` is not `annotation:<key>` or `label:<key>`"),
        "{text}"
    );
    assert!(
        text.contains("`shipped` is not a capability lifecycle"),
        "{text}"
    );
}

#[test]
fn new_kind_directories_appear_whole_and_a_killed_runs_leftover_is_swept() {
    let cat = new_catalog("version: 1\n");
    // What a run killed before its rename leaves: a hidden directory the
    // catalog never reads (an invalid file in it would fail lint otherwise).
    let left = cat.root().join(".services.platctl-AbC123.tmp");
    write_files(&left, &[("broken.yaml", "id: [not, an, id\n")]);
    let src = fixtures().join("backstage");
    import(&cat, &src, &["backstage", "org"]);
    assert!(!left.exists(), "the leftover is swept");
    let hidden: Vec<String> = std::fs::read_dir(cat.root())
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".platctl-"))
        .collect();
    assert_eq!(hidden, Vec::<String>::new(), "no staging directory is left");
    let files = tree(cat.root());
    assert!(
        files.keys().any(|p| p.starts_with("services/"))
            && files.keys().any(|p| p.starts_with("teams/")),
        "{files:?}"
    );
    lint_clean(&cat);
}

/// Text from another catalog is data: characters that are not what they
/// show are written as escapes, values a YAML reader takes for numbers or
/// keys are quoted, and every value reads back as it was; a blank title is
/// no title (the entity is imported, not refused for an empty name).
#[test]
fn hostile_text_is_written_so_that_it_reads_back() {
    let cat = new_catalog("version: 1\n");
    let src = tempfile::tempdir().expect("tempdir");
    // JSON is YAML: the source states each character exactly.
    let odd = r#"{"apiVersion": "backstage.io/v1alpha1", "kind": "Component",
 "metadata": {"name": "odd", "title": "a\u2028b\ufeffc\u202ed", "description": "0x1F",
   "labels": {"j": "<<", "k": ".inf", "m": "1_000"}},
 "spec": {"type": "service", "lifecycle": "production", "owner": "team-a"}}"#;
    let blank = r#"{"apiVersion": "backstage.io/v1alpha1", "kind": "Component",
 "metadata": {"name": "blank", "title": " \n "},
 "spec": {"type": "service", "lifecycle": "production", "owner": "team-a"}}"#;
    // A bidi override in a value the report echoes.
    let other = component("sys", "  system: \"domain:default/pay\\u202Ements\"\n", "S");
    write_files(
        src.path(),
        &[
            ("groups.yaml", GROUP),
            ("odd.yaml", odd),
            ("blank.yaml", blank),
            ("sys.yaml", &other),
        ],
    );
    // Exit status 1: a value was not mapped (the system reference).
    let (code, out) = import(&cat, src.path(), &["backstage", "."]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("is not a reference to a system"), "{out}");
    assert!(
        out.contains("pay\\u{202e}ments") && !out.contains('\u{202e}'),
        "{out}"
    );
    assert_eq!(
        read(&cat.root().join("services/odd.yaml")),
        "id: odd\nname: \"a\\u2028b\\ufeffc\\u202ed\"\nteam: team-a\ndescription: \"0x1F\"\n\
         lifecycle: production\nlabels:\n  import/source: backstage\n  j: \"<<\"\n  k: \".inf\"\n  m: \"1_000\"\n"
    );
    assert_eq!(
        read(&cat.root().join("services/blank.yaml")),
        "id: blank\nteam: team-a\nlifecycle: production\nlabels:\n  import/source: backstage\n"
    );
    assert!(!read(&cat.root().join("services/sys.yaml")).contains("system:"));
    lint_clean(&cat);
    // A second run finds every value as it wrote it.
    let (code, out) = import(&cat, src.path(), &["backstage", "."]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("0 created, 0 updated"), "{out}");
}
