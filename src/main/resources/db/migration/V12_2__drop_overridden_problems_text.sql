-- The overridden problems are rows of approval_override_issue now (V12, filled from this text by the Java
-- migration 12.1). Dropped rather than kept unused, so that nothing can read or write a second, stale copy. A
-- migration of its own, after the copy: on MariaDB a DDL statement commits implicitly, so dropping the column in
-- 12.1 would commit the copied rows before Flyway records the migration and a failure in between could not be
-- retried cleanly.
alter table segment_revision drop column overridden_problems;
