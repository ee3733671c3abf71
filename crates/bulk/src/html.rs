//! `report.html`: one self-contained page (no scripts, no outside
//! requests, charts as inline SVG) that an office can read, print or
//! publish.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::summary::{Figures, GroupFigures, Summary};

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A horizontal bar chart: one row per label, up to two values per row
/// (a total in light and a part in dark).
fn bars(title: &str, rows: &[(String, u64, Option<u64>)], legend: (&str, Option<&str>)) -> String {
    if rows.is_empty() {
        return String::new();
    }
    let max = rows
        .iter()
        .map(|r| r.1.max(r.2.unwrap_or(0)))
        .max()
        .unwrap_or(1)
        .max(1);
    let row_h = 22;
    let label_w = 220;
    let bar_w = 420;
    let h = rows.len() * row_h + 10;
    let mut s = String::new();
    let _ = write!(
        s,
        "<figure><figcaption>{}</figcaption><svg role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {} {h}\" width=\"100%\" style=\"max-width:{}px\">",
        esc(title),
        esc(title),
        label_w + bar_w + 90,
        label_w + bar_w + 90
    );
    for (i, (label, total, part)) in rows.iter().enumerate() {
        let y = i * row_h + 5;
        let w = (*total as f64 / max as f64 * bar_w as f64).round();
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"12\">{}</text><rect x=\"{}\" y=\"{}\" width=\"{w}\" height=\"14\" fill=\"#9ecae1\"><title>{}: {total}</title></rect>",
            label_w - 6,
            y + 12,
            esc(label),
            label_w,
            y + 2,
            esc(label)
        );
        let mut shown = total.to_string();
        if let Some(p) = part {
            let pw = (*p as f64 / max as f64 * bar_w as f64).round();
            let _ = write!(
                s,
                "<rect x=\"{label_w}\" y=\"{}\" width=\"{pw}\" height=\"14\" fill=\"#08519c\"><title>{}: {p}</title></rect>",
                y + 2,
                esc(label)
            );
            shown = format!("{p} / {total}");
        }
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{}\" font-size=\"12\">{shown}</text>",
            label_w + w as usize + 6,
            y + 12
        );
    }
    s.push_str("</svg>");
    let _ = write!(
        s,
        "<p class=\"legend\"><span class=\"k light\"></span>{}",
        esc(legend.0)
    );
    if let Some(l) = legend.1 {
        let _ = write!(s, " <span class=\"k dark\"></span>{}", esc(l));
    }
    s.push_str("</p></figure>");
    s
}

fn impact_rows(f: &Figures) -> Vec<(String, u64, Option<u64>)> {
    vec![
        (
            "No felony left".into(),
            f.subjects_with_felony,
            Some(f.subjects_no_felony_after),
        ),
        (
            "No conviction left".into(),
            f.subjects_with_conviction,
            Some(f.subjects_no_conviction_after),
        ),
        (
            "No conviction in 7 years".into(),
            f.subjects_with_conviction_last_7_years,
            Some(f.subjects_no_conviction_last_7_years_after),
        ),
    ]
}

fn group_table(title: &str, groups: &BTreeMap<String, GroupFigures>) -> String {
    let rows: Vec<(String, u64, Option<u64>)> = groups
        .iter()
        .map(|(k, g)| (k.clone(), g.subjects, Some(g.subjects_with_relief)))
        .collect();
    let mut s = bars(
        title,
        &rows,
        (
            "people with a conviction in scope",
            Some("people relief reaches"),
        ),
    );
    let _ = write!(
        s,
        "<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">People</th><th scope=\"col\">Relief reaches</th><th scope=\"col\">No felony left</th><th scope=\"col\">No conviction left</th><th scope=\"col\">None in 7 years</th></tr></thead><tbody>",
        esc(title)
    );
    for (k, g) in groups {
        let _ = write!(
            s,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(k),
            g.subjects,
            g.subjects_with_relief,
            g.impact.subjects_no_felony_after,
            g.impact.subjects_no_conviction_after,
            g.impact.subjects_no_conviction_last_7_years_after
        );
    }
    s.push_str("</tbody></table>");
    s
}

/// Convictions with an action other than `none`.
fn with_relief(f: &crate::summary::SectionFigures) -> u64 {
    f.actions
        .iter()
        .filter(|(a, _)| **a != "none")
        .map(|(_, n)| *n)
        .sum()
}

/// The whole page.
pub fn report(sm: &Summary) -> String {
    let mut s = String::with_capacity(64 * 1024);
    let county = sm.county.clone().unwrap_or_else(|| "all counties".into());
    let _ = write!(
        s,
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Record clearance: {}</title><style>{}</style></head><body><main>",
        esc(&county),
        CSS
    );
    let _ = write!(
        s,
        "<h1>Record clearance for {}</h1><p>As of {}. {} input lines ({} could not be used), {} people, {} convictions in scope.</p>",
        esc(&county),
        esc(&sm.as_of),
        sm.input_lines,
        sm.error_lines,
        sm.subjects,
        sm.convictions_in_scope
    );
    let _ = write!(
        s,
        "<section><h2>What the relief does</h2><p>{} people have a conviction in scope; relief reaches {} of them.</p>{}</section>",
        sm.subjects_in_scope,
        sm.subjects_with_relief,
        bars(
            "People whose record changes",
            &impact_rows(&sm.impact),
            ("people it could apply to", Some("people it changes"))
        )
    );
    if !sm.policy_rules.is_empty() {
        let _ = write!(
            s,
            "<section><h2>If every Proposition 64 conviction were dismissed</h2><p>The county's choices compared with dismissing every cannabis conviction in scope.</p><table><thead><tr><th scope=\"col\">Figure</th><th scope=\"col\">With the county's choices</th><th scope=\"col\">Dismissing everything</th></tr></thead><tbody><tr><th scope=\"row\">No felony left</th><td>{}</td><td>{}</td></tr><tr><th scope=\"row\">No conviction left</th><td>{}</td><td>{}</td></tr><tr><th scope=\"row\">No conviction in 7 years</th><td>{}</td><td>{}</td></tr></tbody></table>",
            sm.impact.subjects_no_felony_after,
            sm.dismiss_all_prop64.subjects_no_felony_after,
            sm.impact.subjects_no_conviction_after,
            sm.dismiss_all_prop64.subjects_no_conviction_after,
            sm.impact.subjects_no_conviction_last_7_years_after,
            sm.dismiss_all_prop64
                .subjects_no_conviction_last_7_years_after
        );
        let rows: Vec<(String, u64, Option<u64>)> = sm
            .policy_rules
            .iter()
            .map(|(k, v)| ((*k).to_string(), *v, None))
            .collect();
        s.push_str(&bars(
            "Convictions by policy rule",
            &rows,
            ("convictions", None),
        ));
        s.push_str("</section>");
    }
    let remedy_rows: Vec<(String, u64, Option<u64>)> = sm
        .by_remedy
        .iter()
        .map(|(r, o)| {
            let total: u64 = o.values().sum();
            let now = o.get("eligible").copied().unwrap_or(0);
            ((*r).to_string(), total, Some(now))
        })
        .collect();
    let _ = write!(
        s,
        "<section><h2>By remedy</h2>{}</section>",
        bars(
            "Determinations by remedy",
            &remedy_rows,
            ("all determinations", Some("eligible now"))
        )
    );
    let mut sections: Vec<(&String, &crate::summary::SectionFigures)> =
        sm.by_section.iter().collect();
    sections.sort_by(|a, b| b.1.convictions.cmp(&a.1.convictions).then(a.0.cmp(b.0)));
    let section_rows: Vec<(String, u64, Option<u64>)> = sections
        .iter()
        .take(25)
        .map(|(k, f)| ((*k).clone(), f.convictions, Some(with_relief(f))))
        .collect();
    let _ = write!(
        s,
        "<section><h2>By code section</h2>{}</section>",
        bars(
            "The 25 most common sections",
            &section_rows,
            ("convictions", Some("with relief"))
        )
    );
    let county_rows: Vec<(String, u64, Option<u64>)> = sm
        .by_county
        .iter()
        .map(|(k, f)| (k.clone(), f.convictions, Some(with_relief(f))))
        .collect();
    let _ = write!(
        s,
        "<section><h2>By county</h2>{}</section>",
        bars(
            "Convictions by county",
            &county_rows,
            ("convictions", Some("with relief"))
        )
    );
    let _ = write!(
        s,
        "<section><h2>Who the relief reaches</h2><p>As the file records race and gender; age on the as-of date.</p>{}{}{}</section>",
        group_table("Race", &sm.by_race),
        group_table("Gender", &sm.by_gender),
        group_table("Age group", &sm.by_age_group)
    );
    s.push_str("<section><h2>The files</h2><ul><li><b>results.csv</b>: every input line, unchanged, with the clearslate columns.</li><li><b>convictions.csv</b> and <b>convictions.xlsx</b>: one row per conviction in scope, with the remedy, outcome and action.</li><li><b>errors.csv</b>: every line that could not be used, with its line number and why.</li><li><b>summary.json</b>: these figures, for other programs.</li></ul></section>");
    s.push_str("</main></body></html>\n");
    s
}

const CSS: &str = "body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#111}main{max-width:60rem;margin:auto;padding:1rem}h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #ccc}figure{margin:1rem 0}figcaption{font-weight:600}table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:right}th[scope=row]{text-align:left}.legend{font-size:.85rem}.k{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 .8rem;vertical-align:middle}.light{background:#9ecae1}.dark{background:#08519c}@media print{main{max-width:none}section{break-inside:avoid}}";
