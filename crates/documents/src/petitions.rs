//! The other petitions: Proposition 64 (CR-400), Proposition 47 (counties
//! publish their own forms, so it is always generated), arrest sealing
//! under PC 851.91 (the CR-409 petition and CR-410 order, generated until
//! an official copy is added), and the fee waiver (FW-001).

use serde_json::json;

use crate::court::{self, Caption, Case, PERJURY, check, heading, para, signature, table, us_date};
use crate::paper::{Instance, Paper};
use crate::person::Person;
use crate::report::{Count, Report};

fn count_row(c: &Count) -> Vec<String> {
    vec![
        c.section.clone().unwrap_or_default(),
        c.description.clone().unwrap_or_default(),
        c.level.clone().unwrap_or_default(),
    ]
}

const COUNT_COLUMNS: [&str; 3] = ["Code section", "Offense", "Level"];

/// CR-400: dismissal, sealing or redesignation of a cannabis conviction
/// (HS 11361.8).
pub fn prop64(report: &Report, person: &Person, case: Case<'_>) -> Option<Paper> {
    let counts = case.eligible(&["hs-11361.8"]);
    if counts.is_empty() {
        return None;
    }
    let serving = counts
        .iter()
        .any(|(_, d)| d.has_reason("r-11361-8-serving"));
    let mut f = Instance::default();
    court::party(&mut f, person);
    f.text("defendant", &person.name);
    f.text("case_number", case.number());
    f.check("kind.resentencing", serving);
    f.check("kind.redesignation", !serving);
    f.check("request.petition", serving);
    f.check("request.application", !serving);
    let mut sections = Vec::new();
    for (c, _) in &counts {
        let section = c.code_and_section().1;
        let base: String = section.chars().take_while(|ch| *ch != '(').collect();
        if ["11357", "11358", "11359", "11360", "11362.1"].contains(&base.as_str()) {
            f.check(format!("section.{base}"), true);
            sections.push(base);
        }
    }
    let request = if serving {
        "PETITION: Petitioner is currently serving a sentence in the above-captioned case and now requests the court recall/resentence/dismiss the conviction."
    } else {
        "APPLICATION: Applicant has completed his/her sentence in the above captioned case and now requests the court dismiss & seal/redesignate the conviction."
    };
    let blocks = vec![
        heading("1. CONVICTION INFORMATION"),
        table(
            &COUNT_COLUMNS,
            counts.iter().map(|(c, _)| count_row(c)).collect(),
        ),
        heading("2. REQUEST"),
        check("", true, request, &[], ""),
        heading("3. WAIVER OF HEARING BY ORIGINAL SENTENCING JUDGE"),
        check(
            "",
            false,
            "Petitioner/applicant waives the right to have this matter heard by the original sentencing judge. The presiding judge of the court may designate any judge to rule on this matter.",
            &[],
            "",
        ),
        heading("4. WAIVER OF APPEARANCE"),
        check(
            "",
            false,
            "Petitioner/applicant understands there is a right to personally attend any hearing held in this matter. Petitioner/applicant gives up that right; the matter may be heard without his/her appearance.",
            &[],
            "",
        ),
        signature("SIGNATURE OF PETITIONER/APPLICANT", &person.name),
    ];
    let data = court::pleading(
        person,
        &Caption {
            title: "PETITION/APPLICATION (Health and Safety Code, § 11361.8) — ADULT CRIME(S)",
            subtitle: if serving {
                "Resentencing or dismissal (Health & Saf. Code, § 11361.8(b))"
            } else {
                "Redesignation or dismissal/sealing (Health & Saf. Code, § 11361.8(f))"
            },
            equivalent: Some("CR-400"),
            county: case.county(),
            case_number: Some(case.number()),
            dob: report.person.dob.as_deref(),
        },
        blocks,
    );
    Some(Paper::for_case("CR-400", &case, vec![f], "pleading", data))
}

/// Proposition 47: petition for resentencing (still serving) or application
/// to redesignate a felony as a misdemeanor (sentence completed).
pub fn prop47(report: &Report, person: &Person, case: Case<'_>) -> Option<Paper> {
    let counts = case.eligible(&["pc-1170.18"]);
    if counts.is_empty() {
        return None;
    }
    let serving = counts
        .iter()
        .any(|(_, d)| d.has_reason("r-1170-18-resentencing"));
    let date = case.event.date.as_deref().map(us_date).unwrap_or_default();
    let (title, subtitle, ask) = if serving {
        (
            "PETITION FOR RESENTENCING",
            "(Pen. Code, § 1170.18, subds. (a)–(b); Proposition 47)",
            "Petitioner is currently serving a sentence for the felony conviction(s) listed below, each of which would have been a misdemeanor under the Safe Neighborhoods and Schools Act (Proposition 47) had it been in effect at the time of the offense. Petitioner requests that the court recall the sentence and resentence petitioner to a misdemeanor under Penal Code section 1170.18(b).",
        )
    } else {
        (
            "APPLICATION TO REDESIGNATE FELONY AS MISDEMEANOR",
            "(Pen. Code, § 1170.18, subds. (f)–(g); Proposition 47)",
            "Applicant has completed the sentence for the felony conviction(s) listed below, each of which would have been a misdemeanor under the Safe Neighborhoods and Schools Act (Proposition 47) had it been in effect at the time of the offense. Applicant requests that the court designate each listed felony conviction a misdemeanor under Penal Code section 1170.18(g).",
        )
    };
    let blocks = vec![
        para(
            "1.",
            format!("On (date): {date}, the petitioner was convicted of the following offense(s):"),
        ),
        table(
            &COUNT_COLUMNS,
            counts.iter().map(|(c, _)| count_row(c)).collect(),
        ),
        para("2.", ask),
        para(
            "3.",
            "To the petitioner's knowledge, petitioner has no prior conviction for an offense listed in Penal Code section 667(e)(2)(C)(iv) or for an offense requiring registration under Penal Code section 290(c).",
        ),
        check(
            "4.",
            false,
            "Petitioner waives the right to have this matter heard by the original sentencing judge.",
            &[],
            "",
        ),
        check(
            "5.",
            false,
            "Petitioner waives the right to be present at any hearing on this matter.",
            &[],
            "",
        ),
        para("", PERJURY),
        signature("(SIGNATURE OF PETITIONER)", &person.name),
    ];
    let data = court::pleading(
        person,
        &Caption {
            title,
            subtitle,
            equivalent: None,
            county: case.county(),
            case_number: Some(case.number()),
            dob: report.person.dob.as_deref(),
        },
        blocks,
    );
    Some(Paper::for_case(
        "prop47",
        &case,
        Vec::new(),
        "pleading",
        data,
    ))
}

/// PC 851.91: petition to seal an arrest that did not end in conviction,
/// and the proposed order. One petition per arrest.
pub fn arrest_sealing(report: &Report, person: &Person, case: Case<'_>) -> Vec<Paper> {
    let counts = case.eligible(&["pc-851.91"]);
    if counts.is_empty() {
        return Vec::new();
    }
    let discretionary = counts.iter().any(|(_, d)| d.mandatory == Some(false));
    let date = case.event.date.as_deref().map(us_date).unwrap_or_default();
    let agency = case.event.agency.clone().unwrap_or_default();
    let rows: Vec<Vec<String>> = counts.iter().map(|(c, _)| count_row(c)).collect();
    let number = case.number();
    let caption = |title, subtitle, equivalent| Caption {
        title,
        subtitle,
        equivalent: Some(equivalent),
        county: case.county(),
        case_number: Some(number),
        dob: report.person.dob.as_deref(),
    };
    let petition_blocks = vec![
        para(
            "1.",
            format!(
                "Petitioner was arrested on (date): {date}, by (arresting agency): {agency}, booking or case number: {number}, for the following offense(s):"
            ),
        ),
        table(&COUNT_COLUMNS, rows.clone()),
        para(
            "2.",
            "The arrest did not result in a conviction (Pen. Code, § 851.91(a)(1)): either no accusatory pleading was filed and the statute of limitations has run on every offense, or a pleading was filed and the charges were dismissed and cannot be refiled, or petitioner was acquitted, or any conviction was vacated or reversed on appeal, appeals are exhausted, and the charges cannot be refiled.",
        ),
        para(
            "3.",
            "Petitioner is not ineligible under Penal Code section 851.91(a)(2): petitioner may no longer be charged with an offense on which the arrest was based; none of the offenses has no statute of limitations (or petitioner was acquitted or found factually innocent); petitioner did not intentionally evade law enforcement efforts to prosecute the arrest; and petitioner did not engage in identity fraud and was not charged with it.",
        ),
        check(
            "4.",
            true,
            if discretionary {
                "The arrest or charges involved domestic violence, child abuse or elder abuse and the record may show a pattern under Penal Code section 851.91(c)(1); petitioner asks the court to seal the arrest in the interests of justice. (See the attached declaration.)"
            } else {
                "Petitioner is entitled to have the arrest sealed as a matter of right (Pen. Code, § 851.91(c)(1))."
            },
            &[],
            "",
        ),
        para(
            "5.",
            "Petitioner requests that the court order the arrest and related records sealed under Penal Code sections 851.91 and 851.92, and that the arrest be deemed not to have occurred.",
        ),
        para(
            "6.",
            "This petition will be served on the prosecuting attorney of the county where the arrest occurred and on the law enforcement agency that made the arrest at least 15 days before the hearing (Pen. Code, § 851.91(b)(1)).",
        ),
        para("", PERJURY),
        signature("(SIGNATURE OF PETITIONER)", &person.name),
    ];
    let order_blocks = vec![
        para(
            "1.",
            format!(
                "The court has read and considered the petition to seal the arrest of {} on {date} by {agency}, booking or case number {number}.",
                person.name
            ),
        ),
        check(
            "2.",
            false,
            "The petition is GRANTED. The arrest and related records described below are ordered sealed under Penal Code sections 851.91 and 851.92. The arrest is deemed not to have occurred, and the petitioner may answer any question relating to the sealed arrest accordingly, except as stated in Penal Code section 851.92.",
            &[],
            "",
        ),
        table(&COUNT_COLUMNS, rows),
        check("3.", false, "The petition is DENIED.", &[], ""),
        para(
            "4.",
            "The clerk shall give copies of this order to the petitioner and the prosecuting attorney, and within 30 days to the arresting and participating agencies and the Department of Justice, with a disposition report (Pen. Code, § 851.92(b)). Sealed records shall not be disclosed to any person or entity except the petitioner or a criminal justice agency (Pen. Code, § 851.92(b)(5)).",
        ),
        para(
            "5.",
            "The sealed arrest may be pleaded and proved in a later prosecution; sealing does not relieve the petitioner of firearm prohibitions or permit holding public office otherwise barred (Pen. Code, § 851.92(b)–(c)).",
        ),
        signature("JUDICIAL OFFICER", ""),
    ];
    vec![
        Paper::for_case(
            "CR-409",
            &case,
            Vec::new(),
            "pleading",
            court::pleading(
                person,
                &caption(
                    "PETITION TO SEAL ARREST AND RELATED RECORDS",
                    "(Pen. Code, §§ 851.91, 851.92)",
                    "CR-409",
                ),
                petition_blocks,
            ),
        ),
        Paper::for_case(
            "CR-410",
            &case,
            Vec::new(),
            "pleading",
            court::pleading(
                person,
                &caption(
                    "[PROPOSED] ORDER TO SEAL ARREST AND RELATED RECORDS",
                    "(Pen. Code, §§ 851.91, 851.92)",
                    "CR-410",
                ),
                order_blocks,
            ),
        ),
    ]
}

/// FW-001, one for each county where papers are filed. Returns the paper
/// and whether the person gave what item 5 asks.
pub fn fee_waiver(person: &Person, county: Option<&str>, cases: &[String]) -> (Paper, bool) {
    let mut f = Instance::default();
    f.text(
        "court",
        format!(
            "Superior Court of California, County of {}",
            county.unwrap_or("")
        ),
    );
    f.text("name", &person.name);
    f.text("street", person.address.clone().unwrap_or_default());
    f.text("city", person.city.clone().unwrap_or_default());
    f.text("state", person.state.clone().unwrap_or_default());
    f.text("zip", person.zip.clone().unwrap_or_default());
    f.text("phone", person.phone.clone().unwrap_or_default());
    let case_number = match cases {
        [one] => one.clone(),
        _ => String::new(),
    };
    f.text("case_number", &case_number);
    f.text("page2.case_number", &case_number);
    let case_name = format!("People v. {}", person.name);
    f.text("case_name", &case_name);
    f.text("page2.name", &person.name);
    f.text("printed_name", &person.name);
    f.check("superior_court", true);
    let waiver = person.fee_waiver.clone().unwrap_or_default();
    let mut reasons = Vec::new();
    if !waiver.benefits.is_empty() {
        f.check("benefits", true);
        for b in &waiver.benefits {
            f.check(b.key(), true);
        }
        reasons.push(format!(
            "5a. I receive public benefits: {}.",
            waiver
                .benefits
                .iter()
                .map(|b| b.key().trim_start_matches("benefit."))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    } else if let (Some(size), Some(income)) = (waiver.household_size, waiver.monthly_income) {
        f.check("low_income", true);
        reasons.push(format!(
            "5b. My gross monthly household income (${income}, {size} in my household) is below the amount the form lists."
        ));
    }
    let complete = !reasons.is_empty();
    let blocks = vec![
        json!({"kind": "fields", "items": [
            ["Court", format!("Superior Court of California, County of {}", county.unwrap_or(""))],
            ["Name", person.name.clone()],
            ["Address", format!("{} {}", person.address.clone().unwrap_or_default(), person.city_line())],
            ["Phone", person.phone.clone().unwrap_or_default()],
            ["Case", format!("{case_name} {}", cases.join(", "))],
            ["Fees to waive", "Superior Court".to_string()],
        ]}),
        heading("Why I am asking the court to waive my fees"),
        para(
            "",
            if complete {
                reasons.join(" ")
            } else {
                "(Fill in item 5 of form FW-001: the public benefits you receive, or your household size and income.)".to_string()
            },
        ),
        para(
            "",
            "I declare under penalty of perjury under the laws of the State of California that the information I have provided on this form and all attachments is true and correct.",
        ),
        signature("Sign here", &person.name),
    ];
    let slug = court::file_slug(county.unwrap_or("county"));
    let data = json!({
        "title": "Request to Waive Court Fees",
        "subtitle": "The same information as Judicial Council form FW-001. Courts require the official form: download FW-001 from courts.ca.gov if this page is not it.",
        "lang": "en",
        "footer": "Request to Waive Court Fees (FW-001 content)",
        "blocks": blocks,
    });
    (
        Paper {
            file: format!("FW-001-{slug}.pdf"),
            form: "FW-001".into(),
            case_number: (!case_number.is_empty()).then_some(case_number),
            official: vec![f],
            template: "sheet",
            data,
            tagged: true,
        },
        complete,
    )
}
