package org.statementworkbench.statement;

/** One line of the editor: the source segment and its translation into the chosen language. */
public record SegmentRow(long segmentId, int number, int paragraph, String source, TranslationState target) {}
