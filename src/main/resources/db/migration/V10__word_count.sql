-- Words in each segment's source text, as WordCount counts them (a Han ideograph is one word; formatting markers
-- don't count), so that progress in words is one aggregate query (sum(word_count) grouped by language and status)
-- instead of counting every segment's words in Java at each look. Set by the Segment entity (import, split, merge).
-- Rows that exist before this migration get 0 here and their real count from the Java migration 10.1
-- (statement.WordCountBackfill): SQL on MariaDB and H2 has no way to count words the way WordCount does.
alter table segment add column word_count int not null default 0;
