-- The memory index catches up by reading units in (revision, id) order, a page at a time. With an index on revision
-- alone, H2 sorted every unit of the revision for each page (a 1,000,000-unit TMX import is one revision: 200 pages,
-- each sorting up to a million rows); with (revision, id) both databases read the pages in index order.
create index ix_tm_unit_revision_id on tm_unit (revision, id);
drop index ix_tm_unit_revision on tm_unit;
