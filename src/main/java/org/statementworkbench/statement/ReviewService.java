package org.statementworkbench.statement;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.events.DomainEvents;
import org.statementworkbench.security.UserAccount;
import org.statementworkbench.security.UserService;

/**
 * The reviewers' side of the workflow: reopening an approved (locked) segment and returning a segment to the
 * translator, each with a reason kept in the history, and the statement's four-eyes setting. Reviewers and
 * administrators only, in languages they may edit, with the same version check as saves
 * ({@link TranslationConflictException}). Saves themselves are {@link TranslationService}'s; the rules they share
 * are {@link ReviewRules}.
 */
@Service
@Transactional
public class ReviewService {

    /** A reason must say something: at least this many characters (after trimming), at most {@link #REASON_MAX_LENGTH}. */
    public static final int REASON_MIN_LENGTH = ReviewRules.REASON_MIN_LENGTH;

    public static final int REASON_MAX_LENGTH = ReviewRules.REASON_MAX_LENGTH;

    private final SegmentRepository segments;
    private final SegmentTranslationRepository translations;
    private final SegmentRevisionRepository revisions;
    private final StatementRepository statements;
    private final UserService users;
    private final DomainEvents events;
    private final Clock clock = Clock.systemUTC();

    ReviewService(
            SegmentRepository segments,
            SegmentTranslationRepository translations,
            SegmentRevisionRepository revisions,
            StatementRepository statements,
            UserService users,
            DomainEvents events) {
        this.segments = segments;
        this.translations = translations;
        this.revisions = revisions;
        this.statements = statements;
        this.users = users;
        this.events = events;
    }

    /**
     * Unlocks an approved segment for changes, for the reason given: it goes back to Reviewed. The approval is
     * withdrawn, not the review: the text is the one reviewers accepted, as a CAT tool takes a sign-off back one
     * step (Trados: Signed off to Translation approved) rather than to unconfirmed. A change to the text then makes
     * it a draft of whoever edits it, and it needs approving again (by someone else, with four eyes on).
     */
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public TranslationState reopen(long segmentId, UnLanguage language, long baseVersion, String reason) {
        String why = ReviewRules.requireReason(reason, "reopen an approved segment");
        SegmentTranslation t = reviewable(segmentId, language, baseVersion);
        if (t.getStatus() != SegmentStatus.APPROVED) {
            throw new IllegalStateException(
                    "Segment " + t.getSegment().getSeqNo() + " is not approved: there is" + " nothing to reopen.");
        }
        return record(t, SegmentStatus.REVIEWED, ReviewAction.REOPENED, why);
    }

    /**
     * Sends a segment back to the translator, for the reason given (shown with the segment until it is confirmed
     * again). Not for approved segments (reopen them first) nor for segments without a translation.
     */
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public TranslationState returnToTranslator(long segmentId, UnLanguage language, long baseVersion, String reason) {
        String why = ReviewRules.requireReason(reason, "return a segment");
        SegmentTranslation t = reviewable(segmentId, language, baseVersion);
        int number = t.getSegment().getSeqNo();
        switch (t.getStatus()) {
            case APPROVED ->
                throw new IllegalStateException(
                        "Segment " + number + " is approved and locked: reopen it before returning it.");
            case NEW -> throw new IllegalStateException("Segment " + number + " has no translation to return yet.");
            case RETURNED -> throw new IllegalStateException("Segment " + number + " is already returned.");
            case DRAFT, TRANSLATED, REVIEWED -> {}
        }
        return record(t, SegmentStatus.RETURNED, ReviewAction.RETURNED, why);
    }

    /** Whether four eyes is on for the statement: reviewers may not approve text they wrote. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean fourEyes(long statementId) {
        return statement(statementId).isFourEyes();
    }

    /** Switches four eyes on or off for the statement; reviewers and administrators only. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public void setFourEyes(long statementId, boolean on) {
        Statement statement = statement(statementId);
        if (statement.isArchived()) {
            throw new IllegalStateException("This statement is archived; an administrator must restore it first.");
        }
        statement.setFourEyes(on);
    }

    private Statement statement(long statementId) {
        return statements
                .findById(statementId)
                .orElseThrow(() -> new IllegalArgumentException("This statement no longer exists."));
    }

    /** The translation locked for a reviewer's action, after the role, language and version checks. */
    private SegmentTranslation reviewable(long segmentId, UnLanguage language, long baseVersion) {
        UserAccount user = currentUser();
        if (!TranslationPolicy.canEdit(user, language)
                || !TranslationPolicy.canSetStatus(user, SegmentStatus.APPROVED)) {
            throw new AccessDeniedException(user.username() + " may not review " + language.englishName()
                    + ": only reviewers of their working languages may.");
        }
        var toChange = TranslationToChange.lock(segments, translations, segmentId, language, baseVersion, "");
        return toChange.current()
                .orElseThrow(() -> new IllegalStateException(
                        "This segment has no " + language.englishName() + " translation yet."));
    }

    private TranslationState record(SegmentTranslation t, SegmentStatus status, ReviewAction action, String reason) {
        String username = currentUser().username();
        Instant now = clock.instant();
        t.reviewed(status, action == ReviewAction.RETURNED ? reason : null, username, now);
        translations.saveAndFlush(t);
        long translationId = Objects.requireNonNull(t.getId());
        var revision = new SegmentRevision(
                translationId,
                revisions.lastRevisionNo(translationId) + 1,
                t.getTargetText(),
                status,
                username,
                now,
                null);
        revision.by(action, reason);
        revisions.save(revision);
        TranslationState state = t.toState();
        events.publish(new TranslationSaved(
                Objects.requireNonNull(t.getSegment().getStatement().getId()),
                Objects.requireNonNull(t.getSegment().getId()),
                t.getLanguage(),
                state));
        return state;
    }

    private UserAccount currentUser() {
        return users.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
