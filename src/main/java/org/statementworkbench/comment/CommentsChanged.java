package org.statementworkbench.comment;

import org.statementworkbench.base.events.DomainEvent;

/**
 * Published after a comment of this segment was corrected or its thread resolved or reopened, or a merge moved
 * threads to it.
 */
public record CommentsChanged(long statementId, long segmentId) implements DomainEvent {}
