-- The review workflow (issue 13, item 5).
-- A revision made by a reviewer's workflow action rather than a save: REOPENED (an approved segment unlocked) or
-- RETURNED (sent back to the translator), with the reason given. Null for ordinary saves.
alter table segment_revision add column action varchar(16);
alter table segment_revision add column reason varchar(2000);

-- Who wrote the current text (the user of the latest revision that changed it), for the four-eyes rule: a reviewer
-- may not approve their own text. For rows from before this migration: the author of the first revision after the
-- last one with another text (a status-only save, such as an approval, does not make its author the text's), or
-- the last person who saved the row when it has no revisions. (MariaDB compares the texts ignoring case.)
alter table segment_translation add column text_by varchar(64);
update segment_translation t set text_by = coalesce(
    (select r.changed_by from segment_revision r
     where r.translation_id = t.id
       and r.revision_no = (
           select min(r2.revision_no) from segment_revision r2
           where r2.translation_id = t.id
             and r2.revision_no > coalesce(
                 (select max(r3.revision_no) from segment_revision r3
                  where r3.translation_id = t.id and r3.target_text <> t.target_text), 0))),
    t.updated_by);

-- The reason of the latest return while the segment is Returned (the full history is in segment_revision).
alter table segment_translation add column return_reason varchar(2000);

-- Four-eyes per statement, on by default.
alter table statement add column four_eyes boolean not null default true;
