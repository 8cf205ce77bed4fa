-- The problems an approval overrode, one row each, instead of "check: message" lines in segment_revision's
-- overridden_problems text (V6) that the reports split apart again. A row is an issue of the one issue model
-- (base.checks.Issue): the check id as family.name, the severity as its label (error, warning, info), the message,
-- the concept or match it is about (subject), and the source and target spans (null when the check gave none).
-- The key is the revision and the problem's place in the gates' order (Hibernate's element collection with an
-- order column); the rows go with their revision.
-- Rows for the overrides stored before this migration come from the Java migration 12.1
-- (statement.OverriddenProblemsBackfill); V12.2 then drops the text column.
create table approval_override_issue (
    revision_id  bigint        not null,
    position     int           not null,
    check_id     varchar(255)  not null,
    severity     varchar(16)   not null,
    message      varchar(2000) not null,
    subject      varchar(255),
    source_start int,
    source_end   int,
    target_start int,
    target_end   int,
    primary key (revision_id, position),
    constraint fk_approval_override_issue_revision foreign key (revision_id) references segment_revision (id)
        on delete cascade
);
create index ix_approval_override_issue_check on approval_override_issue (check_id);
