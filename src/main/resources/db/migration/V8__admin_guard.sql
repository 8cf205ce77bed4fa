-- One row that every change to who is an enabled administrator locks first (select ... for update), so that
-- "at least one enabled administrator remains" and "the first administrator is created only while none exists"
-- hold when two requests, or two servers, change administrators at the same moment.
create table admin_guard (
    id int not null,
    primary key (id)
);

insert into admin_guard (id) values (1);
