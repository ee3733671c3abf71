//! Encryption at rest for what a person saves, and the private links that
//! find it.
//!
//! A saved case is sealed with XChaCha20-Poly1305 under one key from
//! configuration (random 24-byte nonces, so no nonce bookkeeping), with the
//! row's id as associated data: a sealed blob moved to another row does not
//! open. The private link carries a random 256-bit token; the database
//! stores only its SHA-256, so a copy of the database alone finds no case
//! and opens none.

use std::io::Write;
use std::path::Path;

use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use sha2::Digest;

/// A key that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// Not 64 hex digits.
    #[error("the key must be 64 hexadecimal digits (32 bytes)")]
    Format,
    /// The key file could not be read or written.
    #[error("key file {path}: {source}")]
    File {
        /// The file.
        path: String,
        /// What went wrong.
        source: std::io::Error,
    },
}

/// The sealing key.
#[derive(Clone)]
pub struct Vault {
    cipher: XChaCha20Poly1305,
}

impl std::fmt::Debug for Vault {
    // Never print the key.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Vault(..)")
    }
}

const NONCE: usize = 24;

fn random<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    // The OS random source; without it there is no safe key, nonce or link.
    getrandom::fill(&mut bytes).unwrap_or_else(|e| panic!("no OS randomness: {e}"));
    bytes
}

fn parse_hex(text: &str) -> Result<[u8; 32], KeyError> {
    let text = text.trim();
    if text.len() != 64 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(KeyError::Format);
    }
    let mut key = [0u8; 32];
    for (i, k) in key.iter_mut().enumerate() {
        *k = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).map_err(|_| KeyError::Format)?;
    }
    Ok(key)
}

impl Vault {
    /// A vault over a 32-byte key.
    pub fn new(key: [u8; 32]) -> Self {
        Self {
            cipher: XChaCha20Poly1305::new(&key.into()),
        }
    }

    /// A vault over a key written as 64 hex digits (`CLEARSLATE_KEY`).
    pub fn from_hex(text: &str) -> Result<Self, KeyError> {
        parse_hex(text).map(Self::new)
    }

    /// The key in `path`, or, when the file does not exist, a new random
    /// key written there (readable by its owner only). Returns the vault
    /// and whether the key is new. For development and single-machine
    /// installs; production passes `CLEARSLATE_KEY` from its secret store.
    pub fn load_or_create(path: &Path) -> Result<(Self, bool), KeyError> {
        let file_error = |source| KeyError::File {
            path: path.display().to_string(),
            source,
        };
        match std::fs::read_to_string(path) {
            Ok(text) => Ok((Self::from_hex(&text)?, false)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let key: [u8; 32] = random();
                let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
                let mut options = std::fs::OpenOptions::new();
                options.write(true).create_new(true);
                #[cfg(unix)]
                std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
                let mut file = options.open(path).map_err(file_error)?;
                writeln!(file, "{hex}").map_err(file_error)?;
                Ok((Self::new(key), true))
            }
            Err(e) => Err(file_error(e)),
        }
    }

    /// Seal `plain`, bound to `id`: nonce, then ciphertext and tag.
    pub fn seal(&self, id: &str, plain: &[u8]) -> Vec<u8> {
        let nonce: [u8; NONCE] = random();
        let sealed = self
            .cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plain,
                    aad: id.as_bytes(),
                },
            )
            .unwrap_or_else(|_| unreachable!("encryption of in-memory data does not fail"));
        let mut out = Vec::with_capacity(NONCE + sealed.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        out
    }

    /// Open what [`Vault::seal`] sealed for `id`; `None` when the key, the
    /// id or the bytes do not match.
    pub fn open(&self, id: &str, sealed: &[u8]) -> Option<Vec<u8>> {
        if sealed.len() < NONCE {
            return None;
        }
        let (nonce, body) = sealed.split_at(NONCE);
        self.cipher
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: body,
                    aad: id.as_bytes(),
                },
            )
            .ok()
    }
}

/// A new private-link token: 256 random bits, URL-safe base64 (43 characters).
pub fn new_token() -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(random::<32>())
}

/// The id a token's case is stored under (hex SHA-256), or `None` for text
/// that is not a token's shape (refused before any lookup).
pub fn token_id(token: &str) -> Option<String> {
    let ok = token.len() == 43
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    ok.then(|| {
        sha2::Sha256::digest(token.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seals_and_opens_only_for_its_id_and_key() {
        let v = Vault::new([7; 32]);
        let sealed = v.seal("a", b"RAP SHEET");
        assert_eq!(v.open("a", &sealed).as_deref(), Some(&b"RAP SHEET"[..]));
        assert!(v.open("b", &sealed).is_none(), "another row");
        assert!(
            Vault::new([8; 32]).open("a", &sealed).is_none(),
            "another key"
        );
        let mut bent = sealed.clone();
        bent[30] ^= 1;
        assert!(v.open("a", &bent).is_none(), "changed bytes");
        assert!(v.open("a", &sealed[..10]).is_none());
        assert_ne!(v.seal("a", b"x"), v.seal("a", b"x"), "fresh nonces");
    }

    #[test]
    fn tokens_and_ids() {
        let t = new_token();
        assert_eq!(t.len(), 43);
        let id = token_id(&t).expect("a token");
        assert_eq!(id.len(), 64);
        assert_ne!(token_id(&new_token()), Some(id));
        assert!(token_id("short").is_none());
        assert!(token_id(&"a/".repeat(22)[..43]).is_none());
    }

    #[test]
    fn key_file_is_created_once_and_private() {
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join("k");
        let (v1, new) = Vault::load_or_create(&path).expect("create");
        assert!(new);
        let (v2, new) = Vault::load_or_create(&path).expect("load");
        assert!(!new);
        let sealed = v1.seal("x", b"y");
        assert_eq!(v2.open("x", &sealed).as_deref(), Some(&b"y"[..]));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o077, 0, "owner only");
        }
        assert!(matches!(Vault::from_hex("12"), Err(KeyError::Format)));
    }
}
