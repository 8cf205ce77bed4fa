-- Users, their roles and working languages. Runs unchanged on MariaDB and on H2 (MODE=MariaDB).
create table app_user (
    id            bigint       not null auto_increment,
    username      varchar(64)  not null,
    full_name     varchar(200) not null,
    password_hash varchar(200) not null,
    enabled       boolean      not null,
    created_at    datetime(6)  not null,
    version       bigint       not null,
    primary key (id),
    constraint uk_app_user_username unique (username)
);

create table app_user_role (
    user_id bigint      not null,
    role    varchar(32) not null,
    primary key (user_id, role),
    constraint fk_app_user_role_user foreign key (user_id) references app_user (id) on delete cascade
);

create table app_user_language (
    user_id  bigint     not null,
    language varchar(8) not null,
    primary key (user_id, language),
    constraint fk_app_user_language_user foreign key (user_id) references app_user (id) on delete cascade
);
