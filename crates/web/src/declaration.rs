//! The declaration builder: a guided personal statement (who you are today,
//! work, family, community, what you have done since, why relief matters),
//! with prompts and examples, warnings for short answers, a preview, and a
//! PDF download made by the documents crate (the same declaration the court
//! papers attach). The text travels only in the form: nothing is stored.

use askama::Template;
use axum::Form;
use axum::extract::Query;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::csrf;
use crate::lang::{self, Tr};
use crate::pages::{LangQuery, html};

/// The parts, in order: form field and message id stem.
const PARTS: &[(&str, &str)] = &[
    ("today", "web-decl-today"),
    ("work", "web-decl-work"),
    ("family", "web-decl-family"),
    ("community", "web-decl-community"),
    ("since", "web-decl-since"),
    ("why", "web-decl-why"),
];

/// Fewer words than this in a part that was started gets a gentle warning.
const SHORT: usize = 15;

/// The form's fields.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Fields {
    csrf: Option<String>,
    action: Option<String>,
    name: Option<String>,
    case_number: Option<String>,
    today: Option<String>,
    work: Option<String>,
    family: Option<String>,
    community: Option<String>,
    since: Option<String>,
    why: Option<String>,
}

impl Fields {
    fn part(&self, field: &str) -> &str {
        match field {
            "today" => self.today.as_deref(),
            "work" => self.work.as_deref(),
            "family" => self.family.as_deref(),
            "community" => self.community.as_deref(),
            "since" => self.since.as_deref(),
            "why" => self.why.as_deref(),
            _ => None,
        }
        .unwrap_or("")
    }

    fn statement(&self) -> documents::person::Statement {
        let get = |f: &str| Some(self.part(f).trim().to_string()).filter(|s| !s.is_empty());
        documents::person::Statement {
            today: get("today"),
            work: get("work"),
            family: get("family"),
            community: get("community"),
            since: get("since"),
            why: get("why"),
        }
    }
}

/// One part of the form.
pub struct Part {
    field: &'static str,
    label: String,
    hint: String,
    value: String,
    warning: String,
}

#[derive(Template)]
#[template(path = "declaration.html")]
struct Page {
    tr: Tr,
    path: &'static str,
    token: String,
    name: String,
    case_number: String,
    parts: Vec<Part>,
    preview: Vec<String>,
    error: String,
}

fn page(
    tr: Tr,
    headers: &HeaderMap,
    f: &Fields,
    preview: bool,
    status: StatusCode,
    error: String,
) -> Response {
    let (token, cookie) = csrf::for_page(headers);
    let parts = PARTS
        .iter()
        .map(|(field, stem)| {
            let value = f.part(field).to_string();
            let words = value.split_whitespace().count();
            Part {
                field,
                label: tr.t(stem),
                hint: tr.t(&format!("{stem}-hint")),
                warning: if preview && words > 0 && words < SHORT {
                    tr.t("web-decl-short")
                } else {
                    String::new()
                },
                value,
            }
        })
        .collect();
    let body = html(Page {
        path: "/declaration",
        token,
        name: f.name.clone().unwrap_or_default(),
        case_number: f.case_number.clone().unwrap_or_default(),
        parts,
        preview: if preview {
            f.statement().paragraphs()
        } else {
            Vec::new()
        },
        error,
        tr,
    });
    (status, [(header::SET_COOKIE, cookie)], body).into_response()
}

/// `GET /declaration`: the empty builder.
pub async fn show(headers: HeaderMap, Query(q): Query<LangQuery>) -> Response {
    let tr = Tr::new(lang::choose(q.lang(), &headers));
    page(
        tr,
        &headers,
        &Fields::default(),
        false,
        StatusCode::OK,
        String::new(),
    )
}

/// `POST /declaration`: preview, or download the PDF.
pub async fn submit(headers: HeaderMap, Form(f): Form<Fields>) -> Response {
    let tr = Tr::new(lang::choose(None, &headers));
    if !csrf::allowed(&headers, f.csrf.as_deref()) {
        let msg = tr.t("web-check-expired");
        return page(tr, &headers, &f, false, StatusCode::FORBIDDEN, msg);
    }
    let name = f.name.clone().unwrap_or_default();
    if f.action.as_deref() != Some("pdf") {
        return page(tr, &headers, &f, true, StatusCode::OK, String::new());
    }
    if name.trim().is_empty() || f.statement().paragraphs().is_empty() {
        let msg = tr.t("web-decl-need-name-and-text");
        return page(
            tr,
            &headers,
            &f,
            true,
            StatusCode::UNPROCESSABLE_ENTITY,
            msg,
        );
    }
    let person = documents::Person {
        name: name.trim().to_string(),
        declaration: Some(f.statement()),
        ..Default::default()
    };
    let case = f.case_number.clone().filter(|c| !c.trim().is_empty());
    let pdf = tokio::task::spawn_blocking(move || {
        documents::dismissal::declaration_pdf(&person, None, case.as_deref())
    })
    .await;
    match pdf {
        Ok(Ok(pdf)) => (
            [
                (header::CONTENT_TYPE, "application/pdf"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"declaration.pdf\"",
                ),
                (header::CACHE_CONTROL, "no-store"),
            ],
            pdf.bytes,
        )
            .into_response(),
        _ => {
            let msg = tr.t1("web-error", "id", "pdf");
            page(
                tr,
                &headers,
                &f,
                true,
                StatusCode::INTERNAL_SERVER_ERROR,
                msg,
            )
        }
    }
}
