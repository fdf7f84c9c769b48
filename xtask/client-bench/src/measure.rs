//! Timing two sides of a comparison in pairs: each pair runs both, in
//! alternating order, so that neither side always runs on a warmer cache or
//! a quieter moment of a shared machine.

use std::time::{Duration, Instant};

use crate::Budget;
use crate::report::Side;

/// Times `subject` and `baseline` within `budget`, synchronously.
pub fn pairs(
    budget: Budget,
    mut subject: impl FnMut(),
    mut baseline: impl FnMut(),
) -> [Vec<u64>; 2] {
    let mut samples = [Vec::new(), Vec::new()];
    let started = Instant::now();
    for pair in 0..budget.warmup + budget.max_pairs {
        if pair > budget.warmup && started.elapsed() > budget.max_time {
            break;
        }
        for side in order(pair) {
            let at = Instant::now();
            if side == 0 {
                subject();
            } else {
                baseline();
            }
            let took = at.elapsed();
            if pair >= budget.warmup {
                samples[side].push(nanos(took));
            }
        }
    }
    samples
}

/// Times `subject` and `baseline` within `budget`, each awaited in turn.
pub async fn pairs_async(
    budget: Budget,
    mut subject: impl AsyncFnMut(),
    mut baseline: impl AsyncFnMut(),
) -> [Vec<u64>; 2] {
    let mut samples = [Vec::new(), Vec::new()];
    let started = Instant::now();
    for pair in 0..budget.warmup + budget.max_pairs {
        if pair > budget.warmup && started.elapsed() > budget.max_time {
            break;
        }
        for side in order(pair) {
            let at = Instant::now();
            if side == 0 {
                subject().await;
            } else {
                baseline().await;
            }
            let took = at.elapsed();
            if pair >= budget.warmup {
                samples[side].push(nanos(took));
            }
        }
    }
    samples
}

fn order(pair: usize) -> [usize; 2] {
    if pair.is_multiple_of(2) {
        [0, 1]
    } else {
        [1, 0]
    }
}

fn nanos(took: Duration) -> u64 {
    u64::try_from(took.as_nanos()).unwrap_or(u64::MAX)
}

/// Mean, median and 99th percentile of `samples`, in nanoseconds.
pub fn side(name: &str, mut samples: Vec<u64>) -> Side {
    samples.sort_unstable();
    let n = samples.len();
    let mean = if n == 0 {
        0.0
    } else {
        samples.iter().map(|&s| s as f64).sum::<f64>() / n as f64
    };
    Side {
        name: name.to_owned(),
        mean_ns: mean,
        p50_ns: percentile(&samples, 50),
        p99_ns: percentile(&samples, 99),
        samples: n,
        peak_bytes: None,
    }
}

/// The nearest-rank percentile of sorted samples.
fn percentile(sorted: &[u64], p: usize) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = (p * sorted.len()).div_ceil(100).max(1);
    sorted[rank - 1] as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_nearest_rank() {
        let samples: Vec<u64> = (1..=200).rev().collect();
        let side = side("s", samples);
        assert_eq!(side.p50_ns, 100.0);
        assert_eq!(side.p99_ns, 198.0);
        assert_eq!(side.mean_ns, 100.5);
        assert_eq!(side.samples, 200);
    }

    #[test]
    fn quick_budget_runs_each_side_once() {
        let (mut a, mut b) = (0, 0);
        let [sa, sb] = pairs(Budget::QUICK, || a += 1, || b += 1);
        assert_eq!((a, b, sa.len(), sb.len()), (1, 1, 1, 1));
    }
}
