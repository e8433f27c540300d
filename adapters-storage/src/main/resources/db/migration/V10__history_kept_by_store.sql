-- Version 10: the store keeps History's entry counter and URL index itself, once per transaction,
-- and leaves the newest entries out of the URL index until they are many. An insert into capture
-- runs no trigger any more, and a trim's delete only the foreign keys' checks: the trigger
-- programs, a counter update for each entry added and each one deleted and the URL index's own
-- work, were about two fifths of the time of a History add past the retention.
--
-- Counter: a History add raises it by the transaction's adds before it commits; a trim lowers it
-- by the entries it deletes; clearing History sets it to 0.
--
-- URL index: the store indexes every History entry above a mark, the counter 'url_index_through',
-- once more than a backlog of entries is above it (10,000 for the store), all in one statement,
-- and raises the mark to the newest entry. A search reads the index for the entries up to the mark
-- and tests every entry above it itself. With the default retention of 5,000 an entry is trimmed
-- before it is ever indexed. Every History entry at or below the mark is in the index: a new entry
-- below it (its number given again after the newest ones were deleted) is indexed as it commits, a
-- trim takes the entries it deletes out, clearing History empties the index, and moving a row into
-- or out of History or rewriting its URL reaches the index through the trigger below.
--
-- Moving rows between History and a collection still updates the counter through the version 3
-- trigger. A writer of raw SQL that adds or deletes History rows keeps the counter and the index.
-- A trigger's last statement and its END share a line: migrations split at a line ending in ';'.

INSERT INTO store_counter (name, value)
VALUES ('url_index_through', (SELECT ifnull(max(seq), 0) FROM capture));

DROP TRIGGER capture_history_added;
DROP TRIGGER capture_history_removed;
DROP TRIGGER capture_url_removed;

DROP TRIGGER capture_url_changed;
CREATE TRIGGER capture_url_changed AFTER UPDATE OF url, collection_id ON capture
WHEN OLD.seq <= (SELECT value FROM store_counter WHERE name = 'url_index_through')
BEGIN
  DELETE FROM capture_url WHERE rowid = OLD.seq AND OLD.collection_id IS NULL; INSERT INTO
  capture_url (rowid, url) SELECT NEW.seq, NEW.url WHERE NEW.collection_id IS NULL; END;
