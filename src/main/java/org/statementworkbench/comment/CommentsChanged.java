package org.statementworkbench.comment;

import org.statementworkbench.base.events.DomainEvent;

/** Published after a comment of this segment was corrected or its thread resolved or reopened. */
public record CommentsChanged(long statementId, long segmentId) implements DomainEvent {}
