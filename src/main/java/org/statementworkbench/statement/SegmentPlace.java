package org.statementworkbench.statement;

/**
 * Where a segment stands now: its statement and its number in it (numbers change when segments are split or
 * merged), for other modules that keep things about segments and link to them in the editor.
 */
public record SegmentPlace(long segmentId, long statementId, String statementTitle, int number, boolean archived) {}
