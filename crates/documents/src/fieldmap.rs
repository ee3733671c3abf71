//! Field maps: which PDF field holds which value, per form and revision.
//!
//! Maps are data (`maps/*.toml`, compiled in), so an organization that
//! drops a newer official PDF into its forms folder adds only a map file
//! beside it. A map fits a PDF when every field it names exists in that
//! PDF; among the maps that fit, a map from the forms folder wins over the
//! built-in ones.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;

use crate::Error;

/// The maps that ship with clearslate.
const BUILT_IN: &[&str] = &[
    include_str!("../maps/CR-180.toml"),
    include_str!("../maps/CR-181.toml"),
    include_str!("../maps/CR-400.toml"),
    include_str!("../maps/FW-001.toml"),
    include_str!("../maps/MC-025.toml"),
    include_str!("../maps/MC-031.toml"),
];

/// One form revision's map.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldMap {
    /// The form (`CR-180`).
    pub form: String,
    /// The revision as printed on the form.
    pub revision: String,
    /// Its page count.
    pub pages: usize,
    /// Our key to the PDF's field name.
    pub fields: BTreeMap<String, String>,
}

impl FieldMap {
    /// Parse a map; errors name the line.
    pub fn parse(text: &str) -> Result<Self, String> {
        toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1)
                .unwrap_or(1);
            format!("line {line}: {}", e.message())
        })
    }

    /// The maps compiled into clearslate.
    pub fn built_in() -> Vec<Self> {
        BUILT_IN
            .iter()
            .map(|t| Self::parse(t).unwrap_or_else(|e| panic!("built-in field map: {e}")))
            .collect()
    }

    /// Every `*.toml` map in a forms folder.
    pub fn load_dir(dir: &Path) -> Result<Vec<Self>, Error> {
        let mut maps = Vec::new();
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Ok(maps);
        };
        let mut paths: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
            maps.push(Self::parse(&text).map_err(|message| Error::Input {
                file: path.clone(),
                message,
            })?);
        }
        Ok(maps)
    }

    /// True when every field this map names is in `names`.
    pub fn fits(&self, names: &BTreeSet<String>) -> bool {
        self.fields.values().all(|f| names.contains(f))
    }
}

/// The first map for `form` that fits a PDF with these field names; maps
/// earlier in `maps` win.
pub fn choose<'a>(
    maps: &'a [FieldMap],
    form: &str,
    names: &BTreeSet<String>,
) -> Option<&'a FieldMap> {
    maps.iter().find(|m| m.form == form && m.fits(names))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_maps_parse_and_name_distinct_fields() {
        let maps = FieldMap::built_in();
        assert_eq!(maps.len(), BUILT_IN.len());
        for m in &maps {
            let distinct: BTreeSet<_> = m.fields.values().collect();
            assert_eq!(
                distinct.len(),
                m.fields.len(),
                "{} maps a field twice",
                m.form
            );
        }
    }

    #[test]
    fn a_map_fits_only_a_pdf_with_its_fields() {
        let m = FieldMap::parse(
            "form = \"X-1\"\nrevision = \"r\"\npages = 1\n[fields]\nname = \"F1\"\n",
        )
        .expect("valid");
        let maps = vec![m];
        let with: BTreeSet<String> = ["F1".to_string(), "F2".to_string()].into();
        let without: BTreeSet<String> = ["F2".to_string()].into();
        assert!(choose(&maps, "X-1", &with).is_some());
        assert!(choose(&maps, "X-1", &without).is_none());
        assert!(choose(&maps, "X-2", &with).is_none());
        assert!(
            FieldMap::parse("form = 1")
                .expect_err("an error")
                .starts_with("line 1")
        );
    }
}
