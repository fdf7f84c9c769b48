//! The one table `cargo xtask bench` prints: a row per figure, each beside
//! the baseline measured in the same run, their ratio, and the target.

use std::fmt::Write as _;

/// One row of the table.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// What was measured.
    pub what: String,
    /// Ours, as shown.
    pub ours: String,
    /// The baseline, as shown (empty when there is none).
    pub baseline: String,
    /// Ours divided by the baseline, of times: below 1 is faster.
    pub ratio: Option<f64>,
    /// The targets (none, or several, as the first row has two),
    /// and whether this run met each.
    pub targets: Vec<Target>,
}

/// A row's target.
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    /// As the issue states it, such as `≤ 1.05×`.
    pub text: String,
    /// Whether this run met it.
    pub met: bool,
}

impl Target {
    /// A ratio of times at most `limit`.
    pub fn ratio_at_most(ratio: f64, limit: f64, text: &str) -> Target {
        Target {
            text: text.to_owned(),
            met: ratio <= limit,
        }
    }

    /// A time at most `limit` seconds.
    pub fn seconds_at_most(seconds: f64, limit: f64) -> Target {
        Target {
            text: format!("≤ {}", seconds_text(limit)),
            met: seconds <= limit,
        }
    }
}

/// Renders the rows as a Markdown table.
pub fn render(rows: &[Row]) -> String {
    let mut out = String::from(
        "| measured | ours | baseline (same run) | ratio | target |\n|---|---|---|---|---|\n",
    );
    for row in rows {
        let ratio = row
            .ratio
            .map_or_else(|| "—".to_owned(), |r| format!("{r:.2}×"));
        let target = if row.targets.is_empty() {
            "—".to_owned()
        } else {
            row.targets
                .iter()
                .map(|t| {
                    format!(
                        "{} {}",
                        t.text,
                        if t.met { "(met)" } else { "(**not met**)" }
                    )
                })
                .collect::<Vec<_>>()
                .join("; ")
        };
        let baseline = if row.baseline.is_empty() {
            "—"
        } else {
            &row.baseline
        };
        let _ = writeln!(
            out,
            "| {} | {} | {baseline} | {ratio} | {target} |",
            row.what, row.ours
        );
    }
    out
}

/// A duration in seconds as the table shows it: µs, ms or s.
pub fn seconds_text(seconds: f64) -> String {
    if seconds < 1e-3 {
        format!("{:.1} µs", seconds * 1e6)
    } else if seconds < 1.0 {
        format!("{:.1} ms", seconds * 1e3)
    } else {
        format!("{seconds:.2} s")
    }
}

/// The median of `samples` (0 for none).
pub fn median(samples: &[f64]) -> f64 {
    let mut sorted = samples.to_vec();
    sorted.sort_by(f64::total_cmp);
    match sorted.len() {
        0 => 0.0,
        n if n % 2 == 1 => sorted[n / 2],
        n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_render_with_ratio_and_target() {
        let rows = [
            Row {
                what: "call".to_owned(),
                ours: "10 µs".to_owned(),
                baseline: "raw: 9 µs".to_owned(),
                ratio: Some(10.0 / 9.0),
                targets: vec![Target::ratio_at_most(10.0 / 9.0, 1.05, "≤ 1.05×")],
            },
            Row {
                what: "stage".to_owned(),
                ours: seconds_text(0.0123),
                baseline: String::new(),
                ratio: None,
                targets: vec![Target::seconds_at_most(0.0123, 0.35)],
            },
            Row {
                what: "codegen".to_owned(),
                ours: seconds_text(0.5),
                baseline: "peer: 10.00 s".to_owned(),
                ratio: Some(0.05),
                targets: vec![
                    Target::seconds_at_most(0.5, 0.35),
                    Target::ratio_at_most(0.05, 1.0 / 30.0, "≥ 30× faster than the peer"),
                ],
            },
            Row {
                what: "stage".to_owned(),
                ours: seconds_text(2.0),
                baseline: String::new(),
                ratio: None,
                targets: Vec::new(),
            },
        ];
        assert_eq!(
            render(&rows),
            "| measured | ours | baseline (same run) | ratio | target |\n|---|---|---|---|---|\n\
             | call | 10 µs | raw: 9 µs | 1.11× | ≤ 1.05× (**not met**) |\n\
             | stage | 12.3 ms | — | — | ≤ 350.0 ms (met) |\n\
             | codegen | 500.0 ms | peer: 10.00 s | 0.05× | ≤ 350.0 ms (**not met**); ≥ 30× faster than the peer (**not met**) |\n\
             | stage | 2.00 s | — | — | — |\n"
        );
    }

    #[test]
    fn medians_of_odd_and_even_counts() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), 2.5);
        assert_eq!(median(&[]), 0.0);
    }
}
