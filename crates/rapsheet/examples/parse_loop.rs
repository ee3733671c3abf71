//! Parse generated sheets in a loop, for profiling the reader:
//! `valgrind --tool=callgrind target/release/examples/parse_loop 200`.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let sheets: Vec<String> = (0..20)
        .map(|s| rapsheet::generate::rap_sheet(s).text)
        .collect();
    let bytes: usize = sheets.iter().map(String::len).sum();
    let start = std::time::Instant::now();
    let mut events = 0;
    for i in 0..n {
        let s = &sheets[i % sheets.len()];
        events += rapsheet::parse(std::hint::black_box(s)).map_or(0, |p| p.history.events.len());
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = (bytes as f64 / sheets.len() as f64) * n as f64 / 1e6;
    println!("{n} sheets, {events} events, {:.1} MB/s", mb / secs);
}
