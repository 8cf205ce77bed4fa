package org.statementworkbench.statement;

import java.util.Optional;
import org.statementworkbench.base.UnLanguage;

/**
 * The translation a save or a reviewer's action changes, read with a write lock after the checks every change
 * passes: the segment exists, its statement is not archived, the language is one of its targets, and nobody changed
 * the translation since {@code baseVersion} (else a {@link TranslationConflictException} with {@code yourText}).
 * {@code current} is empty for a segment never saved in the language.
 */
record TranslationToChange(Segment segment, Statement statement, Optional<SegmentTranslation> current) {

    static TranslationToChange lock(
            SegmentRepository segments,
            SegmentTranslationRepository translations,
            long segmentId,
            UnLanguage language,
            long baseVersion,
            String yourText) {
        Segment segment = segments.findById(segmentId)
                .orElseThrow(() -> new IllegalArgumentException("This segment no longer exists."));
        Statement statement = segment.getStatement();
        if (statement.isArchived()) {
            throw new IllegalStateException("This statement is archived; an administrator must restore it first.");
        }
        if (!statement.getTargetLanguages().contains(language)) {
            throw new IllegalArgumentException(language.englishName() + " is not a target language of this statement.");
        }
        Optional<SegmentTranslation> current = translations.findForUpdate(segmentId, language);
        long currentVersion = current.map(SegmentTranslation::getVersion).orElse(TranslationState.UNSAVED_VERSION);
        if (currentVersion != baseVersion) {
            throw new TranslationConflictException(
                    yourText, current.map(SegmentTranslation::toState).orElse(TranslationState.unsaved()));
        }
        return new TranslationToChange(segment, statement, current);
    }
}
