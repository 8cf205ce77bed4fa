package org.statementworkbench.memory;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.qa.CommandLineValues;
import org.statementworkbench.qa.QaInputException;

/**
 * The options of {@code ./workbench tm}, parsed and checked ({@code --name value} or {@code --name=value}).
 *
 * @param tm the TMX files, in order of priority
 * @param minScore the lowest score reported (and filled into an XLIFF)
 * @param max the most matches per unit
 */
record TmOptions(
        boolean help,
        List<Path> tm,
        UnLanguage sourceLanguage,
        UnLanguage targetLanguage,
        Path input,
        int minScore,
        int max,
        Format format,
        @Nullable Path out) {

    /** What the command writes. */
    enum Format {
        JSON,
        TSV,
        XLF;

        static @Nullable Format named(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "tsv" -> TSV;
                case "xlf", "xliff" -> XLF;
                default -> null;
            };
        }
    }

    static final int DEFAULT_MIN_SCORE = 75;
    static final int DEFAULT_MAX = 3;

    private static final List<String> REQUIRED = List.of("--tm", "--source-lang", "--target-lang", "--input");
    private static final List<String> OPTIONAL = List.of("--min-score", "--max", "--format", "--out");

    static TmOptions parse(String[] args) {
        var read = CommandLineValues.read(args, REQUIRED, OPTIONAL, List.of(), TmCommand.USAGE);
        if (read.isEmpty()) {
            return new TmOptions(true, List.of(), UnLanguage.EN, UnLanguage.FR, Path.of("."), 0, 1, Format.JSON, null);
        }
        Map<String, String> values = read.get();
        UnLanguage source = language(required(values, "--source-lang"), "--source-lang");
        UnLanguage target = language(required(values, "--target-lang"), "--target-lang");
        if (source == target) {
            throw new QaInputException("--source-lang and --target-lang are both " + source.code());
        }
        List<Path> tm = new ArrayList<>();
        for (String file : required(values, "--tm").split(",", -1)) {
            if (file.isBlank()) {
                throw new QaInputException("--tm takes a comma-separated list of TMX files, with no empty name");
            }
            tm.add(path(file.strip(), "--tm"));
        }
        Path out = values.containsKey("--out") ? path(values.get("--out"), "--out") : null;
        Format format;
        if (values.containsKey("--format")) {
            format = Format.named(values.get("--format"));
            if (format == null) {
                throw new QaInputException("--format must be json, tsv or xlf, not " + values.get("--format"));
            }
        } else {
            String outName = out == null ? "" : out.toString().toLowerCase(Locale.ROOT);
            format = outName.endsWith(".tsv")
                    ? Format.TSV
                    : outName.endsWith(".xlf") || outName.endsWith(".xliff") ? Format.XLF : Format.JSON;
        }
        return new TmOptions(
                false,
                List.copyOf(tm),
                source,
                target,
                path(required(values, "--input"), "--input"),
                number(values, "--min-score", DEFAULT_MIN_SCORE, 0, MemoryMatch.IN_CONTEXT),
                number(values, "--max", DEFAULT_MAX, 1, MemoryService.MAX_LIMIT),
                format,
                out);
    }

    private static String required(Map<String, String> values, String name) {
        return CommandLineValues.required(values, name, TmCommand.USAGE);
    }

    private static UnLanguage language(String tag, String option) {
        return UnLanguage.fromTag(tag.strip())
                .orElseThrow(() -> new QaInputException(option + " " + tag
                        + " is not a language of the memory: one of ar, zh, en, fr, ru, es (e.g. en or en-GB)"));
    }

    private static int number(Map<String, String> values, String name, int fallback, int min, int max) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new QaInputException(name + " must be a whole number from " + min + " to " + max + ", not " + value);
    }

    private static Path path(String value, String option) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new QaInputException(option + ": not a file name: " + value, e);
        }
    }
}
