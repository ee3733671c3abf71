//! What both juvenile sealing remedies (WIC 781, 786) need: the WIC 707(b)
//! offenses and the person's age when one was committed.

use crate::analysis::{Analysis, Conviction};
use crate::section::Fit;

/// WIC 707(b) offenses, the ones that limit juvenile sealing when committed
/// at 14 or older. The engine's list of the statute's items [K].
const LIST_707B: &[&str] = &[
    "PC 187",
    "PC 203",
    "PC 205",
    "PC 207",
    "PC 209",
    "PC 209.5",
    "PC 211",
    "PC 215",
    "PC 220",
    "PC 245(a)(1)",
    "PC 245(a)(2)",
    "PC 245(a)(4)",
    "PC 245(d)",
    "PC 261(a)(2)",
    "PC 264.1",
    "PC 286(c)(2)",
    "PC 287(c)(2)",
    "PC 288a(c)(2)",
    "PC 288(b)",
    "PC 289(a)",
    "PC 451(a)",
    "PC 451(b)",
    "PC 12022.5",
    "PC 12022.53",
    "PC 26100(c)",
    "PC 18745",
];

/// How a sustained petition stands against WIC 707(b).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Bar707b {
    /// Not a 707(b) offense, or reduced to one that is not.
    No,
    /// A 707(b) offense committed at 14 or older.
    Yes,
    /// A 707(b) offense; the age at the time is not known.
    AgeUnknown,
}

/// Whether `j` is a 707(b) offense committed at 14 or older.
pub(crate) fn bar_707b(a: &Analysis<'_>, j: &Conviction<'_>) -> Bar707b {
    let listed = j
        .section()
        .is_some_and(|s| LIST_707B.iter().any(|e| s.fit_str(e) == Fit::Yes));
    // A finding reduced to a misdemeanor is no longer a 707(b) offense.
    if !listed || (j.level == Some(crate::model::Level::Misdemeanor) && j.original_level != j.level)
    {
        return Bar707b::No;
    }
    let (Some((day, _)), Some(fourteen)) = (a.offense_day(j.event, j.count), a.birthday(14)) else {
        return Bar707b::AgeUnknown;
    };
    if day < fourteen {
        Bar707b::No
    } else {
        Bar707b::Yes
    }
}

/// The day juvenile court jurisdiction over the matter ended, as far as the
/// record tells: the end of probation or of the sentence, else the court
/// date.
pub(crate) fn jurisdiction_ended(j: &Conviction<'_>) -> crate::date::Date {
    j.completed
        .map(|d| d.on)
        .or_else(|| j.probation.as_ref().and_then(|p| p.end.map(|e| e.on)))
        .unwrap_or(j.date)
}
