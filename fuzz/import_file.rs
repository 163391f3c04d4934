//! The body of the `import_file` fuzz target, also replayed by the test
//! suite (tests/cli/fuzz_regressions.rs): arbitrary bytes as a file of
//! another catalog (Backstage, OpsLevel or Cortex: the first byte picks),
//! mapped to drafts of platctl entities. Each draft, written as import
//! writes a new file, must read back as one document without a syntax
//! error, and merging the draft into that text must change no byte (a
//! second import run writes nothing); merged into a file written by hand,
//! it must read back too.

use super::demo;
use platctl::catalog::{self, yaml::parse_documents};
use platctl::diag::RuleId;
use platctl::interop::{backstage, cortex, gather::InputFile, known::Known, merge, opslevel};

pub fn run(data: &[u8]) {
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let files = [InputFile {
        path: "in.yaml".into(),
        docs: parse_documents(&text),
        named: true,
        abs: "/fuzz/in.yaml".into(),
        seen: None,
    }];
    // Imported into the demo's settings and teams.
    let cat = demo::catalog(&demo::FILES[..demo::SETTINGS_AND_TEAMS], Vec::new());
    let known = Known::of(&cat);
    let mapped = match sel % 3 {
        0 => backstage::map(&files, &Default::default(), &known),
        1 => opslevel::map(&files, &known),
        _ => cortex::map(&files, &known),
    };
    for d in &mapped.drafts {
        let written = merge::render(d, &[]);
        let pf = catalog::parse::parse_file(d.kind, written.as_bytes());
        let syntax: Vec<_> = pf
            .diags
            .iter()
            .filter(|x| x.rule == RuleId::YamlSyntax)
            .collect();
        assert!(syntax.is_empty(), "{written}\n{syntax:?}");
        assert_eq!(pf.documents, 1, "{written}");
        assert_eq!(
            merge::merge_into(&written, d).as_deref(),
            Ok(written.as_str()),
            "{written}"
        );
        // Into a file written by hand, whose last values end in characters
        // of several bytes: whatever merging gives reads back.
        let by_hand = format!("id: {}\nname: Café é\nlabels:\n  a: 日本 😀", d.id);
        if let Ok(merged) = merge::merge_into(&by_hand, d) {
            let pf = catalog::parse::parse_file(d.kind, merged.as_bytes());
            let syntax = pf.diags.iter().any(|x| x.rule == RuleId::YamlSyntax);
            assert!(!syntax, "{merged}");
        }
    }
}
