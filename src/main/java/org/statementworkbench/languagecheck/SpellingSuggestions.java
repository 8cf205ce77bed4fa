package org.statementworkbench.languagecheck;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.hunspell.HunspellRule;
import org.languagetool.rules.spelling.morfologik.MorfologikSpellerRule;

/**
 * Spelling suggestions on request, for the matches the pooled tools report without them: the spelling rule of a
 * LanguageTool instance with LanguageTool's default settings (suggestions on) runs on the one sentence that holds
 * the match, so the suggestions are those plain LanguageTool would have given. One instance per language, created on
 * first use; one request at a time (a person opening a match).
 */
final class SpellingSuggestions {

    private final Language language;
    private @Nullable JLanguageTool tool;
    private final Map<String, @Nullable Rule> rules = new HashMap<>();

    SpellingSuggestions(Language language) {
        this.language = language;
    }

    /** Whether matches of this rule come without their suggestions from a pooled tool. */
    static boolean deferred(Rule rule) {
        return rule instanceof HunspellRule || rule instanceof MorfologikSpellerRule;
    }

    /** The suggestions of the spelling match of {@code ruleId} at {@code [start, end)} in {@code text}. */
    synchronized List<String> of(String text, String ruleId, int start, int end) throws IOException {
        JLanguageTool full = tool != null ? tool : (tool = new JLanguageTool(language));
        Rule rule = rules.computeIfAbsent(
                ruleId,
                id -> full.getAllRules().stream()
                        .filter(r -> r.getId().equals(id))
                        .findFirst()
                        .orElse(null));
        if (rule == null) {
            return List.of();
        }
        List<String> sentences = full.sentenceTokenize(text);
        List<AnalyzedSentence> analyzed = full.analyzeText(text);
        int offset = 0;
        for (int i = 0; i < sentences.size() && i < analyzed.size(); i++) {
            int length = sentences.get(i).length();
            if (start >= offset && start < offset + length) {
                for (RuleMatch m : rule.match(analyzed.get(i))) {
                    if (m.getFromPos() + offset == start && m.getToPos() + offset == end) {
                        return List.copyOf(m.getSuggestedReplacements());
                    }
                }
                return List.of();
            }
            offset += length;
        }
        return List.of();
    }
}
