//! The kinds of file a catalog holds, named after their directories.

/// Every kind directory, once, in the order the format describes them:
/// its [`Kind`] variant, directory, noun (how a person calls one entity of
/// it, in messages), model type and catalog table. Calls `$m!` with the
/// list, so that each layer builds what it keeps per kind (the kind enum,
/// the decoded entity, the catalog's tables, the JSON Schemas) from it:
/// adding a kind is one line here, its model file and its decoder.
macro_rules! for_each_kind {
    ($m:ident) => {
        $m! {
            Team, "teams", "team", Team, teams;
            Service, "services", "service", Service, services;
            Capability, "capabilities", "capability", Capability, capabilities;
            Roadmap, "roadmap", "roadmap quarter", RoadmapQuarter, roadmap;
            Deprecation, "deprecations", "deprecation", Deprecation, deprecations;
            Exception, "exceptions", "exception", Exception, exceptions;
            Intake, "intake", "request", Intake, intake;
            Metric, "metrics", "metric series", Metric, metrics;
            Survey, "surveys", "survey", Survey, surveys;
            Scorecard, "scorecards", "scorecard", Scorecard, scorecards;
            Campaign, "campaigns", "campaign", Campaign, campaigns;
        }
    };
}
pub(crate) use for_each_kind;

macro_rules! kind_enum {
    ($($v:ident, $dir:literal, $noun:literal, $ty:ident, $table:ident;)*) => {
        /// A kind of file: `platctl.yaml` (`Config`) or a kind directory.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Kind {
            Config,
            $($v,)*
        }

        impl Kind {
            /// The kind directories, in the order the format describes them.
            pub const DIRS: &'static [Kind] = &[$(Kind::$v),*];

            pub fn dir(self) -> &'static str {
                match self {
                    Kind::Config => "",
                    $(Kind::$v => $dir,)*
                }
            }

            /// How a person calls one entity of this kind, in messages.
            pub fn noun(self) -> &'static str {
                match self {
                    Kind::Config => "settings",
                    $(Kind::$v => $noun,)*
                }
            }
        }
    };
}
for_each_kind!(kind_enum);

impl Kind {
    pub fn from_dir(d: &str) -> Option<Kind> {
        Kind::DIRS.iter().copied().find(|k| k.dir() == d)
    }

    /// The place of a kind directory among [`Kind::DIRS`] (`None` for the
    /// settings): where the catalog keeps its table.
    pub fn slot(self) -> Option<usize> {
        (self as usize).checked_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::Kind;

    #[test]
    fn slots_follow_the_directories() {
        assert_eq!(Kind::Config.slot(), None);
        for (i, k) in Kind::DIRS.iter().enumerate() {
            assert_eq!(k.slot(), Some(i));
            assert_eq!(Kind::from_dir(k.dir()), Some(*k));
        }
        assert_eq!(Kind::DIRS.len(), 11);
        assert_eq!(Kind::Intake.noun(), "request");
    }
}
