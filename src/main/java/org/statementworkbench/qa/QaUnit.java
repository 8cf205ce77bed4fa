package org.statementworkbench.qa;

/**
 * One translation unit of a bilingual file: its id (TSV line number, XLIFF unit id with "/segment" for multi-segment
 * units, TMX tuid or position) and its plain source and target text (inline codes dropped; empty target =
 * untranslated). Issue spans are offsets into these texts.
 */
public record QaUnit(String id, String source, String target) {}
