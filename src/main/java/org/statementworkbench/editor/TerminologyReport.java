package org.statementworkbench.editor;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.comment.CommentRecord;
import org.statementworkbench.qa.CheckProfile;

/**
 * The QA report of a statement (terminology and every other check), per target language, against glossary revision
 * {@code glossaryRevision}, with the check profile it was made with, the statement's comment threads (those on
 * the reported languages and those for all languages), and whether LanguageTool's checks ({@code lt.*}) ran.
 */
public record TerminologyReport(
        long statementId,
        String title,
        UnLanguage sourceLanguage,
        long glossaryRevision,
        Instant createdAt,
        List<LanguageTermReport> languages,
        CheckProfile profile,
        List<CommentRecord> comments,
        boolean languageTool) {

    public TerminologyReport {
        languages = List.copyOf(languages);
        comments = List.copyOf(comments);
    }

    /** A language figure summed over the reported languages, such as {@code sum(l -> l.overrides().size())}. */
    public int sum(ToIntFunction<LanguageTermReport> perLanguage) {
        return languages.stream().mapToInt(perLanguage).sum();
    }

    /** How many open issues of each severity each check found in all languages together. */
    public Map<CheckId, Map<Severity, Integer>> countsByCheckAndSeverity() {
        Map<CheckId, Map<Severity, Integer>> counts = new TreeMap<>();
        languages.forEach(l -> l.countsByCheckAndSeverity()
                .forEach((check, bySeverity) -> bySeverity.forEach(
                        (severity, n) -> counts.computeIfAbsent(check, c -> new EnumMap<>(Severity.class))
                                .merge(severity, n, Integer::sum))));
        return counts;
    }
}
