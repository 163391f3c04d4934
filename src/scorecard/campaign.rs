//! Campaigns: progress, what is left, the burn-up, overdue.
