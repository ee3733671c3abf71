//! Over generated extracts: every input line is accounted for, and what a
//! bulk run decides for a person is what `clearslate check` decides on the
//! same history.

use std::collections::BTreeSet;

use proptest::prelude::*;

fn extract(seed: u64, people: u32) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("extract.csv");
    let mut f = std::fs::File::create(&path).expect("create");
    doj::generate::write(
        &mut f,
        &doj::generate::Options {
            people,
            seed,
            county: None,
            header: seed.is_multiple_of(2),
            fillers: !seed.is_multiple_of(3),
            malformed_every: 40,
        },
    )
    .expect("write");
    (dir, path)
}

fn lines(path: &std::path::Path) -> u64 {
    std::fs::read_to_string(path).expect("read").lines().count() as u64
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn every_line_is_accounted_for(seed in any::<u64>(), people in 5u32..60) {
        let (dir, input) = extract(seed, people);
        let header = u64::from(seed.is_multiple_of(2));
        let out = dir.path().join("out");
        let summary = bulk::run(&bulk::Options {
            inputs: vec![input.clone()],
            out: out.clone(),
            config: bulk::Config { as_of: jiff::civil::date(2026, 11, 23), county: None, policy: None },
            threads: Some(2),
            previous: None,
            progress: false,
        }).expect("run");
        prop_assert_eq!(summary.input_lines, lines(&input) - header);
        prop_assert_eq!(summary.input_lines, summary.result_lines + summary.error_lines);
        prop_assert_eq!(lines(&out.join("results.csv")) - 1, summary.result_lines);
        prop_assert_eq!(lines(&out.join("errors.csv")) - 1, summary.error_lines);
    }

    #[test]
    fn bulk_decides_as_check_does(seed in any::<u64>(), people in 5u32..40) {
        let (_dir, input) = extract(seed, people);
        let as_of = jiff::civil::date(2026, 11, 23);
        let cfg = bulk::Config { as_of, county: None, policy: None };
        let mut groups = doj::group::Streaming::new(&[input]);
        while let Some(g) = groups.next_group().expect("grouped") {
            let doj::group::Group::Person(p) = g else { continue };
            let (history, _) = doj::history::build(&p.rows);
            let facts = law::Facts::default();
            let report = law::evaluate(&history, as_of, &facts);
            let out = bulk::person::evaluate(&p, &cfg);
            for row in &out.convictions {
                let relief = report.relief_of(&row.count);
                let check: BTreeSet<String> = relief
                    .iter()
                    .map(|d| format!("{}:{}", d.remedy, d.outcome.as_str()))
                    .collect();
                let mut bulk: BTreeSet<String> = row
                    .other_remedies
                    .split("; ")
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect();
                if !row.remedy.is_empty() {
                    bulk.insert(format!("{}:{}", row.remedy, row.outcome));
                }
                prop_assert_eq!(bulk, check, "count {}", row.count);
            }
        }
    }
}

/// Several batches, each cut into pieces evaluated on different threads:
/// the outputs are the same bytes whatever the thread count.
#[test]
fn outputs_do_not_depend_on_the_thread_count() {
    let (dir, input) = extract(11, 3_000);
    let run = |threads: usize| {
        let out = dir.path().join(format!("out-{threads}"));
        bulk::run(&bulk::Options {
            inputs: vec![input.clone()],
            out: out.clone(),
            config: bulk::Config {
                as_of: jiff::civil::date(2026, 11, 23),
                county: None,
                policy: None,
            },
            threads: Some(threads),
            previous: None,
            progress: false,
        })
        .expect("run");
        out
    };
    let (one, three) = (run(1), run(3));
    assert!(lines(&input) > 20_000, "more than one batch");
    for name in [
        "results.csv",
        "convictions.csv",
        "errors.csv",
        "summary.json",
        "convictions.xlsx",
    ] {
        let a = std::fs::read(one.join(name)).expect("read");
        let b = std::fs::read(three.join(name)).expect("read");
        assert!(a == b, "{name} differs between 1 and 3 threads");
    }
}
