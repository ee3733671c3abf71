//! `clearslate serve` as a person starts it: no database or key given, both
//! are created in the working folder and the server answers.

use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_clearslate"))
}

#[test]
fn serve_creates_its_database_and_answers_health() {
    use std::io::{Read, Write};
    let dir = tempfile::tempdir().expect("tmp");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let mut child = bin()
        .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
        .current_dir(dir.path())
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
