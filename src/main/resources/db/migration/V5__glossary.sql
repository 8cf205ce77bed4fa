-- The terminology: concept-oriented like TBX and UNTERM. Concepts are retired, never deleted; every change is
-- recorded in glossary_change with the concept as it was before and after.
create table glossary_concept (
    id             bigint        not null auto_increment,
    external_id    varchar(128)  not null,
    definition     varchar(4000),
    note           varchar(4000),
    source         varchar(2000),
    retired_at     datetime(6),
    retired_by     varchar(64),
    retired_reason varchar(1000),
    merged_into_id bigint,
    created_at     datetime(6)   not null,
    created_by     varchar(64)   not null,
    updated_at     datetime(6)   not null,
    updated_by     varchar(64)   not null,
    version        bigint        not null,
    primary key (id),
    constraint uk_glossary_concept_external unique (external_id)
);

create table glossary_concept_subject (
    concept_id    bigint       not null,
    subject_field varchar(200) not null,
    primary key (concept_id, subject_field),
    constraint fk_glossary_subject_concept foreign key (concept_id) references glossary_concept (id) on delete cascade
);
create index ix_glossary_subject_field on glossary_concept_subject (subject_field);

-- Proposals come from the editor: a translator proposes a term (a new concept) or a new target equivalent of an
-- existing concept; the segment is kept as context. Decisions are recorded with who, when and why.
create table glossary_proposal (
    id              bigint        not null auto_increment,
    concept_id      bigint        not null,
    new_concept     boolean       not null,
    proposed_by     varchar(64)   not null,
    proposed_at     datetime(6)   not null,
    comment         varchar(2000),
    statement_id    bigint,
    segment_id      bigint,
    segment_number  int,
    source_language varchar(35),
    source_context  varchar(4000),
    target_language varchar(35),
    target_context  varchar(4000),
    state           varchar(16)   not null,
    decided_by      varchar(64),
    decided_at      datetime(6),
    decision_note   varchar(2000),
    version         bigint        not null,
    primary key (id),
    constraint fk_glossary_proposal_concept foreign key (concept_id) references glossary_concept (id)
);
create index ix_glossary_proposal_state on glossary_proposal (state, proposed_at);
create index ix_glossary_proposal_by on glossary_proposal (proposed_by, proposed_at);

create table glossary_term (
    id             bigint        not null auto_increment,
    concept_id     bigint        not null,
    language       varchar(35)   not null,
    term_text      varchar(500)  not null,
    folded_text    varchar(520)  not null,
    term_type      varchar(16)   not null,
    usage_status   varchar(16)   not null,
    part_of_speech varchar(32),
    gender         varchar(32),
    context        varchar(2000),
    case_sensitive boolean       not null,
    approval       varchar(16)   not null,
    approval_by    varchar(64),
    approval_at    datetime(6),
    approval_note  varchar(2000),
    proposal_id    bigint,
    position       int           not null,
    primary key (id),
    constraint fk_glossary_term_concept foreign key (concept_id) references glossary_concept (id) on delete cascade,
    constraint fk_glossary_term_proposal foreign key (proposal_id) references glossary_proposal (id)
);
create index ix_glossary_term_language on glossary_term (language, approval);
create index ix_glossary_term_folded on glossary_term (folded_text);

create table glossary_change (
    id         bigint      not null auto_increment,
    concept_id bigint      not null,
    changed_by varchar(64) not null,
    changed_at datetime(6) not null,
    action     varchar(32) not null,
    summary    varchar(2000) not null,
    before_state longtext,
    after_state  longtext,
    primary key (id),
    constraint fk_glossary_change_concept foreign key (concept_id) references glossary_concept (id)
);
create index ix_glossary_change_concept on glossary_change (concept_id, changed_at);

-- One row, bumped on every committed change, so term checkers know when to rebuild.
create table glossary_revision (
    id       int    not null,
    revision bigint not null,
    primary key (id)
);
insert into glossary_revision (id, revision) values (1, 0);
