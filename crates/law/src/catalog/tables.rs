//! The rows of the offense catalog. Sources: `shared/law/california.md` §16
//! for the disqualifier lists, §1–§8 for the remedy-specific lists. Each row
//! cites the paragraph that lists it; `v`, `v2` and `k` mark how well that
//! was checked.

use jiff::civil::date;

use super::{Attempts, Cond, Entry, Table, TableId};
use crate::remedy::Cite;

macro_rules! row {
    ($s:literal, $cite:expr, $cond:ident, from $y:literal, $m:literal, $d:literal) => {
        Entry {
            section: $s,
            cite: $cite,
            cond: Cond::$cond,
            from: Some(date($y, $m, $d)),
        }
    };
    ($s:literal, $cite:expr, $cond:ident) => {
        Entry {
            section: $s,
            cite: $cite,
            cond: Cond::$cond,
            from: None,
        }
    };
    ($s:literal, $cite:expr) => {
        Entry {
            section: $s,
            cite: $cite,
            cond: Cond::None,
            from: None,
        }
    };
}

macro_rules! s1192 {
    ($n:literal) => {
        Cite::v(concat!("Pen. Code, § 1192.7, subd. (c)(", $n, ")"))
    };
}
macro_rules! s667_5 {
    ($n:literal) => {
        Cite::v(concat!("Pen. Code, § 667.5, subd. (c)(", $n, ")"))
    };
}
macro_rules! ss {
    ($n:literal) => {
        Cite::v(concat!("Pen. Code, § 667, subd. (e)(2)(C)(iv)(", $n, ")"))
    };
}

const C1192_8: Cite = Cite::v("Pen. Code, § 1192.8, subd. (a)");

/// PC 1192.7(c), with 1192.8. Attempts are listed by (c)(39), except
/// attempted assaults.
static SERIOUS: &[Entry] = &[
    row!("PC 187", s1192!("1")),
    row!("PC 192(a)", s1192!("1")),
    row!("PC 203", s1192!("2")),
    row!("PC 205", s1192!("2")),
    row!("PC 261", s1192!("3")),
    row!("PC 262", s1192!("3")),
    row!("PC 286(c)(2)", s1192!("4")),
    row!("PC 286(c)(3)", s1192!("4")),
    row!("PC 286(d)", s1192!("4")),
    row!("PC 287(c)(2)", s1192!("5")),
    row!("PC 287(c)(3)", s1192!("5")),
    row!("PC 287(d)", s1192!("5")),
    row!("PC 288a(c)(2)", s1192!("5")),
    row!("PC 288a(c)(3)", s1192!("5")),
    row!("PC 288a(d)", s1192!("5")),
    row!("PC 288(a)", s1192!("6")),
    row!("PC 288(b)", s1192!("6")),
    row!("PC 209", s1192!("7")),
    row!("PC 218", s1192!("7")),
    row!("PC 219", s1192!("7")),
    row!("PC 12022.7", s1192!("8")),
    row!("PC 12022.5", s1192!("8")),
    row!("PC 220", s1192!("10")),
    row!("PC 245(c)", s1192!("11")),
    row!("PC 245(d)", s1192!("11")),
    row!("PC 4500", s1192!("12")),
    row!("PC 4501", s1192!("13")),
    row!("PC 451", s1192!("14")),
    row!("PC 451.5", s1192!("14")),
    row!("PC 18740", s1192!("15")),
    row!("PC 18745", s1192!("17")),
    row!("PC 18750", s1192!("16")),
    row!("PC 18755", s1192!("16")),
    row!("PC 460(a)", s1192!("18")),
    row!("PC 459", s1192!("18"), Residential),
    row!("PC 211", s1192!("19")),
    row!("PC 212.5", s1192!("19")),
    row!("PC 207", s1192!("20")),
    row!("PC 209.5", s1192!("20")),
    row!("PC 4503", s1192!("21")),
    row!("HS 11353", s1192!("24")),
    row!("HS 11380", s1192!("24")),
    row!("PC 289(a)", s1192!("25")),
    row!("PC 487(d)(2)", s1192!("26")),
    row!("PC 215", s1192!("27")),
    row!("PC 186.22", s1192!("28")),
    row!("PC 244", s1192!("30")),
    row!("PC 245(a)(1)", s1192!("31")),
    row!("PC 245(a)(2)", s1192!("31")),
    row!("PC 245(a)(3)", s1192!("31")),
    row!("PC 245(b)", s1192!("31")),
    row!("PC 245(a)(4)", s1192!("8"), InjuryOrWeapon),
    row!("PC 245.2", s1192!("32")),
    row!("PC 245.3", s1192!("32")),
    row!("PC 245.5", s1192!("32")),
    row!("PC 246", s1192!("33")),
    row!("PC 264.1", s1192!("34")),
    row!("PC 288.5", s1192!("35")),
    row!("PC 26100(c)", s1192!("36")),
    row!("PC 26100(d)", s1192!("36")),
    row!("PC 12034(c)", s1192!("36")),
    row!("PC 12034(d)", s1192!("36")),
    row!("PC 136.1", s1192!("37")),
    row!("PC 422", s1192!("38")),
    row!("PC 12022.53", s1192!("40")),
    row!("PC 11418(b)", s1192!("41")),
    row!("PC 11418(c)", s1192!("41")),
    row!("PC 236.1(c)", s1192!("42"), None, from 2024, 1, 1),
    // Felonies that are serious only with personal injury or weapon use.
    row!("PC 243(d)", s1192!("8"), InjuryOrWeapon),
    row!("PC 273.5", s1192!("8"), InjuryOrWeapon),
    row!("PC 273a(a)", s1192!("8"), InjuryOrWeapon),
    row!("PC 191.5", C1192_8, InjuryOrWeapon),
    row!("PC 192(c)(1)", C1192_8, InjuryOrWeapon),
    row!("PC 192.5(a)", C1192_8, InjuryOrWeapon),
    row!("PC 192.5(b)", C1192_8, InjuryOrWeapon),
    row!("PC 192.5(c)", C1192_8, InjuryOrWeapon),
    row!("VC 2800.3", C1192_8, InjuryOrWeapon),
    row!("VC 23104(b)", C1192_8, InjuryOrWeapon),
    row!("VC 23153", C1192_8, InjuryOrWeapon),
];

/// PC 667.5(c). Attempts only for murder ((c)(12)).
static VIOLENT: &[Entry] = &[
    row!("PC 187", s667_5!("1")),
    row!("PC 192(a)", s667_5!("1")),
    row!("PC 203", s667_5!("2")),
    row!("PC 205", s667_5!("2")),
    row!("PC 261(a)(2)", s667_5!("3")),
    row!("PC 261(a)(6)", s667_5!("3")),
    row!("PC 262(a)(1)", s667_5!("3")),
    row!("PC 262(a)(4)", s667_5!("3")),
    row!("PC 286(c)", s667_5!("4")),
    row!("PC 286(d)", s667_5!("4")),
    row!("PC 287(c)", s667_5!("5")),
    row!("PC 287(d)", s667_5!("5")),
    row!("PC 288a(c)", s667_5!("5")),
    row!("PC 288a(d)", s667_5!("5")),
    row!("PC 288(a)", s667_5!("6")),
    row!("PC 288(b)", s667_5!("6")),
    row!("PC 209", s667_5!("7")),
    row!("PC 218", s667_5!("7")),
    row!("PC 219", s667_5!("7")),
    row!("PC 4500", s667_5!("7")),
    row!("PC 12022.7", s667_5!("8")),
    row!("PC 12022.8", s667_5!("8")),
    row!("PC 12022.9", s667_5!("8")),
    row!("PC 12022.3(a)", s667_5!("8")),
    row!("PC 12022.5", s667_5!("8")),
    row!("PC 12022.55", s667_5!("8")),
    row!("PC 211", s667_5!("9")),
    row!("PC 212.5", s667_5!("9")),
    row!("PC 451(a)", s667_5!("10")),
    row!("PC 451(b)", s667_5!("10")),
    row!("PC 289(a)", s667_5!("11")),
    row!("PC 289(j)", s667_5!("11")),
    row!("PC 18745", s667_5!("13")),
    row!("PC 18750", s667_5!("13")),
    row!("PC 18755", s667_5!("13")),
    row!("PC 207", s667_5!("14")),
    row!("PC 209.5", s667_5!("14")),
    row!("PC 220", s667_5!("15")),
    row!("PC 288.5", s667_5!("16")),
    row!("PC 215(a)", s667_5!("17")),
    row!("PC 264.1", s667_5!("18")),
    row!("PC 518", s667_5!("19"), Gang),
    row!("PC 136.1", s667_5!("20"), Gang),
    row!("PC 460(a)", s667_5!("21"), Residential),
    row!("PC 459", s667_5!("21"), Residential),
    row!("PC 12022.53", s667_5!("22")),
    row!("PC 11418(b)", s667_5!("23")),
    row!("PC 11418(c)", s667_5!("23")),
    row!("PC 261(a)(3)", s667_5!("24"), Force, from 2025, 1, 1),
    row!("PC 243(d)", s667_5!("8"), InjuryOrWeapon),
    row!("PC 245(a)", s667_5!("8"), InjuryOrWeapon),
];

/// PC 667(e)(2)(C)(iv). Attempts only for homicide ((IV)).
static SUPER_STRIKE: &[Entry] = &[
    row!("PC 261(a)(2)", ss!("I")),
    row!("PC 261(a)(6)", ss!("I")),
    row!("PC 261", ss!("I"), Force),
    row!("PC 262(a)(1)", ss!("I")),
    row!("PC 262(a)(4)", ss!("I")),
    row!("PC 264.1", ss!("I")),
    row!("PC 269", ss!("I")),
    row!("PC 286(c)(2)", ss!("I")),
    row!("PC 286(c)(3)", ss!("I")),
    row!("PC 286(d)", ss!("I")),
    row!("PC 287(c)(2)", ss!("I")),
    row!("PC 287(c)(3)", ss!("I")),
    row!("PC 287(d)", ss!("I")),
    row!("PC 288a(c)(2)", ss!("I")),
    row!("PC 288a(c)(3)", ss!("I")),
    row!("PC 288a(d)", ss!("I")),
    row!("PC 288.5", ss!("I")),
    row!("PC 289(a)", ss!("I")),
    row!("PC 207", ss!("I"), SexualIntent),
    row!("PC 209", ss!("I"), SexualIntent),
    row!("PC 220", ss!("I"), SexualIntent),
    row!("PC 286(c)(1)", ss!("II")),
    row!("PC 287(c)(1)", ss!("II")),
    row!("PC 288a(c)(1)", ss!("II")),
    row!("PC 289(j)", ss!("II")),
    row!("PC 288(a)", ss!("III")),
    row!("PC 288(b)", ss!("III")),
    row!("PC 187", ss!("IV")),
    row!("PC 188", ss!("IV")),
    row!("PC 189", ss!("IV")),
    row!("PC 190", ss!("IV")),
    row!("PC 191", ss!("IV")),
    row!("PC 191.5", ss!("IV")),
    row!("PC 653f(b)", ss!("V")),
    row!("PC 245(d)(3)", ss!("VI")),
    row!("PC 11418(a)(1)", ss!("VII")),
    row!("PC 218", ss!("VIII")),
    row!("PC 219", ss!("VIII")),
    row!("PC 4500", ss!("VIII")),
];

const C290: Cite = Cite::v2("Pen. Code, § 290, subd. (c)(1)");

/// PC 290(c). Attempts are listed ("attempts and conspiracies").
static REGISTRABLE: &[Entry] = &[
    row!("PC 187", C290, SexualIntent),
    row!("PC 207", C290, SexualIntent),
    row!("PC 209", C290, SexualIntent),
    row!("PC 220", C290, SexualIntent),
    row!("PC 236.1(b)", C290),
    row!("PC 236.1(c)", C290),
    row!("PC 243.4", C290),
    row!("PC 261(a)(1)", C290),
    row!("PC 261(a)(2)", C290),
    row!("PC 261(a)(3)", C290),
    row!("PC 261(a)(4)", C290),
    row!("PC 261(a)(6)", C290),
    row!("PC 262(a)(1)", C290, Force),
    row!("PC 264.1", C290),
    row!("PC 266", C290),
    row!("PC 266c", C290),
    row!("PC 266h(b)", C290),
    row!("PC 266i(b)", C290),
    row!("PC 266j", C290),
    row!("PC 267", C290),
    row!("PC 269", C290),
    row!("PC 285", C290),
    row!("PC 286", C290),
    row!("PC 287", C290),
    row!("PC 288a", C290),
    row!("PC 288", C290),
    row!("PC 288.2", C290, Felony),
    row!("PC 288.3", C290),
    row!("PC 288.4", C290),
    row!("PC 288.5", C290),
    row!("PC 288.7", C290),
    row!("PC 289", C290),
    row!("PC 311.1", C290),
    row!("PC 311.2(b)", C290),
    row!("PC 311.2(c)", C290),
    row!("PC 311.2(d)", C290),
    row!("PC 311.3", C290),
    row!("PC 311.4", C290),
    row!("PC 311.10", C290),
    row!("PC 311.11", C290),
    row!("PC 314(1)", C290),
    row!("PC 314(2)", C290),
    row!("PC 647.6", C290),
    row!("PC 653f(c)", C290),
    row!("PC 272", C290, SexualIntent),
];

const CWOB: Cite = Cite::v2("Pen. Code, § 17, subd. (b)");

/// Wobblers: offenses the statute punishes either in state prison or county
/// jail under 1170(h), or in county jail as a misdemeanor. A starting list
/// of the common ones; a section not here is treated as a straight felony
/// unless the facts file says otherwise.
static WOBBLER: &[Entry] = &[
    row!("PC 32", CWOB),
    row!("PC 69", CWOB),
    row!("PC 71", CWOB),
    row!("PC 72", CWOB),
    row!("PC 118.1", CWOB),
    row!("PC 136.1(a)", CWOB),
    row!("PC 136.1(b)", CWOB),
    row!("PC 148.10", CWOB),
    row!("PC 166(c)(4)", CWOB),
    row!("PC 166(d)", CWOB),
    row!("PC 182(a)", CWOB),
    row!("PC 186.22(a)", CWOB),
    row!("PC 192(c)(1)", CWOB),
    row!("PC 243(c)", CWOB),
    row!("PC 243(d)", CWOB),
    row!("PC 243.4(a)", CWOB),
    row!("PC 243.4(d)", CWOB),
    row!("PC 243.6", CWOB),
    row!("PC 243.7", CWOB),
    row!("PC 244.5", CWOB),
    row!("PC 245(a)(1)", CWOB),
    row!("PC 245(a)(4)", CWOB),
    row!("PC 246", CWOB),
    row!("PC 246.3(a)", CWOB),
    row!("PC 247(b)", CWOB),
    row!("PC 261.5(c)", CWOB),
    row!("PC 261.5(d)", CWOB),
    row!("PC 266", CWOB),
    row!("PC 266c", CWOB),
    row!("PC 273a(a)", CWOB),
    row!("PC 273d(a)", CWOB),
    row!("PC 273.5(a)", CWOB),
    row!("PC 273.6(d)", CWOB),
    row!("PC 273.6(e)", CWOB),
    row!("PC 278", CWOB),
    row!("PC 278.5", CWOB),
    row!("PC 288(c)", CWOB),
    row!("PC 288.2", CWOB),
    row!("PC 288.3", CWOB),
    row!("PC 311.11(a)", CWOB),
    row!("PC 368(b)(1)", CWOB),
    row!("PC 368(d)", CWOB),
    row!("PC 368(e)", CWOB),
    row!("PC 417(b)", CWOB),
    row!("PC 417(c)", CWOB),
    row!("PC 417.3", CWOB),
    row!("PC 422", CWOB),
    row!("PC 451(d)", CWOB),
    row!("PC 452(c)", CWOB),
    row!("PC 453(a)", CWOB),
    row!("PC 459", CWOB),
    row!("PC 460(b)", CWOB),
    row!("PC 470", CWOB),
    row!("PC 470a", CWOB),
    row!("PC 470b", CWOB),
    row!("PC 471", CWOB),
    row!("PC 472", CWOB),
    row!("PC 474", CWOB),
    row!("PC 475", CWOB),
    row!("PC 476", CWOB),
    row!("PC 476a", CWOB),
    row!("PC 484b", CWOB),
    row!("PC 484e", CWOB),
    row!("PC 484g", CWOB),
    row!("PC 484h", CWOB),
    row!("PC 484i", CWOB),
    row!("PC 487", CWOB),
    row!("PC 487a", CWOB),
    row!("PC 487b", CWOB),
    row!("PC 487d", CWOB),
    row!("PC 487h", CWOB),
    row!("PC 487i", CWOB),
    row!("PC 496(a)", CWOB),
    row!("PC 496(b)", CWOB),
    row!("PC 496(d)", CWOB),
    row!("PC 496a", CWOB),
    row!("PC 496d", CWOB),
    row!("PC 499(b)", CWOB),
    row!("PC 502(c)", CWOB),
    row!("PC 503", CWOB),
    row!("PC 504", CWOB),
    row!("PC 506", CWOB),
    row!("PC 508", CWOB),
    row!("PC 514", CWOB),
    row!("PC 529", CWOB),
    row!("PC 530.5", CWOB),
    row!("PC 532", CWOB),
    row!("PC 532a", CWOB),
    row!("PC 550", CWOB),
    row!("PC 594(b)(1)", CWOB),
    row!("PC 597(a)", CWOB),
    row!("PC 597(b)", CWOB),
    row!("PC 646.9(a)", CWOB),
    row!("PC 653f(a)", CWOB),
    row!("PC 666", CWOB),
    row!("PC 4532(a)", CWOB),
    row!("PC 4532(b)", CWOB),
    row!("PC 4573.6", CWOB),
    row!("PC 25400(a)", CWOB),
    row!("PC 25850(a)", CWOB),
    row!("PC 29805", CWOB),
    row!("PC 30305(a)", CWOB),
    row!("PC 32625(a)", CWOB),
    row!("HS 11357(a)", CWOB),
    row!("HS 11358", CWOB),
    row!("HS 11359", CWOB),
    row!("HS 11360(a)", CWOB),
    row!("HS 11368", CWOB),
    row!("HS 11377(a)", CWOB),
    row!("HS 11550(e)", CWOB),
    row!("VC 2800.2", CWOB),
    row!("VC 2800.4", CWOB),
    row!("VC 4463", CWOB),
    row!("VC 10851", CWOB),
    row!("VC 10852", CWOB),
    row!("VC 20001(b)(1)", CWOB),
    row!("VC 23152", CWOB),
    row!("VC 23153", CWOB),
];

const P47: Cite = Cite::v("Pen. Code, § 1170.18, subd. (a)");
const P47_CASE: Cite =
    Cite::k("Pen. Code, § 1170.18, subd. (a); People v. Page (2017) 3 Cal.5th 1175");

/// Proposition 47 offenses (as the sections read before Nov 5, 2014, mapped
/// to the new misdemeanors). Value-dependent rows need the $950 answer.
static PROP47: &[Entry] = &[
    row!("HS 11350", P47),
    row!("HS 11357(a)", P47),
    row!("HS 11377", P47),
    row!("PC 459", P47, Value950),
    row!("PC 459.5", P47),
    row!("PC 470", P47, Value950),
    row!("PC 471", P47, Value950),
    row!("PC 472", P47, Value950),
    row!("PC 473", P47, Value950),
    row!("PC 475", P47, Value950),
    row!("PC 476", P47, Value950),
    row!("PC 476a", P47, Value950),
    row!("PC 484", P47, Value950),
    row!("PC 484e", P47, Value950),
    row!("PC 484f", P47, Value950),
    row!("PC 484g", P47, Value950),
    row!("PC 484h", P47, Value950),
    row!("PC 484i(b)", P47, Value950),
    row!("PC 487(a)", P47, Value950),
    row!("PC 487(b)", P47, Value950),
    row!("PC 487(c)", P47, Value950),
    row!("PC 487(d)(1)", P47, Value950),
    row!("PC 487a", P47, Value950),
    row!("PC 487b", P47, Value950),
    row!("PC 487d", P47, Value950),
    row!("PC 487i", P47, Value950),
    row!("PC 488", P47, Value950),
    row!("PC 490.2", P47),
    row!("PC 496(a)", P47, Value950),
    row!("PC 496", P47, Value950),
    row!("PC 666", P47),
    row!("VC 10851", P47_CASE, Value950),
];

/// Proposition 36 (2024) felonies: not Prop 47 offenses.
static PROP36: &[Entry] = &[
    row!(
        "PC 666.1",
        Cite::k("Pen. Code, § 666.1 (Prop. 36, eff. Dec. 18, 2024)")
    ),
    row!(
        "HS 11395",
        Cite::k("Health & Saf. Code, § 11395 (Prop. 36, eff. Dec. 18, 2024)")
    ),
];

const P64: Cite = Cite::v("Health & Saf. Code, § 11361.8, subd. (a)");

/// Proposition 64 offenses.
static PROP64: &[Entry] = &[
    row!("HS 11357", P64),
    row!("HS 11358", P64),
    row!("HS 11359", P64),
    row!("HS 11360", P64),
    row!("HS 11362.1", P64),
];

const H: Cite = Cite::v2("Pen. Code, § 1170, subd. (h)(1)");

/// Felonies punished in county jail under PC 1170(h) after Oct 1, 2011. A
/// starting list of common offenses (county public-defender charts); the
/// facts file's `realignment_eligible` answers for any other.
static REALIGNMENT: &[Entry] = &[
    row!("HS 11350", H),
    row!("HS 11351", H),
    row!("HS 11351.5", H),
    row!("HS 11352", H),
    row!("HS 11357", H),
    row!("HS 11358", H),
    row!("HS 11359", H),
    row!("HS 11360", H),
    row!("HS 11366", H),
    row!("HS 11366.5", H),
    row!("HS 11368", H),
    row!("HS 11370.1", H),
    row!("HS 11375", H),
    row!("HS 11377", H),
    row!("HS 11378", H),
    row!("HS 11378.5", H),
    row!("HS 11379", H),
    row!("HS 11550(e)", H),
    row!("PC 69", H),
    row!("PC 71", H),
    row!("PC 72", H),
    row!("PC 148.10", H),
    row!("PC 166(c)(4)", H),
    row!("PC 186.10", H),
    row!("PC 273.6(d)", H),
    row!("PC 273.6(e)", H),
    row!("PC 278", H),
    row!("PC 278.5", H),
    row!("PC 368(d)", H),
    row!("PC 368(e)", H),
    row!("PC 459", H, Residential),
    row!("PC 460(b)", H),
    row!("PC 470", H),
    row!("PC 471", H),
    row!("PC 472", H),
    row!("PC 474", H),
    row!("PC 475", H),
    row!("PC 476", H),
    row!("PC 476a", H),
    row!("PC 484b", H),
    row!("PC 484e", H),
    row!("PC 484f", H),
    row!("PC 484g", H),
    row!("PC 484h", H),
    row!("PC 484i", H),
    row!("PC 487", H),
    row!("PC 487a", H),
    row!("PC 487b", H),
    row!("PC 487d", H),
    row!("PC 487h", H),
    row!("PC 487i", H),
    row!("PC 496", H),
    row!("PC 496a", H),
    row!("PC 496d", H),
    row!("PC 503", H),
    row!("PC 504", H),
    row!("PC 506", H),
    row!("PC 508", H),
    row!("PC 530.5", H),
    row!("PC 532", H),
    row!("PC 532a", H),
    row!("PC 550", H),
    row!("PC 594(b)(1)", H),
    row!("PC 666", H),
    row!("PC 666.5", H),
    row!("PC 4532", H),
    row!("PC 4573", H),
    row!("PC 4573.6", H),
    row!("PC 21310", H),
    row!("PC 22210", H),
    row!("PC 25400", H),
    row!("PC 25850", H),
    row!("PC 29800", H),
    row!("PC 29805", H),
    row!("PC 30305", H),
    row!("PC 33215", H),
    row!("VC 2800.2", H),
    row!("VC 2800.4", H),
    row!("VC 4463", H),
    row!("VC 10801", H),
    row!("VC 10802", H),
    row!("VC 10803", H),
    row!("VC 10851", H),
];

/// Vehicle Code 12810(a)–(e).
static VC12810: &[Entry] = &[
    row!("VC 20001", Cite::v("Veh. Code, § 12810, subd. (a)")),
    row!("VC 20002", Cite::v("Veh. Code, § 12810, subd. (a)")),
    row!("VC 23152", Cite::v("Veh. Code, § 12810, subd. (b)")),
    row!("VC 23153", Cite::v("Veh. Code, § 12810, subd. (b)")),
    row!("VC 23103", Cite::v("Veh. Code, § 12810, subd. (c)")),
    row!(
        "VC 23103.5",
        Cite::k("Veh. Code, § 12810, subd. (c)"),
        Unsettled
    ),
    row!(
        "VC 23104",
        Cite::k("Veh. Code, § 12810, subd. (c)"),
        Unsettled
    ),
    row!(
        "VC 23105",
        Cite::k("Veh. Code, § 12810, subd. (c)"),
        Unsettled
    ),
    row!("PC 191.5(b)", Cite::v("Veh. Code, § 12810, subd. (d)(1)")),
    row!("PC 192(c)", Cite::v("Veh. Code, § 12810, subd. (d)(1)")),
    row!("VC 2800.2", Cite::v("Veh. Code, § 12810, subd. (d)(1)")),
    row!("VC 2800.3", Cite::v("Veh. Code, § 12810, subd. (d)(1)")),
    row!("VC 21651(b)", Cite::v("Veh. Code, § 12810, subd. (d)(1)")),
    row!("VC 22348(b)", Cite::v("Veh. Code, § 12810, subd. (d)(1)")),
    row!("VC 23109(a)", Cite::v("Veh. Code, § 12810, subd. (d)(1)")),
    row!("VC 23109(c)", Cite::v("Veh. Code, § 12810, subd. (d)(1)")),
    row!("VC 23109.1", Cite::v("Veh. Code, § 12810, subd. (d)(1)")),
    row!("VC 31602", Cite::v("Veh. Code, § 12810, subd. (d)(1)")),
    row!("VC 23140(a)", Cite::v("Veh. Code, § 12810, subd. (d)(2)")),
    row!("VC 23140(b)", Cite::v("Veh. Code, § 12810, subd. (d)(2)")),
    row!("VC 14601", Cite::v("Veh. Code, § 12810, subd. (e)")),
    row!("VC 14601.1", Cite::v("Veh. Code, § 12810, subd. (e)")),
    row!("VC 14601.2", Cite::v("Veh. Code, § 12810, subd. (e)")),
    row!("VC 14601.3", Cite::v("Veh. Code, § 12810, subd. (e)")),
    row!("VC 14601.5", Cite::v("Veh. Code, § 12810, subd. (e)")),
];

const X4: Cite = Cite::v("Pen. Code, § 1203.4, subd. (b)");

/// PC 1203.4(b). Infractions are excluded by the rule itself.
static EXCLUDED_1203_4: &[Entry] = &[
    row!("VC 42002.1", X4, Misdemeanor),
    row!("PC 286(c)", X4),
    row!("PC 288", X4),
    row!("PC 287(c)", X4),
    row!("PC 288a(c)", X4),
    row!("PC 288.5", X4),
    row!("PC 289(j)", X4),
    row!("PC 311.1", X4),
    row!("PC 311.2", X4),
    row!("PC 311.3", X4),
    row!("PC 311.11", X4),
    row!("PC 261.5(d)", X4, Felony),
];

const X4A: Cite = Cite::v("Pen. Code, § 1203.4a, subd. (d)");

/// PC 1203.4a(d).
static EXCLUDED_1203_4A: &[Entry] = &[
    row!("PC 288(c)", X4A, Misdemeanor),
    row!("VC 42002.1", X4A, Misdemeanor),
    row!("VC 42001", X4A, Infraction),
];

const I19: Cite = Cite::v2("Pen. Code, § 19.8, subd. (a)");

/// PC 19.8(a): misdemeanors a court may treat as infractions.
static INFRACTION_19_8: &[Entry] = &[
    row!("PC 193.8", I19),
    row!("PC 330", I19),
    row!("PC 415", I19),
    row!("PC 485", I19),
    row!("PC 490.7", I19),
    row!("PC 555", I19),
    row!("PC 602.13", I19),
    row!("PC 652(b)", I19),
    row!("PC 853.7", I19),
    row!("BP 21672", I19),
    row!("BP 25658(b)", I19),
    row!("BP 25661", I19),
    row!("BP 25662", I19),
    row!("GC 27204", I19),
    row!("VC 5201.1", I19),
    row!("VC 12500", I19),
    row!("VC 14601.1", I19),
    row!("VC 23109(c)", I19),
    row!("VC 27150.1", I19),
    row!("VC 40508", I19),
    row!("VC 42005", I19),
];

const E8: Cite = Cite::k("Pen. Code, § 851.93, subd. (a)(2)(C)(ii)");

/// Offenses punishable by 8 years or more in prison or 1170(h) jail: the
/// common ones, by their sentencing triads (upper term 8 or more) or life.
static EIGHT_YEARS: &[Entry] = &[
    row!("PC 187", E8),
    row!("PC 191.5(a)", E8),
    row!("PC 192(a)", E8),
    row!("PC 203", E8),
    row!("PC 205", E8),
    row!("PC 207", E8),
    row!("PC 209", E8),
    row!("PC 209.5", E8),
    row!("PC 211", E8, Residential),
    row!("PC 215", E8),
    row!("PC 218", E8),
    row!("PC 219", E8),
    row!("PC 245(b)", E8),
    row!("PC 245(d)", E8),
    row!("PC 261", E8),
    row!("PC 264.1", E8),
    row!("PC 269", E8),
    row!("PC 286(c)", E8),
    row!("PC 286(d)", E8),
    row!("PC 287(c)", E8),
    row!("PC 287(d)", E8),
    row!("PC 288(a)", E8),
    row!("PC 288(b)", E8),
    row!("PC 288.5", E8),
    row!("PC 288.7", E8),
    row!("PC 289(a)", E8),
    row!("PC 451(a)", E8),
    row!("PC 451(b)", E8),
    row!("PC 4500", E8),
    row!("PC 11418(a)", E8),
    row!("PC 18745", E8),
    row!("PC 18755", E8),
];

const CAP: Cite = Cite::v2("Pen. Code, §§ 1203a, 1203.1, subd. (m) (AB 1950)");

/// Offenses outside the AB 1950 probation caps because their own statute
/// sets a probation length, or because they are violent or large thefts.
static PROBATION_CAP_EXEMPT: &[Entry] = &[
    row!("VC 23152", Cite::v2("Veh. Code, § 23600, subd. (b)")),
    row!("VC 23153", Cite::v2("Veh. Code, § 23600, subd. (b)")),
    row!("PC 273.5", Cite::v2("Pen. Code, § 1203.097, subd. (a)(1)")),
    row!(
        "PC 243(e)(1)",
        Cite::v2("Pen. Code, § 1203.097, subd. (a)(1)")
    ),
    row!("PC 646.9", Cite::v2("Pen. Code, § 1203.097, subd. (a)(1)")),
    row!("PC 487(b)(3)", CAP, Value25000),
    row!("PC 503", CAP, Value25000),
    row!("PC 532a", CAP, Value25000),
];

const COR: Cite = Cite::v("Pen. Code, § 4852.01, subd. (c)");

/// PC 4852.01(c): no certificate of rehabilitation.
static REHABILITATION_EXCLUDED: &[Entry] = &[
    row!("PC 269", COR),
    row!("PC 286(c)", COR),
    row!("PC 287(c)", COR),
    row!("PC 288", COR),
    row!("PC 288.5", COR),
    row!("PC 288.7", COR),
    row!("PC 289(j)", COR),
    row!("PC 288a(c)", COR),
];

const COR9: Cite = Cite::v("Pen. Code, § 4852.03, subd. (a)(2)");

/// PC 4852.03(a)(2): four more years (nine in all) for these and any offense
/// punishable by life.
static REHABILITATION_NINE_YEARS: &[Entry] = &[
    row!("PC 187", COR9),
    row!("PC 209", COR9),
    row!("PC 219", COR9),
    row!("PC 4500", COR9),
    row!("PC 18755", COR9),
];

const P799: Cite = Cite::k("Pen. Code, § 799 (no limitations period)");

/// PC 799: murder and offenses punishable by death or life without parole
/// may be charged at any time (so PC 851.91 cannot seal the arrest).
static NO_LIMITATION: &[Entry] = &[
    row!("PC 187", P799),
    row!("PC 209", P799),
    row!("PC 218", P799),
    row!("PC 219", P799),
    row!("PC 4500", P799),
    row!("PC 269", P799),
    row!("PC 288.7", P799),
];

const DV: Cite = Cite::v2("Pen. Code, § 851.91, subd. (c)");

/// The domestic violence, child abuse and elder abuse offenses whose
/// arrests PC 851.91(c) leaves to the judge when there is a pattern.
static DOMESTIC_ABUSE: &[Entry] = &[
    row!("PC 243(e)", DV),
    row!("PC 273.5", DV),
    row!("PC 273.6", DV),
    row!("PC 273a", DV),
    row!("PC 273ab", DV),
    row!("PC 273d", DV),
    row!("PC 368", DV),
    row!("PC 646.9", DV),
    row!("PC 166(c)", DV),
];

const W707: Cite = Cite::k("Welf. & Inst. Code, § 707, subd. (b)");

/// WIC 707(b): the offenses that limit juvenile sealing (WIC 781, 786) when
/// committed at 14 or older.
static WIC_707B: &[Entry] = &[
    row!("PC 187", W707),
    row!("PC 203", W707),
    row!("PC 205", W707),
    row!("PC 207", W707),
    row!("PC 209", W707),
    row!("PC 209.5", W707),
    row!("PC 211", W707),
    row!("PC 215", W707),
    row!("PC 220", W707),
    row!("PC 245(a)(1)", W707),
    row!("PC 245(a)(2)", W707),
    row!("PC 245(a)(4)", W707),
    row!("PC 245(d)", W707),
    row!("PC 261(a)(2)", W707),
    row!("PC 264.1", W707),
    row!("PC 286(c)(2)", W707),
    row!("PC 287(c)(2)", W707),
    row!("PC 288a(c)(2)", W707),
    row!("PC 288(b)", W707),
    row!("PC 289(a)", W707),
    row!("PC 451(a)", W707),
    row!("PC 451(b)", W707),
    row!("PC 12022.5", W707),
    row!("PC 12022.53", W707),
    row!("PC 26100(c)", W707),
    row!("PC 18745", W707),
];

pub(super) static ALL: &[Table] = &[
    Table {
        id: TableId::Serious,
        title: "table-serious",
        cite: Cite::v("Pen. Code, §§ 1192.7, subd. (c), 1192.8"),
        attempts: Attempts::Only(&[
            "PC 187",
            "PC 192(a)",
            "PC 203",
            "PC 205",
            "PC 261",
            "PC 262",
            "PC 286(c)(2)",
            "PC 286(c)(3)",
            "PC 286(d)",
            "PC 287(c)(2)",
            "PC 287(c)(3)",
            "PC 287(d)",
            "PC 288a(c)(2)",
            "PC 288a(c)(3)",
            "PC 288a(d)",
            "PC 288(a)",
            "PC 288(b)",
            "PC 209",
            "PC 218",
            "PC 219",
            "PC 451",
            "PC 451.5",
            "PC 18740",
            "PC 18745",
            "PC 18750",
            "PC 18755",
            "PC 460(a)",
            "PC 459",
            "PC 211",
            "PC 212.5",
            "PC 207",
            "PC 209.5",
            "PC 4503",
            "HS 11353",
            "HS 11380",
            "PC 289(a)",
            "PC 487(d)(2)",
            "PC 215",
            "PC 186.22",
            "PC 246",
            "PC 264.1",
            "PC 288.5",
            "PC 26100(c)",
            "PC 26100(d)",
            "PC 12034(c)",
            "PC 12034(d)",
            "PC 136.1",
            "PC 422",
            "PC 11418(b)",
            "PC 11418(c)",
            "PC 236.1(c)",
        ]),
        entries: SERIOUS,
    },
    Table {
        id: TableId::Violent,
        title: "table-violent",
        cite: Cite::v("Pen. Code, § 667.5, subd. (c)"),
        attempts: Attempts::Only(&["PC 187"]),
        entries: VIOLENT,
    },
    Table {
        id: TableId::SuperStrike,
        title: "table-super-strike",
        cite: Cite::v("Pen. Code, § 667, subd. (e)(2)(C)(iv)"),
        attempts: Attempts::Only(&["PC 187", "PC 188", "PC 189", "PC 190", "PC 191", "PC 191.5"]),
        entries: SUPER_STRIKE,
    },
    Table {
        id: TableId::Registrable,
        title: "table-registrable",
        cite: Cite::v2("Pen. Code, § 290, subd. (c)"),
        attempts: Attempts::Included,
        entries: REGISTRABLE,
    },
    Table {
        id: TableId::Wobbler,
        title: "table-wobbler",
        cite: CWOB,
        attempts: Attempts::Included,
        entries: WOBBLER,
    },
    Table {
        id: TableId::Prop47,
        title: "table-prop47",
        cite: P47,
        attempts: Attempts::Review,
        entries: PROP47,
    },
    Table {
        id: TableId::Prop36,
        title: "table-prop36",
        cite: Cite::k("Prop. 36 (Nov. 5, 2024)"),
        attempts: Attempts::Included,
        entries: PROP36,
    },
    Table {
        id: TableId::Prop64,
        title: "table-prop64",
        cite: P64,
        attempts: Attempts::Included,
        entries: PROP64,
    },
    Table {
        id: TableId::Realignment,
        title: "table-realignment",
        cite: H,
        attempts: Attempts::Included,
        entries: REALIGNMENT,
    },
    Table {
        id: TableId::Vc12810,
        title: "table-vc12810",
        cite: Cite::v("Pen. Code, § 1203.4, subd. (c)(1); Veh. Code, § 12810, subds. (a)-(e)"),
        attempts: Attempts::Review,
        entries: VC12810,
    },
    Table {
        id: TableId::Excluded1203_4,
        title: "table-excluded-1203-4",
        cite: X4,
        attempts: Attempts::Review,
        entries: EXCLUDED_1203_4,
    },
    Table {
        id: TableId::Excluded1203_4a,
        title: "table-excluded-1203-4a",
        cite: X4A,
        attempts: Attempts::Review,
        entries: EXCLUDED_1203_4A,
    },
    Table {
        id: TableId::Infraction19_8,
        title: "table-infraction-19-8",
        cite: I19,
        attempts: Attempts::Excluded,
        entries: INFRACTION_19_8,
    },
    Table {
        id: TableId::EightYears,
        title: "table-eight-years",
        cite: E8,
        attempts: Attempts::Review,
        entries: EIGHT_YEARS,
    },
    Table {
        id: TableId::ProbationCapExempt,
        title: "table-probation-cap-exempt",
        cite: CAP,
        attempts: Attempts::Included,
        entries: PROBATION_CAP_EXEMPT,
    },
    Table {
        id: TableId::RehabilitationNineYears,
        title: "table-rehabilitation-nine-years",
        cite: COR9,
        attempts: Attempts::Excluded,
        entries: REHABILITATION_NINE_YEARS,
    },
    Table {
        id: TableId::NoLimitation,
        title: "table-no-limitation",
        cite: P799,
        attempts: Attempts::Review,
        entries: NO_LIMITATION,
    },
    Table {
        id: TableId::DomesticAbuse,
        title: "table-domestic-abuse",
        cite: DV,
        attempts: Attempts::Included,
        entries: DOMESTIC_ABUSE,
    },
    Table {
        id: TableId::Wic707b,
        title: "table-wic-707b",
        cite: W707,
        attempts: Attempts::Only(&["PC 187"]),
        entries: WIC_707B,
    },
    Table {
        id: TableId::RehabilitationExcluded,
        title: "table-rehabilitation-excluded",
        cite: COR,
        attempts: Attempts::Included,
        entries: REHABILITATION_EXCLUDED,
    },
];
