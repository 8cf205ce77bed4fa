-- A merge no longer deletes the comment threads of the segment it removes: they move to the merged segment, and
-- the first comment of each moved thread records the number the removed segment had, who merged and when, so the
-- thread says where it came from. Null: the thread was started on the segment it is on. A thread moved again keeps
-- only its latest move.
alter table segment_comment
    add column moved_from_segment int,
    add column moved_by varchar(64),
    add column moved_at datetime(6);
