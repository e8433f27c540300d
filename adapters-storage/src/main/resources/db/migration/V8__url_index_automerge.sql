-- Version 8: the URL index merges its segments 16 at a time, not 4 (FTS5's default 'automerge').
-- Every transaction of History adds writes a segment of its own and every trim leaves tombstones
-- in older ones; merged 4 at a time, each entry was rewritten once per level of a deep tree of
-- small segments, about a twelfth of the time of a History add past the retention. A search reads
-- at most 15 segments of each level, a few dozen for the largest History.

INSERT INTO capture_url (capture_url, rank) VALUES ('automerge', 16);
