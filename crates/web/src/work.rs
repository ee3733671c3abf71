//! Heavy work off the async workers: one thread per core, first come first
//! served.
//!
//! Reading a sheet, applying the law and rendering its results take about
//! a millisecond of steady CPU. Run on the async workers, that stalls every
//! other request they serve and the slowest page waits longest (tokio runs
//! the newest task first); on tokio's blocking threads, a burst of uploads
//! spreads over as many threads as there are uploads, each with cold
//! caches, and they slice the cores between them. Measured with 100
//! uploads at once on two cores (`benches/web.sh`), this pool served more
//! pages a second than either, and the slowest page within a fifth of the
//! median instead of twice it.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::LazyLock;

/// One worker per core; jobs sent from outside the pool queue in order.
static POOL: LazyLock<rayon::ThreadPool> = LazyLock::new(|| {
    rayon::ThreadPoolBuilder::new()
        .thread_name(|i| format!("clearslate-work-{i}"))
        .build()
        .unwrap_or_else(|_| {
            // Only when the OS refuses threads; one is enough to serve.
            rayon::ThreadPoolBuilder::new()
                .num_threads(1)
                .build()
                .expect("the OS refused to start even one thread")
        })
});

/// Run `job` on the pool once a worker is free, waiting without blocking
/// the async workers. `None` if it panicked (the panic hook logs it).
pub async fn run<T, F>(job: F) -> Option<T>
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    let (done, result) = tokio::sync::oneshot::channel();
    POOL.spawn_fifo(move || {
        // A panic must not take the pool's thread (rayon would abort).
        let _ = done.send(catch_unwind(AssertUnwindSafe(job)));
    });
    result.await.ok()?.ok()
}

/// How many jobs can run at once.
pub fn workers() -> usize {
    POOL.current_num_threads()
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn no_more_jobs_run_at_once_than_workers() {
        let workers = super::workers();
        let running = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let jobs = (0..workers * 4).map(|_| {
            let (running, most) = (running.clone(), most.clone());
            tokio::spawn(super::run(move || {
                let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                most.fetch_max(now, Ordering::SeqCst);
                std::thread::sleep(std::time::Duration::from_millis(20));
                running.fetch_sub(1, Ordering::SeqCst);
            }))
        });
        for job in jobs.collect::<Vec<_>>() {
            assert_eq!(job.await.expect("joined"), Some(()));
        }
        let most = most.load(Ordering::SeqCst);
        assert!(
            (1..=workers).contains(&most),
            "{most} at once on {workers} workers"
        );
    }

    #[tokio::test]
    async fn jobs_start_in_the_order_they_came() {
        let order = Arc::new(std::sync::Mutex::new(Vec::new()));
        // Hold every worker so the jobs below queue.
        let (release, hold) = std::sync::mpsc::channel::<()>();
        let hold = Arc::new(std::sync::Mutex::new(hold));
        let holders: Vec<_> = (0..super::workers())
            .map(|_| {
                let hold = hold.clone();
                tokio::spawn(super::run(move || {
                    let _ = hold.lock().map(|h| h.recv());
                }))
            })
            .collect();
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        let jobs: Vec<_> = (0..20)
            .map(|i| {
                let order = order.clone();
                tokio::spawn(super::run(move || {
                    if let Ok(mut o) = order.lock() {
                        o.push(i);
                    }
                }))
            })
            .collect();
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        for _ in 0..super::workers() {
            release.send(()).expect("release");
        }
        for h in holders {
            h.await.expect("holder");
        }
        for j in jobs {
            j.await.expect("job");
        }
        let order = order.lock().expect("order").clone();
        let mut sorted = order.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..20).collect::<Vec<_>>());
        // With one worker the order is exact; with more, jobs may finish
        // their first line out of step, but none overtakes by more than
        // the number of workers.
        for (at, i) in order.iter().enumerate() {
            assert!(at.abs_diff(*i) < super::workers(), "{order:?}");
        }
    }

    #[tokio::test]
    async fn a_panicking_job_is_none() {
        assert_eq!(super::run(|| -> u8 { panic!("boom") }).await, None);
    }
}
