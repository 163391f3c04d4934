//! Findings as data: what a rule found, where, and how to fix it, with the
//! places they point at. The bottom of the crate: it imports no other
//! module, so the model, loading and lint all report findings through it;
//! nothing here renders text.

/// Index of a file in the loaded catalog's list of files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct FileId(pub u32);

/// Where a value stands in its file: 1-based line and column (in characters),
/// and the byte range of its text (used by comment-keeping edits).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub line: u32,
    pub col: u32,
    pub offset: u32,
    pub len: u32,
}

/// How much a finding matters: `error` fails lint, `warning` does not, `off`
/// is not reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Error,
    Warning,
    Off,
}

impl Level {
    pub const NAMES: &'static [&'static str] = &["error", "warning", "off"];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Off => "off",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "error" => Some(Level::Error),
            "warning" => Some(Level::Warning),
            "off" => Some(Level::Off),
            _ => None,
        }
    }
}

impl serde::Serialize for Level {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

// In a JSON Schema: a string, one of the names (inline, so editors list them).
impl schemars::JsonSchema for Level {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Level".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({"type": "string", "enum": Self::NAMES})
    }
}

impl std::fmt::Display for Level {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Defines every rule's id, as the YAML, the CLI and every output spell it,
/// with its default level. A finding names its rule by one of these
/// variants, so a misspelt id does not compile; the rule's documentation is
/// in the lint registry, which a test keeps in step with this list.
macro_rules! rule_ids {
    ($($var:ident = $s:literal: $level:ident),+ $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum RuleId { $($var),+ }

        impl RuleId {
            /// Every rule, in the registry's order.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$var),+];

            pub fn as_str(self) -> &'static str {
                match self { $(RuleId::$var => $s),+ }
            }

            pub fn parse(s: &str) -> Option<RuleId> {
                match s { $($s => Some(RuleId::$var),)+ _ => None }
            }

            pub fn default_level(self) -> Level {
                match self { $(RuleId::$var => Level::$level),+ }
            }
        }
    };
}

rule_ids! {
    YamlSyntax = "yaml-syntax": Error,
    Schema = "schema": Error,
    DuplicateId = "duplicate-id": Error,
    IdFilenameMismatch = "id-filename-mismatch": Warning,
    UnreadableFile = "unreadable-file": Error,
    UnknownDirectory = "unknown-directory": Warning,
    EmptyFile = "empty-file": Warning,
    NullFromComment = "null-from-comment": Error,
    UncheckedReferences = "unchecked-references": Warning,
    UnknownTeam = "unknown-team": Error,
    UnknownService = "unknown-service": Error,
    UnknownCapability = "unknown-capability": Error,
    UnknownRoadmapItem = "unknown-roadmap-item": Error,
    UnknownIntake = "unknown-intake": Error,
    UnknownException = "unknown-exception": Error,
    UnknownTheme = "unknown-theme": Error,
    UnknownKpi = "unknown-kpi": Error,
    DependencyCycle = "dependency-cycle": Error,
    TeamParentCycle = "team-parent-cycle": Error,
    GaNotReady = "ga-not-ready": Error,
    DependsOnRetiring = "depends-on-retiring": Warning,
    DeprecatedWithoutPlan = "deprecated-without-plan": Warning,
    RetiredInUse = "retired-in-use": Error,
    SunsetNoticeTooShort = "sunset-notice-too-short": Error,
    SunsetPassed = "sunset-passed": Error,
    ReplacementNotReady = "replacement-not-ready": Warning,
    ConsumerDrift = "consumer-drift": Warning,
    ExemptWithoutException = "exempt-without-exception": Error,
    SunsetApproaching = "sunset-approaching": Warning,
    DeprecationLifecycleMismatch = "deprecation-lifecycle-mismatch": Warning,
    ExceptionExpired = "exception-expired": Error,
    ExceptionExpiring = "exception-expiring": Warning,
    ExceptionTooLong = "exception-too-long": Error,
    ExceptionFields = "exception-fields": Error,
    RoadmapDependencyOrder = "roadmap-dependency-order": Warning,
    RoadmapItemWithoutOutcome = "roadmap-item-without-outcome": Warning,
    RoadmapDeliveredDate = "roadmap-delivered-date": Error,
    IntakeStale = "intake-stale": Warning,
    IntakeFields = "intake-fields": Error,
    MetricDuplicatePoint = "metric-duplicate-point": Error,
    SurveyScoreRange = "survey-score-range": Error,
    UnusedSuppression = "unused-suppression": Warning,
    ScorecardExprInvalid = "scorecard-expr-invalid": Error,
    ScorecardRuleError = "scorecard-rule-error": Warning,
    ScorecardLevelUnknown = "scorecard-level-unknown": Error,
    ScorecardRuleDuplicate = "scorecard-rule-duplicate": Error,
    UnknownScorecardRule = "unknown-scorecard-rule": Error,
    CampaignOverdue = "campaign-overdue": Warning,
    ScorecardLevelRegressed = "scorecard-level-regressed": Warning,
}

/// Ids sort as text, the order every output lists findings in.
impl Ord for RuleId {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl PartialOrd for RuleId {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl std::fmt::Display for RuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// A finding: data, not an error.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub rule: RuleId,
    pub level: Level,
    pub file: FileId,
    pub span: Span,
    pub message: String,
    pub help: Option<String>,
}

impl Diagnostic {
    /// A finding at its rule's default level.
    pub fn new(rule: RuleId, file: FileId, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            rule,
            level: rule.default_level(),
            file,
            span,
            message: message.into(),
            help: None,
        }
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn help_opt(mut self, help: Option<String>) -> Self {
        self.help = help;
        self
    }
}
