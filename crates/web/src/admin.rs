//! The administrators' page: the legal-aid directory behind "Find help".
//!
//! Administrators are accounts whose login is listed in the server's
//! configuration (`CLEARSLATE_ADMINS`, comma-separated emails or phone
//! numbers): no one becomes an administrator from the web. Anyone else,
//! signed in or not, gets "page not found". Every change is written to the
//! audit trail with the administrator's account.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

use crate::AppState;
use crate::account;
use crate::csrf;
use crate::lang::{self, Tr};
use crate::pages::{expired, failure_page, html, not_found, private};

/// The signed-in administrator's account, if this request has one.
async fn admin(state: &AppState, headers: &HeaderMap) -> Option<i64> {
    let id = account::current(state, headers).await?;
    let login = state.store.account_login(id).await.ok().flatten()?;
    state.admins.contains(&login).then_some(id)
}

#[derive(Template)]
#[template(path = "admin.html")]
struct AdminPage {
    tr: Tr,
    path: &'static str,
    token: String,
    counties: Vec<store::County>,
    selected: String,
    providers: Vec<store::Provider>,
    error: String,
}

/// `?county=` on the admin page.
#[derive(Debug, Default, serde::Deserialize)]
pub struct CountyQuery {
    county: Option<String>,
}

async fn page(
    state: &AppState,
    headers: &HeaderMap,
    county: Option<String>,
    status: StatusCode,
    error: String,
) -> Response {
    let tr = Tr::new(lang::choose(None, headers));
    let Ok(counties) = state.store.counties().await else {
        return failure_page(tr, headers);
    };
    let selected = county
        .filter(|c| counties.iter().any(|k| k.key == *c))
        .unwrap_or_else(|| counties.first().map(|c| c.key.clone()).unwrap_or_default());
    let Ok(providers) = state.store.providers(&selected).await else {
        return failure_page(tr, headers);
    };
    let (token, cookie) = csrf::for_page(headers);
    let body = html(AdminPage {
        tr,
        path: "/admin",
        token,
        counties,
        selected,
        providers,
        error,
    });
    private(status, cookie, body)
}

/// `GET /admin?county=`: the providers of a county, and a form to add one.
pub async fn show(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<CountyQuery>,
) -> Response {
    if admin(&state, &headers).await.is_none() {
        return not_found(headers).await;
    }
    page(&state, &headers, q.county, StatusCode::OK, String::new()).await
}

/// The add form.
#[derive(Debug, serde::Deserialize)]
pub struct NewProvider {
    csrf: String,
    county: String,
    name: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    website: String,
    #[serde(default)]
    languages: String,
    #[serde(default)]
    notes: String,
}

fn optional(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

async fn audit(state: &AppState, admin: i64, action: &str, subject: String) -> bool {
    crate::audit(state, format!("admin:{admin}"), action, subject)
        .await
        .is_ok()
}

/// `POST /admin/providers`: add a provider.
pub async fn add(
    State(state): State<AppState>,
    headers: HeaderMap,
    axum::Form(f): axum::Form<NewProvider>,
) -> Response {
    let Some(admin_id) = admin(&state, &headers).await else {
        return not_found(headers).await;
    };
    let tr = Tr::new(lang::choose(None, &headers));
    if !csrf::allowed(&headers, Some(&f.csrf)) {
        return expired(tr);
    }
    let website = optional(&f.website);
    let bad_site = website
        .as_deref()
        .is_some_and(|w| !(w.starts_with("https://") || w.starts_with("http://")));
    let name = f.name.trim();
    if name.is_empty() || name.len() > 200 || bad_site {
        let msg = tr.t("web-admin-invalid");
        return page(
            &state,
            &headers,
            Some(f.county),
            StatusCode::UNPROCESSABLE_ENTITY,
            msg,
        )
        .await;
    }
    let provider = store::Provider {
        id: 0,
        county: f.county.clone(),
        name: name.to_string(),
        phone: optional(&f.phone),
        website,
        languages: optional(&f.languages),
        notes: optional(&f.notes),
    };
    let now = jiff::Timestamp::now().strftime("%Y-%m-%d").to_string();
    match state.store.add_provider(&provider, &now).await {
        Ok(id) if audit(&state, admin_id, "provider-add", format!("provider:{id}")).await => {
            Redirect::to(&format!("/admin?county={}", f.county.replace(' ', "+"))).into_response()
        }
        // An unknown county breaks the foreign key: say so, keep the form.
        Err(store::Error::Db(_)) => {
            let msg = tr.t("web-admin-invalid");
            page(
                &state,
                &headers,
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
                msg,
            )
            .await
        }
        _ => failure_page(tr, &headers),
    }
}

/// A form with only the CSRF token.
#[derive(Debug, serde::Deserialize)]
pub struct TokenOnly {
    csrf: String,
}

/// `POST /admin/providers/{id}/delete`: remove a provider.
pub async fn remove(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<i64>,
    axum::Form(f): axum::Form<TokenOnly>,
) -> Response {
    let Some(admin_id) = admin(&state, &headers).await else {
        return not_found(headers).await;
    };
    let tr = Tr::new(lang::choose(None, &headers));
    if !csrf::allowed(&headers, Some(&f.csrf)) {
        return expired(tr);
    }
    match state.store.delete_provider(id).await {
        Ok(true)
            if audit(
                &state,
                admin_id,
                "provider-delete",
                format!("provider:{id}"),
            )
            .await =>
        {
            Redirect::to("/admin").into_response()
        }
        Ok(false) => not_found(headers).await,
        _ => failure_page(tr, &headers),
    }
}
