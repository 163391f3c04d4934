//! The documents an assistant reads to write a valid file: the format, the
//! lint rules, and a JSON Schema per kind of file.

/// One resource.
pub struct Doc {
    pub uri: String,
    pub name: String,
    pub description: String,
    pub mime: &'static str,
    pub text: String,
}

/// Every resource, in a fixed order.
pub fn all() -> Vec<Doc> {
    let mut v = vec![
        Doc {
            uri: "platctl://docs/format.md".into(),
            name: "format.md".into(),
            description:
                "The catalog's file format: every kind of file, its fields and what they mean"
                    .into(),
            mime: "text/markdown",
            text: include_str!("../../docs/format.md").into(),
        },
        Doc {
            uri: "platctl://docs/rules.md".into(),
            name: "rules.md".into(),
            description: "The lint rules: what each checks, why, and how to fix a finding".into(),
            mime: "text/markdown",
            text: include_str!("../../docs/rules.md").into(),
        },
    ];
    v.extend(crate::schema::all().into_iter().map(|f| Doc {
        uri: format!("platctl://schemas/{}", f.name),
        description: format!("JSON Schema of {}", f.name.trim_end_matches(".schema.json")),
        name: f.name,
        mime: "application/schema+json",
        text: f.text,
    }));
    v
}
