//! `clearslate bulk` and `clearslate gen doj` as an office runs them.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_clearslate"))
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run clearslate")
}

fn generate(dir: &Path, name: &str, args: &[&str]) -> std::path::PathBuf {
    let out = run(&[&["gen", "doj"], args].concat());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let path = dir.join(name);
    std::fs::write(&path, &out.stdout).expect("write extract");
    path
}

const OUTPUTS: &[&str] = &[
    "results.csv",
    "convictions.csv",
    "summary.json",
    "errors.csv",
    "convictions.xlsx",
    "report.html",
];

#[test]
fn gen_doj_is_reproducible_and_has_the_header() {
    let a = run(&["gen", "doj", "--people", "30", "--seed", "5"]);
    let b = run(&["gen", "doj", "--people", "30", "--seed", "5"]);
    let c = run(&["gen", "doj", "--people", "30", "--seed", "6"]);
    assert_eq!(a.stdout, b.stdout);
    assert_ne!(a.stdout, c.stdout);
    assert!(
        a.stdout
            .starts_with(b"RECORD_ID,SUBJECT_STATUS,SUBJECT_ID,")
    );
}

#[test]
fn bulk_writes_every_output_and_accounts_for_every_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = generate(
        dir.path(),
        "x.dat",
        &[
            "--people",
            "200",
            "--seed",
            "11",
            "--malformed-every",
            "100",
        ],
    );
    let out = dir.path().join("out");
    let o = run(&[
        "bulk",
        "--input",
        input.to_str().expect("utf-8"),
        "--out",
        out.to_str().expect("utf-8"),
        "--as-of",
        "2026-11-23",
        "--threads",
        "2",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for name in OUTPUTS {
        assert!(out.join(name).is_file(), "{name} missing");
    }
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .expect("out")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".partial"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("summary.json")).expect("summary"))
            .expect("json");
    let n = |k: &str| summary[k].as_u64().expect(k);
    assert_eq!(n("input_lines"), n("result_lines") + n("error_lines"));
    assert!(n("error_lines") > 0, "the extract has malformed lines");
    for key in [
        "subjects",
        "convictions_in_scope",
        "subjects_no_felony_after",
        "subjects_no_conviction_after",
        "subjects_no_conviction_last_7_years_after",
    ] {
        assert!(summary.get(key).is_some(), "summary.json lacks {key}");
    }

    // A second run against the first: changes.csv.
    let out2 = dir.path().join("out2");
    let o = run(&[
        "bulk",
        "--input",
        input.to_str().expect("utf-8"),
        "--out",
        out2.to_str().expect("utf-8"),
        "--as-of",
        "2028-11-23",
        "--previous",
        out.to_str().expect("utf-8"),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let changes = std::fs::read_to_string(out2.join("changes.csv")).expect("changes.csv");
    assert!(changes.starts_with("subject_id,county,case_number"));
    assert!(
        changes.lines().count() > 1,
        "two years later, something became eligible"
    );
}

#[test]
fn bad_input_is_exit_2_naming_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let o = run(&[
        "bulk",
        "--input",
        "/no/such/file.dat",
        "--out",
        dir.path().to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("/no/such/file.dat"));
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "RECORD_ID,SUBJECT_STATUS,SUBJECT\n").expect("write");
    let o = run(&[
        "bulk",
        "--input",
        bad.to_str().expect("utf-8"),
        "--out",
        dir.path().join("o").to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("bad.csv") && err.contains("SUBJECT_ID"),
        "{err}"
    );
}

#[test]
fn a_killed_run_leaves_nothing_complete_looking() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = generate(
        dir.path(),
        "big.csv",
        &["--people", "10000", "--seed", "3", "--no-fillers"],
    );
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).expect("out");
    // An old run's output must not survive to look like this run's.
    std::fs::write(out.join("results.csv"), "old\n").expect("old");
    let mut child = bin()
        .args([
            "bulk",
            "--input",
            input.to_str().expect("utf-8"),
            "--out",
            out.to_str().expect("utf-8"),
            "--as-of",
            "2026-11-23",
        ])
        .spawn()
        .expect("spawn");
    // Kill it once it has started writing.
    let started = Instant::now();
    while !out.join(".results.csv.partial").exists() && started.elapsed() < Duration::from_secs(20)
    {
        std::thread::sleep(Duration::from_millis(5));
    }
    std::thread::sleep(Duration::from_millis(100));
    let finished = child.try_wait().expect("wait").is_some();
    child.kill().expect("kill");
    child.wait().expect("reap");
    assert!(
        !finished,
        "the run finished before it could be killed: use a bigger input"
    );
    for name in OUTPUTS {
        assert!(!out.join(name).exists(), "{name} exists after a crash");
    }
}

/// Runs `clearslate bulk` with a terminal (a pseudo-terminal from
/// util-linux's `script`) and without one.
#[test]
fn the_progress_bar_shows_on_a_terminal_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = generate(dir.path(), "x.csv", &["--people", "3000", "--seed", "4"]);
    let args = |out: &str| {
        [
            "bulk",
            "--input",
            input.to_str().expect("utf-8"),
            "--out",
            out,
            "--as-of",
            "2026-11-23",
        ]
        .map(str::to_owned)
    };

    // Not a terminal: one closing line, no drawing.
    let plain = dir.path().join("plain");
    let o = bin()
        .args(args(plain.to_str().expect("utf-8")))
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("clearslate: ") && !err.contains('\x1b'),
        "{err}"
    );

    // A terminal: the bar with rows, rows a second and time elapsed.
    let quote = |s: &str| format!("'{}'", s.replace('\'', r"'\''"));
    let tty = dir.path().join("tty");
    let command = std::iter::once(quote(env!("CARGO_BIN_EXE_clearslate")))
        .chain(args(tty.to_str().expect("utf-8")).iter().map(|a| quote(a)))
        .collect::<Vec<_>>()
        .join(" ");
    let o = Command::new("script")
        .args(["-q", "-e", "-f", "-c", &command, "/dev/null"])
        .output()
        .expect("run script (util-linux)");
    let seen = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{seen}");
    assert!(seen.contains(" rows "), "no bar drawn: {seen}");
    assert!(seen.contains("/s"), "no rate shown: {seen}");
    assert!(seen.contains("00:00:0"), "no time elapsed shown: {seen}");
    assert!(tty.join("results.csv").is_file());
}
