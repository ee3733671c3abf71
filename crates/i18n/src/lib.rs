//! Message catalogs (Fluent) and language choice.
//!
//! The law engine speaks in message ids with arguments; this crate turns
//! them into sentences in the reader's language. Catalogs live in
//! `locales/<language>/*.ftl` and are compiled into the binary. English is
//! the fallback for any message a catalog lacks.
//!
//! Inserted values are not wrapped in Unicode isolation marks: the same text
//! goes to terminals, CSV files and PDFs, where the marks show up as junk.
//! HTML callers that need them can add `dir` attributes themselves.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::RwLock;

use fluent_templates::LanguageIdentifier;
use fluent_templates::fluent_bundle::FluentValue;
use law::Date;
use law::remedy::{Arg, Msg, RemedyId};
use rustc_hash::{FxBuildHasher, FxHashMap};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en-US",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language clearslate speaks or is being translated into.
#[derive(Clone, Copy, Debug)]
pub struct Language {
    /// The short tag people and URLs use (`es`).
    pub tag: &'static str,
    /// The catalog folder under `locales/` (`es`, `zh-Hant`).
    pub locale: &'static str,
    /// Its name in itself, for the language switch.
    pub name: &'static str,
    /// Every message translated and reviewed: only then can people choose
    /// it (a partial catalog would mix languages on one page).
    pub complete: bool,
}

/// English, Spanish, and the languages California's courts most often
/// need next (Chinese, Vietnamese, Tagalog, Korean). Adding one: create
/// `locales/<locale>/` with every file English has, add its month names to
/// [`Lang::date`], and set `complete` once `tests/catalogs.rs` passes for it.
pub const LANGUAGES: &[Language] = &[
    Language {
        tag: "en",
        locale: "en-US",
        name: "English",
        complete: true,
    },
    Language {
        tag: "es",
        locale: "es",
        name: "Español",
        complete: true,
    },
    Language {
        tag: "zh",
        locale: "zh-Hant",
        name: "中文",
        complete: false,
    },
    Language {
        tag: "vi",
        locale: "vi",
        name: "Tiếng Việt",
        complete: false,
    },
    Language {
        tag: "tl",
        locale: "tl",
        name: "Tagalog",
        complete: false,
    },
    Language {
        tag: "ko",
        locale: "ko",
        name: "한국어",
        complete: false,
    },
];

/// Messages without arguments already formatted, per language (in the
/// order of [`LANGUAGES`]). Only ids the catalogs hold are kept, so it
/// never grows past them whatever ids callers pass.
static TEXTS: [RwLock<FxHashMap<String, String>>; LANGUAGES.len()] =
    [const { RwLock::new(FxHashMap::with_hasher(FxBuildHasher)) }; LANGUAGES.len()];

/// The languages with complete catalogs, as BCP 47 tags.
pub const SUPPORTED: &[&str] = &["en", "es"];

/// The table entry for a tag.
pub fn language(tag: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.tag == tag)
}

/// A language the catalogs can speak.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lang {
    id: LanguageIdentifier,
    tag: &'static str,
}

impl Lang {
    /// English (United States), the fallback.
    pub fn english() -> Self {
        Self {
            id: fluent_templates::langid!("en-US"),
            tag: "en",
        }
    }

    /// A supported (complete) language from a tag such as `es` or `es-MX`.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        let l = LANGUAGES.iter().find(|l| l.complete && l.tag == primary)?;
        l.locale.parse().ok().map(|id| Self { id, tag: l.tag })
    }

    /// Pick from an HTTP `Accept-Language` header, falling back to English.
    pub fn negotiate(accept_language: &str) -> Self {
        let mut choices: Vec<(f32, &str)> = accept_language
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.trim().split(';');
                let tag = pieces.next()?.trim();
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.parse().ok())
                    .unwrap_or(1.0);
                (!tag.is_empty()).then_some((q, tag))
            })
            .collect();
        choices.sort_by(|a, b| b.0.total_cmp(&a.0));
        choices
            .into_iter()
            .find_map(|(_, tag)| Self::from_tag(tag))
            .unwrap_or_else(Self::english)
    }

    /// The short tag (`en`, `es`).
    pub fn tag(&self) -> &'static str {
        self.tag
    }

    /// True when people writing this language put the day before the month
    /// in short dates (`15/3/2019`), false for month first (`3/15/2019`).
    pub fn day_first(&self) -> bool {
        matches!(self.tag, "es" | "vi")
    }

    /// A date written out the way this language writes it.
    pub fn date(&self, d: Date) -> String {
        const EN: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        const ES: [&str; 12] = [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ];
        const TL: [&str; 12] = [
            "Enero",
            "Pebrero",
            "Marso",
            "Abril",
            "Mayo",
            "Hunyo",
            "Hulyo",
            "Agosto",
            "Setyembre",
            "Oktubre",
            "Nobyembre",
            "Disyembre",
        ];
        let m = usize::try_from(d.month() - 1).unwrap_or(0);
        let (y, mo, day) = (d.year(), d.month(), d.day());
        match self.tag {
            "es" => format!("{day} de {} de {y}", ES[m]),
            "zh" => format!("{y}年{mo}月{day}日"),
            "ko" => format!("{y}년 {mo}월 {day}일"),
            "vi" => format!("ngày {day} tháng {mo} năm {y}"),
            "tl" => format!("{} {day}, {y}", TL[m]),
            _ => format!("{} {day}, {y}", EN[m]),
        }
    }

    /// The name of a remedy.
    pub fn remedy(&self, r: RemedyId) -> String {
        static IDS: std::sync::LazyLock<FxHashMap<RemedyId, String>> =
            std::sync::LazyLock::new(|| RemedyId::ALL.iter().map(|&r| (r, remedy_id(r))).collect());
        match IDS.get(&r) {
            Some(id) => self.text(id),
            None => self.text(&remedy_id(r)),
        }
    }

    /// A message with no arguments. Each is formatted once per language
    /// and then kept: a results page asks for hundreds, and every Fluent
    /// lookup negotiates languages and hashes its way through the bundles.
    pub fn text(&self, id: &str) -> String {
        let memo = &TEXTS[LANGUAGES
            .iter()
            .position(|l| l.tag == self.tag)
            .unwrap_or(0)];
        if let Some(text) = memo.read().ok().and_then(|m| m.get(id).cloned()) {
            return text;
        }
        let text = self.lookup(id, None);
        if text == id {
            return text;
        }
        if let Ok(mut m) = memo.write() {
            m.insert(id.to_string(), text.clone());
        }
        text
    }

    /// True when this language's own catalog has the message (no fallback).
    pub fn has(&self, id: &str) -> bool {
        // Messages with variables fail to format without them: give every
        // argument name the engine uses a placeholder.
        let args: HashMap<&str, FluentValue<'_>> = [
            "date",
            "section",
            "value",
            "years",
            "judgment",
            "completed",
            "count",
            "remedy",
            "court",
            "case",
            "county",
            "forms",
            "arrest",
            "start",
            "later",
            "ended",
            "name",
            "field",
            "dob",
            "id",
            "link",
            "seconds",
        ]
        .into_iter()
        .map(|name| (name, FluentValue::from("x")))
        .collect();
        LOCALES
            .lookup_no_default_fallback(&self.id, id, Some(&args))
            .is_some()
    }

    /// A message from this language's catalog, else English's, else its
    /// id. Straight to the bundles: `Loader::try_lookup_complete` would
    /// negotiate the language again on every call, and a results page
    /// formats hundreds of messages.
    fn lookup(
        &self,
        id: &str,
        args: Option<&HashMap<Cow<'static, str>, FluentValue<'_>>>,
    ) -> String {
        LOCALES
            .lookup_single_language(&self.id, id, args)
            .or_else(|_| LOCALES.lookup_single_language(LOCALES.fallback(), id, args))
            .unwrap_or_else(|_| id.to_string())
    }
}

/// The catalog id of a remedy's name: `remedy-pc-1203-4`.
pub fn remedy_id(r: RemedyId) -> String {
    format!("remedy-{}", r.as_str().replace('.', "-"))
}

impl law::Renderer for Lang {
    fn render(&self, msg: &Msg) -> String {
        if msg.args.is_empty() {
            return self.text(msg.id);
        }
        let mut args: HashMap<Cow<'static, str>, FluentValue<'_>> = HashMap::new();
        for (name, value) in &msg.args {
            let v: FluentValue<'_> = match value {
                Arg::Date(d) => self.date(*d).into(),
                Arg::Number(n) => (*n).into(),
                Arg::Section(s) => s.as_str().to_string().into(),
                Arg::Remedy(r) => self.remedy(*r).into(),
                Arg::Text(t) => t.to_string().into(),
            };
            args.insert(Cow::Borrowed(*name), v);
        }
        self.lookup(msg.id, Some(&args))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use law::Renderer;

    #[test]
    fn the_language_table_agrees_with_supported() {
        let complete: Vec<&str> = LANGUAGES
            .iter()
            .filter(|l| l.complete)
            .map(|l| l.tag)
            .collect();
        assert_eq!(complete, SUPPORTED);
        // A language still being translated cannot be chosen yet.
        assert!(Lang::from_tag("vi").is_none());
        assert_eq!(Lang::negotiate("ko-KR, es;q=0.5").tag(), "es");
        assert_eq!(language("zh").map(|l| l.name), Some("中文"));
    }

    #[test]
    fn dates_in_each_language() {
        let d = jiff::civil::date(2026, 11, 23);
        let with = |tag: &'static str| Lang {
            id: fluent_templates::langid!("en-US"),
            tag,
        };
        assert_eq!(with("en").date(d), "November 23, 2026");
        assert_eq!(with("es").date(d), "23 de noviembre de 2026");
        assert_eq!(with("zh").date(d), "2026年11月23日");
        assert_eq!(with("ko").date(d), "2026년 11월 23일");
        assert_eq!(with("vi").date(d), "ngày 23 tháng 11 năm 2026");
        assert_eq!(with("tl").date(d), "Nobyembre 23, 2026");
    }

    #[test]
    fn negotiates_languages() {
        assert_eq!(Lang::negotiate("es-MX,es;q=0.9,en;q=0.8").tag(), "es");
        assert_eq!(Lang::negotiate("fr-FR, en;q=0.5").tag(), "en");
        assert_eq!(Lang::negotiate("").tag(), "en");
        assert_eq!(Lang::negotiate("en;q=0.2, es;q=0.9").tag(), "es");
    }

    #[test]
    fn renders_with_arguments() {
        let en = Lang::english();
        let d = jiff::civil::date(2016, 6, 30);
        let text = en.render(&Msg::new("r-probation-ended").date("date", d));
        assert_eq!(text, "Probation ended on June 30, 2016.");
        let es = Lang::from_tag("es").expect("es");
        assert_eq!(es.date(d), "30 de junio de 2016");
        let text = en.render(
            &Msg::new("r-wait-after-completion")
                .date("completed", d)
                .num("years", 1)
                .date("date", d),
        );
        assert!(text.contains("one year"), "{text}");
    }
}
