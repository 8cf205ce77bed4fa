-- Comment threads on segments and the notifications they cause. A thread is its first comment (thread_id null)
-- and the replies naming it. language null: for all languages of the segment. Comments are never deleted, only
-- resolved (a whole thread, by its author or a reviewer); they go with their segment (a merge deletes the second
-- one) and with their statement.
create table segment_comment (
    id           bigint        not null auto_increment,
    statement_id bigint        not null,
    segment_id   bigint        not null,
    language     varchar(8),
    thread_id    bigint,
    author       varchar(64)   not null,
    body         varchar(2000) not null,
    created_at   datetime(6)   not null,
    edited_at    datetime(6),
    resolved_by  varchar(64),
    resolved_at  datetime(6),
    version      bigint        not null,
    primary key (id),
    constraint fk_segment_comment_statement foreign key (statement_id) references statement (id) on delete cascade,
    constraint fk_segment_comment_segment foreign key (segment_id) references segment (id) on delete cascade,
    constraint fk_segment_comment_thread foreign key (thread_id) references segment_comment (id) on delete cascade
);
create index ix_segment_comment_segment on segment_comment (segment_id, language);
create index ix_segment_comment_statement on segment_comment (statement_id);

-- One notification per person and comment: they were mentioned in it, or it replies to a thread they wrote in.
create table comment_notification (
    id         bigint      not null auto_increment,
    recipient  varchar(64) not null,
    comment_id bigint      not null,
    reason     varchar(16) not null,
    created_at datetime(6) not null,
    read_at    datetime(6),
    primary key (id),
    constraint uk_comment_notification unique (recipient, comment_id),
    constraint fk_comment_notification_comment foreign key (comment_id) references segment_comment (id)
        on delete cascade
);
create index ix_comment_notification_recipient on comment_notification (recipient, read_at);
