//! Synthetic RAP sheets for tests and demos, reproducible from a seed.
//!
//! Every person, name, CII and case number is made up. The generator builds
//! the record the reader should produce (the ground truth) with the same
//! building blocks the reader uses (sections, dispositions and sentences
//! parsed from their printed text), then [`crate::render`] prints it with
//! some of the noise real sheets have.

use law::date::{Date, RecordDate, add_days};
use law::model::{
    Count, CustodyKind, Disposition, Event, EventKind, History, Level, Person, Sentence, Update,
};
use law::section::Section;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::county::{County, county_of};
use crate::render::{Noise, sheet};

/// Charges the generator draws from: section, code, description, level.
const CHARGES: &[(&str, &str, &str, Level)] = &[
    (
        "496(A)",
        "PC",
        "RECEIVE/ETC KNOWN STOLEN PROPERTY",
        Level::Felony,
    ),
    ("459", "PC", "BURGLARY", Level::Felony),
    (
        "484(A)",
        "PC",
        "THEFT OF PERSONAL PROPERTY",
        Level::Misdemeanor,
    ),
    (
        "487(A)",
        "PC",
        "GRAND THEFT:MONEY/LABOR/PROPERTY",
        Level::Felony,
    ),
    ("470(D)", "PC", "FALSE/FORGED CHECK/ETC", Level::Felony),
    ("242", "PC", "BATTERY", Level::Misdemeanor),
    (
        "243(D)",
        "PC",
        "BATTERY W/SERIOUS BODILY INJURY",
        Level::Felony,
    ),
    (
        "273.5(A)",
        "PC",
        "INFLICT CORPORAL INJ ON SPOUSE/COHAB",
        Level::Felony,
    ),
    (
        "417(A)(1)",
        "PC",
        "EXHIBIT DEADLY WEAPON:NOT FIREARM",
        Level::Misdemeanor,
    ),
    (
        "148(A)(1)",
        "PC",
        "OBSTRUCTS/RESISTS PUBLIC OFFICER/ETC",
        Level::Misdemeanor,
    ),
    (
        "647(F)",
        "PC",
        "DISORDERLY CONDUCT:INTOX DRUG/ALCOHOL",
        Level::Misdemeanor,
    ),
    ("602", "PC", "TRESPASSING", Level::Misdemeanor),
    ("415", "PC", "DISTURB THE PEACE", Level::Misdemeanor),
    (
        "11350(A)",
        "HS",
        "POSSESS NARCOTIC CONTROLLED SUBSTANCE",
        Level::Felony,
    ),
    (
        "11377(A)",
        "HS",
        "POSSESS CONTROLLED SUBSTANCE",
        Level::Felony,
    ),
    (
        "11378",
        "HS",
        "POSSESS CONTROLLED SUBSTANCE FOR SALE",
        Level::Felony,
    ),
    ("11360(A)", "HS", "TRANSPORT/SELL MARIJUANA", Level::Felony),
    (
        "11357(C)",
        "HS",
        "POSSESS MARIJUANA OVER 28.5 GRAMS",
        Level::Misdemeanor,
    ),
    ("23152(A)", "VC", "DUI ALCOHOL/DRUGS", Level::Misdemeanor),
    ("23152(B)", "VC", "DUI 0.08 ALCOHOL", Level::Misdemeanor),
    (
        "14601.1(A)",
        "VC",
        "DRIVE WHILE LIC SUSPENDED/ETC",
        Level::Misdemeanor,
    ),
    (
        "10851(A)",
        "VC",
        "TAKE VEHICLE W/O OWNER'S CONSENT",
        Level::Felony,
    ),
    (
        "25850(A)",
        "PC",
        "CARRY LOADED FIREARM IN PUBLIC PLACE",
        Level::Felony,
    ),
    (
        "166(A)(4)",
        "PC",
        "CONTEMPT:DISOBEY COURT ORDER",
        Level::Misdemeanor,
    ),
    ("530.5(A)", "PC", "GET CREDIT/ETC OTHER'S ID", Level::Felony),
    ("211", "PC", "ROBBERY", Level::Felony),
];

const PLACES: &[&str] = &[
    "LOS ANGELES",
    "OAKLAND",
    "SAN JOSE",
    "FRESNO",
    "SACRAMENTO",
    "SAN DIEGO",
    "RIVERSIDE",
    "SANTA ROSA",
    "STOCKTON",
    "BAKERSFIELD",
    "SALINAS",
    "EUREKA",
    "REDDING",
    "CHICO",
    "MODESTO",
    "VISALIA",
    "SAN BERNARDINO",
    "SANTA ANA",
    "VENTURA",
    "FAIRFIELD",
];

const SYLLABLES: &[&str] = &[
    "VOR", "AN", "DEL", "MIRA", "TOV", "ELL", "KES", "BRAN", "OLU", "ZAN", "QUI", "RET", "SOL",
    "PAV", "NIM", "ORA", "LUX", "TEM", "HAL", "WEN",
];
const FIRST: &[&str] = &[
    "ALEX", "JORDAN", "SAM", "RIVER", "MORGAN", "TAYLOR", "CASEY", "JESSE", "ROBIN", "QUINN",
];

fn pick<'a, T>(rng: &mut StdRng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

fn made_up_surname(rng: &mut StdRng) -> String {
    (0..rng.random_range(2..4))
        .map(|_| *pick(rng, SYLLABLES))
        .collect()
}

fn county_name(agency: &str) -> Option<String> {
    match county_of(agency) {
        County::Known(c) => Some(c.to_string()),
        _ => None,
    }
}

fn sentence(rng: &mut StdRng, level: Level, date: Date) -> (String, SentenceKind) {
    let r = rng.random_range(0..10);
    match (level, r) {
        (_, 0..=5) => {
            let months = *pick(rng, &[12, 24, 36, 60]);
            let jail = *pick(rng, &[0, 5, 30, 45, 90, 180]);
            let mut s = format!("{months:03} MONTHS PROBATION");
            if jail > 0 {
                s.push_str(&format!(", {jail:03} DAYS JAIL"));
            }
            if rng.random_bool(0.4) {
                s.push_str(", FINE");
            }
            if rng.random_bool(0.2) {
                s.push_str(", RESTN");
            }
            (s, SentenceKind::Probation)
        }
        (Level::Felony, 6..=7) if date >= jiff::civil::date(2011, 10, 1) => {
            let months = *pick(rng, &[16, 24, 36]);
            (
                format!("{months:03} MONTHS JAIL, 1170(H)(5)(A) PC"),
                SentenceKind::Jail,
            )
        }
        (Level::Felony, _) => {
            let years = *pick(rng, &[2, 3, 4]);
            (format!("{years:03} YEARS PRISON"), SentenceKind::Prison)
        }
        _ => {
            let days = *pick(rng, &[2, 10, 30, 90]);
            (format!("{days:03} DAYS JAIL, FINE"), SentenceKind::Jail)
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SentenceKind {
    Probation,
    Jail,
    Prison,
}

fn dispo(text: &str) -> Disposition {
    Disposition::classify(text)
}

fn update(date: Date, text: &str, sentence: Option<&str>) -> Update {
    Update {
        date: Some(RecordDate::exact(date)),
        dispositions: vec![dispo(text)],
        sentence: sentence.map(Sentence::parse),
        comments: Vec::new(),
        line: None,
        column: None,
    }
}

fn count(section: &str, code: &str, description: &str) -> Count {
    Count {
        id: String::new(),
        number: None,
        range: None,
        section: Section::parse(&format!("{section} {code}")).ok(),
        attempted: false,
        charge: None,
        description: Some(description.to_string()),
        charge_level: None,
        disposition: None,
        level: None,
        sentence: None,
        updates: Vec::new(),
        flags: Vec::new(),
        tags: Vec::new(),
        comments: Vec::new(),
        line: None,
        column: None,
    }
}

fn event(kind: EventKind, cycle: u32, date: Date, agency: String) -> Event {
    Event {
        id: String::new(),
        cycle,
        kind,
        detail: None,
        custody: None,
        county: county_name(&agency),
        date: Some(RecordDate::exact(date)),
        agency: Some(agency),
        case_number: None,
        counts: Vec::new(),
        strike_banner: false,
        text: None,
        line: None,
        column: None,
    }
}

/// A synthetic sheet: the record the reader should produce, and its text.
pub struct Synthetic {
    /// The ground truth.
    pub history: History,
    /// The sheet as printed.
    pub text: String,
    /// The noise mixed in.
    pub noise: Noise,
}

/// Generate a sheet from a seed.
pub fn rap_sheet(seed: u64) -> Synthetic {
    let mut rng = StdRng::seed_from_u64(seed);
    let last = made_up_surname(&mut rng);
    let first = *pick(&mut rng, FIRST);
    let dob = add_days(jiff::civil::date(1950, 1, 1), rng.random_range(0..15_000));
    let mut names = vec![format!("{last},{first}")];
    if rng.random_bool(0.3) {
        names.push(format!("{last},{}", pick(&mut rng, FIRST)));
    }
    let person = Person {
        names,
        cii: Some(format!(
            "A{:08}",
            rng.random_range(10_000_000..99_999_999u32)
        )),
        dob: Some(RecordDate::exact(dob)),
        sex: Some(pick(&mut rng, &["M", "F"]).to_string()),
        race: Some(
            pick(
                &mut rng,
                &["WHITE", "BLACK", "HISPANIC", "ASIAN", "AMERICAN INDIAN"],
            )
            .to_string(),
        ),
        ..Person::default()
    };
    let printed = jiff::civil::date(2026, 11, 1);
    let mut events: Vec<Event> = Vec::new();
    let mut day = add_days(dob, 18 * 365 + rng.random_range(0..3000));
    let cycles = rng.random_range(1..=6);
    let mut cycle = 0u32;
    for _ in 0..cycles {
        if day >= add_days(printed, 0) {
            break;
        }
        cycle += 1;
        let place = *pick(&mut rng, PLACES);
        let county = county_name(&format!("CASC {place}")).unwrap_or_else(|| place.to_string());
        let arrest_agency = if rng.random_bool(0.6) {
            format!("CAPD {place}")
        } else {
            format!("CASO {county}")
        };
        let toc = if rng.random_bool(0.5) {
            Level::Felony
        } else {
            Level::Misdemeanor
        };
        let mut arrest = event(EventKind::Arrest, cycle, day, arrest_agency);
        let n = rng.random_range(1..=3);
        let charges: Vec<_> = (0..n).map(|_| *pick(&mut rng, CHARGES)).collect();
        let arrest_case = format!("{:02}-{:05}", day.year() % 100, rng.random_range(0..99_999));
        arrest.case_number = Some(arrest_case);
        for (s, code, d, _) in &charges {
            let mut c = count(s, code, d);
            c.charge_level = Some(toc);
            arrest.counts.push(c);
        }
        let goes_to_court = rng.random_bool(0.75);
        if !goes_to_court && rng.random_bool(0.5) {
            let text = *pick(&mut rng, &["RELEASED/DETENTION ONLY", "PROS REJ-OTHER"]);
            for c in &mut arrest.counts {
                c.disposition = Some(dispo(text));
            }
        }
        events.push(arrest);
        if goes_to_court {
            let court_day = add_days(day, rng.random_range(10..120));
            let mut court = event(EventKind::Court, cycle, court_day, format!("CASC {county}"));
            let case = format!(
                "{}{:06}",
                pick(&mut rng, &["F", "M", "CR", "SC"]),
                rng.random_range(0..999_999)
            );
            court.case_number = Some(case.clone());
            let mut custody: Option<(SentenceKind, Date)> = None;
            for (s, code, d, level) in &charges {
                let mut c = count(s, code, d);
                if rng.random_bool(0.75) {
                    c.disposition = Some(dispo("CONVICTED"));
                    let level = if *level == Level::Felony && rng.random_bool(0.3) {
                        Level::Misdemeanor
                    } else {
                        *level
                    };
                    c.level = Some(level);
                    let (text, kind) = sentence(&mut rng, level, court_day);
                    c.sentence = Some(Sentence::parse(&text));
                    if kind != SentenceKind::Probation {
                        custody.get_or_insert((kind, court_day));
                    }
                    let mut later = add_days(court_day, rng.random_range(60..900));
                    if kind == SentenceKind::Probation && rng.random_bool(0.2) {
                        c.updates.push(update(later, "PROBATION REVOKED", None));
                        later = add_days(later, rng.random_range(20..90));
                        c.updates.push(update(later, "PROBATION REINSTATED", None));
                    }
                    if level == Level::Felony
                        && kind == SentenceKind::Probation
                        && rng.random_bool(0.15)
                    {
                        later = add_days(later, rng.random_range(30..400));
                        c.updates
                            .push(update(later, "REDUCED TO MISDEMEANOR", None));
                    }
                    if kind == SentenceKind::Probation && rng.random_bool(0.15) {
                        later = add_days(later, rng.random_range(400..1500));
                        if later < printed {
                            c.updates.push(update(
                                later,
                                "CONVICTION SET ASIDE & DISMISSED PER 1203.4 PC",
                                None,
                            ));
                        }
                    }
                    if rng.random_bool(0.1) {
                        c.comments
                            .push("CONVICTION CERTIFIED BY CLERK OF THE COURT".into());
                    }
                } else {
                    let text: &&str =
                        pick(&mut rng, &["DISMISSED/FURTHERANCE OF JUSTICE", "DISMISSED"]);
                    c.disposition = Some(dispo(text));
                }
                court.counts.push(c);
            }
            events.push(court);
            if let Some((kind, start)) = custody {
                let (agency, ck) = match kind {
                    SentenceKind::Prison => ("CASD CORRECTIONS".to_string(), CustodyKind::Prison),
                    _ => (format!("CASO {county}"), CustodyKind::Jail),
                };
                let mut cust = event(EventKind::Custody, cycle, add_days(start, 1), agency);
                cust.custody = Some(ck);
                let (s, code, d, _) = charges[0];
                let mut c = count(s, code, d);
                c.tags.push(format!("SEN FROM: {county} CO CRT #{case}"));
                let release = add_days(start, rng.random_range(30..700));
                if release < printed {
                    if ck == CustodyKind::Prison {
                        c.updates.push(update(release, "PAROLED", None));
                        let discharge = add_days(release, rng.random_range(300..1100));
                        if discharge < printed {
                            c.updates.push(update(discharge, "DISCHARGED", None));
                        }
                    } else {
                        c.updates.push(update(release, "RELEASED", None));
                    }
                }
                cust.counts.push(c);
                events.push(cust);
            }
        }
        day = add_days(day, rng.random_range(200..2500));
    }
    if rng.random_bool(0.1) && day < printed {
        cycle += 1;
        let mut reg = event(
            EventKind::Registration,
            cycle,
            day,
            format!(
                "CASO {}",
                pick(&mut rng, &["LOS ANGELES", "FRESNO", "SAN DIEGO"])
            ),
        );
        reg.case_number = Some(format!("R{:05}", rng.random_range(0..99_999)));
        reg.counts
            .push(count("290", "PC", "REGISTRATION OF SEX OFFENDER"));
        events.push(reg);
    }
    if rng.random_bool(0.1) && day < printed {
        cycle += 1;
        let mut app = event(
            EventKind::Applicant,
            cycle,
            add_days(day, 30),
            "CASD SOCIAL SERV CCL-CRCB".to_string(),
        );
        let mut c = count("1", "PC", "");
        c.section = None;
        c.description = Some("APPLICANT ADULT DAY/RESIDENT REHAB".into());
        app.counts.push(c);
        events.push(app);
    }
    // Ids, count numbers, and the event-level details the reader derives.
    for (i, e) in events.iter_mut().enumerate() {
        e.id = format!("e{}", i + 1);
        for (k, c) in e.counts.iter_mut().enumerate() {
            c.id = format!("{}.c{}", e.id, k + 1);
            c.number = Some(k as u32 + 1);
        }
    }
    let history = History {
        person,
        printed_on: Some(RecordDate::exact(printed)),
        events,
        ..History::default()
    };
    let noise = Noise {
        page_markers: rng.random_bool(0.3),
        crlf: rng.random_bool(0.2),
        drop_event_delimiters: rng.random_bool(0.2),
    };
    let text = sheet(&history, noise);
    Synthetic {
        history,
        text,
        noise,
    }
}
