//! Optional accounts: an email or phone number and a password, to find
//! saved cases again without keeping their links. Nothing else is asked.
//!
//! The session cookie (`sid`, `HttpOnly`, `SameSite=Strict`) carries a
//! random token; the database keeps its SHA-256 and an expiry 30 days after
//! last use. Passwords are Argon2id. Logging in is rate-limited per address
//! and says the same thing for an unknown login as for a wrong password.
//! Deleting the account deletes every case it keeps.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use crate::AppState;
use crate::csrf;
use crate::lang::{self, Tr};
use crate::pages::{error_page, expired, failure_page, html, private};

/// The session cookie.
pub const COOKIE: &str = "sid";

/// How long a session lasts after its last use.
const SESSION_DAYS: i64 = 30;

/// The shortest password accepted.
const MIN_PASSWORD: usize = 10;

fn now() -> i64 {
    jiff::Timestamp::now().as_second()
}

fn session_expiry(now: i64) -> i64 {
    now + SESSION_DAYS * 24 * 60 * 60
}

fn cookie_value(headers: &HeaderMap) -> Option<String> {
    csrf::cookie_named(headers, COOKIE)
}

/// The account signed in on this request, if any.
pub async fn current(state: &AppState, headers: &HeaderMap) -> Option<i64> {
    let id = store::token_id(&cookie_value(headers)?)?;
    let now = now();
    state
        .store
        .session_account(&id, now, session_expiry(now))
        .await
        .ok()
        .flatten()
}

/// The associated data a case link is sealed with for an account.
pub fn link_aad(account: i64) -> String {
    format!("account:{account}")
}

/// An email (lower-cased) or a U.S. phone number (its 10 digits), or `None`.
pub fn normalise_login(raw: &str) -> Option<String> {
    let raw = raw.trim();
    if raw.contains('@') {
        let (user, domain) = raw.split_once('@')?;
        let ok = !user.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !raw.contains(char::is_whitespace)
            && raw.len() <= 254;
        return ok.then(|| raw.to_lowercase());
    }
    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    let digits = digits
        .strip_prefix('1')
        .filter(|d| d.len() == 10)
        .map_or(digits.clone(), str::to_string);
    let only_phone_marks = raw
        .chars()
        .all(|c| c.is_ascii_digit() || " ()-.+".contains(c));
    (digits.len() == 10 && only_phone_marks).then_some(digits)
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    tr: Tr,
    path: &'static str,
    token: String,
    signed_in: bool,
    cases: Vec<(String, String)>,
    error: String,
    login: String,
}

async fn page(
    state: &AppState,
    headers: &HeaderMap,
    status: StatusCode,
    error: String,
    login: String,
) -> Response {
    let lang = lang::choose(None, headers);
    let tr = Tr::new(lang.clone());
    let (token, cookie) = csrf::for_page(headers);
    let account = current(state, headers).await;
    let mut cases = Vec::new();
    if let Some(a) = account {
        let Ok(kept) = state.store.account_cases(a, now()).await else {
            return failure_page(tr, headers);
        };
        for c in kept {
            let Some(link) = state
                .vault
                .open(&link_aad(a), &c.link)
                .and_then(|b| String::from_utf8(b).ok())
            else {
                continue;
            };
            let saved = jiff::Timestamp::from_second(c.created)
                .map(|t| lang.date(t.to_zoned(jiff::tz::TimeZone::UTC).date()))
                .unwrap_or_default();
            cases.push((
                format!("/case/{link}"),
                tr.t1("web-account-case", "date", &saved),
            ));
        }
    }
    let body = html(AccountPage {
        tr,
        path: "/account",
        token,
        signed_in: account.is_some(),
        cases,
        error,
        login,
    });
    private(status, cookie, body)
}

/// `GET /account`: sign in or create an account; or, signed in, the saved cases.
pub async fn show(State(state): State<AppState>, headers: HeaderMap) -> Response {
    page(
        &state,
        &headers,
        StatusCode::OK,
        String::new(),
        String::new(),
    )
    .await
}

/// The login form's fields.
#[derive(Debug, serde::Deserialize)]
pub struct Credentials {
    csrf: String,
    login: String,
    password: String,
}

fn signed_in(token: &str) -> Response {
    let cookie = format!(
        "{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}",
        SESSION_DAYS * 24 * 60 * 60
    );
    ([(header::SET_COOKIE, cookie)], Redirect::to("/account")).into_response()
}

async fn start_session(state: &AppState, headers: &HeaderMap, account: i64) -> Response {
    let token = store::new_token();
    let Some(id) = store::token_id(&token) else {
        return failure_page(Tr::new(lang::choose(None, headers)), headers);
    };
    if state
        .store
        .create_session(&id, account, session_expiry(now()))
        .await
        .is_err()
    {
        return failure_page(Tr::new(lang::choose(None, headers)), headers);
    }
    signed_in(&token)
}

/// `POST /account/register`: create an account and sign in.
pub async fn register(
    State(state): State<AppState>,
    headers: HeaderMap,
    axum::Form(f): axum::Form<Credentials>,
) -> Response {
    let tr = Tr::new(lang::choose(None, &headers));
    if !csrf::allowed(&headers, Some(&f.csrf)) {
        return expired(tr);
    }
    let Some(login) = normalise_login(&f.login) else {
        let msg = tr.t("web-account-bad-login");
        return page(
            &state,
            &headers,
            StatusCode::UNPROCESSABLE_ENTITY,
            msg,
            f.login,
        )
        .await;
    };
    if f.password.chars().count() < MIN_PASSWORD {
        let msg = tr.t("web-account-short-password");
        return page(
            &state,
            &headers,
            StatusCode::UNPROCESSABLE_ENTITY,
            msg,
            f.login,
        )
        .await;
    }
    let password = f.password;
    let phc = tokio::task::spawn_blocking(move || store::password::hash(&password)).await;
    let Ok(phc) = phc else {
        return failure_page(tr, &headers);
    };
    match state.store.create_account(&login, &phc, now()).await {
        Ok(Some(account)) => start_session(&state, &headers, account).await,
        Ok(None) => {
            let msg = tr.t("web-account-taken");
            page(&state, &headers, StatusCode::CONFLICT, msg, f.login).await
        }
        Err(_) => failure_page(tr, &headers),
    }
}

/// `POST /account/login`: sign in.
pub async fn login(
    State(state): State<AppState>,
    headers: HeaderMap,
    axum::Form(f): axum::Form<Credentials>,
) -> Response {
    let tr = Tr::new(lang::choose(None, &headers));
    if !csrf::allowed(&headers, Some(&f.csrf)) {
        return expired(tr);
    }
    let found = match normalise_login(&f.login) {
        Some(login) => match state.store.account(&login).await {
            Ok(found) => found,
            Err(_) => return failure_page(tr, &headers),
        },
        None => None,
    };
    // An unknown login costs a hash too, so timing tells nothing.
    let (account, phc) = found.unwrap_or((0, String::new()));
    let password = f.password;
    let ok = tokio::task::spawn_blocking(move || {
        if phc.is_empty() {
            let _ = store::password::hash(&password);
            false
        } else {
            store::password::verify(&password, &phc)
        }
    })
    .await
    .unwrap_or(false);
    if !ok {
        let msg = tr.t("web-account-wrong");
        return page(&state, &headers, StatusCode::UNAUTHORIZED, msg, f.login).await;
    }
    start_session(&state, &headers, account).await
}

/// A form with only the CSRF token.
#[derive(Debug, serde::Deserialize)]
pub struct TokenOnly {
    csrf: String,
}

fn signed_out(to: Response) -> Response {
    let clear = format!("{COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    let mut res = to;
    if let Ok(v) = header::HeaderValue::from_str(&clear) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

/// `POST /account/logout`: sign out.
pub async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
    axum::Form(f): axum::Form<TokenOnly>,
) -> Response {
    let tr = Tr::new(lang::choose(None, &headers));
    if !csrf::allowed(&headers, Some(&f.csrf)) {
        return expired(tr);
    }
    if let Some(id) = cookie_value(&headers).and_then(|t| store::token_id(&t))
        && state.store.delete_session(&id).await.is_err()
    {
        return failure_page(tr, &headers);
    }
    signed_out(Redirect::to("/").into_response())
}

/// `POST /account/delete`: delete the account and every case it keeps.
pub async fn delete(
    State(state): State<AppState>,
    headers: HeaderMap,
    axum::Form(f): axum::Form<TokenOnly>,
) -> Response {
    let tr = Tr::new(lang::choose(None, &headers));
    if !csrf::allowed(&headers, Some(&f.csrf)) {
        return expired(tr);
    }
    let Some(account) = current(&state, &headers).await else {
        return Redirect::to("/account").into_response();
    };
    // Its cases' results go from memory too (the rows go with the account).
    for kept in state
        .store
        .account_cases(account, 0)
        .await
        .unwrap_or_default()
    {
        state.recent.forget(&kept.case_id);
    }
    if state.store.delete_account(account).await.is_err() {
        return failure_page(tr, &headers);
    }
    let _ = crate::audit(
        &state,
        format!("account:{account}"),
        "delete-account",
        format!("account:{account}"),
    )
    .await;
    signed_out(error_page(
        tr,
        StatusCode::OK,
        "web-case-deleted-title",
        "web-account-deleted",
    ))
}

#[cfg(test)]
mod tests {
    use super::normalise_login;

    #[test]
    fn logins() {
        assert_eq!(
            normalise_login(" Ana@Example.org ").as_deref(),
            Some("ana@example.org")
        );
        assert_eq!(
            normalise_login("(559) 555-0100").as_deref(),
            Some("5595550100")
        );
        assert_eq!(
            normalise_login("+1 559 555 0100").as_deref(),
            Some("5595550100")
        );
        assert!(normalise_login("ana@localhost").is_none());
        assert!(normalise_login("555-0100").is_none());
        assert!(normalise_login("call me maybe").is_none());
    }
}

/// How long an emailed reset link works.
const RESET_HOURS: i64 = 1;

#[derive(Template)]
#[template(path = "forgot.html")]
struct ForgotPage {
    tr: Tr,
    path: &'static str,
    token: String,
    /// Email can be sent from this server.
    mail: bool,
    /// The answer after sending (empty before).
    sent: String,
    error: String,
}

fn forgot_page(
    state: &AppState,
    headers: &HeaderMap,
    status: StatusCode,
    sent: String,
    error: String,
) -> Response {
    let tr = Tr::new(lang::choose(None, headers));
    let (token, cookie) = csrf::for_page(headers);
    let body = html(ForgotPage {
        tr,
        path: "/account",
        token,
        mail: state.mail.is_some(),
        sent,
        error,
    });
    private(status, cookie, body)
}

/// `GET /account/forgot`: ask for a link to set a new password.
pub async fn forgot_form(State(state): State<AppState>, headers: HeaderMap) -> Response {
    forgot_page(
        &state,
        &headers,
        StatusCode::OK,
        String::new(),
        String::new(),
    )
}

/// The "forgot" form's fields.
#[derive(Debug, serde::Deserialize)]
pub struct Forgot {
    csrf: String,
    login: String,
}

/// `POST /account/forgot`: email a one-hour link to the account's address.
/// The answer is the same whether or not an account uses it, and the
/// message leaves in the background, so neither words nor timing tell.
pub async fn forgot(
    State(state): State<AppState>,
    headers: HeaderMap,
    axum::Form(f): axum::Form<Forgot>,
) -> Response {
    let tr = Tr::new(lang::choose(None, &headers));
    if !csrf::allowed(&headers, Some(&f.csrf)) {
        return expired(tr);
    }
    let Some(mail) = &state.mail else {
        return forgot_page(
            &state,
            &headers,
            StatusCode::OK,
            String::new(),
            String::new(),
        );
    };
    let Some(login) = normalise_login(&f.login).filter(|l| l.contains('@')) else {
        let msg = tr.t("web-forgot-not-email");
        return forgot_page(
            &state,
            &headers,
            StatusCode::UNPROCESSABLE_ENTITY,
            String::new(),
            msg,
        );
    };
    let found = match state.store.account(&login).await {
        Ok(found) => found,
        Err(_) => return failure_page(tr, &headers),
    };
    if let Some((account, _)) = found {
        let token = store::new_token();
        let Some(id) = store::token_id(&token) else {
            return failure_page(tr, &headers);
        };
        let expires = now() + RESET_HOURS * 60 * 60;
        if state
            .store
            .create_reset(&id, account, expires)
            .await
            .is_err()
        {
            return failure_page(tr, &headers);
        }
        let link = format!("{}/account/reset/{token}", mail.base_url);
        mail.send_later(
            &login,
            tr.t("mail-reset-subject"),
            tr.t1("mail-reset-body", "link", &link),
        );
        let _ = crate::audit(
            &state,
            format!("account:{account}"),
            "reset-requested",
            format!("account:{account}"),
        )
        .await;
    }
    let sent = tr.t("web-forgot-sent");
    forgot_page(&state, &headers, StatusCode::OK, sent, String::new())
}

#[derive(Template)]
#[template(path = "reset.html")]
struct ResetPage {
    tr: Tr,
    path: &'static str,
    token: String,
    action: String,
    error: String,
}

fn reset_page(headers: &HeaderMap, link: &str, status: StatusCode, error: String) -> Response {
    let tr = Tr::new(lang::choose(None, headers));
    let (token, cookie) = csrf::for_page(headers);
    let body = html(ResetPage {
        tr,
        path: "/account",
        token,
        action: format!("/account/reset/{link}"),
        error,
    });
    private(status, cookie, body)
}

fn reset_gone(tr: Tr) -> Response {
    error_page(
        tr,
        StatusCode::NOT_FOUND,
        "web-reset-title",
        "web-reset-gone",
    )
}

/// `GET /account/reset/{token}`: the emailed link: choose a new password.
pub async fn reset_form(
    State(state): State<AppState>,
    axum::extract::Path(link): axum::extract::Path<String>,
    headers: HeaderMap,
) -> Response {
    let tr = Tr::new(lang::choose(None, &headers));
    let Some(id) = store::token_id(&link) else {
        return reset_gone(tr);
    };
    match state.store.reset_account(&id, now()).await {
        Ok(Some(_)) => reset_page(&headers, &link, StatusCode::OK, String::new()),
        Ok(None) => reset_gone(tr),
        Err(_) => failure_page(tr, &headers),
    }
}

/// The new password's form.
#[derive(Debug, serde::Deserialize)]
pub struct NewPassword {
    csrf: String,
    password: String,
}

/// `POST /account/reset/{token}`: set the new password (the link then
/// stops working, and every other session of the account ends), and sign
/// in.
pub async fn reset(
    State(state): State<AppState>,
    axum::extract::Path(link): axum::extract::Path<String>,
    headers: HeaderMap,
    axum::Form(f): axum::Form<NewPassword>,
) -> Response {
    let tr = Tr::new(lang::choose(None, &headers));
    if !csrf::allowed(&headers, Some(&f.csrf)) {
        return expired(tr);
    }
    let Some(id) = store::token_id(&link) else {
        return reset_gone(tr);
    };
    if f.password.chars().count() < MIN_PASSWORD {
        let msg = tr.t("web-account-short-password");
        return reset_page(&headers, &link, StatusCode::UNPROCESSABLE_ENTITY, msg);
    }
    let password = f.password;
    let Ok(phc) = tokio::task::spawn_blocking(move || store::password::hash(&password)).await
    else {
        return failure_page(tr, &headers);
    };
    match state.store.reset_password(&id, now(), &phc).await {
        Ok(Some(account)) => {
            let _ = crate::audit(
                &state,
                format!("account:{account}"),
                "password-reset",
                format!("account:{account}"),
            )
            .await;
            start_session(&state, &headers, account).await
        }
        Ok(None) => reset_gone(tr),
        Err(_) => failure_page(tr, &headers),
    }
}
