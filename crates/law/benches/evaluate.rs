//! Evaluating a typical 10-event history (`tests/histories/typical.json`):
//! four cases with probation, a revocation, a DUI, a county-jail felony with
//! its custody record, and an arrest with no outcome.
//!
//! Target: 200,000 histories a second on one core (5 µs each), so that a
//! state-sized run of 20 million people needs under two minutes of one core.
//! Bulk runs evaluate with `Explain::Outcomes` (no reason prose); a person's
//! report explains everything (`Explain::Full`). Both are measured.
//! Run with `cargo bench -p clearslate-law --bench evaluate`.

use divan::{Bencher, black_box};
use law::{Facts, History};

/// The allocator the `clearslate` binary uses.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

fn typical() -> History {
    let text = include_str!("../tests/histories/typical.json");
    serde_json::from_str(text).expect("typical history")
}

#[divan::bench]
fn evaluate_typical_history(bencher: Bencher) {
    let history = typical();
    let facts = Facts::default();
    let as_of = jiff::civil::date(2026, 11, 23);
    bencher
        .counter(divan::counter::ItemsCount::new(1usize))
        .bench(|| {
            law::evaluate(black_box(&history), black_box(as_of), &facts)
                .counts
                .len()
        });
}

#[divan::bench]
fn evaluate_typical_history_outcomes_only(bencher: Bencher) {
    let history = typical();
    let facts = Facts::default();
    let as_of = jiff::civil::date(2026, 11, 23);
    bencher
        .counter(divan::counter::ItemsCount::new(1usize))
        .bench(|| {
            law::evaluate_with(
                black_box(&history),
                black_box(as_of),
                &facts,
                law::Explain::Outcomes,
            )
            .counts
            .len()
        });
}

#[divan::bench]
fn analyse_only(bencher: Bencher) {
    let history = typical();
    let facts = Facts::default();
    let as_of = jiff::civil::date(2026, 11, 23);
    bencher.bench(|| {
        law::analysis::Analysis::new(black_box(&history), &facts, as_of)
            .convictions
            .len()
    });
}
