-- "Forgot your password?": a one-hour link sent by email. Stored by the
-- SHA-256 of the link's token, like sessions; used once.

CREATE TABLE password_reset (
  id       TEXT PRIMARY KEY,       -- hex SHA-256 of the emailed token
  account  BIGINT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
  expires  BIGINT NOT NULL        -- Unix seconds
);
