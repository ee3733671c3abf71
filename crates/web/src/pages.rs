//! The public pages: plain-language articles and the help directory.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::AppState;
use crate::lang::{self, Tr};

/// `?lang=` on any page.
#[derive(Debug, Default, Deserialize)]
pub struct LangQuery {
    lang: Option<String>,
}

impl LangQuery {
    /// The language asked for, if any.
    pub fn lang(&self) -> Option<&str> {
        self.lang.as_deref()
    }
}

/// One section of an article.
pub struct Section {
    heading: String,
    paragraphs: Vec<String>,
    bullets: Vec<String>,
}

#[derive(Template)]
#[template(path = "article.html")]
struct Article {
    tr: Tr,
    path: &'static str,
    title: String,
    sections: Vec<Section>,
    links: Vec<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "help.html")]
struct Help {
    tr: Tr,
    path: &'static str,
    counties: Vec<store::County>,
    selected: String,
    county: Option<store::County>,
    providers: Vec<store::Provider>,
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    tr: Tr,
    path: &'static str,
    title: String,
    message: String,
}

/// Render a template, or a bare 500 if it fails.
pub(crate) fn html(t: impl Template) -> Response {
    html_sized(t, 0)
}

/// [`html`] for a page about `extra` bytes longer than its template's own
/// text (a results page carries tens of KB): its buffer is sized once
/// rather than grown and copied as it fills.
pub(crate) fn html_sized<T: Template>(t: T, extra: usize) -> Response {
    let mut body = String::with_capacity(T::SIZE_HINT + extra);
    match t.render_into(&mut body) {
        Ok(()) => Html(body).into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// An article's sections from message ids: `(heading, paragraphs, bullets)`.
type Outline = &'static [(
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
)];

fn article(
    tr: Tr,
    path: &'static str,
    title: &str,
    outline: Outline,
    links: &[(&'static str, &'static str)],
) -> Response {
    let sections = outline
        .iter()
        .map(|(h, ps, bs)| Section {
            heading: if h.is_empty() { String::new() } else { tr.t(h) },
            paragraphs: ps.iter().map(|p| tr.t(p)).collect(),
            bullets: bs.iter().map(|b| tr.t(b)).collect(),
        })
        .collect();
    let links = links.iter().map(|(href, id)| (*href, tr.t(id))).collect();
    html(Article {
        title: tr.t(title),
        tr,
        path,
        sections,
        links,
    })
}

/// `GET /`.
pub async fn home(headers: HeaderMap, Query(q): Query<LangQuery>) -> Response {
    let tr = Tr::new(lang::choose(q.lang.as_deref(), &headers));
    article(
        tr,
        "/",
        "web-home-title",
        &[("", &["web-home-lead", "web-home-who", "web-home-free"], &[])],
        &[
            ("/screener", "web-link-screener"),
            ("/check", "web-link-check"),
            ("/declaration", "web-link-declaration"),
            ("/learn", "web-link-learn"),
            ("/learn/effects", "web-link-effects"),
            ("/learn/rap-sheet", "web-link-rapsheet"),
            ("/help", "web-link-help"),
        ],
    )
}

/// `GET /learn`.
pub async fn learn(headers: HeaderMap, Query(q): Query<LangQuery>) -> Response {
    let tr = Tr::new(lang::choose(q.lang.as_deref(), &headers));
    article(
        tr,
        "/learn",
        "web-learn-title",
        &[
            (
                "web-learn-what-h",
                &["web-learn-what-1", "web-learn-what-2"],
                &[],
            ),
            (
                "web-learn-auto-h",
                &["web-learn-auto-1"],
                &["web-learn-auto-b1", "web-learn-auto-b2"],
            ),
            ("", &["web-learn-auto-2"], &[]),
            (
                "web-learn-petition-h",
                &["web-learn-petition-1", "web-learn-petition-2"],
                &[],
            ),
        ],
        &[
            ("/learn/effects", "web-link-effects"),
            ("/learn/rap-sheet", "web-link-rapsheet"),
        ],
    )
}

/// `GET /learn/effects`.
pub async fn effects(headers: HeaderMap, Query(q): Query<LangQuery>) -> Response {
    let tr = Tr::new(lang::choose(q.lang.as_deref(), &headers));
    article(
        tr,
        "/learn/effects",
        "web-effects-title",
        &[
            (
                "web-effects-does-h",
                &[],
                &[
                    "web-effects-does-b1",
                    "web-effects-does-b2",
                    "web-effects-does-b3",
                ],
            ),
            (
                "web-effects-not-h",
                &[],
                &[
                    "web-effects-not-b1",
                    "web-effects-not-b2",
                    "web-effects-not-b3",
                    "web-effects-not-b4",
                    "web-effects-not-b5",
                ],
            ),
        ],
        &[
            ("/learn/rap-sheet", "web-link-rapsheet"),
            ("/help", "web-link-help"),
        ],
    )
}

/// `GET /learn/rap-sheet`.
pub async fn rap_sheet(headers: HeaderMap, Query(q): Query<LangQuery>) -> Response {
    let tr = Tr::new(lang::choose(q.lang.as_deref(), &headers));
    article(
        tr,
        "/learn/rap-sheet",
        "web-rapsheet-title",
        &[
            ("web-rapsheet-why-h", &["web-rapsheet-why-1"], &[]),
            (
                "web-rapsheet-how-h",
                &[],
                &[
                    "web-rapsheet-how-b1",
                    "web-rapsheet-how-b2",
                    "web-rapsheet-how-b3",
                    "web-rapsheet-how-b4",
                ],
            ),
        ],
        &[("/help", "web-link-help")],
    )
}

/// `?county=` on the help page.
#[derive(Debug, Default, Deserialize)]
pub struct HelpQuery {
    lang: Option<String>,
    county: Option<String>,
}

/// `GET /help`: the county directory.
pub async fn help(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<HelpQuery>,
) -> Response {
    let tr = Tr::new(lang::choose(q.lang.as_deref(), &headers));
    let (counties, county) = match (
        state.store.counties().await,
        match q.county.as_deref() {
            Some(c) => state.store.county(c).await,
            None => Ok(None),
        },
    ) {
        (Ok(all), Ok(one)) => (all, one),
        _ => return server_error(tr),
    };
    let providers = match &county {
        Some(c) => match state.store.providers(&c.key).await {
            Ok(p) => p,
            Err(_) => return server_error(tr),
        },
        None => Vec::new(),
    };
    html(Help {
        tr,
        path: "/help",
        selected: county.as_ref().map(|c| c.key.clone()).unwrap_or_default(),
        counties,
        county,
        providers,
    })
}

fn server_error(tr: Tr) -> Response {
    let page = ErrorPage {
        title: tr.t("web-error-title"),
        message: tr.t1("web-error", "id", "db"),
        tr,
        path: "/",
    };
    (StatusCode::INTERNAL_SERVER_ERROR, html(page)).into_response()
}

/// The page for a failure on our side: it shows the request's id, for the
/// person to quote to whoever helps them.
pub fn failure_page(tr: Tr, headers: &HeaderMap) -> Response {
    let page = ErrorPage {
        title: tr.t("web-error-title"),
        message: tr.t1("web-error", "id", &crate::request_id(headers)),
        tr,
        path: "/",
    };
    (StatusCode::SERVICE_UNAVAILABLE, html(page)).into_response()
}

/// A form whose token does not match (expired, or sent from another site).
pub fn expired(tr: Tr) -> Response {
    error_page(
        tr,
        StatusCode::FORBIDDEN,
        "web-error-title",
        "web-check-expired",
    )
}

/// A page about one person: never cached, with the form-token cookie.
pub fn private(status: StatusCode, csrf_cookie: String, body: Response) -> Response {
    (
        status,
        [
            (axum::http::header::SET_COOKIE, csrf_cookie),
            (axum::http::header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response()
}

/// An error page in the reader's language.
pub fn error_page(tr: Tr, status: StatusCode, title_id: &str, message_id: &str) -> Response {
    let (title, message) = (tr.t(title_id), tr.t(message_id));
    message_page(tr, status, title, message)
}

/// A page with a title and one message, already in the reader's language.
pub fn message_page(tr: Tr, status: StatusCode, title: String, message: String) -> Response {
    let page = ErrorPage {
        title,
        message,
        tr,
        path: "/",
    };
    (status, html(page)).into_response()
}

/// Any other path.
pub async fn not_found(headers: HeaderMap) -> Response {
    let tr = Tr::new(lang::choose(None, &headers));
    let page = ErrorPage {
        title: tr.t("web-not-found-title"),
        message: tr.t("web-not-found"),
        tr,
        path: "/",
    };
    (StatusCode::NOT_FOUND, html(page)).into_response()
}

/// `?next=` for the language switch.
#[derive(Debug, Default, Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

/// `GET /lang/{tag}?next=/path`: remember the language and go back. Only
/// local paths are followed, so the switch cannot send anyone elsewhere.
pub async fn switch_lang(
    axum::extract::Path(tag): axum::extract::Path<String>,
    Query(q): Query<NextQuery>,
) -> Response {
    let Some(lang) = i18n::Lang::from_tag(&tag) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let next = q
        .next
        .filter(|n| n.starts_with('/') && !n.starts_with("//") && !n.contains('\\'))
        .unwrap_or_else(|| "/".into());
    let cookie = format!(
        "{}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly",
        lang::COOKIE,
        lang.tag()
    );
    (
        [(axum::http::header::SET_COOKIE, cookie)],
        Redirect::to(&next),
    )
        .into_response()
}
