-- One way to ignore an issue: the LanguageTool matches ignored before (V7, no reason) become rows of ignored_issue
-- (V15), keyed as IgnoreKey keys a LanguageTool issue: check lt.<rule id>, the covered target words without the
-- editor's * markers, no source words, no subject. They keep who ignored them and when, with a reason that says
-- none was asked for. A match ignored in both tables, or twice once the markers are gone, is kept once (the
-- earliest); rule ids that are not check names (they must start with a letter or digit) are left behind.
insert into ignored_issue (statement_id, segment_id, language, check_id, target_text, source_text, subject, reason,
                           ignored_by, ignored_at)
select s.statement_id,
       m.segment_id,
       m.language,
       concat('lt.', m.rule_id),
       replace(m.covered_text, '*', ''),
       '',
       '',
       'Ignored before reasons were recorded',
       m.ignored_by,
       m.ignored_at
from language_ignored_match m
         join segment s on s.id = m.segment_id
where m.rule_id regexp '^[A-Za-z0-9][A-Za-z0-9_.-]*$'
  and replace(m.covered_text, '*', '') <> ''
  and m.id = (select min(o.id)
              from language_ignored_match o
              where o.segment_id = m.segment_id
                and o.language = m.language
                and o.rule_id = m.rule_id
                and replace(o.covered_text, '*', '') = replace(m.covered_text, '*', ''))
  and not exists (select 1
                  from ignored_issue i
                  where i.segment_id = m.segment_id
                    and i.language = m.language
                    and i.check_id = concat('lt.', m.rule_id)
                    and i.target_text = replace(m.covered_text, '*', '')
                    and i.source_text = ''
                    and i.subject = '');

drop table language_ignored_match;
