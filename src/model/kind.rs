//! The kinds of file a catalog holds, named after their directories.

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Config,
    Team,
    Service,
    Capability,
    Roadmap,
    Deprecation,
    Exception,
    Intake,
    Metric,
    Survey,
    Scorecard,
    Campaign,
}

impl Kind {
    /// The kind directories, in the order the format describes them.
    pub const DIRS: &'static [Kind] = &[
        Kind::Team,
        Kind::Service,
        Kind::Capability,
        Kind::Roadmap,
        Kind::Deprecation,
        Kind::Exception,
        Kind::Intake,
        Kind::Metric,
        Kind::Survey,
        Kind::Scorecard,
        Kind::Campaign,
    ];

    pub fn dir(self) -> &'static str {
        match self {
            Kind::Config => "",
            Kind::Team => "teams",
            Kind::Service => "services",
            Kind::Capability => "capabilities",
            Kind::Roadmap => "roadmap",
            Kind::Deprecation => "deprecations",
            Kind::Exception => "exceptions",
            Kind::Intake => "intake",
            Kind::Metric => "metrics",
            Kind::Survey => "surveys",
            Kind::Scorecard => "scorecards",
            Kind::Campaign => "campaigns",
        }
    }

    pub fn from_dir(d: &str) -> Option<Kind> {
        Kind::DIRS.iter().copied().find(|k| k.dir() == d)
    }

    /// How a person calls one entity of this kind, in messages.
    pub fn noun(self) -> &'static str {
        match self {
            Kind::Config => "settings",
            Kind::Team => "team",
            Kind::Service => "service",
            Kind::Capability => "capability",
            Kind::Roadmap => "roadmap quarter",
            Kind::Deprecation => "deprecation",
            Kind::Exception => "exception",
            Kind::Intake => "request",
            Kind::Metric => "metric series",
            Kind::Survey => "survey",
            Kind::Scorecard => "scorecard",
            Kind::Campaign => "campaign",
        }
    }
}
