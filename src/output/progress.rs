//! A progress bar on stderr while history is read, on a terminal only.

/// Shows the phases and steps `history` reports.
pub struct HistoryBar(Option<indicatif::ProgressBar>);

impl HistoryBar {
    /// Shown when `show` (stderr is a terminal, not quiet) and several past
    /// states are to be read.
    pub fn new(show: bool, states: usize) -> HistoryBar {
        if !show || states < 2 {
            return HistoryBar(None);
        }
        let pb = indicatif::ProgressBar::new(0);
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("history: {msg} [{bar:30}] {pos}/{len}")
        {
            pb.set_style(style.progress_chars("=> "));
        }
        pb.set_message(format!("finding the commits of {states} past periods"));
        pb.enable_steady_tick(std::time::Duration::from_millis(100));
        HistoryBar(Some(pb))
    }

    pub fn finish(&self) {
        if let Some(pb) = &self.0 {
            pb.finish_and_clear();
        }
    }
}

impl crate::history::Progress for HistoryBar {
    fn phase(&self, what: &str, steps: usize) {
        if let Some(pb) = &self.0 {
            pb.set_position(0);
            pb.set_length(steps as u64);
            pb.set_message(what.to_string());
        }
    }
    fn done(&self, steps: usize) {
        if let Some(pb) = &self.0 {
            pb.inc(steps as u64);
        }
    }
}

/// `-v`'s line on how reading history went.
pub fn history_stats(
    s: &crate::kpi::sources::HistoryStats,
    elapsed: std::time::Duration,
) -> String {
    format!(
        "history: {} commit trees read, {} file lookups: {} cache hits, {} misses ({:.1}% hit rate), {} distinct file versions parsed; {:.0?} in all",
        s.trees_read,
        s.hits + s.misses,
        s.hits,
        s.misses,
        s.hit_rate * 100.0,
        s.parsed_versions,
        elapsed
    )
}
