//! Generate, render, parse, compare: over many seeds the reader gives back
//! exactly the record the generator made.

use proptest::prelude::*;
use rapsheet::generate::rap_sheet;
use rapsheet::{comparable, parse};

fn roundtrip(seed: u64) -> Result<(), String> {
    let s = rap_sheet(seed);
    let parsed = parse(&s.text).map_err(|e| format!("seed {seed}: rejected: {e}"))?;
    let got = comparable(&parsed.history);
    let want = comparable(&s.history);
    if got == want {
        return Ok(());
    }
    // Say where they differ.
    let g = serde_json::to_string_pretty(&got).unwrap_or_default();
    let w = serde_json::to_string_pretty(&want).unwrap_or_default();
    let line = g
        .lines()
        .zip(w.lines())
        .position(|(a, b)| a != b)
        .unwrap_or(0);
    let around = |t: &str| {
        t.lines()
            .skip(line.saturating_sub(6))
            .take(12)
            .collect::<Vec<_>>()
            .join("\n")
    };
    Err(format!(
        "seed {seed} ({:?}): differs at JSON line {line}\n--- read ---\n{}\n--- generated ---\n{}",
        s.noise,
        around(&g),
        around(&w)
    ))
}

#[test]
fn fixed_seeds_round_trip() {
    for seed in 0..300 {
        if let Err(e) = roundtrip(seed) {
            panic!("{e}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn any_seed_round_trips(seed in any::<u64>()) {
        prop_assert!(roundtrip(seed).is_ok(), "{}", roundtrip(seed).err().unwrap_or_default());
    }
}

#[test]
fn the_comparison_can_fail() {
    // A changed section must be noticed: the round trip is not vacuous.
    let s = rap_sheet(7);
    let mut wrong = s.history.clone();
    let c = wrong
        .events
        .iter_mut()
        .flat_map(|e| e.counts.iter_mut())
        .find(|c| c.section.is_some())
        .expect("a count with a section");
    c.section = law::section::Section::parse("PC 1").ok();
    let parsed = parse(&s.text).expect("parses");
    assert_ne!(comparable(&parsed.history), comparable(&wrong));
    assert!(!s.history.events.is_empty());
    assert!(s.text.contains("* * * END OF MESSAGE * * *"));
}
