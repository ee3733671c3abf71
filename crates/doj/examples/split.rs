//! The baseline for `benches/bulk.sh`: one plain pass that only splits the
//! files into CSV fields (with the same splitter `clearslate bulk` uses),
//! and counts them.

fn main() {
    let paths: Vec<std::path::PathBuf> = std::env::args().skip(1).map(Into::into).collect();
    let started = std::time::Instant::now();
    let mut input = doj::reader::Input::open(&paths);
    let (mut rows, mut errors, mut bytes) = (0u64, 0u64, 0u64);
    loop {
        match input.next_item() {
            Ok(Some(doj::reader::Item::Row(r))) => {
                rows += 1;
                bytes += r.raw().len() as u64;
            }
            Ok(Some(doj::reader::Item::Error(_))) => errors += 1,
            Ok(None) => break,
            Err(e) => {
                eprintln!("split: {e}");
                std::process::exit(2);
            }
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "split {rows} rows ({errors} errors, {bytes} bytes) in {secs:.2} s: {:.0} rows/s",
        (rows + errors) as f64 / secs
    );
}
