-- "My case": what a person chose to keep, found by a private link.
-- The row id is the SHA-256 of the link's secret, so the table alone never
-- gives the link; the sheet and the answers are encrypted (XChaCha20-
-- Poly1305, key from configuration, the row id as associated data).

CREATE TABLE case_file (
  id       TEXT PRIMARY KEY,   -- hex SHA-256 of the private link's token
  created  BIGINT NOT NULL,   -- Unix seconds
  used     BIGINT NOT NULL,   -- last opened
  expires  BIGINT NOT NULL,   -- removed after this (90 days after last use)
  lang     TEXT NOT NULL,
  sheet    BYTEA NOT NULL,      -- the RAP sheet's text, sealed
  facts    BYTEA                -- the answers to the record's questions (JSON), sealed
);

CREATE INDEX case_file_expires ON case_file (expires);
CREATE INDEX audit_subject ON audit (subject);
