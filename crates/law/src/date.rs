//! Legal date arithmetic and the record's partial dates.
//!
//! Waiting periods in the statutes are legal dates, not durations: "one year
//! from the date of pronouncement of judgment" ends on the anniversary. The
//! rule used everywhere in the engine is written down once, here:
//!
//! * **Years**: the same month and day N years later; a 29 February start
//!   lands on 1 March when the target year has no 29 February.
//! * **Months**: the same day of the month N months later; when the target
//!   month is too short (31 January plus one month), the period ends on the
//!   first day of the following month. This is the same choice as for 29
//!   February: never end a period early.
//! * **Days**: plain calendar days.
//!
//! The first eligible day is the anniversary itself (the scenario
//! conventions in `shared/fixtures/scenarios/README.md`).
//!
//! RAP sheets sometimes print a date with a `00` month or day. Such a date is
//! kept as a [`RecordDate`] with its precision, and rules ask for the
//! earliest or latest day it can be, whichever is the cautious reading.

use std::fmt;
use std::str::FromStr;

pub use jiff::civil::Date;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A length of time as a sentence states it ("3 YEARS", "045 DAYS").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Term {
    /// How many units.
    pub amount: u32,
    /// Which unit.
    pub unit: TermUnit,
}

/// The unit of a [`Term`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TermUnit {
    /// Calendar days.
    Days,
    /// Calendar months.
    Months,
    /// Calendar years.
    Years,
}

impl Term {
    /// A term of `amount` units.
    pub const fn new(amount: u32, unit: TermUnit) -> Self {
        Self { amount, unit }
    }

    /// The term in months when it is a whole number of months or years.
    pub fn months(&self) -> Option<u32> {
        match self.unit {
            TermUnit::Years => Some(self.amount.saturating_mul(12)),
            TermUnit::Months => Some(self.amount),
            TermUnit::Days => None,
        }
    }

    /// Approximate length in days, for comparing terms of different units.
    pub fn approx_days(&self) -> u32 {
        match self.unit {
            TermUnit::Days => self.amount,
            TermUnit::Months => self.amount.saturating_mul(30),
            TermUnit::Years => self.amount.saturating_mul(365),
        }
    }

    /// True when the term is exactly one year (1 year, 12 months or 365 days).
    pub fn is_one_year(&self) -> bool {
        matches!(
            (self.amount, self.unit),
            (1, TermUnit::Years) | (12, TermUnit::Months) | (365, TermUnit::Days)
        )
    }

    /// The day a term that starts on `start` ends, by the rule in this module.
    pub fn end_from(&self, start: Date) -> Date {
        match self.unit {
            TermUnit::Years => add_years(start, self.amount),
            TermUnit::Months => add_months(start, self.amount),
            TermUnit::Days => add_days(start, self.amount),
        }
    }
}

impl fmt::Display for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = match (self.unit, self.amount) {
            (TermUnit::Days, 1) => "day",
            (TermUnit::Days, _) => "days",
            (TermUnit::Months, 1) => "month",
            (TermUnit::Months, _) => "months",
            (TermUnit::Years, 1) => "year",
            (TermUnit::Years, _) => "years",
        };
        write!(f, "{} {unit}", self.amount)
    }
}

/// The latest date the engine handles; arithmetic saturates here.
const MAX: Date = jiff::civil::date(9999, 12, 31);

/// The same month and day `n` years later (29 February → 1 March).
pub fn add_years(d: Date, n: u32) -> Date {
    let year = i32::from(d.year()) + i32::try_from(n).unwrap_or(i32::MAX);
    if year > 9999 {
        return MAX;
    }
    let year = year as i16;
    Date::new(year, d.month(), d.day())
        .unwrap_or_else(|_| jiff::civil::date(year, d.month() + 1, 1))
}

/// The same day of the month `n` months later; a day the target month lacks
/// moves to the first day of the month after it.
pub fn add_months(d: Date, n: u32) -> Date {
    let total = i64::from(d.year()) * 12 + i64::from(d.month() - 1) + i64::from(n);
    let year = total / 12;
    if year > 9999 {
        return MAX;
    }
    let month = (total % 12) as i8 + 1;
    let year = year as i16;
    match Date::new(year, month, d.day()) {
        Ok(date) => date,
        Err(_) if month == 12 => jiff::civil::date(year + 1, 1, 1),
        Err(_) => jiff::civil::date(year, month + 1, 1),
    }
}

/// `n` calendar days later.
pub fn add_days(d: Date, n: u32) -> Date {
    from_day_number(day_number(d) + i64::from(n)).unwrap_or(MAX)
}

/// Days since 1970-01-01 (proleptic Gregorian), by H. Hinnant's algorithm:
/// plain integer arithmetic, far cheaper than general span arithmetic on
/// the engine's hot path.
fn day_number(d: Date) -> i64 {
    let (y, m, day) = (
        i64::from(d.year()),
        i64::from(d.month()),
        i64::from(d.day()),
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn from_day_number(z: i64) -> Option<Date> {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let year = i16::try_from(year).ok()?;
    Date::new(year, month as i8, day as i8).ok()
}

/// A date as a record prints it: sometimes only a year, or a year and month.
///
/// Serialised as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. The first and last day it
/// can be are computed once, when it is built, because rules ask for them
/// constantly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecordDate {
    year: i16,
    month: Option<i8>,
    day: Option<i8>,
    lo: Date,
    hi: Date,
}

/// Why a [`RecordDate`] could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// The text is not a date in any accepted shape.
    #[error("'{0}' is not a date (expected YYYY-MM-DD or YYYYMMDD)")]
    Shape(String),
    /// The parts are numbers but no such day exists.
    #[error("'{0}' is not a real calendar day")]
    Impossible(String),
}

impl RecordDate {
    /// A complete date.
    pub fn exact(d: Date) -> Self {
        Self {
            year: d.year(),
            month: Some(d.month()),
            day: Some(d.day()),
            lo: d,
            hi: d,
        }
    }

    /// Build from parts; a `0` month or day means "not known".
    pub fn from_parts(year: i16, month: i8, day: i8) -> Result<Self, DateError> {
        let text = || format!("{year:04}-{month:02}-{day:02}");
        if !(1000..=9999).contains(&year) || !(0..=12).contains(&month) || !(0..=31).contains(&day)
        {
            return Err(DateError::Impossible(text()));
        }
        match (month, day) {
            (0, _) => Ok(Self {
                year,
                month: None,
                day: None,
                lo: jiff::civil::date(year, 1, 1),
                hi: jiff::civil::date(year, 12, 31),
            }),
            (m, 0) => {
                let first = jiff::civil::date(year, m, 1);
                Ok(Self {
                    year,
                    month: Some(m),
                    day: None,
                    lo: first,
                    hi: first.last_of_month(),
                })
            }
            (m, d) => Date::new(year, m, d)
                .map(Self::exact)
                .map_err(|_| DateError::Impossible(text())),
        }
    }

    /// Parse the record's compact `YYYYMMDD` (stray periods removed first).
    pub fn parse_compact(text: &str) -> Result<Self, DateError> {
        let owned;
        let digits = if text.contains('.') {
            owned = text.replace('.', "");
            owned.as_str()
        } else {
            text
        };
        if digits.len() != 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DateError::Shape(text.to_string()));
        }
        let num = |r: std::ops::Range<usize>| digits[r].parse::<i16>().unwrap_or(0);
        Self::from_parts(num(0..4), num(4..6) as i8, num(6..8) as i8)
    }

    /// The date when every part is known.
    pub fn date(&self) -> Option<Date> {
        self.day.map(|_| self.lo)
    }

    /// True when month and day are known.
    pub fn is_exact(&self) -> bool {
        self.day.is_some()
    }

    /// The first day this date can be.
    pub fn earliest(&self) -> Date {
        self.lo
    }

    /// The last day this date can be.
    pub fn latest(&self) -> Date {
        self.hi
    }

    /// The year.
    pub fn year(&self) -> i16 {
        self.year
    }
}

impl From<Date> for RecordDate {
    fn from(d: Date) -> Self {
        Self::exact(d)
    }
}

impl fmt::Display for RecordDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl FromStr for RecordDate {
    type Err = DateError;

    /// Accepts `YYYY-MM-DD`, `YYYY-MM`, `YYYY` and the compact `YYYYMMDD`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if s.len() == 8 && !s.contains('-') {
            return Self::parse_compact(s);
        }
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize| -> Result<i16, DateError> {
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(DateError::Shape(s.to_string()));
            }
            p.parse().map_err(|_| DateError::Shape(s.to_string()))
        };
        match parts.as_slice() {
            [y] => Self::from_parts(num(y, 4)?, 0, 0),
            [y, m] => Self::from_parts(num(y, 4)?, num(m, 2)? as i8, 0),
            [y, m, d] => Self::from_parts(num(y, 4)?, num(m, 2)? as i8, num(d, 2)? as i8),
            _ => Err(DateError::Shape(s.to_string())),
        }
    }
}

impl Serialize for RecordDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for RecordDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// Parse an ISO date (`YYYY-MM-DD`), as used on the command line and in facts.
pub fn parse_iso(text: &str) -> Result<Date, DateError> {
    let rd: RecordDate = text.parse()?;
    rd.date().ok_or_else(|| DateError::Shape(text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn anniversary_rule() {
        assert_eq!(add_years(date(2026, 2, 17), 1), date(2027, 2, 17));
        assert_eq!(add_years(date(2024, 2, 29), 1), date(2025, 3, 1));
        assert_eq!(add_years(date(2024, 2, 29), 4), date(2028, 2, 29));
        assert_eq!(add_months(date(2014, 6, 30), 24), date(2016, 6, 30));
        assert_eq!(add_months(date(2015, 1, 31), 1), date(2015, 3, 1));
        assert_eq!(add_months(date(2015, 12, 31), 1), date(2016, 1, 31));
        assert_eq!(add_months(date(2015, 11, 30), 1), date(2015, 12, 30));
        assert_eq!(add_months(date(2015, 10, 31), 2), date(2015, 12, 31));
        assert_eq!(add_days(date(2015, 12, 31), 1), date(2016, 1, 1));
        assert_eq!(add_years(date(9999, 1, 1), 5), MAX);
        assert_eq!(add_days(date(2020, 1, 10), 540), date(2021, 7, 3));
        assert_eq!(add_days(date(1999, 12, 31), 60), date(2000, 2, 29));
        assert_eq!(add_days(date(9999, 12, 30), 5), MAX);
    }

    #[test]
    fn day_numbers_agree_with_jiff() {
        let start = date(1600, 2, 27);
        for n in (0..3_000_000u32).step_by(7) {
            let Ok(expected) = start.checked_add(jiff::Span::new().days(i64::from(n))) else {
                break;
            };
            assert_eq!(add_days(start, n), expected, "{n}");
            assert_eq!(add_days(expected, 1), expected.tomorrow().unwrap_or(MAX));
        }
    }

    #[test]
    fn partial_dates() {
        let d: RecordDate = "19820002".parse().expect("partial");
        assert_eq!(d.to_string(), "1982");
        assert_eq!(d.earliest(), date(1982, 1, 1));
        assert_eq!(d.latest(), date(1982, 12, 31));
        let d: RecordDate = "1982-02".parse().expect("month");
        assert_eq!(d.latest(), date(1982, 2, 28));
        assert!(RecordDate::parse_compact("19820231").is_err());
        assert_eq!(
            RecordDate::parse_compact("20040.102").map(|d| d.to_string()),
            Ok("2004-01-02".to_string())
        );
        assert!("2004-1-02".parse::<RecordDate>().is_err());
    }
}
