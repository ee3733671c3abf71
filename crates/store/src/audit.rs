//! The audit trail's writer: group commit.
//!
//! Every read of a person's data writes an audit line before the page is
//! shown, so under load the lines would queue one commit each behind
//! the database's writer (SQLite has one). One task takes every line waiting, writes them
//! in one transaction and then answers each caller: the caller still waits
//! for its line to be committed, but a hundred waiting callers cost one
//! commit instead of a hundred.

use tokio::sync::{mpsc, oneshot};

use crate::{AuditEntry, Pool, with_pool};

/// The most lines written in one transaction.
const BATCH: usize = 512;

type Job = (AuditEntry, oneshot::Sender<Result<(), String>>);

/// A handle to the writer task.
#[derive(Clone, Debug)]
pub(crate) struct AuditWriter {
    jobs: mpsc::Sender<Job>,
}

impl AuditWriter {
    /// Start the writer on the current runtime.
    pub(crate) fn spawn(pool: Pool) -> Self {
        let (jobs, mut rx) = mpsc::channel::<Job>(4096);
        tokio::spawn(async move {
            let mut batch: Vec<Job> = Vec::with_capacity(BATCH);
            while rx.recv_many(&mut batch, BATCH).await > 0 {
                let result = write(&pool, &batch).await.map_err(|e| e.to_string());
                for (_, done) in batch.drain(..) {
                    let _ = done.send(result.clone());
                }
            }
        });
        Self { jobs }
    }

    /// Write one line; returns once it is committed.
    pub(crate) async fn write(&self, entry: AuditEntry) -> Result<(), String> {
        let (done, answer) = oneshot::channel();
        self.jobs
            .send((entry, done))
            .await
            .map_err(|_| "the audit writer has stopped".to_string())?;
        answer
            .await
            .map_err(|_| "the audit writer has stopped".to_string())?
    }
}

async fn write(pool: &Pool, batch: &[Job]) -> Result<(), sqlx::Error> {
    const SQL: &str = "INSERT INTO audit (at, actor, action, subject) VALUES ($1, $2, $3, $4)";
    with_pool!(pool, p => {
        let mut tx = p.begin().await?;
        for (e, _) in batch {
            sqlx::query(SQL)
                .bind(&e.at)
                .bind(&e.actor)
                .bind(&e.action)
                .bind(&e.subject)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await
    })
}
