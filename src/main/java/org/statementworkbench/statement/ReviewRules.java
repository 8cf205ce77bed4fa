package org.statementworkbench.statement;

import org.springframework.security.access.AccessDeniedException;

/**
 * The review workflow's rules for saves, shared by {@link TranslationService} and {@link ReviewService}: approved
 * segments are locked, a reviewer doesn't approve their own text (four eyes, per statement), a draft of a returned
 * segment stays returned, and every reviewer's action gives a reason.
 */
final class ReviewRules {

    static final int REASON_MIN_LENGTH = ApprovalOverride.JUSTIFICATION_MIN_LENGTH;
    static final int REASON_MAX_LENGTH = ApprovalOverride.JUSTIFICATION_MAX_LENGTH;

    private ReviewRules() {}

    /** Refuses any change to an approved segment: it must be reopened first. */
    static void requireUnlocked(SegmentTranslation current) {
        if (current.getStatus() == SegmentStatus.APPROVED) {
            throw new IllegalStateException("Segment " + current.getSegment().getSeqNo()
                    + " is approved: approved segments are locked; a reviewer must reopen it to change it.");
        }
    }

    /**
     * With four eyes on, refuses an approval by the person who wrote the text it approves: the current text's
     * author, or {@code username} when this save changes the text.
     */
    static void requireFourEyes(Statement statement, SegmentTranslation current, String newText, String username) {
        if (!statement.isFourEyes()) {
            return;
        }
        String author =
                newText.equals(current.getTargetText()) && current.getTextBy() != null ? current.getTextBy() : username;
        if (author.equals(username)) {
            throw new AccessDeniedException("Four eyes: you wrote this text, so another reviewer must approve it "
                    + "(administrators too). Confirm it as Reviewed instead; a reviewer can switch four eyes off for "
                    + "this statement.");
        }
    }

    /** The status a save stores: a draft of a returned segment keeps it Returned until it is confirmed. */
    static SegmentStatus statusToStore(SegmentStatus current, SegmentStatus requested) {
        return current == SegmentStatus.RETURNED && requested == SegmentStatus.DRAFT
                ? SegmentStatus.RETURNED
                : requested;
    }

    /** Refuses Returned as the status of a save: a segment is returned through {@link ReviewService}, with a reason. */
    static void requireSavableStatus(SegmentStatus requested) {
        if (requested == SegmentStatus.RETURNED) {
            throw new IllegalArgumentException("A segment is returned with a reason (Return), not saved as Returned.");
        }
    }

    /** The trimmed reason, or an {@link IllegalArgumentException} saying what is wrong with it. */
    static String requireReason(String reason, String what) {
        String r = reason.strip();
        if (r.length() < REASON_MIN_LENGTH) {
            throw new IllegalArgumentException(
                    "Write a reason of at least " + REASON_MIN_LENGTH + " characters to " + what + ".");
        }
        if (r.length() > REASON_MAX_LENGTH) {
            throw new IllegalArgumentException("The reason is longer than " + REASON_MAX_LENGTH + " characters.");
        }
        return r;
    }
}
