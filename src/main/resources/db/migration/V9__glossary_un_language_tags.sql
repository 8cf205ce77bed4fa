-- Terms imported with a regional or script tag of a UN language (en-US, fr-FR, es-419, ar-SA, ru-RU, zh-Hans,
-- zh-CN) were stored under that tag and matched no text, so their deprecated forms were never flagged. The glossary
-- now stores the UN language's code for them (LanguageTags); traditional Chinese (zh-Hant, zh-TW, ...) stays.
update glossary_term set language = lower(substring(language, 1, 2))
 where lower(language) like 'ar-%' or lower(language) like 'en-%' or lower(language) like 'fr-%'
    or lower(language) like 'es-%' or lower(language) like 'ru-%';

update glossary_term set language = 'zh'
 where lower(language) in ('zh-hans', 'zh-cn', 'zh-sg', 'zh-hans-cn', 'zh-hans-sg', 'zh-my', 'zh-hans-my');
