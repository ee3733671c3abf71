//! Every message the engine and the CLI can ask for exists in every
//! complete catalog, and the catalogs agree on their keys.

use std::collections::BTreeSet;
use std::path::Path;

use i18n::{Lang, SUPPORTED};
use law::RemedyId;

const PREFIXES: &[&str] = &[
    "r-",
    "q-",
    "n-",
    "plan-",
    "imm-",
    "rule-",
    "rules-",
    "table-",
    "outcome-",
    "mandatory-",
    "text-",
    "remedy-",
    "echo-",
    "doc-",
    "web-",
];

/// Message ids written as string literals in a crate's sources.
fn ids_in(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).expect("source dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            ids_in(&path, out);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("source");
        for piece in text.split('"').skip(1).step_by(2) {
            let is_id = PREFIXES.iter().any(|p| piece.starts_with(p))
                && piece.len() > 3
                && piece
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
            if is_id && !piece.ends_with('-') {
                out.insert(piece.to_string());
            }
        }
    }
}

fn keys(lang: &str) -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang);
    let mut keys = BTreeSet::new();
    for entry in std::fs::read_dir(dir).expect("locale dir") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("ftl");
        for line in text.lines() {
            if let Some((key, _)) = line.split_once(" =")
                && key.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && !key.contains(' ')
            {
                keys.insert(key.to_string());
            }
        }
    }
    keys
}

#[test]
fn every_used_message_exists_in_every_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut used = BTreeSet::new();
    ids_in(&root.join("law/src"), &mut used);
    ids_in(&root.join("cli/src"), &mut used);
    ids_in(&root.join("documents/src"), &mut used);
    ids_in(&root.join("web/src"), &mut used);
    for r in RemedyId::ALL {
        used.insert(i18n::remedy_id(*r));
    }
    for o in [
        "eligible",
        "eligible_later",
        "needs_review",
        "ineligible",
        "granted",
    ] {
        used.insert(format!("outcome-{o}"));
    }
    assert!(used.len() > 200, "only {} ids found", used.len());
    for tag in SUPPORTED {
        let lang = Lang::from_tag(tag).expect("supported");
        let missing: Vec<_> = used.iter().filter(|id| !lang.has(id)).collect();
        assert!(missing.is_empty(), "{tag} lacks {missing:?}");
    }
}

#[test]
fn catalogs_have_the_same_keys() {
    let en = keys("en-US");
    let es = keys("es");
    let only_en: Vec<_> = en.difference(&es).collect();
    let only_es: Vec<_> = es.difference(&en).collect();
    assert!(
        only_en.is_empty() && only_es.is_empty(),
        "en only {only_en:?}; es only {only_es:?}"
    );
}
