-- Every saved change of a target segment is a revision; statements are archived, never deleted.
create table segment_revision (
    id             bigint        not null auto_increment,
    translation_id bigint        not null,
    revision_no    int           not null,
    target_text    varchar(4000) not null,
    status         varchar(16)   not null,
    changed_by     varchar(64)   not null,
    changed_at     datetime(6)   not null,
    restored_from  int,
    primary key (id),
    constraint uk_segment_revision unique (translation_id, revision_no),
    constraint fk_segment_revision_translation foreign key (translation_id) references segment_translation (id)
);

alter table statement add column archived_at datetime(6);
alter table statement add column archived_by varchar(64);
