package org.statementworkbench.editor;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.events.DomainEvents;
import org.statementworkbench.statement.EditRights;
import org.statementworkbench.statement.TranslationService;

/**
 * Issues of every check family ignored in one segment translation, each with its reason. Whoever may edit the
 * segment translation (translators and reviewers in their working languages, administrators) may ignore an issue;
 * only reviewers and administrators take an ignore back; everyone signed in sees them. An ignore only hides the
 * issue from the working list: ignored errors still block approval (the approval gates never read ignores), so the
 * override with a justification stays the one way past them.
 */
@Service
@Transactional
public class IssueIgnoreService {

    private static final Logger log = LoggerFactory.getLogger(IssueIgnoreService.class);

    private final IgnoredIssueRepository ignores;
    private final TranslationService translations;
    private final DomainEvents events;

    IssueIgnoreService(IgnoredIssueRepository ignores, TranslationService translations, DomainEvents events) {
        this.ignores = ignores;
        this.translations = translations;
        this.events = events;
    }

    /**
     * Ignores an issue in one segment translation, with a reason of at least 10 characters. Ignoring the same issue
     * again keeps the first ignore (and its reason).
     */
    @PreAuthorize("hasAnyRole('TRANSLATOR', 'REVIEWER', 'ADMIN')")
    public IssueIgnore ignore(long segmentId, UnLanguage language, IgnoreKey key, String reason) {
        String why = reason.strip();
        if (why.length() < IgnoredIssue.REASON_MIN_LENGTH) {
            throw new IllegalArgumentException("Say in at least " + IgnoredIssue.REASON_MIN_LENGTH
                    + " characters why this issue may be ignored: reviewers read it.");
        }
        if (why.length() > IgnoredIssue.REASON_MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "The reason may have at most " + IgnoredIssue.REASON_MAX_LENGTH + " characters.");
        }
        if (!rights(segmentId, language).canEdit()) {
            throw new AccessDeniedException(
                    "Only people who edit " + language.englishName() + " in this statement may ignore its issues.");
        }
        String by = CurrentUser.name();
        long statementId = ignores.statementOf(segmentId)
                .orElseThrow(() -> new IllegalArgumentException("This segment no longer exists."));
        var existing = ignores.findFirstBySegmentIdAndLanguageAndCheckIdAndTargetTextAndSourceTextAndSubject(
                segmentId, language, key.check(), key.targetText(), key.sourceText(), key.subject());
        if (existing.isPresent()) {
            return existing.get().toRecord();
        }
        IgnoredIssue saved = ignores.save(new IgnoredIssue(
                statementId, segmentId, language, key, why, by, Instant.now().truncatedTo(ChronoUnit.MICROS)));
        log.info("{} ignored {} in segment {} ({})", by, key.check(), segmentId, language.code());
        events.publish(new IssueIgnoresChanged(segmentId, language));
        return saved.toRecord();
    }

    /** Takes an ignore back: the issue shows again. Reviewers of the language and administrators only. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public void unignore(long ignoreId) {
        IgnoredIssue found = ignores.findById(ignoreId)
                .orElseThrow(() -> new IllegalArgumentException("This issue is no longer ignored."));
        if (!rights(found.getSegmentId(), found.getLanguage()).canReview()) {
            throw new AccessDeniedException(
                    "Only reviewers of " + found.getLanguage().englishName() + " may show ignored issues again.");
        }
        ignores.delete(found);
        log.info(
                "{} took back the ignore of {} in segment {}",
                CurrentUser.name(),
                found.key().check(),
                found.getSegmentId());
        events.publish(new IssueIgnoresChanged(found.getSegmentId(), found.getLanguage()));
    }

    /** The issues ignored in one segment translation, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<IssueIgnore> ignored(long segmentId, UnLanguage language) {
        return ignores.findBySegmentIdAndLanguageOrderByIgnoredAtAsc(segmentId, language).stream()
                .map(IgnoredIssue::toRecord)
                .toList();
    }

    /** The issues ignored in one language of a statement, by segment id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, List<IssueIgnore>> ignoredInStatement(long statementId, UnLanguage language) {
        Map<Long, List<IssueIgnore>> bySegment = new HashMap<>();
        for (IgnoredIssue i : ignores.findByStatementIdAndLanguage(statementId, language)) {
            bySegment.computeIfAbsent(i.getSegmentId(), id -> new ArrayList<>()).add(i.toRecord());
        }
        return bySegment;
    }

    private EditRights rights(long segmentId, UnLanguage language) {
        return translations.rights(segmentId, language);
    }
}
