//! The tools: their names, descriptions and input schemas, and how a call's
//! arguments become the command line of the matching `platctl` command.
//!
//! Arguments are checked here (known keys, types, lengths, paths inside the
//! root) and then parsed by the same clap definitions as the command line,
//! so a tool accepts exactly what the flag accepts.

use serde_json::{json, Map, Value};
use std::path::{Component, Path};

/// A tool as the server lists it.
pub struct ToolDef {
    pub name: &'static str,
    pub description: &'static str,
    /// JSON Schema of the arguments.
    pub schema: Value,
    /// False for the tools that write (only with --allow-writes).
    pub read_only: bool,
}

/// Longest text accepted for a free-text argument (a problem statement).
const MAX_TEXT: usize = 10_000;
/// Longest text accepted for any other argument (ids, names, revisions).
const MAX_WORD: usize = 300;
/// Most paths one `lint` call takes.
const MAX_PATHS: usize = 100;

/// The kinds `list` takes, with the command group each lists and the filters
/// (argument name, flag, how it is given) the group's `list` has.
/// A filter: the argument's name and how it becomes a flag.
type Filter = (&'static str, Arg);

const LISTS: &[(&str, &str, &[Filter])] = &[
    (
        "capability",
        "capability",
        &[
            ("lifecycle", Arg::Many),
            ("owner", Arg::One),
            ("category", Arg::One),
            ("golden_path", Arg::Flag),
        ],
    ),
    (
        "deprecation",
        "deprecation",
        &[
            ("state", Arg::Many),
            ("capability", Arg::One),
            ("team", Arg::One),
        ],
    ),
    (
        "exception",
        "exception",
        &[
            ("expiring", Arg::Count),
            ("state", Arg::Many),
            ("standard", Arg::One),
            ("team", Arg::One),
        ],
    ),
    (
        "request",
        "intake",
        &[
            ("status", Arg::Many),
            ("team", Arg::One),
            ("type", Arg::Many),
            ("sort", Arg::One),
            ("all", Arg::Flag),
        ],
    ),
    ("roadmap_item", "roadmap", &[("quarter", Arg::One)]),
    (
        "service",
        "service",
        &[
            ("team", Arg::One),
            ("tier", Arg::Count),
            ("status", Arg::Many),
            ("system", Arg::One),
            ("uses", Arg::One),
        ],
    ),
    ("team", "team", &[("type", Arg::Many), ("parent", Arg::One)]),
];

/// How an argument turns into a flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Arg {
    /// `--flag=value`
    One,
    /// `--flag=a,b` from a string or an array of strings
    Many,
    /// `--flag` when true
    Flag,
    /// `--flag=N` from a non-negative integer
    Count,
    /// Free text: `--flag=value`, up to MAX_TEXT characters
    Text,
    /// `--flag=N` from a number
    Number,
}

const SHOW_KINDS: &[&str] = &[
    "capability",
    "service",
    "team",
    "deprecation",
    "exception",
    "request",
];

/// `intake new`'s flags, as arguments.
const INTAKE_NEW: &[(&str, Arg)] = &[
    ("title", Arg::One),
    ("team", Arg::One),
    ("type", Arg::One),
    ("problem", Arg::Text),
    ("outcome", Arg::Text),
    ("urgency", Arg::One),
    ("reach", Arg::Count),
    ("impact", Arg::Number),
    ("confidence", Arg::Number),
    ("effort", Arg::Number),
    ("capability", Arg::One),
    ("contact", Arg::One),
    ("dry_run", Arg::Flag),
];

/// `intake triage`'s flags (besides the id), as arguments.
const INTAKE_TRIAGE: &[(&str, Arg)] = &[
    ("route", Arg::One),
    ("status", Arg::One),
    ("duplicate_of", Arg::One),
    ("roadmap_item", Arg::One),
    ("dry_run", Arg::Flag),
];

fn string(desc: &str) -> Value {
    json!({ "type": "string", "description": desc })
}

fn strings(desc: &str) -> Value {
    json!({
        "description": desc,
        "anyOf": [
            { "type": "string" },
            { "type": "array", "items": { "type": "string" } }
        ]
    })
}

fn object(props: Value, required: &[&str]) -> Value {
    json!({
        "type": "object",
        "properties": props,
        "required": required,
        "additionalProperties": false
    })
}

/// Every tool the server offers; the writing ones only when `allow_writes`.
pub fn tools(allow_writes: bool) -> Vec<ToolDef> {
    let mut v = vec![
        search_tool(),
        show_tool(),
        list_tool(),
        lint_tool(),
        kpi_tool(),
        status_tool(),
        scorecard_check_tool(),
        changelog_tool(),
    ];
    if allow_writes {
        v.push(intake_new_tool());
        v.push(intake_triage_tool());
    }
    v
}

fn search_tool() -> ToolDef {
    ToolDef {
        name: "search",
        description: "Find anything in the platform catalog (capabilities, services, teams, roadmap items, deprecations, exceptions, requests) by id, name, title, summary or team. Every word must match. Same JSON as `platctl search QUERY --format json`.",
        schema: object(json!({ "query": string("Words to look for, e.g. `payments` or `legacy auth`") }), &["query"]),
        read_only: true,
    }
}

fn show_tool() -> ToolDef {
    ToolDef {
        name: "show",
        description: "Everything about one entity: a capability (owner, lifecycle, adopters, dependencies, deprecations, exceptions, readiness), a service (team, capabilities used, deprecations to migrate off, exceptions), a team (what it owns, its roadmap items and requests), a deprecation, an exception or a request. Same JSON as `platctl show KIND ID --format json`.",
        schema: object(
            json!({
                "kind": { "type": "string", "enum": SHOW_KINDS, "description": "The kind of entity" },
                "id": string("Its id, e.g. payments-api, team-devex, EXC-4F7Q2M, INT-7K3F9Q")
            }),
            &["kind", "id"],
        ),
        read_only: true,
    }
}

fn list_tool() -> ToolDef {
    ToolDef {
        name: "list",
        description: "List capabilities, deprecations, exceptions, requests, a quarter's roadmap items, services or teams, with the filters of the matching `platctl <group> list` command (capability: lifecycle, owner, category, golden_path; deprecation: state, capability, team; exception: expiring, state, standard, team; request: status, team, type, sort; roadmap_item: quarter; service: team, tier, status, system, uses; team: type, parent). Same JSON as its `--format json`.",
        schema: object(
            json!({
                "kind": { "type": "string", "enum": LISTS.iter().map(|l| l.0).collect::<Vec<_>>() },
                "lifecycle": strings("capability: only these lifecycles (alpha, beta, ga, deprecated, retired)"),
                "owner": string("capability: only those owned by this team"),
                "category": string("capability: only this category"),
                "golden_path": { "type": "boolean", "description": "capability: only those on the golden path" },
                "all": { "type": "boolean", "description": "request: also closed requests (done, declined, duplicate); by default only open ones" },
                "state": strings("deprecation: upcoming, migrating, overdue, completed, cancelled; exception: requested, open, expiring, expired, rejected, revoked"),
                "capability": string("deprecation: only deprecations of this capability"),
                "team": string("deprecation: where this team still has consumers; exception, request, service: of this team"),
                "expiring": { "type": "integer", "minimum": 0, "description": "exception: only approved ones that expire within this many days" },
                "standard": string("exception: only exceptions to this standard (a capability id)"),
                "status": strings("request: only these statuses; service: active or retired"),
                "type": strings("request: only these types; team: only these team types (platform, product, data, security, sre, other)"),
                "tier": { "type": "integer", "minimum": 1, "maximum": 3, "description": "service: only this tier" },
                "system": string("service: only services of this system"),
                "uses": string("service: only services that adopted this capability"),
                "parent": string("team: only the teams directly under this one"),
                "sort": { "type": "string", "enum": ["rice", "created", "urgency", "id"], "description": "request: order of the rows" },
                "quarter": string("roadmap_item: the quarter, YYYY-Qn (default: the one that holds today)")
            }),
            &["kind"],
        ),
        read_only: true,
    }
}

fn lint_tool() -> ToolDef {
    ToolDef {
        name: "lint",
        description: "Check the catalog: schemas, references, lifecycle policy, dates. Optional paths (relative to the catalog root) limit the findings to those files or directories. Same JSON as `platctl lint --format json`.",
        schema: object(
            json!({ "paths": { "type": "array", "items": { "type": "string" }, "maxItems": MAX_PATHS, "description": "Files or directories inside the catalog, e.g. capabilities/ci-pipelines.yaml" } }),
            &[],
        ),
        read_only: true,
    }
}

fn kpi_tool() -> ToolDef {
    ToolDef {
        name: "kpi",
        description: "The platform KPIs for a period: value, target, status, change. Same JSON as `platctl kpi --format json`.",
        schema: object(
            json!({ "period": string("A quarter (2026-Q4) or a month (2026-11); default: the quarter holding today") }),
            &[],
        ),
        read_only: true,
    }
}

fn status_tool() -> ToolDef {
    ToolDef {
        name: "status",
        description: "What needs attention today, ranked: requests past the triage SLA, exceptions expiring or expired, sunsets with consumers left, roadmap items overdue or at risk, KPIs off target, ga capabilities not ready, overdue campaigns, scorecard levels that dropped. Optional team narrows it to one team. Same JSON as `platctl status --format json`.",
        schema: object(
            json!({ "team": string("Only what this team owns or asked for (a team id)") }),
            &[],
        ),
        read_only: true,
    }
}

fn scorecard_check_tool() -> ToolDef {
    ToolDef {
        name: "scorecard_check",
        description: "Why a service, capability or team is at its scorecard level: each rule's outcome (pass, fail, exempt, skip, pending, unknown, error) and the next step. Same JSON as `platctl scorecard check ENTITY --format json`.",
        schema: object(
            json!({
                "entity": string("A service, capability or team id"),
                "scorecard": string("Only this scorecard (default: every scorecard for the entity's kind)"),
                "min_level": string("Report whether the entity reaches this level")
            }),
            &["entity"],
        ),
        read_only: true,
    }
}

fn changelog_tool() -> ToolDef {
    ToolDef {
        name: "changelog",
        description: "What changed in the catalog between two git revisions, as release notes (breaking changes flagged). Same JSON as `platctl changelog --format json`.",
        schema: object(
            json!({
                "from": string("The older revision (default: the last tag, else the first commit)"),
                "to": string("The newer revision, or `worktree` (default: HEAD)")
            }),
            &[],
        ),
        read_only: true,
    }
}

fn intake_new_tool() -> ToolDef {
    ToolDef {
        name: "intake_new",
        description: "File a request from a product team: writes intake/<id>.yaml with a fresh id, refused if the request itself would get an error finding; never commits. Same checks as `platctl intake new --yes`. Set dry_run to see the file without writing it.",
        schema: object(
            json!({
                "title": string("One line: what is asked"),
                "team": string("The requesting team (an id from teams/)"),
                "type": string("capability, enhancement, onboarding, support, docs, bug or other (default other)"),
                "problem": string("The problem, not the solution (several lines are fine)"),
                "outcome": string("What success looks like"),
                "urgency": string("low, medium, high or critical (default medium)"),
                "reach": { "type": "integer", "minimum": 1, "description": "Teams affected (default 1)" },
                "impact": { "type": "number", "description": "0.25, 0.5, 1, 2 or 3 (default 1)" },
                "confidence": { "type": "number", "description": "0 < c <= 1 (default 0.5)" },
                "effort": { "type": "number", "description": "Person-weeks, > 0 (RICE needs it)" },
                "capability": string("The capability it relates to (an id from capabilities/)"),
                "contact": string("Who to ask: an address or a channel"),
                "dry_run": { "type": "boolean" }
            }),
            &["title", "team", "problem"],
        ),
        read_only: false,
    }
}

fn intake_triage_tool() -> ToolDef {
    ToolDef {
        name: "intake_triage",
        description: "Triage a request: set its route and status (today's date as triaged; resolved for a final status), keeping the file's comments; never commits. Same checks as `platctl intake triage ID --yes`.",
        schema: object(
            json!({
                "id": string("The request's id, e.g. INT-7K3F9Q"),
                "route": string("backlog, support, docs or custom"),
                "status": string("triaged, accepted, declined, duplicate or done (default triaged; duplicate when duplicate_of is given)"),
                "duplicate_of": string("The request this one duplicates"),
                "roadmap_item": string("The roadmap item that will deliver it"),
                "dry_run": { "type": "boolean" }
            }),
            &["id", "route"],
        ),
        read_only: false,
    }
}

/// Why a call's arguments were refused (said to the caller as the result).
pub type Refusal = String;

fn text_of<'a>(key: &str, v: &'a Value, max: usize) -> Result<&'a str, Refusal> {
    let s = v
        .as_str()
        .ok_or_else(|| format!("`{key}` must be a string"))?;
    let n = s.chars().count();
    if n > max {
        return Err(format!("`{key}` is {n} characters long: at most {max}"));
    }
    if s.chars().any(|c| c == '\0') {
        return Err(format!("`{key}` contains a NUL character"));
    }
    if max <= MAX_WORD && s.chars().any(char::is_control) {
        return Err(format!("`{key}` contains a control character"));
    }
    Ok(s)
}

/// `--flag=value` arguments for the keys of `spec` found in `args`.
fn flags(
    args: &Map<String, Value>,
    spec: &[(&str, Arg)],
    argv: &mut Vec<String>,
) -> Result<(), Refusal> {
    for (key, how) in spec {
        let Some(v) = args.get(*key) else { continue };
        if v.is_null() {
            continue;
        }
        let flag = format!("--{}", key.replace('_', "-"));
        match how {
            Arg::One => argv.push(format!("{flag}={}", text_of(key, v, MAX_WORD)?)),
            Arg::Text => argv.push(format!("{flag}={}", text_of(key, v, MAX_TEXT)?)),
            Arg::Many => {
                let items: Vec<&str> = match v {
                    Value::Array(a) => a
                        .iter()
                        .map(|x| text_of(key, x, MAX_WORD))
                        .collect::<Result<_, _>>()?,
                    _ => vec![text_of(key, v, MAX_WORD)?],
                };
                if !items.is_empty() {
                    argv.push(format!("{flag}={}", items.join(",")));
                }
            }
            Arg::Flag => match v.as_bool() {
                Some(true) => argv.push(flag),
                Some(false) => {}
                None => return Err(format!("`{key}` must be true or false")),
            },
            Arg::Count => match v.as_u64() {
                Some(n) if n <= u64::from(u32::MAX) => argv.push(format!("{flag}={n}")),
                _ => {
                    return Err(format!(
                        "`{key}` must be a whole number from 0 to {}",
                        u32::MAX
                    ))
                }
            },
            Arg::Number => match v.as_f64() {
                Some(x) if x.is_finite() => argv.push(format!("{flag}={x}")),
                _ => return Err(format!("`{key}` must be a number")),
            },
        }
    }
    Ok(())
}

/// Refuses keys that the tool does not take, naming those it does.
fn only(args: &Map<String, Value>, allowed: &[&str], what: &str) -> Result<(), Refusal> {
    let mut unknown: Vec<&str> = args
        .keys()
        .map(String::as_str)
        .filter(|k| !allowed.contains(k))
        .collect();
    if unknown.is_empty() {
        return Ok(());
    }
    unknown.sort_unstable();
    Err(format!(
        "{what} takes no {}: it takes {}",
        unknown
            .iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(", "),
        if allowed.is_empty() {
            "no argument".to_string()
        } else {
            allowed
                .iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ")
        }
    ))
}

fn required<'a>(args: &'a Map<String, Value>, key: &str, max: usize) -> Result<&'a str, Refusal> {
    match args.get(key) {
        None | Some(Value::Null) => Err(format!("`{key}` is required")),
        Some(v) => text_of(key, v, max),
    }
}

/// A path given to `lint`, checked to stay inside the catalog root (through
/// any symlink), returned relative to it.
pub fn inside_root(root: &Path, p: &str) -> Result<String, Refusal> {
    let p = p.trim();
    if p.is_empty() {
        return Err("an empty path: give a file or directory inside the catalog".into());
    }
    let rel = Path::new(p);
    let outside = || {
        format!("`{p}` is outside the catalog: give a path relative to the catalog root, e.g. capabilities/ci-pipelines.yaml")
    };
    if rel.is_absolute()
        || rel
            .components()
            .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir))
    {
        return Err(outside());
    }
    let joined = root.join(rel);
    let real = joined
        .canonicalize()
        .map_err(|_| format!("`{p}`: no such file or directory in the catalog"))?;
    let real_root = root
        .canonicalize()
        .map_err(|e| format!("cannot read the catalog root: {e}"))?;
    if !real.starts_with(&real_root) {
        return Err(outside());
    }
    Ok(rel
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("/"))
}

/// The `platctl` command line a call stands for (without the program name),
/// or why its arguments are refused.
pub fn command_line(
    root: &Path,
    name: &str,
    args: &Map<String, Value>,
    allow_writes: bool,
) -> Result<Vec<String>, Refusal> {
    let mut argv: Vec<String> = Vec::new();
    match name {
        "search" => {
            only(args, &["query"], "search")?;
            let q = required(args, "query", MAX_WORD)?;
            argv.extend(["search".into(), "--format=json".into(), "--".into(), q.into()]);
        }
        "show" => {
            only(args, &["kind", "id"], "show")?;
            let kind = required(args, "kind", MAX_WORD)?;
            if !SHOW_KINDS.contains(&kind) {
                return Err(format!("`kind` `{kind}` is not one of {}", SHOW_KINDS.join(", ")));
            }
            let id = required(args, "id", MAX_WORD)?;
            argv.extend(["show".into(), "--format=json".into(), "--".into(), kind.into(), id.into()]);
        }
        "list" => {
            let kind = required(args, "kind", MAX_WORD)?;
            let Some((_, group, filters)) = LISTS.iter().find(|l| l.0 == kind) else {
                return Err(format!(
                    "`kind` `{kind}` is not one of {}",
                    LISTS.iter().map(|l| l.0).collect::<Vec<_>>().join(", ")
                ));
            };
            let mut allowed: Vec<&str> = vec!["kind"];
            allowed.extend(filters.iter().map(|f| f.0));
            only(args, &allowed, &format!("list of {kind}"))?;
            argv.extend([group.to_string(), "list".into(), "--format=json".into()]);
            flags(args, filters, &mut argv)?;
        }
        "lint" => {
            only(args, &["paths"], "lint")?;
            argv.extend(["lint".into(), "--format=json".into(), "--".into()]);
            match args.get("paths") {
                None | Some(Value::Null) => {}
                Some(Value::Array(ps)) => {
                    if ps.len() > MAX_PATHS {
                        return Err(format!("{} paths: at most {MAX_PATHS}", ps.len()));
                    }
                    for p in ps {
                        argv.push(inside_root(root, text_of("paths", p, MAX_WORD)?)?);
                    }
                }
                Some(_) => return Err("`paths` must be an array of strings".into()),
            }
        }
        "kpi" => {
            only(args, &["period"], "kpi")?;
            argv.extend(["kpi".into(), "--format=json".into()]);
            flags(args, &[("period", Arg::One)], &mut argv)?;
        }
        "status" => {
            only(args, &["team"], "status")?;
            argv.extend(["status".into(), "--format=json".into()]);
            flags(args, &[("team", Arg::One)], &mut argv)?;
        }
        "scorecard_check" => {
            only(args, &["entity", "scorecard", "min_level"], "scorecard_check")?;
            let entity = required(args, "entity", MAX_WORD)?;
            argv.extend(["scorecard".into(), "check".into(), "--format=json".into()]);
            flags(
                args,
                &[("scorecard", Arg::One), ("min_level", Arg::One)],
                &mut argv,
            )?;
            argv.extend(["--".into(), entity.into()]);
        }
        "changelog" => {
            only(args, &["from", "to"], "changelog")?;
            argv.extend(["changelog".into(), "--format=json".into()]);
            flags(args, &[("from", Arg::One), ("to", Arg::One)], &mut argv)?;
        }
        "intake_new" if allow_writes => {
            let keys: Vec<&str> = INTAKE_NEW.iter().map(|k| k.0).collect();
            only(args, &keys, "intake_new")?;
            argv.extend(["intake".into(), "new".into(), "--yes".into()]);
            flags(args, INTAKE_NEW, &mut argv)?;
        }
        "intake_triage" if allow_writes => {
            let mut keys: Vec<&str> = vec!["id"];
            keys.extend(INTAKE_TRIAGE.iter().map(|k| k.0));
            only(args, &keys, "intake_triage")?;
            let id = required(args, "id", MAX_WORD)?;
            argv.extend(["intake".into(), "triage".into(), "--yes".into()]);
            flags(args, INTAKE_TRIAGE, &mut argv)?;
            argv.extend(["--".into(), id.into()]);
        }
        "intake_new" | "intake_triage" => {
            return Err(format!(
                "{name} writes to the catalog: the server was started read-only (start it with `platctl mcp --allow-writes` to file and triage requests)"
            ))
        }
        _ => return Err(format!("no tool `{name}`")),
    }
    Ok(argv)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(v: Value) -> Map<String, Value> {
        match v {
            Value::Object(m) => m,
            _ => Map::new(),
        }
    }

    #[test]
    fn list_filters_become_the_list_commands_flags() {
        let a = args(
            json!({"kind": "capability", "lifecycle": ["ga", "beta"], "golden_path": true, "owner": "team-devex"}),
        );
        let argv = command_line(Path::new("/nowhere"), "list", &a, false).unwrap_or_default();
        assert_eq!(
            argv,
            vec![
                "capability",
                "list",
                "--format=json",
                "--lifecycle=ga,beta",
                "--owner=team-devex",
                "--golden-path"
            ]
        );
        let a = args(json!({"kind": "request", "status": "new", "type": ["support"]}));
        let argv = command_line(Path::new("/nowhere"), "list", &a, false).unwrap_or_default();
        assert_eq!(
            argv,
            vec![
                "intake",
                "list",
                "--format=json",
                "--status=new",
                "--type=support"
            ]
        );
    }

    #[test]
    fn unknown_keys_and_wrong_types_are_refused() {
        let r = command_line(
            Path::new("/x"),
            "list",
            &args(json!({"kind": "exception", "lifecycle": "ga"})),
            false,
        );
        assert_eq!(
            r.err().as_deref(),
            Some("list of exception takes no `lifecycle`: it takes `kind`, `expiring`, `state`, `standard`, `team`")
        );
        let r = command_line(
            Path::new("/x"),
            "list",
            &args(json!({"kind": "exception", "expiring": -3})),
            false,
        );
        assert_eq!(
            r.err().as_deref(),
            Some("`expiring` must be a whole number from 0 to 4294967295")
        );
        let r = command_line(Path::new("/x"), "search", &args(json!({"query": 3})), false);
        assert_eq!(r.err().as_deref(), Some("`query` must be a string"));
        let r = command_line(
            Path::new("/x"),
            "show",
            &args(json!({"kind": "service", "id": "a\u{1b}[2J"})),
            false,
        );
        assert_eq!(
            r.err().as_deref(),
            Some("`id` contains a control character")
        );
    }

    #[test]
    fn values_never_become_flags() {
        // A value that looks like a flag stays a value: `--owner=--catalog=/etc`.
        let a = args(json!({"kind": "capability", "owner": "--catalog=/etc"}));
        let argv = command_line(Path::new("/x"), "list", &a, false).unwrap_or_default();
        assert_eq!(
            argv.last().map(String::as_str),
            Some("--owner=--catalog=/etc")
        );
        let a = args(json!({"kind": "service", "id": "-C"}));
        let argv = command_line(Path::new("/x"), "show", &a, false).unwrap_or_default();
        assert_eq!(argv, vec!["show", "--format=json", "--", "service", "-C"]);
    }

    #[test]
    fn writes_need_allow_writes() {
        let a = args(json!({"id": "INT-AAAAAA", "route": "backlog"}));
        let r = command_line(Path::new("/x"), "intake_triage", &a, false);
        assert!(r.err().unwrap_or_default().contains("started read-only"));
        let argv = command_line(Path::new("/x"), "intake_triage", &a, true).unwrap_or_default();
        assert_eq!(
            argv,
            vec![
                "intake",
                "triage",
                "--yes",
                "--route=backlog",
                "--",
                "INT-AAAAAA"
            ]
        );
        assert!(!argv.iter().any(|a| a.contains("commit")));
    }

    #[test]
    fn paths_outside_the_root_are_refused() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let root = dir.path();
        std::fs::create_dir_all(root.join("capabilities")).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            inside_root(root, "./capabilities/").as_deref(),
            Ok("capabilities")
        );
        for bad in ["../etc", "/etc/passwd", "capabilities/../../x"] {
            assert!(
                inside_root(root, bad)
                    .unwrap_err()
                    .contains("outside the catalog"),
                "{bad}"
            );
        }
        assert!(inside_root(root, "nope.yaml")
            .unwrap_err()
            .contains("no such file"));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("/etc", root.join("escape"))
                .unwrap_or_else(|e| panic!("{e}"));
            assert!(inside_root(root, "escape")
                .unwrap_err()
                .contains("outside the catalog"));
        }
    }
}
