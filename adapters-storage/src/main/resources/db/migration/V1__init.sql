-- Version 1: History, collections, cookie jar, settings and host sessions.
-- Instants are microseconds since the epoch; booleans are 0 or 1.

CREATE TABLE collection (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  organize TEXT NOT NULL,
  created_us INTEGER NOT NULL
);

-- Folders form a tree per collection; a top-level folder has no parent.
CREATE TABLE folder (
  id INTEGER PRIMARY KEY,
  collection_id INTEGER NOT NULL REFERENCES collection(id) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES folder(id) ON DELETE CASCADE,
  name TEXT NOT NULL
);
CREATE UNIQUE INDEX folder_name ON folder(collection_id, ifnull(parent_id, 0), name);
CREATE INDEX folder_parent ON folder(parent_id) WHERE parent_id IS NOT NULL;

-- One row per captured request: History when collection_id is NULL, else a collection item.
-- Headers and bodies live in their own tables so that listings never read them.
CREATE TABLE capture (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  collection_id INTEGER REFERENCES collection(id) ON DELETE CASCADE,
  folder_id INTEGER REFERENCES folder(id) ON DELETE CASCADE,
  time_us INTEGER NOT NULL,
  method TEXT NOT NULL,
  url TEXT NOT NULL,
  host TEXT NOT NULL,
  has_response INTEGER NOT NULL,
  status INTEGER,
  status_line TEXT,
  error TEXT,
  body_size INTEGER NOT NULL,
  body_truncated INTEGER NOT NULL,
  file_parts_omitted INTEGER NOT NULL,
  resource_type TEXT NOT NULL,
  tab_id INTEGER NOT NULL,
  initiator TEXT
);
CREATE UNIQUE INDEX capture_history_id ON capture(id) WHERE collection_id IS NULL;
CREATE UNIQUE INDEX capture_collection_id ON capture(collection_id, id)
  WHERE collection_id IS NOT NULL;
CREATE INDEX capture_folder ON capture(folder_id) WHERE folder_id IS NOT NULL;
CREATE INDEX capture_history_time ON capture(time_us DESC, seq DESC)
  WHERE collection_id IS NULL;
CREATE INDEX capture_history_host ON capture(host, time_us DESC, seq DESC)
  WHERE collection_id IS NULL;

CREATE TABLE capture_header (
  capture_seq INTEGER NOT NULL REFERENCES capture(seq) ON DELETE CASCADE,
  response INTEGER NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (capture_seq, response, position)
) WITHOUT ROWID;

-- kind: text (UTF-8), utf16 (UTF-16BE code units, for text that is not valid Unicode),
-- bytes, form (URL-encoded bytes; the fields are in capture_form_field). No row: no body.
CREATE TABLE capture_body (
  capture_seq INTEGER PRIMARY KEY REFERENCES capture(seq) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  content_type TEXT,
  data BLOB NOT NULL
);

CREATE TABLE capture_form_field (
  capture_seq INTEGER NOT NULL REFERENCES capture(seq) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (capture_seq, position)
) WITHOUT ROWID;

-- partition_key is '' for an unpartitioned cookie, so that it takes part in the UNIQUE key
-- (NULLs would never be equal there).
CREATE TABLE cookie (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  value TEXT NOT NULL,
  domain TEXT NOT NULL,
  norm_domain TEXT NOT NULL,
  host_only INTEGER NOT NULL,
  path TEXT NOT NULL,
  secure INTEGER NOT NULL,
  http_only INTEGER NOT NULL,
  same_site TEXT NOT NULL,
  expires_us INTEGER,
  store_id TEXT NOT NULL,
  partition_key TEXT NOT NULL,
  created_us INTEGER NOT NULL,
  UNIQUE (name, norm_domain, host_only, path, store_id, partition_key)
);
CREATE INDEX cookie_domain ON cookie(norm_domain);
CREATE INDEX cookie_expires ON cookie(expires_us) WHERE expires_us IS NOT NULL;

-- Settings as key/value scalars plus one table per list.
CREATE TABLE setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE setting_capture_method (
  method TEXT PRIMARY KEY
) WITHOUT ROWID;

CREATE TABLE setting_capture_type (
  type TEXT PRIMARY KEY
) WITHOUT ROWID;

CREATE TABLE setting_sync_domain (
  position INTEGER PRIMARY KEY,
  host TEXT NOT NULL,
  include_subdomains INTEGER NOT NULL
);

CREATE TABLE setting_allowed_extension (
  id TEXT PRIMARY KEY
) WITHOUT ROWID;

CREATE TABLE sync_state (
  domain_host TEXT PRIMARY KEY,
  last_sync_us INTEGER NOT NULL
) WITHOUT ROWID;

-- Counters every process reads and raises, such as the settings revision.
CREATE TABLE store_counter (
  name TEXT PRIMARY KEY,
  value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO store_counter (name, value) VALUES ('settings_revision', 0);

CREATE TABLE host_session (
  id INTEGER PRIMARY KEY,
  pid INTEGER NOT NULL,
  process_start_us INTEGER,
  browser TEXT NOT NULL,
  profile TEXT NOT NULL,
  extension_id TEXT NOT NULL,
  extension_version TEXT NOT NULL,
  connected_us INTEGER NOT NULL,
  last_message_us INTEGER NOT NULL,
  captures_stored INTEGER NOT NULL,
  captures_dropped INTEGER NOT NULL,
  cookie_events INTEGER NOT NULL,
  closed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX host_session_open ON host_session(closed) WHERE closed = 0;
