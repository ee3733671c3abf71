//! Papers for the person: the instructions for each county where papers
//! are filed, and the cover page that lists what is in the package, what
//! to fill in, and what can be asked for later. In the person's language.

use i18n::Lang;
use law::remedy::Msg;
use law::{RemedyId, Renderer};
use serde_json::{Value as Json, json};

use crate::paper::Paper;
use crate::person::Person;
use crate::report::Report;

fn p(text: String) -> Json {
    json!({"kind": "para", "number": null, "text": text})
}

fn remedy_name(lang: &Lang, id: &str) -> String {
    RemedyId::ALL
        .iter()
        .find(|r| r.as_str() == id)
        .map(|r| lang.remedy(*r))
        .unwrap_or_else(|| id.to_string())
}

/// Instructions for filing in one county, listing its cases.
pub fn instructions(
    person: &Person,
    county: &str,
    cases: &[String],
    arrest_sealing: bool,
    fee_waiver: bool,
    lang: &Lang,
) -> Paper {
    let with_county =
        |id: &'static str| lang.render(&Msg::new(id).text("county", county.to_string()));
    let mut steps = vec![
        lang.text("doc-guide-step-sign"),
        lang.text("doc-guide-step-copies"),
        lang.text("doc-guide-step-file"),
        with_county("doc-guide-step-serve"),
    ];
    if arrest_sealing {
        steps.push(lang.text("doc-guide-step-serve-arrest"));
    }
    steps.push(lang.text("doc-guide-step-hearing"));
    if fee_waiver {
        steps.push(lang.text("doc-guide-step-fees"));
    }
    steps.push(lang.text("doc-guide-step-order"));
    let blocks = vec![
        p(with_county("doc-guide-court")),
        json!({"kind": "list", "items": steps}),
        json!({"kind": "heading", "text": lang.text("doc-guide-cases")}),
        json!({"kind": "list", "items": cases}),
        p(lang.text("doc-guide-help")),
    ];
    let slug = crate::court::file_slug(county);
    Paper {
        file: format!("instructions-{slug}.pdf"),
        form: "instructions".into(),
        case_number: None,
        official: Vec::new(),
        template: "sheet",
        tagged: true,
        data: json!({
            "title": with_county("doc-guide-title"),
            "lang": lang.tag(),
            "footer": person.name,
            "blocks": blocks,
        }),
    }
}

/// One line of the cover's table of contents.
pub struct Entry {
    /// What the document is.
    pub title: String,
    /// Its case, if any.
    pub case: String,
    /// Its pages.
    pub pages: usize,
}

/// The cover page.
pub fn cover(
    report: &Report,
    person: &Person,
    contents: &[Entry],
    missing: &[String],
    generated: bool,
    lang: &Lang,
) -> Paper {
    let date = law::date::parse_iso(&report.as_of)
        .map(|d| lang.date(d))
        .unwrap_or_else(|_| report.as_of.clone());
    let mut blocks = vec![p(lang.render(
        &Msg::new("doc-cover-prepared")
            .text("name", person.name.clone())
            .text("date", date),
    ))];
    if contents.is_empty() {
        blocks.push(p(lang.text("doc-cover-nothing")));
    } else {
        blocks.push(p(lang.text("doc-cover-intro")));
        blocks.push(json!({"kind": "heading", "text": lang.text("doc-cover-contents")}));
        blocks.push(json!({
            "kind": "table",
            "columns": [lang.text("doc-cover-col-document"), lang.text("doc-cover-col-case"), lang.text("doc-cover-col-pages")],
            "widths": ["3fr", "1.2fr", "0.6fr"],
            "rows": contents.iter().map(|e| vec![e.title.clone(), e.case.clone(), e.pages.to_string()]).collect::<Vec<_>>(),
        }));
    }
    if !missing.is_empty() {
        blocks.push(json!({"kind": "heading", "text": lang.text("doc-cover-missing")}));
        blocks.push(json!({"kind": "list", "items": missing.iter().map(|f|
            lang.render(&Msg::new("doc-cover-missing-item").text("field", f.clone()))).collect::<Vec<_>>()}));
    }
    let mut review = Vec::new();
    let mut later = Vec::new();
    for e in &report.events {
        for c in &e.counts {
            for d in &c.relief {
                let case = e.case_number.clone().unwrap_or_default();
                let name = remedy_name(lang, &d.remedy);
                if d.outcome == "needs_review" && !d.automatic {
                    let line = lang.render(
                        &Msg::new("doc-cover-review-item")
                            .text("remedy", name)
                            .text("case", case),
                    );
                    if !review.contains(&line) {
                        review.push(line);
                    }
                } else if d.outcome == "eligible_later" && !d.automatic {
                    let when = d
                        .eligible_on
                        .as_deref()
                        .and_then(|s| law::date::parse_iso(s).ok())
                        .map(|d| lang.date(d))
                        .unwrap_or_default();
                    let line = lang.render(
                        &Msg::new("doc-cover-later-item")
                            .text("remedy", name)
                            .text("case", case)
                            .text("date", when),
                    );
                    if !later.contains(&line) {
                        later.push(line);
                    }
                }
            }
        }
    }
    if !review.is_empty() {
        blocks.push(json!({"kind": "heading", "text": lang.text("doc-cover-review")}));
        blocks.push(json!({"kind": "list", "items": review}));
    }
    if !later.is_empty() {
        blocks.push(json!({"kind": "heading", "text": lang.text("doc-cover-later")}));
        blocks.push(json!({"kind": "list", "items": later}));
    }
    if generated {
        blocks.push(p(lang.text("doc-cover-generated")));
    }
    Paper {
        file: "cover.pdf".into(),
        form: "cover".into(),
        case_number: None,
        official: Vec::new(),
        template: "sheet",
        tagged: true,
        data: json!({
            "title": lang.text("doc-cover-title"),
            "lang": lang.tag(),
            "footer": person.name,
            "blocks": blocks,
        }),
    }
}
