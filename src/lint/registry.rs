//! Every lint rule: id, default level, summary and the text of `platctl explain`.

use crate::diag::RuleId;

pub struct Rule {
    /// The rule's id, with its default level.
    pub id: RuleId,
    /// One line, shown in listings and SARIF `shortDescription`.
    pub summary: &'static str,
    /// Why the rule exists: the rationale a platform team would give.
    pub rationale: &'static str,
    /// A small YAML excerpt (with its file name in a comment) that breaks the rule.
    pub example: &'static str,
    /// How to fix it.
    pub fix: &'static str,
}

pub static RULES: &[Rule] = &[
    Rule {
        id: RuleId::YamlSyntax,
        summary: "The file is not valid YAML",
        rationale: "A file that does not parse cannot be checked at all, and whatever it declares is silently missing from every report. Duplicate keys, tabs used for indentation and documents that are not a mapping are included here, because YAML tools disagree on how to read them.",
        example: "# teams/team-devex.yaml\nid: team-devex\nname: Developer Experience\nname: DevEx\n",
        fix: "Fix the syntax at the position shown: remove the duplicate key, indent with spaces, or make the document a mapping of fields.",
    },
    Rule {
        id: RuleId::Schema,
        summary: "A field is unknown, missing, of the wrong type or out of range",
        rationale: "The catalog is only useful if every tool and every reader agrees on what a field means. A misspelled field is otherwise ignored without a word, a lifecycle nobody recognises drops a capability out of adoption and readiness reports, and a malformed date or quarter quietly breaks every computation that relies on it.",
        example: r##"# capabilities/ci-pipelines.yaml
id: ci-pipelines
name: Standard CI pipelines
summary: Reusable workflows with built-in scanning
owner: team-devex
lifecycle: stable
"##,
        fix: "Use one of the allowed values (here `proposed`, `experimental`, `beta`, `ga`, `deprecated` or `retired`), add the missing field, or rename the unknown one as the help suggests. Free-form data of your own belongs under `labels`.",
    },
    Rule {
        id: RuleId::DuplicateId,
        summary: "Two entities of one kind share an id",
        rationale: "Ids are how everything else in the catalog points at an entity, so a shared id makes every reference ambiguous: an owner, a dependency or a consumer may silently resolve to the wrong one. It usually comes from copying a file as a template, or from two branches adding the same name, and both copies are named so you can pick which one keeps it.",
        example: r##"# services/payments.yaml
id: payments-api
name: Payments API
team: team-payments
---
id: payments-api
name: Payments ledger
team: team-payments
"##,
        fix: "Give one of the two entities a new, unique id and update the references that meant it.",
    },
    Rule {
        id: RuleId::IdFilenameMismatch,
        summary: "A file is not named after the id of the entity it holds",
        rationale: "People find entities by file name when they browse the repository or review a pull request. A file whose name says one thing while its id says another sends readers to the wrong place, and usually means an entity was renamed in one spot but not the other. A roadmap file is expected to be named after its quarter for the same reason.",
        example: r##"# capabilities/ci.yaml
id: ci-pipelines
name: Standard CI pipelines
summary: Reusable workflows with built-in scanning
owner: team-devex
lifecycle: beta
"##,
        fix: "Rename the file after its id (here `capabilities/ci-pipelines.yaml`), or a roadmap file after its quarter (`roadmap/2026-Q4.yaml`). If the id itself is wrong, change it and its references instead.",
    },
    Rule {
        id: RuleId::UnreadableFile,
        summary: "A catalog file cannot be read",
        rationale: "A file that cannot be read drops out of the catalog without anyone noticing, along with every reference that pointed at it. Files that are not UTF-8, larger than 4 MiB, symbolic links leading outside the catalog root, or blocked by permissions are all reported, so the catalog never gets checked only in part.",
        example: r##"# services/legacy-billing.yaml  (saved as Latin-1, not UTF-8)
id: legacy-billing
name: Facturation héritée
team: team-billing
"##,
        fix: "Save the file as UTF-8, split a file over 4 MiB into smaller ones, replace a symbolic link that leaves the catalog with a real file, or fix its permissions. To skip a path on purpose, list it in `lint.ignore` in platctl.yaml.",
    },
    Rule {
        id: RuleId::UnknownDirectory,
        summary: "A top-level directory holds YAML files but is not a catalog kind",
        rationale: "The kind of an entity comes from its top-level directory, so files under a misspelled directory would be skipped entirely: the capabilities in it would vanish from reports while the pull request looks fine. Reporting the directory, with the closest kind, catches the typo before it merges.",
        example: r##"# capabilites/ci-pipelines.yaml
id: ci-pipelines
name: Standard CI pipelines
summary: Reusable workflows with built-in scanning
owner: team-devex
lifecycle: beta
"##,
        fix: "Move the files into the directory of their kind (here `capabilities/`). If the directory holds data that is not part of the catalog, add it to `lint.ignore` in platctl.yaml.",
    },
    Rule {
        id: RuleId::EmptyFile,
        summary: "A catalog file is empty or holds only comments",
        rationale: "An empty file declares nothing, so whatever it was meant to hold is missing from every report while the file itself looks present in the repository. It is usually a file created and never filled in, or one whose content was lost in a merge.",
        example: "# teams/team-devex.yaml\n# TODO\n",
        fix: "Write the entity in the file (`field: value` lines), or delete the file.",
    },
    Rule {
        id: RuleId::NullFromComment,
        summary: "A value is empty because an unquoted `#` made it a comment",
        rationale: "In YAML, ` #` starts a comment, so `contact: #help` does not set the contact to the channel `#help`: it leaves the field empty, without a word. Slack channels and issue numbers are the usual victims, and the loss only shows when someone needs the value.",
        example: "# teams/team-devex.yaml\nid: team-devex\nname: Developer Experience\ncontact: #devex-help\n",
        fix: "Quote the value: `contact: \"#devex-help\"`. If the field is meant to be empty, delete it, or put a space after the `#` to show that it is a comment.",
    },
    Rule {
        id: RuleId::UncheckedReferences,
        summary: "References to a kind are not checked because a file of that kind does not parse",
        rationale: "When a file of teams (or any kind) cannot be read or parsed, the ids it declares are unknown. Reporting every reference to that kind as unknown would send people to fix dozens of correct references, with wrong suggestions, instead of the one broken file; saying nothing would let real mistakes pass. So the references are counted, reported once as not checked, and checked again once the file parses.",
        example: "# teams/teams.yaml\nid: team-devex\nname: [Developer Experience\n",
        fix: "Fix the file that does not parse (see its `yaml-syntax` or `unreadable-file` finding); the references to its kind are then checked as usual.",
    },
    Rule {
        id: RuleId::UnknownTeam,
        summary: "A reference names a team that does not exist",
        rationale: "Ownership is the first thing anyone looks up when something breaks or needs approval. A reference to a team that is not in `teams/` leaves a capability, service or request without a reachable owner and drops it out of every per-team view.",
        example: r##"# capabilities/ci-pipelines.yaml
id: ci-pipelines
name: Standard CI pipelines
summary: Reusable workflows with built-in scanning
owner: team-devx
lifecycle: beta
"##,
        fix: "Correct the id to an existing team (the help suggests the closest one), or add the team under `teams/`.",
    },
    Rule {
        id: RuleId::UnknownService,
        summary: "A reference names a service that does not exist",
        rationale: "Deprecations and exceptions are tracked per service; a consumer or exception that names a service the catalog does not know can never be followed up, and migration progress is computed over a consumer that does not exist. It is most often a typo or a service that was renamed.",
        example: r##"# deprecations/legacy-auth-v1.yaml
id: legacy-auth-v1
capability: legacy-auth
interface: v1
replacement: identity-sso
announced: 2026-03-01
sunset: 2026-12-31
status: migrating
consumers:
  - service: payment-api
    status: pending
"##,
        fix: "Correct the id to an existing service (the help suggests the closest one), or add the service under `services/`.",
    },
    Rule {
        id: RuleId::UnknownCapability,
        summary: "A reference names a capability that does not exist",
        rationale: "Adoption, readiness and deprecation reports are all keyed by capability id. A service that uses a misspelled capability is not counted as an adopter, and a dependency or deprecation naming a missing capability makes the platform's picture of itself wrong.",
        example: r##"# services/payments-api.yaml
id: payments-api
team: team-payments
uses:
  - ci-pipeline
  - identity-sso
"##,
        fix: "Correct the id to an existing capability (the help suggests the closest one), or add the capability under `capabilities/`.",
    },
    Rule {
        id: RuleId::UnknownRoadmapItem,
        summary: "A reference names a roadmap item that does not exist",
        rationale: "Linking a request or a dependency to a roadmap item is how requesters learn when their need will be met and how planners see what blocks what. A link to an item that is not in any quarter is a promise nobody can track.",
        example: r##"# intake/INT-7K3F9Q.yaml
id: INT-7K3F9Q
title: Managed Postgres for analytics workloads
requester:
  team: team-analytics
created: 2026-11-27
type: capability
problem: Analytics runs its own Postgres on VMs; patching takes a day a month.
status: accepted
route: backlog
triaged: 2026-11-29
roadmap_item: pg-manged
"##,
        fix: "Correct the id to an item of any quarter under `roadmap/` (the help suggests the closest one), or add the item to the quarter that plans it.",
    },
    Rule {
        id: RuleId::UnknownIntake,
        summary: "A reference names an intake request that does not exist",
        rationale: "Roadmap items cite the requests they answer so that requesters can be told and demand can be traced back to teams. A citation of a request that does not exist breaks that trail, and is usually a mistyped id.",
        example: r##"# roadmap/2027-Q1.yaml
quarter: 2027-Q1
items:
  - id: pg-managed
    title: Managed Postgres
    owner: team-data-platform
    status: planned
    outcome: Product teams stop running their own Postgres
    intake: [INT-7K3F9R]
"##,
        fix: "Correct the id to an existing request under `intake/` (the help suggests the closest one), or remove it from the list.",
    },
    Rule {
        id: RuleId::UnknownException,
        summary: "A reference names an exception that does not exist",
        rationale: "An exempt consumer is only acceptable because a recorded, approved and time-bound exception covers it. Pointing at an exception that does not exist makes the exemption unaccountable: nobody approved it and nothing makes it end.",
        example: r##"# deprecations/legacy-auth-v1.yaml
id: legacy-auth-v1
capability: legacy-auth
interface: v1
announced: 2026-03-01
sunset: 2026-12-31
status: migrating
consumers:
  - service: search-api
    status: exempt
    exception: EXC-4F7Q2N
"##,
        fix: "Correct the id to an existing exception under `exceptions/` (the help suggests the closest one), or file the exception with `platctl exception new` and cite its id.",
    },
    Rule {
        id: RuleId::UnknownTheme,
        summary: "A roadmap item names a theme its quarter does not define",
        rationale: "Themes group a quarter's items into the story a platform team tells its stakeholders. An item with a theme that its own quarter file does not declare falls out of that story and out of the per-theme view of the roadmap.",
        example: r##"# roadmap/2026-Q4.yaml
quarter: 2026-Q4
themes:
  - id: self-service
    name: Self-service onboarding
items:
  - id: ns-self-service
    title: Self-service namespace provisioning
    theme: self-serve
    owner: team-runtime
    status: in-progress
    outcome: Namespaces in minutes, not days
"##,
        fix: "Use the id of a theme declared in the same quarter file (the help suggests the closest one), or add the theme to that file's `themes`; themes are not shared between quarter files.",
    },
    Rule {
        id: RuleId::UnknownKpi,
        summary: "A reference names a KPI that is neither built in nor declared",
        rationale: "A metric series or roadmap item tied to an unknown KPI is never shown next to its target, so the measurement is collected for nothing. It is usually a typo, or a KPI of the team's own that was never declared with its unit and direction.",
        example: r##"# metrics/incident-reviews.yaml
kpi: incident-review-coverage
points:
  - period: 2026-Q3
    value: 0.82
"##,
        fix: "Correct the id to a built-in KPI (the help suggests the closest one), or declare your own under `kpis` in platctl.yaml with its `unit` and `better` direction.",
    },
    Rule {
        id: RuleId::DependencyCycle,
        summary: "Capabilities or roadmap items depend on each other in a cycle",
        rationale: "A cycle of roadmap items can never be delivered in any order, and a cycle of capabilities means none of them can be brought up, upgraded or retired on its own. Such loops creep in one edge at a time across separate pull requests, so the whole cycle is listed to show where to cut it.",
        example: r##"# roadmap/2026-Q4.yaml
quarter: 2026-Q4
items:
  - id: sso-groups
    title: Sync SSO groups to namespaces
    owner: team-identity
    status: in-progress
    outcome: Access follows group membership
    depends_on: [ns-self-service]
  - id: ns-self-service
    title: Self-service namespace provisioning
    owner: team-runtime
    status: planned
    outcome: Namespaces in minutes, not days
    depends_on: [sso-groups]
"##,
        fix: "Remove the `depends_on` edge that is not a real prerequisite, or split one item or capability in two so the dependency runs one way.",
    },
    Rule {
        id: RuleId::TeamParentCycle,
        summary: "Teams name each other as `parent` in a cycle",
        rationale: "A team's `parent` is the group above it, and every roll-up (scorecards by team, the portal's team pages) walks up those links. A loop has no top: the teams in it would count each other's services forever, so the whole cycle is named to show which link is wrong.",
        example: r##"# teams/team-payments.yaml
id: team-payments
name: Payments
parent: team-checkout
---
# teams/team-checkout.yaml
id: team-checkout
name: Checkout
parent: team-payments
"##,
        fix: "Remove or correct the `parent` of one team in the cycle, so that the links lead up to a team with no parent.",
    },
    Rule {
        id: RuleId::GaNotReady,
        summary: "A ga capability lacks a field that general availability requires",
        rationale: "Calling a capability generally available tells product teams they can build on it in production. Without docs, a runbook, an SLO and a support channel (the defaults of `policy.ga_requires`), teams adopt something nobody can operate or help them with, and the first incident shows it. Each missing field is reported on its own.",
        example: r##"# capabilities/secrets-manager.yaml
id: secrets-manager
name: Managed secrets
summary: Vault-backed secrets with automatic rotation
owner: team-security
lifecycle: ga
docs: https://docs.example.com/secrets
support:
  channel: "#secrets-help"
  hours: business
"##,
        fix: "Add the missing fields (here `runbook` and `slo`), or keep the capability at `beta` until it is ready. The required set is `policy.ga_requires` in platctl.yaml.",
    },
    Rule {
        id: RuleId::DependsOnRetiring,
        summary: "A live capability depends on a deprecated or retired one",
        rationale: "A capability that is still offered but builds on one that is going away inherits its sunset: when the dependency is switched off, everything built on top breaks too. The warning makes the owners plan the move before the deprecation's deadline rather than after.",
        example: r##"# capabilities/preview-envs.yaml
id: preview-envs
name: Preview environments
summary: A short-lived environment for every pull request
owner: team-runtime
lifecycle: beta
depends_on: [legacy-auth]   # legacy-auth is deprecated
"##,
        fix: "Move the dependency to the replacement (for instance `identity-sso`), or deprecate this capability as well if it is meant to go away with its dependency.",
    },
    Rule {
        id: RuleId::DeprecatedWithoutPlan,
        summary: "A deprecated capability has no deprecation plan",
        rationale: "Marking a capability deprecated without a plan tells consumers to leave without saying when, for what, or who is affected. A deprecation record supplies the sunset date, the replacement and the list of consumers to track; without one, a deprecated capability tends to linger forever.",
        example: r##"# capabilities/legacy-auth.yaml
id: legacy-auth
name: Legacy auth gateway
summary: Session-cookie auth in front of internal apps
owner: team-identity
lifecycle: deprecated
# no record under deprecations/ names legacy-auth, or only a cancelled one
"##,
        fix: "Create a deprecation for the capability with `platctl deprecation new`, which lists its current consumers, or set its lifecycle back if it is not going away.",
    },
    Rule {
        id: RuleId::RetiredInUse,
        summary: "An active service uses a retired capability",
        rationale: "A retired capability is no longer operated or supported, so an active service that still lists it is either broken already or running on something nobody looks after. Either the service needs to move, or the catalog no longer tells the truth about it.",
        example: r##"# services/search-api.yaml
id: search-api
team: team-search
status: active
uses:
  - jenkins-ci   # lifecycle: retired
  - identity-sso
"##,
        fix: "Migrate the service to the replacement and update its `uses`, or remove the entry if the service no longer depends on it. A service that is itself gone should be marked `status: retired`.",
    },
    Rule {
        id: RuleId::SunsetNoticeTooShort,
        summary: "A deprecation gives less notice than the policy requires",
        rationale: "Product teams plan their work a quarter or more ahead; a sunset announced with a few weeks' notice forces them to drop their plans or miss the date. A minimum notice, 90 days by default, keeps deprecations predictable and the platform trusted.",
        example: r##"# deprecations/legacy-auth-v1.yaml
id: legacy-auth-v1
capability: legacy-auth
interface: v1
replacement: identity-sso
announced: 2026-10-01
sunset: 2026-11-15
status: announced
consumers:
  - service: payments-api
    status: pending
"##,
        fix: "Move `sunset` so that it falls at least `policy.deprecation_min_notice_days` (default 90) after `announced`. For a genuine emergency, silence this finding with `# platctl: allow(sunset-notice-too-short) reason`.",
    },
    Rule {
        id: RuleId::SunsetPassed,
        summary: "The sunset date has passed with consumers still not migrated",
        rationale: "Once the sunset is past, either the capability was switched off under services that still need it, or the date was quietly missed and no longer means anything. Both have to be resolved explicitly, or consumers stop believing the next deadline.",
        example: r##"# deprecations/legacy-auth-v1.yaml  (linted on 2026-08-01)
id: legacy-auth-v1
capability: legacy-auth
interface: v1
replacement: identity-sso
announced: 2026-02-01
sunset: 2026-06-30
status: migrating
consumers:
  - service: payments-api
    status: migrated
  - service: search-api
    status: in-progress
"##,
        fix: "Finish the migrations and mark the consumers migrated, grant an exception and mark them exempt, or move the sunset to a new date that you announce. Set `status: completed` or `cancelled` once the deprecation is over.",
    },
    Rule {
        id: RuleId::ReplacementNotReady,
        summary: "A deprecation's replacement is not ga or beta",
        rationale: "Asking teams to migrate to something still proposed or experimental makes them move twice, or onto something that may never ship. A replacement should be at least in beta before consumers are told to adopt it.",
        example: r##"# deprecations/legacy-auth-v1.yaml
id: legacy-auth-v1
capability: legacy-auth
interface: v1
replacement: identity-sso   # lifecycle: experimental
announced: 2026-03-01
sunset: 2026-12-31
status: announced
consumers:
  - service: payments-api
    status: pending
"##,
        fix: "Bring the replacement to `beta` or `ga` before pushing the migration, point `replacement` at a capability that is ready, or move the sunset out until it is.",
    },
    Rule {
        id: RuleId::ConsumerDrift,
        summary: "A deprecation's consumer list disagrees with what services actually use",
        rationale: "Migration progress is only as good as the consumer list. A consumer marked migrated that still uses the deprecated capability, an active user missing from the list, or a retired service still waiting to migrate all make the progress figure wrong, and the sunset then catches someone by surprise. When the deprecation names an interface, only uses of that version count.",
        example: r##"# deprecations/legacy-auth-v1.yaml
id: legacy-auth-v1
capability: legacy-auth
interface: v1
announced: 2026-03-01
sunset: 2026-12-31
status: migrating
consumers:
  - service: payments-api
    status: migrated

# services/payments-api.yaml
id: payments-api
team: team-payments
uses:
  - capability: legacy-auth
    version: v1
"##,
        fix: "Make the two agree: update the service's `uses` after it has moved, set the consumer back to `in-progress` if it has not, add active users to `consumers`, and drop retired services from the list.",
    },
    Rule {
        id: RuleId::ExemptWithoutException,
        summary: "An exempt consumer is not covered by an open exception for it",
        rationale: "Exempting a service from a migration is a risk decision, and it must be approved, recorded and time-bound like any other waiver. An exemption without a matching open exception, for this service and this capability, is a way around the deprecation that nobody signed off and that never ends.",
        example: r##"# deprecations/legacy-auth-v1.yaml
id: legacy-auth-v1
capability: legacy-auth
interface: v1
announced: 2026-03-01
sunset: 2026-12-31
status: migrating
consumers:
  - service: search-api
    status: exempt
"##,
        fix: "File an exception for the service with `standard` set to the deprecated capability, have it approved, and cite its id in the consumer's `exception`. Otherwise set the consumer back to `pending` or `in-progress`.",
    },
    Rule {
        id: RuleId::SunsetApproaching,
        summary: "The sunset is near and consumers have not migrated yet",
        rationale: "A deadline is easier to meet when the last stragglers hear about it weeks ahead rather than the day after. This warning starts 30 days before the sunset by default, while there is still time to migrate, grant an exception or move the date.",
        example: r##"# deprecations/legacy-auth-v1.yaml  (linted on 2026-12-10)
id: legacy-auth-v1
capability: legacy-auth
interface: v1
replacement: identity-sso
announced: 2026-03-01
sunset: 2026-12-31
status: migrating
consumers:
  - service: search-api
    status: pending
"##,
        fix: "Help the remaining consumers migrate, exempt them under an approved exception, or announce a later sunset. The warning window is `policy.deprecation_warn_days` in platctl.yaml.",
    },
    Rule {
        id: RuleId::DeprecationLifecycleMismatch,
        summary: "An active deprecation's capability is not marked deprecated",
        rationale: "When a whole capability is being deprecated, its own lifecycle should say so: the catalog, readiness checks and adoption reports still present it as a sound choice, and new teams keep adopting it while others are asked to leave. A deprecation of a single interface version does not need this.",
        example: r##"# deprecations/legacy-auth.yaml
id: legacy-auth
capability: legacy-auth   # still lifecycle: ga in capabilities/
replacement: identity-sso
announced: 2026-03-01
sunset: 2026-12-31
status: announced
consumers:
  - service: payments-api
    status: pending
"##,
        fix: "Set the capability's `lifecycle` to `deprecated`, or name the `interface` version that is going away if the capability itself stays.",
    },
    Rule {
        id: RuleId::ExceptionExpired,
        summary: "An approved exception has expired",
        rationale: "An exception is a waiver for a limited time. Once it has expired, the service is out of compliance again, and exemptions that rely on it no longer hold. Expired exceptions must be renewed on purpose or closed, not left to drift.",
        example: r##"# exceptions/EXC-4F7Q2M.yaml  (linted on 2026-07-10)
id: EXC-4F7Q2M
title: Search keeps legacy auth until the index rewrite
standard: legacy-auth
team: team-search
service: search-api
reason: The index rewrite lands in 2026-Q3
risk: medium
requested: 2026-01-05
status: approved
approved_by: "Security: J. Doe"
granted: 2026-01-15
expires: 2026-06-30
"##,
        fix: "Bring the service into line with the standard, then mark the exception `revoked`; or request a new exception, which needs a fresh approval.",
    },
    Rule {
        id: RuleId::ExceptionExpiring,
        summary: "An approved exception expires soon",
        rationale: "Renewing a waiver needs an owner, a reason and an approver, which takes time. A warning in the last days before expiry, 14 by default, gives the team room to finish the work or seek a renewal instead of falling out of compliance overnight.",
        example: r##"# exceptions/EXC-4F7Q2M.yaml  (linted on 2026-11-24)
id: EXC-4F7Q2M
title: Search keeps legacy auth until the index rewrite
standard: legacy-auth
team: team-search
service: search-api
reason: The index rewrite lands in 2027-Q1
risk: medium
requested: 2026-08-20
status: approved
approved_by: "Security: J. Doe"
granted: 2026-09-01
expires: 2026-12-01
"##,
        fix: "Finish the work the exception covers, or request a new one before it expires. The warning window is `policy.exception_warn_days` in platctl.yaml.",
    },
    Rule {
        id: RuleId::ExceptionTooLong,
        summary: "An exception lasts longer than the policy allows",
        rationale: "A waiver granted for years stops being an exception and becomes a silent policy change. Capping its length, 180 days by default, forces a regular look at whether the risk is still acceptable and the reason still true.",
        example: r##"# exceptions/EXC-9H2K7T.yaml
id: EXC-9H2K7T
title: Reporting batch keeps static database credentials
standard: secrets-manager
team: team-data
service: reporting-batch
reason: The batch scheduler cannot fetch secrets at run time
risk: high
requested: 2026-01-10
status: approved
approved_by: "Security: J. Doe"
granted: 2026-01-15
expires: 2027-01-15
"##,
        fix: "Set `expires` no later than `policy.exception_max_days` (default 180) after `granted`, and request a new exception when that runs out if it is still needed.",
    },
    Rule {
        id: RuleId::ExceptionFields,
        summary: "An exception lacks its approval fields or has dates out of order",
        rationale: "An approved exception must say who approved it and from when, or there is no accountability for the risk taken. An exception that expires before it is granted is a typo that makes it count as expired or never open.",
        example: r##"# exceptions/EXC-4F7Q2M.yaml
id: EXC-4F7Q2M
title: Search keeps legacy auth until the index rewrite
standard: legacy-auth
team: team-search
service: search-api
reason: The index rewrite lands in 2027-Q1
risk: medium
requested: 2026-08-20
status: approved
granted: 2026-09-01
expires: 2026-12-01
"##,
        fix: "Add `approved_by` and `granted` to an approved exception, and make sure `expires` is not before `granted`. If it has not been approved yet, set `status: requested`.",
    },
    Rule {
        id: RuleId::RoadmapDependencyOrder,
        summary: "A roadmap item depends on one that comes later, was dropped or slipped",
        rationale: "An item cannot land before the work it depends on, so a dependency planned for a later quarter, or one that has slipped or been dropped, means this item's date is already at risk. Spotting that while planning is cheaper than discovering it at the end of the quarter.",
        example: r##"# roadmap/2026-Q3.yaml
quarter: 2026-Q3
items:
  - id: ns-self-service
    title: Self-service namespace provisioning
    owner: team-runtime
    status: in-progress
    outcome: Namespaces in minutes, not days
    depends_on: [sso-groups]

# roadmap/2026-Q4.yaml
quarter: 2026-Q4
items:
  - id: sso-groups
    title: Sync SSO groups to namespaces
    owner: team-identity
    status: planned
    outcome: Access follows group membership
"##,
        fix: "Plan the dependency in the same or an earlier quarter, move this item later, or remove the dependency if it is not a real prerequisite.",
    },
    Rule {
        id: RuleId::RoadmapItemWithoutOutcome,
        summary: "A committed roadmap item has neither an outcome nor a KPI",
        rationale: "A commitment without a measurable outcome can only be judged on whether something shipped, not on whether it helped anyone. Stating the outcome or the KPI it should move keeps the roadmap about results and gives stakeholders something to hold the team to.",
        example: r##"# roadmap/2026-Q4.yaml
quarter: 2026-Q4
items:
  - id: ns-self-service
    title: Self-service namespace provisioning
    owner: team-runtime
    commitment: committed
    status: planned
"##,
        fix: "Add an `outcome` or a `kpi` to the item, or mark it `commitment: stretch`. Teams that do not track outcomes can turn the rule off under `lint.rules` in platctl.yaml.",
    },
    Rule {
        id: RuleId::RoadmapDeliveredDate,
        summary: "A delivered date is missing, misplaced or in the future",
        rationale: "Roadmap predictability is computed from delivery dates. A delivered item without a date cannot be counted, a date on an item that is not delivered contradicts its status, and a date in the future claims something that has not happened. A delivery after the quarter's end is fine; it just does not count for that quarter.",
        example: r##"# roadmap/2026-Q3.yaml
quarter: 2026-Q3
items:
  - id: sso-groups
    title: Sync SSO groups to namespaces
    owner: team-identity
    status: delivered
    outcome: Access follows group membership
"##,
        fix: "Add `delivered` with the actual date to a delivered item, remove it from any other, and never set it later than today.",
    },
    Rule {
        id: RuleId::IntakeStale,
        summary: "An intake request has waited too long for triage",
        rationale: "Product teams judge the platform by how fast it answers them. A request left in `new` for weeks tells the requester it was lost, and pushes them to build their own solution. Triage within 10 days by default keeps the front door responsive, even when the answer is no.",
        example: r##"# intake/INT-7K3F9Q.yaml  (linted on 2026-11-20)
id: INT-7K3F9Q
title: Managed Postgres for analytics workloads
requester:
  team: team-analytics
created: 2026-11-02
type: capability
problem: Analytics runs its own Postgres on VMs; patching takes a day a month.
status: new
"##,
        fix: "Triage the request: set its `status`, `route` and `triaged` date. The allowed delay is `policy.intake_triage_sla_days` in platctl.yaml.",
    },
    Rule {
        id: RuleId::IntakeFields,
        summary: "An intake request lacks a field its status requires, has one its status forbids, or has dates out of order",
        rationale: "Each status promises something: a triaged request has a route and a triage date, a closed one has a resolution date, a duplicate names the request it duplicates; an open request has no resolution date and names no duplicate, or reports count it as closed. Missing or leftover fields or dates out of order break triage-time and onboarding KPIs and leave requesters without an answer.",
        example: r##"# intake/INT-7K3F9Q.yaml
id: INT-7K3F9Q
title: Managed Postgres for analytics workloads
requester:
  team: team-analytics
created: 2026-11-27
type: capability
problem: Analytics runs its own Postgres on VMs; patching takes a day a month.
status: done
route: backlog
triaged: 2026-12-02
resolved: 2026-11-30
"##,
        fix: "Add the fields the status requires (`route` and `triaged` once it leaves `new`, `resolved` when done, declined or duplicate, `duplicate_of` for a duplicate), remove `resolved` from a request that is not closed and `duplicate_of` from one that is not a duplicate (`platctl intake triage ID --reopen` does both), and keep `created`, `triaged` and `resolved` in that order; equal dates are fine.",
    },
    Rule {
        id: RuleId::MetricDuplicatePoint,
        summary: "A metric value is recorded twice for the same KPI, capability and period",
        rationale: "When two values claim the same KPI, scope and period, reports would have to pick one at random or add them up, and either way the figure shown is wrong. This usually comes from pasting a new export over an old one, or from two files covering the same series.",
        example: r##"# metrics/slo-attainment.yaml
kpi: slo-attainment
capability: ci-pipelines
points:
  - period: 2026-Q3
    value: 99.95
  - period: 2026-Q3
    value: 99.91
"##,
        fix: "Keep one value per period for each KPI and capability, across all files under `metrics/`, and delete the other.",
    },
    Rule {
        id: RuleId::SurveyScoreRange,
        summary: "A survey response is outside the scale of its kind",
        rationale: "NPS responses run from 0 to 10, CSAT and alignment from 1 to 5. A score outside the scale, often from importing answers on the wrong scale or into the wrong kind, skews the result without anyone noticing.",
        example: r##"# surveys/devex-2026-q3.yaml
id: devex-2026-q3
kind: csat
period: 2026-Q3
capability: ci-pipelines
responses: [4, 5, 9, 3, 10]
"##,
        fix: "Correct the responses, or set `kind` to the survey's actual scale (`nps` for 0 to 10).",
    },
    Rule {
        id: RuleId::UnusedSuppression,
        summary: "A suppression comment silences nothing",
        rationale: "Suppressions outlive the problems they were written for. A stale one hides the next, unrelated finding on the same line, and a pile of them makes it hard to tell what is really being waived. Reporting unused ones keeps each suppression honest and current.",
        example: r##"# deprecations/legacy-auth-v1.yaml
id: legacy-auth-v1
capability: legacy-auth
interface: v1
announced: 2026-03-01
# platctl: allow(sunset-notice-too-short) security fix forces an early sunset
sunset: 2026-12-31
status: announced
consumers:
  - service: payments-api
    status: pending
"##,
        fix: "Delete the `# platctl: allow(rule-id) reason` comment, or move it onto (or just above) the line of the finding it is meant to silence and check the rule id. To silence a rule everywhere, use `lint.rules` or `lint.ignore` in platctl.yaml.",
    },
    Rule {
        id: RuleId::ScorecardExprInvalid,
        summary: "A scorecard or campaign expression is not valid CEL, or names an unknown variable",
        rationale: "Scorecard rules are CEL expressions evaluated on every entity. One that does not parse, or that reads a variable the environment does not have, can never give a result: every entity would show an error for it. The finding points at the place inside the expression where the parser stopped. The variables are entity, uses, team, services, capabilities, exceptions, metrics, facts and today.",
        example: r##"# scorecards/production-readiness.yaml
id: production-readiness
name: Production readiness
owner: team-sre
applies_to: service
levels: [bronze]
rules:
  - id: has-runbook
    level: bronze
    expr: "has(entity.runbook) &&"
"##,
        fix: "Correct the expression at the position shown (CEL: `==`, `&&`, `||`, `has(entity.field)`, `'x' in uses`, `facts.coverage >= 80`), and use only the variables listed above.",
    },
    Rule {
        id: RuleId::ScorecardRuleError,
        summary: "A scorecard rule's evaluation fails for some entity",
        rationale: "A rule that fails to evaluate (a field read without has(), a string compared with a number) counts as failing, so entities lose a level for a mistake in the rule rather than in the service. Missing data is different: an absent key of metrics or facts is `unknown`, not an error. The message counts the entities and names the first.",
        example: r##"# scorecards/production-readiness.yaml  (some services have no runbook)
rules:
  - id: runbook-https
    level: bronze
    expr: "entity.runbook.startsWith('https://')"
"##,
        fix: "Guard optional fields with has() (`has(entity.runbook) && entity.runbook.startsWith('https://')`), and compare values of one type.",
    },
    Rule {
        id: RuleId::ScorecardLevelUnknown,
        summary: "A scorecard rule or target names a level the scorecard does not have",
        rationale: "A level is reached when every rule at it and below passes. A rule at a level that is not in `levels` belongs nowhere, so it never counts, and a target at an unknown level cannot be measured.",
        example: r##"# scorecards/production-readiness.yaml
levels: [bronze, silver, gold]
target: { level: platinum, share: 0.8 }
"##,
        fix: "Use one of the scorecard's `levels`, or add the level to the list (lowest first).",
    },
    Rule {
        id: RuleId::ScorecardRuleDuplicate,
        summary: "Two rules of one scorecard share an id",
        rationale: "Exceptions (`rule: scorecard/rule`), campaigns and every report name a rule by its id; two rules with one id make each of those ambiguous.",
        example: r##"# scorecards/production-readiness.yaml
rules:
  - id: has-runbook
    level: bronze
    expr: "has(entity.runbook)"
  - id: has-runbook
    level: silver
    expr: "has(entity.oncall)"
"##,
        fix: "Give each rule of the scorecard its own id.",
    },
    Rule {
        id: RuleId::UnknownScorecardRule,
        summary: "An exception or campaign names a scorecard rule that does not exist",
        rationale: "An exception waives `scorecard/rule` and a campaign pushes rules by id. A typo there waives nothing and pushes nothing, silently, while the people involved believe it does.",
        example: r##"# exceptions/EXC-4F7Q2M.yaml
id: EXC-4F7Q2M
title: Runbook after the migration
rule: production-readiness/has-runbok
team: team-payments
service: payments-api
reason: The runbook is rewritten with the migration.
risk: low
requested: 2026-11-01
expires: 2027-01-31
"##,
        fix: "Correct the id (the message suggests the closest rule), or add the rule to the scorecard.",
    },
    Rule {
        id: RuleId::CampaignOverdue,
        summary: "An active campaign is past its due date and not complete",
        rationale: "A campaign is a promise to get a set of entities passing some rules by a date. Once the date passes, either the work is late and people need to know, or the campaign is over and should say so.",
        example: r##"# campaigns/sso-everywhere.yaml
id: sso-everywhere
name: Every tier-1 service on SSO
owner: team-identity
scorecard: production-readiness
rules: [off-legacy-auth]
start: 2026-09-01
due: 2026-10-31
status: active
"##,
        fix: "Finish it, move `due` (and say why), or set `status: done` or `cancelled`.",
    },
    Rule {
        id: RuleId::ScorecardLevelRegressed,
        summary: "An entity's scorecard level is lower than at the compared revision (only with --changed-since)",
        rationale: "A pull request that drops a service from silver to bronze (a runbook link removed, a rule tightened) should say so in review, not in next quarter's report. With `--changed-since REV`, lint evaluates every scorecard on the working tree and at REV, on the same day, and reports each entity whose level went down, at the entity's file.",
        example: r##"# services/payments-api.yaml  (the runbook line was deleted in this change)
id: payments-api
team: team-payments
tier: 1
"##,
        fix: "Restore what the rule checks, or accept the drop knowingly (an exception with `rule:` waives one rule for one entity).",
    },
];

/// The rule with this id, as written in settings, comments and `explain`.
pub fn find(id: &str) -> Option<&'static Rule> {
    let id = RuleId::parse(id)?;
    RULES.iter().find(|r| r.id == id)
}

/// Every rule as a Markdown reference (docs/rules.md is this, kept current by a test).
pub fn markdown() -> String {
    let mut out = String::from(
        "# Lint rules\n\n<!-- Generated from the rule registry (src/lint/registry.rs); `UPDATE_SNAPSHOTS=1 cargo test --test cli -- docs::` rewrites it. -->\n\n\
Every finding names its rule. Change a rule's level in `platctl.yaml` (`lint.rules: { RULE: error | warning | off }`) or for one run \
with `--rule RULE=LEVEL`; silence one finding with `# platctl: allow(RULE) reason` on its line or alone on the line above. \
`platctl explain RULE` prints the same text as below.\n\n| rule | default | what it checks |\n|---|---|---|\n",
    );
    for r in RULES {
        out.push_str(&format!(
            "| [`{}`](#{}) | {} | {} |\n",
            r.id,
            r.id,
            r.id.default_level().as_str(),
            r.summary
        ));
    }
    for r in RULES {
        out.push_str(&format!(
            "\n## {}\n\nDefault level: **{}**. {}.\n\n{}\n\nExample that breaks it:\n\n```yaml\n{}```\n\nFix: {}\n",
            r.id,
            r.id.default_level().as_str(),
            r.summary,
            r.rationale,
            if r.example.ends_with('\n') { r.example.to_string() } else { format!("{}\n", r.example) },
            r.fix
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every rule id has its documentation here, once, in the same order.
    #[test]
    fn every_rule_id_is_documented_once_in_order() {
        let ids: Vec<RuleId> = RULES.iter().map(|r| r.id).collect();
        assert_eq!(ids, RuleId::ALL);
        for id in RuleId::ALL {
            assert_eq!(RuleId::parse(id.as_str()), Some(*id));
            assert_eq!(find(id.as_str()).map(|r| r.id), Some(*id));
        }
        assert!(find("no-such-rule").is_none());
    }
}
