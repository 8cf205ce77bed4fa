package org.statementworkbench.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.languagecheck.LanguageCheckException;
import org.statementworkbench.languagecheck.LanguageChecker;
import org.statementworkbench.languagecheck.LanguageMatch;
import org.statementworkbench.languagecheck.RuleSettings;

/**
 * LanguageTool's matches in the target text of each unit as QA issues ({@link LanguageMatch#toIssue()}: check id
 * {@code lt.<RULE_ID>}, the severity of the rule's category, LanguageTool's message, the target span). A unit LanguageTool
 * could not check (an error or time-out) gets one {@code lt.not-checked} warning with the reason; untranslated units
 * are skipped. Units are checked on a few threads at once; issues come back in unit order.
 */
public final class LanguageToolIssueProvider implements IssueProvider {

    /** A unit LanguageTool could not check. */
    public static final CheckId NOT_CHECKED = CheckId.languageTool("not-checked");

    private final LanguageChecker checker;
    private final UnLanguage language;
    private final int threads;

    /**
     * @param checker any engine: in-process, LanguageTool servers, or one wrapped to accept the glossary's terms
     * @param threads how many units are checked at once
     */
    public LanguageToolIssueProvider(LanguageChecker checker, UnLanguage language, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.checker = checker;
        this.language = language;
        this.threads = threads;
    }

    /**
     * Loads the language (in-process) or makes sure a server answers, before any unit is checked.
     *
     * @throws QaInputException with the engine's one-line reason, e.g. a LanguageTool server that does not answer
     */
    public void warmUp() {
        try {
            checker.warmUp(language);
        } catch (LanguageCheckException e) {
            throw new QaInputException(e.getMessage(), e);
        }
    }

    @Override
    public Findings check(List<QaUnit> units) {
        List<Future<List<UnitIssue>>> checks = new ArrayList<>(units.size());
        try (ExecutorService pool = Executors.newFixedThreadPool(
                threads,
                Thread.ofPlatform().daemon().name("qa-languagetool-", 1).factory())) {
            for (QaUnit unit : units) {
                checks.add(pool.submit(() -> check(unit)));
            }
            List<UnitIssue> issues = new ArrayList<>();
            for (Future<List<UnitIssue>> check : checks) {
                issues.addAll(check.get());
            }
            return new Findings(issues, Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the LanguageTool check was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private List<UnitIssue> check(QaUnit unit) {
        if (unit.target().isBlank()) {
            return List.of();
        }
        try {
            return checker.check(language, unit.target(), RuleSettings.DEFAULT).stream()
                    .map(m -> new UnitIssue(unit.id(), m.toIssue()))
                    .toList();
        } catch (LanguageCheckException e) {
            return List.of(new UnitIssue(
                    unit.id(),
                    new Issue(
                            NOT_CHECKED,
                            Severity.WARNING,
                            "LanguageTool could not check this unit: " + e.getMessage(),
                            null,
                            null)));
        }
    }
}
