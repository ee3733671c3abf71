//! The dismissal petition (CR-180) with its attachments (MC-025 for counts
//! past the form's five rows, MC-031 for the declaration when relief is
//! up to the court) and the proposed order (CR-181).

use serde_json::json;

use crate::court::{self, Caption, Case, PERJURY, check, heading, para, signature, table, us_date};
use crate::paper::{Instance, Overlay, Paper};
use crate::person::Person;
use crate::report::{Count, Report};

/// Remedies the CR-180 petition asks for.
pub const CR180_REMEDIES: &[&str] = &[
    "pc-1203.4",
    "pc-1203.4a",
    "pc-1203.41",
    "pc-1203.42",
    "pc-1203.43",
    "pc-1203.49",
    "pc-17b",
    "pc-17d2",
];

/// Rows of the counts table on CR-180 and on each MC-025 page.
const CR180_ROWS: usize = 5;
const MC025_ROWS: usize = 19;

/// The body area of MC-031, between the caption and the signature lines.
const MC031_BODY: [f32; 4] = [42.0, 170.0, 570.0, 640.0];

/// What the petition says, settled once for the official form and the
/// generated equivalent.
struct Petition<'a> {
    case: Case<'a>,
    counts: Vec<&'a Count>,
    probation: Option<&'static str>,
    no_probation: Option<&'static str>,
    trafficking: bool,
    county_jail: Option<&'static str>,
    prison_1203_42: bool,
    deferred: bool,
    discretionary: bool,
}

impl<'a> Petition<'a> {
    fn new(case: Case<'a>) -> Option<Self> {
        if case.eligible(CR180_REMEDIES).is_empty() {
            return None;
        }
        let counts: Vec<&Count> = case
            .event
            .counts
            .iter()
            .filter(|c| {
                c.disposition.as_deref() == Some("convicted")
                    || c.relief("pc-1203.43").is_some_and(|d| d.is_eligible())
            })
            .collect();
        let mandatory = |remedy: &str| {
            case.determinations(remedy)
                .iter()
                .all(|d| d.mandatory != Some(false))
        };
        // 1203.4(a)(1): (a) probation fulfilled, (b) ended early by the
        // court, (c) the interests of justice when the court decides.
        let early = case
            .determinations("pc-1203.4")
            .iter()
            .any(|d| d.has_reason("r-1203-4-early-termination"));
        let probation = case.has("pc-1203.4").then(|| {
            if !mandatory("pc-1203.4") {
                "c"
            } else if early {
                "b"
            } else {
                "a"
            }
        });
        let no_probation = case
            .has("pc-1203.4a")
            .then(|| if mandatory("pc-1203.4a") { "a" } else { "b" });
        let county_jail = case.has("pc-1203.41").then(|| {
            let split = case
                .determinations("pc-1203.41")
                .iter()
                .any(|d| d.has_reason("r-1203-41-split"));
            if split { "a" } else { "b" }
        });
        let discretionary = case
            .eligible(CR180_REMEDIES)
            .iter()
            .any(|(_, d)| d.mandatory == Some(false));
        Some(Self {
            counts,
            probation,
            no_probation,
            trafficking: case.has("pc-1203.49"),
            county_jail,
            prison_1203_42: case.has("pc-1203.42"),
            deferred: case.has("pc-1203.43"),
            discretionary,
            case,
        })
    }

    fn row(c: &Count) -> [String; 5] {
        let (code, section) = c.code_and_section();
        let yes_no = |remedy: &str| {
            if c.relief(remedy).is_some_and(|d| d.is_eligible()) {
                "Yes"
            } else {
                "No"
            }
        };
        [
            code,
            section,
            c.level.clone().unwrap_or_default(),
            yes_no("pc-17b").into(),
            yes_no("pc-17d2").into(),
        ]
    }

    fn justice_note(&self) -> &'static str {
        if self.discretionary {
            "See the attached declaration (form MC-031)."
        } else {
            ""
        }
    }
}

const COLUMNS: [&str; 5] = [
    "Code",
    "Section",
    "Type of offense",
    "Reduce to misdemeanor, PC 17(b)",
    "Reduce to infraction, PC 17(d)(2)",
];
const ROW_KEYS: [&str; 5] = ["code", "section", "type", "reduce_17b", "reduce_17d2"];

/// The papers for one case: CR-180, MC-025 when needed, MC-031 when
/// discretionary, CR-181. Also returns whether the declaration lacked the
/// person's statement.
pub fn papers(report: &Report, person: &Person, case: Case<'_>) -> (Vec<Paper>, bool) {
    let Some(p) = Petition::new(case) else {
        return (Vec::new(), false);
    };
    let mut out = vec![cr180(report, person, &p)];
    if p.counts.len() > CR180_ROWS {
        out.push(mc025(person, &p));
    }
    let mut no_statement = false;
    if p.discretionary {
        let paragraphs = person
            .declaration
            .as_ref()
            .map(|s| s.paragraphs())
            .unwrap_or_default();
        no_statement = paragraphs.is_empty();
        out.push(mc031(person, &p, paragraphs));
    }
    out.push(cr181(report, person, &p));
    (out, no_statement)
}

fn cr180(report: &Report, person: &Person, p: &Petition<'_>) -> Paper {
    let mut f = Instance::default();
    court::party(&mut f, person);
    let number = p.case.number();
    let dob = report
        .person
        .dob
        .as_deref()
        .map(us_date)
        .unwrap_or_default();
    f.text("defendant", &person.name);
    f.text("dob", &dob);
    f.text("case_number", number);
    for page in ["page2", "page3"] {
        f.text(format!("{page}.defendant"), &person.name);
        f.text(format!("{page}.case_number"), number);
    }
    let date = p
        .case
        .event
        .date
        .as_deref()
        .map(us_date)
        .unwrap_or_default();
    f.text("conviction_date", &date);
    for (i, c) in p.counts.iter().take(CR180_ROWS).enumerate() {
        for (key, value) in ROW_KEYS.iter().zip(Petition::row(c)) {
            f.text(format!("count.{}.{key}", i + 1), value);
        }
    }
    let note = p.justice_note();
    f.check("item2", p.probation.is_some());
    if let Some(sub) = p.probation {
        f.check(format!("item2.{sub}"), true);
        if sub == "c" {
            f.text("item2.text", note);
        }
    }
    f.check("item3", p.no_probation.is_some());
    if let Some(sub) = p.no_probation {
        f.check(format!("item3.{sub}"), true);
        if sub == "b" {
            f.text("item3.text", note);
        }
    }
    f.check("item4", p.trafficking);
    if p.trafficking {
        f.text("item4.text", note);
    }
    f.check("item5", p.county_jail.is_some());
    if let Some(sub) = p.county_jail {
        f.check(format!("item5.{sub}"), true);
        f.text("item5.text", note);
    }
    f.check("item6", p.prison_1203_42);
    if p.prison_1203_42 {
        f.text("item6.text", note);
    }
    f.check("item7", p.deferred);
    if p.deferred {
        f.check("item7.a", true);
    }
    f.text("address", person.address.clone().unwrap_or_default());
    f.text("city_state_zip", person.city_line());

    // The generated equivalent says the same, item by item.
    let mut rows: Vec<Vec<String>> = p.counts.iter().map(|c| Petition::row(c).to_vec()).collect();
    if rows.is_empty() {
        rows.push(vec![String::new(); 5]);
    }
    let mut blocks = vec![
        para(
            "1.",
            format!(
                "On (date): {date}, the petitioner (the defendant in the above-entitled criminal action) was convicted of a violation of the following offenses or was granted deferred entry of judgment for the following offenses:"
            ),
        ),
        table(&COLUMNS, rows),
    ];
    if let Some(sub) = p.probation {
        blocks.push(check("2.", true, "Felony or misdemeanor with probation granted (Pen. Code, § 1203.4). Probation was granted on the terms and conditions stated in the docket of the above-entitled court; the petitioner is not serving a sentence for any offense, nor on probation for any offense, nor under charge of commission of any crime, and the petitioner:", &[
            ("a.", sub == "a", "has fulfilled the conditions of probation for the entire period thereof."),
            ("b.", sub == "b", "has been discharged from probation prior to the termination of the period thereof."),
            ("c.", sub == "c", "should be granted relief in the interests of justice."),
        ], if sub == "c" { note } else { "" }));
    }
    if let Some(sub) = p.no_probation {
        blocks.push(check("3.", true, "Misdemeanor or infraction with sentence other than probation (Pen. Code, § 1203.4a). Probation was not granted; more than one year has elapsed since the date of pronouncement of judgment. Petitioner has complied with the sentence of the court and is not serving a sentence for any offense or under charge of commission of any crime; and the petitioner:", &[
            ("a.", sub == "a", "has lived an honest and upright life since pronouncement of judgment and conformed to and obeyed the laws of the land; or"),
            ("b.", sub == "b", "should be granted relief in the interests of justice."),
        ], if sub == "b" { note } else { "" }));
    }
    if p.trafficking {
        blocks.push(check("4.", true, "Misdemeanor conviction under Penal Code section 647(b) (Pen. Code, § 1203.49). Petitioner has completed a term of probation for a conviction under Penal Code section 647(b) and should be granted relief because the petitioner can establish by clear and convincing evidence that the conviction was the result of his or her status as a victim of human trafficking.", &[], note));
    }
    if let Some(sub) = p.county_jail {
        blocks.push(check("5.", true, "Felony county jail sentence under Penal Code section 1170(h)(5) (Pen. Code, § 1203.41). Petitioner is not under supervision under Penal Code section 1170(h)(5)(B); is not serving a sentence for, on probation for, or charged with the commission of any offense; and should be granted relief in the interests of justice, and:", &[
            ("a.", sub == "a", "more than one year has elapsed since petitioner completed the felony county jail sentence with a period of mandatory supervision imposed under Penal Code section 1170(h)(5)(B); or"),
            ("b.", sub == "b", "more than two years have elapsed since petitioner completed the felony county jail sentence without a period of mandatory supervision imposed under Penal Code section 1170(h)(5)(A)."),
        ], note));
    }
    if p.prison_1203_42 {
        blocks.push(check("6.", true, "Felony prison sentence that would have been eligible for a felony county jail sentence after 2011 under Penal Code section 1170(h)(5) (Pen. Code, § 1203.42). Petitioner is not under supervision and is not serving a sentence for, on probation for, or charged with the commission of any offense; more than two years have elapsed since petitioner completed the felony prison sentence; and petitioner should be granted relief in the interests of justice.", &[], note));
    }
    if p.deferred {
        blocks.push(check("7.", true, "Deferred entry of judgment (Pen. Code, § 1203.43). Petitioner performed satisfactorily during the period in which deferred entry of judgment was granted. The criminal charge(s) were dismissed under former Penal Code section 1000.3. Furthermore:", &[
            ("a.", true, "court records are available showing the case resolution."),
        ], ""));
    }
    blocks.push(para("8.", "Petitioner requests that the eligible felony offenses listed above be reduced to misdemeanors under Penal Code section 17(b) and eligible misdemeanor offenses be reduced to infractions under Penal Code section 17(d)(2)."));
    blocks.push(para("9.", "Petitioner requests that he or she be permitted to withdraw the plea of guilty, or that the verdict or finding of guilt be set aside and a plea of not guilty be entered and the court dismiss this action under the Penal Code section(s) noted above."));
    blocks.push(para("", PERJURY));
    blocks.push(signature(
        "(SIGNATURE OF PETITIONER OR ATTORNEY)",
        &person.name,
    ));
    let data = court::pleading(
        person,
        &Caption {
            title: "PETITION FOR DISMISSAL",
            subtitle: "(Pen. Code, §§ 17(b), 17(d)(2), 1203.4, 1203.4a, 1203.41, 1203.42, 1203.43, 1203.49)",
            equivalent: Some("CR-180"),
            county: p.case.county(),
            case_number: Some(number),
            dob: report.person.dob.as_deref(),
        },
        blocks,
    );
    Paper::for_case("CR-180", &p.case, vec![f], "pleading", data)
}

fn mc025(person: &Person, p: &Petition<'_>) -> Paper {
    let extra: Vec<&Count> = p.counts.iter().skip(CR180_ROWS).copied().collect();
    let pages = extra.len().div_ceil(MC025_ROWS);
    let short_title = format!("People v. {}", person.name);
    let official = extra
        .chunks(MC025_ROWS)
        .enumerate()
        .map(|(i, chunk)| {
            let mut f = Instance::default();
            f.text("short_title", &short_title);
            f.text("case_number", p.case.number());
            f.text("attachment", "1");
            f.text("page", (i + 1).to_string());
            f.text("pages", pages.to_string());
            for (key, title) in ROW_KEYS.iter().zip(COLUMNS) {
                f.text(format!("heading.{key}"), title);
            }
            for (r, c) in chunk.iter().enumerate() {
                for (key, value) in ROW_KEYS.iter().zip(Petition::row(c)) {
                    f.text(format!("count.{}.{key}", r + 1), value);
                }
            }
            f
        })
        .collect();
    let rows = extra.iter().map(|c| Petition::row(c).to_vec()).collect();
    let data = json!({
        "title": "ATTACHMENT 1",
        "subtitle": format!("{short_title} — Case number {} — offenses continued from the Petition for Dismissal (CR-180), item 1", p.case.number()),
        "lang": "en",
        "footer": "Attachment 1 (same content as form MC-025)",
        "blocks": [table(&COLUMNS, rows)],
    });
    Paper::for_case("MC-025", &p.case, official, "sheet", data)
}

fn mc031(person: &Person, p: &Petition<'_>, paragraphs: Vec<String>) -> Paper {
    // One MC-031 page per page of the statement. A blank statement still
    // gives one page to write on.
    let mut official = Vec::new();
    let mut left = paragraphs.clone();
    loop {
        let mut f = Instance::default();
        f.text(
            "caption.names",
            format!("PEOPLE OF THE STATE OF CALIFORNIA v. {}", person.name),
        );
        f.text("case_number", p.case.number());
        // The form has lines but no fields for the declarant's printed name
        // and role: stamp them.
        f.marks.push((1, 40.0, 110.0, person.name.clone()));
        f.marks.push((1, 527.5, 84.0, "X".into()));
        let (lines, rest) = crate::acroform::fit(&left, MC031_BODY);
        if !lines.is_empty() {
            f.overlay = Some(Overlay {
                page: 1,
                rect: MC031_BODY,
                lines,
            });
        }
        official.push(f);
        if rest.is_empty() || rest == left {
            break;
        }
        left = rest;
    }
    let data = declaration_data(person, p.case.county(), Some(p.case.number()), &paragraphs);
    Paper::for_case("MC-031", &p.case, official, "pleading", data)
}

fn cr181(report: &Report, person: &Person, p: &Petition<'_>) -> Paper {
    let mut f = Instance::default();
    court::party(&mut f, person);
    f.text("defendant", &person.name);
    f.text(
        "dob",
        report
            .person
            .dob
            .as_deref()
            .map(us_date)
            .unwrap_or_default(),
    );
    f.text("case_number", p.case.number());
    let mut sections = Vec::new();
    for (remedy, label) in [
        ("pc-1203.4", "1203.4"),
        ("pc-1203.4a", "1203.4a"),
        ("pc-1203.41", "1203.41"),
        ("pc-1203.42", "1203.42"),
        ("pc-1203.43", "1203.43"),
        ("pc-1203.49", "1203.49"),
    ] {
        if p.case.has(remedy) {
            sections.push(label);
        }
    }
    let rows = p.counts.iter().map(|c| Petition::row(c).to_vec()).collect();
    let blocks = vec![
        para(
            "1.",
            format!(
                "The petition of the defendant for dismissal under Penal Code section(s) {} came on for decision. The court, having considered the petition, finds and orders as follows:",
                if sections.is_empty() {
                    "17(b)/17(d)(2)".to_string()
                } else {
                    sections.join(", ")
                }
            ),
        ),
        check(
            "2.",
            false,
            "The petition is GRANTED. The plea, verdict or finding of guilt is set aside and vacated, a plea of not guilty is entered, and the accusatory pleading is dismissed as to the offenses listed below.",
            &[],
            "",
        ),
        check(
            "3.",
            false,
            "The following felony offenses are reduced to misdemeanors under Penal Code section 17(b), and the following misdemeanors to infractions under Penal Code section 17(d)(2), as marked below.",
            &[],
            "",
        ),
        table(&COLUMNS, rows),
        check("4.", false, "The petition is DENIED.", &[], ""),
        check(
            "5.",
            false,
            "The petition is denied without prejudice; the defendant may file again.",
            &[],
            "",
        ),
        para(
            "",
            "The dismissal does not permit the defendant to own or possess a firearm if otherwise prohibited, and the conviction may be pleaded and proved in any later prosecution (Pen. Code, §§ 1203.4, 1203.4a, 1203.41).",
        ),
        signature("JUDICIAL OFFICER", ""),
    ];
    let data = court::pleading(
        person,
        &Caption {
            title: "[PROPOSED] ORDER FOR DISMISSAL",
            subtitle: "(Pen. Code, §§ 17(b), 17(d)(2), 1203.4, 1203.4a, 1203.41, 1203.42, 1203.43, 1203.49)",
            equivalent: Some("CR-181"),
            county: p.case.county(),
            case_number: Some(p.case.number()),
            dob: report.person.dob.as_deref(),
        },
        blocks,
    );
    Paper::for_case("CR-181", &p.case, vec![f], "pleading", data)
}

/// The generated declaration (the MC-031 content): the person's
/// paragraphs, or lines to write on, then the perjury clause and the
/// signature. Also what the web app's declaration builder downloads.
pub fn declaration_data(
    person: &Person,
    county: Option<&str>,
    case_number: Option<&str>,
    paragraphs: &[String],
) -> serde_json::Value {
    let mut blocks = vec![heading("DECLARATION")];
    if paragraphs.is_empty() {
        blocks.push(para("", "(Write your statement here: who you are today, your work and family, what you have done since the case, and why this relief matters to you.)"));
        blocks.push(json!({"kind": "space"}));
        blocks.push(json!({"kind": "space"}));
    }
    blocks.extend(paragraphs.iter().map(|t| para("", t.clone())));
    blocks.push(para("", PERJURY));
    blocks.push(signature("(SIGNATURE OF DECLARANT)", &person.name));
    court::pleading(
        person,
        &Caption {
            title: "ATTACHED DECLARATION",
            subtitle: "In support of the Petition for Dismissal",
            equivalent: Some("MC-031"),
            county,
            case_number,
            dob: None,
        },
        blocks,
    )
}

/// The declaration alone, as a PDF.
pub fn declaration_pdf(
    person: &Person,
    county: Option<&str>,
    case_number: Option<&str>,
) -> Result<crate::typeset::Pdf, crate::Error> {
    let paragraphs = person
        .declaration
        .as_ref()
        .map(|s| s.paragraphs())
        .unwrap_or_default();
    crate::typeset::render(
        "pleading",
        &declaration_data(person, county, case_number, &paragraphs),
        true,
    )
}
