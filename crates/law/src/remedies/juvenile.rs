//! What both juvenile sealing remedies (WIC 781, 786) need: whether a
//! finding is a WIC 707(b) offense (the catalog's table) committed at 14 or
//! older, and when juvenile jurisdiction ended.

use crate::analysis::{Analysis, Conviction};
use crate::catalog::TableId;

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
    let listed = j.lookup(TableId::Wic707b, j.date).is_any();
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
