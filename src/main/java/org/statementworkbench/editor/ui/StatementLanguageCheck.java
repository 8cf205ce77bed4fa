package org.statementworkbench.editor.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.editor.IssueIgnoreService;
import org.statementworkbench.languagecheck.BatchCheck;
import org.statementworkbench.languagecheck.CheckRequest;
import org.statementworkbench.languagecheck.CheckResult;
import org.statementworkbench.languagecheck.LanguageCheckService;
import org.statementworkbench.languagecheck.LanguageMatch;
import org.statementworkbench.languagecheck.LanguageRuleService;
import org.statementworkbench.languagecheck.MatchKind;
import org.statementworkbench.languagecheck.RuleSettings;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.TranslationService;

/**
 * A LanguageTool check of every translated segment of a statement in some target languages: reads the targets
 * (without formatting markers) with the rules in force for each language, hands them to
 * {@link LanguageCheckService#checkAll} and sums up what came back, the matches ignored (through
 * {@link IssueIgnoreService}, as in the issues panel) left out. Empty targets are
 * not checked. Reading needs the signed-in user; the check itself runs on the language check threads.
 */
final class StatementLanguageCheck {

    private static final int PAGE = 500;

    /** A segment translation with matches. */
    record Flagged(long segmentId, int number, UnLanguage language, int matches, String firstMessage) {}

    /** What the check found in one language. */
    record LanguageTotals(UnLanguage language, int texts, int checked, int notChecked, Map<MatchKind, Integer> kinds) {
        int matches() {
            return kinds.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The outcome of a check: complete, or cancelled after {@code done} of {@code total} texts. */
    record Summary(boolean cancelled, int done, int total, List<LanguageTotals> languages, List<Flagged> flagged) {}

    private record Text(long segmentId, int number, UnLanguage language) {}

    private final List<UnLanguage> languages;
    private final List<CheckRequest> requests = new ArrayList<>();
    private final Map<String, Text> texts = new HashMap<>();
    /** By language and segment id: the LanguageTool matches ignored there. */
    private final Map<UnLanguage, Map<Long, LanguageIgnores>> ignored;

    private StatementLanguageCheck(
            List<UnLanguage> languages,
            List<MultiLanguageRow> rows,
            Map<UnLanguage, RuleSettings> settings,
            Map<UnLanguage, Map<Long, LanguageIgnores>> ignored) {
        this.languages = List.copyOf(languages);
        this.ignored = ignored;
        for (MultiLanguageRow row : rows) {
            for (UnLanguage language : languages) {
                String plain = SegmentEditor.plainText(row.target(language).text());
                if (!plain.isBlank()) {
                    String key = row.segmentId() + "/" + language.code();
                    texts.put(key, new Text(row.segmentId(), row.number(), language));
                    requests.add(new CheckRequest(key, language, plain, entry(settings, language)));
                }
            }
        }
    }

    /** Reads the statement's targets in {@code languages} and the rules and ignores that apply to them. */
    static StatementLanguageCheck prepare(
            TranslationService translations,
            LanguageRuleService rules,
            IssueIgnoreService ignores,
            long statementId,
            List<UnLanguage> languages) {
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one language to check.");
        }
        List<MultiLanguageRow> rows = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<MultiLanguageRow> page = translations.rowsInAllLanguages(
                    statementId, languages.getFirst(), SegmentQuery.all(), offset, PAGE);
            rows.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
        }
        Map<UnLanguage, RuleSettings> settings = new EnumMap<>(UnLanguage.class);
        Map<UnLanguage, Map<Long, LanguageIgnores>> ignored = new EnumMap<>(UnLanguage.class);
        for (UnLanguage language : languages) {
            settings.put(language, rules.settingsFor(statementId, language));
            Map<Long, LanguageIgnores> bySegment = new HashMap<>();
            ignores.ignoredInStatement(statementId, language)
                    .forEach((segmentId, found) -> bySegment.put(segmentId, LanguageIgnores.of(found)));
            ignored.put(language, bySegment);
        }
        return new StatementLanguageCheck(languages, rows, settings, ignored);
    }

    int total() {
        return requests.size();
    }

    BatchCheck start(LanguageCheckService checks, BiConsumer<Integer, Integer> progress) {
        return checks.checkAll(requests, progress);
    }

    /** Sums up the results of a finished or cancelled check. */
    Summary summarize(Map<String, CheckResult> results, boolean cancelled, int done) {
        Map<UnLanguage, int[]> counts = new EnumMap<>(UnLanguage.class);
        Map<UnLanguage, Map<MatchKind, Integer>> kinds = new EnumMap<>(UnLanguage.class);
        for (UnLanguage language : languages) {
            counts.put(language, new int[3]);
            kinds.put(language, new EnumMap<>(MatchKind.class));
        }
        for (Text text : texts.values()) {
            entry(counts, text.language())[0]++;
        }
        List<Flagged> flagged = new ArrayList<>();
        results.forEach((key, result) -> {
            Text text = texts.get(key);
            if (text == null) {
                return;
            }
            int[] c = entry(counts, text.language());
            if (!result.checked()) {
                c[2]++;
                return;
            }
            c[1]++;
            List<LanguageMatch> visible = ignored.getOrDefault(text.language(), Map.of())
                    .getOrDefault(text.segmentId(), LanguageIgnores.NONE)
                    .visible(result.matches(), result.text());
            for (LanguageMatch m : visible) {
                entry(kinds, text.language()).merge(m.kind(), 1, Integer::sum);
            }
            if (!visible.isEmpty()) {
                flagged.add(new Flagged(
                        text.segmentId(),
                        text.number(),
                        text.language(),
                        visible.size(),
                        visible.getFirst().message()));
            }
        });
        flagged.sort(Comparator.comparingInt(Flagged::number).thenComparing(Flagged::language));
        List<LanguageTotals> totals = languages.stream()
                .map(l -> new LanguageTotals(
                        l, entry(counts, l)[0], entry(counts, l)[1], entry(counts, l)[2], Map.copyOf(entry(kinds, l))))
                .toList();
        return new Summary(cancelled, done, total(), totals, List.copyOf(flagged));
    }

    /** The maps here have an entry for each of {@code languages}, and every text is in one of them. */
    private static <V> V entry(Map<UnLanguage, V> map, UnLanguage language) {
        return Objects.requireNonNull(map.get(language), () -> "no entry for " + language);
    }
}
