-- An issue of any check family (term.*, lt.*, number.*, punct.*, ...) ignored in one segment translation, with the
-- reason: hidden from the translator's list while the same check reports the same words there (check id, covered
-- target and source text, subject), shown greyed to reviewers, who may take it back (deleting the row). Ignored
-- errors still block approval: the approval gates do not read this table. Gone with its segment or statement.
create table ignored_issue (
    id           bigint        not null auto_increment,
    statement_id bigint        not null,
    segment_id   bigint        not null,
    language     varchar(8)    not null,
    check_id     varchar(200)  not null,
    target_text  varchar(1000) not null,
    source_text  varchar(1000) not null,
    subject      varchar(200)  not null,
    reason       varchar(1000) not null,
    ignored_by   varchar(64)   not null,
    ignored_at   datetime(6)   not null,
    primary key (id),
    constraint fk_ignored_issue_statement foreign key (statement_id) references statement (id) on delete cascade,
    constraint fk_ignored_issue_segment foreign key (segment_id) references segment (id) on delete cascade
);
create index ix_ignored_issue_segment on ignored_issue (segment_id, language);
create index ix_ignored_issue_statement on ignored_issue (statement_id, language);
