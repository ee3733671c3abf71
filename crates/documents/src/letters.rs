//! Letters that stop the "data echo": a dispute letter to each
//! background-check company the person names, and a notice to the person
//! that automatic relief was granted. Wording lives in the Fluent catalogs
//! (`doc-letter-*`, `doc-notice-*`), so each letter reads in English or
//! Spanish; the legal hooks follow `law/california.md` §18.

use i18n::Lang;
use law::remedy::Msg;
use law::{RemedyId, Renderer};
use serde_json::{Value as Json, json};

use crate::court::us_date;
use crate::paper::Paper;
use crate::person::{Company, Person};
use crate::report::{Event, Report};

/// How a relieved case must now be reported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReportAs {
    /// Not at all (too old, never a conviction, or sealed by law).
    Not,
    /// Sealed under this remedy: not at all.
    Sealed(RemedyId),
    /// As dismissed under this remedy.
    Dismissed(RemedyId),
    /// As reduced under this remedy.
    Reduced(RemedyId),
    /// Relief the state granted on its own (PC 1203.425, 851.93): the
    /// court may not disclose it, so it must not be reported.
    Automatic(RemedyId),
}

/// One relieved case for the letters.
#[derive(Clone, Debug)]
pub struct Relieved<'a> {
    /// The event.
    pub event: &'a Event,
    /// How it must be reported now.
    pub how: ReportAs,
}

fn remedy(id: &str) -> Option<RemedyId> {
    RemedyId::ALL.iter().copied().find(|r| r.as_str() == id)
}

/// The relief a case already has, and what that means for reporting.
fn granted(event: &Event) -> Option<ReportAs> {
    let ids = event
        .counts
        .iter()
        .flat_map(|c| &c.relief)
        .filter(|d| d.outcome == "granted")
        .filter_map(|d| remedy(&d.remedy));
    let mut best: Option<ReportAs> = None;
    for r in ids {
        use RemedyId::*;
        let how = match r {
            Pc851_93 | Pc1203_425 => ReportAs::Automatic(r),
            Pc851_91 | Pc851_87 | Pc851_90 | Pc1000_4 | Pc1001_9 | Pc1203_45 | Pc236_14
            | Hs11361_8 | Wic781 | Wic786 => ReportAs::Sealed(r),
            Pc17b | Pc17d2 | Pc1170_18 | Pc18_5 => ReportAs::Reduced(r),
            _ => ReportAs::Dismissed(r),
        };
        // Sealing outranks dismissal, which outranks a reduction.
        let rank = |h: &ReportAs| match h {
            ReportAs::Not | ReportAs::Sealed(_) | ReportAs::Automatic(_) => 0,
            ReportAs::Dismissed(_) => 1,
            ReportAs::Reduced(_) => 2,
        };
        if best.as_ref().is_none_or(|b| rank(&how) < rank(b)) {
            best = Some(how);
        }
    }
    best
}

/// The cases a dispute letter lists, in record order.
pub fn relieved(report: &Report) -> Vec<Relieved<'_>> {
    report
        .events
        .iter()
        .filter_map(|event| {
            let how = granted(event).or_else(|| {
                event
                    .reporting
                    .as_ref()
                    .filter(|r| r.now.may_report == "no")
                    .map(|_| ReportAs::Not)
            })?;
            Some(Relieved { event, how })
        })
        .collect()
}

fn sender(person: &Person) -> Vec<String> {
    let mut lines = vec![person.name.clone()];
    lines.extend(person.address.clone());
    let city = person.city_line();
    if !city.is_empty() {
        lines.push(city);
    }
    lines
}

fn item_text(lang: &Lang, how: &ReportAs) -> String {
    let with =
        |id: &'static str, r: &RemedyId| lang.render(&Msg::new(id).text("remedy", lang.remedy(*r)));
    match how {
        ReportAs::Not => lang.text("doc-letter-not"),
        ReportAs::Sealed(r) => with("doc-letter-sealed", r),
        ReportAs::Automatic(r) => with("doc-letter-automatic", r),
        ReportAs::Dismissed(r) => with("doc-letter-dismissed", r),
        ReportAs::Reduced(r) => with("doc-letter-reduced", r),
    }
}

/// The letter's data (`letter.typ`), so tests can read its words.
pub fn dispute_data(
    report: &Report,
    person: &Person,
    company: &Company,
    lang: &Lang,
) -> Option<Json> {
    let items = relieved(report);
    if items.is_empty() {
        return None;
    }
    let date = report_date(report, lang);
    let dob = report
        .person
        .dob
        .as_deref()
        .map(us_date)
        .unwrap_or_default();
    let mut blocks = vec![
        json!({"kind": "para", "number": null, "text": lang.text("doc-letter-greeting")}),
        json!({"kind": "para", "number": null, "text": lang.text("doc-letter-intro")}),
        json!({"kind": "para", "number": null, "text": lang.render(&Msg::new("doc-letter-who").text("name", person.name.clone()).text("dob", dob))}),
    ];
    for (i, item) in items.iter().enumerate() {
        let e = item.event;
        let case = lang.render(
            &Msg::new("doc-letter-case")
                .text("court", e.agency.clone().unwrap_or_default())
                .text("case", e.case_number.clone().unwrap_or_default())
                .text("date", e.date.as_deref().map(us_date).unwrap_or_default()),
        );
        blocks.push(json!({"kind": "para", "number": format!("{}.", i + 1),
            "text": format!("{case}. {}", item_text(lang, &item.how))}));
    }
    let sealed = items.iter().any(|i| {
        matches!(i.how, ReportAs::Sealed(_) | ReportAs::Automatic(_)) || i.event.kind == "arrest"
    });
    let mut law = vec![
        lang.text("doc-letter-law-fcra"),
        lang.text("doc-letter-law-icraa"),
    ];
    if sealed {
        law.push(lang.text("doc-letter-law-sealed"));
    }
    law.push(lang.text("doc-letter-law-employer"));
    blocks.push(json!({"kind": "list", "items": law}));
    blocks.push(json!({"kind": "para", "number": null, "text": lang.text("doc-letter-ask")}));
    blocks.push(json!({"kind": "para", "number": null, "text": lang.text("doc-letter-enclosed")}));
    let mut recipient = vec![company.name.clone()];
    recipient.extend(company.address.lines().map(|s| s.trim().to_string()));
    Some(json!({
        "title": lang.text("doc-letter-subject"),
        "lang": lang.tag(),
        "footer": person.name,
        "sender": sender(person),
        "date": date,
        "recipient": recipient,
        "subject": lang.text("doc-letter-subject"),
        "blocks": blocks,
        "closing": lang.text("doc-letter-closing"),
        "signature": person.name,
    }))
}

fn report_date(report: &Report, lang: &Lang) -> String {
    law::date::parse_iso(&report.as_of)
        .map(|d| lang.date(d))
        .unwrap_or_else(|_| report.as_of.clone())
}

/// A dispute letter to each company the person named.
pub fn disputes(report: &Report, person: &Person, lang: &Lang) -> Vec<Paper> {
    let mut used = std::collections::BTreeSet::new();
    person
        .background_check_company
        .iter()
        .filter_map(|company| {
            let data = dispute_data(report, person, company, lang)?;
            let mut slug = crate::court::file_slug(&company.name).to_ascii_lowercase();
            if !used.insert(slug.clone()) {
                slug = format!("{slug}-{}", used.len());
                used.insert(slug.clone());
            }
            Some(Paper {
                file: format!("letter-{slug}.pdf"),
                form: "dispute-letter".into(),
                case_number: None,
                official: Vec::new(),
                template: "letter",
                data,
                tagged: true,
            })
        })
        .collect()
}

/// The automatic relief a report shows (granted, or due from the state
/// now): remedy, case number, county.
pub fn automatic(report: &Report) -> Vec<(RemedyId, String, String)> {
    let mut out: Vec<(RemedyId, String, String)> = Vec::new();
    for e in &report.events {
        for c in &e.counts {
            for d in &c.relief {
                let Some(r) = remedy(&d.remedy) else {
                    continue;
                };
                let auto = matches!(r, RemedyId::Pc1203_425 | RemedyId::Pc851_93);
                if auto && (d.outcome == "granted" || (d.outcome == "eligible" && d.automatic)) {
                    let item = (
                        r,
                        e.case_number.clone().unwrap_or_default(),
                        e.county.clone().unwrap_or_default(),
                    );
                    if !out.contains(&item) {
                        out.push(item);
                    }
                }
            }
        }
    }
    out
}

/// The notice data (`sheet.typ`), in the person's language.
pub fn notice_data(report: &Report, person: &Person, lang: &Lang) -> Option<Json> {
    let items = automatic(report);
    if items.is_empty() {
        return None;
    }
    let mut blocks = vec![json!({"kind": "para", "number": null,
        "text": lang.render(&Msg::new("doc-notice-intro").text("name", person.name.clone()))})];
    blocks.push(json!({"kind": "list", "items": items.iter().map(|(r, case, county)| lang.render(
        &Msg::new("doc-notice-item").text("remedy", lang.remedy(*r)).text("case", case.clone()).text("county", county.clone())
    )).collect::<Vec<_>>()}));
    for id in [
        "doc-notice-means",
        "doc-notice-limits",
        "doc-notice-check",
        "doc-notice-help",
    ] {
        blocks.push(json!({"kind": "para", "number": null, "text": lang.text(id)}));
    }
    Some(json!({
        "title": lang.text("doc-notice-title"),
        "subtitle": report_date(report, lang),
        "lang": lang.tag(),
        "footer": person.name,
        "blocks": blocks,
    }))
}

/// The notice that automatic relief was granted.
pub fn notice(report: &Report, person: &Person, lang: &Lang) -> Option<Paper> {
    Some(Paper {
        file: "notice-automatic-relief.pdf".into(),
        form: "notice".into(),
        case_number: None,
        official: Vec::new(),
        template: "sheet",
        data: notice_data(report, person, lang)?,
        tagged: true,
    })
}
