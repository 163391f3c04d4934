//! A KPI's status against its target (README, "Targets and status").

use super::registry::Target;
use crate::model::Better;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    OnTarget,
    OffTarget,
    NoData,
    NoTarget,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::OnTarget => "on-target",
            Status::OffTarget => "off-target",
            Status::NoData => "no-data",
            Status::NoTarget => "no-target",
        }
    }
}

/// Targets are inclusive; a hair of tolerance keeps a computed 0.1 (say
/// 0.30 − 0.20) on a 0.10 target.
fn at_least(v: f64, min: f64) -> bool {
    v >= min - 1e-9 * min.abs().max(1.0)
}

/// The status of `value` against `target`; a trend target compares with
/// `previous` (on target when it moved the right way or stayed).
pub fn status(target: Target, better: Better, value: Option<f64>, previous: Option<f64>) -> Status {
    let Some(v) = value else {
        return Status::NoData;
    };
    match target {
        Target::Range { min, max } => {
            let ok = min.is_none_or(|m| at_least(v, m)) && max.is_none_or(|m| at_least(-v, -m));
            if ok {
                Status::OnTarget
            } else {
                Status::OffTarget
            }
        }
        Target::Trend => match previous {
            None => Status::NoTarget,
            Some(p) => {
                let ok = match better {
                    Better::Higher => at_least(v, p),
                    Better::Lower => at_least(-v, -p),
                };
                if ok {
                    Status::OnTarget
                } else {
                    Status::OffTarget
                }
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const R: fn(Option<f64>, Option<f64>) -> Target = |min, max| Target::Range { min, max };

    #[test]
    fn ranges_are_inclusive() {
        let t = R(Some(0.7), Some(0.85));
        assert_eq!(status(t, Better::Higher, Some(0.7), None), Status::OnTarget);
        assert_eq!(
            status(t, Better::Higher, Some(0.85), None),
            Status::OnTarget
        );
        assert_eq!(
            status(t, Better::Higher, Some(0.86), None),
            Status::OffTarget
        );
        assert_eq!(
            status(t, Better::Higher, Some(0.69), None),
            Status::OffTarget
        );
        assert_eq!(status(t, Better::Higher, None, Some(0.8)), Status::NoData);
        assert_eq!(
            status(R(Some(0.1), None), Better::Higher, Some(0.3 - 0.2), None),
            Status::OnTarget
        );
        assert_eq!(
            status(R(None, Some(0.0)), Better::Lower, Some(0.0), None),
            Status::OnTarget
        );
        assert_eq!(
            status(R(None, Some(0.0)), Better::Lower, Some(1.0), None),
            Status::OffTarget
        );
    }

    #[test]
    fn trends_compare_with_previous() {
        assert_eq!(
            status(Target::Trend, Better::Lower, Some(3.0), None),
            Status::NoTarget
        );
        assert_eq!(
            status(Target::Trend, Better::Lower, Some(3.0), Some(4.0)),
            Status::OnTarget
        );
        assert_eq!(
            status(Target::Trend, Better::Lower, Some(3.0), Some(3.0)),
            Status::OnTarget
        );
        assert_eq!(
            status(Target::Trend, Better::Lower, Some(5.0), Some(4.0)),
            Status::OffTarget
        );
        assert_eq!(
            status(Target::Trend, Better::Higher, Some(5.0), Some(4.0)),
            Status::OnTarget
        );
        assert_eq!(
            status(Target::Trend, Better::Higher, None, Some(4.0)),
            Status::NoData
        );
    }
}
