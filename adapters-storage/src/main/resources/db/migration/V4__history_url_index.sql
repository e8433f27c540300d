-- Version 4: a trigram index of History's URLs, so that a URL substring of 3 characters or more
-- finds its entries without reading every row. Contentless: the URL stays only in capture, and
-- contentless_delete lets a row leave the index by its rowid (capture.seq) alone.
-- A trigger's last statement and its END share a line: migrations split at a line ending in ';'.

CREATE VIRTUAL TABLE capture_url USING fts5(
  url, content = '', contentless_delete = 1, tokenize = 'trigram'
);

INSERT INTO capture_url (rowid, url) SELECT seq, url FROM capture WHERE collection_id IS NULL;

CREATE TRIGGER capture_url_added AFTER INSERT ON capture
WHEN NEW.collection_id IS NULL
BEGIN
  INSERT INTO capture_url (rowid, url) VALUES (NEW.seq, NEW.url); END;

CREATE TRIGGER capture_url_removed AFTER DELETE ON capture
WHEN OLD.collection_id IS NULL
BEGIN
  DELETE FROM capture_url WHERE rowid = OLD.seq; END;

-- A URL rewritten, or a row moved between History and a collection.
CREATE TRIGGER capture_url_changed AFTER UPDATE OF url, collection_id ON capture
BEGIN
  DELETE FROM capture_url WHERE rowid = OLD.seq AND OLD.collection_id IS NULL; INSERT INTO
  capture_url (rowid, url) SELECT NEW.seq, NEW.url WHERE NEW.collection_id IS NULL; END;
