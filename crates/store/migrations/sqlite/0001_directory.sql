-- The directory of help: California's 58 counties and their superior
-- courts (seeded), legal-aid providers (entered by administrators), and
-- the audit trail of every read of a person's data.

CREATE TABLE county (
  key   TEXT PRIMARY KEY,           -- as the DOJ and RAP sheets write it: 'LOS ANGELES'
  name  TEXT NOT NULL,              -- as people write it: 'Los Angeles'
  court TEXT NOT NULL
);

CREATE TABLE provider (
  id         INTEGER PRIMARY KEY,
  county     TEXT NOT NULL REFERENCES county(key),
  name       TEXT NOT NULL,
  phone      TEXT,
  website    TEXT,
  languages  TEXT,                  -- e.g. 'en, es'
  notes      TEXT,
  updated_at TEXT NOT NULL
);
CREATE INDEX provider_county ON provider(county);

CREATE TABLE audit (
  id      INTEGER PRIMARY KEY,
  at      TEXT NOT NULL,
  actor   TEXT NOT NULL,
  action  TEXT NOT NULL,
  subject TEXT NOT NULL
);

INSERT INTO county (key, name, court) VALUES
  ('ALAMEDA', 'Alameda', 'Superior Court of California, County of Alameda'),
  ('ALPINE', 'Alpine', 'Superior Court of California, County of Alpine'),
  ('AMADOR', 'Amador', 'Superior Court of California, County of Amador'),
  ('BUTTE', 'Butte', 'Superior Court of California, County of Butte'),
  ('CALAVERAS', 'Calaveras', 'Superior Court of California, County of Calaveras'),
  ('COLUSA', 'Colusa', 'Superior Court of California, County of Colusa'),
  ('CONTRA COSTA', 'Contra Costa', 'Superior Court of California, County of Contra Costa'),
  ('DEL NORTE', 'Del Norte', 'Superior Court of California, County of Del Norte'),
  ('EL DORADO', 'El Dorado', 'Superior Court of California, County of El Dorado'),
  ('FRESNO', 'Fresno', 'Superior Court of California, County of Fresno'),
  ('GLENN', 'Glenn', 'Superior Court of California, County of Glenn'),
  ('HUMBOLDT', 'Humboldt', 'Superior Court of California, County of Humboldt'),
  ('IMPERIAL', 'Imperial', 'Superior Court of California, County of Imperial'),
  ('INYO', 'Inyo', 'Superior Court of California, County of Inyo'),
  ('KERN', 'Kern', 'Superior Court of California, County of Kern'),
  ('KINGS', 'Kings', 'Superior Court of California, County of Kings'),
  ('LAKE', 'Lake', 'Superior Court of California, County of Lake'),
  ('LASSEN', 'Lassen', 'Superior Court of California, County of Lassen'),
  ('LOS ANGELES', 'Los Angeles', 'Superior Court of California, County of Los Angeles'),
  ('MADERA', 'Madera', 'Superior Court of California, County of Madera'),
  ('MARIN', 'Marin', 'Superior Court of California, County of Marin'),
  ('MARIPOSA', 'Mariposa', 'Superior Court of California, County of Mariposa'),
  ('MENDOCINO', 'Mendocino', 'Superior Court of California, County of Mendocino'),
  ('MERCED', 'Merced', 'Superior Court of California, County of Merced'),
  ('MODOC', 'Modoc', 'Superior Court of California, County of Modoc'),
  ('MONO', 'Mono', 'Superior Court of California, County of Mono'),
  ('MONTEREY', 'Monterey', 'Superior Court of California, County of Monterey'),
  ('NAPA', 'Napa', 'Superior Court of California, County of Napa'),
  ('NEVADA', 'Nevada', 'Superior Court of California, County of Nevada'),
  ('ORANGE', 'Orange', 'Superior Court of California, County of Orange'),
  ('PLACER', 'Placer', 'Superior Court of California, County of Placer'),
  ('PLUMAS', 'Plumas', 'Superior Court of California, County of Plumas'),
  ('RIVERSIDE', 'Riverside', 'Superior Court of California, County of Riverside'),
  ('SACRAMENTO', 'Sacramento', 'Superior Court of California, County of Sacramento'),
  ('SAN BENITO', 'San Benito', 'Superior Court of California, County of San Benito'),
  ('SAN BERNARDINO', 'San Bernardino', 'Superior Court of California, County of San Bernardino'),
  ('SAN DIEGO', 'San Diego', 'Superior Court of California, County of San Diego'),
  ('SAN FRANCISCO', 'San Francisco', 'Superior Court of California, County of San Francisco'),
  ('SAN JOAQUIN', 'San Joaquin', 'Superior Court of California, County of San Joaquin'),
  ('SAN LUIS OBISPO', 'San Luis Obispo', 'Superior Court of California, County of San Luis Obispo'),
  ('SAN MATEO', 'San Mateo', 'Superior Court of California, County of San Mateo'),
  ('SANTA BARBARA', 'Santa Barbara', 'Superior Court of California, County of Santa Barbara'),
  ('SANTA CLARA', 'Santa Clara', 'Superior Court of California, County of Santa Clara'),
  ('SANTA CRUZ', 'Santa Cruz', 'Superior Court of California, County of Santa Cruz'),
  ('SHASTA', 'Shasta', 'Superior Court of California, County of Shasta'),
  ('SIERRA', 'Sierra', 'Superior Court of California, County of Sierra'),
  ('SISKIYOU', 'Siskiyou', 'Superior Court of California, County of Siskiyou'),
  ('SOLANO', 'Solano', 'Superior Court of California, County of Solano'),
  ('SONOMA', 'Sonoma', 'Superior Court of California, County of Sonoma'),
  ('STANISLAUS', 'Stanislaus', 'Superior Court of California, County of Stanislaus'),
  ('SUTTER', 'Sutter', 'Superior Court of California, County of Sutter'),
  ('TEHAMA', 'Tehama', 'Superior Court of California, County of Tehama'),
  ('TRINITY', 'Trinity', 'Superior Court of California, County of Trinity'),
  ('TULARE', 'Tulare', 'Superior Court of California, County of Tulare'),
  ('TUOLUMNE', 'Tuolumne', 'Superior Court of California, County of Tuolumne'),
  ('VENTURA', 'Ventura', 'Superior Court of California, County of Ventura'),
  ('YOLO', 'Yolo', 'Superior Court of California, County of Yolo'),
  ('YUBA', 'Yuba', 'Superior Court of California, County of Yuba');
