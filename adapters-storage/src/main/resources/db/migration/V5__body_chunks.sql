-- Version 5: bodies over 256 KiB are kept in pieces of 64 KiB, so that one can be read as a stream
-- a piece at a time; SQLite reads a whole value to hand over any part of it. A body row with
-- chunks = 0 keeps its bytes in data, as before; with chunks = n its data is empty and its bytes
-- are the pieces 0 to n - 1 in order.

ALTER TABLE capture_body ADD COLUMN chunks INTEGER NOT NULL DEFAULT 0;

CREATE TABLE capture_body_chunk (
  id INTEGER PRIMARY KEY,
  capture_seq INTEGER NOT NULL REFERENCES capture(seq) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  data BLOB NOT NULL
);
CREATE UNIQUE INDEX capture_body_chunk_position ON capture_body_chunk(capture_seq, position);
