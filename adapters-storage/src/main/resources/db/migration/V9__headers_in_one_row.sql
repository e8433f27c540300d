-- Version 9: a capture's headers are one row, its request headers and its response headers each
-- encoded in one value (see HeaderCodec: per header, the UTF-8 byte length of the name, a colon,
-- the name, and the same for the value), instead of one row per header. A History add wrote two or
-- more header rows, each with its own foreign-key check, and trimming deleted them again: about a
-- tenth of the time of an add past the retention. Headers are only ever read whole, per capture.
-- No row: no headers.

CREATE TABLE capture_header_list (
  capture_seq INTEGER PRIMARY KEY REFERENCES capture(seq) ON DELETE CASCADE,
  request BLOB NOT NULL,
  response BLOB NOT NULL
);

INSERT INTO capture_header_list (capture_seq, request, response)
SELECT capture_seq,
  CAST(coalesce(group_concat(CASE WHEN response = 0 THEN length(CAST(name AS BLOB)) || ':' || name
    || length(CAST(value AS BLOB)) || ':' || value END, '' ORDER BY position), '') AS BLOB),
  CAST(coalesce(group_concat(CASE WHEN response <> 0 THEN length(CAST(name AS BLOB)) || ':' || name
    || length(CAST(value AS BLOB)) || ':' || value END, '' ORDER BY position), '') AS BLOB)
FROM capture_header GROUP BY capture_seq;

DROP TABLE capture_header;
