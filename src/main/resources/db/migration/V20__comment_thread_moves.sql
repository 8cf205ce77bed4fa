-- A merge no longer deletes the comment threads of the segment it removes: they move to the merged segment, and
-- the first comment of each moved thread records the number the removed segment had, who merged and when, so the
-- thread says where it came from. Null: the thread was started on the segment it is on. A thread moved again keeps
-- only its latest move.
-- One column per statement: the embedded H2 default does not take several "add column" in one alter table.
alter table segment_comment add column moved_from_segment int;
alter table segment_comment add column moved_by varchar(64);
alter table segment_comment add column moved_at datetime(6);
