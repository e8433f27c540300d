-- Version 7: the store puts the URLs of a transaction's new History entries in the URL index
-- itself, all at once just before it commits; the trigger that did it row by row is dropped. FTS5
-- writes what it holds to a new index segment whenever a statement opens a savepoint, as each
-- insert into capture does, so the trigger made one segment per entry, and merging them was the
-- largest cost of a History add. Deleting, moving and rewriting entries still reach the index
-- through the version 4 triggers. A writer of raw SQL that adds History rows indexes them itself.

DROP TRIGGER capture_url_added;
