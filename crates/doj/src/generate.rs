//! Synthetic research-file extracts: reproducible for a seed, shaped like
//! the real file (several cycles per person, arrests without charges,
//! dismissals, convictions with probation, jail or prison, registration and
//! death rows, charges in comments, padded fields, the occasional `00` date
//! and malformed line). Never real people: names are made-up syllables.

use std::io::Write;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::columns::{self as col, COUNT, NAMES};

/// Counties with rough population weights (thousands).
const COUNTIES: &[(&str, u32)] = &[
    ("LOS ANGELES", 9700),
    ("SAN DIEGO", 3300),
    ("ORANGE", 3100),
    ("RIVERSIDE", 2500),
    ("SAN BERNARDINO", 2200),
    ("SANTA CLARA", 1900),
    ("ALAMEDA", 1600),
    ("SACRAMENTO", 1600),
    ("CONTRA COSTA", 1200),
    ("FRESNO", 1000),
    ("KERN", 900),
    ("SAN FRANCISCO", 800),
    ("VENTURA", 800),
    ("SAN MATEO", 700),
    ("SAN JOAQUIN", 800),
    ("STANISLAUS", 550),
    ("SONOMA", 480),
    ("TULARE", 480),
    ("SOLANO", 450),
    ("YOLO", 220),
    ("HUMBOLDT", 135),
    ("ALPINE", 1),
];

/// Offenses: section text as DOJ prints it, level letter.
const OFFENSES: &[(&str, &str)] = &[
    ("11357(C)HS-POSSESS MARIJUANA", "M"),
    ("11357(B) HS-POSSESS 28.5 GRAMS OR LESS MARIJUANA", "M"),
    ("11358 HS-CULTIVATE MARIJUANA", "F"),
    ("11359 HS-POSSESS MARIJUANA FOR SALE", "F"),
    ("11360(A) HS-SELL/TRANSPORT MARIJUANA", "F"),
    ("11350(A) HS-POSSESS NARCOTIC CONTROLLED SUBSTANCE", "F"),
    ("11377(A) HS-POSSESS CONTROLLED SUBSTANCE", "M"),
    ("459 PC-BURGLARY", "F"),
    ("484(A) PC-THEFT OF PERSONAL PROPERTY", "M"),
    ("496(A) PC-RECEIVE KNOWN STOLEN PROPERTY", "F"),
    ("23152(A) VC-DUI ALCOHOL/DRUGS", "M"),
    ("273.5(A) PC-INFLICT CORPORAL INJURY SPOUSE", "F"),
    ("245(A)(1) PC-ASSAULT WITH DEADLY WEAPON", "F"),
    ("211 PC-ROBBERY", "F"),
    ("148(A)(1) PC-OBSTRUCT/RESIST PUBLIC OFFICER", "M"),
    ("10851(A) VC-TAKE VEHICLE WITHOUT OWNER CONSENT", "F"),
    ("647(F) PC-DISORDERLY CONDUCT:INTOXICATED", "M"),
    ("664-11359 HS-ATTEMPT POSSESS MARIJUANA FOR SALE", "F"),
];

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ra", "tu", "ve", "zo", "ne", "sha", "pri", "dal", "fen", "gor", "hix",
];

/// Options for a synthetic extract.
#[derive(Clone, Debug)]
pub struct Options {
    /// How many people.
    pub people: u32,
    /// The seed.
    pub seed: u64,
    /// Only this county for court steps (others appear for other steps).
    pub county: Option<String>,
    /// Write the header line.
    pub header: bool,
    /// Fill unused columns with `"  -  "` as gogen's generator did (about
    /// 800 bytes a row) instead of leaving them empty.
    pub fillers: bool,
    /// About one line in this many is malformed (0: none).
    pub malformed_every: u32,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            people: 100,
            seed: 1,
            county: None,
            header: true,
            fillers: true,
            malformed_every: 5000,
        }
    }
}

fn pick<'a, T>(rng: &mut StdRng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

fn county(rng: &mut StdRng) -> &'static str {
    let total: u32 = COUNTIES.iter().map(|c| c.1).sum();
    let mut x = rng.random_range(0..total);
    for (name, w) in COUNTIES {
        if x < *w {
            return name;
        }
        x -= w;
    }
    COUNTIES[0].0
}

fn name(rng: &mut StdRng) -> String {
    let part = |rng: &mut StdRng| -> String {
        (0..rng.random_range(2..4))
            .map(|_| *pick(rng, SYLLABLES))
            .collect::<String>()
            .to_ascii_uppercase()
    };
    format!("{},{}", part(rng), part(rng))
}

/// One CSV field, quoted when it must be (or when it starts with a space,
/// as DOJ-style fillers do).
fn field(out: &mut Vec<u8>, v: &str) {
    if v.contains([',', '"', '\n']) || v.starts_with(' ') {
        out.push(b'"');
        out.extend_from_slice(v.replace('"', "\"\"").as_bytes());
        out.push(b'"');
    } else {
        out.extend_from_slice(v.as_bytes());
    }
}

/// One line with the given columns set and every other field empty, quoted
/// as the generator quotes (for hand-built fixtures).
pub fn line(fields: &[(usize, &str)]) -> String {
    let mut v = vec![""; COUNT];
    for (i, s) in fields {
        v[*i] = s;
    }
    let mut out = Vec::with_capacity(512);
    for (i, f) in v.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        field(&mut out, f);
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Write an extract. Returns the number of data lines written.
pub fn write(out: &mut impl Write, o: &Options) -> std::io::Result<u64> {
    let mut rng = StdRng::seed_from_u64(o.seed);
    let mut lines = 0u64;
    let mut buf = Vec::with_capacity(1 << 16);
    if o.header {
        out.write_all(NAMES.join(",").as_bytes())?;
        out.write_all(b"\n")?;
    }
    let filler = if o.fillers { "  -  " } else { "" };
    for p in 0..o.people {
        let subject = format!("{}", 10_000_000 + p as u64 * 7 + o.seed % 7);
        let cii = format!("A{:08}", (o.seed.wrapping_mul(31) + p as u64) % 100_000_000);
        let person = name(&mut rng);
        let birth_year = rng.random_range(1940..2004);
        let dob = format!(
            "{birth_year}{:02}{:02}",
            rng.random_range(1..13),
            rng.random_range(1..29)
        );
        let gender = *pick(&mut rng, &["MALE", "FEMALE"]);
        let race = *pick(
            &mut rng,
            &[
                "WHITE",
                "BLACK",
                "HISPANIC",
                "ASIAN",
                "AMERICAN INDIAN",
                "OTHER",
            ],
        );
        let home = o
            .county
            .clone()
            .unwrap_or_else(|| county(&mut rng).to_string());
        let cycles = rng.random_range(1..6);
        let mut year = (birth_year + 18).max(1975);
        let mut rows: Vec<[String; COUNT]> = Vec::new();
        for cycle in 0..cycles {
            year += rng.random_range(0..4);
            if year > 2025 {
                break;
            }
            let month = rng.random_range(1..13);
            let day = rng.random_range(1..29);
            let date = format!("{year}{month:02}{day:02}");
            let cyc = 101 + cycle;
            let offense = *pick(&mut rng, OFFENSES);
            // With a county given, every case is in it (as in a county's
            // DOJ file); otherwise most are in the person's home county.
            let elsewhere = !rng.random_bool(0.8);
            let here = if elsewhere && o.county.is_none() {
                county(&mut rng).to_string()
            } else {
                home.clone()
            };
            // The arrest step.
            let mut row = blank(filler);
            fill_person(&mut row, &subject, &cii, &person, gender, &dob, race);
            row[col::CYC_DATE] = date.clone();
            row[col::STP_EVENT_DATE] = date.clone();
            row[col::STP_TYPE_DESCR] = "ARREST/DETAINED/CITED".into();
            row[col::STP_ORI_DESCR] = format!("CAPD{}", here.replace(' ', ""));
            row[col::STP_ORI_CNTY_NAME] = here.clone();
            row[col::CNT_ORDER] = format!("{cyc:03}001001000");
            row[col::OFFENSE_DESCR] = offense.0.into();
            row[col::OFFENSE_TOC] = offense.1.into();
            rows.push(row);
            if rng.random_bool(0.15) {
                continue; // arrest only: no charges filed
            }
            // The court step, one or two counts.
            let counts = if rng.random_bool(0.3) { 2 } else { 1 };
            let court_date = format!("{year}{:02}{day:02}", (month % 12) + 1);
            let case = format!("{:08}", rng.random_range(0..100_000_000u32));
            for n in 1..=counts {
                let offense = if n == 1 {
                    offense
                } else {
                    *pick(&mut rng, OFFENSES)
                };
                let convicted = rng.random_bool(0.75);
                let mut row = blank(filler);
                fill_person(&mut row, &subject, &cii, &person, gender, &dob, race);
                row[col::CYC_DATE] = date.clone();
                row[col::STP_EVENT_DATE] = if rng.random_ratio(1, 400) {
                    format!("{year}0000")
                } else {
                    court_date.clone()
                };
                row[col::STP_TYPE_DESCR] = "COURT ACTION".into();
                row[col::STP_ORI_DESCR] = format!("CASC{}", here.replace(' ', ""));
                row[col::STP_ORI_CNTY_NAME] = here.clone();
                row[col::CNT_ORDER] = format!("{cyc:03}002{n:03}000");
                row[col::OFN] = case.clone();
                if rng.random_ratio(1, 30) {
                    row[col::OFFENSE_DESCR] = "SEE COMMENT FOR CHARGE".into();
                    row[col::COMMENT_TEXT] = format!("CHRG {}", offense.0);
                } else {
                    row[col::OFFENSE_DESCR] = offense.0.into();
                }
                row[col::OFFENSE_TOC] = offense.1.into();
                if !convicted {
                    row[col::DISP_DESCR] = "DISMISSED/CHARGE DROPPED".into();
                    rows.push(row);
                    continue;
                }
                let felony = offense.1 == "F" && rng.random_bool(0.7);
                row[col::CONV_STAT_DESCR] = if felony { "FELONY" } else { "MISDEMEANOR" }.into();
                let kind = rng.random_range(0..10);
                let parts: Vec<(&str, u32, &str)> = match kind {
                    0..=5 => vec![
                        ("PROBATION", *pick(&mut rng, &[1, 2, 3, 5]), "Y"),
                        ("JAIL", *pick(&mut rng, &[10, 30, 90]), "D"),
                    ],
                    6 | 7 => vec![("JAIL", *pick(&mut rng, &[30, 90, 180, 365]), "D")],
                    8 if felony => vec![("PRISON", *pick(&mut rng, &[16, 24, 36]), "M")],
                    _ => vec![("FINE", 0, "")],
                };
                row[col::DISP_DESCR] = format!("CONVICTED-{}", parts[0].0);
                for (loc, len, unit) in &parts {
                    let mut r = row.clone();
                    r[col::SENT_LOC_DESCR] = (*loc).into();
                    r[col::SENT_LENGTH] = if *len > 0 {
                        len.to_string()
                    } else {
                        String::new()
                    };
                    r[col::SENT_TIME_CODE] = (*unit).into();
                    r[col::SENT_TIME_DESCR] = match *unit {
                        "D" => "DAYS      ",
                        "M" => "MONTHS   ",
                        "Y" => "YEARS",
                        _ => "",
                    }
                    .into();
                    rows.push(r);
                }
            }
            if offense.0.starts_with("288") || rng.random_ratio(1, 200) {
                let mut row = blank(filler);
                fill_person(&mut row, &subject, &cii, &person, gender, &dob, race);
                row[col::STP_EVENT_DATE] = date.clone();
                row[col::STP_TYPE_DESCR] = "REGISTRATION".into();
                row[col::CNT_ORDER] = format!("{cyc:03}003001000");
                row[col::OFFENSE_DESCR] = "290 PC-REGISTRATION OF SEX OFFENDER".into();
                rows.push(row);
            }
        }
        if rng.random_ratio(1, 100) {
            let mut row = blank(filler);
            fill_person(&mut row, &subject, &cii, &person, gender, &dob, race);
            row[col::STP_EVENT_DATE] = "20240101".into();
            row[col::STP_TYPE_DESCR] = "DECEASED".into();
            row[col::CNT_ORDER] = "199001001000".into();
            rows.push(row);
        }
        for row in rows {
            buf.clear();
            let malformed = o.malformed_every > 0 && rng.random_ratio(1, o.malformed_every);
            let n = if malformed { COUNT - 1 } else { COUNT };
            for (i, v) in row.iter().take(n).enumerate() {
                if i > 0 {
                    buf.push(b',');
                }
                field(&mut buf, v);
            }
            buf.push(b'\n');
            out.write_all(&buf)?;
            lines += 1;
        }
    }
    Ok(lines)
}

fn blank(filler: &str) -> [String; COUNT] {
    std::array::from_fn(|i| match i {
        col::END_OF_REC => "#".to_string(),
        col::STP_ORI_CNTY_NAME | col::CNT_ORDER => String::new(),
        _ => filler.to_string(),
    })
}

fn fill_person(
    row: &mut [String; COUNT],
    subject: &str,
    cii: &str,
    name: &str,
    gender: &str,
    dob: &str,
    race: &str,
) {
    row[col::SUBJECT_ID] = subject.into();
    row[col::CII_NUMBER] = cii.into();
    row[col::PRI_NAME] = name.into();
    row[col::GENDER] = gender.into();
    row[col::PRI_DOB] = dob.into();
    row[col::RACE_DESCR] = race.into();
    for c in [
        col::STP_TYPE_DESCR,
        col::OFFENSE_DESCR,
        col::DISP_DESCR,
        col::CONV_STAT_DESCR,
        col::SENT_LOC_DESCR,
        col::SENT_LENGTH,
        col::SENT_TIME_CODE,
        col::SENT_TIME_DESCR,
        col::OFN,
        col::OFFENSE_TOC,
        col::COMMENT_TEXT,
        col::CYC_DATE,
        col::STP_EVENT_DATE,
        col::STP_ORI_DESCR,
        col::DISP_DATE,
    ] {
        row[c] = String::new();
    }
}
