//! Print a fillable PDF's field names and current values: the first step
//! in writing a field map for a new form revision.
//!
//! `cargo run -p clearslate-documents --example fields -- FORM.pdf`

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: fields FORM.pdf");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2);
    });
    let values = clearslate_documents::acroform::read_values(&bytes).unwrap_or_default();
    match clearslate_documents::acroform::field_names(&bytes) {
        Ok(names) => {
            for n in names {
                println!("{n}\t{}", values.get(&n).map(String::as_str).unwrap_or(""));
            }
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    }
}
