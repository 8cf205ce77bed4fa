-- The check profile of a statement (qa.CheckProfile), one row per setting: a check family (number, punct, term, lt,
-- ...) or a check id (number.mismatch) and its level: error, warning, info (the severity its findings get) or off
-- (it does not run). A statement without rows has the UN default: every check on, at the severity it reports.
-- Saving a profile replaces all its rows; who saved it and when is kept on each row. Gone with the statement.
create table check_profile_setting (
    id           bigint       not null auto_increment,
    statement_id bigint       not null,
    check_key    varchar(255) not null,
    level        varchar(16)  not null,
    changed_by   varchar(64)  not null,
    changed_at   datetime(6)  not null,
    primary key (id),
    constraint uq_check_profile_setting unique (statement_id, check_key),
    constraint fk_check_profile_statement foreign key (statement_id) references statement (id) on delete cascade
);
