-- Translation memory (memory module). Named memories in an order of priority (1 first); "Approved statements" is
-- where approved segments go. A unit holds one text per UN language (tm_unit_text), with where it came from: the
-- statement and segment (for approved segments; one unit per segment, which every language's approval fills), the
-- document symbol, and the segment before it (for in-context matches). tm_state.revision counts every change to
-- units; each unit keeps the revision of its last change, so the search index (derived, under the data directory)
-- knows how far it is behind.
create table tm_memory (
    id         bigint       not null auto_increment,
    name       varchar(100) not null,
    priority   int          not null,
    created_at datetime(6)  not null,
    primary key (id),
    constraint uq_tm_memory_name unique (name)
);

insert into tm_memory (name, priority, created_at) values ('Approved statements', 1, current_timestamp(6));

create table tm_state (
    id       int    not null,
    revision bigint not null,
    primary key (id)
);

insert into tm_state (id, revision) values (1, 0);

create table tm_unit (
    id                  bigint       not null auto_increment,
    memory_id           bigint       not null,
    statement_id        bigint       null,
    segment_id          bigint       null,
    previous_segment_id bigint       null,
    document_symbol     varchar(100) null,
    revision            bigint       not null,
    created_at          datetime(6)  not null,
    updated_at          datetime(6)  not null,
    version             bigint       not null,
    primary key (id),
    constraint uq_tm_unit_segment unique (memory_id, segment_id),
    constraint fk_tm_unit_memory foreign key (memory_id) references tm_memory (id) on delete cascade
);

create index ix_tm_unit_revision on tm_unit (revision);

create table tm_unit_text (
    id         bigint        not null auto_increment,
    unit_id    bigint        not null,
    language   varchar(8)    not null,
    text       varchar(4000) not null,
    author     varchar(64)   null,
    changed_at datetime(6)   not null,
    primary key (id),
    constraint uq_tm_unit_text unique (unit_id, language),
    constraint fk_tm_unit_text_unit foreign key (unit_id) references tm_unit (id) on delete cascade
);
