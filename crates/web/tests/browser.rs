//! Real pages in real headless Chromium (Debian's `chromium` and
//! `chromium-driver`, driven over WebDriver with fantoccini), against the
//! real server on a temporary SQLite file: the screener, a record check
//! with a scenario sheet, the Spanish switch and the declaration builder,
//! each with JavaScript on and off; axe-core finds no serious or critical
//! accessibility problem on any page; every page fits a 320 px phone.
//! Screenshots at 320 px and 1280 px are kept in
//! `$CARGO_TARGET_TMPDIR/screenshots` as test artifacts.
//!
//! `.ci/run` installs Chromium, its driver and axe-core (npm) into
//! `~/.cache/clearslate`; `AXE_CORE_JS` points elsewhere.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

/// The administrator's login (the directory page).
const ADMIN: &str = "admin@example.org";

/// The server on a free port, with its own database: PostgreSQL when
/// `CLEARSLATE_TEST_POSTGRES` names a server (as in CI), else SQLite (the
/// HTTP tests cover both). `rate_limits` as `serve` has them, or off for a
/// test that does in seconds, from one address, more than one person does
/// (the limits have their own tests in `http.rs`).
async fn server(rate_limits: bool) -> (String, store::testing::Scratch) {
    let db = match store::testing::postgres().await {
        Some(db) => db,
        None => store::testing::sqlite(),
    };
    let store = store::Store::open(&db.url).await.expect("store");
    let state = clearslate_web::AppState {
        store,
        vault: std::sync::Arc::new(store::Vault::new([3; 32])),
        admins: std::sync::Arc::new(vec![ADMIN.to_string()]),
        rate_limits,
        recent: Default::default(),
        mail: None,
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        let app = clearslate_web::app(state).into_make_service_with_connect_info::<SocketAddr>();
        let _ = axum::serve(listener, app).await;
    });
    (format!("http://{addr}"), db)
}

/// chromedriver on a free port; killed when dropped.
struct Driver {
    child: Child,
    port: u16,
    _profiles: tempfile::TempDir,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port()
}

fn driver() -> Driver {
    let port = free_port();
    let child = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver is not installed: install Debian's chromium and chromium-driver (.ci/run does)");
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Driver {
        child,
        port,
        _profiles: tempfile::tempdir().expect("tmp"),
    }
}

/// A fresh browser: JavaScript on or off; `width` 320 emulates a phone.
async fn browser(d: &Driver, js: bool, width: u32) -> Client {
    let profile = d._profiles.path().join(format!("p{}", free_port()));
    let mut options = json!({
        "args": [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--no-first-run",
            format!("--user-data-dir={}", profile.display()),
            "--window-size=1280,900",
        ],
    });
    if !js {
        options["prefs"] = json!({ "profile.managed_default_content_settings.javascript": 2 });
    }
    if width < 1000 {
        options["mobileEmulation"] =
            json!({ "deviceMetrics": { "width": width, "height": 720, "pixelRatio": 1.0 } });
    }
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), json!("chrome"));
    caps.insert("goog:chromeOptions".into(), options);
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    ClientBuilder::new(connector)
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", d.port))
        .await
        .expect("a Chromium session")
}

fn scenario(name: &str) -> PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/fixtures/scenarios")
        .join(name)
        .canonicalize()
        .expect("scenario sheet")
}

/// Wait (up to 20 s) for an element: a form's answer may still be loading.
/// When it never comes, the page the browser shows instead is printed
/// (an error or a rate-limit page says why).
async fn wait_for(c: &Client, css: &str) {
    if let Err(e) = c
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(css))
        .await
    {
        let url = c.current_url().await.map(|u| u.to_string());
        let page = c.source().await.unwrap_or_default();
        let main = page.find("<main").map_or(&page[..], |i| &page[i..]);
        let main: String = main.chars().take(3000).collect();
        panic!("waiting for {css}: {e}\nthe browser shows {url:?}:\n{main}");
    }
}

async fn source(c: &Client) -> String {
    c.source().await.expect("page source")
}

async fn click(c: &Client, css: &str) {
    c.find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("click {css}: {e}"));
}

/// The screener to its end: the first choice each time, a year when asked.
async fn screener(c: &Client, base: &str) {
    c.goto(&format!("{base}/screener")).await.expect("screener");
    for _ in 0..15 {
        let page = source(c).await;
        if !page.contains("<fieldset>") {
            break;
        }
        if page.contains("type=\"radio\"") {
            click(c, "input[type=radio]").await;
        } else {
            c.find(Locator::Css("input[type=number]"))
                .await
                .expect("year")
                .send_keys("2015")
                .await
                .expect("type");
        }
        let before = c.current_url().await.expect("url");
        click(c, "form button[type=submit]").await;
        // Each answer is a new address (the screener is plain GET forms).
        for _ in 0..100 {
            if c.current_url().await.expect("url") != before {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    let page = source(c).await;
    assert!(!page.contains("<fieldset>"), "the screener ended");
    assert!(page.contains("What to do next"), "{page}");
}

/// Upload a scenario sheet and see its expected remedy.
async fn check(c: &Client, base: &str) {
    c.goto(&format!("{base}/check")).await.expect("check");
    let path = scenario("002-probation-violation-discretionary.txt");
    c.find(Locator::Id("sheet"))
        .await
        .expect("file input")
        .send_keys(&path.display().to_string())
        .await
        .expect("choose file");
    click(c, "form button[type=submit]").await;
    wait_for(c, "h1#results").await;
    let page = source(c).await;
    assert!(page.contains("Your results"), "{page}");
    assert!(page.contains("Dismissal after probation (PC 1203.4)"));
    assert!(page.contains("MS318870"));
}

/// Keep results under a private link, answer the record's question, see the
/// results change, then delete everything.
async fn my_case(c: &Client, base: &str) {
    c.goto(&format!("{base}/check")).await.expect("check");
    let path = scenario("009-prop47-value-from-facts.txt");
    c.find(Locator::Id("sheet"))
        .await
        .expect("file input")
        .send_keys(&path.display().to_string())
        .await
        .expect("choose file");
    click(c, "input[name=save]").await;
    click(c, "form button[type=submit]").await;
    wait_for(c, "#saved-h").await;
    let field = c
        .find(Locator::Css("input[name$='/theft_value_usd']"))
        .await
        .expect("the value question");
    field.send_keys("300").await.expect("type");
    click(c, "form.questions button[type=submit]").await;
    // The same page again, now without that question.
    for _ in 0..100 {
        if !source(c).await.contains("/theft_value_usd") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let page = source(c).await;
    assert!(
        page.contains(
            "Proposition 47: felony changed to a misdemeanor (PC 1170.18)</strong>: You can ask now"
        ),
        "{page}"
    );
    let link = c.current_url().await.expect("url");
    click(c, "form.delete button").await;
    for _ in 0..100 {
        if source(c).await.contains("are deleted") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(source(c).await.contains("are deleted"), "deleted");
    c.goto(link.as_str()).await.expect("link again");
    assert!(source(c).await.contains("This link does not work"));
}

/// The switch on every page: Spanish, remembered on the next page.
async fn spanish(c: &Client, base: &str) {
    c.goto(&format!("{base}/learn")).await.expect("learn");
    c.find(Locator::LinkText("Español"))
        .await
        .expect("switch")
        .click()
        .await
        .expect("click");
    wait_for(c, "html[lang=es]").await;
    c.goto(&format!("{base}/help")).await.expect("help");
    assert!(source(c).await.contains("<html lang=\"es\">"), "remembered");
    c.goto(&format!("{base}/lang/en?next=/"))
        .await
        .expect("back");
}

/// A statement: preview it, then download the PDF (the answer is a PDF).
async fn declaration(c: &Client, base: &str) {
    c.goto(&format!("{base}/declaration"))
        .await
        .expect("declaration");
    c.find(Locator::Id("name"))
        .await
        .expect("name")
        .send_keys("ALEX SAMPLE")
        .await
        .expect("type");
    let areas = c
        .find_all(Locator::Css("textarea"))
        .await
        .expect("textareas");
    for a in &areas {
        a.send_keys("I work full time as a cook and I help my mother every week.")
            .await
            .expect("type");
    }
    click(c, "button[value=preview]").await;
    wait_for(c, ".preview").await;
    let page = source(c).await;
    assert!(page.contains("I work full time as a cook"), "preview");
    assert!(page.contains("ALEX SAMPLE"));
    // The download answers with a PDF; the browser saves it, so the page
    // stays. Its bytes are checked in the HTTP tests.
    click(c, "button[value=pdf]").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn flows_work_with_javascript_on_and_off() {
    // Every flow twice (JavaScript on, then off) sends more uploads than
    // one address may send in a minute.
    let (base, _db) = server(false).await;
    let d = driver();
    for js in [true, false] {
        let c = browser(&d, js, 1280).await;
        screener(&c, &base).await;
        check(&c, &base).await;
        my_case(&c, &base).await;
        spanish(&c, &base).await;
        declaration(&c, &base).await;
        c.close().await.expect("close");
    }
}

const PAGES: &[(&str, &str)] = &[
    ("home", "/"),
    ("learn", "/learn"),
    ("effects", "/learn/effects"),
    ("rap-sheet", "/learn/rap-sheet"),
    ("help", "/help?county=fresno"),
    ("screener", "/screener"),
    ("check", "/check"),
    ("declaration", "/declaration"),
    ("account", "/account"),
    ("forgot", "/account/forgot"),
    ("not-found", "/no-such-page"),
];

fn axe_source() -> String {
    let path = std::env::var("AXE_CORE_JS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            PathBuf::from(std::env::var("HOME").unwrap_or_default())
                .join(".cache/clearslate/node_modules/axe-core/axe.min.js")
        });
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "axe-core not found at {} ({e}): `npm install --prefix ~/.cache/clearslate axe-core` (.ci/run does)",
            path.display()
        )
    })
}

/// axe-core's serious and critical violations on the current page.
async fn axe(c: &Client, axe_js: &str) -> Vec<String> {
    c.execute(axe_js, vec![]).await.expect("load axe-core");
    let found = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] })
                .then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ')')))
                .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .expect("axe.run");
    serde_json::from_value(found).unwrap_or_default()
}

/// The page on screen at `width`: at 320 px, axe's serious and critical
/// findings (into `problems`) and no sideways scrolling; a screenshot at
/// every width.
async fn inspect(
    c: &Client,
    name: &str,
    width: u32,
    axe_js: &str,
    shots: &std::path::Path,
    problems: &mut Vec<String>,
) {
    if width == 320 {
        for v in axe(c, axe_js).await {
            problems.push(format!("{name}: {v}"));
        }
        let wide = c
            .execute("return document.documentElement.scrollWidth;", vec![])
            .await
            .expect("width");
        assert!(
            wide.as_u64().is_some_and(|w| w <= u64::from(width)),
            "{name} scrolls sideways at {width} px: {wide}"
        );
    }
    let png = c.screenshot().await.expect("screenshot");
    std::fs::write(shots.join(format!("{name}-{width}.png")), png).expect("save");
}

/// Sign up (as the administrator at 320 px, as a helper at other widths)
/// and keep a saved case in the account: the private pages, by name and
/// address.
async fn private_pages(c: &Client, base: &str, width: u32) -> Vec<(&'static str, String)> {
    c.goto(&format!("{base}/account")).await.expect("account");
    let login = if width == 320 {
        ADMIN.to_string()
    } else {
        format!("helper{width}@example.org")
    };
    c.find(Locator::Id("new-login"))
        .await
        .expect("login field")
        .send_keys(&login)
        .await
        .expect("type");
    c.find(Locator::Id("new-password"))
        .await
        .expect("password field")
        .send_keys("a long enough password")
        .await
        .expect("type");
    click(c, "form[action='/account/register'] button").await;
    wait_for(c, "form[action='/account/logout']").await;
    c.goto(&format!("{base}/check")).await.expect("check");
    c.find(Locator::Id("sheet"))
        .await
        .expect("file input")
        .send_keys(
            &scenario("009-prop47-value-from-facts.txt")
                .display()
                .to_string(),
        )
        .await
        .expect("choose file");
    click(c, "input[name=save]").await;
    click(c, "form button[type=submit]").await;
    wait_for(c, "#saved-h").await;
    let case = c.current_url().await.expect("url").to_string();
    let mut pages = vec![
        ("saved-case", case),
        ("my-account", format!("{base}/account")),
    ];
    if width == 320 {
        pages.push(("admin", format!("{base}/admin")));
    }
    pages
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_are_accessible_and_fit_a_phone() {
    let (base, _db) = server(true).await;
    let d = driver();
    let axe_js = axe_source();
    let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
    std::fs::create_dir_all(&shots).expect("screenshots folder");
    let mut problems = Vec::new();
    for width in [320u32, 1280] {
        let c = browser(&d, true, width).await;
        for (name, path) in PAGES {
            c.goto(&format!("{base}{path}")).await.expect("page");
            inspect(&c, name, width, &axe_js, &shots, &mut problems).await;
        }
        // The pages behind a link or a sign-in: a saved case with its
        // questions, the account with its cases, the directory's editor.
        for (name, url) in private_pages(&c, &base, width).await {
            c.goto(&url).await.expect("page");
            let page = source(&c).await;
            let expect = match name {
                "admin" => "/admin/providers",
                "my-account" => "/case/",
                _ => "class=\"questions\"",
            };
            assert!(page.contains(expect), "{name}: {page}");
            inspect(&c, name, width, &axe_js, &shots, &mut problems).await;
        }
        c.close().await.expect("close");
    }
    assert!(problems.is_empty(), "accessibility: {problems:#?}");
}
