package org.statementworkbench.languagecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON answer of a LanguageTool server's {@code /v2/check}, read into our matches: {@code matches[]} with
 * {@code offset} and {@code length} (UTF-16 offsets into the text, as LanguageTool's Java strings count),
 * {@code message}, {@code shortMessage}, {@code replacements[].value} and {@code rule} ({@code id},
 * {@code description}, {@code issueType}, {@code category.id}). Anything else in the answer is ignored; an answer
 * that does not have this shape is refused rather than half read.
 */
final class CheckAnswer {

    private CheckAnswer() {}

    /**
     * @param text the text that was checked: every match must lie inside it
     * @throws IllegalArgumentException saying, after the server's name, what is wrong with the answer
     */
    static List<LanguageMatch> matches(String json, String text) {
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(json);
        } catch (JacksonException e) {
            throw notLanguageTool("it is not JSON: " + LanguageToolServer.firstLine(e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw notLanguageTool("it is not a JSON object");
        }
        JsonNode warnings = root.path("warnings");
        if (warnings.path("incompleteResults").asBoolean(false)) {
            throw new IllegalArgumentException("stopped before checking all of the text ("
                    + warnings.path("incompleteResultsReason").asString("no reason given") + ")");
        }
        JsonNode found = root.get("matches");
        if (found == null || !found.isArray()) {
            throw notLanguageTool("it has no \"matches\" list");
        }
        List<LanguageMatch> matches = new ArrayList<>(found.size());
        for (JsonNode match : found) {
            matches.add(match(match, text));
        }
        return matches;
    }

    private static LanguageMatch match(JsonNode match, String text) {
        int start = integer(match, "offset");
        int end = start + integer(match, "length");
        if (start < 0 || end < start || end > text.length()) {
            throw notLanguageTool("a match at [" + start + ", " + end + ") lies outside the text of " + text.length()
                    + " characters");
        }
        JsonNode rule = match.path("rule");
        String ruleId = string(rule, "id");
        if (ruleId.isBlank()) {
            throw notLanguageTool("a match has no rule id");
        }
        String categoryId = rule.path("category").path("id").asString("");
        List<String> suggestions = new ArrayList<>();
        for (JsonNode replacement : match.path("replacements")) {
            String value = replacement.path("value").asString("");
            if (!value.isEmpty()) {
                suggestions.add(value);
            }
        }
        return new LanguageMatch(
                LanguageMatch.idOf(ruleId, start, end, text.substring(start, end)),
                ruleId,
                rule.path("description").asString(""),
                categoryId,
                kindOf(rule.path("issueType").asString(""), categoryId),
                start,
                end,
                string(match, "message"),
                match.path("shortMessage").asString(""),
                suggestions,
                false);
    }

    /**
     * How the editor paints a match, from the rule's ITS issue type as the server writes it ({@code misspelling},
     * {@code locale-violation}, ...): the same as {@code InProcessLanguageChecker.kindOf}, with the category
     * {@code TYPOS} standing in for "dictionary-based spelling rule", which the answer does not say.
     */
    static MatchKind kindOf(String issueType, String categoryId) {
        String type = issueType.toLowerCase(Locale.ROOT);
        if (type.equals("misspelling") || categoryId.equals("TYPOS")) {
            return MatchKind.SPELLING;
        }
        return switch (type) {
            case "style", "register", "locale-violation", "duplication", "inconsistency" -> MatchKind.STYLE;
            default -> MatchKind.GRAMMAR;
        };
    }

    private static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw notLanguageTool("a match has no whole-number \"" + field + "\"");
        }
        return value.intValue();
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw notLanguageTool("a match has no text \"" + field + "\"");
        }
        return value.stringValue();
    }

    private static IllegalArgumentException notLanguageTool(String why) {
        return new IllegalArgumentException("sent an answer that is not a LanguageTool check result: " + why);
    }
}
