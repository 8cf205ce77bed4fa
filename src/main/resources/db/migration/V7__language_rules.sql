-- LanguageTool rules switched off beyond the UN style profile (languagecheck/un-style.tsv): for one language in
-- every statement (statement_id null; administrators) or for one language of one statement (reviewers). Switching
-- a rule back on deletes its row; the application log keeps who did it.
create table language_rule_switch (
    id               bigint        not null auto_increment,
    language         varchar(8)    not null,
    rule_id          varchar(200)  not null,
    rule_description varchar(500)  not null,
    statement_id     bigint,
    reason           varchar(1000),
    switched_by      varchar(64)   not null,
    switched_at      datetime(6)   not null,
    primary key (id),
    constraint fk_language_rule_switch_statement foreign key (statement_id) references statement (id)
        on delete cascade
);
create index ix_language_rule_switch on language_rule_switch (language, statement_id);

-- A LanguageTool match ignored in one segment translation (segment and language): hidden on every later check
-- while the same rule flags the same words there. Gone with its segment (a merge deletes the second one).
create table language_ignored_match (
    id           bigint        not null auto_increment,
    segment_id   bigint        not null,
    language     varchar(8)    not null,
    rule_id      varchar(200)  not null,
    covered_text varchar(1000) not null,
    ignored_by   varchar(64)   not null,
    ignored_at   datetime(6)   not null,
    primary key (id),
    constraint fk_language_ignored_segment foreign key (segment_id) references segment (id) on delete cascade
);
create index ix_language_ignored_segment on language_ignored_match (segment_id, language);
