//! Persistence for clearslate.
//!
//! One repository type over an embedded SQLite file by default, or a
//! PostgreSQL database when several web processes share one. The
//! migrations (`migrations/sqlite`, `migrations/postgres`: the same tables
//! in each dialect) run at start, so a fresh machine needs nothing but a
//! writable folder. Queries are written once here, in SQL both databases
//! read, so the web crate never holds SQL.

use std::str::FromStr;

use sqlx::Connection;

use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

mod audit;
pub mod password;
pub mod vault;

pub use vault::{KeyError, Vault, new_token, token_id};

/// A store error.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The database URL is not one we can open.
    #[error("database URL {url}: {message}")]
    Url {
        /// The URL given.
        url: String,
        /// Why it cannot be used.
        message: String,
    },
    /// A query or connection failed.
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    /// The audit line could not be written.
    #[error("audit: {0}")]
    Audit(String),
    /// A migration failed.
    #[error("migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// A county and its superior court.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct County {
    /// As records write it (`LOS ANGELES`).
    pub key: String,
    /// As people write it (`Los Angeles`).
    pub name: String,
    /// The court's name.
    pub court: String,
}

/// A legal-aid provider serving a county.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Provider {
    /// Row id.
    pub id: i64,
    /// County key.
    pub county: String,
    /// Name.
    pub name: String,
    /// Phone.
    pub phone: Option<String>,
    /// Web site.
    pub website: Option<String>,
    /// Languages spoken.
    pub languages: Option<String>,
    /// Anything else people should know.
    pub notes: Option<String>,
}

/// A saved case, still sealed.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct SealedCase {
    /// The language the person chose.
    pub lang: String,
    /// The RAP sheet's text, sealed.
    pub sheet: Vec<u8>,
    /// The answers (JSON), sealed, if any were given.
    pub facts: Option<Vec<u8>>,
    /// When it will be removed (Unix seconds).
    pub expires: i64,
}

/// One line of the audit trail.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct AuditEntry {
    /// When (UTC, `YYYY-MM-DDTHH:MM:SSZ`).
    pub at: String,
    /// Who: `link` (the person's private link), `account:N`, `admin:N`.
    pub actor: String,
    /// What: `create`, `read`, `answer`, `delete`.
    pub action: String,
    /// Whose: `case:` and the first 16 hex digits of the case id (never the
    /// link itself, never a name).
    pub subject: String,
}

/// A case kept by an account.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct AccountCase {
    /// The case's id.
    pub case_id: String,
    /// Its link token, sealed for the account.
    pub link: Vec<u8>,
    /// When it will be removed unless opened (Unix seconds).
    pub expires: i64,
    /// When it was saved (Unix seconds).
    pub created: i64,
}

/// The store.
#[derive(Clone, Debug)]
pub struct Store {
    pool: Pool,
    audit: audit::AuditWriter,
}

/// The default database: a SQLite file in the working folder.
pub const DEFAULT_URL: &str = "sqlite://clearslate.db";

/// The connection pool of whichever database the URL named.
#[derive(Clone, Debug)]
pub(crate) enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Run `$body` with `$p` bound to this store's pool, whichever it is. Each
/// query is written once, in the SQL both databases share (`$1`
/// placeholders, `RETURNING`, `ON CONFLICT`), and compiled for each.
macro_rules! with_pool {
    ($pool:expr, $p:ident => $body:expr) => {
        match $pool {
            crate::Pool::Sqlite($p) => $body,
            crate::Pool::Postgres($p) => $body,
        }
    };
}
pub(crate) use with_pool;

/// Connections each process keeps open.
const CONNECTIONS: u32 = 8;

impl Store {
    /// Open (creating if needed) and migrate the database at `url`:
    /// `sqlite://FILE` (the file is created) or `postgres://...` (the
    /// database must exist; its tables are created).
    pub async fn open(url: &str) -> Result<Self, Error> {
        let bad_url = |e: sqlx::Error| Error::Url {
            url: redact(url),
            message: e.to_string(),
        };
        let cannot_connect = |e: sqlx::Error| Error::Url {
            url: redact(url),
            message: format!("cannot connect: {e}"),
        };
        let pool = if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)
                .map_err(bad_url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                // With WAL, NORMAL never corrupts the file; a power cut may
                // lose the last commits. It spares an fsync on every audit line.
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true);
            let pool = SqlitePoolOptions::new()
                .max_connections(CONNECTIONS)
                .connect_with(options)
                .await
                .map_err(cannot_connect)?;
            sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
            Pool::Sqlite(pool)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let options = PgConnectOptions::from_str(url).map_err(bad_url)?;
            // One connection first: a server that is not there is reported
            // at once (the pool would keep trying for its whole timeout).
            sqlx::PgConnection::connect_with(&options)
                .await
                .map_err(cannot_connect)?
                .close()
                .await?;
            let pool = PgPoolOptions::new()
                .max_connections(CONNECTIONS)
                .connect_with(options)
                .await
                .map_err(cannot_connect)?;
            sqlx::migrate!("./migrations/postgres").run(&pool).await?;
            Pool::Postgres(pool)
        } else {
            return Err(Error::Url {
                url: redact(url),
                message: "use sqlite://FILE or postgres://USER@HOST/DATABASE".into(),
            });
        };
        let audit = audit::AuditWriter::spawn(pool.clone());
        Ok(Self { pool, audit })
    }

    /// Which database this is: `sqlite` or `postgres`.
    pub fn backend(&self) -> &'static str {
        match self.pool {
            Pool::Sqlite(_) => "sqlite",
            Pool::Postgres(_) => "postgres",
        }
    }
    /// True when the database answers.
    pub async fn healthy(&self) -> bool {
        with_pool!(&self.pool, p => sqlx::query("SELECT 1").execute(p).await.is_ok())
    }

    /// Every county, by name.
    pub async fn counties(&self) -> Result<Vec<County>, Error> {
        const SQL: &str = "SELECT key, name, court FROM county ORDER BY name";
        Ok(with_pool!(&self.pool, p => sqlx::query_as(SQL).fetch_all(p).await?))
    }

    /// One county by key or name, any case.
    pub async fn county(&self, key: &str) -> Result<Option<County>, Error> {
        const SQL: &str =
            "SELECT key, name, court FROM county WHERE key = upper($1) OR lower(name) = lower($1)";
        Ok(
            with_pool!(&self.pool, p => sqlx::query_as(SQL).bind(key.trim()).fetch_optional(p).await?),
        )
    }

    /// The providers serving a county, by name.
    pub async fn providers(&self, county: &str) -> Result<Vec<Provider>, Error> {
        const SQL: &str = "SELECT id, county, name, phone, website, languages, notes FROM provider WHERE county = $1 ORDER BY name";
        Ok(with_pool!(&self.pool, p => sqlx::query_as(SQL).bind(county).fetch_all(p).await?))
    }

    /// Add a provider (administrators); `now` is the caller's clock.
    pub async fn add_provider(&self, provider: &Provider, now: &str) -> Result<i64, Error> {
        const SQL: &str = "INSERT INTO provider (county, name, phone, website, languages, notes, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
        Ok(with_pool!(&self.pool, p => sqlx::query_scalar(SQL)
            .bind(&provider.county)
            .bind(&provider.name)
            .bind(&provider.phone)
            .bind(&provider.website)
            .bind(&provider.languages)
            .bind(&provider.notes)
            .bind(now)
            .fetch_one(p)
            .await?))
    }

    /// Delete a provider (administrators); false when there was none.
    pub async fn delete_provider(&self, id: i64) -> Result<bool, Error> {
        const SQL: &str = "DELETE FROM provider WHERE id = $1";
        let done = with_pool!(&self.pool, p => sqlx::query(SQL).bind(id).execute(p).await?.rows_affected());
        Ok(done == 1)
    }

    /// Save a sealed case under `id`, kept until `expires` (Unix seconds).
    pub async fn save_case(
        &self,
        id: &str,
        lang: &str,
        sheet: &[u8],
        now: i64,
        expires: i64,
    ) -> Result<(), Error> {
        const SQL: &str = "INSERT INTO case_file (id, created, used, expires, lang, sheet) VALUES ($1, $2, $2, $3, $4, $5)";
        with_pool!(&self.pool, p => {
            sqlx::query(SQL)
                .bind(id)
                .bind(now)
                .bind(expires)
                .bind(lang)
                .bind(sheet)
                .execute(p)
                .await?;
        });
        Ok(())
    }

    /// The case stored under `id`, unless it expired; opening it moves its
    /// expiry to `expires` (written only when that moves it by more than a
    /// day, so most openings are reads).
    pub async fn open_case(
        &self,
        id: &str,
        now: i64,
        expires: i64,
    ) -> Result<Option<SealedCase>, Error> {
        const FIND: &str =
            "SELECT lang, sheet, facts, expires FROM case_file WHERE id = $1 AND expires > $2";
        const MOVE: &str = "UPDATE case_file SET used = $2, expires = $3 WHERE id = $1";
        let found: Option<SealedCase> = with_pool!(&self.pool, p => sqlx::query_as(FIND)
            .bind(id)
            .bind(now)
            .fetch_optional(p)
            .await?);
        let Some(mut case) = found else {
            return Ok(None);
        };
        if expires - case.expires > 24 * 60 * 60 {
            with_pool!(&self.pool, p => {
                sqlx::query(MOVE).bind(id).bind(now).bind(expires).execute(p).await?;
            });
            case.expires = expires;
        }
        Ok(Some(case))
    }

    /// Replace a case's sealed answers; false when there is no such case.
    pub async fn save_facts(&self, id: &str, facts: &[u8]) -> Result<bool, Error> {
        const SQL: &str = "UPDATE case_file SET facts = $2 WHERE id = $1";
        let done = with_pool!(&self.pool, p => sqlx::query(SQL).bind(id).bind(facts).execute(p).await?.rows_affected());
        Ok(done == 1)
    }

    /// Delete a case and everything in it; false when there was none.
    pub async fn delete_case(&self, id: &str) -> Result<bool, Error> {
        const SQL: &str = "DELETE FROM case_file WHERE id = $1";
        let done = with_pool!(&self.pool, p => sqlx::query(SQL).bind(id).execute(p).await?.rows_affected());
        Ok(done == 1)
    }

    /// Remove every case whose time ran out; how many went.
    pub async fn purge_expired(&self, now: i64) -> Result<u64, Error> {
        const SQL: &str = "DELETE FROM case_file WHERE expires <= $1";
        Ok(
            with_pool!(&self.pool, p => sqlx::query(SQL).bind(now).execute(p).await?.rows_affected()),
        )
    }

    /// An account's login.
    pub async fn account_login(&self, account: i64) -> Result<Option<String>, Error> {
        const SQL: &str = "SELECT login FROM account WHERE id = $1";
        Ok(
            with_pool!(&self.pool, p => sqlx::query_scalar(SQL).bind(account).fetch_optional(p).await?),
        )
    }

    /// Create an account; `None` when the login is taken.
    pub async fn create_account(
        &self,
        login: &str,
        password_phc: &str,
        now: i64,
    ) -> Result<Option<i64>, Error> {
        const SQL: &str = "INSERT INTO account (login, password, created) VALUES ($1, $2, $3) ON CONFLICT (login) DO NOTHING RETURNING id";
        Ok(with_pool!(&self.pool, p => sqlx::query_scalar(SQL)
            .bind(login)
            .bind(password_phc)
            .bind(now)
            .fetch_optional(p)
            .await?))
    }

    /// An account's id and password hash, by login.
    pub async fn account(&self, login: &str) -> Result<Option<(i64, String)>, Error> {
        const SQL: &str = "SELECT id, password FROM account WHERE login = $1";
        Ok(with_pool!(&self.pool, p => sqlx::query_as(SQL).bind(login).fetch_optional(p).await?))
    }

    /// Start a session for an account, kept until `expires`.
    pub async fn create_session(&self, id: &str, account: i64, expires: i64) -> Result<(), Error> {
        const SQL: &str = "INSERT INTO session (id, account, expires) VALUES ($1, $2, $3)";
        with_pool!(&self.pool, p => {
            sqlx::query(SQL).bind(id).bind(account).bind(expires).execute(p).await?;
        });
        Ok(())
    }

    /// The account of a live session; its expiry moves to `expires`.
    pub async fn session_account(
        &self,
        id: &str,
        now: i64,
        expires: i64,
    ) -> Result<Option<i64>, Error> {
        const SQL: &str =
            "UPDATE session SET expires = $3 WHERE id = $1 AND expires > $2 RETURNING account";
        Ok(with_pool!(&self.pool, p => sqlx::query_scalar(SQL)
            .bind(id)
            .bind(now)
            .bind(expires)
            .fetch_optional(p)
            .await?))
    }

    /// End a session.
    pub async fn delete_session(&self, id: &str) -> Result<(), Error> {
        const SQL: &str = "DELETE FROM session WHERE id = $1";
        with_pool!(&self.pool, p => {
            sqlx::query(SQL).bind(id).execute(p).await?;
        });
        Ok(())
    }

    /// Remove sessions whose time ran out.
    pub async fn purge_sessions(&self, now: i64) -> Result<u64, Error> {
        const SQL: &str = "DELETE FROM session WHERE expires <= $1";
        Ok(
            with_pool!(&self.pool, p => sqlx::query(SQL).bind(now).execute(p).await?.rows_affected()),
        )
    }

    /// Keep a password-reset token (by its id) for an account until
    /// `expires`.
    pub async fn create_reset(&self, id: &str, account: i64, expires: i64) -> Result<(), Error> {
        const SQL: &str = "INSERT INTO password_reset (id, account, expires) VALUES ($1, $2, $3)";
        with_pool!(&self.pool, p => {
            sqlx::query(SQL).bind(id).bind(account).bind(expires).execute(p).await?;
        });
        Ok(())
    }

    /// The account a live reset token belongs to.
    pub async fn reset_account(&self, id: &str, now: i64) -> Result<Option<i64>, Error> {
        const SQL: &str = "SELECT account FROM password_reset WHERE id = $1 AND expires > $2";
        Ok(
            with_pool!(&self.pool, p => sqlx::query_scalar(SQL).bind(id).bind(now).fetch_optional(p).await?),
        )
    }

    /// Set an account's password with a reset token, in one transaction:
    /// the token must still be live; it and every other reset token and
    /// every session of the account end (whoever knew the old password is
    /// signed out). The account, or `None` when the token was not live.
    pub async fn reset_password(
        &self,
        id: &str,
        now: i64,
        password_phc: &str,
    ) -> Result<Option<i64>, Error> {
        const TAKE: &str =
            "DELETE FROM password_reset WHERE id = $1 AND expires > $2 RETURNING account";
        const SET: &str = "UPDATE account SET password = $2 WHERE id = $1";
        const RESETS: &str = "DELETE FROM password_reset WHERE account = $1";
        const SESSIONS: &str = "DELETE FROM session WHERE account = $1";
        Ok(with_pool!(&self.pool, p => {
            let mut tx = p.begin().await?;
            let account: Option<i64> = sqlx::query_scalar(TAKE)
                .bind(id)
                .bind(now)
                .fetch_optional(&mut *tx)
                .await?;
            if let Some(a) = account {
                sqlx::query(SET).bind(a).bind(password_phc).execute(&mut *tx).await?;
                sqlx::query(RESETS).bind(a).execute(&mut *tx).await?;
                sqlx::query(SESSIONS).bind(a).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            account
        }))
    }

    /// Remove reset tokens whose time ran out.
    pub async fn purge_resets(&self, now: i64) -> Result<u64, Error> {
        const SQL: &str = "DELETE FROM password_reset WHERE expires <= $1";
        Ok(
            with_pool!(&self.pool, p => sqlx::query(SQL).bind(now).execute(p).await?.rows_affected()),
        )
    }

    /// Keep a case in an account (again is harmless).
    pub async fn attach_case(&self, account: i64, case_id: &str, link: &[u8]) -> Result<(), Error> {
        const SQL: &str = "INSERT INTO account_case (account, case_id, link) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING";
        with_pool!(&self.pool, p => {
            sqlx::query(SQL).bind(account).bind(case_id).bind(link).execute(p).await?;
        });
        Ok(())
    }

    /// The cases an account keeps that have not expired, newest first.
    pub async fn account_cases(&self, account: i64, now: i64) -> Result<Vec<AccountCase>, Error> {
        const SQL: &str = "SELECT a.case_id, a.link, c.expires, c.created FROM account_case a JOIN case_file c ON c.id = a.case_id WHERE a.account = $1 AND c.expires > $2 ORDER BY c.created DESC";
        Ok(
            with_pool!(&self.pool, p => sqlx::query_as(SQL).bind(account).bind(now).fetch_all(p).await?),
        )
    }

    /// Delete an account, every case it keeps, and its sessions, in one
    /// transaction.
    pub async fn delete_account(&self, account: i64) -> Result<(), Error> {
        const CASES: &str = "DELETE FROM case_file WHERE id IN (SELECT case_id FROM account_case WHERE account = $1)";
        const ACCOUNT: &str = "DELETE FROM account WHERE id = $1";
        with_pool!(&self.pool, p => {
            let mut tx = p.begin().await?;
            sqlx::query(CASES).bind(account).execute(&mut *tx).await?;
            sqlx::query(ACCOUNT).bind(account).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Add a line to the audit trail; returns once it is committed
    /// (committed together with the lines written at the same time).
    pub async fn audit(&self, entry: &AuditEntry) -> Result<(), Error> {
        self.audit.write(entry.clone()).await.map_err(Error::Audit)
    }

    /// The audit trail of one subject, oldest first.
    pub async fn audit_of(&self, subject: &str) -> Result<Vec<AuditEntry>, Error> {
        const SQL: &str =
            "SELECT at, actor, action, subject FROM audit WHERE subject = $1 ORDER BY id";
        Ok(with_pool!(&self.pool, p => sqlx::query_as(SQL).bind(subject).fetch_all(p).await?))
    }
}

/// A database URL without its password, for messages and logs.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let user = &url[scheme + 3..at];
            let user = user.split(':').next().unwrap_or_default();
            format!("{}{user}{}", &url[..scheme + 3], &url[at..])
        }
        _ => url.to_string(),
    }
}

/// Scratch databases for tests, in this crate and the ones above it.
#[cfg(any(test, feature = "testing"))]
pub mod testing {
    use sqlx::Connection;

    /// The variable naming a PostgreSQL server the tests may create
    /// databases on (`.ci/postgres start` prints it).
    pub const POSTGRES_VAR: &str = "CLEARSLATE_TEST_POSTGRES";

    /// An empty database; a SQLite file lives as long as this does.
    #[derive(Debug)]
    pub struct Scratch {
        /// Its URL, for [`crate::Store::open`].
        pub url: String,
        _dir: Option<tempfile::TempDir>,
    }

    /// A fresh SQLite file, and a fresh PostgreSQL database when
    /// [`POSTGRES_VAR`] names a server (a note on stderr when it does not).
    pub async fn databases() -> Vec<Scratch> {
        let mut all = vec![sqlite()];
        match postgres().await {
            Some(pg) => all.push(pg),
            None => eprintln!("{POSTGRES_VAR} is not set: PostgreSQL not tested"),
        }
        all
    }

    /// A fresh SQLite file in a temporary folder.
    pub fn sqlite() -> Scratch {
        let dir = tempfile::tempdir().expect("temporary folder");
        let url = format!("sqlite://{}", dir.path().join("test.db").display());
        Scratch {
            url,
            _dir: Some(dir),
        }
    }

    /// A new, empty database on the server [`POSTGRES_VAR`] names.
    pub async fn postgres() -> Option<Scratch> {
        let admin = std::env::var(POSTGRES_VAR).ok()?;
        let id = crate::token_id(&crate::new_token()).expect("a token's id");
        let name = format!("clearslate_test_{}", &id[..16]);
        let mut conn = sqlx::PgConnection::connect(&admin)
            .await
            .unwrap_or_else(|e| panic!("{POSTGRES_VAR}: {e}"));
        sqlx::query(&format!("CREATE DATABASE \"{name}\""))
            .execute(&mut conn)
            .await
            .expect("create a test database");
        let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
        Some(Scratch {
            url: format!("{base}/{name}"),
            _dir: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Run futures concurrently on the test's runtime.
    async fn futures_join_all<F: std::future::Future + Send + 'static>(
        fs: impl Iterator<Item = F>,
    ) -> Vec<F::Output>
    where
        F::Output: Send + 'static,
    {
        let handles: Vec<_> = fs.map(tokio::spawn).collect();
        let mut out = Vec::new();
        for h in handles {
            out.push(h.await.expect("task"));
        }
        out
    }

    #[tokio::test]
    async fn a_fresh_database_is_migrated_with_58_counties() {
        for db in testing::databases().await {
            a_fresh_database_is_migrated(&db.url).await;
        }
        let err = Store::open("mysql://x").await.expect_err("not ours");
        assert!(err.to_string().contains("postgres://"), "{err}");
        // A server that is not there: the message names it, not its password.
        let err = Store::open("postgres://me:secret@127.0.0.1:1/db")
            .await
            .expect_err("nothing listens on port 1");
        let text = err.to_string();
        assert!(
            text.contains("postgres://me@127.0.0.1:1/db") && text.contains("cannot connect"),
            "{text}"
        );
        assert!(!text.contains("secret"), "{text}");
    }

    async fn a_fresh_database_is_migrated(url: &str) {
        let store = Store::open(url).await.expect("open");
        assert!(store.healthy().await);
        let counties = store.counties().await.expect("counties");
        assert_eq!(counties.len(), 58);
        let la = store.county("los angeles").await.expect("q").expect("LA");
        assert_eq!(
            la.court,
            "Superior Court of California, County of Los Angeles"
        );
        let id = store
            .add_provider(
                &Provider {
                    id: 0,
                    county: la.key.clone(),
                    name: "Example Legal Aid".into(),
                    phone: Some("555-0100".into()),
                    website: None,
                    languages: Some("en, es".into()),
                    notes: None,
                },
                "2026-11-23",
            )
            .await
            .expect("add");
        assert!(id > 0);
        assert_eq!(store.providers(&la.key).await.expect("p").len(), 1);
        // Opening again runs no migration twice.
        let again = Store::open(url).await.expect("reopen");
        assert_eq!(again.counties().await.expect("c").len(), 58);
        assert!(again.delete_provider(id).await.expect("delete"));
        assert!(!again.delete_provider(id).await.expect("again"));
    }

    #[tokio::test]
    async fn cases_expire_move_on_use_and_delete() {
        for db in testing::databases().await {
            cases_expire(&db.url).await;
        }
    }

    async fn cases_expire(url: &str) {
        let store = Store::open(url).await.expect("open");
        store
            .save_case("id1", "es", b"sealed", 100, 200)
            .await
            .expect("save");
        // Opening moves the expiry on (when that gains more than a day).
        const LATER: i64 = 200 + 2 * 24 * 60 * 60;
        let c = store
            .open_case("id1", 150, LATER)
            .await
            .expect("q")
            .expect("open");
        assert_eq!((c.lang.as_str(), c.expires), ("es", LATER));
        assert!(c.facts.is_none());
        assert!(store.save_facts("id1", b"f").await.expect("facts"));
        assert!(!store.save_facts("nope", b"f").await.expect("facts"));
        let again = store.open_case("id1", 160, LATER + 10).await.expect("q");
        assert_eq!(
            again.as_ref().and_then(|c| c.facts.clone()),
            Some(b"f".to_vec())
        );
        assert_eq!(
            again.map(|c| c.expires),
            Some(LATER),
            "a small move is not written"
        );
        // Past its expiry it does not open, and the purge removes it.
        assert!(
            store
                .open_case("id1", LATER, LATER + 100)
                .await
                .expect("q")
                .is_none()
        );
        assert_eq!(store.purge_expired(LATER).await.expect("purge"), 1);
        store
            .save_case("id2", "en", b"s", 100, 200)
            .await
            .expect("save");
        assert!(store.delete_case("id2").await.expect("delete"));
        assert!(!store.delete_case("id2").await.expect("again"));
        let entry = AuditEntry {
            at: "2026-11-23T17:00:00Z".into(),
            actor: "link".into(),
            action: "read".into(),
            subject: "case:0123456789abcdef".into(),
        };
        store.audit(&entry).await.expect("audit");
        assert_eq!(
            store.audit_of(&entry.subject).await.expect("trail"),
            vec![entry.clone()]
        );
        // Many lines at once are all committed, in one go or several.
        let writes = (0..300).map(|i| {
            let store = store.clone();
            let mut e = entry.clone();
            e.action = format!("read{i}");
            async move { store.audit(&e).await }
        });
        for done in futures_join_all(writes).await {
            done.expect("committed");
        }
        assert_eq!(
            store.audit_of(&entry.subject).await.expect("trail").len(),
            301
        );
    }

    #[tokio::test]
    async fn accounts_sessions_and_their_cases() {
        for db in testing::databases().await {
            accounts(&db.url).await;
        }
    }

    async fn accounts(url: &str) {
        let store = Store::open(url).await.expect("open");
        let a = store
            .create_account("a@example.org", "phc", 1)
            .await
            .expect("q")
            .expect("new");
        assert!(
            store
                .create_account("a@example.org", "x", 1)
                .await
                .expect("q")
                .is_none()
        );
        assert_eq!(
            store
                .account("a@example.org")
                .await
                .expect("q")
                .map(|x| x.0),
            Some(a)
        );
        store.create_session("s1", a, 100).await.expect("session");
        assert_eq!(
            store.session_account("s1", 50, 200).await.expect("q"),
            Some(a)
        );
        assert_eq!(
            store.session_account("s1", 250, 300).await.expect("q"),
            None,
            "expired"
        );
        store
            .save_case("c1", "en", b"x", 10, 1000)
            .await
            .expect("case");
        store.attach_case(a, "c1", b"link").await.expect("attach");
        store.attach_case(a, "c1", b"link").await.expect("again");
        assert_eq!(store.account_cases(a, 20).await.expect("q").len(), 1);
        // A reset token works once, before it expires, and ends sessions.
        store.create_reset("r1", a, 500).await.expect("reset");
        store.create_reset("r2", a, 500).await.expect("reset");
        assert_eq!(store.reset_account("r1", 400).await.expect("q"), Some(a));
        assert_eq!(
            store.reset_account("r1", 500).await.expect("q"),
            None,
            "expired"
        );
        assert_eq!(
            store.reset_password("r1", 600, "new").await.expect("q"),
            None,
            "too late"
        );
        store
            .create_session("s2", a, 10_000)
            .await
            .expect("session");
        assert_eq!(
            store.reset_password("r1", 400, "new").await.expect("q"),
            Some(a)
        );
        assert_eq!(
            store.account("a@example.org").await.expect("q"),
            Some((a, "new".into()))
        );
        assert_eq!(
            store.reset_password("r1", 400, "again").await.expect("q"),
            None,
            "used"
        );
        assert_eq!(
            store.reset_account("r2", 400).await.expect("q"),
            None,
            "the others went"
        );
        assert_eq!(
            store.session_account("s2", 400, 9_000).await.expect("q"),
            None,
            "signed out"
        );
        store.create_reset("r3", a, 500).await.expect("reset");
        assert_eq!(store.purge_resets(500).await.expect("purge"), 1);
        store.delete_account(a).await.expect("delete");
        assert!(
            store.open_case("c1", 20, 30).await.expect("q").is_none(),
            "its case went too"
        );
        assert!(store.account("a@example.org").await.expect("q").is_none());
    }
}
