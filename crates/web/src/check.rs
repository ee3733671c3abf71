//! "Check my record": upload a RAP sheet (text, PDF, or a phone photo) and
//! see every case and count with the relief the law engine finds, why, and
//! the questions that would settle anything marked "needs review".
//!
//! Nothing is stored unless the person asks to keep the results (then the
//! sheet's text is sealed and saved under a private link: see [`crate::case`]),
//! and nothing about the record is ever logged.

use askama::Template;
use axum::extract::{Multipart, Query};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use law::facts::Facts;

use crate::AppState;
use crate::case;
use crate::csrf;
use crate::lang::{self, Tr};
use crate::pages::{LangQuery, html, html_sized};
use crate::recent;
use crate::results::{self, Found};
use crate::work;

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
struct CountView {
    section: String,
    description: String,
    found: Vec<Found>,
}

/// One case on the results page.
struct CaseView {
    title: String,
    counts: Vec<CountView>,
}

/// A question the record cannot answer, as a form field.
#[derive(Clone)]
pub struct QuestionView {
    /// The field name: `person/FACT` or `COUNT-ID/FACT`.
    pub name: String,
    /// The question.
    pub label: String,
    /// Which case and count it is about (empty for the person).
    pub about: String,
    /// `yesno`, `number`, `decimal`, `date` or `level`.
    pub kind: &'static str,
    /// The answer given so far (`yes`, `no`, a number, a date...), or the
    /// text just sent when it could not be read.
    pub value: String,
    /// True when the answer just sent could not be read.
    pub refused: bool,
}

/// What a saved case adds to the results page.
pub struct Saved {
    /// The private link's path (`/case/TOKEN`).
    pub path: String,
    /// The form token.
    pub csrf: String,
    /// The day it will be removed unless opened again.
    pub expires: String,
    /// An error in the last answers, if any.
    pub error: String,
    /// The questions whose answers could not be read (their labels).
    pub refused: Vec<String>,
}

/// The cases and counts of a results page, as HTML: worked out once per
/// result, so a saved page opened again only renders its own form.
#[derive(Template)]
#[template(path = "cases.html")]
struct Cases<'a> {
    tr: &'a Tr,
    why: String,
    cases: &'a [CaseView],
}

/// The results page: a check just made, or a saved case.
#[derive(Template)]
#[template(path = "record.html")]
pub struct Record {
    pub(crate) tr: Tr,
    pub(crate) path: &'static str,
    /// The cases and counts, already HTML ([`Cases`]).
    pub(crate) cases: std::sync::Arc<str>,
    pub(crate) questions: Vec<QuestionView>,
    pub(crate) warnings: usize,
    pub(crate) saved: Option<Saved>,
}

impl Record {
    /// The page as a response. Its buffer is sized for the cases (tens of
    /// KB) and questions it carries, rather than grown and copied as it
    /// fills.
    pub(crate) fn into_page(self) -> Response {
        let extra = self.cases.len() + 4096 + 512 * self.questions.len();
        html_sized(self, extra)
    }
}

fn form(tr: Tr, headers: &HeaderMap, status: StatusCode, error: String) -> Response {
    let (token, cookie) = csrf::for_page(headers);
    let page = html(Form {
        tr,
        path: "/check",
        token,
        error,
    });
    (status, [(header::SET_COOKIE, cookie)], page).into_response()
}

/// The seed of the sample record offered to try the check: a synthetic
/// sheet from the generator (never a real person) with convictions,
/// probation and dismissals.
const DEMO_SEED: u64 = 4;

/// `GET /demo/rap-sheet.txt`: a synthetic RAP sheet to try the check with.
pub async fn demo() -> Response {
    let sheet = rapsheet::generate::rap_sheet(DEMO_SEED).text;
    (
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"sample-rap-sheet.txt\"",
            ),
        ],
        sheet,
    )
        .into_response()
}

/// `GET /check`: the upload form.
pub async fn show(headers: HeaderMap, Query(q): Query<LangQuery>) -> Response {
    let tr = Tr::new(lang::choose(q.lang(), &headers));
    form(tr, &headers, StatusCode::OK, String::new())
}

/// `POST /check`: read the upload and show the results.
pub async fn upload(
    axum::extract::State(state): axum::extract::State<AppState>,
    headers: HeaderMap,
    mut multipart: Multipart,
) -> Response {
    let lang = lang::choose(None, &headers);
    let tr = Tr::new(lang.clone());
    let mut token: Option<String> = None;
    let mut sheet: Option<Vec<u8>> = None;
    let mut save = false;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or("").to_string();
                match field.bytes().await {
                    Ok(bytes) if name == "csrf" => {
                        token = Some(String::from_utf8_lossy(&bytes).into_owned());
                    }
                    Ok(bytes) if name == "sheet" => sheet = Some(bytes.to_vec()),
                    Ok(bytes) if name == "save" => save = &bytes[..] == b"yes",
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
    // Reading a PDF or a photo takes a while and blocks: off the async pool
    // (not counted against the cores: a scan must not hold up text sheets).
    // Plain text only needs a UTF-8 check, made in the job itself: one
    // thread hop fewer for most uploads. The reader's own message names
    // the line or byte at fault; it is shown after the plain sentence, for
    // whoever helps the person.
    let upload = if rapsheet::input::kind_of(&bytes) == rapsheet::input::Kind::Text {
        Upload::Text(bytes)
    } else {
        let text = tokio::task::spawn_blocking(move || {
            rapsheet::input::text_of(&bytes).map_err(|e| e.to_string())
        })
        .await
        .unwrap_or_else(|e| Err(e.to_string()));
        match text {
            Ok(t) => Upload::Read(t.text),
            Err(detail) => return not_a_sheet(tr, &headers, Some(detail)),
        }
    };
    let today = jiff::Zoned::now().date();
    let (page_tr, page_lang) = (tr.clone(), lang.clone());
    let done = work::run(move || {
        let text = match upload {
            Upload::Text(bytes) => {
                rapsheet::input::text_of(&bytes)
                    .map_err(|e| Some(e.to_string()))?
                    .text
            }
            Upload::Read(text) => text,
        };
        let parsed = rapsheet::parse(&text).map_err(|e| Some(e.to_string()))?;
        if parsed.history.events.is_empty() {
            return Err(None);
        }
        if save {
            return Ok(Checked::Save(text));
        }
        let Some(found) = results_of(&parsed.history, &Facts::default(), today, &page_lang) else {
            return Ok(Checked::Failed);
        };
        Ok(Checked::Page(
            Record {
                cases: found.cases,
                questions: found.questions,
                warnings: found.warnings,
                saved: None,
                tr: page_tr,
                path: "/check",
            }
            .into_page(),
        ))
    })
    .await;
    let page = match done {
        Some(Ok(Checked::Page(page))) => page,
        Some(Ok(Checked::Save(text))) => return case::create(&state, &headers, &lang, &text).await,
        Some(Ok(Checked::Failed)) | None => return crate::pages::failure_page(tr, &headers),
        Some(Err(detail)) => return not_a_sheet(tr, &headers, detail),
    };
    ([(header::CACHE_CONTROL, "no-store")], page).into_response()
}

/// An upload on its way to the pool.
enum Upload {
    /// Bytes that should be text: checked in the job.
    Text(Vec<u8>),
    /// Text already read from a PDF or a photo.
    Read(String),
}

/// What reading an upload came to.
enum Checked {
    /// The results page.
    Page(Response),
    /// A sheet to save as a case first (its text).
    Save(String),
    /// The page could not be rendered: the failure page.
    Failed,
}

/// The form again, saying the file is not a RAP sheet we can read, with
/// the reader's own detail when there is one.
fn not_a_sheet(tr: Tr, headers: &HeaderMap, detail: Option<String>) -> Response {
    let msg = match detail {
        Some(detail) => format!("{} ({detail})", tr.t("web-check-not-a-sheet")),
        None => tr.t("web-check-not-a-sheet"),
    };
    form(tr, headers, StatusCode::UNPROCESSABLE_ENTITY, msg)
}

/// A record's results as a page shows them: judged on `today` with the
/// answers in `facts`, in the reader's language. The upload and a saved
/// case both come here. `None` only if the page could not be rendered.
pub(crate) fn results_of(
    history: &law::History,
    facts: &Facts,
    today: law::Date,
    lang: &i18n::Lang,
) -> Option<recent::Results> {
    let report = law::evaluate(history, today, facts);
    let tr = Tr::new(lang.clone());
    let shown = cases(history, &report, &tr, lang);
    // About 700 bytes of HTML for each outcome with its reasons.
    let outcomes: usize = shown
        .iter()
        .flat_map(|c| &c.counts)
        .map(|n| n.found.len())
        .sum();
    let mut html = String::with_capacity(1024 + 768 * outcomes);
    Cases {
        why: tr.t("web-screener-why"),
        tr: &tr,
        cases: &shown,
    }
    .render_into(&mut html)
    .ok()?;
    Some(recent::Results {
        cases: html.into(),
        questions: questions(history, &report, facts, lang),
        warnings: report.warnings.len(),
    })
}

/// Every case with relief to show, and its counts.
fn cases(
    history: &law::History,
    report: &law::Report<'_>,
    tr: &Tr,
    lang: &i18n::Lang,
) -> Vec<CaseView> {
    let mut words = results::Wording::new(tr, lang);
    let mut cases: Vec<CaseView> = Vec::new();
    for (ei, e) in history.events.iter().enumerate() {
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
                    .map(|d| words.found(d))
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
        cases.push(CaseView {
            title: case_title(e, lang),
            counts,
        });
    }
    cases
}

fn case_title(e: &law::model::Event, lang: &i18n::Lang) -> String {
    let date = e
        .date
        .and_then(|d| d.date())
        .map(|d| lang.date(d))
        .unwrap_or_default();
    [
        e.county.clone().unwrap_or_default(),
        e.case_number.clone().unwrap_or_default(),
        date,
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ")
}

/// The record's open questions, once each, with the answers given so far.
fn questions(
    history: &law::History,
    report: &law::Report<'_>,
    facts: &Facts,
    lang: &i18n::Lang,
) -> Vec<QuestionView> {
    let answers = serde_json::to_value(facts).unwrap_or_default();
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for q in &report.questions {
        let scope = q.count.clone().unwrap_or_else(|| "person".into());
        if !seen.insert((scope.clone(), q.fact)) {
            continue;
        }
        let about = q
            .count
            .as_deref()
            .and_then(|id| {
                history.events.iter().find_map(|e| {
                    let c = e.counts.iter().find(|c| c.id == id)?;
                    let section = c.section.as_ref().map(|s| s.as_str()).unwrap_or("");
                    Some(format!("{} — {section}", case_title(e, lang)))
                })
            })
            .unwrap_or_default();
        let given = match &q.count {
            Some(id) => &answers["count"][id][q.fact],
            None => &answers[q.fact],
        };
        let value = match given {
            serde_json::Value::Bool(true) => "yes".to_string(),
            serde_json::Value::Bool(false) => "no".to_string(),
            serde_json::Value::Null => String::new(),
            serde_json::Value::String(s) => s.clone(),
            v => v.to_string(),
        };
        out.push(QuestionView {
            name: format!("{scope}/{}", q.fact),
            label: law::Renderer::render(lang, &q.msg),
            about,
            kind: case::fact_kind(q.fact),
            value,
            refused: false,
        });
    }
    out
}
