//! JSON Lines: one JSON object a line, keys in column order, null for no
//! value, dates as `YYYY-MM-DD`.

use super::{Cell, Table};

/// A finite number as JSON writes it (shortest form that reads back the same).
pub fn number(x: f64) -> String {
    serde_json::Number::from_f64(x).map_or_else(|| "null".to_string(), |n| n.to_string())
}

fn json_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "null".to_string())
}

pub fn write(t: &Table) -> Vec<u8> {
    let keys: Vec<String> = t.columns.iter().map(|c| json_str(c.name)).collect();
    let mut out = String::new();
    for r in &t.rows {
        out.push('{');
        for (i, (k, c)) in keys.iter().zip(r).enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(k);
            out.push(':');
            match c {
                Cell::Null => out.push_str("null"),
                Cell::Str(s) => out.push_str(&json_str(s)),
                Cell::Int(n) => out.push_str(&n.to_string()),
                Cell::Float(x) => out.push_str(&number(*x)),
                Cell::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
                Cell::Date(d) => out.push_str(&format!("\"{}\"", d.format("%Y-%m-%d"))),
            }
        }
        out.push_str("}\n");
    }
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tables::KPI_VALUES;
    use crate::report::testcat::date;

    #[test]
    fn one_object_a_line_in_column_order() {
        let mut t = Table::new(&KPI_VALUES);
        t.rows = vec![vec![
            Cell::str("2026-Q4"),
            Cell::Date(date("2026-10-01")),
            Cell::Date(date("2026-12-31")),
            Cell::str("adoption-rate"),
            Cell::str("derived"),
            Cell::str("ratio"),
            Cell::Float(0.1 + 0.2),
            Cell::Null,
            Cell::Null,
            Cell::Float(0.6),
            Cell::Null,
            Cell::Null,
            Cell::str("off-target \"q\""),
        ]];
        let s = String::from_utf8(write(&t)).unwrap_or_default();
        assert_eq!(
            s,
            "{\"period\":\"2026-Q4\",\"period_start\":\"2026-10-01\",\"period_end\":\"2026-12-31\",\
             \"kpi_id\":\"adoption-rate\",\"source\":\"derived\",\"unit\":\"ratio\",\
             \"value\":0.30000000000000004,\"previous\":null,\"change\":null,\"target_min\":0.6,\
             \"target_max\":null,\"target_trend\":null,\"status\":\"off-target \\\"q\\\"\"}\n"
        );
    }
}
