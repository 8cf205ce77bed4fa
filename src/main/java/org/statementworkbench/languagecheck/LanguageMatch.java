package org.statementworkbench.languagecheck;

import java.util.List;
import java.util.Objects;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.base.checks.Span;

/**
 * One LanguageTool finding in a text, mapped from LanguageTool's {@code RuleMatch}: the rule's stable id (e.g.
 * {@code MORFOLOGIK_RULE_EN_GB}), its category id (e.g. {@code TYPOS}), how the editor paints it, where it is (UTF-16
 * offsets, end exclusive) and its message. Suggestions are often computed only when a person opens the match
 * ({@code suggestionsPending}): then ask {@link LanguageCheckService#suggestions} for them. In the one issue model it
 * is {@link #toIssue()}: check {@code lt.<ruleId>}, the severity of its category.
 *
 * @param id stable within one text: rule id, offsets and covered text, so a remembered "ignore" finds its match again
 */
public record LanguageMatch(
        String id,
        String ruleId,
        String ruleDescription,
        String categoryId,
        MatchKind kind,
        int start,
        int end,
        String message,
        String shortMessage,
        List<String> suggestions,
        boolean suggestionsPending) {

    public LanguageMatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        suggestions = List.copyOf(suggestions);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad match span [" + start + ", " + end + ") of " + ruleId);
        }
    }

    /** The id a match gets: the same rule on the same words at the same place is the same match. */
    public static String idOf(String ruleId, int start, int end, String covered) {
        return ruleId + "@" + start + "-" + end + ":" + Integer.toHexString(covered.hashCode());
    }

    /** The check this match is a finding of: {@code lt.<ruleId>}. */
    public CheckId check() {
        return CheckId.languageTool(ruleId);
    }

    /**
     * How serious the match is, from its rule's category ({@link LanguageToolSeverity}: spelling and grammar are
     * errors, style is information, the rest warnings). Not from {@link #kind()}: that is how the editor paints a
     * match, and it paints every rule that is neither spelling nor style (punctuation, typography) as grammar.
     */
    public Severity severity() {
        return LanguageToolSeverity.of(categoryId);
    }

    /** This match as an issue of the target text: its check, severity, message and span, and its id as subject. */
    public Issue toIssue() {
        return new Issue(check(), severity(), message, null, new Span(start, end), id);
    }

    /** The covered part of the text this match was found in. */
    public String covered(String text) {
        return text.substring(start, Math.min(end, text.length()));
    }

    /** This match with its suggestions filled in. */
    public LanguageMatch withSuggestions(List<String> computed) {
        return new LanguageMatch(
                id, ruleId, ruleDescription, categoryId, kind, start, end, message, shortMessage, computed, false);
    }
}
