package org.statementworkbench.editor;

import java.time.Instant;
import org.statementworkbench.base.UnLanguage;

/** An issue ignored in one segment translation: which, why, by whom and when. */
public record IssueIgnore(
        long id,
        long segmentId,
        UnLanguage language,
        IgnoreKey key,
        String reason,
        String ignoredBy,
        Instant ignoredAt) {}
