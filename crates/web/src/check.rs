//! "Check my record": upload a RAP sheet (text, PDF, or a phone photo) and
//! see every case and count with the relief the law engine finds, why, and
//! the questions that would settle anything marked "needs review".
//!
//! Nothing is stored and nothing about the record is logged: the upload
//! lives in memory for the length of the request. (Saving a case, with the
//! upload encrypted at rest, comes with "my case".)

use askama::Template;
use axum::extract::{Multipart, Query};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::csrf;
use crate::lang::{self, Tr};
use crate::pages::{LangQuery, html};
use crate::results::{self, Found};

/// The largest upload accepted: a phone photo of a page is a few MB; a RAP
/// sheet PDF far less.
pub const MAX_UPLOAD: usize = 10 * 1024 * 1024;

#[derive(Template)]
#[template(path = "check.html")]
struct Form {
    tr: Tr,
    path: &'static str,
    token: String,
    error: String,
}

/// One count on the results page.
pub struct CountView {
    section: String,
    description: String,
    found: Vec<Found>,
}

/// One case on the results page.
pub struct CaseView {
    title: String,
    counts: Vec<CountView>,
}

#[derive(Template)]
#[template(path = "record.html")]
struct Record {
    tr: Tr,
    path: &'static str,
    cases: Vec<CaseView>,
    questions: Vec<String>,
    warnings: usize,
}

fn form(tr: Tr, headers: &HeaderMap, status: StatusCode, error: String) -> Response {
    let token = csrf::from_cookie(headers).unwrap_or_else(csrf::token);
    let cookie = csrf::cookie(&token);
    let page = html(Form {
        tr,
        path: "/check",
        token,
        error,
    });
    (status, [(header::SET_COOKIE, cookie)], page).into_response()
}

/// `GET /check`: the upload form.
pub async fn show(headers: HeaderMap, Query(q): Query<LangQuery>) -> Response {
    let tr = Tr::new(lang::choose(q.lang(), &headers));
    form(tr, &headers, StatusCode::OK, String::new())
}

/// `POST /check`: read the upload and show the results.
pub async fn upload(headers: HeaderMap, mut multipart: Multipart) -> Response {
    let lang = lang::choose(None, &headers);
    let tr = Tr::new(lang.clone());
    let mut token: Option<String> = None;
    let mut sheet: Option<Vec<u8>> = None;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or("").to_string();
                match field.bytes().await {
                    Ok(bytes) if name == "csrf" => {
                        token = Some(String::from_utf8_lossy(&bytes).into_owned());
                    }
                    Ok(bytes) if name == "sheet" => sheet = Some(bytes.to_vec()),
                    Ok(_) => {}
                    Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                        let msg = tr.t("web-check-too-large");
                        return form(tr, &headers, StatusCode::PAYLOAD_TOO_LARGE, msg);
                    }
                    Err(_) => {
                        let msg = tr.t("web-check-unreadable");
                        return form(tr, &headers, StatusCode::BAD_REQUEST, msg);
                    }
                }
            }
            Ok(None) => break,
            Err(e) => {
                let (status, id) = if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    (StatusCode::PAYLOAD_TOO_LARGE, "web-check-too-large")
                } else {
                    (StatusCode::BAD_REQUEST, "web-check-unreadable")
                };
                let msg = tr.t(id);
                return form(tr, &headers, status, msg);
            }
        }
    }
    if !csrf::allowed(&headers, token.as_deref()) {
        let msg = tr.t("web-check-expired");
        return form(tr, &headers, StatusCode::FORBIDDEN, msg);
    }
    let Some(bytes) = sheet.filter(|b| !b.is_empty()) else {
        let msg = tr.t("web-check-no-file");
        return form(tr, &headers, StatusCode::BAD_REQUEST, msg);
    };
    // Reading a PDF or a photo takes a while and blocks: off the async pool.
    // The reader's own message names the line or byte at fault; it is
    // shown after the plain sentence, for whoever helps the person.
    let parsed = tokio::task::spawn_blocking(move || {
        let text = rapsheet::input::text_of(&bytes).map_err(|e| e.to_string())?;
        rapsheet::parse(&text.text).map_err(|e| e.to_string())
    })
    .await
    .unwrap_or_else(|e| Err(e.to_string()));
    let parsed = match parsed {
        Ok(p) if !p.history.events.is_empty() => p,
        Ok(_) => {
            let msg = tr.t("web-check-not-a-sheet");
            return form(tr, &headers, StatusCode::UNPROCESSABLE_ENTITY, msg);
        }
        Err(detail) => {
            let msg = format!("{} ({detail})", tr.t("web-check-not-a-sheet"));
            return form(tr, &headers, StatusCode::UNPROCESSABLE_ENTITY, msg);
        }
    };
    let today = jiff::Zoned::now().date();
    let facts = law::facts::Facts::default();
    let report = law::evaluate(&parsed.history, today, &facts);
    let mut cases: Vec<CaseView> = Vec::new();
    for (ei, e) in parsed.history.events.iter().enumerate() {
        let counts: Vec<CountView> = e
            .counts
            .iter()
            .enumerate()
            .filter_map(|(ci, c)| {
                let r = report
                    .counts
                    .iter()
                    .find(|r| r.event == ei && r.count == ci)?;
                let found: Vec<Found> = r
                    .relief
                    .iter()
                    .filter(|d| results::shown(d))
                    .map(|d| results::found(d, &tr, &lang))
                    .collect();
                (!found.is_empty()).then(|| CountView {
                    section: c
                        .section
                        .as_ref()
                        .map(|s| s.as_str().to_string())
                        .unwrap_or_default(),
                    description: c.description.clone().unwrap_or_default(),
                    found,
                })
            })
            .collect();
        if counts.is_empty() {
            continue;
        }
        let date = e
            .date
            .and_then(|d| d.date())
            .map(|d| lang.date(d))
            .unwrap_or_default();
        let title = [
            e.county.clone().unwrap_or_default(),
            e.case_number.clone().unwrap_or_default(),
            date,
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
        cases.push(CaseView { title, counts });
    }
    let questions = report
        .questions
        .iter()
        .map(|q| law::Renderer::render(&lang, &q.msg))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    html(Record {
        tr,
        path: "/check",
        cases,
        questions,
        warnings: report.warnings.len(),
    })
}
