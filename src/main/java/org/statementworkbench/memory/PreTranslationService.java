package org.statementworkbench.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.StatementSummary;
import org.statementworkbench.statement.TranslationConflictException;
import org.statementworkbench.statement.TranslationService;

/**
 * Pre-translation: fills a statement's empty targets with the best memory match at or above a threshold (by default
 * {@link #DEFAULT_THRESHOLD}), as drafts. It never overwrites: a target with any text is skipped, and one saved by
 * someone else meanwhile is left as they saved it. Every fill goes through {@link TranslationService#save} (rights,
 * locks, revisions, events), one save and one transaction per segment, so a long run holds no lock and what it
 * filled stays filled if it stops. Only people who may edit every language asked for may run it: checked first,
 * nothing changed when refused.
 */
@Service
public class PreTranslationService {

    public static final int DEFAULT_THRESHOLD = MemoryMatch.EXACT;

    /** Thresholds below this would fill targets with loose fuzzy matches. */
    public static final int MIN_THRESHOLD = 70;

    private static final int MATCHES = 3;

    private final StatementSegments segments;
    private final MemoryService memory;
    private final TranslationService translations;

    PreTranslationService(StatementSegments segments, MemoryService memory, TranslationService translations) {
        this.segments = segments;
        this.memory = memory;
        this.translations = translations;
    }

    /** Pre-translates the statement into these languages with matches scoring at least {@code threshold}. */
    @PreAuthorize("isAuthenticated()")
    public PreTranslationResult preTranslate(
            long statementId, Collection<UnLanguage> targets, int threshold, MemoryProgress progress) {
        if (threshold < MIN_THRESHOLD || threshold > MemoryMatch.IN_CONTEXT) {
            throw new IllegalArgumentException(
                    "The threshold is a score from " + MIN_THRESHOLD + " to " + MemoryMatch.IN_CONTEXT + ".");
        }
        StatementSummary statement = segments.statement(statementId, targets);
        if (statement.archived()) {
            throw new IllegalStateException("The statement is archived: its translations can no longer change.");
        }
        List<UnLanguage> languages = targets.stream().distinct().sorted().toList();
        for (UnLanguage language : languages) {
            if (!translations.rights(language).canEdit()) {
                throw new AccessDeniedException("You may not edit " + language.englishName()
                        + ": it is not one of your working languages, so you may not pre-translate it.");
            }
        }
        int total = statement.segments() * languages.size();
        int done = 0;
        boolean cancelled = false;
        List<PreTranslationResult.LanguageResult> results = new ArrayList<>();
        for (UnLanguage language : languages) {
            int filled = 0;
            int translated = 0;
            int noMatch = 0;
            int meanwhile = 0;
            @Nullable String previous = null;
            for (SegmentRow row : segments.rows(statementId, language)) {
                if (cancelled) {
                    break;
                }
                if (!row.target().text().isBlank()) {
                    translated++;
                } else {
                    var match = row.source().isBlank()
                            ? java.util.Optional.<MemoryMatch>empty()
                            : memory
                                    .matches(
                                            statement.sourceLanguage(),
                                            language,
                                            row.source(),
                                            previous,
                                            MATCHES,
                                            threshold)
                                    .stream()
                                    .findFirst();
                    if (match.isEmpty()) {
                        noMatch++;
                    } else if (fill(row, language, match.get())) {
                        filled++;
                    } else {
                        meanwhile++;
                    }
                }
                previous = row.source();
                cancelled = !progress.report(++done, Math.max(total, done));
            }
            results.add(new PreTranslationResult.LanguageResult(language, filled, translated, noMatch, meanwhile));
            if (cancelled) {
                break;
            }
        }
        return new PreTranslationResult(threshold, results, cancelled);
    }

    /**
     * Saves the match as a draft over the empty target the row showed, marked as filled from the memory with its
     * score (state, grid and history say so until a person edits or confirms it); false if someone saved it meanwhile.
     */
    private boolean fill(SegmentRow row, UnLanguage language, MemoryMatch match) {
        try {
            translations.saveFromMemory(
                    new SaveTranslation(
                            row.segmentId(),
                            language,
                            match.target(),
                            SegmentStatus.DRAFT,
                            row.target().version()),
                    match.score());
            return true;
        } catch (TranslationConflictException | IllegalStateException changedMeanwhile) {
            return false;
        }
    }
}
