-- Version 6: the URL index rewrites a segment for its deleted rows once half of them are gone,
-- not a tenth (FTS5's default 'deletemerge'). Trimming History deletes its oldest entries one at
-- a time, and at a tenth the index rewrote the same large segments over and over: about a third
-- of the time of a History add past the retention. Searches read the index no slower.

INSERT INTO capture_url (capture_url, rank) VALUES ('deletemerge', 50);
