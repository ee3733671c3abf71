//! CSRF protection for the forms that change or send data (POST): a random
//! token in a `SameSite=Strict`, `HttpOnly` cookie and the same token in a
//! hidden field, plus the browser's own `Sec-Fetch-Site` and `Origin`
//! headers when it sends them. A request from another site fails all three.

use axum::http::{HeaderMap, header};

/// The cookie holding the token.
pub const COOKIE: &str = "csrf";

/// A fresh random token (32 hex digits).
pub fn token() -> String {
    let mut bytes = [0u8; 16];
    // The OS random source; if it fails there is no safe token to give.
    getrandom::fill(&mut bytes).unwrap_or_else(|e| panic!("no OS randomness: {e}"));
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The `Set-Cookie` value for a token.
pub fn cookie(token: &str) -> String {
    format!("{COOKIE}={token}; Path=/; SameSite=Strict; HttpOnly")
}

/// The value of the request's cookie `name`, if any (every cookie this
/// app reads: the form token, the language, the session).
pub fn cookie_named(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// The token in the request's cookie, if any.
pub fn from_cookie(headers: &HeaderMap) -> Option<String> {
    cookie_named(headers, COOKIE)
        .filter(|v| v.len() == 32 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The form token a page with a form carries, and its cookie: the
/// reader's own token when they have one, else a new one.
pub fn for_page(headers: &HeaderMap) -> (String, String) {
    let token = from_cookie(headers).unwrap_or_else(token);
    let cookie = cookie(&token);
    (token, cookie)
}

/// True when a POST carrying `form_token` may proceed.
pub fn allowed(headers: &HeaderMap, form_token: Option<&str>) -> bool {
    let same_site = headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_none_or(|v| v == "same-origin" || v == "none");
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let origin_ok = match (
        headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
        host,
    ) {
        (Some(origin), Some(host)) => {
            origin
                .strip_prefix("http://")
                .or_else(|| origin.strip_prefix("https://"))
                == Some(host)
        }
        (Some(_), None) => false,
        (None, _) => true,
    };
    let token_ok = match (from_cookie(headers), form_token) {
        (Some(c), Some(f)) => !c.is_empty() && c.as_bytes() == f.as_bytes(),
        _ => false,
    };
    same_site && origin_ok && token_ok
}
