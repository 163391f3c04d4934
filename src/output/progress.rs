//! A progress bar on stderr while history is read or an export written,
//! on a terminal only.

/// Shows the phases and steps that reading history (and writing an
/// export's states) reports.
pub struct HistoryBar(Option<indicatif::ProgressBar>, std::sync::Once);

impl HistoryBar {
    /// Shown when `show` (stderr is a terminal, not quiet) and several past
    /// states are to be read.
    pub fn new(show: bool, states: usize) -> HistoryBar {
        HistoryBar::labelled(
            show && states >= 2,
            "history",
            &format!("finding the commits of {states} past periods"),
        )
    }

    /// Shown when `show`: `label: what` with a spinner, then from the first
    /// phase on a bar of the phase's steps, named by the phase.
    pub fn labelled(show: bool, label: &str, what: &str) -> HistoryBar {
        if !show {
            return HistoryBar(None, std::sync::Once::new());
        }
        // Drawn once set up, not before; cleared when dropped unfinished
        // (an error is about to be printed).
        let pb = indicatif::ProgressBar::with_draw_target(
            Some(0),
            indicatif::ProgressDrawTarget::hidden(),
        )
        .with_finish(indicatif::ProgressFinish::AndClear);
        // A spinner until the first phase says how many steps it has.
        if let Ok(style) = indicatif::ProgressStyle::with_template("{prefix}: {msg} {spinner}") {
            pb.set_style(style);
        }
        pb.set_prefix(label.to_string());
        pb.set_message(what.to_string());
        pb.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        pb.enable_steady_tick(std::time::Duration::from_millis(100));
        HistoryBar(Some(pb), std::sync::Once::new())
    }

    /// Runs `f`, which writes to stderr, with the bar out of its way.
    pub fn suspend<T>(&self, f: impl FnOnce() -> T) -> T {
        match &self.0 {
            Some(pb) => pb.suspend(f),
            None => f(),
        }
    }

    pub fn finish(&self) {
        if let Some(pb) = &self.0 {
            pb.finish_and_clear();
        }
    }
}

impl crate::history::Progress for HistoryBar {
    fn phase(&self, what: &str, steps: usize) {
        // A phase with nothing to do (what an earlier one read) would
        // flash a full bar: the bar stays as it was.
        if steps == 0 {
            return;
        }
        if let Some(pb) = &self.0 {
            // A bar from the first phase on (each update may draw).
            self.1.call_once(|| {
                // As wide as the terminal leaves room for: no line wraps.
                if let Ok(style) = indicatif::ProgressStyle::with_template(
                    "{prefix}: {msg} [{wide_bar}] {pos}/{len}",
                ) {
                    pb.set_style(style.progress_chars("=> "));
                }
            });
            pb.set_length(steps as u64);
            pb.set_position(0);
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
