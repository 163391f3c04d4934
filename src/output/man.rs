//! Manual pages for the command and every subcommand (clap_mangen).

/// The date on every page's `.TH` line: when these pages were last revised.
/// Fixed, not the clock, so that the pages are the same bytes on every run.
pub const PAGES_DATE: &str = "2026-12-06";

/// Every page of the command tree `cmd`, `(file name, roff text)`: the
/// command's, then one per subcommand, depth first.
pub fn pages(cmd: clap::Command) -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let mut cmd = cmd.disable_help_subcommand(true);
    cmd.build();
    let mut out = Vec::new();
    collect(&cmd, &mut out)?;
    Ok(out)
}

fn collect(cmd: &clap::Command, out: &mut Vec<(String, Vec<u8>)>) -> std::io::Result<()> {
    let man = clap_mangen::Man::new(cmd.clone())
        .date(PAGES_DATE)
        .source(format!("platctl {}", env!("CARGO_PKG_VERSION")))
        .manual("platctl manual");
    let mut buf = Vec::new();
    man.render(&mut buf)?;
    out.push((man.get_filename(), keep_examples_as_written(buf)));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub, out)?;
    }
    Ok(())
}

/// The section made of the help's examples is shown as written (`.nf`, no
/// fill): roff would otherwise run the example lines together.
fn keep_examples_as_written(page: Vec<u8>) -> Vec<u8> {
    let Ok(text) = String::from_utf8(page.clone()) else {
        return page;
    };
    const EXTRA: &str = "\n.SH EXTRA\n";
    let Some(start) = text.find(EXTRA) else {
        return page;
    };
    let body = start + EXTRA.len();
    let end = text[body..]
        .find("\n.SH ")
        .map_or(text.len(), |i| body + i + 1);
    let mut out = String::with_capacity(text.len() + 8);
    out.push_str(&text[..body]);
    out.push_str(".nf\n");
    out.push_str(&text[body..end]);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(".fi\n");
    out.push_str(&text[end..]);
    out.into_bytes()
}
