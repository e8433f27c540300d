-- Version 10: the URL index leaves History's newest entries out until they are many. A History add
-- no longer indexes its URL; the store indexes every entry above a mark, the counter
-- 'url_index_through', once more than a backlog of entries is above it (10,000 for the store), and
-- then raises the mark to the newest entry. A search reads the index for the entries up to the mark
-- and tests every entry above it. With the default retention of 5,000 an entry is trimmed before
-- it is ever indexed, so neither its add nor its trim touches the index: they were about a quarter
-- of the time of a History add past the retention. Every History entry with a sequence number up
-- to the mark is in the index: a new entry below it (its number reused after the newest ones were
-- deleted) and an entry moved into History below it are indexed at once.
-- A trigger's last statement and its END share a line: migrations split at a line ending in ';'.

INSERT INTO store_counter (name, value)
VALUES ('url_index_through', (SELECT ifnull(max(seq), 0) FROM capture));

CREATE TRIGGER capture_url_added_below_mark AFTER INSERT ON capture
WHEN NEW.collection_id IS NULL
  AND NEW.seq <= (SELECT value FROM store_counter WHERE name = 'url_index_through')
BEGIN
  INSERT INTO capture_url (rowid, url) VALUES (NEW.seq, NEW.url); END;

DROP TRIGGER capture_url_removed;
CREATE TRIGGER capture_url_removed AFTER DELETE ON capture
WHEN OLD.collection_id IS NULL
  AND OLD.seq <= (SELECT value FROM store_counter WHERE name = 'url_index_through')
BEGIN
  DELETE FROM capture_url WHERE rowid = OLD.seq; END;

-- A URL rewritten, or a row moved between History and a collection, at or below the mark.
DROP TRIGGER capture_url_changed;
CREATE TRIGGER capture_url_changed AFTER UPDATE OF url, collection_id ON capture
WHEN OLD.seq <= (SELECT value FROM store_counter WHERE name = 'url_index_through')
BEGIN
  DELETE FROM capture_url WHERE rowid = OLD.seq AND OLD.collection_id IS NULL; INSERT INTO
  capture_url (rowid, url) SELECT NEW.seq, NEW.url WHERE NEW.collection_id IS NULL; END;
