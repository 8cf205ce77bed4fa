package org.statementworkbench.languagecheck;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.languagetool.AnalyzedSentence;
import org.languagetool.CheckResults;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.RuleMatchListener;
import org.languagetool.ToneTag;
import org.languagetool.UserConfig;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.RuleSet;

/**
 * One LanguageTool instance of a pool (not thread-safe: one check at a time), set up to find the same matches as
 * plain LanguageTool with the same rules, at a fraction of the cost:
 * <ul>
 * <li>spelling suggestions are not computed during the check (LanguageTool's own switch,
 * {@code UserConfig.isSuggestionsEnabled}); {@link SpellingSuggestions} computes them when a person opens a match.
 * Arabic's Hunspell rule otherwise computes them for every misspelling, and French's match filter forces the lazy
 * ones of Morfologik;</li>
 * <li>the spelling rules' tens of thousands of multi-word exceptions are narrowed to the words of the text before
 * the rules run ({@link SpellerAntiPatterns});</li>
 * <li>a check that runs past its deadline is stopped between two rules and reported as not checked.</li>
 * </ul>
 */
final class PooledLanguageTool extends JLanguageTool {

    private final Set<String> profileDisabled;
    private Set<String> extraDisabled = Set.of();
    private List<SpellerAntiPatterns> narrowable = List.of();
    private boolean narrowingPrepared;
    private long deadline = Long.MAX_VALUE;
    private boolean timedOut;

    PooledLanguageTool(Language language, UnStyleProfile profile) {
        super(language, null, null, withoutSuggestions());
        this.profileDisabled = Set.copyOf(profile.disabledRules().keySet());
        disableRules(new ArrayList<>(profileDisabled));
        setCheckCancelledCallback(() -> {
            if (System.nanoTime() - deadline > 0) {
                timedOut = true;
            }
            return timedOut;
        });
    }

    /**
     * Loads what LanguageTool loads on first use (the spelling rules' word lists, the rule index) and prepares the
     * narrowing of the spelling exceptions, so that checks are fast and their time-out is about the text only.
     */
    void warmUp() {
        for (int i = 0; i < 2; i++) {
            matches(WARM_UP, RuleSettings.DEFAULT, Duration.ofDays(1));
        }
    }

    private static final String WARM_UP =
            "Warm-up of the checker. Préparation. Подготовка. إعداد المدقق. Preparación. 准备。";

    /** LanguageTool's default user settings, but with spelling suggestions off. */
    static UserConfig withoutSuggestions() {
        return new UserConfig(
                new ArrayList<>(),
                new ArrayList<>(),
                new HashMap<>(),
                0,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                false,
                new ArrayList<>(),
                false,
                false,
                false,
                UserConfig.TokenType.NO_TOKEN,
                false);
    }

    /**
     * The matches of the text with the profile's rules minus those in {@code settings}.
     *
     * @throws LanguageCheckException when LanguageTool fails or takes longer than {@code timeout}
     */
    List<RuleMatch> matches(String text, RuleSettings settings, Duration timeout) {
        use(settings);
        timedOut = false;
        deadline = System.nanoTime() + timeout.toNanos();
        try {
            List<RuleMatch> found = check(text);
            if (timedOut) {
                throw timedOut(timeout);
            }
            return found;
        } catch (IOException | RuntimeException e) {
            if (timedOut) {
                throw timedOut(timeout);
            }
            if (e instanceof LanguageCheckException known) {
                throw known;
            }
            throw new LanguageCheckException("LanguageTool failed on this text: " + e, e);
        } finally {
            deadline = Long.MAX_VALUE;
        }
    }

    private static LanguageCheckException timedOut(Duration timeout) {
        return new LanguageCheckException("LanguageTool took longer than " + timeout.toMillis() + " ms on this text");
    }

    /** Switches the rules of {@code settings} off and those of the previous settings back on (unless the profile has them off). */
    private void use(RuleSettings settings) {
        Set<String> wanted = settings.disabledRules();
        if (wanted.equals(extraDisabled)) {
            return;
        }
        Set<String> back = new TreeSet<>(extraDisabled);
        back.removeAll(wanted);
        back.removeAll(profileDisabled);
        // removing from the disabled set undoes a disableRule without enabling a rule that is off by default
        getDisabledRules().removeAll(back);
        disableRules(new ArrayList<>(wanted));
        extraDisabled = Set.copyOf(wanted);
    }

    @Override
    protected CheckResults performCheck(
            List<AnalyzedSentence> analyzedSentences,
            List<String> sentenceTexts,
            RuleSet ruleSet,
            ParagraphHandling paraMode,
            AnnotatedText annotatedText,
            RuleMatchListener listener,
            Mode mode,
            Level level,
            boolean checkRemoteRules,
            Set<ToneTag> toneTags)
            throws IOException {
        for (SpellerAntiPatterns speller : narrowable) {
            speller.narrowTo(analyzedSentences);
        }
        CheckResults results = super.performCheck(
                analyzedSentences,
                sentenceTexts,
                ruleSet,
                paraMode,
                annotatedText,
                listener,
                mode,
                level,
                checkRemoteRules,
                toneTags);
        if (!narrowingPrepared && !analyzedSentences.isEmpty()) {
            // after the first check: spelling rules load their word lists (and exceptions) on first use
            narrowable = SpellerAntiPatterns.of(getAllRules());
            narrowingPrepared = true;
        }
        return results;
    }

    /** The spelling rules whose exceptions are narrowed, with how many exceptions each has (for logs and tests). */
    List<String> narrowedRules() {
        return narrowable.stream()
                .map(s -> s.ruleId() + " (" + s.size() + " exceptions)")
                .toList();
    }
}
