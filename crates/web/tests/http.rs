//! Every route over a temporary SQLite database: status, language, headers,
//! size budget, and the refusals. What keeps data (my case, accounts, the
//! directory) runs on PostgreSQL too when `CLEARSLATE_TEST_POSTGRES` names a
//! server (`.ci/run` starts one).

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

use store::testing::Scratch;

async fn app() -> (axum::Router, Scratch) {
    let db = store::testing::sqlite();
    let (app, _) = app_on(&db).await;
    (app, db)
}

async fn app_on(db: &Scratch) -> (axum::Router, store::Store) {
    let store = store::Store::open(&db.url).await.expect("store");
    let vault = std::sync::Arc::new(store::Vault::new([9; 32]));
    let state = clearslate_web::AppState {
        store: store.clone(),
        vault,
        admins: std::sync::Arc::new(vec!["admin@example.org".to_string()]),
        rate_limits: true,
        recent: Default::default(),
        mail: None,
    };
    (clearslate_web::app(state), store)
}

async fn get(
    app: &axum::Router,
    uri: &str,
    headers: &[(&str, &str)],
) -> (StatusCode, axum::http::HeaderMap, String) {
    let mut req = Request::builder()
        .uri(uri)
        .extension(axum::extract::ConnectInfo(std::net::SocketAddr::from((
            [127, 0, 0, 9],
            40009,
        ))));
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = app
        .clone()
        .oneshot(req.body(Body::empty()).expect("request"))
        .await
        .expect("response");
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.expect("body").to_bytes();
    (status, headers, String::from_utf8_lossy(&body).into_owned())
}

const PAGES: &[&str] = &[
    "/",
    "/learn",
    "/learn/effects",
    "/learn/rap-sheet",
    "/help",
    "/help?county=fresno",
    "/account",
    "/account/forgot",
];

#[tokio::test]
async fn every_page_answers_in_english_and_spanish_within_budget() {
    let (app, _dir) = app().await;
    let (_, _, css) = get(&app, "/static/site.css", &[]).await;
    for page in PAGES {
        let (status, headers, body) = get(&app, page, &[]).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        assert!(body.contains("<html lang=\"en\">"), "{page}");
        assert!(body.contains("<main id=\"main\">"), "{page}");
        assert!(!body.contains("<script"), "{page}: no scripts");
        let csp = headers
            .get(header::CONTENT_SECURITY_POLICY)
            .expect("csp")
            .to_str()
            .expect("ascii");
        assert!(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"));
        assert_eq!(
            headers
                .get(header::X_CONTENT_TYPE_OPTIONS)
                .expect("nosniff"),
            "nosniff"
        );
        // Not `no-referrer`: browsers would then send `Origin: null` with
        // our own forms and the CSRF check would refuse them.
        assert_eq!(
            headers.get(header::REFERRER_POLICY).expect("referrer"),
            "same-origin"
        );
        // The page and its stylesheet, uncompressed, stay under 60 KB.
        assert!(
            body.len() + css.len() < 60 * 1024,
            "{page}: {} bytes",
            body.len() + css.len()
        );
        let (status, _, es) = get(
            &app,
            page,
            &[("accept-language", "es-MX,es;q=0.9,en;q=0.5")],
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert!(es.contains("<html lang=\"es\">"), "{page}");
        // No message id leaks through untranslated.
        assert!(!es.contains("web-") && !body.contains("web-"), "{page}");
    }
}

#[tokio::test]
async fn the_language_switch_remembers_and_stays_local() {
    let (app, _dir) = app().await;
    let (status, headers, _) = get(&app, "/lang/es?next=/learn", &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers.get(header::LOCATION).expect("location"), "/learn");
    let cookie = headers
        .get(header::SET_COOKIE)
        .expect("cookie")
        .to_str()
        .expect("ascii");
    assert!(cookie.starts_with("lang=es;") && cookie.contains("SameSite=Lax"));
    let (_, _, body) = get(&app, "/learn", &[("cookie", "lang=es")]).await;
    assert!(body.contains("¿Qué es limpiar el récord?"));
    // ?lang= wins over the cookie.
    let (_, _, body) = get(&app, "/learn?lang=en", &[("cookie", "lang=es")]).await;
    assert!(body.contains("What is record clearance?"));
    for evil in [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example",
    ] {
        let (_, headers, _) = get(&app, &format!("/lang/es?next={evil}"), &[]).await;
        assert_eq!(
            headers.get(header::LOCATION).expect("location"),
            "/",
            "{evil}"
        );
    }
    let (status, _, _) = get(&app, "/lang/xx", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn help_lists_counties_and_their_court() {
    let (app, _dir) = app().await;
    let (_, _, body) = get(&app, "/help", &[]).await;
    assert_eq!(body.matches("<option").count(), 58);
    let (_, _, body) = get(&app, "/help?county=LOS%20ANGELES", &[]).await;
    assert!(body.contains("Superior Court of California, County of Los Angeles"));
    assert!(body.contains("public defender"));
    let (status, _, _) = get(&app, "/help?county=Atlantis", &[]).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn health_and_unknown_pages() {
    let (app, _dir) = app().await;
    let (status, _, body) = get(&app, "/healthz", &[]).await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "ok"));
    let (status, _, body) = get(&app, "/no/such/page", &[("accept-language", "es")]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("No encontramos la página"));
    let (_, headers, _) = get(&app, "/", &[("accept-encoding", "gzip")]).await;
    assert_eq!(headers.get(header::CONTENT_ENCODING).expect("gzip"), "gzip");
}

#[tokio::test]
async fn the_screener_asks_one_question_at_a_time_and_answers_from_the_engine() {
    let (app, _dir) = app().await;
    let (status, _, body) = get(&app, "/screener", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Were you convicted of a crime in California?"));
    assert_eq!(body.matches("type=\"radio\"").count(), 2);
    // Each answer leads to the next question, carrying the earlier ones.
    let (_, _, body) = get(&app, "/screener?convicted=yes", &[]).await;
    assert!(body.contains("felony, a misdemeanor"));
    assert!(body.contains("name=\"convicted\" value=\"yes\""));
    // A year out of range is asked again.
    let (_, _, body) = get(
        &app,
        "/screener?convicted=yes&level=misdemeanor&kind=theft&year=3000",
        &[],
    )
    .await;
    assert!(body.contains("What year were you convicted?"));
    // A finished misdemeanor probation: PC 1203.4, open now, the court must grant it.
    let done = "/screener?convicted=yes&level=misdemeanor&kind=theft&year=2015&sentence=probation&done=yes&done_year=2017";
    let (_, _, body) = get(&app, done, &[]).await;
    assert!(body.contains("This is a first look"), "{body}");
    assert!(body.contains("PC 1203.4)"), "{body}");
    assert!(body.contains("You can ask now"), "{body}");
    assert!(body.contains("<details><summary>Why?</summary>"));
    let (_, _, es) = get(&app, done, &[("accept-language", "es")]).await;
    assert!(es.contains("Esto es un primer vistazo"));
    assert!(!es.contains("web-") && !body.contains("web-"));
    // A cannabis felony: Proposition 64.
    let (_, _, body) = get(
        &app,
        "/screener?convicted=yes&level=felony&kind=cannabis&year=2012&sentence=prison&done=yes&done_year=2014",
        &[],
    )
    .await;
    assert!(body.contains("11361.8"), "{body}");
    // Not convicted: the arrest advice.
    let (_, _, body) = get(&app, "/screener?convicted=no", &[]).await;
    assert!(body.contains("seal it"), "{body}");
}

fn multipart(token: &str, file: &[u8]) -> (String, Vec<u8>) {
    multipart_with(token, file, &[])
}

fn multipart_with(token: &str, file: &[u8], fields: &[(&str, &str)]) -> (String, Vec<u8>) {
    let boundary = "----clearslate-test-boundary";
    let mut body = Vec::new();
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{token}\r\n")
            .as_bytes(),
    );
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"sheet\"; filename=\"sheet.txt\"\r\nContent-Type: text/plain\r\n\r\n").as_bytes(),
    );
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

async fn post(
    app: &axum::Router,
    cookie: &str,
    token: &str,
    file: &[u8],
    extra: &[(&str, &str)],
) -> (StatusCode, String) {
    let (ctype, body) = multipart(token, file);
    let mut req = Request::builder()
        .method("POST")
        .uri("/check")
        .header(header::CONTENT_TYPE, ctype)
        .header(header::COOKIE, format!("csrf={cookie}"))
        .header(header::HOST, "localhost")
        .extension(axum::extract::ConnectInfo(std::net::SocketAddr::from((
            [127, 0, 0, 1],
            40000,
        ))));
    for (k, v) in extra {
        req = req.header(*k, *v);
    }
    let res = app
        .clone()
        .oneshot(req.body(Body::from(body)).expect("req"))
        .await
        .expect("res");
    let status = res.status();
    let body = res.into_body().collect().await.expect("body").to_bytes();
    (status, String::from_utf8_lossy(&body).into_owned())
}

fn scenario(name: &str) -> Vec<u8> {
    std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/fixtures/scenarios")
            .join(name),
    )
    .expect("scenario sheet")
}

#[tokio::test]
async fn check_my_record_reads_an_upload_and_refuses_what_it_should() {
    let (app, _dir) = app().await;
    let (status, headers, body) = get(&app, "/check", &[]).await;
    assert_eq!(status, StatusCode::OK);
    let cookie = headers
        .get(header::SET_COOKIE)
        .expect("csrf cookie")
        .to_str()
        .expect("ascii")
        .to_string();
    assert!(cookie.contains("SameSite=Strict") && cookie.contains("HttpOnly"));
    let token = cookie
        .trim_start_matches("csrf=")
        .split(';')
        .next()
        .expect("token")
        .to_string();
    assert!(body.contains(&format!("value=\"{token}\"")));
    assert!(body.contains("enctype=\"multipart/form-data\""));

    // A scenario sheet: its expected remedy shows, with the reasons.
    let sheet = scenario("002-probation-violation-discretionary.txt");
    let (status, body) = post(&app, &token, &token, &sheet, &[]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(
        body.contains("Dismissal after probation (PC 1203.4)"),
        "{body}"
    );
    assert!(body.contains("MS318870"), "{body}");
    assert!(body.contains("The judge decides"), "{body}");
    assert!(body.len() < 60 * 1024, "results page {} bytes", body.len());
    // In Spanish too.
    let (_, es) = post(&app, &token, &token, &sheet, &[("accept-language", "es")]).await;
    assert!(es.contains("Sus resultados"));

    // A bad or missing token, or another site: refused.
    let (status, body) = post(
        &app,
        &token,
        "0123456789abcdef0123456789abcdef",
        &sheet,
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(body.contains("This form expired"));
    let (status, _) = post(
        &app,
        &token,
        &token,
        &sheet,
        &[("sec-fetch-site", "cross-site")],
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = post(
        &app,
        &token,
        &token,
        &sheet,
        &[("origin", "https://evil.example")],
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // Not a RAP sheet.
    let (status, body) = post(&app, &token, &token, b"Dear diary, today was fine.", &[]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("does not look like a California RAP sheet"));
    // Bytes that are no text say where they stop being readable.
    let (status, body) = post(&app, &token, &token, &[0xff, 0xfe, 0x00, 0x01], &[]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("byte 0"), "{body}");
    // A PDF (read on its own thread before the check) that is damaged.
    let (status, body) = post(&app, &token, &token, b"%PDF-1.4\n garbage", &[]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("the PDF could not be read"), "{body}");

    // The sample record offered on the form is a sheet the check reads.
    assert!(body_has_demo_link(&app).await);
    let (status, headers, demo) = get(&app, "/demo/rap-sheet.txt", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        headers
            .get(header::CONTENT_DISPOSITION)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("attachment"))
    );
    let (status, body) = post(&app, &token, &token, demo.as_bytes(), &[]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body.contains("Your results"));

    // 25 MB: too large.
    let big = vec![b'A'; 25 * 1024 * 1024];
    let (status, body) = post(&app, &token, &token, &big, &[]).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(body.contains("too big"));
}

async fn body_has_demo_link(app: &axum::Router) -> bool {
    get(app, "/check", &[])
        .await
        .2
        .contains("href=\"/demo/rap-sheet.txt\"")
}

async fn post_form(
    app: &axum::Router,
    token: &str,
    form: &str,
    extra: &[(&str, &str)],
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    post_form_to(app, "/declaration", token, form, extra).await
}

async fn post_form_to(
    app: &axum::Router,
    uri: &str,
    token: &str,
    form: &str,
    extra: &[(&str, &str)],
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let mut req = Request::builder()
        .method("POST")
        .uri(uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, format!("csrf={token}"))
        .header(header::HOST, "localhost")
        .extension(axum::extract::ConnectInfo(std::net::SocketAddr::from((
            [127, 0, 0, 1],
            40000,
        ))));
    for (k, v) in extra {
        req = req.header(*k, *v);
    }
    let res = app
        .clone()
        .oneshot(req.body(Body::from(form.to_string())).expect("req"))
        .await
        .expect("res");
    let status = res.status();
    let headers = res.headers().clone();
    (
        status,
        headers,
        res.into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes()
            .to_vec(),
    )
}

#[tokio::test]
async fn the_declaration_builder_previews_warns_and_downloads() {
    let (app, _dir) = app().await;
    let (status, headers, body) = get(&app, "/declaration", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body.matches("<textarea").count(), 6);
    let cookie = headers
        .get(header::SET_COOKIE)
        .expect("cookie")
        .to_str()
        .expect("ascii")
        .to_string();
    let token = cookie
        .trim_start_matches("csrf=")
        .split(';')
        .next()
        .expect("token")
        .to_string();
    let long = "I%20have%20worked%20as%20a%20cook%20for%20six%20years%20and%20I%20train%20the%20new%20cooks%20on%20every%20shift%20we%20open.";
    let form =
        format!("csrf={token}&action=preview&name=Sam%20Rivera&today=I%20am%2042.&work={long}");
    let (status, _, body) = post_form(&app, &token, &form, &[]).await;
    let body = String::from_utf8_lossy(&body);
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Preview") && body.contains("I am 42."));
    assert_eq!(
        body.matches("This part is short").count(),
        1,
        "only the short part warns"
    );
    // Download: a real PDF with the words in it.
    let form = format!("csrf={token}&action=pdf&name=Sam%20Rivera&today=I%20am%2042.&work={long}");
    let (status, headers, pdf) = post_form(&app, &token, &form, &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        headers.get(header::CONTENT_TYPE).expect("type"),
        "application/pdf"
    );
    assert!(pdf.starts_with(b"%PDF"));
    // Refusals: no name, a bad token, another site.
    let (status, _, _) = post_form(
        &app,
        &token,
        &format!("csrf={token}&action=pdf&today=Hi"),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _, _) = post_form(
        &app,
        &token,
        "csrf=ffffffffffffffffffffffffffffffff&action=pdf&name=A&today=B",
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, _) =
        post_form(&app, &token, &form, &[("origin", "https://evil.example")]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_screener_is_rate_limited_per_address() {
    let (app, _dir) = app().await;
    let mut refused = 0;
    let mut spanish = 0;
    for i in 0..80 {
        let es = i % 2 == 1;
        let asks: &[(&str, &str)] = if es {
            &[("accept-language", "es-MX,es;q=0.9")]
        } else {
            &[]
        };
        let (status, headers, body) = get(&app, "/screener?convicted=yes", asks).await;
        if status == StatusCode::TOO_MANY_REQUESTS {
            refused += 1;
            // A page in the reader's language that says how long to wait.
            let wait = headers
                .get(header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .expect("Retry-After");
            assert!(
                wait.parse::<u64>().is_ok_and(|w| w >= 1),
                "wait at least a second, not {wait}"
            );
            if es {
                spanish += 1;
                let unit = if wait == "1" { "segundo" } else { "segundos" };
                assert!(body.contains(&format!("Espere {wait} {unit} e")), "{body}");
                assert!(!body.contains("Please wait"), "{body}");
            } else {
                let unit = if wait == "1" { "second" } else { "seconds" };
                assert!(body.contains(&format!("wait {wait} {unit} and")), "{body}");
                assert!(!body.contains("Espere"), "{body}");
            }
        }
    }
    assert!(spanish > 0, "some refusals in Spanish");
    assert!(refused > 0, "80 quick steps from one address: some refused");
}

#[tokio::test]
async fn uploads_are_rate_limited_per_address() {
    let (app, _dir) = app().await;
    let mut limited = 0;
    for _ in 0..14 {
        let (status, _, _) = post_form(&app, "0", "csrf=0&action=preview", &[]).await;
        if status == StatusCode::TOO_MANY_REQUESTS {
            limited += 1;
        }
    }
    assert!(limited >= 3, "{limited} of 14 limited");
}

/// Upload a sheet asking to keep the results; the response (a redirect to
/// the private link). `cookies` is the whole `Cookie` header.
async fn check_and_keep(
    app: &axum::Router,
    csrf: &str,
    cookies: impl AsRef<str>,
    sheet: &[u8],
) -> axum::response::Response {
    let (ctype, body) = multipart_with(csrf, sheet, &[("save", "yes")]);
    let req = Request::builder()
        .method("POST")
        .uri("/check")
        .header(header::CONTENT_TYPE, ctype)
        .header(header::COOKIE, cookies.as_ref())
        .header(header::HOST, "localhost")
        .extension(axum::extract::ConnectInfo(std::net::SocketAddr::from((
            [127, 0, 0, 1],
            40001,
        ))))
        .body(Body::from(body))
        .expect("req");
    app.clone().oneshot(req).await.expect("res")
}

/// The first `name="..."` of a form field whose name ends with `suffix`.
fn field_named(body: &str, suffix: &str) -> Option<String> {
    body.split("name=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .find(|name| name.ends_with(suffix))
        .map(str::to_string)
}

#[tokio::test]
async fn my_case_is_kept_sealed_answered_audited_and_deleted() {
    for db in store::testing::databases().await {
        my_case(&db).await;
    }
}

async fn my_case(db: &Scratch) {
    let (app, store) = app_on(db).await;
    let (_, headers, _) = get(&app, "/check", &[]).await;
    let cookie = headers
        .get(header::SET_COOKIE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim_start_matches("csrf=").split(';').next())
        .expect("csrf cookie")
        .to_string();
    let csrf_header = format!("csrf={cookie}");

    // Check a sheet and keep the results: sent to the private link.
    let sheet = scenario("009-prop47-value-from-facts.txt");
    let res = check_and_keep(&app, &cookie, &csrf_header, &sheet).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let link = res
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .expect("location")
        .to_string();
    let token = link
        .strip_prefix("/case/")
        .expect("a case link")
        .to_string();
    assert_eq!(token.len(), 43);

    // The database holds neither the link nor the record in clear text.
    let file = db.url.strip_prefix("sqlite://").unwrap_or_default();
    for file in [file.to_string(), format!("{file}-wal")] {
        let bytes = std::fs::read(&file).unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("ESCOBEDO"), "{file} holds the name");
        assert!(!text.contains(&token), "{file} holds the link");
    }

    // The saved results, with the question the record cannot answer.
    let (status, headers, before) = get(&app, &link, &[("cookie", &csrf_header)]).await;
    assert_eq!(status, StatusCode::OK, "{before}");
    assert_eq!(
        headers.get(header::CACHE_CONTROL).expect("no-store"),
        "no-store"
    );
    assert!(before.contains("Your private link"));
    const PROP47: &str = "Proposition 47: felony changed to a misdemeanor (PC 1170.18)</strong>: ";
    assert!(
        before.contains(&format!("{PROP47}Needs review")),
        "{before}"
    );
    let field = field_named(&before, "/theft_value_usd").expect("the value question");

    // A wrong answer is refused and nothing changes; a bad token too.
    let answers = format!("{link}/answers");
    let (status, _, body) = post_form_to(
        &app,
        &answers,
        &cookie,
        &format!("csrf={cookie}&{field}=lots"),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    // The page names the question, keeps what was typed and marks it.
    let body = String::from_utf8_lossy(&body);
    assert!(body.contains("could not read your answer to these questions"));
    let alert = &body[body.find("role=\"alert\"").expect("alert")..];
    let label_start = before.find("<legend>").expect("a question") + "<legend>".len();
    let label = &before[label_start..][..before[label_start..].find(" <span").unwrap_or(20)];
    assert!(
        alert.contains(&format!("<li>{label}</li>")),
        "{label}: {alert}"
    );
    assert!(body.contains("class=\"refused\""), "{body}");
    assert!(body.contains("value=\"lots\""), "what was typed is kept");
    let (status, _, _) = post_form_to(
        &app,
        &answers,
        &cookie,
        &format!("csrf=0123456789abcdef0123456789abcdef&{field}=300"),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // Answering updates the results: $300 settles Prop 47.
    let (status, headers, _) = post_form_to(
        &app,
        &answers,
        &cookie,
        &format!("csrf={cookie}&{field}=300"),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(
        headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|l| l.starts_with(&link))
    );
    let (_, _, after) = get(&app, &link, &[("cookie", &csrf_header)]).await;
    assert!(field_named(&after, "/theft_value_usd").is_none(), "settled");
    assert!(
        after.contains(&format!("{PROP47}You can ask now")),
        "{after}"
    );

    // Another person's link, or no link at all: nothing.
    let (status, _, body) = get(&app, &format!("/case/{}", store::new_token()), &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("This link does not work"));
    let (status, _, _) = get(&app, "/case/not-a-token", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Every read and change is in the audit trail, without the link.
    let id = store::token_id(&token).expect("id");
    let subject = format!("case:{}", &id[..16]);
    let actions: Vec<String> = store
        .audit_of(&subject)
        .await
        .expect("trail")
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, ["create", "read", "answer", "read"]);
    let trail = store.audit_of(&subject).await.expect("trail");
    assert!(trail.iter().all(|e| e.actor == "link"), "not signed in");

    // One button deletes everything; the link then opens nothing.
    let (status, _, body) = post_form_to(
        &app,
        &format!("{link}/delete"),
        &cookie,
        &format!("csrf={cookie}"),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(String::from_utf8_lossy(&body).contains("deleted"));
    let (status, _, _) = get(&app, &link, &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        store
            .audit_of(&subject)
            .await
            .expect("trail")
            .last()
            .map(|e| e.action.as_str()),
        Some("delete")
    );
}

/// A log writer the test can read back.
#[derive(Clone, Default)]
struct Captured(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("log").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn requests_carry_an_id_logs_hold_no_personal_data_and_failures_show_the_id() {
    let log = Captured::default();
    let writer = log.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let db = store::testing::sqlite();
    let (app, store) = app_on(&db).await;
    let (_, headers, _) = get(&app, "/", &[]).await;
    let id = headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .expect("a request id");
    assert_eq!(id.len(), 36, "a UUID: {id}");

    // Save a case, then open it: the log names routes, never the link or
    // anything from the record.
    let (_, headers, _) = get(&app, "/check", &[]).await;
    let cookie = headers
        .get(header::SET_COOKIE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim_start_matches("csrf=").split(';').next())
        .expect("csrf")
        .to_string();
    let res = check_and_keep(
        &app,
        &cookie,
        format!("csrf={cookie}"),
        &scenario("009-prop47-value-from-facts.txt"),
    )
    .await;
    let link = res
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .expect("link")
        .to_string();
    let (status, _, _) = get(&app, &link, &[]).await;
    assert_eq!(status, StatusCode::OK);
    let text = String::from_utf8(log.0.lock().expect("log").clone()).expect("utf-8");
    assert!(text.contains("/case/{token}"), "{text}");
    let token = link.trim_start_matches("/case/");
    assert!(!text.contains(token), "the link is in the log");
    assert!(
        !text.contains("ESCOBEDO") && !text.contains("CM038812"),
        "{text}"
    );

    // The same database under another key: the case cannot be opened, and
    // the page says so with the request's id, for whoever helps.
    let other = clearslate_web::app(clearslate_web::AppState {
        store: store::Store::open(&db.url).await.expect("store"),
        vault: std::sync::Arc::new(store::Vault::new([1; 32])),
        admins: std::sync::Arc::new(Vec::new()),
        rate_limits: true,
        recent: Default::default(),
        mail: None,
    });
    let (status, headers, body) = get(&other, &link, &[]).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    let id = headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .expect("id");
    assert!(body.contains(id), "{body}");
    drop(store);
}

/// The value a `Set-Cookie` header gives `name`, if any.
fn set_cookie(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.strip_prefix(&format!("{name}=")))
        .and_then(|v| v.split(';').next())
        .map(str::to_string)
}

#[tokio::test]
async fn an_account_keeps_cases_signs_out_and_deletes_everything() {
    for db in store::testing::databases().await {
        account(&db).await;
    }
}

async fn account(db: &Scratch) {
    let (app, _) = app_on(db).await;
    let (_, headers, body) = get(&app, "/account", &[]).await;
    assert!(body.contains("Create an account") && body.contains("Sign in"));
    let csrf = set_cookie(&headers, "csrf").expect("csrf");
    let form = |login: &str, password: &str| {
        format!(
            "csrf={csrf}&login={}&password={password}",
            login.replace('@', "%40")
        )
    };

    // A short password, then a good one: signed in.
    let (status, _, _) = post_form_to(
        &app,
        "/account/register",
        &csrf,
        &form("ana@example.org", "short"),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, headers, _) = post_form_to(
        &app,
        "/account/register",
        &csrf,
        &form("Ana@Example.org", "a long enough password"),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let sid = set_cookie(&headers, "sid").expect("session cookie");
    let session = format!("sid={sid}");
    let (_, _, body) = get(&app, "/account", &[("cookie", &session)]).await;
    assert!(body.contains("Your saved results") && body.contains("no saved results"));

    // Results kept while signed in are listed on the account page.
    let res = check_and_keep(
        &app,
        &csrf,
        format!("csrf={csrf}; {session}"),
        &scenario("001-misdemeanor-probation-completed.txt"),
    )
    .await;
    let link = res
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .expect("link")
        .to_string();
    let (_, _, body) = get(&app, "/account", &[("cookie", &session)]).await;
    assert!(body.contains(&format!("href=\"{link}\"")), "{body}");

    // A wrong password and an unknown login get the same answer.
    for (login, password) in [
        ("ana@example.org", "not the password"),
        ("bo@example.org", "a long enough password"),
    ] {
        let (status, _, body) =
            post_form_to(&app, "/account/login", &csrf, &form(login, password), &[]).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert!(String::from_utf8_lossy(&body).contains("do not match"));
    }

    // Signing out ends the session.
    let (status, headers, _) = post_form_to(
        &app,
        "/account/logout",
        &csrf,
        &format!("csrf={csrf}"),
        &[("cookie", &session)],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(set_cookie(&headers, "sid").as_deref(), Some(""));
    let (_, _, body) = get(&app, "/account", &[("cookie", &session)]).await;
    assert!(body.contains("Create an account"), "signed out");

    // Sign in again, then delete the account: its case goes with it.
    let (status, headers, _) = post_form_to(
        &app,
        "/account/login",
        &csrf,
        &form("ana@example.org", "a long enough password"),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let session = format!("sid={}", set_cookie(&headers, "sid").expect("sid"));
    let (status, _, body) = post_form_to(
        &app,
        "/account/delete",
        &csrf,
        &format!("csrf={csrf}"),
        &[("cookie", &session)],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(String::from_utf8_lossy(&body).contains("deleted"));
    let (status, _, _) = get(&app, &link, &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn signing_in_is_rate_limited_per_address() {
    let (app, _dir) = app().await;
    let (_, headers, _) = get(&app, "/account", &[]).await;
    let csrf = set_cookie(&headers, "csrf").expect("csrf");
    let mut refused = 0;
    for _ in 0..8 {
        let (status, _, _) = post_form_to(
            &app,
            "/account/login",
            &csrf,
            &format!("csrf={csrf}&login=x%40example.org&password=guess"),
            &[],
        )
        .await;
        if status == StatusCode::TOO_MANY_REQUESTS {
            refused += 1;
        }
    }
    assert!(
        refused >= 3,
        "8 quick tries from one address: {refused} refused"
    );
}

/// Create an account and return its session cookie (`sid=...`).
async fn signed_up(app: &axum::Router, csrf: &str, login: &str) -> String {
    let (status, headers, _) = post_form_to(
        app,
        "/account/register",
        csrf,
        &format!(
            "csrf={csrf}&login={}&password=a+long+enough+password",
            login.replace('@', "%40")
        ),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    format!("sid={}", set_cookie(&headers, "sid").expect("sid"))
}

#[tokio::test]
async fn administrators_edit_the_directory_and_no_one_else_sees_it() {
    for db in store::testing::databases().await {
        administrators(&db).await;
    }
}

async fn administrators(db: &Scratch) {
    let (app, store) = app_on(db).await;
    let (_, headers, _) = get(&app, "/account", &[]).await;
    let csrf = set_cookie(&headers, "csrf").expect("csrf");
    let admin = signed_up(&app, &csrf, "admin@example.org").await;
    let person = signed_up(&app, &csrf, "person@example.org").await;

    // Not signed in, or signed in but not an administrator: no such page.
    assert_eq!(get(&app, "/admin", &[]).await.0, StatusCode::NOT_FOUND);
    assert_eq!(
        get(&app, "/admin", &[("cookie", &person)]).await.0,
        StatusCode::NOT_FOUND
    );
    let add = format!(
        "csrf={csrf}&county=FRESNO&name=Central+Valley+Legal+Aid&phone=559-555-0100&website=https%3A%2F%2Fexample.org&languages=en%2C+es&notes="
    );
    let (status, _, _) = post_form_to(
        &app,
        "/admin/providers",
        &csrf,
        &add,
        &[("cookie", &person)],
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // The administrator adds a provider: "Find help" shows it.
    let (status, _, body) = get(&app, "/admin?county=FRESNO", &[("cookie", &admin)]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, _, _) =
        post_form_to(&app, "/admin/providers", &csrf, &add, &[("cookie", &admin)]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, _, help) = get(&app, "/help?county=fresno", &[]).await;
    assert!(help.contains("Central Valley Legal Aid"), "{help}");
    // A web site that is not a web address is refused.
    let bad = add.replace("https%3A%2F%2Fexample.org", "javascript%3Aalert(1)");
    let (status, _, _) =
        post_form_to(&app, "/admin/providers", &csrf, &bad, &[("cookie", &admin)]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    // And removes it; both changes are in the audit trail.
    let id = store.providers("FRESNO").await.expect("providers")[0].id;
    let (status, _, _) = post_form_to(
        &app,
        &format!("/admin/providers/{id}/delete"),
        &csrf,
        &format!("csrf={csrf}"),
        &[("cookie", &admin)],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(
        !get(&app, "/help?county=fresno", &[])
            .await
            .2
            .contains("Central Valley")
    );
    let actions: Vec<String> = store
        .audit_of(&format!("provider:{id}"))
        .await
        .expect("trail")
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, ["provider-add", "provider-delete"]);
}

#[tokio::test]
async fn a_forgotten_password_is_reset_by_an_emailed_link() {
    for db in store::testing::databases().await {
        forgotten_password(&db).await;
    }
    // Without email, the page says what to do instead.
    let (app, _db) = app().await;
    let (status, _, body) = get(&app, "/account/forgot", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("cannot send email"), "{body}");
    assert!(!body.contains("action=\"/account/forgot\""), "{body}");
}

/// A message as a mail program shows it: quoted-printable soft line
/// breaks joined and `=XX` bytes decoded (headers and plain text alike).
fn quoted_printable(text: &str) -> String {
    let joined = text.replace("=\r\n", "").replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'=', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The emails written to `dir` so far, oldest first, waiting up to 5 s for
/// `n` of them (they leave in the background).
async fn emails(dir: &std::path::Path, n: usize) -> Vec<String> {
    for _ in 0..50 {
        let mut found: Vec<(std::time::SystemTime, String)> = std::fs::read_dir(dir)
            .map(|d| {
                d.filter_map(Result::ok)
                    .filter_map(|e| {
                        let modified = e.metadata().ok()?.modified().ok()?;
                        let text = std::fs::read_to_string(e.path()).ok()?;
                        // A file just created may not hold its message yet.
                        (!text.is_empty()).then_some((modified, text))
                    })
                    .collect()
            })
            .unwrap_or_default();
        if found.len() >= n {
            found.sort();
            return found
                .into_iter()
                .map(|(_, text)| quoted_printable(&text))
                .collect();
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("{n} emails expected in {}", dir.display());
}

async fn forgotten_password(db: &Scratch) {
    let mail_dir = tempfile::tempdir().expect("tmp");
    let store = store::Store::open(&db.url).await.expect("store");
    let app = clearslate_web::app(clearslate_web::AppState {
        store,
        vault: std::sync::Arc::new(store::Vault::new([9; 32])),
        admins: std::sync::Arc::new(Vec::new()),
        rate_limits: false,
        recent: Default::default(),
        mail: Some(
            clearslate_web::mail::Mailer::dir(
                mail_dir.path(),
                "clearslate <no-reply@example.org>",
                "https://clearslate.example.org/",
            )
            .expect("mailer"),
        ),
    });
    let (status, headers, body) = get(&app, "/account/forgot", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("action=\"/account/forgot\""), "{body}");
    let csrf = set_cookie(&headers, "csrf").expect("csrf");
    let old_session = signed_up(&app, &csrf, "reset@example.org").await;

    // The same answer for an unknown address as for a known one.
    let ask = |login: &str| format!("csrf={csrf}&login={}", login.replace('@', "%40"));
    let (status, _, unknown) = post_form_to(
        &app,
        "/account/forgot",
        &csrf,
        &ask("nobody@example.org"),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (_, _, known) = post_form_to(
        &app,
        "/account/forgot",
        &csrf,
        &ask("Reset@Example.org"),
        &[],
    )
    .await;
    assert_eq!(unknown, known);
    assert!(String::from_utf8_lossy(&known).contains("If an account uses that email"));
    let (status, _, _) =
        post_form_to(&app, "/account/forgot", &csrf, &ask("5105550100"), &[]).await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a phone gets no email"
    );

    // One email, to that address, with a link to this site.
    let sent = emails(mail_dir.path(), 1).await;
    assert_eq!(sent.len(), 1, "nothing for the unknown address");
    let email = &sent[0];
    assert!(email.contains("To: reset@example.org"), "{email}");
    assert!(
        email.contains("Subject: Your clearslate password"),
        "{email}"
    );
    const LINK: &str = "https://clearslate.example.org/account/reset/";
    let start = email.find(LINK).expect("the link") + LINK.len();
    let token: String = email[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    assert_eq!(token.len(), 43, "{email}");

    // Asked in Spanish, the email is in Spanish.
    post_form_to(
        &app,
        "/account/forgot",
        &csrf,
        &ask("reset@example.org"),
        &[("accept-language", "es")],
    )
    .await;
    let sent = emails(mail_dir.path(), 2).await;
    assert!(
        sent.iter()
            .any(|e| e.contains("Alguien pidió una contraseña nueva")),
        "{sent:?}"
    );

    // The link opens a form; a short password is refused; a good one is
    // set, signs in, and signs every other session out.
    let reset = format!("/account/reset/{token}");
    let (status, _, body) = get(&app, &reset, &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains(&format!("action=\"{reset}\"")), "{body}");
    let (status, _, _) = post_form_to(
        &app,
        &reset,
        &csrf,
        &format!("csrf={csrf}&password=short"),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, headers, _) = post_form_to(
        &app,
        &reset,
        &csrf,
        &format!("csrf={csrf}&password=a+brand+new+password"),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(set_cookie(&headers, "sid").is_some(), "signed in");
    let (_, _, body) = get(&app, "/account", &[("cookie", &old_session)]).await;
    assert!(body.contains("Create an account"), "the old session ended");
    let login =
        |password: &str| format!("csrf={csrf}&login=reset%40example.org&password={password}");
    let (status, _, _) = post_form_to(
        &app,
        "/account/login",
        &csrf,
        &login("a+long+enough+password"),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "the old password");
    let (status, _, _) = post_form_to(
        &app,
        "/account/login",
        &csrf,
        &login("a+brand+new+password"),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "the new password");

    // Used once: the link (and the Spanish one sent after it) no longer work.
    let (status, _, body) = get(&app, &reset, &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("This link does not work"), "{body}");
    let (status, _, _) = get(&app, "/account/reset/not-a-token", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
