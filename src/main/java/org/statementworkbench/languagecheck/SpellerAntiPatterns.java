package org.statementworkbench.languagecheck;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.languagetool.AnalyzedSentence;
import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.PatternToken;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.languagetool.tagging.disambiguation.rules.DisambiguationPatternRule;

/**
 * The exceptions of one spelling rule, narrowed to the text being checked. LanguageTool turns every multi-word entry
 * of a spelling rule's word list into an anti-pattern (about 27,000 in Arabic and Russian, 30,000 in French) and
 * tries all of them on every sentence before looking for misspellings: most of the cost of the spelling rule. An
 * anti-pattern can only apply to a sentence that contains the words it requires, and LanguageTool itself skips it
 * when one is missing ({@code canBeIgnoredFor}). So before each check this keeps in the rule's list only the
 * anti-patterns whose required word occurs in the text's analyzed tokens (or lemmas), in their original order; those
 * it drops would have been skipped on every sentence anyway, and the rule finds exactly the same misspellings.
 */
final class SpellerAntiPatterns {

    /** Below this many anti-patterns narrowing costs more than it saves. */
    static final int WORTH_NARROWING = 200;

    private final String ruleId;
    private final List<DisambiguationPatternRule> all;
    private final List<DisambiguationPatternRule> live;
    private final Map<String, int[]> byForm;
    private final Map<String, int[]> byLemma;
    private final int[] always;

    private SpellerAntiPatterns(Rule rule) {
        this.ruleId = rule.getId();
        this.live = rule.getAntiPatterns();
        this.all = List.copyOf(live);
        Map<String, List<Integer>> forms = new HashMap<>();
        Map<String, List<Integer>> lemmas = new HashMap<>();
        List<Integer> unindexed = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            PatternToken required = mostSelective(all.get(i).getPatternTokens());
            if (required == null) {
                unindexed.add(i);
            } else {
                // the keys LanguageTool's own hints use: lower case in the default locale (AnalyzedSentence does so)
                (required.isInflected() ? lemmas : forms)
                        .computeIfAbsent(required.getString().toLowerCase(), k -> new ArrayList<>())
                        .add(i);
            }
        }
        this.byForm = arrays(forms);
        this.byLemma = arrays(lemmas);
        this.always = unindexed.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The narrowable anti-pattern lists of the tool's spelling rules (each rule's list must be its own, mutable). */
    static List<SpellerAntiPatterns> of(List<Rule> rules) {
        List<SpellerAntiPatterns> found = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule instanceof SpellingCheckRule
                    && rule.getAntiPatterns() instanceof ArrayList<?>
                    && rule.getAntiPatterns().size() >= WORTH_NARROWING) {
                found.add(new SpellerAntiPatterns(rule));
            }
        }
        return found;
    }

    /** Keeps in the rule's list the anti-patterns that may apply to one of these sentences, in their order. */
    void narrowTo(List<AnalyzedSentence> sentences) {
        BitSet keep = new BitSet(all.size());
        for (int i : always) {
            keep.set(i);
        }
        for (AnalyzedSentence sentence : sentences) {
            mark(sentence.getTokenSet(), byForm, keep);
            mark(sentence.getLemmaSet(), byLemma, keep);
        }
        live.clear();
        for (int i = keep.nextSetBit(0); i >= 0; i = keep.nextSetBit(i + 1)) {
            live.add(all.get(i));
        }
    }

    /** Puts the rule's full list back. */
    void restore() {
        live.clear();
        live.addAll(all);
    }

    String ruleId() {
        return ruleId;
    }

    int size() {
        return all.size();
    }

    private static void mark(Set<String> keys, Map<String, int[]> index, BitSet keep) {
        if (index.isEmpty()) {
            return;
        }
        for (String key : keys) {
            int[] patterns = index.get(key);
            if (patterns != null) {
                for (int i : patterns) {
                    keep.set(i);
                }
            }
        }
    }

    /**
     * The longest token an anti-pattern cannot match without: a plain word (no regular expression, no negation, no
     * alternatives, not optional); {@code null} if it has none, and then it is always tried.
     */
    private static @Nullable PatternToken mostSelective(List<PatternToken> tokens) {
        PatternToken best = null;
        for (PatternToken t : tokens) {
            String word = t.getString();
            if (word == null
                    || word.isEmpty()
                    || t.isRegularExpression()
                    || t.getNegation()
                    || t.hasOrGroup()
                    || t.isReferenceElement()
                    || t.getMinOccurrence() < 1) {
                continue;
            }
            if (best == null || word.length() > best.getString().length()) {
                best = t;
            }
        }
        return best;
    }

    private static Map<String, int[]> arrays(Map<String, List<Integer>> lists) {
        Map<String, int[]> out = new HashMap<>(lists.size() * 2);
        lists.forEach(
                (k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }
}
