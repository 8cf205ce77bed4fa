package org.statementworkbench.statement;

import org.statementworkbench.base.UnLanguage;

/** A translator's or reviewer's save of one target segment, naming the version they edited. */
public record SaveTranslation(
        long segmentId, UnLanguage language, String text, SegmentStatus status, long baseVersion) {}
