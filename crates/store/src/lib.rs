//! Persistence for clearslate.
//!
//! One repository type over an embedded SQLite file by default; the
//! migrations in `migrations/sqlite` run at start, so a fresh machine needs
//! nothing but a writable folder. Queries are written once here so the web
//! crate never holds SQL.

use std::str::FromStr;

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
    pool: SqlitePool,
    audit: audit::AuditWriter,
}

/// The default database: a SQLite file in the working folder.
pub const DEFAULT_URL: &str = "sqlite://clearslate.db";

impl Store {
    /// Open (creating if needed) and migrate the database at `url`.
    pub async fn open(url: &str) -> Result<Self, Error> {
        if !url.starts_with("sqlite:") {
            return Err(Error::Url {
                url: url.into(),
                message: "only sqlite: URLs are supported so far".into(),
            });
        }
        let options = SqliteConnectOptions::from_str(url)
            .map_err(|e| Error::Url {
                url: url.into(),
                message: e.to_string(),
            })?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // With WAL, NORMAL never corrupts the file; a power cut may
            // lose the last commits. It spares an fsync on every audit line.
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
        let audit = audit::AuditWriter::spawn(pool.clone());
        Ok(Self { pool, audit })
    }

    /// True when the database answers.
    pub async fn healthy(&self) -> bool {
        sqlx::query_scalar::<_, i64>("SELECT 1")
            .fetch_one(&self.pool)
            .await
            .is_ok()
    }

    /// Every county, by name.
    pub async fn counties(&self) -> Result<Vec<County>, Error> {
        Ok(
            sqlx::query_as::<_, County>("SELECT key, name, court FROM county ORDER BY name")
                .fetch_all(&self.pool)
                .await?,
        )
    }

    /// One county by key or name, any case.
    pub async fn county(&self, key: &str) -> Result<Option<County>, Error> {
        Ok(sqlx::query_as::<_, County>(
            "SELECT key, name, court FROM county WHERE key = upper(?1) OR lower(name) = lower(?1)",
        )
        .bind(key.trim())
        .fetch_optional(&self.pool)
        .await?)
    }

    /// The providers serving a county, by name.
    pub async fn providers(&self, county: &str) -> Result<Vec<Provider>, Error> {
        Ok(sqlx::query_as::<_, Provider>(
            "SELECT id, county, name, phone, website, languages, notes FROM provider WHERE county = ?1 ORDER BY name",
        )
        .bind(county)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Add a provider (administrators); `now` is the caller's clock.
    pub async fn add_provider(&self, p: &Provider, now: &str) -> Result<i64, Error> {
        let id = sqlx::query(
            "INSERT INTO provider (county, name, phone, website, languages, notes, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )
        .bind(&p.county)
        .bind(&p.name)
        .bind(&p.phone)
        .bind(&p.website)
        .bind(&p.languages)
        .bind(&p.notes)
        .bind(now)
        .execute(&self.pool)
        .await?
        .last_insert_rowid();
        Ok(id)
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
        sqlx::query(
            "INSERT INTO case_file (id, created, used, expires, lang, sheet) VALUES (?1, ?2, ?2, ?3, ?4, ?5)",
        )
        .bind(id)
        .bind(now)
        .bind(expires)
        .bind(lang)
        .bind(sheet)
        .execute(&self.pool)
        .await?;
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
        let found = sqlx::query_as::<_, SealedCase>(
            "SELECT lang, sheet, facts, expires FROM case_file WHERE id = ?1 AND expires > ?2",
        )
        .bind(id)
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        let Some(mut case) = found else {
            return Ok(None);
        };
        if expires - case.expires > 24 * 60 * 60 {
            sqlx::query("UPDATE case_file SET used = ?2, expires = ?3 WHERE id = ?1")
                .bind(id)
                .bind(now)
                .bind(expires)
                .execute(&self.pool)
                .await?;
            case.expires = expires;
        }
        Ok(Some(case))
    }

    /// Replace a case's sealed answers; false when there is no such case.
    pub async fn save_facts(&self, id: &str, facts: &[u8]) -> Result<bool, Error> {
        let done = sqlx::query("UPDATE case_file SET facts = ?2 WHERE id = ?1")
            .bind(id)
            .bind(facts)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Delete a case and everything in it; false when there was none.
    pub async fn delete_case(&self, id: &str) -> Result<bool, Error> {
        let done = sqlx::query("DELETE FROM case_file WHERE id = ?1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Remove every case whose time ran out; how many went.
    pub async fn purge_expired(&self, now: i64) -> Result<u64, Error> {
        let done = sqlx::query("DELETE FROM case_file WHERE expires <= ?1")
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    /// Delete a provider (administrators); false when there was none.
    pub async fn delete_provider(&self, id: i64) -> Result<bool, Error> {
        let done = sqlx::query("DELETE FROM provider WHERE id = ?1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// An account's login.
    pub async fn account_login(&self, account: i64) -> Result<Option<String>, Error> {
        Ok(
            sqlx::query_scalar::<_, String>("SELECT login FROM account WHERE id = ?1")
                .bind(account)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// Create an account; `None` when the login is taken.
    pub async fn create_account(
        &self,
        login: &str,
        password_phc: &str,
        now: i64,
    ) -> Result<Option<i64>, Error> {
        let done = sqlx::query(
            "INSERT INTO account (login, password, created) VALUES (?1, ?2, ?3) ON CONFLICT (login) DO NOTHING",
        )
        .bind(login)
        .bind(password_phc)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok((done.rows_affected() == 1).then(|| done.last_insert_rowid()))
    }

    /// An account's id and password hash, by login.
    pub async fn account(&self, login: &str) -> Result<Option<(i64, String)>, Error> {
        Ok(
            sqlx::query_as::<_, (i64, String)>("SELECT id, password FROM account WHERE login = ?1")
                .bind(login)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// Start a session for an account, kept until `expires`.
    pub async fn create_session(&self, id: &str, account: i64, expires: i64) -> Result<(), Error> {
        sqlx::query("INSERT INTO session (id, account, expires) VALUES (?1, ?2, ?3)")
            .bind(id)
            .bind(account)
            .bind(expires)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The account of a live session; its expiry moves to `expires`.
    pub async fn session_account(
        &self,
        id: &str,
        now: i64,
        expires: i64,
    ) -> Result<Option<i64>, Error> {
        Ok(sqlx::query_scalar::<_, i64>(
            "UPDATE session SET expires = ?3 WHERE id = ?1 AND expires > ?2 RETURNING account",
        )
        .bind(id)
        .bind(now)
        .bind(expires)
        .fetch_optional(&self.pool)
        .await?)
    }

    /// End a session.
    pub async fn delete_session(&self, id: &str) -> Result<(), Error> {
        sqlx::query("DELETE FROM session WHERE id = ?1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Keep a case in an account (again is harmless).
    pub async fn attach_case(&self, account: i64, case_id: &str, link: &[u8]) -> Result<(), Error> {
        sqlx::query(
            "INSERT INTO account_case (account, case_id, link) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
        )
        .bind(account)
        .bind(case_id)
        .bind(link)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The cases an account keeps that have not expired, newest first.
    pub async fn account_cases(&self, account: i64, now: i64) -> Result<Vec<AccountCase>, Error> {
        Ok(sqlx::query_as::<_, AccountCase>(
            "SELECT a.case_id, a.link, c.expires, c.created FROM account_case a JOIN case_file c ON c.id = a.case_id WHERE a.account = ?1 AND c.expires > ?2 ORDER BY c.created DESC",
        )
        .bind(account)
        .bind(now)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Delete an account, every case it keeps, and its sessions.
    pub async fn delete_account(&self, account: i64) -> Result<(), Error> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "DELETE FROM case_file WHERE id IN (SELECT case_id FROM account_case WHERE account = ?1)",
        )
        .bind(account)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM account WHERE id = ?1")
            .bind(account)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Remove sessions whose time ran out.
    pub async fn purge_sessions(&self, now: i64) -> Result<u64, Error> {
        let done = sqlx::query("DELETE FROM session WHERE expires <= ?1")
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    /// Add a line to the audit trail.
    /// Add a line to the audit trail; returns once it is committed
    /// (committed together with the lines written at the same time).
    pub async fn audit(&self, entry: &AuditEntry) -> Result<(), Error> {
        self.audit.write(entry.clone()).await.map_err(Error::Audit)
    }

    /// The audit trail of one subject, oldest first.
    pub async fn audit_of(&self, subject: &str) -> Result<Vec<AuditEntry>, Error> {
        Ok(sqlx::query_as::<_, AuditEntry>(
            "SELECT at, actor, action, subject FROM audit WHERE subject = ?1 ORDER BY id",
        )
        .bind(subject)
        .fetch_all(&self.pool)
        .await?)
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
    async fn a_fresh_file_is_migrated_with_58_counties() {
        let dir = tempfile::tempdir().expect("tmp");
        let url = format!("sqlite://{}", dir.path().join("t.db").display());
        let store = Store::open(&url).await.expect("open");
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
        let again = Store::open(&url).await.expect("reopen");
        assert_eq!(again.counties().await.expect("c").len(), 58);
        assert!(Store::open("postgres://x").await.is_err());
    }

    #[tokio::test]
    async fn cases_expire_move_on_use_and_delete() {
        let dir = tempfile::tempdir().expect("tmp");
        let url = format!("sqlite://{}", dir.path().join("c.db").display());
        let store = Store::open(&url).await.expect("open");
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
        let dir = tempfile::tempdir().expect("tmp");
        let url = format!("sqlite://{}", dir.path().join("a.db").display());
        let store = Store::open(&url).await.expect("open");
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
        store.delete_account(a).await.expect("delete");
        assert!(
            store.open_case("c1", 20, 30).await.expect("q").is_none(),
            "its case went too"
        );
        assert!(store.account("a@example.org").await.expect("q").is_none());
    }
}
