-- Whether a segment starts after a line break inside its paragraph (title blocks), so that export can put the
-- line break back instead of a space.
alter table segment add column line_break_before boolean not null default false;
