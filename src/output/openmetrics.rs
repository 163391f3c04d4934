//! OpenMetrics text (the Prometheus exposition format), for node_exporter's
//! textfile collector, Grafana Agent or Datadog's OpenMetrics check: every
//! family with its HELP and TYPE lines and its samples together, label
//! values escaped (`\\`, `\"`, `\n`), no sample where there is no data,
//! and `# EOF` at the end.

use crate::kpi::{Row, Status};
use std::fmt::Write;

/// A label value as the format requires it.
pub fn escape_label(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\\' => o.push_str("\\\\"),
            '"' => o.push_str("\\\""),
            '\n' => o.push_str("\\n"),
            c => o.push(c),
        }
    }
    o
}

/// A finite value as text (Rust's shortest round-trip form, never an exponent).
fn number(v: f64) -> String {
    if v == v.trunc() && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// One metric family: its samples as (labels, value).
pub struct Family<'a> {
    pub name: &'a str,
    pub help: &'a str,
    pub samples: Vec<(Vec<(&'a str, String)>, f64)>,
}

/// Families in order, then `# EOF`. Samples that are not finite are left out.
pub fn render(families: &[Family]) -> String {
    let mut out = String::new();
    for f in families {
        let _ = writeln!(out, "# HELP {} {}", f.name, f.help);
        let _ = writeln!(out, "# TYPE {} gauge", f.name);
        for (labels, v) in f.samples.iter().filter(|(_, v)| v.is_finite()) {
            out.push_str(f.name);
            if !labels.is_empty() {
                out.push('{');
                for (i, (k, val)) in labels.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    let _ = write!(out, "{k}=\"{}\"", escape_label(val));
                }
                out.push('}');
            }
            let _ = writeln!(out, " {}", number(*v));
        }
    }
    out.push_str("# EOF\n");
    out
}

/// KPI rows: value, target bounds and whether on target, per KPI and period.
pub fn kpis(rows: &[Row]) -> String {
    let labels = |r: &Row| vec![("kpi", r.kpi.id.clone()), ("period", r.period.to_string())];
    let pick = |f: &dyn Fn(&Row) -> Option<f64>| -> Vec<(Vec<(&str, String)>, f64)> {
        rows.iter()
            .filter_map(|r| f(r).map(|v| (labels(r), v)))
            .collect()
    };
    let families = [
        Family {
            name: "platctl_kpi_value",
            help: "The KPI's value for the period, as platctl kpi computes it (no sample when there is no data).",
            samples: pick(&|r| r.value),
        },
        Family {
            name: "platctl_kpi_target_min",
            help: "The KPI's target minimum (inclusive).",
            samples: pick(&|r| r.kpi.target_view().min),
        },
        Family {
            name: "platctl_kpi_target_max",
            help: "The KPI's target maximum (inclusive).",
            samples: pick(&|r| r.kpi.target_view().max),
        },
        Family {
            name: "platctl_kpi_on_target",
            help: "1 when the KPI meets its target in the period, 0 when it does not (no sample without data or target).",
            samples: pick(&|r| match r.status {
                Status::OnTarget => Some(1.0),
                Status::OffTarget => Some(0.0),
                _ => None,
            }),
        },
    ];
    render(&families)
}

/// Per scorecard, the entities at each level (`none` below the first).
pub fn scorecards(v: &crate::scorecard::view::ListView) -> String {
    let samples = v
        .scorecards
        .iter()
        .flat_map(|sc| {
            sc.summary.distribution.iter().map(move |d| {
                (
                    vec![("scorecard", sc.id.clone()), ("level", d.level.clone())],
                    d.count as f64,
                )
            })
        })
        .collect();
    render(&[Family {
        name: "platctl_scorecard_entities",
        help: "Entities of the scorecard at each level (none: below the first), as platctl scorecard list counts them.",
        samples,
    }])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(escape_label(r#"a\b"c"#), r#"a\\b\"c"#);
        assert_eq!(escape_label("x\ny"), "x\\ny");
        assert_eq!(escape_label("plain-id"), "plain-id");
    }

    #[test]
    fn families_render_with_help_type_and_eof() {
        let f = Family {
            name: "platctl_x",
            help: "An x.",
            samples: vec![
                (vec![("k", "a\"b".to_string())], 0.25),
                (vec![("k", "c".to_string())], f64::NAN),
                (vec![("k", "d".to_string())], 3.0),
            ],
        };
        assert_eq!(
            render(&[f]),
            "# HELP platctl_x An x.\n# TYPE platctl_x gauge\nplatctl_x{k=\"a\\\"b\"} 0.25\nplatctl_x{k=\"d\"} 3\n# EOF\n"
        );
    }
}
