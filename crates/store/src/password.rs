//! Passwords: Argon2id with a random salt, stored as a PHC string. Hashing
//! takes tens of milliseconds on purpose; callers run it off the async
//! pool.

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

/// The PHC string for a password (`$argon2id$v=19$...`).
pub fn hash(password: &str) -> String {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .unwrap_or_else(|e| panic!("hashing a password with the default parameters: {e}"))
}

/// True when `password` matches the stored PHC string.
pub fn verify(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|h| {
        Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn hashes_verify_and_differ() {
        let a = super::hash("correct horse battery");
        assert!(a.starts_with("$argon2id$"));
        assert!(super::verify("correct horse battery", &a));
        assert!(!super::verify("correct horse batterz", &a));
        assert_ne!(a, super::hash("correct horse battery"), "salted");
        assert!(!super::verify("x", "not a hash"));
    }
}
