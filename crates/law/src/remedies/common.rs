//! Pieces every conviction remedy shares: settling the outcome from the day
//! the count itself is ready and the whole-record conditions, and the notes
//! that go with them.

use crate::analysis::{Analysis, Basis, Dated};
use crate::date::Date;
use crate::remedy::{Cite, Determination, FactKey, Msg, Outcome};

/// When the count itself is ready for the remedy.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Ready {
    /// From this day.
    On(Date),
    /// Unknown until this fact is answered.
    Unknown(FactKey),
}

/// Which whole-record condition a remedy has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Status {
    /// Not serving a sentence, on probation, or charged, in any case
    /// (PC 1203.4(a)(1), 1203.4a(a)(2), 1203.41(a)(3), 1203.42(a)(3),
    /// 1203.425(a)(1)(B)(ii)–(iii)).
    NotServingOrCharged(Cite),
}

/// Decide the outcome from the count's own readiness and the record-wide
/// status condition, adding the reasons and questions that explain it.
pub(crate) fn settle(
    a: &Analysis<'_>,
    i: usize,
    d: &mut Determination,
    ready: Ready,
    status: Status,
) {
    let mut on = match ready {
        Ready::On(date) => Some(date),
        Ready::Unknown(fact) => {
            d.missing(fact);
            None
        }
    };
    let mut blocked = false;
    let Status::NotServingOrCharged(cite) = status;
    {
        match a.facts.on_supervision {
            Some(true) => {
                d.because(|| Msg::new("r-status-on-supervision"), cite);
                blocked = true;
            }
            Some(false) => {}
            None => {
                let running = a.others_running_until(i);
                if let Some(until) = running.until {
                    d.because(
                        || Msg::new("r-status-other-sentence").date("date", until),
                        cite,
                    );
                    on = on.map(|o| o.max(until));
                }
                if running.unknown {
                    d.because(|| Msg::new("r-status-other-sentence-unknown"), cite);
                    d.missing("on_supervision");
                }
            }
        }
        match a.possibly_charged() {
            Some(true) => {
                d.because(|| Msg::new("r-status-pending-charges"), cite);
                blocked = true;
            }
            Some(false) => {}
            None => {
                let latest = a.open_cases.iter().map(|c| c.date).max();
                if let Some(date) = latest {
                    d.because(|| Msg::new("r-status-open-arrest").date("date", date), cite);
                }
                d.missing("pending_charges");
            }
        }
    }
    d.outcome = if blocked {
        Outcome::Ineligible
    } else {
        match on {
            Some(date) if date <= a.as_of && d.missing_facts.is_empty() => Outcome::Eligible,
            Some(date) if date > a.as_of => {
                d.eligible_on = Some(date);
                Outcome::EligibleLater
            }
            _ => Outcome::NeedsReview,
        }
    };
}

/// Explain where a date came from when it is not printed on the record.
pub(crate) fn basis_note(d: &mut Determination, dated: Dated) {
    match dated.basis {
        Basis::Record | Basis::Facts => {}
        Basis::Sentence => {
            d.note(|| Msg::new("r-date-from-sentence").date("date", dated.on));
        }
        Basis::Estimate => {
            d.note(|| Msg::new("r-date-estimated").date("date", dated.on));
        }
    }
}

/// The first day a rule that took effect on `start` can apply.
pub(crate) fn not_before(ready: Ready, start: Date) -> Ready {
    match ready {
        Ready::On(d) => Ready::On(d.max(start)),
        other => other,
    }
}

/// "The record shows this relief was granted (on this day)": the first
/// reason of every `granted` determination.
pub(crate) fn granted_msg(on: Option<Date>) -> impl FnOnce() -> Msg {
    move || match on {
        Some(date) => Msg::new("r-granted-on").date("date", date),
        None => Msg::new("r-granted"),
    }
}

/// Available from `on`: `eligible` when that day has come, otherwise
/// `eligible_later` with the day.
pub(crate) fn available_from(d: &mut Determination, on: Date, as_of: Date) {
    if on <= as_of {
        d.outcome = Outcome::Eligible;
    } else {
        d.outcome = Outcome::EligibleLater;
        d.eligible_on = Some(on);
    }
}
