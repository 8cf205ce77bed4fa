-- A rule is switched off at most once per language and place: globally (statement_id null) or in one statement.
-- A unique key over (language, rule_id, statement_id) would not hold for the global switches, because a unique
-- index lets any number of rows with a null column through (MariaDB and H2 alike). So the key uses a generated
-- column that reads a null statement id as 0 (statement ids start at 1). Works on MariaDB (an indexed virtual
-- column) and on H2. Duplicates that two simultaneous switches could create before are removed first, keeping
-- the earliest row.
delete from language_rule_switch
where id not in (select keep_id from (select min(id) as keep_id from language_rule_switch
                                      group by language, rule_id, coalesce(statement_id, 0)) as kept);

alter table language_rule_switch add column statement_key bigint generated always as (coalesce(statement_id, 0));

create unique index uk_language_rule_switch on language_rule_switch (language, rule_id, statement_key);
