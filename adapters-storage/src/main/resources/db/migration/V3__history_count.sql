-- Version 3: the number of History entries, kept by triggers, so that trimming History to its
-- retention reads one row instead of counting or walking the whole History.
-- A trigger's last statement and its END share a line: migrations split at a line ending in ';'.

INSERT INTO store_counter (name, value)
VALUES ('history_entries', (SELECT count(*) FROM capture WHERE collection_id IS NULL));

CREATE TRIGGER capture_history_added AFTER INSERT ON capture
WHEN NEW.collection_id IS NULL
BEGIN
  UPDATE store_counter SET value = value + 1 WHERE name = 'history_entries'; END;

CREATE TRIGGER capture_history_removed AFTER DELETE ON capture
WHEN OLD.collection_id IS NULL
BEGIN
  UPDATE store_counter SET value = value - 1 WHERE name = 'history_entries'; END;

-- A row moved between History and a collection.
CREATE TRIGGER capture_history_moved AFTER UPDATE OF collection_id ON capture
WHEN (OLD.collection_id IS NULL) <> (NEW.collection_id IS NULL)
BEGIN
  UPDATE store_counter SET value = value + (CASE WHEN NEW.collection_id IS NULL THEN 1 ELSE -1 END)
  WHERE name = 'history_entries'; END;
