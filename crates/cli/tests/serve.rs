//! `clearslate serve` as a person starts it: no database or key given, both
//! are created in the working folder and the server answers.

use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_clearslate"))
}

/// Start `serve` with `args` in `dir` and ask `/healthz`; the answer.
fn health(dir: &std::path::Path, args: &[&str]) -> String {
    use std::io::{Read, Write};
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let mut child = bin()
        .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
        .args(args)
        .current_dir(dir)
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("serve");
    let mut answer = String::new();
    for _ in 0..100 {
        if let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            s.write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .expect("write");
            s.read_to_string(&mut answer).expect("read");
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();
    answer
}

#[test]
fn serve_creates_its_database_and_answers_health() {
    let dir = tempfile::tempdir().expect("tmp");
    let answer = health(dir.path(), &[]);
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(dir.path().join("clearslate.db").is_file());
    // The key that seals saved cases was made on first run, owner-only.
    let key = std::fs::read_to_string(dir.path().join("clearslate.key")).expect("key file");
    assert_eq!(key.trim().len(), 64);
}

#[test]
fn serve_refuses_a_malformed_key() {
    let out = bin()
        .args(["serve", "--addr", "127.0.0.1:0"])
        .env("CLEARSLATE_KEY", "not-hex")
        .output()
        .expect("serve");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("CLEARSLATE_KEY"));
}

#[test]
fn serve_uses_postgresql_when_given_its_url() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let Some(db) = runtime.block_on(store::testing::postgres()) else {
        eprintln!(
            "{} is not set: PostgreSQL not tested",
            store::testing::POSTGRES_VAR
        );
        return;
    };
    let dir = tempfile::tempdir().expect("tmp");
    let answer = health(dir.path(), &["--database", &db.url]);
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(!dir.path().join("clearslate.db").exists(), "no SQLite file");
    // The tables are there: the directory's 58 counties.
    let counties = runtime.block_on(async {
        let store = store::Store::open(&db.url).await.expect("open");
        store.counties().await.expect("counties").len()
    });
    assert_eq!(counties, 58);
}

#[test]
fn serve_names_a_database_it_cannot_reach() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = bin()
        .args(["serve", "--addr", "127.0.0.1:0"])
        .args(["--database", "postgres://me:secret@127.0.0.1:1/db"])
        .current_dir(dir.path())
        .output()
        .expect("serve");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("postgres://me@127.0.0.1:1/db"), "{err}");
    assert!(!err.contains("secret"), "{err}");
}
