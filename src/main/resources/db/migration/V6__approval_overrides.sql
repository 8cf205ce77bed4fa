-- A segment approved over blocking problems (term errors) keeps the reviewer's justification and the problems it
-- overrode with the revision that approved it; who and when are the revision's changed_by and changed_at.
alter table segment_revision add column override_justification varchar(2000);
alter table segment_revision add column overridden_problems varchar(4000);
