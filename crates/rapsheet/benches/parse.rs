//! RAP sheet reading speed. Targets: at least 50 MB/s of sheet text per core
//! (a typical 8 KB sheet in under 200 µs), and a 1 MB random input rejected
//! in under 100 ms. Run with `cargo bench -p clearslate-rapsheet --bench parse`.

use divan::counter::BytesCount;
use divan::{Bencher, black_box};
use rand::{Rng, SeedableRng};

/// The allocator the `clearslate` binary uses.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

/// One record of about `size` bytes, made of generated sheets' cycles under
/// the first sheet's header (as if one person's).
fn sheet_of_size(size: usize) -> String {
    let first = rapsheet::generate::rap_sheet(0).text;
    let header_end = first.find("* * * *").unwrap_or(0);
    let mut text = first[..header_end].to_string();
    let mut seed = 0;
    while text.len() < size {
        let s = rapsheet::generate::rap_sheet(seed).text;
        let body_start = s.find("* * * *").unwrap_or(0);
        let body_end = s.rfind("* * * END OF MESSAGE").unwrap_or(s.len());
        text.push_str(&s[body_start..body_end]);
        seed += 1;
    }
    text.push_str("* * * END OF MESSAGE * * *\n");
    text
}

#[divan::bench]
fn parse_typical_sheet(bencher: Bencher) {
    let text = sheet_of_size(8_000);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| rapsheet::parse(black_box(&text)).map(|p| p.history.events.len()));
}

#[divan::bench]
fn parse_many_sheets_concatenated(bencher: Bencher) {
    // One big record of ~1 MB: the reader's throughput on long input.
    let text = sheet_of_size(1_000_000);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| rapsheet::parse(black_box(&text)).map(|p| p.history.events.len()));
}

#[divan::bench(sample_count = 20)]
fn reject_random_megabyte(bencher: Bencher) {
    let mut rng = rand::rngs::StdRng::seed_from_u64(7);
    let bytes: Vec<u8> = (0..1_000_000).map(|_| rng.random()).collect();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| rapsheet::parse(black_box(&text)).is_err());
}
