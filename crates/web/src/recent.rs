//! Results shown in the last few minutes, kept in memory.
//!
//! A saved case is re-read, re-parsed and re-evaluated every time its page
//! opens, and most of a page's cost is that work (the sealed row, the audit
//! line and the template are cheap). People reload, go back, and switch
//! language; a helper and the person may have it open at once. So the
//! finished results are kept here for a few minutes, keyed by everything
//! they depend on: the case, the language, the day (waiting periods end on
//! days) and the answers given. Anything else is a miss and recomputes.
//!
//! What is kept is the person's results, so it is kept briefly
//! ([`TTL`]), bounded ([`CAPACITY`] cases), only in this server's memory
//! (one per [`crate::AppState`], so per key), and dropped at once when the
//! case is deleted. The row, the key and the
//! audit trail are still consulted on every opening: a case deleted or
//! expired in the database is never shown from here.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::check::QuestionView;

/// How long results are kept after they were worked out.
pub const TTL: Duration = Duration::from_secs(5 * 60);

/// The most cases kept at once.
pub const CAPACITY: usize = 1024;

/// A case's results as the page shows them.
pub struct Results {
    /// Each case with its counts and outcomes, as HTML.
    pub cases: Arc<str>,
    /// The questions the record leaves open.
    pub questions: Vec<QuestionView>,
    /// How many things the reader noticed and could not use.
    pub warnings: usize,
}

struct Entry {
    lang: &'static str,
    day: jiff::civil::Date,
    answers: String,
    at: Instant,
    results: Arc<Results>,
}

/// The results of recently opened cases.
#[derive(Clone, Default)]
pub struct Recent {
    kept: Arc<Mutex<HashMap<String, Entry>>>,
}

impl std::fmt::Debug for Recent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the results themselves.
        let n = self.kept.lock().map_or(0, |k| k.len());
        write!(f, "Recent({n} cases)")
    }
}

impl Recent {
    /// The results kept for this case, language, day and answers, if fresh.
    pub fn get(
        &self,
        case: &str,
        lang: &'static str,
        day: jiff::civil::Date,
        answers: &str,
    ) -> Option<Arc<Results>> {
        let kept = self.kept.lock().ok()?;
        let e = kept.get(case)?;
        (e.lang == lang && e.day == day && e.answers == answers && e.at.elapsed() < TTL)
            .then(|| e.results.clone())
    }

    /// Keep a case's results (replacing what was kept for it).
    pub fn put(
        &self,
        case: &str,
        lang: &'static str,
        day: jiff::civil::Date,
        answers: String,
        results: Arc<Results>,
    ) {
        let Ok(mut kept) = self.kept.lock() else {
            return;
        };
        if kept.len() >= CAPACITY && !kept.contains_key(case) {
            kept.retain(|_, e| e.at.elapsed() < TTL);
            if kept.len() >= CAPACITY
                && let Some(oldest) = kept
                    .iter()
                    .min_by_key(|(_, e)| e.at)
                    .map(|(k, _)| k.clone())
            {
                kept.remove(&oldest);
            }
        }
        kept.insert(
            case.to_string(),
            Entry {
                lang,
                day,
                answers,
                at: Instant::now(),
                results,
            },
        );
    }

    /// Forget a case (it was deleted).
    pub fn forget(&self, case: &str) {
        if let Ok(mut kept) = self.kept.lock() {
            kept.remove(case);
        }
    }

    /// How many cases are kept.
    pub fn len(&self) -> usize {
        self.kept.lock().map_or(0, |k| k.len())
    }

    /// True when none is.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn results() -> Arc<Results> {
        Arc::new(Results {
            cases: Arc::from(""),
            questions: Vec::new(),
            warnings: 3,
        })
    }

    #[test]
    fn kept_only_for_the_same_language_day_and_answers() {
        let recent = Recent::default();
        let day = jiff::civil::date(2026, 11, 23);
        recent.put("a", "en", day, "{}".into(), results());
        assert_eq!(
            recent.get("a", "en", day, "{}").map(|r| r.warnings),
            Some(3)
        );
        assert!(
            recent.get("a", "es", day, "{}").is_none(),
            "another language"
        );
        assert!(
            recent
                .get("a", "en", day.tomorrow().expect("day"), "{}")
                .is_none()
        );
        assert!(recent.get("a", "en", day, r#"{"plants":4}"#).is_none());
        assert!(recent.get("b", "en", day, "{}").is_none(), "another case");
        recent.forget("a");
        assert!(recent.get("a", "en", day, "{}").is_none(), "deleted");
        assert!(format!("{recent:?}").starts_with("Recent(0"));
    }

    #[test]
    fn bounded() {
        let recent = Recent::default();
        let day = jiff::civil::date(2026, 11, 23);
        for i in 0..CAPACITY + 10 {
            recent.put(&format!("c{i}"), "en", day, "{}".into(), results());
        }
        assert_eq!(recent.len(), CAPACITY);
        assert!(
            recent
                .get(&format!("c{}", CAPACITY + 9), "en", day, "{}")
                .is_some()
        );
        assert!(
            recent.get("c0", "en", day, "{}").is_none(),
            "the oldest went"
        );
    }
}
