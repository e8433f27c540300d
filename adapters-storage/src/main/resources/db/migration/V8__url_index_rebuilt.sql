-- Version 8: the URL index is built again without positions (detail = none), and merges its
-- segments 16 at a time rather than FTS5's default 4. Both cut the cost of trimming History, which
-- removes the oldest URLs from the index as it adds the newest: positions made the index two and
-- a half times the size to write, merge and clean of tombstones, and merged 4 at a time each
-- entry was rewritten once per level of a deep tree of small segments. Together they were about
-- an eighth of the time of a History add past the retention. A search now asks for every trigram
-- of the substring rather than for the phrase; the LIKE test that follows decides, as before. A
-- search reads at most 15 segments of each level, a few dozen for the largest History.
-- A trigger's last statement and its END share a line: migrations split at a line ending in ';'.

DROP TRIGGER capture_url_removed;
DROP TRIGGER capture_url_changed;
DROP TABLE capture_url;

CREATE VIRTUAL TABLE capture_url USING fts5(
  url, content = '', contentless_delete = 1, detail = none, tokenize = 'trigram'
);
INSERT INTO capture_url (capture_url, rank) VALUES ('deletemerge', 50);
INSERT INTO capture_url (capture_url, rank) VALUES ('automerge', 16);

INSERT INTO capture_url (rowid, url) SELECT seq, url FROM capture WHERE collection_id IS NULL;

CREATE TRIGGER capture_url_removed AFTER DELETE ON capture
WHEN OLD.collection_id IS NULL
BEGIN
  DELETE FROM capture_url WHERE rowid = OLD.seq; END;

-- A URL rewritten, or a row moved between History and a collection.
CREATE TRIGGER capture_url_changed AFTER UPDATE OF url, collection_id ON capture
BEGIN
  DELETE FROM capture_url WHERE rowid = OLD.seq AND OLD.collection_id IS NULL; INSERT INTO
  capture_url (rowid, url) SELECT NEW.seq, NEW.url WHERE NEW.collection_id IS NULL; END;
