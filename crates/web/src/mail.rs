//! Email: the one message clearslate sends, the link that sets a new
//! password, in the reader's language.
//!
//! Configured by the server's environment (see `clearslate serve`):
//! `CLEARSLATE_SMTP_URL` (an SMTP server, e.g.
//! `smtps://user:password@smtp.example.org`) or `CLEARSLATE_MAIL_DIR` (each
//! message written to a file there: for trying the app and for tests), with
//! `CLEARSLATE_MAIL_FROM` and `CLEARSLATE_PUBLIC_URL` (the address people
//! reach the site at, for the link). Without them no email is sent and the
//! pages say so. Messages are sent in the background, so an answer takes
//! the same time whether or not an account exists; a failure is logged
//! without the address.

use lettre::message::Mailbox;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// How email leaves this server.
#[derive(Clone)]
enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Dir(AsyncFileTransport<Tokio1Executor>),
}

/// A configured mailer.
#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
    /// The site's public address, without a trailing slash.
    pub base_url: String,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the SMTP URL: it may hold a password.
        let how = match self.transport {
            Transport::Smtp(_) => "smtp",
            Transport::Dir(_) => "dir",
        };
        write!(f, "Mailer({how}, from {}, {})", self.from, self.base_url)
    }
}

/// Why the mail configuration cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// A setting is missing or malformed.
    #[error("{0}")]
    Setting(String),
}

impl Mailer {
    /// Messages go to an SMTP server (`smtp://` or `smtps://` URL).
    pub fn smtp(url: &str, from: &str, base_url: &str) -> Result<Self, ConfigError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| ConfigError::Setting(format!("CLEARSLATE_SMTP_URL: {e}")))?
            .build();
        Self::new(Transport::Smtp(transport), from, base_url)
    }

    /// Messages are written as `.eml` files into `dir`.
    pub fn dir(dir: &std::path::Path, from: &str, base_url: &str) -> Result<Self, ConfigError> {
        std::fs::create_dir_all(dir).map_err(|e| {
            ConfigError::Setting(format!("CLEARSLATE_MAIL_DIR {}: {e}", dir.display()))
        })?;
        Self::new(Transport::Dir(AsyncFileTransport::new(dir)), from, base_url)
    }

    fn new(transport: Transport, from: &str, base_url: &str) -> Result<Self, ConfigError> {
        let from = from
            .parse()
            .map_err(|e| ConfigError::Setting(format!("CLEARSLATE_MAIL_FROM {from:?}: {e}")))?;
        let base = base_url.trim_end_matches('/');
        if !(base.starts_with("https://") || base.starts_with("http://")) {
            return Err(ConfigError::Setting(format!(
                "CLEARSLATE_PUBLIC_URL {base_url:?}: give the site's address, like https://clearslate.example.org"
            )));
        }
        Ok(Self {
            transport,
            from,
            base_url: base.to_string(),
        })
    }

    /// Send a plain-text message in the background.
    pub fn send_later(&self, to: &str, subject: String, body: String) {
        let Ok(to) = to.parse::<Mailbox>() else {
            tracing::warn!("mail: an address that cannot be written to");
            return;
        };
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(lettre::message::header::ContentType::TEXT_PLAIN)
            .body(body);
        let Ok(message) = message else {
            tracing::warn!("mail: a message that cannot be built");
            return;
        };
        let transport = self.transport.clone();
        tokio::spawn(async move {
            // The kind of failure only: a server's answer can quote the
            // address.
            let failed = match transport {
                Transport::Smtp(t) => t.send(message).await.err().map(|e| {
                    if e.is_permanent() {
                        "refused by the mail server"
                    } else if e.is_transient() {
                        "the mail server asked to try later"
                    } else if e.is_timeout() {
                        "the mail server did not answer in time"
                    } else {
                        "could not reach the mail server"
                    }
                }),
                Transport::Dir(t) => t
                    .send(message)
                    .await
                    .err()
                    .map(|_| "could not write the file"),
            };
            if let Some(why) = failed {
                tracing::warn!(why, "mail: not sent");
            }
        });
    }
}
