package org.statementworkbench.languagecheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.statementworkbench.base.UnLanguage;

/**
 * Plain LanguageTool 6.8 as its documentation shows it ({@code new JLanguageTool(language).check(text)}), with the
 * rules the UN style profile switches off also off: the baseline our engine must match and beat. One thread. Its
 * match keys follow the profile's steps outside LanguageTool too (text composed, accepted UN wording dropped).
 */
public final class PlainLanguageTool {

    private final JLanguageTool tool;
    private final UnStyleProfile profile;

    public PlainLanguageTool(UnLanguage language) {
        profile = UnStyleProfile.load().get(language);
        tool = new JLanguageTool(Languages.getLanguageForShortCode(profile.languageToolCode()));
        profile.disabledRules().keySet().forEach(tool::disableRule);
    }

    /** The matches of the text as {@code RULE_ID@start-end}, in LanguageTool's order. */
    public List<String> matchKeys(String text) {
        ComposedText composed = ComposedText.of(text);
        List<LanguageMatch> found = matches(composed.composed()).stream()
                .map(m -> InProcessLanguageChecker.map(m, composed.composed()))
                .toList();
        return profile.withoutAccepted(composed.composed(), found).stream()
                .map(composed::toOriginal)
                .map(m -> key(m.ruleId(), m.start(), m.end()))
                .toList();
    }

    /** The suggestions plain LanguageTool gives for the match of the rule at this place, or null without one. */
    public List<String> suggestions(String text, String ruleId, int start, int end) {
        return matches(text).stream()
                .filter(m -> m.getRule().getId().equals(ruleId) && m.getFromPos() == start && m.getToPos() == end)
                .findFirst()
                .map(RuleMatch::getSuggestedReplacements)
                .orElse(null);
    }

    /** Checks the text and forgets the result (what the benchmark times). */
    public int check(String text) {
        return matches(text).size();
    }

    public static String key(String ruleId, int start, int end) {
        return ruleId + "@" + start + "-" + end;
    }

    private List<RuleMatch> matches(String text) {
        try {
            return tool.check(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
