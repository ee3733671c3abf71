-- Optional accounts: an email or a phone number and a password, to find
-- saved cases again without keeping the links. Sessions are stored by the
-- SHA-256 of the cookie's token; a case's link is kept sealed for its
-- account. Deleting an account deletes its sessions and links (and the web
-- app deletes its cases first).

CREATE TABLE account (
  id       INTEGER PRIMARY KEY,
  login    TEXT NOT NULL UNIQUE,   -- an email (lower case) or a phone (digits only)
  password TEXT NOT NULL,          -- Argon2id PHC string
  created  INTEGER NOT NULL        -- Unix seconds
);

CREATE TABLE session (
  id       TEXT PRIMARY KEY,       -- hex SHA-256 of the cookie's token
  account  INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
  expires  INTEGER NOT NULL        -- Unix seconds; moved on at each use
);

CREATE TABLE account_case (
  account  INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
  case_id  TEXT NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
  link     BLOB NOT NULL,          -- the case's link token, sealed for this account
  PRIMARY KEY (account, case_id)
);
