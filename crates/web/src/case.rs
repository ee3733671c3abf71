//! "My case": results kept under a private link, answers to the record's
//! questions, and one button that deletes everything.
//!
//! The link (`/case/TOKEN`) is the only key: 256 random bits the person
//! keeps. The database holds the SHA-256 of the token and the sheet's text
//! sealed with the configured key ([`store::Vault`]). Every opening, answer
//! and deletion is written to the audit trail (who: the link; whose: the
//! case id's first 16 hex digits), and a page is never shown if its audit
//! line cannot be written. Pages are sent with `Cache-Control: no-store`.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

use crate::AppState;
use crate::check::{self, Record, Saved};
use crate::csrf;
use crate::lang::{self, Tr};
use crate::pages::{error_page, expired, failure_page, private};
use crate::recent;
use crate::work;

/// How long a case is kept after it was last opened.
pub const KEEP_DAYS: i64 = 90;

fn now() -> i64 {
    jiff::Timestamp::now().as_second()
}

fn expiry(now: i64) -> i64 {
    now + KEEP_DAYS * 24 * 60 * 60
}

/// The form input for a fact, by the type the facts file gives it.
pub fn fact_kind(fact: &str) -> &'static str {
    match fact {
        "theft_value_usd" | "plants" => "number",
        "grams" => "decimal",
        "ca_resident_since" | "sentence_completed_on" | "offense_date" => "date",
        "level" => "level",
        _ => "yesno",
    }
}

/// Write one audit line; the caller refuses to go on when it fails. The
/// actor is the signed-in account, else the link.
async fn audit(
    state: &AppState,
    headers: &HeaderMap,
    action: &str,
    id: &str,
) -> Result<(), store::Error> {
    let actor = match crate::account::current(state, headers).await {
        Some(a) => format!("account:{a}"),
        None => "link".into(),
    };
    crate::audit(state, actor, action, format!("case:{}", &id[..16])).await
}

fn trouble(tr: Tr, headers: &HeaderMap) -> Response {
    failure_page(tr, headers)
}

fn gone(tr: Tr) -> Response {
    error_page(
        tr,
        StatusCode::NOT_FOUND,
        "web-case-gone-title",
        "web-case-gone",
    )
}

/// Save a checked sheet's text and send the person to its private link.
pub async fn create(
    state: &AppState,
    headers: &HeaderMap,
    lang: &i18n::Lang,
    text: &str,
) -> Response {
    let tr = Tr::new(lang.clone());
    let token = store::new_token();
    let Some(id) = store::token_id(&token) else {
        return trouble(tr, headers);
    };
    let sealed = state.vault.seal(&id, text.as_bytes());
    let now = now();
    if state
        .store
        .save_case(&id, lang.tag(), &sealed, now, expiry(now))
        .await
        .is_err()
        || audit(state, headers, "create", &id).await.is_err()
    {
        return trouble(tr, headers);
    }
    // Signed in: the account keeps the link too.
    if let Some(a) = crate::account::current(state, headers).await {
        let link = state
            .vault
            .seal(&crate::account::link_aad(a), token.as_bytes());
        if state.store.attach_case(a, &id, &link).await.is_err() {
            return trouble(tr, headers);
        }
    }
    Redirect::to(&format!("/case/{token}")).into_response()
}

/// Open a case: the id and the sealed parts, or the page to show instead.
async fn open(
    state: &AppState,
    token: &str,
    tr: &Tr,
    headers: &HeaderMap,
) -> Result<(String, store::SealedCase), Response> {
    let Some(id) = store::token_id(token) else {
        return Err(gone(tr.clone()));
    };
    let now = now();
    let case = match state.store.open_case(&id, now, expiry(now)).await {
        Ok(Some(c)) => c,
        Ok(None) => return Err(gone(tr.clone())),
        Err(_) => return Err(trouble(tr.clone(), headers)),
    };
    Ok((id, case))
}

/// The answers saved with a case.
fn facts_of(state: &AppState, id: &str, case: &store::SealedCase) -> serde_json::Value {
    case.facts
        .as_deref()
        .and_then(|f| state.vault.open(id, f))
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_else(|| serde_json::json!({}))
}

/// `GET /case/{token}`: the saved results, re-evaluated today with the
/// answers given.
pub async fn show(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Response {
    let tr = Tr::new(lang::choose(None, &headers));
    let (id, case) = match open(&state, &token, &tr, &headers).await {
        Ok(found) => found,
        Err(page) => return page,
    };
    if audit(&state, &headers, "read", &id).await.is_err() {
        return trouble(tr, &headers);
    }
    let answers = facts_of(&state, &id, &case);
    page(
        &state,
        &headers,
        &token,
        &id,
        &case,
        &answers,
        &[],
        StatusCode::OK,
    )
    .await
}

/// The results page of a saved case; `refused` holds the answers just sent
/// that could not be read (field name, text sent): they are shown again as
/// sent, marked, and named at the top.
#[allow(clippy::too_many_arguments)] // one page, one call per handler
async fn page(
    state: &AppState,
    headers: &HeaderMap,
    token: &str,
    id: &str,
    case: &store::SealedCase,
    answers: &serde_json::Value,
    refused: &[(String, String)],
    status: StatusCode,
) -> Response {
    let lang = lang::choose(None, headers);
    let tr = Tr::new(lang.clone());
    let Some(results) = results(state, id, case, answers, &lang).await else {
        return trouble(tr, headers);
    };
    let (csrf_token, cookie) = csrf::for_page(headers);
    let expires = jiff::Timestamp::from_second(case.expires)
        .map(|t| lang.date(t.to_zoned(jiff::tz::TimeZone::UTC).date()))
        .unwrap_or_default();
    let mut questions = results.questions.clone();
    let mut refused_labels = Vec::new();
    for q in &mut questions {
        if let Some((_, sent)) = refused.iter().find(|(name, _)| *name == q.name) {
            q.value.clone_from(sent);
            q.refused = true;
            refused_labels.push(q.label.clone());
        }
    }
    let error = if refused.is_empty() {
        String::new()
    } else {
        tr.t("web-case-answer-error")
    };
    let body = Record {
        cases: results.cases.clone(),
        questions,
        warnings: results.warnings,
        saved: Some(Saved {
            path: format!("/case/{token}"),
            csrf: csrf_token,
            expires,
            error,
            refused: refused_labels,
        }),
        tr,
        path: "/check",
    }
    .into_page();
    private(status, cookie, body)
}

/// A case's results today with these answers: kept from a recent opening
/// when nothing they depend on changed ([`crate::recent`]), else worked out
/// from the sealed sheet. `None` when the sheet cannot be opened (sealed
/// under another key: the configuration changed) or read.
async fn results(
    state: &AppState,
    id: &str,
    case: &store::SealedCase,
    answers: &serde_json::Value,
    lang: &i18n::Lang,
) -> Option<std::sync::Arc<recent::Results>> {
    let today = jiff::Zoned::now().date();
    let key = answers.to_string();
    if let Some(kept) = state.recent.get(id, lang.tag(), today, &key) {
        return Some(kept);
    }
    let text = state
        .vault
        .open(id, &case.sheet)
        .and_then(|b| String::from_utf8(b).ok())?;
    let (answers, reader) = (answers.clone(), lang.clone());
    let results = work::run(move || {
        let parsed = rapsheet::parse(&text).ok()?;
        let facts: law::facts::Facts = serde_json::from_value(answers).unwrap_or_default();
        check::results_of(&parsed.history, &facts, today, &reader).map(std::sync::Arc::new)
    })
    .await??;
    state
        .recent
        .put(id, lang.tag(), today, key, results.clone());
    Some(results)
}

/// Put one answer into the facts JSON: `None` removes it.
fn set_answer(
    answers: &mut serde_json::Value,
    scope: &str,
    fact: &str,
    value: Option<serde_json::Value>,
) {
    let Some(root) = answers.as_object_mut() else {
        return;
    };
    let target = if scope == "person" {
        root
    } else {
        let counts = root.entry("count").or_insert_with(|| serde_json::json!({}));
        let Some(counts) = counts.as_object_mut() else {
            return;
        };
        let Some(count) = counts
            .entry(scope)
            .or_insert_with(|| serde_json::json!({}))
            .as_object_mut()
        else {
            return;
        };
        count
    };
    match value {
        Some(v) => {
            target.insert(fact.to_string(), v);
        }
        None => {
            target.remove(fact);
        }
    }
}

/// One submitted answer as a facts value; `Err` when it cannot be read.
fn answer_value(fact: &str, raw: &str, day_first: bool) -> Result<Option<serde_json::Value>, ()> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let v = match fact_kind(fact) {
        "yesno" => match raw {
            "yes" => serde_json::Value::Bool(true),
            "no" => serde_json::Value::Bool(false),
            _ => return Err(()),
        },
        "number" => serde_json::json!(raw.replace([',', '$'], "").parse::<u32>().map_err(|_| ())?),
        "decimal" => serde_json::json!(raw.replace(',', ".").parse::<f64>().map_err(|_| ())?),
        "level" => match raw {
            "felony" | "misdemeanor" | "infraction" => serde_json::json!(raw),
            _ => return Err(()),
        },
        "date" => serde_json::json!(iso_date(raw, day_first).ok_or(())?),
        _ => serde_json::json!(raw),
    };
    Ok(Some(v))
}

/// A date as a date field sends it (`2019-03-15`) or as people type it
/// where there is no date picker: `3/15/2019` in English, `15/3/2019` in
/// Spanish (`day_first`), `2019/3/15`; in ISO form. Two-digit years are
/// refused: `85` could be 1985 or 2085.
fn iso_date(raw: &str, day_first: bool) -> Option<String> {
    if let Ok(d) = raw.parse::<jiff::civil::Date>() {
        return Some(d.to_string());
    }
    let mut parts = raw.split(['/', '-', '.']).map(|p| p.trim().parse::<i16>());
    let (Some(Ok(a)), Some(Ok(b)), Some(Ok(c)), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let (y, m, d) = if a >= 1000 {
        (a, b, c)
    } else if day_first {
        (c, b, a)
    } else {
        (c, a, b)
    };
    if y < 1000 {
        return None;
    }
    let date = jiff::civil::Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()?;
    Some(date.to_string())
}

/// `POST /case/{token}/answers`: save the answers and show the results again.
pub async fn answer(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<Vec<(String, String)>>,
) -> Response {
    let tr = Tr::new(lang::choose(None, &headers));
    let sent = form
        .iter()
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v.as_str());
    if !csrf::allowed(&headers, sent) {
        return expired(tr);
    }
    let (id, case) = match open(&state, &token, &tr, &headers).await {
        Ok(found) => found,
        Err(page) => return page,
    };
    // Each answer is read by its type and then checked by the facts file's
    // own rules (known keys, real dates). The good ones are saved; one that
    // fails is shown again as typed, marked and named at the top.
    let day_first = lang::choose(None, &headers).day_first();
    let mut answers = facts_of(&state, &id, &case);
    let mut refused = Vec::new();
    for (name, raw) in &form {
        let Some((scope, fact)) = name.rsplit_once('/') else {
            continue;
        };
        let Ok(value) = answer_value(fact, raw, day_first) else {
            refused.push((name.clone(), raw.clone()));
            continue;
        };
        let mut tried = answers.clone();
        set_answer(&mut tried, scope, fact, value);
        if serde_json::from_value::<law::facts::Facts>(tried.clone()).is_ok() {
            answers = tried;
        } else {
            refused.push((name.clone(), raw.clone()));
        }
    }
    if answers != facts_of(&state, &id, &case) {
        let sealed = state.vault.seal(
            &id,
            serde_json::to_vec(&answers).unwrap_or_default().as_slice(),
        );
        if !matches!(state.store.save_facts(&id, &sealed).await, Ok(true))
            || audit(&state, &headers, "answer", &id).await.is_err()
        {
            return trouble(tr, &headers);
        }
    }
    if !refused.is_empty() {
        return page(
            &state,
            &headers,
            &token,
            &id,
            &case,
            &answers,
            &refused,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    Redirect::to(&format!("/case/{token}#results")).into_response()
}

/// `POST /case/{token}/delete`: delete the case and everything in it.
pub async fn delete(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<Vec<(String, String)>>,
) -> Response {
    let tr = Tr::new(lang::choose(None, &headers));
    let sent = form
        .iter()
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v.as_str());
    if !csrf::allowed(&headers, sent) {
        return expired(tr);
    }
    let Some(id) = store::token_id(&token) else {
        return gone(tr);
    };
    state.recent.forget(&id);
    match state.store.delete_case(&id).await {
        Ok(true) => {
            if audit(&state, &headers, "delete", &id).await.is_err() {
                return trouble(tr, &headers);
            }
            error_page(
                tr,
                StatusCode::OK,
                "web-case-deleted-title",
                "web-case-deleted",
            )
        }
        Ok(false) => gone(tr),
        Err(_) => trouble(tr, &headers),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_people_type_them() {
        let iso = |raw, day_first| iso_date(raw, day_first);
        assert_eq!(iso("2019-03-15", false).as_deref(), Some("2019-03-15"));
        assert_eq!(iso("3/15/2019", false).as_deref(), Some("2019-03-15"));
        assert_eq!(iso("15/3/2019", true).as_deref(), Some("2019-03-15"));
        assert_eq!(iso("15/3/2019", false), None, "no 15th month");
        assert_eq!(iso("2019/3/15", true).as_deref(), Some("2019-03-15"));
        assert_eq!(iso("03-15-2019", false).as_deref(), Some("2019-03-15"));
        assert_eq!(iso("3/15/19", false), None, "two-digit year");
        assert_eq!(iso("2/30/2019", false), None, "no such day");
        assert_eq!(iso("soon", false), None);
    }

    #[test]
    fn answers_are_read_by_their_type() {
        assert_eq!(
            answer_value("plants", " 4 ", false),
            Ok(Some(serde_json::json!(4)))
        );
        assert_eq!(
            answer_value("theft_value_usd", "$1,200", false),
            Ok(Some(serde_json::json!(1200)))
        );
        assert_eq!(answer_value("theft_value_usd", "lots", false), Err(()));
        assert_eq!(
            answer_value("offense_date", "15/3/2019", true),
            Ok(Some(serde_json::json!("2019-03-15")))
        );
        assert_eq!(
            answer_value("level", "felony", false),
            Ok(Some(serde_json::json!("felony")))
        );
        assert_eq!(answer_value("level", "big", false), Err(()));
        assert_eq!(
            answer_value("anything", "  ", false),
            Ok(None),
            "blank: not answered"
        );
    }
}
