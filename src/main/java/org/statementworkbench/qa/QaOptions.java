package org.statementworkbench.qa;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.languagecheck.LanguageCheckers;

/**
 * The options of the QA command, parsed and checked ({@code --name value} or {@code --name=value}; flags alone).
 *
 * @param languageTool whether LanguageTool checks the targets too ({@code --languagetool} or
 *     {@code --languagetool-server})
 * @param languageToolServers the LanguageTool servers to use instead of LanguageTool in this process, if any
 * @param glossary the glossary file; null when the terminology checks do not run
 * @param checks the check families to run: {@code term} and the built-in ones ({@link StatementChecks#families()}: segment and statement-wide)
 * @param failOn the severity from which a found issue makes the exit code 1, if any ({@code --fail-on})
 */
record QaOptions(
        boolean help,
        @Nullable Path glossary,
        String sourceLanguage,
        String targetLanguage,
        Path input,
        ReportFormat format,
        @Nullable Path out,
        boolean languageTool,
        List<URI> languageToolServers,
        List<String> checks,
        @Nullable Severity failOn) {

    /** The family of the terminology checks, which need a glossary. */
    static final String TERM = CheckId.TERMINOLOGY;

    private static final List<String> REQUIRED = List.of("--source-lang", "--target-lang", "--input");
    private static final List<String> OPTIONAL =
            List.of("--glossary", "--format", "--out", "--languagetool-server", "--checks", "--fail-on");
    private static final List<String> FLAGS = List.of("--languagetool");

    static QaOptions parse(String[] args) {
        var read = CommandLineValues.read(args, REQUIRED, OPTIONAL, FLAGS, QaCommand.USAGE);
        if (read.isEmpty()) {
            return new QaOptions(
                    true, null, "", "", Path.of("."), ReportFormat.JSON, null, false, List.of(), List.of(), null);
        }
        Map<String, String> values = read.get();
        String source = language(required(values, "--source-lang"), "--source-lang");
        String target = language(required(values, "--target-lang"), "--target-lang");
        Path out = values.containsKey("--out") ? path(values.get("--out"), "--out") : null;
        ReportFormat format;
        if (values.containsKey("--format")) {
            format = ReportFormat.named(values.get("--format"))
                    .orElseThrow(() ->
                            new QaInputException("--format must be json, csv or html, not " + values.get("--format")));
        } else {
            format = out == null
                    ? ReportFormat.JSON
                    : ReportFormat.ofFileName(out.toString()).orElse(ReportFormat.JSON);
        }
        List<URI> servers =
                values.containsKey("--languagetool-server") ? servers(values.get("--languagetool-server")) : List.of();
        boolean languageTool = values.containsKey("--languagetool") || !servers.isEmpty();
        if (languageTool && UnLanguage.fromTag(target).isEmpty()) {
            throw new QaInputException("LanguageTool checks the six UN languages (ar, zh, en, fr, ru, es); "
                    + "--target-lang " + target + " is not one of them");
        }
        Path glossary = values.containsKey("--glossary") ? path(required(values, "--glossary"), "--glossary") : null;
        List<String> checks = checks(values.get("--checks"), glossary != null, source, target);
        if (checks.contains(TERM) && glossary == null) {
            throw new QaInputException("the term checks need --glossary FILE; " + QaCommand.USAGE);
        }
        return new QaOptions(
                false,
                glossary,
                source,
                target,
                path(required(values, "--input"), "--input"),
                format,
                out,
                languageTool,
                servers,
                checks,
                values.containsKey("--fail-on") ? failOn(values.get("--fail-on")) : null);
    }

    /**
     * The families to run: those of {@code --checks}, or by default the term checks when there is a glossary and the
     * built-in checks when both languages are UN languages (they know the conventions of those six only).
     */
    private static List<String> checks(@Nullable String option, boolean glossary, String source, String target) {
        boolean unPair = UnLanguage.fromTag(source).isPresent()
                && UnLanguage.fromTag(target).isPresent();
        List<String> known = new ArrayList<>();
        known.add(TERM);
        known.addAll(StatementChecks.families());
        if (option == null) {
            List<String> checks = new ArrayList<>();
            if (glossary) {
                checks.add(TERM);
            }
            if (unPair) {
                checks.addAll(StatementChecks.families());
            }
            if (checks.isEmpty()) {
                throw new QaInputException("nothing to check: give --glossary FILE for the term checks (the other "
                        + "checks know the six UN languages only)");
            }
            return checks;
        }
        List<String> checks = new ArrayList<>();
        for (String family : option.split(",", -1)) {
            String f = family.strip();
            if (!known.contains(f)) {
                throw new QaInputException(
                        "--checks takes a comma-separated list of " + String.join(", ", known) + "; not '" + f + "'");
            }
            if (!f.equals(TERM) && !unPair) {
                throw new QaInputException("the " + f + " checks know the six UN languages (ar, zh, en, fr, ru, es); "
                        + source + " to " + target + " is not a pair of them");
            }
            if (!checks.contains(f)) {
                checks.add(f);
            }
        }
        return checks;
    }

    private static Severity failOn(String value) {
        try {
            return Severity.fromLabel(value);
        } catch (IllegalArgumentException e) {
            throw new QaInputException("--fail-on must be error, warning or info, not " + value, e);
        }
    }

    /** The built-in check families of this run (those of {@link #checks()} but {@code term}). */
    List<String> builtInChecks() {
        return checks.stream().filter(c -> !c.equals(TERM)).toList();
    }

    /** The source language as a UN language. Only when {@link #builtInChecks()} is not empty. */
    UnLanguage sourceUnLanguage() {
        return UnLanguage.ofCode(sourceLanguage);
    }

    private static String required(Map<String, String> values, String name) {
        return CommandLineValues.required(values, name, QaCommand.USAGE);
    }

    /** The language LanguageTool checks: the target's. Only when {@link #languageTool()}. */
    UnLanguage targetUnLanguage() {
        return UnLanguage.ofCode(targetLanguage);
    }

    private static List<URI> servers(String list) {
        try {
            return LanguageCheckers.servers(list);
        } catch (IllegalArgumentException e) {
            throw new QaInputException("--languagetool-server: " + e.getMessage(), e);
        }
    }

    private static String language(String tag, String option) {
        if (!LanguageTags.valid(tag.strip())) {
            throw new QaInputException(option + " " + tag + " is not a language tag such as en, fr or zh-Hans");
        }
        return tag.strip();
    }

    private static Path path(String value, String option) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new QaInputException(option + " " + value + " is not a valid path", e);
        }
    }
}
