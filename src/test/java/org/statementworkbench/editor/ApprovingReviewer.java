package org.statementworkbench.editor;

import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.TranslationState;

/**
 * The set-up of the approval gate tests, one way: a statement of one English segment into French with four eyes off
 * (these tests are about the gates: one reviewer writes and approves) and a French reviewer, signed in by
 * {@link #create}.
 */
record ApprovingReviewer(String reviewer, long statementId, long segment) {

    /** Creates the reviewer ({@code name-rev-n}) and the statement (titled {@code name-n}) and signs the reviewer in. */
    static ApprovingReviewer create(TestData data, String name, String source) {
        String reviewer = data.reviewer(TestData.unique(name + "-rev"), "Jean Martin", UnLanguage.FR);
        long statementId = data.statement(TestData.unique(name))
                .into(UnLanguage.FR)
                .paragraphs(source)
                .create();
        data.fourEyesOff(statementId);
        long segment = data.asAdmin(() -> data.rows(statementId, UnLanguage.FR))
                .getFirst()
                .segmentId();
        TestSignIn.as(reviewer, Role.REVIEWER);
        return new ApprovingReviewer(reviewer, statementId, segment);
    }

    /** Saves {@code text} as approved over whatever version the segment's French has. */
    SaveTranslation approve(String text) {
        return new SaveTranslation(
                segment, UnLanguage.FR, text, SegmentStatus.APPROVED, TranslationState.UNSAVED_VERSION);
    }
}
