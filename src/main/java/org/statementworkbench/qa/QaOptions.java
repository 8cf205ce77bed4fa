package org.statementworkbench.qa;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.languagecheck.LanguageCheckers;

/**
 * The options of the QA command, parsed and checked ({@code --name value} or {@code --name=value}; flags alone).
 *
 * @param languageTool whether LanguageTool checks the targets too ({@code --languagetool} or
 *     {@code --languagetool-server})
 * @param languageToolServers the LanguageTool servers to use instead of LanguageTool in this process, if any
 */
record QaOptions(
        boolean help,
        Path glossary,
        String sourceLanguage,
        String targetLanguage,
        Path input,
        ReportFormat format,
        @Nullable Path out,
        boolean languageTool,
        List<URI> languageToolServers) {

    private static final List<String> REQUIRED = List.of("--glossary", "--source-lang", "--target-lang", "--input");
    private static final List<String> OPTIONAL = List.of("--format", "--out", "--languagetool-server");
    private static final List<String> FLAGS = List.of("--languagetool");

    static QaOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new QaOptions(
                        true, Path.of("."), "", "", Path.of("."), ReportFormat.JSON, null, false, List.of());
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (FLAGS.contains(name)) {
                if (!name.equals(arg)) {
                    throw new QaInputException(name + " takes no value; " + QaCommand.USAGE);
                }
                values.put(name, "");
                continue;
            }
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                throw new QaInputException((arg.startsWith("-") ? "unknown option " : "unexpected argument ") + arg
                        + "; " + QaCommand.USAGE);
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                throw new QaInputException(name + " needs a value; " + QaCommand.USAGE);
            }
            if (values.put(name, value) != null) {
                throw new QaInputException(name + " is given twice");
            }
        }
        for (String name : REQUIRED) {
            required(values, name);
        }
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
        return new QaOptions(
                false,
                path(required(values, "--glossary"), "--glossary"),
                source,
                target,
                path(required(values, "--input"), "--input"),
                format,
                out,
                languageTool,
                servers);
    }

    /** The value of a required option; a clear error when it is missing or blank. */
    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new QaInputException("missing " + name + "; " + QaCommand.USAGE);
        }
        return value;
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
