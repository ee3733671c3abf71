//! Persistence for clearslate.
//!
//! One repository type over an embedded SQLite file by default; the
//! migrations in `migrations/sqlite` run at start, so a fresh machine needs
//! nothing but a writable folder. Queries are written once here so the web
//! crate never holds SQL.

use std::str::FromStr;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};

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

/// The store.
#[derive(Clone, Debug)]
pub struct Store {
    pool: SqlitePool,
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
            .foreign_keys(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
        Ok(Self { pool })
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
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
