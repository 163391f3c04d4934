//! Large-catalog generator for platctl: test data for benchmarks, history
//! features and manual testing.
//!
//! ```text
//! cargo run --release --example gen_catalog -- DIR --services N [--seed S]
//!     [--history COMMITS] [--since YYYY-MM-DD] [--until YYYY-MM-DD]
//! ```
//!
//! Writes a valid catalog (the format of docs/format.md) of any size into DIR, which
//! must not exist or be empty, one entity per file named after its id:
//! `platctl.yaml`; about N/25 teams (at least 3; platform, security, sre and
//! data teams that own capabilities, and product teams); N services with 1-6
//! `uses` each (plain ids and maps with `since`/`version`), about 2% retired;
//! 41 capabilities in every lifecycle; a deprecation for each deprecated or
//! retired capability, with consumers (some exempt through an exception);
//! roadmap quarters 2025-Q1..2027-Q1 with N/100+5 items each; about N/5
//! intake requests under `intake/<year>/`; about N/50 exceptions; observed
//! KPI series in `metrics/`; NPS, CSAT and alignment surveys per quarter.
//!
//! The catalog is written as of 2026-11-27: it lints clean (docs/rules.md) with
//! `--today 2026-11-27` (or `PLATCTL_TODAY=2026-11-27`); on later days the
//! date rules (expiring exceptions, stale intake, ...) start to fire.
//!
//! The same arguments always give the same bytes: every random choice comes
//! from a splitmix64 PRNG seeded by `--seed` (default 42).
//!
//! With `--history COMMITS`, DIR is also a git repository on branch `main`
//! whose COMMITS commits grow the catalog: the first holds ~20% of the
//! services and most capabilities, each later one adds services and intake,
//! flips `uses`, moves lifecycles, triages intake, delivers roadmap items and
//! so on, so most files are unchanged between consecutive commits. The last
//! commit's tree is byte for byte the catalog written without `--history`.
//! Commits are by `gen <gen@example.com>`, with author and committer dates
//! spread evenly from `--since` (default 2025-01-01) 09:00 UTC to `--until`
//! (default 2026-11-27) 17:00 UTC. They are streamed into one
//! `git fast-import`, which is more than ten times faster than running
//! `git add` and `git commit` for each commit.
//!
//! Only the standard library is used, so this example builds whatever state
//! the crate's own dependencies are in. Errors are reported on stderr with
//! exit status 2.
// A developer tool, not the product: it writes files and unwraps freely.
// A generator reads as the catalog it writes, one kind at a time.
#![allow(
    clippy::disallowed_methods,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::too_many_lines
)]

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt::{self, Write as _};
use std::fs::{self, File};
use std::io::{BufWriter, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

const USAGE: &str = "\
usage: gen_catalog DIR --services N [--seed S] [--history COMMITS]
                   [--since YYYY-MM-DD] [--until YYYY-MM-DD]

Writes a valid, lint-clean platctl catalog with N services into DIR, which
must not exist or must be empty. The same arguments give the same bytes.

  --services N         number of services (teams, intake, exceptions and
                       roadmap items scale with it)
  --seed S             PRNG seed (default 42)
  --history COMMITS    make DIR a git repository in which the catalog grows
                       over COMMITS commits; the last one holds the full catalog
  --since DATE         date of the first commit (default 2025-01-01)
  --until DATE         date of the last commit (default 2026-11-27)
";

// ---------------------------------------------------------------------------
// Dates and quarters
// ---------------------------------------------------------------------------

/// Days since 1970-01-01 (proleptic Gregorian).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
struct Date(i32);

const fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = (y - era * 400) as u32;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe as i32 - 719_468
}

fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = (z - era * 146_097) as u32;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe as i32 + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

impl Date {
    const fn ymd(y: i32, m: u32, d: u32) -> Date {
        Date(days_from_civil(y, m, d))
    }

    fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if !s.is_ascii() || b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |from: usize, to: usize| -> Option<u32> {
            let t = &s[from..to];
            if t.bytes().all(|c| c.is_ascii_digit()) {
                t.parse().ok()
            } else {
                None
            }
        };
        let (y, m, d) = (num(0, 4)? as i32, num(5, 7)?, num(8, 10)?);
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        let date = Date::ymd(y, m, d);
        (date.civil() == (y, m, d)).then_some(date)
    }

    fn civil(self) -> (i32, u32, u32) {
        civil_from_days(self.0)
    }

    fn add(self, days: i64) -> Date {
        Date(self.0 + days as i32)
    }

    fn days_since(self, other: Date) -> i64 {
        i64::from(self.0 - other.0)
    }

    fn year(self) -> i32 {
        self.civil().0
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.civil();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Quarter {
    y: i32,
    q: u32,
}

impl Quarter {
    fn start(self) -> Date {
        Date::ymd(self.y, (self.q - 1) * 3 + 1, 1)
    }

    fn next(self) -> Quarter {
        if self.q == 4 {
            Quarter {
                y: self.y + 1,
                q: 1,
            }
        } else {
            Quarter {
                y: self.y,
                q: self.q + 1,
            }
        }
    }

    fn end(self) -> Date {
        self.next().start().add(-1)
    }

    fn slug(self) -> String {
        format!("{}-q{}", self.y, self.q)
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-Q{}", self.y, self.q)
    }
}

/// The catalog is generated as of this day ("today" for every lint rule).
const ASOF: Date = Date::ymd(2026, 11, 27);
/// Entity dates start here.
const BASE: Date = Date::ymd(2025, 1, 1);
const FIRST_QUARTER: Quarter = Quarter { y: 2025, q: 1 };
const LAST_QUARTER: Quarter = Quarter { y: 2027, q: 1 };

// ---------------------------------------------------------------------------
// Steps: the catalog's timeline, independent of the number of commits
// ---------------------------------------------------------------------------

/// Every change in the catalog happens at a step in 0..=STEPS; commit c of K
/// shows the catalog at step c * STEPS / (K - 1). Step STEPS is the final
/// catalog, the one written without --history.
const STEPS: u32 = 1_000_000;
const NEVER: u32 = u32::MAX;

fn span_days() -> i64 {
    ASOF.days_since(BASE)
}

fn date_of_step(s: u32) -> Date {
    BASE.add(i64::from(s.min(STEPS)) * span_days() / i64::from(STEPS))
}

fn step_of_date(d: Date) -> u32 {
    let x = d.days_since(BASE) * i64::from(STEPS) / span_days();
    x.clamp(0, i64::from(STEPS)) as u32
}

/// A value that changes over the steps: the value at step s is the last one
/// whose step is <= s; before the first step the thing does not exist.
#[derive(Clone, Debug)]
struct Hist<T: Copy>(Vec<(u32, T)>);

impl<T: Copy> Hist<T> {
    fn new(step: u32, v: T) -> Self {
        Hist(vec![(step, v)])
    }

    /// Appends a change; steps never go backwards.
    fn push(&mut self, step: u32, v: T) {
        let last = self.0.last().map_or(0, |e| e.0);
        self.0.push((step.max(last), v));
    }

    fn at(&self, s: u32) -> Option<T> {
        let mut out = None;
        for &(st, v) in &self.0 {
            if st <= s {
                out = Some(v);
            } else {
                break;
            }
        }
        out
    }

    fn start(&self) -> u32 {
        self.0.first().map_or(NEVER, |e| e.0)
    }

    fn last(&self) -> T {
        self.0[self.0.len() - 1].1
    }
}

// ---------------------------------------------------------------------------
// PRNG (splitmix64)
// ---------------------------------------------------------------------------

struct Rng(u64);

impl Rng {
    fn new(seed: u64, stream: u64) -> Rng {
        let mut r = Rng(seed ^ stream.wrapping_mul(0xD1B5_4A32_D192_ED03));
        r.next();
        r
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// 0..n (0 when n is 0).
    fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next()) * u128::from(n)) >> 64) as u64
    }

    fn index(&mut self, len: usize) -> usize {
        self.below(len as u64) as usize
    }

    /// lo..=hi (lo when hi < lo).
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            lo
        } else {
            lo + self.below((hi - lo + 1) as u64) as i64
        }
    }

    /// A step in lo..=hi, clamped to STEPS.
    fn step_in(&mut self, lo: u32, hi: u32) -> u32 {
        let hi = hi.min(STEPS);
        let lo = lo.min(STEPS);
        self.range(i64::from(lo), i64::from(hi)) as u32
    }

    /// A step after `from`, at most `window` later; None past the end of the
    /// timeline (a change drawn past the end simply does not happen, so that
    /// changes do not pile up on the last commit).
    fn later(&mut self, from: u32, window: u32) -> Option<u32> {
        let step = u64::from(from) + 1 + self.below(u64::from(window.max(1)));
        (step <= u64::from(STEPS)).then_some(step as u32)
    }

    /// `from` plus up to `days` days, but not after `limit`.
    fn date_within(&mut self, from: Date, days: i64, limit: Date) -> Date {
        from.add(self.range(0, days.min(limit.days_since(from))))
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.index(xs.len())]
    }

    fn weighted(&mut self, w: &[u32]) -> usize {
        let total: u64 = w.iter().map(|&x| u64::from(x)).sum();
        let mut r = self.below(total);
        for (i, &x) in w.iter().enumerate() {
            if r < u64::from(x) {
                return i;
            }
            r -= u64::from(x);
        }
        w.len() - 1
    }
}

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn crockford_id(rng: &mut Rng, prefix: &str, used: &mut HashSet<String>) -> String {
    loop {
        let mut s = String::with_capacity(prefix.len() + 6);
        s.push_str(prefix);
        for _ in 0..6 {
            s.push(CROCKFORD[rng.index(32)] as char);
        }
        if used.insert(s.clone()) {
            return s;
        }
    }
}

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

/// Platform-side teams: slug | name | type. A catalog has 1..=10 of them.
const PLATFORM_TEAMS: &str = "
devex         | Developer Experience         | platform
runtime       | Runtime Platform             | platform
security      | Security Engineering         | security
sre           | Site Reliability Engineering | sre
data-platform | Data Platform                | data
identity      | Identity and Access          | platform
observability | Observability                | platform
delivery      | Delivery Engineering         | platform
networking    | Networking                   | platform
finops        | Cloud FinOps                 | platform
";

/// Product domains: product teams and services are named after them.
const DOMAINS: &str = "
payments checkout search catalog orders billing inventory shipping accounts profiles
notifications messaging recommendations pricing reviews loyalty fraud ledger invoicing
subscriptions analytics reporting marketing campaigns content media partners onboarding
helpdesk returns warehouse logistics tax compliance risk lending cards wallet rewards ads
growth experiments maps routing booking scheduling chat feeds social video music documents
forms crm sales quotes contracts hr payroll learning
";

/// Second word of a product team's id once every domain has a team.
const QUALIFIERS: &str =
    "core web mobile growth ops insights integrations experience enablement services";

/// Second word of a service's id.
const COMPONENTS: &str = "
api web worker gateway scheduler ingest sync admin mobile-bff events cache indexer exporter
importer console jobs service stream notifier resolver proxy portal batch graph reporter
";

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Lc {
    Proposed,
    Experimental,
    Beta,
    Ga,
    Deprecated,
    Retired,
}

impl Lc {
    const ALL: [Lc; 6] = [
        Lc::Proposed,
        Lc::Experimental,
        Lc::Beta,
        Lc::Ga,
        Lc::Deprecated,
        Lc::Retired,
    ];

    fn as_str(self) -> &'static str {
        match self {
            Lc::Proposed => "proposed",
            Lc::Experimental => "experimental",
            Lc::Beta => "beta",
            Lc::Ga => "ga",
            Lc::Deprecated => "deprecated",
            Lc::Retired => "retired",
        }
    }
}

/// The capability catalog: id | name | summary | category | final lifecycle |
/// flags (golden, control) | replacement | interfaces (name:kind ...).
///
/// Rows are in dependency order: a capability depends only on earlier beta
/// or ga ones, so there are no cycles and nothing depends on a deprecated or
/// retired capability. Replacements are ga.
const CAPS: &str = "
identity-sso          | Single sign-on         | OIDC and SAML login for every internal and external app      | identity      | ga           | golden         | -                  | oidc:api auth-sdk:library
secrets-vault         | Secrets management     | Central secret storage with rotation and audit               | security      | ga           | golden,control | -                  | vault-api:api vault-cli:cli
dns-certificates      | DNS and certificates   | Managed DNS zones and automatic TLS certificates             | networking    | ga           | -              | -                  | dns-api:api
k8s-runtime           | Kubernetes runtime     | Multi-tenant Kubernetes clusters with namespaces on demand   | runtime       | ga           | golden         | -                  | namespaces:api kubectl-plugin:cli
artifact-registry     | Artifact registry      | Container images and packages with retention and scanning    | delivery      | ga           | -              | -                  | registry-api:api
ci-pipelines          | Standard CI pipelines  | Reusable workflows with built-in scanning                    | delivery      | ga           | golden         | -                  | reusable-workflows:workflow
observability-logs    | Centralized logging    | Structured log shipping, search and retention                | observability | ga           | golden         | -                  | log-sdk:library
observability-metrics | Metrics and dashboards | Prometheus-compatible metrics with shared dashboards         | observability | ga           | golden         | -                  | metrics-sdk:library dashboards:ui
managed-postgres      | Managed PostgreSQL     | Provisioned Postgres with backups, failover and upgrades     | data          | ga           | -              | -                  | db-operator:api
managed-redis         | Managed Redis          | Provisioned Redis for caching and queues                     | data          | ga           | -              | -                  | redis-operator:api
object-storage        | Object storage         | S3-compatible buckets with lifecycle policies                | data          | ga           | -              | -                  | s3-api:api
message-queue         | Event bus              | Managed Kafka topics with schemas and quotas                 | data          | ga           | -              | -                  | topics:api events:event
feature-flags         | Feature flags          | Flag evaluation SDKs with gradual rollouts                   | delivery      | ga           | -              | -                  | flags-sdk:library
api-gateway           | API gateway            | Ingress routing, rate limits and authentication at the edge  | runtime       | ga           | -              | -                  | routes:api
cdn-edge              | CDN and edge caching   | Global caching and DDoS protection for public traffic        | networking    | ga           | -              | -                  | edge-config:api
sast-scanning         | Static analysis        | Code scanning on every pull request with triage              | security      | ga           | control        | -                  | scan-workflow:workflow
dependency-scanning   | Dependency scanning    | Vulnerable dependency alerts and automatic upgrades          | security      | ga           | control        | -                  | scan-cli:cli
backup-restore        | Backup and restore     | Scheduled backups with tested restores                       | data          | ga           | -              | -                  | backup-api:api
incident-paging       | Incident paging        | On-call schedules, paging and incident channels              | reliability   | ga           | -              | -                  | paging-api:api
service-templates     | Service templates      | Scaffolding for new services on the paved road               | delivery      | ga           | golden         | -                  | templates:template
data-warehouse        | Data warehouse         | Governed analytics warehouse with shared models              | data          | ga           | -              | -                  | sql:api
tracing               | Distributed tracing    | OpenTelemetry tracing with sampling and search               | observability | beta         | -              | -                  | otel-sdk:library
service-mesh          | Service mesh           | Mutual TLS and traffic policy between services               | runtime       | beta         | -              | -                  | mesh-config:api
container-signing     | Container signing      | Signed images and admission checks for provenance            | security      | beta         | control        | -                  | sign-cli:cli
slo-dashboards        | SLO dashboards         | Error budgets and burn-rate alerts per service               | observability | beta         | -              | -                  | slo-ui:ui
preview-environments  | Preview environments   | Ephemeral environments for every pull request                | delivery      | beta         | -              | -                  | preview-workflow:workflow
cost-insights         | Cost insights          | Per-team cloud cost reports and budgets                      | finops        | beta         | -              | -                  | cost-ui:ui
developer-portal      | Developer portal       | Service catalog, docs and scorecards in one place            | delivery      | beta         | -              | -                  | portal:ui
stream-processing     | Stream processing      | Managed Flink jobs for real-time pipelines                   | data          | experimental | -              | -                  | jobs-api:api
ml-serving            | Model serving          | Hosted inference endpoints with autoscaling                  | data          | experimental | -              | -                  | inference-api:api
workflow-engine       | Workflow engine        | Durable workflows for long-running business processes        | runtime       | experimental | -              | -                  | workflow-sdk:library
chaos-testing         | Chaos testing          | Scheduled fault injection in staging                         | reliability   | experimental | -              | -                  | chaos-cli:cli
policy-as-code        | Policy as code         | Shared admission and deployment policies                     | security      | proposed     | -              | -                  | policy-bundles:other
ephemeral-databases   | Ephemeral databases    | Short-lived databases seeded for tests                       | data          | proposed     | -              | -                  | ephemeral-cli:cli
llm-gateway           | LLM gateway            | Approved model access with quotas and logging                | runtime       | proposed     | -              | -                  | llm-api:api
legacy-auth           | Legacy auth service    | Session-cookie login from the monolith era                   | identity      | deprecated   | -              | identity-sso       | auth-v1:api
jenkins-ci            | Jenkins CI             | Shared Jenkins controllers and freestyle jobs                | delivery      | deprecated   | -              | ci-pipelines       | jobs:workflow
vm-hosting            | VM hosting             | Hand-managed virtual machines with config management         | runtime       | deprecated   | -              | k8s-runtime        | vm-api:api
shared-mysql          | Shared MySQL           | One shared MySQL cluster for small services                  | data          | deprecated   | -              | managed-postgres   | mysql:api
self-hosted-elk       | Self-hosted ELK        | Team-run Elasticsearch and Kibana stacks                     | observability | retired      | -              | observability-logs | kibana:ui
ftp-transfer          | FTP file transfer      | Partner file exchange over FTP                               | data          | retired      | -              | object-storage     | ftp:other
";

/// Roadmap themes: id | name | outcome.
const THEMES: &str = "
self-service         | Self-service onboarding  | Time-to-onboard under 2 days
reliability          | Reliability by default   | SLO attainment at 99.9% or better
security-baseline    | Security baseline        | Every tier-1 service on the required controls
developer-velocity   | Developer velocity       | Lead time under one day
cost-efficiency      | Cost efficiency          | Cost per service down 10%
data-foundations     | Data foundations         | Managed data stores for every new service
golden-paths         | Golden paths             | Half of new services start from a template
observability        | Observability everywhere | Every service traced and alerting on SLOs
modernization        | Legacy modernization     | Deprecated capabilities have no pending consumers
developer-experience | Developer experience     | Platform NPS above 30
";

/// Roadmap items about one capability: id prefix | title | outcome, where
/// `{c}` is the capability's name.
const ITEM_TEMPLATES: &str = "
self-service  | Self-service {c}             | Teams get {c} without filing a ticket
autoscaling   | Autoscaling for {c}          | {c} absorbs peak load without paging anyone
multi-region  | Multi-region {c}             | {c} survives the loss of a region
cost-controls | Cost controls for {c}        | {c} spend down 15% per service
audit-log     | Audit logging for {c}        | Every change to {c} is attributable
golden-path   | Golden path for {c}          | New services adopt {c} on day one
migration-kit | Migration kit for {c}        | 50 more services on {c}
docs-refresh  | Docs refresh for {c}         | Support tickets about {c} down 30%
latency       | Latency work in {c}          | {c} p99 latency under 300 ms
ga-readiness  | General availability of {c}  | {c} passes the GA checklist
v2-interface  | Version 2 interface for {c}  | Half of {c} adopters on v2
slo-alerting  | SLO alerting for {c}         | {c} burn-rate alerts reach the owning team
";

/// Roadmap items not tied to one capability: id prefix | title | outcome.
const GENERIC_ITEMS: &str = "
onboarding-portal  | Onboarding portal for new teams | New teams self-onboard in a day
service-scorecards | Service scorecards              | Scorecards published for every tier-1 service
support-rotation   | Platform support rotation       | Median first response under 4 hours
docs-search        | Unified docs search             | Docs searches that end in a ticket down 20%
cost-reports       | Monthly cost reports per team   | Every team sees its cloud spend monthly
golden-path-audit  | Golden path audit               | Gaps in the paved road listed and ranked
incident-reviews   | Blameless incident reviews      | Every sev-1 reviewed within 5 days
access-reviews     | Quarterly access reviews        | No admin access older than 90 days without review
";

/// What intake of type `capability` asks for when it names no capability.
/// One per line.
const NEW_THINGS: &str = "
managed Elasticsearch
GPU capacity
managed MongoDB
a GraphQL gateway
shared staging environments
a mobile build farm
managed RabbitMQ
secret scanning for notebooks
";

const ITEM_KPIS: [&str; 10] = [
    "time-to-onboard",
    "adoption-rate",
    "slo-attainment",
    "lead-time",
    "mttr",
    "intake-triage-time",
    "security-control-coverage",
    "deprecation-progress",
    "ticket-deflection-rate",
    "platform-nps",
];

const FIRST_NAMES: [&str; 12] = [
    "alice", "bruno", "chen", "dana", "emeka", "fatima", "gustav", "hana", "ivan", "jo", "kofi",
    "lena",
];
const LAST_NAMES: [&str; 10] = [
    "smith", "garcia", "nguyen", "okafor", "muller", "rossi", "tanaka", "silva", "kowalski",
    "haddad",
];
const APPROVERS: [&str; 5] = [
    "Security: J. Doe",
    "Security: M. Chen",
    "CISO: A. Rivera",
    "Platform council",
    "Architecture board",
];
const EXC_REASONS: [&str; 5] = [
    "The migration lands with the next major release",
    "A vendor dependency blocks the upgrade",
    "The service is being rewritten and retires next year",
    "Load tests against the replacement still fail",
    "The team is at capacity until the peak season ends",
];
const EXC_CONTROLS: [&str; 5] = [
    "Weekly token rotation",
    "Extra monitoring on the legacy path",
    "Network isolation and quarterly access reviews",
    "Manual security review of every release",
    "Alerting on any use outside business hours",
];

/// The rows of a `|`-separated table, cells trimmed, blank lines skipped.
fn table(text: &'static str) -> Vec<Vec<&'static str>> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('|').map(str::trim).collect())
        .collect()
}

/// A table of three columns.
fn table3(text: &'static str) -> Vec<(&'static str, &'static str, &'static str)> {
    table(text)
        .into_iter()
        .map(|r| (r[0], r[1], r[2]))
        .collect()
}

fn words(text: &'static str) -> Vec<&'static str> {
    text.split_whitespace().collect()
}

struct CapDef {
    id: &'static str,
    name: &'static str,
    summary: &'static str,
    category: &'static str,
    lifecycle: Lc,
    control: bool,
    golden: bool,
    replacement: Option<&'static str>,
    /// Interfaces: (name, kind).
    ifaces: Vec<(&'static str, &'static str)>,
}

fn cap_defs() -> Vec<CapDef> {
    table(CAPS)
        .into_iter()
        .map(|r| {
            let flags: Vec<&str> = r[5].split(',').collect();
            CapDef {
                id: r[0],
                name: r[1],
                summary: r[2],
                category: r[3],
                lifecycle: Lc::ALL
                    .into_iter()
                    .find(|l| l.as_str() == r[4])
                    .unwrap_or(Lc::Proposed),
                golden: flags.contains(&"golden"),
                control: flags.contains(&"control"),
                replacement: (r[6] != "-").then_some(r[6]),
                ifaces: r[7]
                    .split_whitespace()
                    .filter_map(|f| f.split_once(':'))
                    .collect(),
            }
        })
        .collect()
}

fn title_case(slug: &str) -> String {
    let mut out = String::new();
    for (i, w) in slug.split('-').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        match w {
            "api" | "bff" | "crm" | "hr" => out.push_str(&w.to_ascii_uppercase()),
            _ => {
                let mut cs = w.chars();
                if let Some(c) = cs.next() {
                    out.push(c.to_ascii_uppercase());
                    out.push_str(cs.as_str());
                }
            }
        }
    }
    out
}

/// A YAML scalar: plain when that reads back as the same string, else
/// double-quoted.
fn yq(s: &str) -> Cow<'_, str> {
    if plain_ok(s) {
        return Cow::Borrowed(s);
    }
    let mut q = String::with_capacity(s.len() + 2);
    q.push('"');
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            '\t' => q.push_str("\\t"),
            c => q.push(c),
        }
    }
    q.push('"');
    Cow::Owned(q)
}

fn plain_ok(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    if !first.is_ascii_alphanumeric() || s.ends_with(' ') || s.ends_with(':') {
        return false;
    }
    if s.contains(": ") || s.contains(" #") {
        return false;
    }
    if s.chars().any(|c| {
        c.is_control() || matches!(c, '"' | '\\' | '{' | '}' | '[' | ']' | '`' | '|' | '>')
    }) {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n"
    ) {
        return false;
    }
    s.parse::<f64>().is_err()
}

/// `writeln!` into a String, which cannot fail.
macro_rules! w {
    ($out:expr, $($arg:tt)*) => {{
        let _ = writeln!($out, $($arg)*);
    }};
}

// ---------------------------------------------------------------------------
// The model: every entity with its history over the steps
// ---------------------------------------------------------------------------

struct Team {
    id: String,
    slug: String,
    name: String,
    kind: &'static str,
    contact: String,
    /// Before this step the team had another contact.
    old_contact: Option<(u32, String)>,
}

struct Use {
    cap: usize,
    add: u32,
    /// NEVER for a use that is in the final catalog.
    remove: u32,
    map: bool,
    since: Option<Date>,
    version: Option<&'static str>,
    old_version: Option<(u32, &'static str)>,
}

struct Service {
    id: String,
    name: String,
    team: usize,
    tier: u8,
    old_tier: Option<(u32, u8)>,
    appear: u32,
    retire: u32,
    created: Date,
    first_deploy: Option<Date>,
    uses: Vec<Use>,
}

struct Iface {
    name: &'static str,
    kind: &'static str,
    version: &'static str,
    /// The interface was v1 before this step.
    upgraded: Option<u32>,
}

struct Cap {
    def: CapDef,
    owner: usize,
    old_owner: Option<(u32, usize)>,
    life: Hist<Lc>,
    deprecated_at: u32,
    retired_at: u32,
    announced: Date,
    sunset: Date,
    eligible_tiers: Vec<u8>,
    eligible_teams: Vec<usize>,
    ifaces: Vec<Iface>,
    depends_on: Vec<usize>,
    slo: Option<(&'static str, u32)>,
    support: bool,
    docs: bool,
    runbook: bool,
    reviews: Vec<Date>,
}

struct Consumer {
    svc: usize,
    status: Hist<&'static str>,
    exception: Option<usize>,
}

struct Deprecation {
    id: String,
    cap: usize,
    replacement: Option<usize>,
    announced: Date,
    sunset: Date,
    status: Hist<&'static str>,
    consumers: Vec<Consumer>,
}

struct Exception {
    id: String,
    title: String,
    standard: usize,
    team: usize,
    service: Option<usize>,
    reason: &'static str,
    risk: &'static str,
    controls: Option<&'static str>,
    requested: Date,
    status: Hist<&'static str>,
    approved_by: Option<&'static str>,
    granted: Option<Date>,
    expires: Date,
}

struct QuarterFile {
    q: Quarter,
    appear: u32,
    themes: Vec<usize>,
    items: Vec<usize>,
}

struct Item {
    id: String,
    title: String,
    theme: Option<usize>,
    owner: usize,
    capability: Option<usize>,
    committed: bool,
    status: Hist<&'static str>,
    effort: Option<u32>,
    depends_on: Vec<usize>,
    intake: Vec<usize>,
    kpi: Option<&'static str>,
    outcome: Option<String>,
    delivered: Option<Date>,
    slipped_to: Option<Quarter>,
}

struct Intake {
    id: String,
    title: String,
    team: usize,
    contact: Option<String>,
    created: Date,
    kind: &'static str,
    problem: [String; 2],
    outcome: Option<String>,
    urgency: &'static str,
    reach: u32,
    impact: &'static str,
    confidence: &'static str,
    effort: Option<u32>,
    capability: Option<usize>,
    status: Hist<&'static str>,
    route: &'static str,
    triaged: Option<Date>,
    resolved: Option<Date>,
    duplicate_of: Option<usize>,
    roadmap_item: Option<usize>,
}

struct Point {
    step: u32,
    period: String,
    value: String,
}

struct Metric {
    file: String,
    kpi: &'static str,
    cap: Option<usize>,
    points: Vec<Point>,
}

struct Survey {
    id: String,
    kind: &'static str,
    period: Quarter,
    cap: Option<usize>,
    responses: Vec<u8>,
    appear: u32,
}

/// The parsed vocabulary tables.
struct Vocab {
    platform_teams: Vec<(&'static str, &'static str, &'static str)>,
    domains: Vec<&'static str>,
    qualifiers: Vec<&'static str>,
    components: Vec<&'static str>,
    themes: Vec<(&'static str, &'static str, &'static str)>,
    item_templates: Vec<(&'static str, &'static str, &'static str)>,
    generic_items: Vec<(&'static str, &'static str, &'static str)>,
    new_things: Vec<&'static str>,
}

struct Catalog {
    v: Vocab,
    n: usize,
    seed: u64,
    teams: Vec<Team>,
    platform: Vec<usize>,
    product: Vec<usize>,
    caps: Vec<Cap>,
    services: Vec<Service>,
    deps: Vec<Deprecation>,
    excs: Vec<Exception>,
    quarters: Vec<QuarterFile>,
    items: Vec<Item>,
    /// Index of the quarter file that lists each item.
    item_quarter: Vec<usize>,
    intake: Vec<Intake>,
    metrics: Vec<Metric>,
    surveys: Vec<Survey>,
}

// ---------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------

impl Catalog {
    fn generate(n: usize, seed: u64) -> Catalog {
        let v = Vocab {
            platform_teams: table3(PLATFORM_TEAMS),
            domains: words(DOMAINS),
            qualifiers: words(QUALIFIERS),
            components: words(COMPONENTS),
            themes: table3(THEMES),
            item_templates: table3(ITEM_TEMPLATES),
            generic_items: table3(GENERIC_ITEMS),
            new_things: NEW_THINGS
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect(),
        };
        let mut cat = Catalog {
            v,
            n,
            seed,
            teams: Vec::new(),
            platform: Vec::new(),
            product: Vec::new(),
            caps: Vec::new(),
            services: Vec::new(),
            deps: Vec::new(),
            excs: Vec::new(),
            quarters: Vec::new(),
            items: Vec::new(),
            item_quarter: Vec::new(),
            intake: Vec::new(),
            metrics: Vec::new(),
            surveys: Vec::new(),
        };
        // One stream per kind, so that a kind's size does not shift the others.
        cat.gen_teams(&mut Rng::new(seed, 1));
        cat.gen_caps(&mut Rng::new(seed, 2));
        cat.gen_services(&mut Rng::new(seed, 3));
        cat.gen_deprecations(&mut Rng::new(seed, 4));
        cat.gen_exceptions(&mut Rng::new(seed, 5));
        cat.gen_roadmap(&mut Rng::new(seed, 6));
        cat.gen_intake(&mut Rng::new(seed, 7));
        cat.gen_metrics(&mut Rng::new(seed, 8));
        cat.gen_surveys(&mut Rng::new(seed, 9));
        cat
    }

    fn cap_index(&self, id: &str) -> Option<usize> {
        self.caps.iter().position(|c| c.def.id == id)
    }

    fn gen_teams(&mut self, rng: &mut Rng) {
        let total = self.n.div_ceil(25).max(3);
        let nplat = (total / 6).clamp(1, self.v.platform_teams.len());
        let platform_teams = self.v.platform_teams.clone();
        for &(slug, name, kind) in platform_teams.iter().take(nplat) {
            self.platform.push(self.teams.len());
            self.teams.push(Team {
                id: format!("team-{slug}"),
                slug: slug.to_string(),
                name: name.to_string(),
                kind,
                contact: format!("#{slug}"),
                old_contact: None,
            });
        }
        for t in 0..total - nplat {
            let domain = self.v.domains[t % self.v.domains.len()];
            let round = t / self.v.domains.len();
            let (slug, name) = if round == 0 {
                (domain.to_string(), title_case(domain))
            } else {
                let qual = self.v.qualifiers[(round - 1) % self.v.qualifiers.len()];
                let rep = (round - 1) / self.v.qualifiers.len();
                if rep == 0 {
                    (
                        format!("{domain}-{qual}"),
                        title_case(&format!("{domain}-{qual}")),
                    )
                } else {
                    (
                        format!("{domain}-{qual}-{}", rep + 1),
                        format!("{} {}", title_case(&format!("{domain}-{qual}")), rep + 1),
                    )
                }
            };
            let kind = if matches!(domain, "analytics" | "reporting" | "experiments") {
                "data"
            } else if t % 29 == 13 {
                "other"
            } else {
                "product"
            };
            self.product.push(self.teams.len());
            self.teams.push(Team {
                id: format!("team-{slug}"),
                contact: format!("#{slug}"),
                slug,
                name,
                kind,
                old_contact: None,
            });
        }
        for team in &mut self.teams {
            if rng.chance(0.1) {
                let step = rng.step_in(STEPS / 10, STEPS * 9 / 10);
                team.old_contact = Some((step, format!("{}@example.com", team.slug)));
            }
        }
    }

    fn owner_for(&self, category: &str, ci: usize) -> usize {
        let preferred: &[&str] = match category {
            "delivery" => &["delivery", "devex"],
            "runtime" => &["runtime"],
            "security" => &["security"],
            "identity" => &["identity", "security"],
            "observability" => &["observability", "sre"],
            "data" => &["data-platform"],
            "networking" => &["networking", "runtime"],
            "finops" => &["finops"],
            "reliability" => &["sre", "observability"],
            _ => &[],
        };
        for slug in preferred {
            if let Some(&t) = self.platform.iter().find(|&&t| self.teams[t].slug == *slug) {
                return t;
            }
        }
        self.platform[ci % self.platform.len()]
    }

    fn gen_caps(&mut self, rng: &mut Rng) {
        for (ci, def) in cap_defs().into_iter().enumerate() {
            let owner = self.owner_for(def.category, ci);
            let mut deprecated_at = NEVER;
            let mut retired_at = NEVER;
            let mut announced = BASE;
            let mut sunset = BASE;
            let life = match def.lifecycle {
                Lc::Ga => {
                    let a = if ci < 10 || rng.chance(0.75) {
                        0
                    } else {
                        rng.step_in(0, STEPS / 2)
                    };
                    let mut h = Hist::new(a, if rng.chance(0.35) { Lc::Beta } else { Lc::Ga });
                    if h.last() != Lc::Ga {
                        h.push(rng.step_in(a, a + (STEPS - a) / 2), Lc::Ga);
                    }
                    h
                }
                Lc::Beta => {
                    let a = if rng.chance(0.5) {
                        0
                    } else {
                        rng.step_in(0, STEPS * 6 / 10)
                    };
                    let mut h = Hist::new(a, Lc::Experimental);
                    h.push(rng.step_in(a, a + (STEPS - a) * 3 / 4), Lc::Beta);
                    h
                }
                Lc::Experimental => {
                    let a = if rng.chance(0.3) {
                        0
                    } else {
                        rng.step_in(0, STEPS * 8 / 10)
                    };
                    let start = if rng.chance(0.5) {
                        Lc::Proposed
                    } else {
                        Lc::Experimental
                    };
                    let mut h = Hist::new(a, start);
                    if start != Lc::Experimental {
                        h.push(rng.step_in(a, a + (STEPS - a) / 2), Lc::Experimental);
                    }
                    h
                }
                Lc::Proposed => Hist::new(rng.step_in(STEPS / 3, STEPS), Lc::Proposed),
                Lc::Deprecated => {
                    let d = rng.step_in(STEPS * 3 / 10, STEPS * 85 / 100);
                    deprecated_at = d;
                    announced = date_of_step(d);
                    sunset = announced
                        .add(150)
                        .max(Date::ymd(2027, 1, 31))
                        .add(rng.range(0, 120));
                    let mut h = Hist::new(0, Lc::Ga);
                    h.push(d, Lc::Deprecated);
                    h
                }
                Lc::Retired => {
                    let d = rng.step_in(STEPS / 20, STEPS * 3 / 10);
                    deprecated_at = d;
                    announced = date_of_step(d);
                    sunset = announced.add(90 + rng.range(10, 60));
                    let r = step_of_date(sunset.add(1)).max(d + 10);
                    retired_at = r;
                    let mut h = Hist::new(0, Lc::Ga);
                    h.push(d, Lc::Deprecated);
                    h.push(r, Lc::Retired);
                    h
                }
            };
            let appear = life.start();
            let final_lc = def.lifecycle;
            let ifaces = def
                .ifaces
                .iter()
                .map(|&(name, kind)| {
                    let (version, upgraded) = if final_lc == Lc::Ga && rng.chance(0.35) {
                        let lo = appear.max(STEPS / 5);
                        ("v2", Some(rng.step_in(lo, lo.max(STEPS * 9 / 10))))
                    } else if final_lc >= Lc::Beta && rng.chance(0.15) {
                        ("v2", None)
                    } else {
                        ("v1", None)
                    };
                    Iface {
                        name,
                        kind,
                        version,
                        upgraded,
                    }
                })
                .collect();
            let mut depends_on = Vec::new();
            if ci >= 3 && rng.chance(0.5) {
                let candidates: Vec<usize> = (0..ci)
                    .filter(|&j| matches!(self.caps[j].def.lifecycle, Lc::Beta | Lc::Ga))
                    .collect();
                let count = 1 + rng.index(2);
                for _ in 0..count {
                    let j = rng.pick(&candidates);
                    if !depends_on.contains(&j) {
                        depends_on.push(j);
                    }
                }
                depends_on.sort_unstable();
            }
            let eligible_tiers = match def.id {
                "chaos-testing" | "incident-paging" | "backup-restore" => vec![1, 2],
                _ => Vec::new(),
            };
            let mut eligible_teams = Vec::new();
            if matches!(def.id, "ml-serving" | "stream-processing") {
                for _ in 0..4 {
                    let t = rng.pick(&self.product);
                    if !eligible_teams.contains(&t) {
                        eligible_teams.push(t);
                    }
                }
                eligible_teams.sort_unstable();
            }
            let ready = final_lc >= Lc::Beta;
            let slo = ready.then(|| {
                (
                    ["99.5", "99.9", "99.95", "99.99"][rng.weighted(&[2, 5, 3, 1])],
                    rng.pick(&[100, 200, 250, 300, 500, 1000]),
                )
            });
            let docs = ready || (final_lc == Lc::Experimental && rng.chance(0.5));
            let mut reviews = Vec::new();
            if def.control || def.category == "security" {
                reviews.push(Date::ymd(2025, 3, 1).add(rng.range(0, 200)));
                reviews.push(Date::ymd(2026, 3, 1).add(rng.range(0, 200)));
            } else if rng.chance(0.3) {
                reviews.push(Date::ymd(2025, 6, 1).add(rng.range(0, 500)));
            }
            self.caps.push(Cap {
                def,
                owner,
                old_owner: None,
                life,
                deprecated_at,
                retired_at,
                announced,
                sunset,
                eligible_tiers,
                eligible_teams,
                ifaces,
                depends_on,
                slo,
                support: ready,
                docs,
                runbook: ready,
                reviews,
            });
        }
        // A couple of capabilities changed hands along the way.
        if self.platform.len() >= 2 {
            let ga: Vec<usize> = (0..self.caps.len())
                .filter(|&c| self.caps[c].def.lifecycle == Lc::Ga)
                .collect();
            for _ in 0..2 {
                let c = rng.pick(&ga);
                if self.caps[c].old_owner.is_some() {
                    continue;
                }
                let others: Vec<usize> = self
                    .platform
                    .iter()
                    .copied()
                    .filter(|&t| t != self.caps[c].owner)
                    .collect();
                let old = rng.pick(&others);
                let lo = self.caps[c].life.start().max(STEPS / 5);
                let step = rng.step_in(lo, lo.max(STEPS * 4 / 5));
                self.caps[c].old_owner = Some((step, old));
            }
        }
    }

    fn use_weight(def: &CapDef) -> u32 {
        match def.lifecycle {
            Lc::Proposed | Lc::Retired => 0,
            Lc::Experimental => 2,
            Lc::Beta => 5,
            Lc::Deprecated => 3,
            Lc::Ga if def.golden => 30,
            Lc::Ga if def.control => 18,
            Lc::Ga => 12,
        }
    }

    fn gen_services(&mut self, rng: &mut Rng) {
        let n = self.n;
        let n0 = (n / 5).max(1).min(n);
        let weights: Vec<u32> = self.caps.iter().map(|c| Self::use_weight(&c.def)).collect();
        let fallback = self.cap_index("ci-pipelines").unwrap_or(0);
        let domains = self.v.domains.clone();
        let components = self.v.components.clone();
        let per_round = domains.len() * components.len();
        for i in 0..n {
            let appear = if i < n0 {
                0
            } else {
                ((i - n0 + 1) as u64 * u64::from(STEPS) / (n - n0) as u64) as u32
            };
            let d = i % domains.len();
            let comp = components[(i / domains.len()) % components.len()];
            let round = i / per_round;
            let base = format!("{}-{comp}", domains[d]);
            let (id, name) = if round == 0 {
                (base.clone(), title_case(&base))
            } else {
                (
                    format!("{base}-{}", round + 1),
                    format!("{} {}", title_case(&base), round + 1),
                )
            };
            let team = if rng.chance(0.07) {
                rng.pick(&self.platform)
            } else {
                let np = self.product.len();
                let count = if d < np {
                    (np - d - 1) / domains.len() + 1
                } else {
                    0
                };
                if count > 0 {
                    self.product[d + domains.len() * rng.index(count)]
                } else {
                    rng.pick(&self.product)
                }
            };
            let tier = [1u8, 2, 3][rng.weighted(&[20, 50, 30])];
            let retire = if rng.chance(0.025) {
                rng.later(appear, STEPS / 3).unwrap_or(NEVER)
            } else {
                NEVER
            };
            let created = if appear == 0 {
                BASE.add(rng.range(0, 45))
            } else {
                date_of_step(appear).add(-rng.range(0, 14)).max(BASE)
            }
            .min(ASOF);
            // Some of the newest services have not deployed yet.
            let first_deploy = (ASOF.days_since(created) > 90 || rng.chance(0.5))
                .then(|| created.add(rng.range(0, 21)).min(ASOF));
            let old_tier = if rng.chance(0.04) {
                let old = if tier == 3 { 2 } else { tier + 1 };
                rng.later(appear, STEPS / 3).map(|step| (step, old))
            } else {
                None
            };

            let k = 1 + rng.weighted(&[10, 25, 30, 20, 10, 5]);
            let mut chosen: Vec<usize> = Vec::with_capacity(k);
            let mut tries = 0;
            while chosen.len() < k && tries < 60 {
                tries += 1;
                let c = rng.weighted(&weights);
                if chosen.contains(&c) {
                    continue;
                }
                let cap = &self.caps[c];
                if !cap.eligible_tiers.is_empty() && !cap.eligible_tiers.contains(&tier) {
                    continue;
                }
                if !cap.eligible_teams.is_empty() && !cap.eligible_teams.contains(&team) {
                    continue;
                }
                // Nobody adopts a capability after its deprecation, and the
                // services that will retire keep away from deprecated ones.
                if cap.deprecated_at != NEVER && (retire != NEVER || appear > cap.deprecated_at) {
                    continue;
                }
                chosen.push(c);
            }
            if chosen.is_empty() {
                chosen.push(fallback);
            }
            let mut uses = Vec::with_capacity(chosen.len() + 1);
            for &c in &chosen {
                let cap = &self.caps[c];
                let lower = appear.max(cap.life.start());
                let add = if cap.deprecated_at != NEVER || rng.chance(0.65) {
                    lower
                } else {
                    rng.later(lower, STEPS / 3).unwrap_or(lower)
                };
                let map = rng.chance(0.4);
                let since = (map && rng.chance(0.8)).then(|| {
                    date_of_step(add)
                        .max(created)
                        .add(rng.range(0, 7))
                        .min(ASOF)
                });
                let mut version = None;
                let mut old_version = None;
                if map && !cap.ifaces.is_empty() && rng.chance(0.7) {
                    let iface = &cap.ifaces[rng.index(cap.ifaces.len())];
                    version = Some(iface.version);
                    if let Some(x) = iface.upgraded {
                        if add < x || rng.chance(0.3) {
                            let lo = x.max(add);
                            match rng.later(lo, STEPS / 3) {
                                Some(step) => old_version = Some((step, "v1")),
                                // Never upgraded: still on v1.
                                None if add < x => version = Some("v1"),
                                None => {}
                            }
                        }
                    }
                }
                uses.push(Use {
                    cap: c,
                    add,
                    remove: NEVER,
                    map,
                    since,
                    version,
                    old_version,
                });
            }
            // Some services tried a capability and dropped it again.
            if rng.chance(0.06) {
                let c = rng.weighted(&weights);
                let cap = &self.caps[c];
                let lower = appear.max(cap.life.start());
                let add = rng.later(lower, STEPS / 3);
                let remove = add.and_then(|a| rng.later(a, STEPS / 4));
                if let (Some(add), Some(remove), false, NEVER) =
                    (add, remove, chosen.contains(&c), cap.deprecated_at)
                {
                    uses.push(Use {
                        cap: c,
                        add,
                        remove,
                        map: false,
                        since: None,
                        version: None,
                        old_version: None,
                    });
                }
            }
            self.services.push(Service {
                id,
                name,
                team,
                tier,
                old_tier,
                appear,
                retire,
                created,
                first_deploy,
                uses,
            });
        }
    }

    /// One deprecation per deprecated or retired capability, with its
    /// consumers: the active services that still use it, and services that
    /// used it and have migrated (their `uses` entry goes away in history).
    fn gen_deprecations(&mut self, rng: &mut Rng) {
        for c in 0..self.caps.len() {
            let d = self.caps[c].deprecated_at;
            if d == NEVER {
                continue;
            }
            let retired = self.caps[c].retired_at != NEVER;
            let hi = if retired {
                self.caps[c].retired_at
            } else {
                STEPS
            };
            let mut consumers = Vec::new();
            for (i, sv) in self.services.iter_mut().enumerate() {
                if sv.retire != NEVER {
                    continue;
                }
                let still = sv.uses.iter().any(|u| u.cap == c && u.remove == NEVER);
                if still {
                    let mut status = Hist::new(d, "pending");
                    if rng.chance(0.4) {
                        if let Some(step) = rng.later(d, STEPS / 3) {
                            status.push(step, "in-progress");
                        }
                    }
                    consumers.push(Consumer {
                        svc: i,
                        status,
                        exception: None,
                    });
                } else if sv.appear < d
                    && hi > d + 1
                    && rng.chance(if retired { 0.04 } else { 0.03 })
                {
                    let remove = rng.step_in(d + 1, hi);
                    sv.uses.push(Use {
                        cap: c,
                        add: sv.appear,
                        remove,
                        map: false,
                        since: None,
                        version: None,
                        old_version: None,
                    });
                    let mut status = Hist::new(d, "pending");
                    if remove > d + 1 && rng.chance(0.5) {
                        status.push(rng.step_in(d + 1, remove - 1), "in-progress");
                    }
                    status.push(remove, "migrated");
                    consumers.push(Consumer {
                        svc: i,
                        status,
                        exception: None,
                    });
                }
            }
            let services = &self.services;
            consumers.sort_by(|a, b| services[a.svc].id.cmp(&services[b.svc].id));
            let mut status = Hist::new(d, "announced");
            let first_move = consumers
                .iter()
                .filter_map(|k| k.status.0.get(1).map(|e| e.0))
                .min();
            if let Some(step) = first_move {
                status.push(step, "migrating");
            }
            if retired {
                status.push(self.caps[c].retired_at, "completed");
            }
            let cap = &self.caps[c];
            let replacement = cap.def.replacement.and_then(|r| self.cap_index(r));
            let suffix = if retired { "retirement" } else { "sunset" };
            self.deps.push(Deprecation {
                id: format!("{}-{suffix}", cap.def.id),
                cap: c,
                replacement,
                announced: cap.announced,
                sunset: cap.sunset,
                status,
                consumers,
            });
        }
    }

    fn gen_exceptions(&mut self, rng: &mut Rng) {
        let total = (self.n / 50).max(3);
        let mut used = HashSet::new();
        // Exempt consumers of deprecations: approved, open exceptions that
        // waive the deprecated capability for that one service.
        let budget = total / 2;
        'deps: for di in 0..self.deps.len() {
            if self.caps[self.deps[di].cap].retired_at != NEVER {
                continue;
            }
            let candidates: Vec<usize> = (0..self.deps[di].consumers.len())
                .filter(|&k| self.deps[di].consumers[k].status.last() != "migrated")
                .collect();
            let want = candidates.len().div_ceil(10);
            let mut taken = Vec::new();
            for _ in 0..want {
                if self.excs.len() >= budget {
                    break 'deps;
                }
                let k = rng.pick(&candidates);
                if taken.contains(&k) {
                    continue;
                }
                taken.push(k);
                let dep = &self.deps[di];
                let svc = dep.consumers[k].svc;
                let cap = dep.cap;
                let expires = ASOF.add(20 + rng.range(0, 150));
                let lo = expires.add(-180).max(dep.announced);
                let granted = lo.add(rng.range(0, ASOF.days_since(lo)));
                let requested = granted.add(-rng.range(0, 20)).max(BASE);
                let appear = step_of_date(requested)
                    .max(self.services[svc].appear)
                    .max(self.caps[cap].deprecated_at);
                let mut status = Hist::new(appear, "requested");
                status.push(step_of_date(granted), "approved");
                let grant_step = status.0[1].0;
                let sv = &self.services[svc];
                let exc = Exception {
                    id: crockford_id(rng, "EXC-", &mut used),
                    title: format!(
                        "{} keeps {} until its migration",
                        sv.id, self.caps[cap].def.name
                    ),
                    standard: cap,
                    team: sv.team,
                    service: Some(svc),
                    reason: rng.pick(&EXC_REASONS),
                    risk: ["low", "medium", "high"][rng.weighted(&[3, 5, 2])],
                    controls: rng.chance(0.7).then(|| rng.pick(&EXC_CONTROLS)),
                    requested,
                    status,
                    approved_by: Some(rng.pick(&APPROVERS)),
                    granted: Some(granted),
                    expires,
                };
                let consumer = &mut self.deps[di].consumers[k];
                consumer.status = Hist::new(consumer.status.start(), "pending");
                consumer.status.push(grant_step, "exempt");
                consumer.exception = Some(self.excs.len());
                self.excs.push(exc);
            }
        }
        // Waivers from the security controls.
        let controls: Vec<usize> = (0..self.caps.len())
            .filter(|&c| {
                self.caps[c].def.control && matches!(self.caps[c].def.lifecycle, Lc::Beta | Lc::Ga)
            })
            .collect();
        while self.excs.len() < total {
            let cap = rng.pick(&controls);
            let svc = if !self.services.is_empty() && rng.chance(0.75) {
                let i = rng.index(self.services.len());
                (self.services[i].retire == NEVER).then_some(i)
            } else {
                None
            };
            let team = match svc {
                Some(i) => self.services[i].team,
                None => rng.pick(&self.product),
            };
            let status_kind =
                ["approved", "requested", "rejected", "revoked"][rng.weighted(&[60, 15, 15, 10])];
            let (requested, granted, expires) = match status_kind {
                "approved" => {
                    let expires = ASOF.add(20 + rng.range(0, 150));
                    let lo = expires.add(-180);
                    let granted = lo.add(rng.range(0, ASOF.days_since(lo)));
                    (granted.add(-rng.range(0, 20)), Some(granted), expires)
                }
                "requested" => {
                    let requested = ASOF.add(-rng.range(0, 40));
                    (requested, None, ASOF.add(30 + rng.range(0, 120)))
                }
                "rejected" => {
                    let requested = BASE.add(rng.range(0, span_days() - 30));
                    (requested, None, requested.add(90))
                }
                _ => {
                    let granted = BASE.add(rng.range(20, span_days() - 60));
                    let expires = granted.add(rng.range(60, 180));
                    (granted.add(-rng.range(0, 14)), Some(granted), expires)
                }
            };
            let mut appear = step_of_date(requested).max(self.caps[cap].life.start());
            if let Some(i) = svc {
                appear = appear.max(self.services[i].appear);
            }
            let mut status = Hist::new(appear, "requested");
            match status_kind {
                "approved" => status.push(step_of_date(granted.unwrap_or(requested)), "approved"),
                "rejected" => status.push(
                    step_of_date(requested.add(rng.range(1, 15)).min(ASOF)),
                    "rejected",
                ),
                "revoked" => {
                    let g = granted.unwrap_or(requested);
                    status.push(step_of_date(g), "approved");
                    let revoked = g.add(rng.range(10, expires.days_since(g))).min(ASOF);
                    status.push(step_of_date(revoked), "revoked");
                }
                _ => {}
            }
            let subject = match svc {
                Some(i) => self.services[i].id.clone(),
                None => self.teams[team].name.clone(),
            };
            let approved = granted.is_some();
            self.excs.push(Exception {
                id: crockford_id(rng, "EXC-", &mut used),
                title: format!("{subject} waives {}", self.caps[cap].def.name),
                standard: cap,
                team,
                service: svc,
                reason: rng.pick(&EXC_REASONS),
                risk: ["low", "medium", "high"][rng.weighted(&[4, 4, 2])],
                controls: rng.chance(0.6).then(|| rng.pick(&EXC_CONTROLS)),
                requested,
                status,
                approved_by: approved.then(|| rng.pick(&APPROVERS)),
                granted,
                expires,
            });
        }
    }

    fn gen_roadmap(&mut self, rng: &mut Rng) {
        let per_quarter = self.n / 100 + 5;
        let mut used: HashSet<String> = HashSet::new();
        let mut q = FIRST_QUARTER;
        let mut prev_start = 0;
        loop {
            let qi = self.quarters.len();
            let (start, end) = (q.start(), q.end());
            let file_appear = step_of_date(start.add(-45));
            let mut themes: Vec<usize> = Vec::new();
            let want = 2 + rng.index(3);
            while themes.len() < want {
                let t = rng.index(self.v.themes.len());
                if !themes.contains(&t) {
                    themes.push(t);
                }
            }
            let this_start = self.items.len();
            let mut items = Vec::with_capacity(per_quarter);
            for _ in 0..per_quarter {
                let appear = if rng.chance(0.85) {
                    file_appear
                } else {
                    step_of_date(start.add(rng.range(0, 45))).max(file_appear)
                };
                let committed = rng.chance(0.7);
                let final_status = if end < ASOF {
                    let w: &[u32] = if committed {
                        &[80, 10, 10]
                    } else {
                        &[50, 25, 25]
                    };
                    ["delivered", "slipped", "dropped"][rng.weighted(w)]
                } else if start <= ASOF {
                    let w: &[u32] = if committed {
                        &[40, 30, 12, 10, 4, 4]
                    } else {
                        &[25, 25, 10, 30, 5, 5]
                    };
                    [
                        "delivered",
                        "in-progress",
                        "at-risk",
                        "planned",
                        "slipped",
                        "dropped",
                    ][rng.weighted(w)]
                } else {
                    ["planned", "in-progress"][rng.weighted(&[80, 20])]
                };
                let last_day = end.min(ASOF);
                let started = step_of_date(start.add(rng.range(0, 30)).min(last_day));
                let mut status = Hist::new(appear, "planned");
                let mut delivered = None;
                match final_status {
                    "in-progress" => status.push(started, "in-progress"),
                    "at-risk" => {
                        status.push(started, "in-progress");
                        status.push(
                            step_of_date(start.add(rng.range(30, 60)).min(last_day)),
                            "at-risk",
                        );
                    }
                    "delivered" => {
                        let date = start.add(rng.range(0, last_day.days_since(start)));
                        status.push(started.min(step_of_date(date)), "in-progress");
                        status.push(step_of_date(date), "delivered");
                        delivered = Some(date);
                    }
                    "slipped" => {
                        status.push(started, "in-progress");
                        let mut slipped = end.add(-rng.range(0, 14));
                        if slipped > last_day {
                            slipped = last_day.add(-rng.range(0, 20));
                        }
                        status.push(step_of_date(slipped), "slipped");
                    }
                    "dropped" => status.push(
                        step_of_date(start.add(rng.range(10, 70)).min(last_day)),
                        "dropped",
                    ),
                    _ => {}
                }
                let capability = rng.chance(0.75).then(|| rng.index(self.caps.len()));
                let (prefix, title, outcome) = match capability {
                    Some(c) => {
                        let (p, t, o) = rng.pick(&self.v.item_templates);
                        let name = self.caps[c].def.name;
                        (
                            format!("{p}-{}", self.caps[c].def.id),
                            t.replace("{c}", name),
                            o.replace("{c}", name),
                        )
                    }
                    None => {
                        let (p, t, o) = rng.pick(&self.v.generic_items);
                        (p.to_string(), t.to_string(), o.to_string())
                    }
                };
                let mut id = prefix.clone();
                if used.contains(&id) {
                    id = format!("{prefix}-{}", q.slug());
                    let mut k = 2;
                    while used.contains(&id) {
                        id = format!("{prefix}-{}-{k}", q.slug());
                        k += 1;
                    }
                }
                used.insert(id.clone());
                let owner = match capability {
                    Some(c) => self.caps[c].owner,
                    None => rng.pick(&self.platform),
                };
                let mut depends_on = Vec::new();
                if rng.chance(0.2) {
                    let candidates: Vec<usize> = (prev_start..self.items.len())
                        .filter(|&j| {
                            let st = self.items[j].status.last();
                            st != "slipped"
                                && st != "dropped"
                                && self.items[j].status.start() <= appear
                        })
                        .collect();
                    if !candidates.is_empty() {
                        for _ in 0..1 + rng.index(2) {
                            let j = rng.pick(&candidates);
                            if !depends_on.contains(&j) {
                                depends_on.push(j);
                            }
                        }
                    }
                }
                let kpi = rng.chance(0.3).then(|| rng.pick(&ITEM_KPIS));
                let outcome = (committed || rng.chance(0.5)).then_some(outcome);
                items.push(self.items.len());
                self.item_quarter.push(qi);
                self.items.push(Item {
                    id,
                    title,
                    theme: rng.chance(0.85).then(|| rng.pick(&themes)),
                    owner,
                    capability,
                    committed,
                    status,
                    effort: rng.chance(0.85).then(|| 1 + rng.index(12) as u32),
                    depends_on,
                    intake: Vec::new(),
                    kpi,
                    outcome,
                    delivered,
                    slipped_to: (final_status == "slipped").then(|| q.next()),
                });
            }
            self.quarters.push(QuarterFile {
                q,
                appear: file_appear,
                themes,
                items,
            });
            prev_start = this_start;
            if q == LAST_QUARTER {
                break;
            }
            q = q.next();
        }
    }

    fn gen_intake(&mut self, rng: &mut Rng) {
        let total = (self.n / 5).max(5);
        let mut created: Vec<Date> = (0..total)
            .map(|k| {
                let base = BASE.add(k as i64 * span_days() / total as i64);
                base.add(rng.range(0, 3)).min(ASOF)
            })
            .collect();
        created.sort_unstable();
        let mut used = HashSet::new();
        let teams = self.teams.len();
        for (k, &created) in created.iter().enumerate() {
            let id = crockford_id(rng, "INT-", &mut used);
            let team = if rng.chance(0.85) {
                rng.pick(&self.product)
            } else {
                rng.index(teams)
            };
            let kind = [
                "capability",
                "enhancement",
                "onboarding",
                "support",
                "docs",
                "bug",
                "other",
            ][rng.weighted(&[15, 25, 15, 18, 10, 12, 5])];
            let capability = rng.chance(0.65).then(|| loop {
                let c = rng.index(self.caps.len());
                if self.caps[c].def.lifecycle != Lc::Retired {
                    break c;
                }
            });
            let cap_name = match capability {
                Some(c) => self.caps[c].def.name,
                None if kind == "capability" => rng.pick(&self.v.new_things),
                None => "the platform",
            };
            let (title, problem, outcome) =
                intake_text(rng, kind, cap_name, &self.teams[team].name);
            let recent = ASOF.days_since(created) <= 10;
            let mut final_status = if recent {
                ["new", "triaged", "accepted"][rng.weighted(&[55, 25, 20])]
            } else {
                ["triaged", "accepted", "done", "declined", "duplicate"]
                    [rng.weighted(&[10, 20, 40, 15, 10])]
            };
            if final_status == "duplicate" && k == 0 {
                final_status = "done";
            }
            let route = ["backlog", "support", "docs", "custom"][rng.weighted(match kind {
                "support" => &[10, 70, 10, 10],
                "docs" => &[10, 10, 75, 5],
                "onboarding" => &[50, 40, 5, 5],
                _ => &[60, 10, 8, 22],
            })];
            let appear = step_of_date(created);
            let mut status = Hist::new(appear, "new");
            let (mut triaged, mut resolved, mut duplicate_of) = (None, None, None);
            if final_status != "new" {
                let t = if recent {
                    created.add(rng.range(0, ASOF.days_since(created)))
                } else {
                    rng.date_within(created, 9, ASOF)
                };
                let mid = match final_status {
                    "done" => "accepted",
                    "declined" | "duplicate" => "triaged",
                    s => s,
                };
                status.push(step_of_date(t), mid);
                triaged = Some(t);
                if matches!(final_status, "done" | "declined" | "duplicate") {
                    let r = rng.date_within(t, 75, ASOF);
                    status.push(step_of_date(r), final_status);
                    resolved = Some(r);
                }
                if final_status == "duplicate" {
                    duplicate_of = Some(k - 1 - rng.index(k.min(50)));
                }
            }
            let roadmap_item = match (final_status, route, triaged) {
                ("accepted" | "done", "backlog", Some(t)) if rng.chance(0.35) => {
                    self.pick_item_for(rng, t)
                }
                _ => None,
            };
            if let Some(j) = roadmap_item {
                self.items[j].intake.push(k);
            }
            let first = rng.pick(&FIRST_NAMES);
            let last = rng.pick(&LAST_NAMES);
            self.intake.push(Intake {
                id,
                title,
                team,
                contact: rng
                    .chance(0.7)
                    .then(|| format!("{first}.{last}@example.com")),
                created,
                kind,
                problem,
                outcome,
                urgency: ["low", "medium", "high", "critical"][rng.weighted(&[25, 45, 22, 8])],
                reach: 1 + rng.weighted(&[30, 20, 15, 10, 8, 6, 4, 3, 2, 1, 1]) as u32,
                impact: ["0.25", "0.5", "1", "2", "3"][rng.weighted(&[10, 20, 35, 25, 10])],
                confidence: ["0.3", "0.5", "0.8", "0.9", "1"][rng.weighted(&[10, 30, 35, 15, 10])],
                effort: rng.chance(0.7).then(|| 1 + rng.index(10) as u32),
                capability,
                status,
                route,
                triaged,
                resolved,
                duplicate_of,
                roadmap_item,
            });
        }
    }

    /// A roadmap item, not dropped, in the quarter of `triaged` or the next.
    fn pick_item_for(&self, rng: &mut Rng, triaged: Date) -> Option<usize> {
        let qi = self
            .quarters
            .iter()
            .position(|f| f.q.start() <= triaged && triaged <= f.q.end())?;
        let qi = (qi + rng.index(2)).min(self.quarters.len() - 1);
        let items = &self.quarters[qi].items;
        for _ in 0..8 {
            let j = rng.pick(items);
            if self.items[j].status.last() != "dropped" {
                return Some(j);
            }
        }
        None
    }

    fn gen_metrics(&mut self, rng: &mut Rng) {
        let mut quarters = Vec::new();
        let mut q = FIRST_QUARTER;
        while q.end().add(5) <= ASOF {
            quarters.push(q);
            q = q.next();
        }
        let mut months = Vec::new();
        let (mut y, mut m) = (2025, 1);
        loop {
            let end = if m == 12 {
                Date::ymd(y + 1, 1, 1)
            } else {
                Date::ymd(y, m + 1, 1)
            }
            .add(-1);
            if end.add(5) > ASOF {
                break;
            }
            months.push((y, m, end));
            if m == 12 {
                y += 1;
                m = 1;
            } else {
                m += 1;
            }
        }
        // (period, step at which its point is recorded)
        let quarterly: Vec<(String, u32)> = quarters
            .iter()
            .map(|q| (q.to_string(), step_of_date(q.end().add(5))))
            .collect();
        let monthly: Vec<(String, u32)> = months
            .iter()
            .map(|&(y, m, end)| (format!("{y}-{m:02}"), step_of_date(end.add(5))))
            .collect();
        let teams = self.teams.len() as f64;
        // kpi | monthly | low | high | decimals | higher is better
        let series: [(&str, bool, f64, f64, usize, bool); 8] = [
            ("slo-attainment", false, 99.80, 99.99, 2, true),
            ("mttr", false, 1.5, 6.0, 1, false),
            ("change-failure-rate", true, 0.05, 0.2, 3, false),
            ("lead-time", false, 0.5, 3.0, 1, false),
            (
                "support-tickets-per-team",
                true,
                teams * 1.5,
                teams * 3.0,
                0,
                false,
            ),
            ("ticket-deflection-rate", false, 0.30, 0.55, 2, true),
            ("cost-per-service", false, 800.0, 1200.0, 0, false),
            ("incident-review-coverage", false, 0.80, 1.0, 2, true),
        ];
        // Values drift in the good direction, with noise.
        let points =
            |rng: &mut Rng, periods: &[(String, u32)], lo: f64, hi: f64, dec: usize, up: bool| {
                let last = periods.len().saturating_sub(1).max(1) as f64;
                periods
                    .iter()
                    .enumerate()
                    .map(|(i, (period, step))| {
                        let trend = i as f64 / last;
                        let trend = if up { trend } else { 1.0 - trend };
                        let v = lo + (hi - lo) * (0.4 * trend + 0.6 * rng.unit());
                        Point {
                            step: *step,
                            period: period.clone(),
                            value: format!("{v:.dec$}"),
                        }
                    })
                    .collect::<Vec<_>>()
            };
        let mut metrics = Vec::new();
        for &(kpi, by_month, lo, hi, dec, up) in &series {
            let periods = if by_month { &monthly } else { &quarterly };
            metrics.push(Metric {
                file: kpi.to_string(),
                kpi,
                cap: None,
                points: points(rng, periods, lo, hi, dec, up),
            });
        }
        let scoped: Vec<usize> = (0..self.caps.len())
            .filter(|&c| self.caps[c].def.golden && self.caps[c].slo.is_some())
            .take(4)
            .collect();
        for c in scoped {
            metrics.push(Metric {
                file: format!("slo-attainment-{}", self.caps[c].def.id),
                kpi: "slo-attainment",
                cap: Some(c),
                points: points(rng, &quarterly, 99.5, 99.99, 2, true),
            });
        }
        self.metrics = metrics;
    }

    fn gen_surveys(&mut self, rng: &mut Rng) {
        let count = (20 + self.n / 50).min(300);
        let scoped: Vec<usize> = (0..self.caps.len())
            .filter(|&c| self.caps[c].def.golden)
            .take(3)
            .collect();
        let mut q = FIRST_QUARTER;
        while q.start() <= ASOF {
            let appear = step_of_date(q.end().add(-14).min(ASOF.add(-3)));
            let kinds: [(&str, u8, &[u32]); 3] = [
                ("nps", 0, &[2, 1, 2, 2, 3, 5, 7, 14, 20, 22, 22]),
                ("csat", 1, &[3, 5, 12, 40, 40]),
                ("alignment", 1, &[2, 6, 20, 42, 30]),
            ];
            for (kind, min, weights) in kinds {
                let responses = (0..count)
                    .map(|_| min + rng.weighted(weights) as u8)
                    .collect();
                self.surveys.push(Survey {
                    id: format!("{kind}-{}", q.slug()),
                    kind,
                    period: q,
                    cap: None,
                    responses,
                    appear,
                });
            }
            if q.y == 2026 && q.q >= 3 {
                for &c in &scoped {
                    let responses = (0..count / 2 + 5)
                        .map(|_| rng.weighted(&[1, 1, 1, 2, 3, 4, 6, 12, 20, 25, 25]) as u8)
                        .collect();
                    self.surveys.push(Survey {
                        id: format!("nps-{}-{}", q.slug(), self.caps[c].def.id),
                        kind: "nps",
                        period: q,
                        cap: Some(c),
                        responses,
                        appear: appear.max(self.caps[c].life.start()),
                    });
                }
            }
            q = q.next();
        }
    }
}

fn capitalized(s: &str) -> String {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) => c.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}

fn intake_text(
    rng: &mut Rng,
    kind: &str,
    cap: &str,
    team: &str,
) -> (String, [String; 2], Option<String>) {
    match kind {
        "capability" => (
            format!("Platform-run {cap}"),
            [
                format!("{team} runs its own {cap} and spends days a month on upkeep."),
                "Patching and upgrades are done by hand.".to_string(),
            ],
            Some(format!("Upkeep of {cap} handled by the platform")),
        ),
        "enhancement" => {
            let f = rng.pick(&[
                "audit logs",
                "per-team quotas",
                "a CLI",
                "regional failover",
                "usage reports",
                "SSO groups",
            ]);
            (
                format!("Add {f} to {cap}"),
                [
                    format!("{cap} lacks {f}, so {team} works around it by hand."),
                    "The workaround breaks on every upgrade.".to_string(),
                ],
                Some(format!("{f} available in {cap}")),
            )
        }
        "onboarding" => (
            format!("Onboard {team} to {cap}"),
            [
                format!("{team} needs access and a starter setup for {cap}."),
                "The current steps take a week of back and forth.".to_string(),
            ],
            Some("First deploy within a week".to_string()),
        ),
        "support" => (
            format!("Intermittent failures with {cap}"),
            [
                format!("Deploys from {team} fail with timeouts in {cap}."),
                "Retries usually work, but releases slip.".to_string(),
            ],
            None,
        ),
        "docs" => {
            let topic = rng.pick(&[
                "limits",
                "migration steps",
                "on-call expectations",
                "cost model",
                "upgrade policy",
            ]);
            (
                format!("Document the {topic} of {cap}"),
                [
                    format!("The {topic} of {cap} are not written down anywhere."),
                    format!("{team} asks in chat and gets different answers."),
                ],
                Some(format!("{team} finds the answer without asking")),
            )
        }
        "bug" => (
            format!("{} drops requests under load", capitalized(cap)),
            [
                format!("Under peak traffic {cap} drops a few requests a minute."),
                format!("{team} sees it as errors in checkout flows."),
            ],
            Some("No dropped requests at peak".to_string()),
        ),
        _ => (
            format!("Question about the pricing of {cap}"),
            [
                format!("{team} cannot tell what {cap} costs per service."),
                "Budgets for next year depend on it.".to_string(),
            ],
            None,
        ),
    }
}

// ---------------------------------------------------------------------------
// Rendering: one file per entity, at a given step
// ---------------------------------------------------------------------------

#[derive(Clone, Copy)]
enum Slot {
    Config,
    Team(usize),
    Cap(usize),
    Service(usize),
    Quarter(usize),
    Dep(usize),
    Exc(usize),
    Intake(usize),
    Metric(usize),
    Survey(usize),
    Scorecard(usize),
}

impl Slot {
    /// The top-level directory (the kind), for commit messages.
    fn kind(self) -> usize {
        match self {
            Slot::Config => 0,
            Slot::Team(_) => 1,
            Slot::Cap(_) => 2,
            Slot::Service(_) => 3,
            Slot::Quarter(_) => 4,
            Slot::Dep(_) => 5,
            Slot::Exc(_) => 6,
            Slot::Intake(_) => 7,
            Slot::Metric(_) => 8,
            Slot::Survey(_) => 9,
            Slot::Scorecard(_) => 10,
        }
    }
}

const KIND_NAMES: [&str; 11] = [
    "settings",
    "teams",
    "capabilities",
    "services",
    "roadmap",
    "deprecations",
    "exceptions",
    "intake",
    "metrics",
    "surveys",
    "scorecards",
];

/// Two scorecards of ten rules each over services, the same at every step.
const SCORECARDS: [(&str, &str); 2] = [
    (
        "service-basics",
        r#"# Generated by examples/gen_catalog.rs: ten rules over services.
id: service-basics
name: Service basics
owner: team-devex
applies_to: service
when: "entity.status == 'active'"
levels: [bronze, silver, gold]
target: { level: silver, share: 0.5 }
rules:
  - { id: has-team, level: bronze, expr: "entity.team != ''" }
  - { id: has-tier, level: bronze, expr: "entity.tier >= 1 && entity.tier <= 3" }
  - { id: adopts-something, level: bronze, expr: "size(uses) >= 1", fix: Adopt a platform capability. }
  - { id: no-expired-waiver, level: bronze, expr: "exceptions.all(x, x.state != 'expired')" }
  - { id: adopts-three, level: silver, expr: "size(uses) >= 3" }
  - { id: has-created, level: silver, expr: "has(entity.created)" }
  - { id: deployed, level: silver, expr: "has(entity.first_deploy)" }
  - { id: tier1-breadth, level: gold, applies_when: "entity.tier == 1", expr: "size(uses) >= 5" }
  - { id: labelled, level: gold, expr: "has(entity.labels)" }
  - { id: coverage, level: gold, weight: 2, expr: "facts.test_coverage >= 0.7" }
"#,
    ),
    (
        "service-hygiene",
        r#"# Generated by examples/gen_catalog.rs: ten rules over services.
id: service-hygiene
name: Service hygiene
owner: team-devex
applies_to: service
levels: [basic, good]
unknown: ignore
rules:
  - { id: active, level: basic, expr: "entity.status == 'active'" }
  - { id: named, level: basic, expr: "has(entity.name) && size(entity.name) > 0" }
  - { id: known-capabilities, level: basic, expr: "uses.all(c, c in capabilities)" }
  - { id: no-retired, level: basic, expr: "uses.all(c, !(c in capabilities) || capabilities[c].lifecycle != 'retired')" }
  - { id: no-deprecated, level: good, expr: "uses.all(c, !(c in capabilities) || capabilities[c].lifecycle != 'deprecated')" }
  - { id: on-golden-path, level: good, expr: "uses.exists(c, c in capabilities && capabilities[c].golden_path)" }
  - { id: recent, level: good, expr: "!has(entity.created) || entity.created >= '2024-01-01'" }
  - { id: team-known, level: good, expr: "has(team.id)" }
  - { id: sbom, level: good, expr: "facts.sbom == true" }
  - { id: slo, level: good, applies_when: "entity.tier == 1", expr: "metrics['slo-attainment'] >= 99.9" }
"#,
    ),
];

impl Catalog {
    fn slots(&self) -> Vec<(Slot, String)> {
        let mut v = vec![(Slot::Config, "platctl.yaml".to_string())];
        for (i, t) in self.teams.iter().enumerate() {
            v.push((Slot::Team(i), format!("teams/{}.yaml", t.id)));
        }
        for (i, c) in self.caps.iter().enumerate() {
            v.push((Slot::Cap(i), format!("capabilities/{}.yaml", c.def.id)));
        }
        for (i, s) in self.services.iter().enumerate() {
            v.push((Slot::Service(i), format!("services/{}.yaml", s.id)));
        }
        for (i, q) in self.quarters.iter().enumerate() {
            v.push((Slot::Quarter(i), format!("roadmap/{}.yaml", q.q)));
        }
        for (i, d) in self.deps.iter().enumerate() {
            v.push((Slot::Dep(i), format!("deprecations/{}.yaml", d.id)));
        }
        for (i, e) in self.excs.iter().enumerate() {
            v.push((Slot::Exc(i), format!("exceptions/{}.yaml", e.id)));
        }
        for (i, r) in self.intake.iter().enumerate() {
            let year = r.created.year();
            v.push((Slot::Intake(i), format!("intake/{year}/{}.yaml", r.id)));
        }
        for (i, m) in self.metrics.iter().enumerate() {
            v.push((Slot::Metric(i), format!("metrics/{}.yaml", m.file)));
        }
        for (i, s) in self.surveys.iter().enumerate() {
            v.push((Slot::Survey(i), format!("surveys/{}.yaml", s.id)));
        }
        for (i, (id, _)) in SCORECARDS.iter().enumerate() {
            v.push((Slot::Scorecard(i), format!("scorecards/{id}.yaml")));
        }
        v
    }

    /// Renders the file of `slot` as of step `s` into `o`; false when the
    /// entity does not exist yet at that step.
    fn render(&self, slot: Slot, s: u32, o: &mut String) -> bool {
        match slot {
            Slot::Config => self.render_config(o),
            Slot::Team(i) => self.render_team(i, s, o),
            Slot::Cap(i) => self.render_cap(i, s, o),
            Slot::Service(i) => self.render_service(i, s, o),
            Slot::Quarter(i) => self.render_quarter(i, s, o),
            Slot::Dep(i) => self.render_dep(i, s, o),
            Slot::Exc(i) => self.render_exc(i, s, o),
            Slot::Intake(i) => self.render_intake(i, s, o),
            Slot::Metric(i) => self.render_metric(i, s, o),
            Slot::Survey(i) => self.render_survey(i, s, o),
            Slot::Scorecard(i) => {
                o.push_str(SCORECARDS[i].1);
                true
            }
        }
    }

    fn cap_present(&self, c: usize, s: u32) -> bool {
        self.caps[c].life.start() <= s
    }

    fn item_present(&self, j: usize, s: u32) -> bool {
        self.items[j].status.start() <= s && self.quarters[self.item_quarter[j]].appear <= s
    }

    fn render_config(&self, o: &mut String) -> bool {
        w!(
            o,
            "# Generated by examples/gen_catalog.rs (--services {} --seed {}).",
            self.n,
            self.seed
        );
        w!(o, "version: 1");
        w!(o, "name: Generated Platform");
        w!(o, "fiscal_year_start_month: 1");
        w!(o, "policy:");
        w!(o, "  exception_max_days: 180");
        w!(o, "  exception_warn_days: 14");
        w!(o, "  deprecation_min_notice_days: 90");
        w!(o, "  deprecation_warn_days: 30");
        w!(o, "  intake_triage_sla_days: 10");
        w!(o, "  ga_requires: [docs, runbook, slo, support]");
        w!(o, "kpis:");
        w!(o, "  incident-review-coverage:");
        w!(o, "    unit: ratio");
        w!(o, "    better: higher");
        w!(o, "    min: 0.9");
        true
    }

    fn render_team(&self, i: usize, s: u32, o: &mut String) -> bool {
        let t = &self.teams[i];
        w!(o, "id: {}", t.id);
        w!(o, "name: {}", yq(&t.name));
        w!(o, "type: {}", t.kind);
        let contact = match &t.old_contact {
            Some((step, old)) if s < *step => old,
            _ => &t.contact,
        };
        w!(o, "contact: {}", yq(contact));
        true
    }

    fn render_cap(&self, c: usize, s: u32, o: &mut String) -> bool {
        let cap = &self.caps[c];
        let Some(lc) = cap.life.at(s) else {
            return false;
        };
        let d = &cap.def;
        let owner = match cap.old_owner {
            Some((step, old)) if s < step => old,
            _ => cap.owner,
        };
        let owner = &self.teams[owner];
        w!(o, "id: {}", d.id);
        w!(o, "name: {}", yq(d.name));
        w!(o, "summary: {}", yq(d.summary));
        w!(o, "owner: {}", owner.id);
        w!(o, "lifecycle: {}", lc.as_str());
        w!(o, "category: {}", d.category);
        if d.golden {
            w!(o, "golden_path: true");
        }
        if d.control {
            w!(o, "control: true");
        }
        if !cap.eligible_tiers.is_empty() || !cap.eligible_teams.is_empty() {
            w!(o, "eligible:");
            if !cap.eligible_tiers.is_empty() {
                let tiers: Vec<String> = cap.eligible_tiers.iter().map(u8::to_string).collect();
                w!(o, "  tiers: [{}]", tiers.join(", "));
            }
            if !cap.eligible_teams.is_empty() {
                let teams: Vec<&str> = cap
                    .eligible_teams
                    .iter()
                    .map(|&t| self.teams[t].id.as_str())
                    .collect();
                w!(o, "  teams: [{}]", teams.join(", "));
            }
        }
        if !cap.ifaces.is_empty() {
            w!(o, "interfaces:");
            for f in &cap.ifaces {
                let version = match f.upgraded {
                    Some(x) if s < x => "v1",
                    _ => f.version,
                };
                w!(o, "  - name: {}", f.name);
                w!(o, "    kind: {}", f.kind);
                w!(o, "    version: {version}");
            }
        }
        let deps: Vec<&str> = cap
            .depends_on
            .iter()
            .filter(|&&j| self.cap_present(j, s))
            .map(|&j| self.caps[j].def.id)
            .collect();
        if !deps.is_empty() {
            w!(o, "depends_on: [{}]", deps.join(", "));
        }
        if let Some((availability, latency)) = cap.slo {
            w!(o, "slo:");
            w!(o, "  availability: {availability}");
            w!(o, "  latency_p99_ms: {latency}");
        }
        if cap.support {
            w!(o, "support:");
            w!(o, "  channel: \"#{}-help\"", owner.slug);
            let hours = if d.golden || d.control {
                "24x7"
            } else {
                "business"
            };
            w!(o, "  hours: {hours}");
            w!(o, "  escalation: pagerduty:{}", owner.slug);
        }
        if cap.docs {
            w!(o, "docs: https://docs.example.com/{}", d.id);
        }
        if cap.runbook {
            w!(o, "runbook: https://runbooks.example.com/{}", d.id);
        }
        if let Some(r) = cap.reviews.iter().filter(|&&r| step_of_date(r) <= s).max() {
            w!(o, "security_review: {r}");
        }
        true
    }

    fn render_service(&self, i: usize, s: u32, o: &mut String) -> bool {
        let sv = &self.services[i];
        if sv.appear > s {
            return false;
        }
        w!(o, "id: {}", sv.id);
        w!(o, "name: {}", yq(&sv.name));
        w!(o, "team: {}", self.teams[sv.team].id);
        let tier = match sv.old_tier {
            Some((step, old)) if s < step => old,
            _ => sv.tier,
        };
        w!(o, "tier: {tier}");
        w!(
            o,
            "status: {}",
            if s >= sv.retire { "retired" } else { "active" }
        );
        w!(o, "created: {}", sv.created);
        if let Some(d) = sv.first_deploy {
            w!(o, "first_deploy: {d}");
        }
        let mut header = false;
        for u in &sv.uses {
            if u.add > s || s >= u.remove {
                continue;
            }
            if !header {
                w!(o, "uses:");
                header = true;
            }
            let id = self.caps[u.cap].def.id;
            if u.map {
                w!(o, "  - capability: {id}");
                if let Some(d) = u.since {
                    w!(o, "    since: {d}");
                }
                let version = match u.old_version {
                    Some((step, old)) if s < step => Some(old),
                    _ => u.version,
                };
                if let Some(v) = version {
                    w!(o, "    version: {v}");
                }
            } else {
                w!(o, "  - {id}");
            }
        }
        true
    }

    fn render_quarter(&self, qi: usize, s: u32, o: &mut String) -> bool {
        let f = &self.quarters[qi];
        if f.appear > s {
            return false;
        }
        w!(o, "quarter: {}", f.q);
        w!(o, "themes:");
        for &t in &f.themes {
            let (id, name, outcome) = self.v.themes[t];
            w!(o, "  - id: {id}");
            w!(o, "    name: {}", yq(name));
            w!(o, "    outcome: {}", yq(outcome));
        }
        let present: Vec<usize> = f
            .items
            .iter()
            .copied()
            .filter(|&j| self.item_present(j, s))
            .collect();
        if present.is_empty() {
            w!(o, "items: []");
            return true;
        }
        w!(o, "items:");
        for j in present {
            let it = &self.items[j];
            let status = it.status.at(s).unwrap_or("planned");
            w!(o, "  - id: {}", it.id);
            w!(o, "    title: {}", yq(&it.title));
            if let Some(t) = it.theme {
                w!(o, "    theme: {}", self.v.themes[t].0);
            }
            w!(o, "    owner: {}", self.teams[it.owner].id);
            if let Some(c) = it.capability.filter(|&c| self.cap_present(c, s)) {
                w!(o, "    capability: {}", self.caps[c].def.id);
            }
            let commitment = if it.committed { "committed" } else { "stretch" };
            w!(o, "    commitment: {commitment}");
            w!(o, "    status: {status}");
            if let Some(e) = it.effort {
                w!(o, "    effort: {e}");
            }
            let deps: Vec<&str> = it
                .depends_on
                .iter()
                .filter(|&&k| self.item_present(k, s))
                .map(|&k| self.items[k].id.as_str())
                .collect();
            if !deps.is_empty() {
                w!(o, "    depends_on: [{}]", deps.join(", "));
            }
            let intake: Vec<&str> = it
                .intake
                .iter()
                .filter(|&&k| self.intake[k].status.start() <= s)
                .map(|&k| self.intake[k].id.as_str())
                .collect();
            if !intake.is_empty() {
                w!(o, "    intake: [{}]", intake.join(", "));
            }
            if let Some(k) = it.kpi {
                w!(o, "    kpi: {k}");
            }
            if let Some(out) = &it.outcome {
                w!(o, "    outcome: {}", yq(out));
            }
            if status == "delivered" {
                if let Some(d) = it.delivered {
                    w!(o, "    delivered: {d}");
                }
            }
            if status == "slipped" {
                if let Some(q) = it.slipped_to {
                    w!(o, "    slipped_to: {q}");
                }
            }
        }
        true
    }

    fn render_dep(&self, i: usize, s: u32, o: &mut String) -> bool {
        let dp = &self.deps[i];
        let Some(status) = dp.status.at(s) else {
            return false;
        };
        let cap = self.caps[dp.cap].def.id;
        w!(o, "id: {}", dp.id);
        w!(o, "capability: {cap}");
        if let Some(r) = dp.replacement.filter(|&r| self.cap_present(r, s)) {
            w!(o, "replacement: {}", self.caps[r].def.id);
        }
        w!(o, "announced: {}", dp.announced);
        w!(o, "sunset: {}", dp.sunset);
        w!(o, "status: {status}");
        w!(o, "migration_guide: https://docs.example.com/migrate/{cap}");
        let mut header = false;
        for k in &dp.consumers {
            let Some(st) = k.status.at(s) else { continue };
            if self.services[k.svc].appear > s {
                continue;
            }
            if !header {
                w!(o, "consumers:");
                header = true;
            }
            w!(o, "  - service: {}", self.services[k.svc].id);
            w!(o, "    status: {st}");
            if st == "exempt" {
                if let Some(e) = k.exception {
                    w!(o, "    exception: {}", self.excs[e].id);
                }
            }
        }
        if !header {
            w!(o, "consumers: []");
        }
        true
    }

    fn render_exc(&self, i: usize, s: u32, o: &mut String) -> bool {
        let e = &self.excs[i];
        let Some(status) = e.status.at(s) else {
            return false;
        };
        w!(o, "id: {}", e.id);
        w!(o, "title: {}", yq(&e.title));
        w!(o, "standard: {}", self.caps[e.standard].def.id);
        w!(o, "team: {}", self.teams[e.team].id);
        if let Some(svc) = e.service {
            w!(o, "service: {}", self.services[svc].id);
        }
        w!(o, "reason: {}", yq(e.reason));
        w!(o, "risk: {}", e.risk);
        if let Some(c) = e.controls {
            w!(o, "compensating_controls: {}", yq(c));
        }
        w!(o, "requested: {}", e.requested);
        w!(o, "status: {status}");
        if matches!(status, "approved" | "revoked") {
            if let Some(by) = e.approved_by {
                w!(o, "approved_by: {}", yq(by));
            }
            if let Some(g) = e.granted {
                w!(o, "granted: {g}");
            }
        }
        w!(o, "expires: {}", e.expires);
        true
    }

    fn render_intake(&self, i: usize, s: u32, o: &mut String) -> bool {
        let r = &self.intake[i];
        let Some(status) = r.status.at(s) else {
            return false;
        };
        w!(o, "id: {}", r.id);
        w!(o, "title: {}", yq(&r.title));
        w!(o, "requester:");
        w!(o, "  team: {}", self.teams[r.team].id);
        if let Some(c) = &r.contact {
            w!(o, "  contact: {}", yq(c));
        }
        w!(o, "created: {}", r.created);
        w!(o, "type: {}", r.kind);
        w!(o, "problem: |");
        for line in r.problem.iter().flat_map(|p| p.lines()) {
            w!(o, "  {}", line.trim_end());
        }
        if let Some(out) = &r.outcome {
            w!(o, "outcome: {}", yq(out));
        }
        w!(o, "urgency: {}", r.urgency);
        w!(o, "reach: {}", r.reach);
        w!(o, "impact: {}", r.impact);
        w!(o, "confidence: {}", r.confidence);
        if let Some(e) = r.effort {
            w!(o, "effort: {e}");
        }
        if let Some(c) = r.capability.filter(|&c| self.cap_present(c, s)) {
            w!(o, "capability: {}", self.caps[c].def.id);
        }
        w!(o, "status: {status}");
        if status != "new" {
            w!(o, "route: {}", r.route);
            if status == "duplicate" {
                if let Some(k) = r.duplicate_of {
                    w!(o, "duplicate_of: {}", self.intake[k].id);
                }
            }
            if matches!(status, "accepted" | "done") {
                if let Some(j) = r.roadmap_item.filter(|&j| self.item_present(j, s)) {
                    w!(o, "roadmap_item: {}", self.items[j].id);
                }
            }
            if let Some(t) = r.triaged {
                w!(o, "triaged: {t}");
            }
            if matches!(status, "done" | "declined" | "duplicate") {
                if let Some(d) = r.resolved {
                    w!(o, "resolved: {d}");
                }
            }
        }
        true
    }

    fn render_metric(&self, i: usize, s: u32, o: &mut String) -> bool {
        let m = &self.metrics[i];
        if m.cap.is_some_and(|c| !self.cap_present(c, s)) {
            return false;
        }
        let mut header = false;
        for p in m.points.iter().filter(|p| p.step <= s) {
            if !header {
                w!(o, "kpi: {}", m.kpi);
                if let Some(c) = m.cap {
                    w!(o, "capability: {}", self.caps[c].def.id);
                }
                w!(o, "points:");
                header = true;
            }
            w!(o, "  - period: {}", yq(&p.period));
            w!(o, "    value: {}", p.value);
        }
        header
    }

    fn render_survey(&self, i: usize, s: u32, o: &mut String) -> bool {
        let sv = &self.surveys[i];
        if sv.appear > s {
            return false;
        }
        w!(o, "id: {}", sv.id);
        w!(o, "kind: {}", sv.kind);
        w!(o, "period: {}", sv.period);
        if let Some(c) = sv.cap {
            w!(o, "capability: {}", self.caps[c].def.id);
        }
        let scores: Vec<String> = sv.responses.iter().map(u8::to_string).collect();
        w!(o, "responses: [{}]", scores.join(", "));
        true
    }
}

// ---------------------------------------------------------------------------
// Output: files and git
// ---------------------------------------------------------------------------

struct Out {
    root: PathBuf,
    made_dirs: HashSet<PathBuf>,
    writes: usize,
}

impl Out {
    fn write(&mut self, rel: &str, content: &str) -> Result<(), String> {
        let path = self.root.join(rel);
        if let Some(parent) = path.parent() {
            if !self.made_dirs.contains(parent) {
                fs::create_dir_all(parent)
                    .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
                self.made_dirs.insert(parent.to_path_buf());
            }
        }
        let file =
            File::create(&path).map_err(|e| format!("cannot create {}: {e}", path.display()))?;
        let mut w = BufWriter::new(file);
        w.write_all(content.as_bytes())
            .and_then(|()| w.flush())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        self.writes += 1;
        Ok(())
    }
}

/// Creates DIR, or accepts it when it exists and is empty.
fn prepare_dir(dir: &Path) -> Result<(), String> {
    match fs::metadata(dir) {
        Ok(meta) if !meta.is_dir() => {
            Err(format!("{} exists and is not a directory", dir.display()))
        }
        Ok(_) => {
            let mut entries = fs::read_dir(dir)
                .map_err(|e| format!("cannot read directory {}: {e}", dir.display()))?;
            if entries.next().is_some() {
                Err(format!(
                    "refusing to write into {}: it exists and is not empty",
                    dir.display()
                ))
            } else {
                Ok(())
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create directory {}: {e}", dir.display())),
        Err(e) => Err(format!("cannot read {}: {e}", dir.display())),
    }
}

/// `git` in `dir` with a fixed identity and no hooks, signing, automatic gc
/// or line-ending conversion, so that the same input gives the same commits.
fn git_command(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new("git");
    cmd.current_dir(dir)
        .args([
            "-c",
            "user.name=gen",
            "-c",
            "user.email=gen@example.com",
            "-c",
            "commit.gpgSign=false",
            "-c",
            "core.hooksPath=/dev/null",
            "-c",
            "core.autocrlf=false",
            "-c",
            "gc.auto=0",
            "-c",
            "maintenance.auto=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .env_remove("GIT_OBJECT_DIRECTORY")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    cmd
}

/// Runs a git command to completion.
fn git(dir: &Path, args: &[&str]) -> Result<(), String> {
    let what = format!("git {}", args.first().copied().unwrap_or(""));
    let out = git_command(dir, args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run git (is it installed?): {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{what} failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

// ---------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------

struct Args {
    dir: PathBuf,
    services: usize,
    seed: u64,
    history: Option<usize>,
    since: Date,
    until: Date,
}

fn parse_num<T: std::str::FromStr>(value: &str, flag: &str) -> Result<T, String> {
    value
        .parse()
        .map_err(|_| format!("{flag}: `{value}` is not a non-negative integer"))
}

fn parse_date(value: &str, flag: &str) -> Result<Date, String> {
    Date::parse(value).ok_or_else(|| format!("{flag}: `{value}` is not a date (YYYY-MM-DD)"))
}

/// Ok(None) means --help.
fn parse_args(raw: &[String]) -> Result<Option<Args>, String> {
    let mut dir = None;
    let mut services = None;
    let mut seed = 42;
    let mut history = None;
    let mut since = Date::ymd(2025, 1, 1);
    let mut until = ASOF;
    let mut only_positional = false;
    let mut i = 0;
    while i < raw.len() {
        let arg = raw[i].as_str();
        i += 1;
        if !only_positional {
            if arg == "-h" || arg == "--help" {
                return Ok(None);
            }
            if arg == "--" {
                only_positional = true;
                continue;
            }
            if let Some(flag) = arg.strip_prefix("--") {
                let (name, inline) = match flag.split_once('=') {
                    Some((n, v)) => (n, Some(v.to_string())),
                    None => (flag, None),
                };
                if !matches!(name, "services" | "seed" | "history" | "since" | "until") {
                    return Err(format!("unknown option --{name}"));
                }
                let value = match inline {
                    Some(v) => v,
                    None => {
                        let v = raw
                            .get(i)
                            .ok_or_else(|| format!("--{name} needs a value"))?;
                        i += 1;
                        v.clone()
                    }
                };
                let flag = format!("--{name}");
                match name {
                    "services" => services = Some(parse_num::<usize>(&value, &flag)?),
                    "seed" => seed = parse_num::<u64>(&value, &flag)?,
                    "history" => {
                        let k = parse_num::<usize>(&value, &flag)?;
                        if k == 0 {
                            return Err(
                                "--history: the number of commits must be at least 1".to_string()
                            );
                        }
                        history = Some(k);
                    }
                    "since" => since = parse_date(&value, &flag)?,
                    _ => until = parse_date(&value, &flag)?,
                }
                continue;
            }
            if arg.len() > 1 && arg.starts_with('-') {
                return Err(format!("unknown option {arg}"));
            }
        }
        if dir.is_some() {
            return Err(format!("unexpected argument `{arg}`: DIR is already given"));
        }
        dir = Some(PathBuf::from(arg));
    }
    let dir = dir.ok_or("missing DIR")?;
    let services = services.ok_or("missing --services N")?;
    if since > until {
        return Err(format!("--since {since} is after --until {until}"));
    }
    Ok(Some(Args {
        dir,
        services,
        seed,
        history,
        since,
        until,
    }))
}

fn run(a: &Args) -> Result<(), String> {
    let start = Instant::now();
    prepare_dir(&a.dir)?;
    let cat = Catalog::generate(a.services, a.seed);
    let slots = cat.slots();
    let mut history = None;
    if let Some(k) = a.history {
        history = Some(write_history(&cat, &slots, a, k, start)?);
    }
    // The catalog itself: the same bytes with or without --history.
    let mut out = Out {
        root: a.dir.clone(),
        made_dirs: HashSet::new(),
        writes: 0,
    };
    let mut buf = String::with_capacity(4096);
    for (slot, path) in &slots {
        buf.clear();
        if cat.render(*slot, STEPS, &mut buf) {
            out.write(path, &buf)?;
        }
    }
    let note = match history {
        Some((commits, versions, git_secs)) => {
            // Fill the index from HEAD so that the work tree is clean.
            let t = Instant::now();
            git(&a.dir, &["reset", "-q"])?;
            let git_secs = git_secs + t.elapsed().as_secs_f64();
            format!(
                ", {commits} commit{} ({versions} file versions, {git_secs:.2}s waiting for git)",
                if commits == 1 { "" } else { "s" }
            )
        }
        None => String::new(),
    };
    eprintln!(
        "gen_catalog: {} files written to {}{note}, {} services, {:.2}s",
        out.writes,
        a.dir.display(),
        a.services,
        start.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Builds the history: `k` commits on `main`, streamed into one
/// `git fast-import` (one process instead of two per commit: about 10 ms a
/// commit instead of 100-200 ms). Commit c shows the catalog at step
/// c * STEPS / (k - 1), so the last commit is the full catalog; only files
/// that changed since the previous commit are sent. Author and committer are
/// `gen <gen@example.com>`, dated evenly from --since 09:00 to --until 17:00
/// UTC. Returns (commits, file versions, seconds spent waiting for git).
fn write_history(
    cat: &Catalog,
    slots: &[(Slot, String)],
    a: &Args,
    k: usize,
    start: Instant,
) -> Result<(usize, usize, f64), String> {
    git(&a.dir, &["init", "-q"])?;
    let mut child = git_command(&a.dir, &["fast-import", "--quiet", "--done"])
        .stdin(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run git (is it installed?): {e}"))?;
    let stdin = child.stdin.take().ok_or("git fast-import: no stdin pipe")?;
    let mut stream = BufWriter::with_capacity(1 << 20, stdin);
    let t0 = i64::from(a.since.0) * 86_400 + 9 * 3600;
    let t1 = i64::from(a.until.0) * 86_400 + 17 * 3600;
    let mut prev: Vec<Option<String>> = vec![None; slots.len()];
    let mut buf = String::with_capacity(4096);
    let mut versions = 0;
    let mut sent = Ok(());
    for c in 0..k {
        let (s, t) = if k == 1 {
            (STEPS, t1)
        } else {
            let s = (c as u64 * u64::from(STEPS) / (k - 1) as u64) as u32;
            (s, t0 + (t1 - t0) * c as i64 / (k - 1) as i64)
        };
        let mut counts = [(0usize, 0usize); KIND_NAMES.len()];
        let mut changes: Vec<usize> = Vec::new();
        for (si, (slot, _)) in slots.iter().enumerate() {
            buf.clear();
            if !cat.render(*slot, s, &mut buf) || prev[si].as_deref() == Some(buf.as_str()) {
                continue;
            }
            let entry = &mut counts[slot.kind()];
            if prev[si].is_some() {
                entry.1 += 1;
            } else {
                entry.0 += 1;
            }
            changes.push(si);
            prev[si] = Some(std::mem::replace(&mut buf, String::with_capacity(4096)));
        }
        let message = commit_message(c, k, &counts);
        sent = send_commit(&mut stream, t, &message, &changes, slots, &prev);
        if sent.is_err() {
            break;
        }
        versions += changes.len();
        if (c + 1) % 50 == 0 || c + 1 == k {
            let day = Date(t.div_euclid(86_400) as i32);
            eprintln!(
                "gen_catalog: commit {}/{k} ({day}): {} files changed, {:.1}s",
                c + 1,
                changes.len(),
                start.elapsed().as_secs_f64()
            );
        }
    }
    let wait = Instant::now();
    if sent.is_ok() {
        sent = stream.write_all(b"done\n").and_then(|()| stream.flush());
    }
    drop(stream);
    let out = child
        .wait_with_output()
        .map_err(|e| format!("git fast-import failed: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "git fast-import failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    sent.map_err(|e| format!("cannot write to git fast-import: {e}"))?;
    Ok((k, versions, wait.elapsed().as_secs_f64()))
}

/// One commit in fast-import's format: the changed files, inline.
fn send_commit(
    w: &mut impl std::io::Write,
    time: i64,
    message: &str,
    changes: &[usize],
    slots: &[(Slot, String)],
    contents: &[Option<String>],
) -> std::io::Result<()> {
    let ident = format!("gen <gen@example.com> {time} +0000");
    write!(
        w,
        "commit refs/heads/main\nauthor {ident}\ncommitter {ident}\ndata {}\n{message}\n",
        message.len() + 1
    )?;
    for &si in changes {
        let body = contents[si].as_deref().unwrap_or("");
        write!(w, "M 100644 inline {}\ndata {}\n", slots[si].1, body.len())?;
        w.write_all(body.as_bytes())?;
        w.write_all(b"\n")?;
    }
    w.write_all(b"\n")
}

fn commit_message(c: usize, k: usize, counts: &[(usize, usize)]) -> String {
    let mut parts = Vec::new();
    for (name, &(added, changed)) in KIND_NAMES.iter().zip(counts) {
        match (added, changed) {
            (0, 0) => {}
            (a, 0) => parts.push(format!("{name} +{a}")),
            (0, m) => parts.push(format!("{name} ~{m}")),
            (a, m) => parts.push(format!("{name} +{a} ~{m}")),
        }
    }
    let head = if c == 0 {
        "Initial catalog".to_string()
    } else {
        format!("Catalog update {}/{k}", c + 1)
    };
    if parts.is_empty() {
        format!("{head}: no changes")
    } else {
        format!("{head}: {}", parts.join(", "))
    }
}

fn main() -> ExitCode {
    let mut raw = Vec::new();
    for arg in std::env::args_os().skip(1) {
        match arg.into_string() {
            Ok(s) => raw.push(s),
            Err(bad) => {
                eprintln!("gen_catalog: argument {bad:?} is not valid UTF-8");
                return ExitCode::from(2);
            }
        }
    }
    match parse_args(&raw) {
        Ok(None) => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Ok(Some(args)) => match run(&args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("gen_catalog: error: {e}");
                ExitCode::from(2)
            }
        },
        Err(e) => {
            eprintln!("gen_catalog: {e}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
