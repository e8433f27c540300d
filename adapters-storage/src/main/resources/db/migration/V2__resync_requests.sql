-- Requests for a fresh cookie snapshot of one sync domain, made by any process (the CLI's
-- `cookies domains resync`). Each row carries the settings revision it raised, so a running host
-- reads the requests made after the revision it last acted on.
CREATE TABLE resync_request (
  revision INTEGER PRIMARY KEY,
  domain_host TEXT NOT NULL
);
