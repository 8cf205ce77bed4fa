package org.statementworkbench.languagecheck;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.statementworkbench.base.UnLanguage;

/**
 * LanguageTool in this process: one shared {@link Language} per language and a pool of {@link JLanguageTool}
 * instances (they are not thread-safe; each check borrows one and returns it). Rule settings are applied to the
 * borrowed instance for the check and undone before it goes back.
 */
public class InProcessLanguageChecker implements LanguageChecker {

    private final Map<UnLanguage, UnStyleProfile> profiles;
    private final Map<UnLanguage, Language> languages = new ConcurrentHashMap<>();
    private final Map<UnLanguage, ConcurrentLinkedQueue<JLanguageTool>> pools = new EnumMap<>(UnLanguage.class);
    private final Map<UnLanguage, Boolean> warm = new ConcurrentHashMap<>();

    public InProcessLanguageChecker(Map<UnLanguage, UnStyleProfile> profiles) {
        this.profiles = Map.copyOf(profiles);
        for (UnLanguage language : UnLanguage.values()) {
            pools.put(language, new ConcurrentLinkedQueue<>());
        }
    }

    public InProcessLanguageChecker() {
        this(UnStyleProfile.load());
    }

    @Override
    public List<LanguageMatch> check(UnLanguage language, String text, RuleSettings settings) {
        JLanguageTool tool = borrow(language);
        try {
            settings.disabledRules().forEach(tool::disableRule);
            List<RuleMatch> found = tool.check(text);
            List<LanguageMatch> matches = new ArrayList<>(found.size());
            for (RuleMatch match : found) {
                matches.add(map(match, text));
            }
            return matches;
        } catch (IOException | RuntimeException e) {
            throw new LanguageCheckException("LanguageTool failed on this text: " + e.getMessage(), e);
        } finally {
            settings.disabledRules().forEach(tool::enableRule);
            giveBack(language, tool);
        }
    }

    @Override
    public List<String> suggestions(UnLanguage language, String text, LanguageMatch match) {
        JLanguageTool tool = borrow(language);
        try {
            for (RuleMatch found : tool.check(text)) {
                if (found.getRule().getId().equals(match.ruleId()) && found.getFromPos() == match.start()
                        && found.getToPos() == match.end()) {
                    return List.copyOf(found.getSuggestedReplacements());
                }
            }
            return List.of();
        } catch (IOException | RuntimeException e) {
            throw new LanguageCheckException("LanguageTool could not compute suggestions: " + e.getMessage(), e);
        } finally {
            giveBack(language, tool);
        }
    }

    @Override
    public void warmUp(UnLanguage language) {
        JLanguageTool tool = borrow(language);
        try {
            tool.check("Warm-up.");
        } catch (IOException e) {
            throw new LanguageCheckException("LanguageTool could not load " + language.englishName(), e);
        } finally {
            giveBack(language, tool);
        }
        warm.put(language, true);
    }

    @Override
    public boolean ready(UnLanguage language) {
        return warm.getOrDefault(language, false);
    }

    private JLanguageTool borrow(UnLanguage language) {
        JLanguageTool tool = pools.get(language).poll();
        return tool != null ? tool : create(language);
    }

    private void giveBack(UnLanguage language, JLanguageTool tool) {
        pools.get(language).offer(tool);
    }

    private JLanguageTool create(UnLanguage language) {
        UnStyleProfile profile = profiles.get(language);
        Language lt = languages.computeIfAbsent(language,
                l -> Languages.getLanguageForShortCode(profile.languageToolCode()));
        JLanguageTool tool = new JLanguageTool(lt);
        profile.disabledRules().keySet().forEach(tool::disableRule);
        return tool;
    }

    static LanguageMatch map(RuleMatch match, String text) {
        Rule rule = match.getRule();
        int start = Math.max(0, Math.min(match.getFromPos(), text.length()));
        int end = Math.max(start, Math.min(match.getToPos(), text.length()));
        return new LanguageMatch(LanguageMatch.idOf(rule.getId(), start, end, text.substring(start, end)),
                rule.getId(), rule.getDescription(), rule.getCategory().getId().toString(), kindOf(rule), start, end,
                plain(match.getMessage()), plain(match.getShortMessage()), List.of(), true);
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
