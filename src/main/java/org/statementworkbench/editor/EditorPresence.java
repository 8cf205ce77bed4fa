package org.statementworkbench.editor;

import java.time.Instant;
import org.statementworkbench.base.UnLanguage;

/**
 * One open editor: who has which segment of a statement open, in which target language, since when.
 * {@code editorId} names the editor (one browser tab), so one person with two tabs has two.
 */
public record EditorPresence(
        String editorId,
        String username,
        String fullName,
        long statementId,
        long segmentId,
        UnLanguage language,
        Instant since) {}
