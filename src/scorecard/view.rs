//! Views of scorecard results, as the commands and reports show them.
