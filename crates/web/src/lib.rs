//! The clearslate web application (`clearslate serve`).
//!
//! Server-rendered HTML (askama) that works with JavaScript off, on a
//! 320 px phone, by keyboard and screen reader; one small stylesheet; no
//! third-party requests. This part holds the public pages in plain
//! language, the screener, the county help directory, the record check,
//! saved cases under a private link, and the declaration builder.

use std::net::SocketAddr;

use axum::Router;
use axum::http::{HeaderName, HeaderValue, header};
use axum::response::IntoResponse;
use axum::routing::get;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

pub mod account;
pub mod admin;
pub mod case;
pub mod check;
pub mod csrf;
pub mod declaration;
pub mod lang;
pub mod mail;
pub mod pages;
pub mod recent;
pub mod results;
pub mod screener;
pub mod work;

/// What every handler shares.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The database.
    pub store: store::Store,
    /// The key saved cases are sealed with.
    pub vault: std::sync::Arc<store::Vault>,
    /// The logins (normalised emails or phone numbers) of administrators.
    pub admins: std::sync::Arc<Vec<String>>,
    /// Per-address rate limits on uploads, sign-in and the screener. Off
    /// only behind a proxy that limits on its own (every request then comes
    /// from the proxy's address) and for load tests.
    pub rate_limits: bool,
    /// Results of cases opened in the last minutes ([`recent`]).
    pub recent: recent::Recent,
    /// How email is sent (the password-reset link), if it is.
    pub mail: Option<mail::Mailer>,
}

const CSS: &str = include_str!("../static/site.css");

/// Security headers on every response: a strict CSP (our own stylesheet,
/// no scripts, no framing), no sniffing, and no referrer to other sites
/// (a private link never leaks). `same-origin` rather than `no-referrer`:
/// under `no-referrer` browsers send `Origin: null` with our own form
/// posts, which the CSRF check rightly refuses.
fn security_headers(router: Router) -> Router {
    let set = |name: HeaderName, value: &'static str| {
        SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value))
    };
    router
        .layer(set(
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        ))
        .layer(set(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(set(header::REFERRER_POLICY, "same-origin"))
        .layer(set(header::X_FRAME_OPTIONS, "DENY"))
}

async fn css() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        CSS,
    )
}

async fn healthz(axum::extract::State(state): axum::extract::State<AppState>) -> impl IntoResponse {
    if state.store.healthy().await {
        (axum::http::StatusCode::OK, "ok")
    } else {
        (
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            "database unreachable",
        )
    }
}

/// A per-address rate limit.
type Limit = tower_governor::GovernorLayer<
    tower_governor::key_extractor::PeerIpKeyExtractor,
    governor::middleware::NoOpMiddleware<governor::clock::QuantaInstant>,
    axum::body::Body,
>;

/// A limit of `burst` requests per address, then one every `every_ms`.
/// Keyed by the peer address (serve with
/// `into_make_service_with_connect_info`).
fn limit(every_ms: u64, burst: u32) -> Limit {
    let config = tower_governor::governor::GovernorConfigBuilder::default()
        .per_millisecond(every_ms)
        .burst_size(burst)
        .finish()
        .unwrap_or_else(|| unreachable!("a fixed, valid quota"));
    tower_governor::GovernorLayer::new(config).error_handler(too_many)
}

/// Uploads and downloads cost real work: a burst of 10 per address, then
/// one every 6 seconds.
fn upload_limit() -> Limit {
    limit(6_000, 10)
}

/// Write one line of the audit trail, stamped now. `actor` is who
/// (`link`, `account:N`, `admin:N`), `subject` whose (never a link or name).
pub(crate) async fn audit(
    state: &AppState,
    actor: String,
    action: &str,
    subject: String,
) -> Result<(), store::Error> {
    let at = jiff::Timestamp::now()
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    state
        .store
        .audit(&store::AuditEntry {
            at,
            actor,
            action: action.into(),
            subject,
        })
        .await
}

/// The request id every request gets (`x-request-id`, a random UUID): in
/// the log line, in the response, and on the error page, so a person can
/// quote it and we can find the log line without any personal data.
pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The id of this request, for pages that show it.
pub fn request_id(headers: &axum::http::HeaderMap) -> String {
    headers
        .get(&REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-")
        .to_string()
}

/// One log line per request: id, method, the route's pattern (never the
/// path itself: a private link's token is in it), status and time. No
/// query strings, bodies, cookies or addresses are logged.
fn logging(router: Router) -> Router {
    let trace = TraceLayer::new_for_http()
        .on_request(())
        .on_response(tower_http::trace::DefaultOnResponse::new().level(tracing::Level::INFO))
        .make_span_with(|req: &axum::http::Request<_>| {
            let route = req
                .extensions()
                .get::<axum::extract::MatchedPath>()
                .map_or("(no route)", |m| m.as_str());
            tracing::info_span!(
                "request",
                id = %request_id(req.headers()),
                method = %req.method(),
                route,
            )
        });
    router
        .layer(trace)
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
}

/// A refusal made where the request is not at hand (the rate limiter,
/// a caught panic): marked on the response and turned into a page in the
/// reader's language by [`in_readers_language`].
#[derive(Clone, Copy, Debug)]
enum Refusal {
    /// Too many requests: wait this many seconds.
    TooMany(u64),
    /// A handler panicked.
    Panicked,
}

fn refusal(status: axum::http::StatusCode, why: Refusal) -> axum::response::Response {
    let mut res = status.into_response();
    res.extensions_mut().insert(why);
    res
}

/// A handler that panicked: the error page with the request's id, logged
/// by the trace.
fn panicked(_: Box<dyn std::any::Any + Send + 'static>) -> axum::response::Response {
    refusal(
        axum::http::StatusCode::INTERNAL_SERVER_ERROR,
        Refusal::Panicked,
    )
}

/// Too many requests from one address: a page that says how long to wait.
fn too_many(e: tower_governor::GovernorError) -> axum::response::Response {
    let wait = match e {
        tower_governor::GovernorError::TooManyRequests { wait_time, .. } => wait_time,
        _ => 60,
    }
    // The limiter rounds down: "wait 0 seconds" would send the person
    // straight back into the limit.
    .max(1);
    let mut res = refusal(
        axum::http::StatusCode::TOO_MANY_REQUESTS,
        Refusal::TooMany(wait),
    );
    if let Ok(v) = HeaderValue::from_str(&wait.to_string()) {
        res.headers_mut().insert(header::RETRY_AFTER, v);
    }
    res
}

/// Turn a marked [`Refusal`] into its page, in the language the request
/// asks for (its cookie or `Accept-Language`).
async fn in_readers_language(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let tr = lang::Tr::new(lang::choose(None, req.headers()));
    let id = request_id(req.headers());
    let res = next.run(req).await;
    let Some(why) = res.extensions().get::<Refusal>().copied() else {
        return res;
    };
    let (title, message) = match why {
        Refusal::TooMany(wait) => (tr.t("web-limit-title"), tr.n1("web-limit", "seconds", wait)),
        Refusal::Panicked => (tr.t("web-error-title"), tr.t1("web-error", "id", &id)),
    };
    let mut page = pages::message_page(tr, res.status(), title, message);
    if let Some(wait) = res.headers().get(header::RETRY_AFTER) {
        page.headers_mut().insert(header::RETRY_AFTER, wait.clone());
    }
    page
}

/// The screener is cheap but answers bots as readily as people: a burst
/// of 60 steps per address, then 10 a second.
fn screener_limit() -> Limit {
    limit(100, 60)
}

/// Signing in and creating accounts: a burst of 5 per address, then one
/// every 12 seconds, so passwords cannot be guessed at speed.
fn login_limit() -> Limit {
    limit(12_000, 5)
}

/// The application.
pub fn app(state: AppState) -> Router {
    let limited = |r: Router<AppState>, layer: fn() -> Limit| {
        if state.rate_limits {
            r.layer(layer())
        } else {
            r
        }
    };
    let router = Router::new()
        .route("/", get(pages::home))
        .route("/learn", get(pages::learn))
        .route("/learn/effects", get(pages::effects))
        .route("/learn/rap-sheet", get(pages::rap_sheet))
        .route("/help", get(pages::help))
        .route("/declaration", get(declaration::show))
        .route("/check", get(check::show))
        .route("/lang/{tag}", get(pages::switch_lang))
        .route("/case/{token}", get(case::show))
        .route("/account", get(account::show))
        .route("/admin", get(admin::show))
        .route("/admin/providers", axum::routing::post(admin::add))
        .route(
            "/admin/providers/{id}/delete",
            axum::routing::post(admin::remove),
        )
        .route("/demo/rap-sheet.txt", get(check::demo))
        .route("/static/site.css", get(css))
        .route("/healthz", get(healthz))
        .merge(limited(
            Router::new()
                .route("/account/login", axum::routing::post(account::login))
                .route("/account/register", axum::routing::post(account::register))
                .route("/account/forgot", axum::routing::post(account::forgot))
                .route(
                    "/account/reset/{token}",
                    axum::routing::post(account::reset),
                ),
            login_limit,
        ))
        .route("/account/forgot", get(account::forgot_form))
        .route("/account/reset/{token}", get(account::reset_form))
        .route("/account/logout", axum::routing::post(account::logout))
        .route("/account/delete", axum::routing::post(account::delete))
        .merge(limited(
            Router::new().route("/screener", get(screener::screener)),
            screener_limit,
        ))
        .merge(limited(
            Router::new()
                .route("/check", axum::routing::post(check::upload))
                .route("/declaration", axum::routing::post(declaration::submit))
                .route("/case/{token}/answers", axum::routing::post(case::answer))
                .route("/case/{token}/delete", axum::routing::post(case::delete))
                .layer(axum::extract::DefaultBodyLimit::max(check::MAX_UPLOAD)),
            upload_limit,
        ))
        .fallback(pages::not_found)
        .with_state(state)
        .layer(CompressionLayer::new())
        .layer(CatchPanicLayer::custom(panicked))
        .layer(axum::middleware::from_fn(in_readers_language));
    logging(security_headers(router))
}

/// How `clearslate serve` was configured.
#[derive(Debug)]
pub struct Settings {
    /// Where to listen.
    pub addr: SocketAddr,
    /// The database URL.
    pub database: String,
    /// The key saved cases are sealed with.
    pub vault: store::Vault,
    /// Administrators' logins.
    pub admins: Vec<String>,
    /// Per-address rate limits on (see [`AppState::rate_limits`]).
    pub rate_limits: bool,
    /// How email is sent, if it is.
    pub mail: Option<MailSettings>,
}

/// Where email goes: an SMTP server or a folder.
#[derive(Debug)]
pub struct MailSettings {
    /// `smtp://` or `smtps://` URL; else `dir`.
    pub smtp_url: Option<String>,
    /// A folder to write messages into.
    pub dir: Option<std::path::PathBuf>,
    /// The sender (`clearslate <no-reply@example.org>`).
    pub from: String,
    /// The site's public address, for links.
    pub base_url: String,
}

impl MailSettings {
    fn mailer(&self) -> Result<mail::Mailer, mail::ConfigError> {
        match (&self.smtp_url, &self.dir) {
            (Some(url), _) => mail::Mailer::smtp(url, &self.from, &self.base_url),
            (None, Some(dir)) => mail::Mailer::dir(dir, &self.from, &self.base_url),
            (None, None) => Err(mail::ConfigError::Setting(
                "set CLEARSLATE_SMTP_URL or CLEARSLATE_MAIL_DIR".into(),
            )),
        }
    }
}

/// Open the database (creating and migrating it) and serve until Ctrl-C.
pub async fn serve(settings: Settings) -> Result<(), Box<dyn std::error::Error>> {
    let store = store::Store::open(&settings.database).await?;
    // The mail transport's pool needs the runtime: made here.
    let mail = settings
        .mail
        .as_ref()
        .map(MailSettings::mailer)
        .transpose()?;
    // Cases, sessions and reset links whose time ran out go at start and
    // then every hour.
    let purger = store.clone();
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            every.tick().await;
            let now = jiff::Timestamp::now().as_second();
            let _ = purger.purge_expired(now).await;
            let _ = purger.purge_sessions(now).await;
            let _ = purger.purge_resets(now).await;
        }
    });
    let listener = tokio::net::TcpListener::bind(settings.addr).await?;
    eprintln!(
        "clearslate: serving on http://{} ({} database{})",
        listener.local_addr()?,
        store.backend(),
        if mail.is_some() {
            ", email on"
        } else {
            ", no email"
        }
    );
    axum::serve(
        listener,
        app(AppState {
            store,
            vault: std::sync::Arc::new(settings.vault),
            admins: std::sync::Arc::new(settings.admins),
            rate_limits: settings.rate_limits,
            recent: recent::Recent::default(),
            mail,
        })
        .into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await?;
    Ok(())
}

/// [`serve`] on its own runtime, for the command line.
pub fn serve_blocking(settings: Settings) -> Result<(), Box<dyn std::error::Error>> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(serve(settings))
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower::ServiceExt;

    /// The limiter may say "wait 0 seconds" (it rounds down): the person
    /// is told to wait a second, in words that agree with the number.
    #[tokio::test]
    async fn a_rate_limited_person_waits_at_least_a_second() {
        async fn limited() -> axum::response::Response {
            too_many(tower_governor::GovernorError::TooManyRequests {
                wait_time: 0,
                headers: None,
            })
        }
        let app = Router::new()
            .route("/", get(limited))
            .layer(axum::middleware::from_fn(in_readers_language));
        for (lang, words) in [
            ("en", "Please wait 1 second and"),
            ("es", "Espere 1 segundo e"),
        ] {
            let req = axum::http::Request::builder()
                .uri("/")
                .header(header::ACCEPT_LANGUAGE, lang)
                .body(axum::body::Body::empty())
                .expect("request");
            let res = app.clone().oneshot(req).await.expect("response");
            assert_eq!(res.status(), axum::http::StatusCode::TOO_MANY_REQUESTS);
            assert_eq!(
                res.headers().get(header::RETRY_AFTER).map(|v| v.as_bytes()),
                Some(&b"1"[..])
            );
            let body = axum::body::to_bytes(res.into_body(), 1 << 20)
                .await
                .expect("body");
            let body = String::from_utf8_lossy(&body);
            assert!(body.contains(words), "{body}");
        }
    }

    /// A handler that panics gets the error page with the request's id, in
    /// the reader's language.
    #[tokio::test]
    async fn a_panic_is_an_error_page_in_the_readers_language() {
        async fn boom() -> &'static str {
            panic!("a bug")
        }
        let app = Router::new()
            .route("/boom", get(boom))
            .layer(CatchPanicLayer::custom(panicked))
            .layer(axum::middleware::from_fn(in_readers_language));
        for (lang, words) in [("es", "Algo salió mal"), ("en", "Something went wrong")] {
            let req = axum::http::Request::builder()
                .uri("/boom")
                .header(header::ACCEPT_LANGUAGE, lang)
                .header(REQUEST_ID, "0a1b2c3d")
                .body(axum::body::Body::empty())
                .expect("request");
            let res = app.clone().oneshot(req).await.expect("response");
            assert_eq!(res.status(), axum::http::StatusCode::INTERNAL_SERVER_ERROR);
            let body = axum::body::to_bytes(res.into_body(), 1 << 20)
                .await
                .expect("body");
            let body = String::from_utf8_lossy(&body);
            assert!(body.contains(words) && body.contains("0a1b2c3d"), "{body}");
        }
    }
}
