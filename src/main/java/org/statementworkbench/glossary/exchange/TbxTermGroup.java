package org.statementworkbench.glossary.exchange;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;

/**
 * One term group of a TBX file while {@link TbxReader} reads it ({@code termSec} in v3, {@code tig} or
 * {@code ntig} in v2): the term's text and data categories, checked and turned into a term when the group ends.
 * A term without an administrativeStatus is admitted; acronyms are case-sensitive unless a caseSensitivity
 * (caseSensitive, caseInsensitive) says otherwise; TBX-Min's status values count as TBX-Basic's.
 */
final class TbxTermGroup {

    /** The data categories a term group takes. */
    static final Set<String> CATEGORIES = Set.of(
            "context",
            "termType",
            "administrativeStatus",
            "normativeAuthorization",
            "grammaticalGender",
            "caseSensitivity",
            "partOfSpeech");

    private final int line;
    private @Nullable String text;
    private @Nullable String termType;
    private @Nullable String status;
    private @Nullable String partOfSpeech;
    private @Nullable String gender;
    private @Nullable String context;
    private @Nullable String caseSensitivity;

    /** A group starting at {@code line} of the file. */
    TbxTermGroup(int line) {
        this.line = line;
    }

    void text(String value) {
        text = value;
    }

    /** Takes one of the {@link #CATEGORIES}. */
    void category(String type, String value) {
        switch (type) {
            case "context" -> context = value;
            case "termType" -> termType = value;
            case "administrativeStatus", "normativeAuthorization" -> status = value;
            case "grammaticalGender" -> gender = value;
            case "caseSensitivity" -> caseSensitivity = value;
            case "partOfSpeech" -> partOfSpeech = value;
            default -> throw new IllegalArgumentException("Not a data category of a term: " + type);
        }
    }

    /**
     * The term, in the language of its section ({@code section} names that element in errors); the section's part
     * of speech applies when the term has none (TBX-Min).
     */
    TermDraft term(@Nullable String language, String section, @Nullable String sectionPartOfSpeech) {
        if (language == null || language.isBlank()) {
            throw error("A term at line " + line + " is not inside a " + section + " with xml:lang");
        }
        String t = text;
        if (t == null || t.isBlank()) {
            throw error("The term group at line " + line + " has no <term> text");
        }
        TermType type = termType == null
                ? TermType.FULL_FORM
                : TermType.fromTbx(termType)
                        .orElseThrow(() -> error("Unknown termType '" + termType + "' at line " + line
                                + "; expected one of "
                                + Arrays.stream(TermType.values())
                                        .map(TermType::tbx)
                                        .collect(Collectors.joining(", "))));
        String statusText = status;
        UsageStatus usage = statusText == null
                ? UsageStatus.ADMITTED
                : UsageStatus.fromTbx(statusText)
                        .or(() -> tbxMinStatus(statusText))
                        .orElseThrow(() -> error("Unknown administrativeStatus '" + statusText + "' at line " + line));
        boolean caseSensitive =
                caseSensitivity == null ? type == TermType.ACRONYM : caseSensitivity.equalsIgnoreCase("caseSensitive");
        return new TermDraft(
                null,
                language,
                t.strip(),
                type,
                usage,
                partOfSpeech == null ? sectionPartOfSpeech : partOfSpeech,
                gender,
                context,
                caseSensitive);
    }

    /** TBX-Min's administrativeStatus values beside TBX-Basic's. */
    private static Optional<UsageStatus> tbxMinStatus(String value) {
        return switch (value.strip()) {
            case "notRecommended" -> Optional.of(UsageStatus.DEPRECATED);
            case "obsolete" -> Optional.of(UsageStatus.SUPERSEDED);
            default -> Optional.empty();
        };
    }

    private static GlossaryImportException error(String message) {
        return new GlossaryImportException(message + ". Nothing was imported.");
    }
}
