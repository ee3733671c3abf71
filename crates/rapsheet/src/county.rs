//! The county of an agency (`shared/formats/rap-sheet.md` §11.2).
//!
//! The agency string is two letters of jurisdiction, two of agency type, then
//! a place: `CASC LOS ANGELES METRO`, `CAPD CONCORD`, `CASO SN JOSE`. The
//! place is normalised (periods, known abbreviations, the `MC` branch marker,
//! a trailing `CO`) and looked up in a table of court and agency places. A
//! county name is never matched as a prefix of a longer place (`YUBA CITY` is
//! in Sutter County); an unknown place gives no county, never a guess.

use smallvec::SmallVec;

/// California's 58 counties, as the record writes them.
pub const COUNTIES: &[&str] = &[
    "ALAMEDA",
    "ALPINE",
    "AMADOR",
    "BUTTE",
    "CALAVERAS",
    "COLUSA",
    "CONTRA COSTA",
    "DEL NORTE",
    "EL DORADO",
    "FRESNO",
    "GLENN",
    "HUMBOLDT",
    "IMPERIAL",
    "INYO",
    "KERN",
    "KINGS",
    "LAKE",
    "LASSEN",
    "LOS ANGELES",
    "MADERA",
    "MARIN",
    "MARIPOSA",
    "MENDOCINO",
    "MERCED",
    "MODOC",
    "MONO",
    "MONTEREY",
    "NAPA",
    "NEVADA",
    "ORANGE",
    "PLACER",
    "PLUMAS",
    "RIVERSIDE",
    "SACRAMENTO",
    "SAN BENITO",
    "SAN BERNARDINO",
    "SAN DIEGO",
    "SAN FRANCISCO",
    "SAN JOAQUIN",
    "SAN LUIS OBISPO",
    "SAN MATEO",
    "SANTA BARBARA",
    "SANTA CLARA",
    "SANTA CRUZ",
    "SHASTA",
    "SIERRA",
    "SISKIYOU",
    "SOLANO",
    "SONOMA",
    "STANISLAUS",
    "SUTTER",
    "TEHAMA",
    "TRINITY",
    "TULARE",
    "TUOLUMNE",
    "VENTURA",
    "YOLO",
    "YUBA",
];

/// Places (cities, courthouses, stations) and their county. Data, checked
/// by tests; extend it as real sheets show new places.
const PLACES: &[(&str, &str)] = &[
    // Alameda
    ("OAKLAND", "ALAMEDA"),
    ("HAYWARD", "ALAMEDA"),
    ("FREMONT", "ALAMEDA"),
    ("BERKELEY", "ALAMEDA"),
    ("SAN LEANDRO", "ALAMEDA"),
    ("PLEASANTON", "ALAMEDA"),
    ("DUBLIN", "ALAMEDA"),
    ("LIVERMORE", "ALAMEDA"),
    ("UNION CITY", "ALAMEDA"),
    ("NEWARK", "ALAMEDA"),
    ("EMERYVILLE", "ALAMEDA"),
    ("ALBANY", "ALAMEDA"),
    ("PIEDMONT", "ALAMEDA"),
    ("CASTRO VALLEY", "ALAMEDA"),
    // Alpine, Amador, Butte, Calaveras
    ("MARKLEEVILLE", "ALPINE"),
    ("JACKSON", "AMADOR"),
    ("SUTTER CREEK", "AMADOR"),
    ("IONE", "AMADOR"),
    ("OROVILLE", "BUTTE"),
    ("CHICO", "BUTTE"),
    ("PARADISE", "BUTTE"),
    ("GRIDLEY", "BUTTE"),
    ("SAN ANDREAS", "CALAVERAS"),
    ("ANGELS CAMP", "CALAVERAS"),
    // Contra Costa
    ("MARTINEZ", "CONTRA COSTA"),
    ("RICHMOND", "CONTRA COSTA"),
    ("CONCORD", "CONTRA COSTA"),
    ("WALNUT CREEK", "CONTRA COSTA"),
    ("PITTSBURG", "CONTRA COSTA"),
    ("ANTIOCH", "CONTRA COSTA"),
    ("SAN RAMON", "CONTRA COSTA"),
    ("DANVILLE", "CONTRA COSTA"),
    ("PLEASANT HILL", "CONTRA COSTA"),
    ("EL CERRITO", "CONTRA COSTA"),
    ("SAN PABLO", "CONTRA COSTA"),
    ("BRENTWOOD", "CONTRA COSTA"),
    ("OAKLEY", "CONTRA COSTA"),
    ("HERCULES", "CONTRA COSTA"),
    ("PINOLE", "CONTRA COSTA"),
    ("LAFAYETTE", "CONTRA COSTA"),
    ("ORINDA", "CONTRA COSTA"),
    ("MORAGA", "CONTRA COSTA"),
    // Del Norte, El Dorado, Fresno, Glenn, Humboldt, Imperial, Inyo
    ("CRESCENT CITY", "DEL NORTE"),
    ("PLACERVILLE", "EL DORADO"),
    ("SOUTH LAKE TAHOE", "EL DORADO"),
    ("CLOVIS", "FRESNO"),
    ("SANGER", "FRESNO"),
    ("SELMA", "FRESNO"),
    ("REEDLEY", "FRESNO"),
    ("COALINGA", "FRESNO"),
    ("KERMAN", "FRESNO"),
    ("FIREBAUGH", "FRESNO"),
    ("MENDOTA", "FRESNO"),
    ("WILLOWS", "GLENN"),
    ("ORLAND", "GLENN"),
    ("EUREKA", "HUMBOLDT"),
    ("ARCATA", "HUMBOLDT"),
    ("FORTUNA", "HUMBOLDT"),
    ("GARBERVILLE", "HUMBOLDT"),
    ("EL CENTRO", "IMPERIAL"),
    ("CALEXICO", "IMPERIAL"),
    ("BRAWLEY", "IMPERIAL"),
    ("INDEPENDENCE", "INYO"),
    ("BISHOP", "INYO"),
    // Kern, Kings, Lake, Lassen
    ("BAKERSFIELD", "KERN"),
    ("DELANO", "KERN"),
    ("SHAFTER", "KERN"),
    ("TAFT", "KERN"),
    ("RIDGECREST", "KERN"),
    ("LAMONT", "KERN"),
    ("ARVIN", "KERN"),
    ("ARVIN LAMONT", "KERN"),
    ("MOJAVE", "KERN"),
    ("LAKE ISABELLA", "KERN"),
    ("TEHACHAPI", "KERN"),
    ("WASCO", "KERN"),
    ("HANFORD", "KINGS"),
    ("LEMOORE", "KINGS"),
    ("CORCORAN", "KINGS"),
    ("AVENAL", "KINGS"),
    ("LAKEPORT", "LAKE"),
    ("CLEARLAKE", "LAKE"),
    ("SUSANVILLE", "LASSEN"),
    // Los Angeles
    ("LONG BEACH", "LOS ANGELES"),
    ("PASADENA", "LOS ANGELES"),
    ("GLENDALE", "LOS ANGELES"),
    ("BURBANK", "LOS ANGELES"),
    ("SANTA MONICA", "LOS ANGELES"),
    ("TORRANCE", "LOS ANGELES"),
    ("INGLEWOOD", "LOS ANGELES"),
    ("COMPTON", "LOS ANGELES"),
    ("POMONA", "LOS ANGELES"),
    ("VAN NUYS", "LOS ANGELES"),
    ("SAN FERNANDO", "LOS ANGELES"),
    ("LANCASTER", "LOS ANGELES"),
    ("PALMDALE", "LOS ANGELES"),
    ("WEST COVINA", "LOS ANGELES"),
    ("NORWALK", "LOS ANGELES"),
    ("DOWNEY", "LOS ANGELES"),
    ("WHITTIER", "LOS ANGELES"),
    ("ALHAMBRA", "LOS ANGELES"),
    ("EL MONTE", "LOS ANGELES"),
    ("BEVERLY HILLS", "LOS ANGELES"),
    ("CULVER CITY", "LOS ANGELES"),
    ("MALIBU", "LOS ANGELES"),
    ("CHATSWORTH", "LOS ANGELES"),
    ("SYLMAR", "LOS ANGELES"),
    ("BELLFLOWER", "LOS ANGELES"),
    ("MONTEREY PARK", "LOS ANGELES"),
    ("SIERRA MADRE", "LOS ANGELES"),
    ("SANTA CLARITA", "LOS ANGELES"),
    ("NEWHALL", "LOS ANGELES"),
    ("VALENCIA", "LOS ANGELES"),
    ("SAN PEDRO", "LOS ANGELES"),
    ("HOLLYWOOD", "LOS ANGELES"),
    ("GARDENA", "LOS ANGELES"),
    ("HAWTHORNE", "LOS ANGELES"),
    ("CERRITOS", "LOS ANGELES"),
    ("LAKEWOOD", "LOS ANGELES"),
    ("PARAMOUNT", "LOS ANGELES"),
    ("CARSON", "LOS ANGELES"),
    ("EAST LOS ANGELES", "LOS ANGELES"),
    ("SOUTH GATE", "LOS ANGELES"),
    ("HUNTINGTON PARK", "LOS ANGELES"),
    ("BALDWIN PARK", "LOS ANGELES"),
    ("AZUSA", "LOS ANGELES"),
    ("COVINA", "LOS ANGELES"),
    ("CLAREMONT", "LOS ANGELES"),
    ("LA VERNE", "LOS ANGELES"),
    ("MONROVIA", "LOS ANGELES"),
    ("ARCADIA", "LOS ANGELES"),
    ("REDONDO BEACH", "LOS ANGELES"),
    ("MANHATTAN BEACH", "LOS ANGELES"),
    ("HERMOSA BEACH", "LOS ANGELES"),
    ("EL SEGUNDO", "LOS ANGELES"),
    ("LA PUENTE", "LOS ANGELES"),
    ("DIAMOND BAR", "LOS ANGELES"),
    ("LA MIRADA", "LOS ANGELES"),
    ("SANTA FE SPRINGS", "LOS ANGELES"),
    ("PICO RIVERA", "LOS ANGELES"),
    ("MONTEBELLO", "LOS ANGELES"),
    ("BELL GARDENS", "LOS ANGELES"),
    ("LYNWOOD", "LOS ANGELES"),
    ("SIGNAL HILL", "LOS ANGELES"),
    ("WEST HOLLYWOOD", "LOS ANGELES"),
    ("SOUTH PASADENA", "LOS ANGELES"),
    ("SAN GABRIEL", "LOS ANGELES"),
    ("ROSEMEAD", "LOS ANGELES"),
    ("TEMPLE CITY", "LOS ANGELES"),
    ("GLENDORA", "LOS ANGELES"),
    ("SAN DIMAS", "LOS ANGELES"),
    ("ANTELOPE VALLEY", "LOS ANGELES"),
    ("RIO HONDO", "LOS ANGELES"),
    ("CITRUS", "LOS ANGELES"),
    ("AIRPORT", "LOS ANGELES"),
    ("WEST LOS ANGELES", "LOS ANGELES"),
    // Madera, Marin, Mendocino, Merced, Modoc, Mono, Monterey, Napa, Nevada
    ("CHOWCHILLA", "MADERA"),
    ("SAN RAFAEL", "MARIN"),
    ("NOVATO", "MARIN"),
    ("MILL VALLEY", "MARIN"),
    ("SAUSALITO", "MARIN"),
    ("UKIAH", "MENDOCINO"),
    ("FORT BRAGG", "MENDOCINO"),
    ("WILLITS", "MENDOCINO"),
    ("LOS BANOS", "MERCED"),
    ("ATWATER", "MERCED"),
    ("LIVINGSTON", "MERCED"),
    ("ALTURAS", "MODOC"),
    ("BRIDGEPORT", "MONO"),
    ("MAMMOTH LAKES", "MONO"),
    ("SALINAS", "MONTEREY"),
    ("SEASIDE", "MONTEREY"),
    ("KING CITY", "MONTEREY"),
    ("MARINA", "MONTEREY"),
    ("PACIFIC GROVE", "MONTEREY"),
    ("CARMEL", "MONTEREY"),
    ("ST HELENA", "NAPA"),
    ("CALISTOGA", "NAPA"),
    ("AMERICAN CANYON", "NAPA"),
    ("NEVADA CITY", "NEVADA"),
    ("GRASS VALLEY", "NEVADA"),
    ("TRUCKEE", "NEVADA"),
    // Orange
    ("SANTA ANA", "ORANGE"),
    ("ANAHEIM", "ORANGE"),
    ("IRVINE", "ORANGE"),
    ("HUNTINGTON BEACH", "ORANGE"),
    ("FULLERTON", "ORANGE"),
    ("COSTA MESA", "ORANGE"),
    ("NEWPORT BEACH", "ORANGE"),
    ("WESTMINSTER", "ORANGE"),
    ("GARDEN GROVE", "ORANGE"),
    ("BUENA PARK", "ORANGE"),
    ("LAGUNA NIGUEL", "ORANGE"),
    ("LAGUNA BEACH", "ORANGE"),
    ("LAGUNA HILLS", "ORANGE"),
    ("MISSION VIEJO", "ORANGE"),
    ("TUSTIN", "ORANGE"),
    ("CYPRESS", "ORANGE"),
    ("LA HABRA", "ORANGE"),
    ("BREA", "ORANGE"),
    ("PLACENTIA", "ORANGE"),
    ("YORBA LINDA", "ORANGE"),
    ("SAN CLEMENTE", "ORANGE"),
    ("DANA POINT", "ORANGE"),
    ("SAN JUAN CAPISTRANO", "ORANGE"),
    ("FOUNTAIN VALLEY", "ORANGE"),
    ("SEAL BEACH", "ORANGE"),
    ("STANTON", "ORANGE"),
    ("LOS ALAMITOS", "ORANGE"),
    // Placer, Plumas, Riverside
    ("AUBURN", "PLACER"),
    ("ROSEVILLE", "PLACER"),
    ("ROCKLIN", "PLACER"),
    ("LINCOLN", "PLACER"),
    ("KINGS BEACH", "PLACER"),
    ("TAHOE CITY", "PLACER"),
    ("COLFAX", "PLACER"),
    ("QUINCY", "PLUMAS"),
    ("INDIO", "RIVERSIDE"),
    ("PALM SPRINGS", "RIVERSIDE"),
    ("BANNING", "RIVERSIDE"),
    ("HEMET", "RIVERSIDE"),
    ("MURRIETA", "RIVERSIDE"),
    ("TEMECULA", "RIVERSIDE"),
    ("CORONA", "RIVERSIDE"),
    ("MORENO VALLEY", "RIVERSIDE"),
    ("PERRIS", "RIVERSIDE"),
    ("BLYTHE", "RIVERSIDE"),
    ("LAKE ELSINORE", "RIVERSIDE"),
    ("PALM DESERT", "RIVERSIDE"),
    ("CATHEDRAL CITY", "RIVERSIDE"),
    ("BEAUMONT", "RIVERSIDE"),
    ("NORCO", "RIVERSIDE"),
    ("JURUPA VALLEY", "RIVERSIDE"),
    ("SAN JACINTO", "RIVERSIDE"),
    ("MENIFEE", "RIVERSIDE"),
    // Sacramento, San Benito, San Bernardino
    ("ELK GROVE", "SACRAMENTO"),
    ("FOLSOM", "SACRAMENTO"),
    ("CITRUS HEIGHTS", "SACRAMENTO"),
    ("RANCHO CORDOVA", "SACRAMENTO"),
    ("GALT", "SACRAMENTO"),
    ("HOLLISTER", "SAN BENITO"),
    ("ONTARIO", "SAN BERNARDINO"),
    ("RANCHO CUCAMONGA", "SAN BERNARDINO"),
    ("FONTANA", "SAN BERNARDINO"),
    ("VICTORVILLE", "SAN BERNARDINO"),
    ("RIALTO", "SAN BERNARDINO"),
    ("CHINO", "SAN BERNARDINO"),
    ("REDLANDS", "SAN BERNARDINO"),
    ("UPLAND", "SAN BERNARDINO"),
    ("BARSTOW", "SAN BERNARDINO"),
    ("JOSHUA TREE", "SAN BERNARDINO"),
    ("NEEDLES", "SAN BERNARDINO"),
    ("BIG BEAR", "SAN BERNARDINO"),
    ("BIG BEAR LAKE", "SAN BERNARDINO"),
    ("HESPERIA", "SAN BERNARDINO"),
    ("APPLE VALLEY", "SAN BERNARDINO"),
    ("ADELANTO", "SAN BERNARDINO"),
    ("COLTON", "SAN BERNARDINO"),
    ("HIGHLAND", "SAN BERNARDINO"),
    ("YUCAIPA", "SAN BERNARDINO"),
    ("LOMA LINDA", "SAN BERNARDINO"),
    ("MONTCLAIR", "SAN BERNARDINO"),
    ("CHINO HILLS", "SAN BERNARDINO"),
    ("TWENTYNINE PALMS", "SAN BERNARDINO"),
    ("MORONGO BASIN", "SAN BERNARDINO"),
    ("YUCCA VALLEY", "SAN BERNARDINO"),
    // San Diego, San Joaquin, San Luis Obispo, San Mateo
    ("CHULA VISTA", "SAN DIEGO"),
    ("EL CAJON", "SAN DIEGO"),
    ("VISTA", "SAN DIEGO"),
    ("OCEANSIDE", "SAN DIEGO"),
    ("ESCONDIDO", "SAN DIEGO"),
    ("CARLSBAD", "SAN DIEGO"),
    ("SAN MARCOS", "SAN DIEGO"),
    ("NATIONAL CITY", "SAN DIEGO"),
    ("LA MESA", "SAN DIEGO"),
    ("SANTEE", "SAN DIEGO"),
    ("POWAY", "SAN DIEGO"),
    ("ENCINITAS", "SAN DIEGO"),
    ("CORONADO", "SAN DIEGO"),
    ("IMPERIAL BEACH", "SAN DIEGO"),
    ("RAMONA", "SAN DIEGO"),
    ("STOCKTON", "SAN JOAQUIN"),
    ("LODI", "SAN JOAQUIN"),
    ("MANTECA", "SAN JOAQUIN"),
    ("TRACY", "SAN JOAQUIN"),
    ("LATHROP", "SAN JOAQUIN"),
    ("RIPON", "SAN JOAQUIN"),
    ("ESCALON", "SAN JOAQUIN"),
    ("PASO ROBLES", "SAN LUIS OBISPO"),
    ("ATASCADERO", "SAN LUIS OBISPO"),
    ("GROVER BEACH", "SAN LUIS OBISPO"),
    ("ARROYO GRANDE", "SAN LUIS OBISPO"),
    ("MORRO BAY", "SAN LUIS OBISPO"),
    ("PISMO BEACH", "SAN LUIS OBISPO"),
    ("REDWOOD CITY", "SAN MATEO"),
    ("DALY CITY", "SAN MATEO"),
    ("SOUTH SAN FRANCISCO", "SAN MATEO"),
    ("BURLINGAME", "SAN MATEO"),
    ("MENLO PARK", "SAN MATEO"),
    ("SAN BRUNO", "SAN MATEO"),
    ("PACIFICA", "SAN MATEO"),
    ("HALF MOON BAY", "SAN MATEO"),
    ("BELMONT", "SAN MATEO"),
    ("SAN CARLOS", "SAN MATEO"),
    ("MILLBRAE", "SAN MATEO"),
    ("FOSTER CITY", "SAN MATEO"),
    ("EAST PALO ALTO", "SAN MATEO"),
    // Santa Barbara, Santa Clara, Santa Cruz, Shasta, Sierra, Siskiyou
    ("SANTA MARIA", "SANTA BARBARA"),
    ("LOMPOC", "SANTA BARBARA"),
    ("GOLETA", "SANTA BARBARA"),
    ("SOLVANG", "SANTA BARBARA"),
    ("SAN JOSE", "SANTA CLARA"),
    ("SUNNYVALE", "SANTA CLARA"),
    ("PALO ALTO", "SANTA CLARA"),
    ("MOUNTAIN VIEW", "SANTA CLARA"),
    ("CUPERTINO", "SANTA CLARA"),
    ("MILPITAS", "SANTA CLARA"),
    ("LOS GATOS", "SANTA CLARA"),
    ("CAMPBELL", "SANTA CLARA"),
    ("GILROY", "SANTA CLARA"),
    ("MORGAN HILL", "SANTA CLARA"),
    ("SARATOGA", "SANTA CLARA"),
    ("LOS ALTOS", "SANTA CLARA"),
    ("WATSONVILLE", "SANTA CRUZ"),
    ("CAPITOLA", "SANTA CRUZ"),
    ("SCOTTS VALLEY", "SANTA CRUZ"),
    ("REDDING", "SHASTA"),
    ("ANDERSON", "SHASTA"),
    ("BURNEY", "SHASTA"),
    ("DOWNIEVILLE", "SIERRA"),
    ("YREKA", "SISKIYOU"),
    ("MOUNT SHASTA", "SISKIYOU"),
    ("WEED", "SISKIYOU"),
    // Solano, Sonoma, Stanislaus, Sutter, Tehama, Trinity, Tulare, Tuolumne
    ("FAIRFIELD", "SOLANO"),
    ("VALLEJO", "SOLANO"),
    ("VACAVILLE", "SOLANO"),
    ("BENICIA", "SOLANO"),
    ("SUISUN", "SOLANO"),
    ("SUISUN CITY", "SOLANO"),
    ("DIXON", "SOLANO"),
    ("RIO VISTA", "SOLANO"),
    ("SANTA ROSA", "SONOMA"),
    ("PETALUMA", "SONOMA"),
    ("ROHNERT PARK", "SONOMA"),
    ("HEALDSBURG", "SONOMA"),
    ("SEBASTOPOL", "SONOMA"),
    ("COTATI", "SONOMA"),
    ("WINDSOR", "SONOMA"),
    ("MODESTO", "STANISLAUS"),
    ("TURLOCK", "STANISLAUS"),
    ("CERES", "STANISLAUS"),
    ("OAKDALE", "STANISLAUS"),
    ("RIVERBANK", "STANISLAUS"),
    ("PATTERSON", "STANISLAUS"),
    ("YUBA CITY", "SUTTER"),
    ("LIVE OAK", "SUTTER"),
    ("RED BLUFF", "TEHAMA"),
    ("CORNING", "TEHAMA"),
    ("WEAVERVILLE", "TRINITY"),
    ("VISALIA", "TULARE"),
    ("PORTERVILLE", "TULARE"),
    ("DINUBA", "TULARE"),
    ("EXETER", "TULARE"),
    ("LINDSAY", "TULARE"),
    ("SONORA", "TUOLUMNE"),
    // Ventura, Yolo, Yuba
    ("OXNARD", "VENTURA"),
    ("SIMI VALLEY", "VENTURA"),
    ("THOUSAND OAKS", "VENTURA"),
    ("CAMARILLO", "VENTURA"),
    ("SANTA PAULA", "VENTURA"),
    ("FILLMORE", "VENTURA"),
    ("OJAI", "VENTURA"),
    ("MOORPARK", "VENTURA"),
    ("PORT HUENEME", "VENTURA"),
    ("WOODLAND", "YOLO"),
    ("DAVIS", "YOLO"),
    ("WEST SACRAMENTO", "YOLO"),
    ("MARYSVILLE", "YUBA"),
];

/// Words that name a branch of a court, after the place (`METRO`, `CENTRAL`).
const BRANCH_WORDS: &[&str] = &[
    "METRO",
    "CENTRAL",
    "NORTH",
    "SOUTH",
    "EAST",
    "WEST",
    "NORTHEAST",
    "NORTHWEST",
    "SOUTHEAST",
    "SOUTHWEST",
    "DIVISION",
    "DIV",
    "BRANCH",
    "DEPT",
    "COURTHOUSE",
    "JUSTICE",
    "HALL",
    "DIST",
    "DISTRICT",
    "JUV",
    "JUVENILE",
    "CRIMINAL",
    "HOJ",
    "TRAFFIC",
];

/// What the county lookup found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum County {
    /// A California county.
    Known(&'static str),
    /// A state or federal agency: no county applies.
    NotApplicable,
    /// A place the table does not know.
    Unknown,
}

/// The county of an agency string such as `CASC LOS ANGELES METRO`.
pub fn county_of(agency: &str) -> County {
    let agency = agency.trim();
    let (prefix, place) = match agency.split_once(' ') {
        Some((p, rest)) if p.len() == 4 => (p, rest),
        _ => ("", agency),
    };
    if prefix.starts_with("US") || matches!(prefix, "CASD" | "CADJ" | "CAPA" | "CAHO" | "CAYA") {
        return County::NotApplicable;
    }
    let mut buf = String::new();
    let words = normalise(place, &mut buf);
    if words.is_empty() {
        return County::Unknown;
    }
    // Word lists joined with spaces, into one reused buffer.
    let mut key = String::with_capacity(place.len());
    let mut joined = |ws: &[&str]| -> Option<&'static str> {
        key.clear();
        for (i, w) in ws.iter().enumerate() {
            if i > 0 {
                key.push(' ');
            }
            key.push_str(w);
        }
        lookup(&key)
    };
    if let Some(c) = joined(&words) {
        return County::Known(c);
    }
    // A known place followed by branch words: "LOS ANGELES METRO".
    let mut end = words.len();
    while end > 1 && BRANCH_WORDS.contains(&words[end - 1]) {
        end -= 1;
        if let Some(c) = joined(&words[..end]) {
            return County::Known(c);
        }
    }
    // A county name followed by a place of that county: "LOS ANGELES LONG BEACH".
    for c in COUNTIES {
        let n = c.split(' ').count();
        if words.len() > n
            && words[..n].iter().zip(c.split(' ')).all(|(a, b)| *a == b)
            && joined(&words[n..]) == Some(c)
        {
            return County::Known(c);
        }
    }
    // An OCR split at the end: "OAKLAN D".
    if words.len() >= 2 && words[words.len() - 1].len() == 1 {
        let mut glued = words[..words.len() - 1].join(" ");
        glued.push_str(words[words.len() - 1]);
        if let Some(c) = lookup(&glued) {
            return County::Known(c);
        }
    }
    County::Unknown
}

/// Counties and places by name, built once.
static INDEX: std::sync::LazyLock<std::collections::HashMap<&'static str, &'static str>> =
    std::sync::LazyLock::new(|| {
        COUNTIES
            .iter()
            .map(|c| (*c, *c))
            .chain(PLACES.iter().copied())
            .collect()
    });

fn lookup(place: &str) -> Option<&'static str> {
    INDEX.get(place).copied()
}

/// Words of a place, normalised: periods gone, abbreviations expanded, the
/// `MC` branch marker and a trailing `CO`/`COUNTY` dropped.
/// The words of a place, upper-cased, abbreviations spelled out, a
/// trailing `CO`/`COUNTY` dropped. `buf` holds the cleaned text the words
/// borrow from.
fn normalise<'b>(place: &str, buf: &'b mut String) -> SmallVec<[&'b str; 8]> {
    buf.clear();
    buf.extend(place.chars().map(|c| {
        if c == '.' || c == ',' {
            ' '
        } else {
            c.to_ascii_uppercase()
        }
    }));
    let mut words: SmallVec<[&'b str; 8]> = SmallVec::new();
    for w in buf.split_whitespace() {
        let w = match w {
            "SN" => "SAN",
            "SNTA" | "STA" => "SANTA",
            "BCH" => "BEACH",
            "FERNDO" => "FERNANDO",
            "MT" => "MOUNT",
            "MC" => continue,
            w => w,
        };
        // "MCSACRAMENTO": the branch marker glued to the place.
        let w = match w.strip_prefix("MC") {
            Some(rest) if words.is_empty() && rest.len() > 3 && lookup(rest).is_some() => rest,
            _ => w,
        };
        words.push(w);
    }
    while words.last().is_some_and(|w| *w == "CO" || *w == "COUNTY") {
        words.pop();
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_places() {
        let k = |a: &str| county_of(a);
        assert_eq!(k("CASC LOS ANGELES METRO"), County::Known("LOS ANGELES"));
        assert_eq!(k("CASC SAN FRANCISCO CO"), County::Known("SAN FRANCISCO"));
        assert_eq!(k("CASC SN JOSE"), County::Known("SANTA CLARA"));
        assert_eq!(k("CASC MCSACRAMENTO"), County::Known("SACRAMENTO"));
        assert_eq!(k("CASC MC VAN NUYS"), County::Known("LOS ANGELES"));
        assert_eq!(k("CAMC LOS .ANGELES METRO"), County::Known("LOS ANGELES"));
        assert_eq!(k("CAMC OAKLAN D"), County::Known("ALAMEDA"));
        assert_eq!(k("CASC LOS ANGELES LONG BCH"), County::Known("LOS ANGELES"));
        assert_eq!(
            k("CASC LOS ANGELES SN FERNDO"),
            County::Known("LOS ANGELES")
        );
        assert_eq!(k("CASC YUBA CITY"), County::Known("SUTTER"));
        assert_eq!(k("CASC YUBA"), County::Known("YUBA"));
        assert_eq!(k("CAPD MONTEREY PARK"), County::Known("LOS ANGELES"));
        assert_eq!(k("CAPD SUTTER CREEK"), County::Known("AMADOR"));
        assert_eq!(k("CAPD CONCORD"), County::Known("CONTRA COSTA"));
        assert_eq!(k("CASD CORRECTIONS"), County::NotApplicable);
        assert_eq!(k("USFD SAN FRANCISCO"), County::NotApplicable);
        assert_eq!(k("CASC SAN PRANCISCU"), County::Unknown);
        assert_eq!(k("CASC YUBA NOWHERE"), County::Unknown);
    }

    #[test]
    fn every_place_names_a_real_county() {
        for (place, county) in PLACES {
            assert!(COUNTIES.contains(county), "{place} -> {county}");
            assert!(!COUNTIES.contains(place), "{place} is a county name");
        }
        assert_eq!(COUNTIES.len(), 58);
    }
}
