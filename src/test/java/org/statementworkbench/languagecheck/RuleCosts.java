package org.statementworkbench.languagecheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.Tag;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.TextLevelRule;
import org.languagetool.rules.patterns.RuleSet;
import org.statementworkbench.base.UnLanguage;

/**
 * Where plain LanguageTool spends its time in one language: sentence analysis (tokenizing, tagging,
 * disambiguation), each rule's match over the analyzed sentences (the rules a default check runs, prefiltered as
 * LanguageTool prefilters them), and computing the suggestions of spelling matches. Thread CPU time on SDG
 * sentences, in ms per sentence; what {@code ./workbench bench languagetool-rules} prints.
 */
public final class RuleCosts {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private RuleCosts() {}

    /** One line: analysis, suggestions and the {@code top} costliest rules of the language. */
    public static String of(UnLanguage language, int sentences, int top) {
        UnStyleProfile profile = UnStyleProfile.load().get(language);
        JLanguageTool tool = new JLanguageTool(Languages.getLanguageForShortCode(profile.languageToolCode()));
        profile.disabledRules().keySet().forEach(tool::disableRule);
        List<String> sample = SdgSentences.sample(language, sentences);
        try {
            for (String s : sample.subList(0, Math.min(20, sample.size()))) {
                tool.check(s); // loads what loads on first use
            }
            List<Rule> active = new ArrayList<>(tool.getAllActiveRules());
            active.removeIf(r -> r.hasTag(Tag.picky) || !r.getToneTags().isEmpty() && r.isGoalSpecific());
            RuleSet rules = RuleSet.textLemmaHinted(active);
            Map<String, Long> cost = new HashMap<>();
            long analysis = 0;
            long suggestions = 0;
            for (String s : sample) {
                long start = CPU.getCurrentThreadCpuTime();
                List<AnalyzedSentence> analyzed = tool.analyzeText(s);
                analysis += CPU.getCurrentThreadCpuTime() - start;
                for (AnalyzedSentence sentence : analyzed) {
                    for (Rule rule : rules.rulesForSentence(sentence)) {
                        start = CPU.getCurrentThreadCpuTime();
                        RuleMatch[] found = rule instanceof TextLevelRule text
                                ? text.match(List.of(sentence))
                                : rule.match(sentence);
                        cost.merge(rule.getId(), CPU.getCurrentThreadCpuTime() - start, Long::sum);
                        if (SpellingSuggestions.deferred(rule)) {
                            start = CPU.getCurrentThreadCpuTime();
                            for (RuleMatch m : found) {
                                m.getSuggestedReplacements();
                            }
                            suggestions += CPU.getCurrentThreadCpuTime() - start;
                        }
                    }
                }
            }
            double n = sample.size() * 1e6;
            double rulesTotal =
                    cost.values().stream().mapToLong(Long::longValue).sum() / n;
            StringBuilder line = new StringBuilder(String.format(
                    Locale.ROOT,
                    "| %-2s | analysis %.2f | rules %.2f | lazy spelling suggestions %.2f | top:",
                    language.code(),
                    analysis / n,
                    rulesTotal,
                    suggestions / n));
            cost.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(top)
                    .forEach(e -> line.append(String.format(Locale.ROOT, " %s %.2f;", e.getKey(), e.getValue() / n)));
            return line.append(" |").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
