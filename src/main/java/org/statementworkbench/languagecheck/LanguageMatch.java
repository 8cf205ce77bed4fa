package org.statementworkbench.languagecheck;

import java.util.List;
import java.util.Objects;

/**
 * One LanguageTool finding in a text, mapped from LanguageTool's {@code RuleMatch}: the rule's stable id (e.g.
 * {@code MORFOLOGIK_RULE_EN_GB}), its category id (e.g. {@code TYPOS}), how the editor paints it, where it is (UTF-16
 * offsets, end exclusive) and its message. Suggestions are often computed only when a person opens the match
 * ({@code suggestionsPending}): then ask {@link LanguageCheckService#suggestions} for them.
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
