-- TMX import/export (memory module): a unit text's inline codes, as TMX keeps them (<bpt>, <ept>, <ph>, <it>, <ut>,
-- <hi> other than bold or italic), a JSON array of XML fragments. The text holds a placeholder for each, numbered from
-- 1 in the order of this array, so that an export writes the codes back exactly as they were imported.
alter table tm_unit_text add column codes varchar(4000) null;
