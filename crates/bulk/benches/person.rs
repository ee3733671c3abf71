//! Where a bulk run's evaluation time goes, per person of a generated
//! extract (20,000 people, about 150,000 rows): building the history from
//! rows, then the whole evaluation (history, law engine, policy and output
//! rows). `benches/bulk.sh` measures the whole run; this splits the part
//! the worker threads do.
//! Run with `cargo bench -p clearslate-bulk --bench person`.

use divan::{Bencher, black_box};
use doj::group::{Group, Person, Streaming};

/// The allocator the `clearslate` binary uses.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

fn people() -> Vec<Person> {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("extract.csv");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).expect("create"));
    let opts = doj::generate::Options {
        people: 20_000,
        seed: 7,
        county: None,
        header: true,
        fillers: true,
        malformed_every: 0,
    };
    doj::generate::write(&mut file, &opts).expect("generate");
    drop(file);
    let mut groups = Streaming::new(&[path]);
    let mut people = Vec::new();
    while let Some(g) = groups.next_group().expect("group") {
        if let Group::Person(p) = g {
            people.push(p);
        }
    }
    people
}

#[divan::bench(sample_count = 10)]
fn history_build(bencher: Bencher) {
    let people = people();
    bencher.bench_local(|| {
        for p in &people {
            black_box(doj::history::build(&p.rows));
        }
    });
}

#[divan::bench(sample_count = 10)]
fn evaluate(bencher: Bencher) {
    let people = people();
    let cfg = bulk::person::Config {
        as_of: jiff::civil::date(2026, 11, 23),
        county: None,
        policy: None,
    };
    bencher.bench_local(|| {
        for p in &people {
            black_box(bulk::person::evaluate(p, &cfg));
        }
    });
}
