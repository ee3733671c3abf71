//! The readable report `check --format text` prints.

use std::io::Write;

use i18n::Lang;
use law::Renderer;
use law::echo::{Exposure, May};
use law::remedy::{Arg, Msg, Outcome};
use law::report::Report;

/// Write the report for a person to read.
pub fn write_report(out: &mut dyn Write, report: &Report<'_>, lang: &Lang) -> std::io::Result<()> {
    let h = report.history;
    let name = h.person.names.first().map(String::as_str).unwrap_or("?");
    let cii = h.person.cii.as_deref().unwrap_or("?");
    writeln!(out, "{name} (CII {cii}) — {}", lang.date(report.as_of))?;
    let verify = lang.text("verify");
    if report.counts.is_empty() {
        writeln!(out, "\n{}", lang.text("text-no-relief"))?;
    }
    for r in &report.counts {
        let e = &h.events[r.event];
        let c = &e.counts[r.count];
        writeln!(out)?;
        writeln!(
            out,
            "{} #{} — {} — {}",
            e.agency.as_deref().unwrap_or("?"),
            e.case_number.as_deref().unwrap_or("?"),
            e.date.map(|d| d.to_string()).unwrap_or_else(|| "?".into()),
            e.county.as_deref().unwrap_or(""),
        )?;
        writeln!(
            out,
            "  {} {} {}",
            c.id,
            c.section.as_ref().map(|s| s.as_str()).unwrap_or("?"),
            c.description.as_deref().unwrap_or("")
        )?;
        for d in &r.relief {
            let outcome = match (d.outcome, d.eligible_on) {
                (Outcome::EligibleLater, Some(on)) => {
                    lang.render(&Msg::new("outcome-eligible_later").date("date", on))
                }
                (Outcome::Eligible, _) if d.automatic => lang.text("outcome-eligible-automatic"),
                (o, _) => lang.text(&format!("outcome-{}", o.as_str())),
            };
            let mandatory = match d.mandatory {
                Some(true) if !d.automatic => format!(" — {}", lang.text("mandatory-yes")),
                Some(false) => format!(" — {}", lang.text("mandatory-no")),
                _ => String::new(),
            };
            writeln!(out, "    * {}: {outcome}{mandatory}", lang.remedy(d.remedy))?;
            for reason in &d.reasons {
                let cite = match reason.cite {
                    Some(c) if c.needs_verification() => format!(" [{}; {verify}]", c.text),
                    Some(c) => format!(" [{}]", c.text),
                    None => String::new(),
                };
                writeln!(out, "        - {}{cite}", lang.render(&reason.msg))?;
            }
        }
    }
    if !report.questions.is_empty() {
        writeln!(out, "\n{}", lang.text("text-questions"))?;
        for q in &report.questions {
            let about = q
                .count
                .as_deref()
                .map(|c| format!(" ({c})"))
                .unwrap_or_default();
            writeln!(
                out,
                "  - {}{about} [--facts: {}]",
                lang.render(&q.msg),
                q.fact
            )?;
        }
    }
    if !report.plan.steps.is_empty() {
        writeln!(out, "\n{}", lang.text("text-plan"))?;
        for (i, s) in report.plan.steps.iter().enumerate() {
            writeln!(out, "{}. {}", i + 1, lang.render(&s.msg(h)))?;
        }
        for n in &report.plan.notes {
            writeln!(out, "   {}", lang.render(n))?;
        }
    }
    if !report.echo.is_empty() {
        writeln!(out, "\n{}", lang.text("text-echo"))?;
        for x in &report.echo {
            let e = &h.events[x.event];
            writeln!(
                out,
                "{} {} #{} — {}",
                e.id,
                e.agency.as_deref().unwrap_or("?"),
                e.case_number.as_deref().unwrap_or("?"),
                e.date.map(|d| d.to_string()).unwrap_or_else(|| "?".into()),
            )?;
            writeln!(
                out,
                "  {}: {}",
                lang.text("echo-now"),
                exposure_text(&x.now, lang)
            )?;
            if let Some((remedy, after)) = &x.after {
                writeln!(
                    out,
                    "  {}: {}",
                    lang.render(&Msg::new("echo-after-label").arg("remedy", Arg::Remedy(*remedy))),
                    exposure_text(after, lang)
                )?;
            }
            for reason in &x.reasons {
                let cite = match reason.cite {
                    Some(c) if c.needs_verification() => format!(" [{}; {verify}]", c.text),
                    Some(c) => format!(" [{}]", c.text),
                    None => String::new(),
                };
                writeln!(out, "    - {}{cite}", lang.render(&reason.msg))?;
            }
        }
    }
    if !report.warnings.is_empty() || !report.notes.is_empty() {
        writeln!(out, "\n{}", lang.text("text-notes"))?;
        for w in &report.warnings {
            let line = w.line.map(|l| format!("line {l}: ")).unwrap_or_default();
            writeln!(out, "! {line}{}", w.text)?;
        }
        for n in &report.notes {
            writeln!(out, "! {}", lang.render(n))?;
        }
    }
    Ok(())
}

/// One line on what may be reported and used.
fn exposure_text(x: &Exposure, lang: &Lang) -> String {
    let may = match x.may {
        May::No => lang.text("echo-may-no"),
        May::WhilePending => lang.text("echo-may-pending"),
        May::Until(d) => lang.render(&Msg::new("echo-may-until").date("date", d)),
        May::Yes => lang.text("echo-may-yes"),
    };
    let status = x
        .status
        .map(|r| {
            format!(
                " {}",
                lang.render(&Msg::new("echo-with-status").arg("remedy", Arg::Remedy(r)))
            )
        })
        .unwrap_or_default();
    let employer = if x.employer_may_use {
        lang.text("echo-employer-may")
    } else {
        lang.text("echo-employer-may-not")
    };
    format!("{may}{status} {employer}")
}
