//! Evaluate the typical history N times (default 10,000), for profiling:
//! `valgrind --tool=callgrind target/release/examples/evaluate_loop 1000`
//! counts instructions per evaluation without a benchmark harness around it.
//! A second argument `outcomes` evaluates without reason prose, as bulk runs
//! do (`Explain::Outcomes`).

/// The allocator the `clearslate` binary uses.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let explain = match std::env::args().nth(2).as_deref() {
        Some("outcomes") => law::Explain::Outcomes,
        _ => law::Explain::Full,
    };
    let text = include_str!("../tests/histories/typical.json");
    let history: law::History = serde_json::from_str(text).expect("typical history");
    let facts = law::Facts::default();
    let as_of = jiff::civil::date(2026, 11, 23);
    let mut total = 0;
    let start = std::time::Instant::now();
    for _ in 0..n {
        total += law::evaluate_with(std::hint::black_box(&history), as_of, &facts, explain)
            .counts
            .len();
    }
    let per = start.elapsed().as_secs_f64() / n as f64;
    println!(
        "{n} evaluations ({explain:?}), {total} count results, {:.2} µs each, {:.0} per second",
        per * 1e6,
        1.0 / per
    );
}
