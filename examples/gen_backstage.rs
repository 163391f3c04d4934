//! Backstage catalog generator: many repositories, one `catalog-info.yaml` each,
//! to measure `platctl import backstage`.
//!
//! ```text
//! cargo run --release --example gen_backstage -- DIR --components N [--seed S]
//! ```
//!
//! Writes into DIR (which must not exist or be empty):
//! `org/catalog-info.yaml` with about N/25 Groups (at least 3) and a User per
//! group; `platform/catalog-info.yaml` with 12 platform capabilities
//! (Components of type `platform-capability`, each providing an API) and
//! their APIs; and `repos/repo-NNNNN/catalog-info.yaml`, one Component of
//! type `service` per repository, with a title, a description, tags, links,
//! annotations (source location, PagerDuty), a system, an owner (a group, or
//! a `user:` now and then) and 1-4 APIs it consumes.
//!
//! The same arguments always give the same bytes (a splitmix64 PRNG seeded
//! by `--seed`, default 7). Only the standard library is used.
// A developer tool, not the product: it writes files and unwraps freely.
#![allow(clippy::disallowed_methods, clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

const CAPS: &[&str] = &[
    "ci-pipelines",
    "k8s-runtime",
    "managed-postgres",
    "identity-sso",
    "observability",
    "secrets-vault",
    "feature-flags",
    "event-streaming",
    "api-gateway",
    "object-storage",
    "service-templates",
    "cost-insights",
];
const WORDS: &[&str] = &[
    "payments",
    "orders",
    "search",
    "catalog",
    "checkout",
    "billing",
    "ledger",
    "shipping",
    "pricing",
    "reviews",
    "accounts",
    "inventory",
    "fraud",
    "notifications",
    "media",
    "ranking",
];
const SYSTEMS: &[&str] = &[
    "commerce",
    "logistics",
    "identity",
    "growth",
    "finance",
    "content",
];

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(d) = path.parent() {
        fs::create_dir_all(d).map_err(|e| format!("{}: {e}", d.display()))?;
    }
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut dir: Option<PathBuf> = None;
    let mut n: usize = 0;
    let mut seed: u64 = 7;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--components" => {
                n = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or("--components N")?
            }
            "--seed" => seed = it.next().and_then(|v| v.parse().ok()).ok_or("--seed S")?,
            other if dir.is_none() => dir = Some(PathBuf::from(other)),
            other => return Err(format!("unexpected argument {other}")),
        }
    }
    let dir = dir.ok_or("usage: gen_backstage DIR --components N [--seed S]")?;
    if dir.exists()
        && fs::read_dir(&dir)
            .map_err(|e| e.to_string())?
            .next()
            .is_some()
    {
        return Err(format!("{} is not empty", dir.display()));
    }
    let mut rng = Rng(seed);
    let groups = (n / 25).max(3);
    let mut org = String::new();
    for g in 0..groups {
        let ty = if g < 2 { "platform" } else { "product" };
        org.push_str(&format!(
            "---\napiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team_{g:04}\n  annotations:\n    platctl.dev/team-type: {ty}\nspec:\n  type: team\n  profile:\n    displayName: Team {g}\n    email: team-{g}@acme.example\n  children: []\n---\napiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n  name: lead-{g}\nspec:\n  memberOf: [team_{g:04}]\n"
        ));
    }
    write(&dir.join("org/catalog-info.yaml"), &org)?;
    let mut platform = String::new();
    for (i, c) in CAPS.iter().enumerate() {
        platform.push_str(&format!(
            "---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: {c}\n  description: The {c} capability of the platform\n  links:\n    - url: https://docs.acme.example/{c}\n      title: Docs\n    - url: https://runbooks.acme.example/{c}\n      title: Runbook\nspec:\n  type: platform-capability\n  lifecycle: {}\n  owner: team_{:04}\n  providesApis: [{c}-api]\n---\napiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: {c}-api\nspec:\n  type: openapi\n  lifecycle: production\n  owner: team_{:04}\n  definition: \"openapi: 3.0.0\"\n",
            if i % 3 == 0 { "experimental" } else { "production" },
            i % 2,
            i % 2
        ));
    }
    write(&dir.join("platform/catalog-info.yaml"), &platform)?;
    for i in 0..n {
        let w = WORDS[rng.below(WORDS.len() as u64) as usize];
        let name = format!("{w}-svc-{i:05}");
        let g = 2 + rng.below((groups - 2) as u64) as usize;
        let owner = if rng.below(10) == 0 {
            format!("user:lead-{g}")
        } else {
            format!("group:default/team_{g:04}")
        };
        let mut apis: Vec<String> = (0..1 + rng.below(4))
            .map(|_| format!("{}-api", CAPS[rng.below(CAPS.len() as u64) as usize]))
            .collect();
        apis.sort();
        apis.dedup();
        let system = SYSTEMS[rng.below(SYSTEMS.len() as u64) as usize];
        let text = format!(
            "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: {name}\n  title: {} service {i}\n  description: Handles {w} for the storefront (service {i}).\n  tags: [{w}, tier-{}]\n  annotations:\n    backstage.io/source-location: url:https://github.com/acme/{name}/tree/main/\n    pagerduty.com/service-id: P{i:06}\n  links:\n    - url: https://docs.acme.example/{name}\n      title: Docs\nspec:\n  type: service\n  lifecycle: production\n  owner: {owner}\n  system: {system}\n  consumesApis: [{}]\n",
            w.to_uppercase(),
            1 + rng.below(3),
            apis.join(", ")
        );
        write(
            &dir.join(format!("repos/repo-{i:05}/catalog-info.yaml")),
            &text,
        )?;
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_backstage: {e}");
            ExitCode::from(2)
        }
    }
}
