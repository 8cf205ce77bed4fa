package org.statementworkbench.editor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.languagecheck.BatchCheck;
import org.statementworkbench.languagecheck.CheckRequest;
import org.statementworkbench.languagecheck.CheckResult;
import org.statementworkbench.languagecheck.LanguageCheckService;
import org.statementworkbench.languagecheck.LanguageMatch;
import org.statementworkbench.languagecheck.LanguageRuleService;
import org.statementworkbench.languagecheck.RuleSettings;
import org.statementworkbench.qa.CheckProfile;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentText;

/**
 * LanguageTool's part of the QA report: every non-empty target (without formatting markers) of the reported languages
 * goes to {@link LanguageCheckService#checkAll} in one batch, with the rules in force for the statement and language,
 * on the bounded batch check threads (in process or on the LanguageTool servers, as configured); texts checked before
 * come from its cache. Rules switched off are left out (ignored issues are marked by the report, for every family), as in the editor;
 * the statement's check profile switches the {@code lt} family (or single rules) off and rates what is left. The
 * issues' spans lie in the plain target.
 */
@Component
class ReportLanguageTool {

    /** The LanguageTool issues of one language, by segment id, and the texts it could not check (and why). */
    record Found(
            Map<Long, List<Issue>> bySegment,
            int notChecked,
            @Nullable String reason) {

        static final Found NONE = new Found(Map.of(), 0, null);

        List<Issue> of(long segmentId) {
            return bySegment.getOrDefault(segmentId, List.of());
        }
    }

    private record Text(long segmentId, UnLanguage language) {}

    private static final long POLL_MILLIS = 200;

    private final LanguageCheckService checks;
    private final LanguageRuleService rules;

    ReportLanguageTool(LanguageCheckService checks, LanguageRuleService rules) {
        this.checks = checks;
        this.rules = rules;
    }

    /**
     * Checks the targets of {@code rows} (by language) and waits for the answers; {@code progress} hears the share of
     * texts done (0 to 1) as each segment translation is answered. Needs the signed-in user (rules and ignores).
     */
    Map<UnLanguage, Found> check(
            long statementId,
            Map<UnLanguage, List<SegmentRow>> rows,
            CheckProfile profile,
            DoubleConsumer progress,
            BooleanSupplier cancelled) {
        Map<UnLanguage, Found> found = new EnumMap<>(UnLanguage.class);
        if (!profile.runs(CheckId.LANGUAGE_TOOL)) {
            rows.keySet().forEach(l -> found.put(l, Found.NONE));
            progress.accept(1);
            return found;
        }
        List<CheckRequest> requests = new ArrayList<>();
        Map<String, Text> texts = new HashMap<>();
        rows.forEach((language, languageRows) -> {
            RuleSettings settings = rules.settingsFor(statementId, language);
            for (SegmentRow row : languageRows) {
                String plain = SegmentText.plain(row.target().text());
                if (!plain.isBlank()) {
                    String key = row.segmentId() + "/" + language.code();
                    texts.put(key, new Text(row.segmentId(), language));
                    requests.add(new CheckRequest(key, language, plain, settings));
                }
            }
        });
        BatchCheck batch = checks.checkAll(requests, (done, total) -> progress.accept((double) done / total));
        Map<String, CheckResult> results = await(batch, cancelled);
        Map<UnLanguage, Map<Long, List<Issue>>> issues = new EnumMap<>(UnLanguage.class);
        Map<UnLanguage, Integer> notChecked = new EnumMap<>(UnLanguage.class);
        Map<UnLanguage, String> reasons = new EnumMap<>(UnLanguage.class);
        for (CheckRequest request : requests) {
            Text text = texts.get(request.key());
            CheckResult result = results.get(request.key());
            if (text == null) {
                continue;
            }
            if (result == null || !result.checked()) {
                notChecked.merge(text.language(), 1, Integer::sum);
                reasons.putIfAbsent(
                        text.language(), result == null || result.reason() == null ? "not answered" : result.reason());
                continue;
            }
            // ignores (with their reasons, also those made from the popover) are applied by the report to every family
            List<Issue> rated = profile.apply(
                    result.matches().stream().map(LanguageMatch::toIssue).toList());
            if (!rated.isEmpty()) {
                issues.computeIfAbsent(text.language(), l -> new HashMap<>()).put(text.segmentId(), rated);
            }
        }
        progress.accept(1);
        rows.keySet()
                .forEach(l -> found.put(
                        l, new Found(issues.getOrDefault(l, Map.of()), notChecked.getOrDefault(l, 0), reasons.get(l))));
        return found;
    }

    /**
     * The batch's results; when {@code cancelled} turns true meanwhile (nobody waits for this report any more), the
     * texts not yet started are dropped, so that the check threads are free for others.
     */
    private static Map<String, CheckResult> await(BatchCheck batch, BooleanSupplier cancelled) {
        while (true) {
            if (cancelled.getAsBoolean()) {
                batch.cancel();
                throw new CancellationException("The report is no longer wanted.");
            }
            try {
                return batch.results().get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // look again whether the report is still wanted
            } catch (InterruptedException e) {
                batch.cancel();
                Thread.currentThread().interrupt();
                throw new CancellationException("Interrupted.");
            } catch (ExecutionException e) {
                throw new IllegalStateException("The LanguageTool check failed: " + e.getCause(), e);
            }
        }
    }
}
