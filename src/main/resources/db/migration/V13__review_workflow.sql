-- The review workflow (issue 13, item 5).
-- A revision made by a reviewer's workflow action rather than a save: REOPENED (an approved segment unlocked) or
-- RETURNED (sent back to the translator), with the reason given. Null for ordinary saves.
alter table segment_revision add column action varchar(16);
alter table segment_revision add column reason varchar(2000);

-- Who wrote the current text (the user of the latest revision that changed it), for the four-eyes rule: a reviewer
-- may not approve their own text. Rows from before this migration take the last person who saved them: the best
-- the table knows without replaying every revision.
alter table segment_translation add column text_by varchar(64);
update segment_translation set text_by = updated_by;

-- The reason of the latest return while the segment is Returned (the full history is in segment_revision).
alter table segment_translation add column return_reason varchar(2000);

-- Four-eyes per statement, on by default.
alter table statement add column four_eyes boolean not null default true;
