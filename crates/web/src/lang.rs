//! The reader's language: `?lang=`, else the `lang` cookie (set by the
//! switch on every page), else the browser's `Accept-Language`, else
//! English. Templates get a [`Tr`] to look words up.

use axum::http::HeaderMap;
use i18n::{Lang, SUPPORTED};
use law::Renderer;
use law::remedy::Msg;

/// Words in one language, for templates.
#[derive(Clone, Debug)]
pub struct Tr {
    lang: Lang,
}

impl Tr {
    /// For a language.
    pub fn new(lang: Lang) -> Self {
        Self { lang }
    }

    /// A message with no arguments.
    pub fn t(&self, id: &str) -> String {
        self.lang.text(id)
    }

    /// A message with one text argument.
    pub fn t1(&self, id: &'static str, name: &'static str, value: &str) -> String {
        self.lang
            .render(&Msg::new(id).text(name, value.to_string()))
    }

    /// A message with one number argument (plural forms choose on it).
    pub fn n1(&self, id: &'static str, name: &'static str, value: u64) -> String {
        let n = i64::try_from(value).unwrap_or(i64::MAX);
        self.lang.render(&Msg::new(id).num(name, n))
    }

    /// The language tag (`en`, `es`).
    pub fn tag(&self) -> &'static str {
        self.lang.tag()
    }

    /// The language switch: `(tag, name in that language, is current)`.
    pub fn switch(&self) -> Vec<(&'static str, &'static str, bool)> {
        SUPPORTED
            .iter()
            .map(|tag| {
                let name = i18n::language(tag).map_or(*tag, |l| l.name);
                (*tag, name, *tag == self.tag())
            })
            .collect()
    }
}

/// The cookie that remembers the choice.
pub const COOKIE: &str = "lang";

/// Choose the language for a request.
pub fn choose(query_lang: Option<&str>, headers: &HeaderMap) -> Lang {
    if let Some(l) = query_lang.and_then(Lang::from_tag) {
        return l;
    }
    let cookie = crate::csrf::cookie_named(headers, COOKIE).and_then(|v| Lang::from_tag(&v));
    if let Some(l) = cookie {
        return l;
    }
    headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(Lang::negotiate)
        .unwrap_or_else(Lang::english)
}
