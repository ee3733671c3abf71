//! PERSON.toml: what the record does not say about the person.

use std::path::Path;

use serde::Deserialize;

use crate::Error;

/// The person the papers are for.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Full name as it should appear on court papers.
    pub name: String,
    /// Street or mailing address.
    pub address: Option<String>,
    /// City.
    pub city: Option<String>,
    /// State (two letters).
    pub state: Option<String>,
    /// ZIP code.
    pub zip: Option<String>,
    /// Telephone number.
    pub phone: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// Language for papers addressed to the person (`en`, `es`).
    pub language: Option<String>,
    /// One dispute letter goes to each of these.
    #[serde(default)]
    pub background_check_company: Vec<Company>,
    /// The person's own statement, for the declaration in support.
    pub declaration: Option<Statement>,
    /// What the fee waiver asks (form FW-001, item 5).
    pub fee_waiver: Option<FeeWaiver>,
}

/// A background-check company (consumer reporting agency).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Company {
    /// Its name.
    pub name: String,
    /// Its mailing address, on one line.
    pub address: String,
}

/// The person's own words, in the parts the declaration builder asks for.
/// Each part becomes one paragraph, in this order.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// Who I am today.
    pub today: Option<String>,
    /// Work and school.
    pub work: Option<String>,
    /// Family.
    pub family: Option<String>,
    /// Community and service.
    pub community: Option<String>,
    /// What I have done since the case.
    pub since: Option<String>,
    /// Why relief matters to me.
    pub why: Option<String>,
}

impl Statement {
    /// The paragraphs that have text.
    pub fn paragraphs(&self) -> Vec<String> {
        [
            &self.today,
            &self.work,
            &self.family,
            &self.community,
            &self.since,
            &self.why,
        ]
        .into_iter()
        .flatten()
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
    }
}

/// Public benefits and income, for FW-001 item 5.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeeWaiver {
    /// Benefits received: `calfresh`, `ssi`, `ssp`, `medi-cal`,
    /// `county-relief`, `ihss`, `calworks`, `capi`.
    #[serde(default)]
    pub benefits: Vec<Benefit>,
    /// People in the household.
    pub household_size: Option<u32>,
    /// Gross monthly household income, in dollars.
    pub monthly_income: Option<u32>,
}

/// A public benefit listed on FW-001 item 5a.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Benefit {
    /// CalFresh (the form's "Food Stamps").
    Calfresh,
    /// Supplemental Security Income.
    Ssi,
    /// State Supplementary Payment.
    Ssp,
    /// Medi-Cal.
    MediCal,
    /// County Relief or General Assistance.
    CountyRelief,
    /// In-Home Supportive Services.
    Ihss,
    /// CalWORKs or Tribal TANF.
    Calworks,
    /// Cash Assistance Program for Immigrants.
    Capi,
}

impl Benefit {
    /// Its key in the FW-001 field map.
    pub fn key(self) -> &'static str {
        match self {
            Self::Calfresh => "benefit.calfresh",
            Self::Ssi => "benefit.ssi",
            Self::Ssp => "benefit.ssp",
            Self::MediCal => "benefit.medi-cal",
            Self::CountyRelief => "benefit.county-relief",
            Self::Ihss => "benefit.ihss",
            Self::Calworks => "benefit.calworks",
            Self::Capi => "benefit.capi",
        }
    }
}

impl Person {
    /// Read PERSON.toml. Errors name the line and the field.
    pub fn load(path: &Path) -> Result<Self, Error> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        Self::parse(&text).map_err(|message| Error::Input {
            file: path.into(),
            message,
        })
    }

    /// Parse PERSON.toml text.
    pub fn parse(text: &str) -> Result<Self, String> {
        let person: Self = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
            match line {
                Some(line) => format!("line {line}: {}", e.message()),
                None => e.message().to_string(),
            }
        })?;
        if person.name.trim().is_empty() {
            return Err("field `name`: must not be empty".into());
        }
        Ok(person)
    }

    /// City, state and ZIP on one line ("Fresno, CA 93721").
    pub fn city_line(&self) -> String {
        let mut s = self.city.clone().unwrap_or_default();
        let state = self.state.as_deref().unwrap_or("");
        let zip = self.zip.as_deref().unwrap_or("");
        if !state.is_empty() {
            if !s.is_empty() {
                s.push_str(", ");
            }
            s.push_str(state);
        }
        if !zip.is_empty() {
            s.push(' ');
            s.push_str(zip);
        }
        s.trim().to_string()
    }

    /// The contact details a court form asks for that are missing, by key.
    pub fn missing_contact(&self) -> Vec<&'static str> {
        let mut missing = Vec::new();
        let blank = |v: &Option<String>| v.as_deref().is_none_or(|s| s.trim().is_empty());
        for (key, value) in [
            ("address", &self.address),
            ("city", &self.city),
            ("state", &self.state),
            ("zip", &self.zip),
            ("phone", &self.phone),
        ] {
            if blank(value) {
                missing.push(key);
            }
        }
        missing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_key_names_its_line() {
        let err = Person::parse("name = \"A B\"\nadress = \"1 Main\"\n").expect_err("an error");
        assert!(err.contains("line 2"), "{err}");
        assert!(err.contains("adress"), "{err}");
    }

    #[test]
    fn reads_companies_statement_and_benefits() {
        let p = Person::parse(
            r#"
name = "MARIA ELENA LOPEZ"
city = "Fresno"
state = "CA"
zip = "93721"
[[background_check_company]]
name = "Example Screening Inc."
address = "PO Box 100, Austin, TX 78701"
[declaration]
today = "I work as a medical assistant."
why = " "
[fee_waiver]
benefits = ["calfresh", "medi-cal"]
"#,
        )
        .expect("valid");
        assert_eq!(p.city_line(), "Fresno, CA 93721");
        assert_eq!(p.background_check_company.len(), 1);
        assert_eq!(p.declaration.expect("valid").paragraphs().len(), 1);
        assert_eq!(p.fee_waiver.expect("valid").benefits[1], Benefit::MediCal);
        assert_eq!(
            Person::parse("name = \"\"").expect_err("an error"),
            "field `name`: must not be empty"
        );
    }
}
