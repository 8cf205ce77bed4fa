package org.statementworkbench.statement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.events.DomainEvent;

/**
 * Published after a segment's translation was approved (committed), with everything a translation memory keeps of
 * it, so that listeners need not read the statement back: the source segment (marked text, as stored) and the one
 * before it in the statement, the approved target, the statement's document symbol, who approved it and when.
 */
public record SegmentApproved(
        long statementId,
        long segmentId,
        @Nullable Long previousSegmentId,
        UnLanguage sourceLanguage,
        String sourceText,
        @Nullable String previousSourceText,
        UnLanguage language,
        String text,
        @Nullable String documentSymbol,
        String approvedBy,
        Instant approvedAt)
        implements DomainEvent {}
