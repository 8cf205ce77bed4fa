package org.statementworkbench.languagecheck;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * The LanguageTool matches of one text, or why it was not checked: the language is still warming up ("checking
 * available shortly"), or the check failed or timed out (the reason says which). Editing and saving never wait for
 * a check.
 */
public record CheckResult(
        UnLanguage language,
        String text,
        Outcome outcome,
        List<LanguageMatch> matches,
        @Nullable String reason) {

    /** Whether the text was checked. */
    public enum Outcome {
        CHECKED,
        /** The language is still loading; the check will be available shortly. */
        WARMING,
        /** An error or a time-out; {@link #reason()} says which. */
        NOT_CHECKED
    }

    public CheckResult {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(outcome, "outcome");
        matches = List.copyOf(matches);
        if (outcome != Outcome.CHECKED && reason == null) {
            throw new IllegalArgumentException("A text that was not checked needs a reason");
        }
    }

    public static CheckResult checked(UnLanguage language, String text, List<LanguageMatch> matches) {
        return new CheckResult(language, text, Outcome.CHECKED, matches, null);
    }

    public static CheckResult warming(UnLanguage language, String text) {
        return new CheckResult(
                language, text, Outcome.WARMING, List.of(), language.englishName() + " checking available shortly");
    }

    public static CheckResult notChecked(UnLanguage language, String text, String reason) {
        return new CheckResult(language, text, Outcome.NOT_CHECKED, List.of(), reason);
    }

    public boolean checked() {
        return outcome == Outcome.CHECKED;
    }
}
