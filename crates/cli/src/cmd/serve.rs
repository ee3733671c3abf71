//! `clearslate serve`: the web application.

use std::net::SocketAddr;

use crate::Failure;

/// Arguments of `serve`.
#[derive(clap::Args)]
pub struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Database URL; default: an SQLite file `clearslate.db` in the
    /// working folder, created and migrated at start.
    #[arg(long, value_name = "URL")]
    database: Option<String>,
    /// File holding the key that seals saved cases (64 hex digits); created
    /// with a new random key when missing. `CLEARSLATE_KEY` (the key
    /// itself) takes precedence.
    #[arg(long, value_name = "FILE", default_value = "clearslate.key")]
    key_file: std::path::PathBuf,
}

/// Run `serve`.
pub fn run(args: Args) -> Result<(), Failure> {
    let url = args.database.unwrap_or_else(|| store::DEFAULT_URL.into());
    // One line per request on stderr (see the web crate: no personal data);
    // RUST_LOG changes the level.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .try_init();
    let vault = match std::env::var("CLEARSLATE_KEY") {
        Ok(hex) => store::Vault::from_hex(&hex)
            .map_err(|e| Failure::Input(format!("CLEARSLATE_KEY: {e}")))?,
        Err(_) => {
            let (vault, new) = store::Vault::load_or_create(&args.key_file)
                .map_err(|e| Failure::Input(format!("serve: {e}")))?;
            if new {
                eprintln!(
                    "clearslate: made a new key in {} for saved cases: keep it safe and private; without it saved cases cannot be opened",
                    args.key_file.display()
                );
            }
            vault
        }
    };
    // Administrators (the legal-aid directory): logins from configuration.
    let admins: Vec<String> = std::env::var("CLEARSLATE_ADMINS")
        .unwrap_or_default()
        .split(',')
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            web::account::normalise_login(l).ok_or_else(|| {
                Failure::Input(format!(
                    "CLEARSLATE_ADMINS: {:?} is not an email or a 10-digit phone number",
                    l.trim()
                ))
            })
        })
        .collect::<Result<_, _>>()?;
    // Rate limits per address are on unless CLEARSLATE_RATE_LIMITS=off
    // (behind a proxy that limits on its own, or for a load test).
    let rate_limits = std::env::var("CLEARSLATE_RATE_LIMITS").as_deref() != Ok("off");
    if !rate_limits {
        eprintln!("clearslate: per-address rate limits are off (CLEARSLATE_RATE_LIMITS=off)");
    }
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    let mail = match (env("CLEARSLATE_SMTP_URL"), env("CLEARSLATE_MAIL_DIR")) {
        (None, None) => None,
        (smtp_url, dir) => Some(web::MailSettings {
            smtp_url,
            dir: dir.map(std::path::PathBuf::from),
            from: env("CLEARSLATE_MAIL_FROM").ok_or_else(|| {
                Failure::Input("CLEARSLATE_MAIL_FROM: who email comes from, like \"clearslate <no-reply@example.org>\"".into())
            })?,
            base_url: env("CLEARSLATE_PUBLIC_URL").ok_or_else(|| {
                Failure::Input("CLEARSLATE_PUBLIC_URL: the site's address for links in email, like https://clearslate.example.org".into())
            })?,
        }),
    };
    web::serve_blocking(web::Settings {
        addr: args.addr,
        database: url,
        vault,
        admins,
        rate_limits,
        mail,
    })
    .map_err(|e| Failure::Input(format!("serve: {e}")))
}
