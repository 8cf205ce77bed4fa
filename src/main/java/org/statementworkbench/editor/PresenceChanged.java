package org.statementworkbench.editor;

import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.events.DomainEvent;

/**
 * Published when an editor of a statement opened a segment of it ({@code now} says which, in which language,
 * by whom) or left the statement ({@code now} is null). It carries the whole new state, so a listener keeps its
 * own picture without asking back, and an editor going from one statement to another brings one event per
 * statement. The picture to start from is {@link SegmentPresence#on}.
 */
public record PresenceChanged(
        long statementId, String editorId, @Nullable EditorPresence now) implements DomainEvent {}
