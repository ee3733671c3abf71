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
    pub reasons: Vec<(String, &'static str)>,
}

/// The determinations worth showing a person: open now or later, to
/// review, or already done.
pub fn shown(d: &Determination) -> bool {
    matches!(
        d.outcome,
        Outcome::Eligible | Outcome::EligibleLater | Outcome::NeedsReview | Outcome::Granted
    )
}

/// Determinations in words, for one page. A reason often stands under
/// several counts ("the state began clearing these records in 2022"):
/// each distinct message is formatted once and copied after.
pub struct Wording<'a> {
    tr: &'a Tr,
    lang: &'a i18n::Lang,
    /// Keyed with Fx, not SipHash: the keys are the engine's own
    /// messages, and hashing them was a tenth of a page's time.
    said: rustc_hash::FxHashMap<&'a Msg, String>,
}

impl<'a> Wording<'a> {
    /// Words in this language.
    pub fn new(tr: &'a Tr, lang: &'a i18n::Lang) -> Self {
        Self {
            tr,
            lang,
            said: rustc_hash::FxHashMap::with_capacity_and_hasher(64, Default::default()),
        }
    }

    /// A message, formatted once per page.
    fn say(&mut self, msg: &'a Msg) -> String {
        let lang = self.lang;
        self.said
            .entry(msg)
            .or_insert_with(|| lang.render(msg))
            .clone()
    }

    /// A determination in words.
    pub fn found(&mut self, d: &'a Determination) -> Found {
        let (tr, lang) = (self.tr, self.lang);
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
                .map(|r| (self.say(&r.msg), r.cite.map_or("", |c| c.text)))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_said_twice_is_formatted_once_and_reads_the_same() {
        let en = i18n::Lang::english();
        let tr = Tr::new(en.clone());
        let ended = Msg::new("r-probation-ended").date("date", jiff::civil::date(2016, 6, 30));
        let again = ended.clone();
        let other = Msg::new("r-probation-ended").date("date", jiff::civil::date(2017, 1, 2));
        let mut words = Wording::new(&tr, &en);
        assert_eq!(words.say(&ended), "Probation ended on June 30, 2016.");
        assert_eq!(words.say(&again), "Probation ended on June 30, 2016.");
        assert_eq!(words.say(&other), "Probation ended on January 2, 2017.");
        assert_eq!(words.said.len(), 2, "the same message is kept once");
    }
}
