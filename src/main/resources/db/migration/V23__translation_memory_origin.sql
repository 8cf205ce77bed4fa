-- Where a translation came from: memory_score is the score (0-101) of the translation memory's match that filled
-- it, and null once a person edited or confirmed it. The revision keeps the score too, so that the history says the
-- text came from the memory. One column per alter table (the embedded H2 default needs that).
alter table segment_translation add column memory_score int null;
alter table segment_revision add column memory_score int null;
