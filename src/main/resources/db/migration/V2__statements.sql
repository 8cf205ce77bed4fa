-- Statements, their sentence segments and one translation per segment and target language.
create table statement (
    id              bigint       not null auto_increment,
    title           varchar(500) not null,
    document_symbol varchar(100),
    un_body         varchar(300),
    session_name    varchar(300),
    agenda_item     varchar(300),
    speaker         varchar(300),
    delegation      varchar(200),
    date_delivered  date,
    source_language varchar(8)   not null,
    archived        boolean      not null,
    created_at      datetime(6)  not null,
    version         bigint       not null,
    primary key (id)
);

create table statement_target_language (
    statement_id bigint     not null,
    language     varchar(8) not null,
    primary key (statement_id, language),
    constraint fk_statement_target_language foreign key (statement_id) references statement (id) on delete cascade
);

create table segment (
    id              bigint        not null auto_increment,
    statement_id    bigint        not null,
    seq_no          int           not null,
    paragraph_index int           not null,
    source_text     varchar(4000) not null,
    primary key (id),
    constraint uk_segment_position unique (statement_id, seq_no),
    constraint fk_segment_statement foreign key (statement_id) references statement (id)
);

create table segment_translation (
    id          bigint        not null auto_increment,
    segment_id  bigint        not null,
    language    varchar(8)    not null,
    target_text varchar(4000) not null,
    status      varchar(16)   not null,
    updated_by  varchar(64),
    updated_at  datetime(6),
    version     bigint        not null,
    primary key (id),
    constraint uk_segment_translation unique (segment_id, language),
    constraint fk_segment_translation_segment foreign key (segment_id) references segment (id)
);

create index ix_segment_translation_status on segment_translation (language, status);
