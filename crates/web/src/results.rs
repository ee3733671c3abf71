//! One remedy's determination, in words for a page: shared by the screener
//! and the record check.

use law::remedy::Msg;
use law::{Determination, Outcome, Renderer};

use crate::lang::Tr;

/// A remedy found for a count.
pub struct Found {
    /// The remedy's name.
    pub name: String,
    /// Open now, from a date, needs review...
    pub status: String,
    /// Whether the court must or may grant it.
    pub court: String,
    /// Why, with citations.
    pub reasons: Vec<(String, String)>,
}

/// The determinations worth showing a person: open now or later, to
/// review, or already done.
pub fn shown(d: &Determination) -> bool {
    matches!(
        d.outcome,
        Outcome::Eligible | Outcome::EligibleLater | Outcome::NeedsReview | Outcome::Granted
    )
}

/// A determination in words.
pub fn found(d: &Determination, tr: &Tr, lang: &i18n::Lang) -> Found {
    let status = match (d.outcome, d.eligible_on, d.automatic) {
        (Outcome::EligibleLater, Some(date), _) => {
            lang.render(&Msg::new("outcome-eligible_later").date("date", date))
        }
        (Outcome::Eligible, _, true) => tr.t("outcome-eligible-automatic"),
        (o, _, _) => tr.t(&format!("outcome-{}", o.as_str())),
    };
    let court = match d.mandatory {
        Some(true) => tr.t("mandatory-yes"),
        Some(false) => tr.t("mandatory-no"),
        None => String::new(),
    };
    Found {
        name: lang.remedy(d.remedy),
        status,
        court,
        reasons: d
            .reasons
            .iter()
            .map(|r| {
                (
                    lang.render(&r.msg),
                    r.cite.map(|c| c.text.to_string()).unwrap_or_default(),
                )
            })
            .collect(),
    }
}
