package org.statementworkbench.languagecheck;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.statementworkbench.base.UnLanguage;

/**
 * LanguageTool in this process: per language a pool of instances sharing one loaded {@link org.languagetool.Language}
 * ({@link LanguageToolPool}), each set up to find the same matches as plain LanguageTool much faster
 * ({@link PooledLanguageTool}); spelling suggestions are computed when asked for ({@link SpellingSuggestions}).
 * Thread-safe; a check waits while all instances of its language are busy.
 */
public class InProcessLanguageChecker implements LanguageChecker {

    /** A text taking longer than this is reported as not checked. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final Map<UnLanguage, LanguageToolPool> pools = new EnumMap<>(UnLanguage.class);
    private final Map<UnLanguage, UnStyleProfile> profiles;
    private final Map<UnLanguage, Boolean> warm = new ConcurrentHashMap<>();
    private final Duration timeout;

    /**
     * @param poolSize how many checks of one language may run at once (one LanguageTool instance each)
     * @param timeout how long one text may take before it is reported as not checked
     */
    public InProcessLanguageChecker(Map<UnLanguage, UnStyleProfile> profiles, int poolSize, Duration timeout) {
        for (UnLanguage language : UnLanguage.values()) {
            UnStyleProfile profile = profiles.get(language);
            if (profile == null) {
                throw new IllegalArgumentException("no UN style profile for " + language.englishName());
            }
            pools.put(language, new LanguageToolPool(profile, poolSize));
        }
        this.profiles = Map.copyOf(profiles);
        this.timeout = timeout;
    }

    /** These profiles, as many instances per language as there are processors, 10 s per text. */
    public InProcessLanguageChecker(Map<UnLanguage, UnStyleProfile> profiles) {
        this(profiles, Math.max(1, Runtime.getRuntime().availableProcessors()), DEFAULT_TIMEOUT);
    }

    /** The UN style profiles, as many instances per language as there are processors, 10 s per text. */
    public InProcessLanguageChecker() {
        this(UnStyleProfile.load());
    }

    @Override
    public List<LanguageMatch> check(UnLanguage language, String text, RuleSettings settings) {
        LanguageToolPool pool = pool(language);
        PooledLanguageTool tool = pool.borrow(ready(language) ? timeout.toMillis() : Long.MAX_VALUE);
        warm.putIfAbsent(language, true);
        try {
            ComposedText composed = ComposedText.of(text);
            List<RuleMatch> found = tool.matches(composed.composed(), settings, timeout);
            List<LanguageMatch> matches = new ArrayList<>(found.size());
            for (RuleMatch match : found) {
                matches.add(map(match, composed.composed()));
            }
            return profile(language).withoutAccepted(composed.composed(), matches).stream()
                    .map(composed::toOriginal)
                    .toList();
        } finally {
            pool.giveBack(tool);
        }
    }

    @Override
    public List<String> suggestions(UnLanguage language, String text, LanguageMatch match) {
        if (!match.suggestionsPending()) {
            return match.suggestions();
        }
        try {
            ComposedText composed = ComposedText.of(text);
            return pool(language)
                    .suggestions()
                    .of(
                            composed.composed(),
                            match.ruleId(),
                            composed.toComposed(match.start()),
                            composed.toComposed(match.end()));
        } catch (IOException | RuntimeException e) {
            throw new LanguageCheckException("LanguageTool could not compute suggestions: " + e.getMessage(), e);
        }
    }

    /** Loads the language and makes its first instance ready (its spelling rules' word lists included). */
    @Override
    public void warmUp(UnLanguage language) {
        LanguageToolPool pool = pool(language);
        pool.giveBack(pool.borrow(Long.MAX_VALUE));
        warm.put(language, true);
    }

    // The constructor made a pool for every language and refused profiles missing one.
    private LanguageToolPool pool(UnLanguage language) {
        return Objects.requireNonNull(pools.get(language), () -> "no LanguageTool pool for " + language);
    }

    private UnStyleProfile profile(UnLanguage language) {
        return Objects.requireNonNull(profiles.get(language), () -> "no UN style profile for " + language);
    }

    @Override
    public boolean ready(UnLanguage language) {
        return warm.getOrDefault(language, false);
    }

    static LanguageMatch map(RuleMatch match, String text) {
        Rule rule = match.getRule();
        int start = Math.max(0, Math.min(match.getFromPos(), text.length()));
        int end = Math.max(start, Math.min(match.getToPos(), text.length()));
        boolean deferred = SpellingSuggestions.deferred(rule);
        return new LanguageMatch(
                LanguageMatch.idOf(rule.getId(), start, end, text.substring(start, end)),
                rule.getId(),
                rule.getDescription(),
                rule.getCategory().getId().toString(),
                kindOf(rule),
                start,
                end,
                plain(match.getMessage()),
                plain(match.getShortMessage()),
                deferred ? List.of() : match.getSuggestedReplacements(),
                deferred);
    }

    static MatchKind kindOf(Rule rule) {
        ITSIssueType type = rule.getLocQualityIssueType();
        if (rule.isDictionaryBasedSpellingRule() || type == ITSIssueType.Misspelling) {
            return MatchKind.SPELLING;
        }
        return switch (type) {
            case Style, Register, LocaleViolation, Duplication, Inconsistency -> MatchKind.STYLE;
            default -> MatchKind.GRAMMAR;
        };
    }

    /** LanguageTool marks suggestions in messages with {@code <suggestion>} tags; the editor shows plain text. */
    static String plain(String message) {
        return message.replace("<suggestion>", "\u201c").replace("</suggestion>", "\u201d");
    }
}
