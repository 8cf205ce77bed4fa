package org.statementworkbench.qa;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.glossary.GlossaryFiles;
import org.statementworkbench.glossary.TermEntry;
import org.statementworkbench.languagecheck.LanguageChecker;
import org.statementworkbench.languagecheck.LanguageCheckers;

/**
 * {@code ./workbench qa}: checks every unit of a bilingual file against a glossary file and with the built-in checks,
 * and with {@code --languagetool} with LanguageTool too, and writes a report, for translation services' pipelines and
 * for measuring. A plain Java main: no Spring, no database, no server of ours (LanguageTool runs in this process unless
 * {@code --languagetool-server} names LanguageTool servers). Exit code 0 when it ran, 1 when {@code --fail-on}'s
 * severity was reached, 2 with a one-line message on stderr for bad options or input, or when no LanguageTool server
 * answers.
 */
public final class QaCommand {

    static final String USAGE = "usage: ./workbench qa [--glossary FILE] --source-lang L --target-lang L --input FILE "
            + "[--checks FAMILY[,FAMILY...]] [--fail-on error|warning|info] [--format json|csv|html] [--out FILE] "
            + "[--languagetool | --languagetool-server URL[,URL...]]";
    static final String HELP = USAGE + """


            Checks every unit of the input against the glossary (term.missing, term.forbidden,
            term.source-deprecated, term.inconsistent) and with the built-in checks (numbers, document
            symbols, punctuation, spaces, untranslated text, formatting markers, and across the units of
            the file, which count as one statement: the same source translated differently, the same
            translation for different sources, and in a TMX or multi-target TSV with more UN languages, a target whose numbers
            differ from the source where the other languages agree: see --checks), and prints a report on
            stdout, or writes it to --out.
              --glossary FILE     TBX (v2 or v3) or the glossary CSV; every term in it counts as approved;
                                  without it, the term checks do not run
              --source-lang L     BCP 47 language of the source, e.g. en ("en" matches "en-US")
              --target-lang L     language of the target, e.g. fr
              --input FILE        TSV (UTF-8, or UTF-16 with a byte order mark; source<TAB>target per
                                  line, unit id = line number; or a header row of UN language codes,
                                  e.g. en<TAB>fr<TAB>es<TAB>ar<TAB>ru<TAB>zh, and one column per language:
                                  the columns other than source and target are cross-target witnesses),
                                  XLIFF 1.2 or 2.x, or TMX 1.4b; files of up to 256 MB, units of up to
                                  100,000 characters
              --format F          json (default), csv or html; by default the --out file's extension decides
              --out FILE          write the report to FILE instead of stdout
              --checks F[,F...]   the check families to run: term (needs --glossary) and the built-in
                                  ones: %s. By default all of them (term only with
                                  --glossary; the built-in ones when both languages are UN languages)
              --fail-on S         exit with code 1 when an issue of severity S (error, warning or info)
                                  or worse is found, so that a pipeline can stop on it
              --languagetool      also check each target with LanguageTool in this process (UN languages
                                  only): check id lt.<RULE_ID>; severity by the rule's category: error for
                                  spelling, grammar and confused words, warning for punctuation, typography,
                                  casing and the like, info for style; lt.not-checked (warning) for a unit
                                  LanguageTool could not check
              --languagetool-server URL[,URL...]
                                  the same on LanguageTool HTTP servers (e.g. http://localhost:8081),
                                  round-robin with failover, instead of in this process
            Exit code: 0 when the check ran (with --fail-on: and found nothing at that severity or
            worse), 1 when --fail-on's severity was reached; 2 on bad options or input (also an input
            with no unit to check, or UTF-16 without a byte order mark), or when LanguageTool cannot
            start (no server answers).
            """.formatted(String.join(", ", StatementChecks.families()));

    /** A batch waits longer for a busy server than the editor does; nobody is looking at the screen. */
    static final Duration BATCH_ANSWER_TIMEOUT = Duration.ofSeconds(60);

    private QaCommand() {}

    public static void main(String[] args) {
        var out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        var err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        // stdout carries the report only: log lines and libraries' prints (LanguageTool's) go to stderr
        System.setOut(err);
        int code = run(args, out, err);
        out.flush();
        System.exit(code);
    }

    /** Runs the command; returns the exit code. The report goes to {@code out} (or --out), messages to {@code err}. */
    public static int run(String[] args, OutputStream out, PrintStream err) {
        Path inputFile = null;
        try {
            QaOptions options = QaOptions.parse(args);
            inputFile = options.input();
            if (options.help()) {
                out.write(HELP.getBytes(StandardCharsets.UTF_8));
                out.flush();
                return 0;
            }
            Path glossaryFile = options.glossary();
            List<TermEntry> glossary = glossaryFile == null ? List.of() : glossary(glossaryFile);
            byte[] input = read(options.input(), "input");
            List<QaUnit> units =
                    QaInput.read(input, options.input().toString(), options.sourceLanguage(), options.targetLanguage());
            List<IssueProvider> providers = new ArrayList<>();
            if (options.checks().contains(QaOptions.TERM)) {
                providers.add(new TermIssueProvider(glossary, options.sourceLanguage(), options.targetLanguage()));
            }
            if (!options.builtInChecks().isEmpty()) {
                providers.add(new BuiltInIssueProvider(
                        StatementChecks.of(options.builtInChecks()),
                        options.sourceUnLanguage(),
                        options.targetUnLanguage()));
            }
            String title = options.input().getFileName() + " (" + options.sourceLanguage() + " to "
                    + options.targetLanguage() + ")"
                    + (glossaryFile == null ? "" : ", glossary " + glossaryFile.getFileName());
            QaReport report;
            if (options.languageTool()) {
                try (LanguageChecker checker = languageChecker(options, glossary)) {
                    var languageTool =
                            new LanguageToolIssueProvider(checker, options.targetUnLanguage(), threads(options));
                    languageTool.warmUp();
                    providers.add(languageTool);
                    report = QaReport.check(title + ", LanguageTool", units, providers);
                }
            } else {
                report = QaReport.check(title, units, providers);
            }
            byte[] bytes = options.format().write(report).getBytes(StandardCharsets.UTF_8);
            if (options.out() == null) {
                out.write(bytes);
                out.flush();
            } else {
                write(options.out(), bytes);
            }
            return failed(report, options.failOn()) ? 1 : 0;
        } catch (QaInputException e) {
            err.println("workbench qa: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("workbench qa: cannot write the report: " + e.getMessage());
            return 2;
        } catch (OutOfMemoryError e) {
            // what was read is unreachable now, so there is room for the message
            err.println("workbench qa: not enough memory to check " + inputFile + " (Java may use "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; a file needs up to ten times its size): "
                    + "allow more, e.g. JAVA_TOOL_OPTIONS=-Xmx4g, or split the file");
            return 2;
        }
    }

    /** Whether the report has an issue of {@code failOn}'s severity or a worse one. */
    private static boolean failed(QaReport report, @Nullable Severity failOn) {
        return failOn != null
                && report.issues().stream().anyMatch(i -> i.issue().severity().compareTo(failOn) <= 0);
    }

    /**
     * The LanguageTool engine of a run: LanguageTool in this process, or the servers of --languagetool-server; the
     * glossary's approved terms are no misspellings and its deprecated ones are left to the terminology checks.
     */
    static LanguageChecker languageChecker(QaOptions options, List<TermEntry> glossary) {
        return LanguageCheckers.forBatch(options.languageToolServers(), BATCH_ANSWER_TIMEOUT, glossary);
    }

    /** Units checked at once: one per core in this process; a few per server, whose own threads do the work. */
    private static int threads(QaOptions options) {
        return options.languageToolServers().isEmpty()
                ? Runtime.getRuntime().availableProcessors()
                : Math.min(32, 4 * options.languageToolServers().size());
    }

    private static List<TermEntry> glossary(Path file) {
        byte[] content = read(file, "glossary");
        try {
            return GlossaryFiles.read(content, file.getFileName().toString());
        } catch (IllegalArgumentException e) {
            throw new QaInputException(file + ": " + oneLine(e.getMessage()), e);
        }
    }

    /** The file's bytes, at most {@link QaInput#MAX_FILE_BYTES} of them (also from a pipe such as /dev/stdin). */
    private static byte[] read(Path file, String what) {
        try {
            if (Files.isDirectory(file)) {
                throw new QaInputException(what + " " + file + " is a directory, not a file");
            }
            if (Files.isRegularFile(file) && Files.size(file) > QaInput.MAX_FILE_BYTES) {
                throw tooLarge(what, file, Files.size(file));
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) QaInput.MAX_FILE_BYTES + 1);
                if (bytes.length > QaInput.MAX_FILE_BYTES) {
                    throw tooLarge(what, file, -1);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new QaInputException(what + " file not found: " + file, e);
        } catch (AccessDeniedException e) {
            throw new QaInputException(what + " file not readable: " + file, e);
        } catch (IOException e) {
            throw new QaInputException(what + " file " + file + " cannot be read: " + oneLine(e.getMessage()), e);
        }
    }

    /** @param size the file's size in bytes, or -1 when it is not known (a pipe) */
    private static QaInputException tooLarge(String what, Path file, long size) {
        long limit = QaInput.MAX_FILE_BYTES / (1024 * 1024);
        String actual =
                size < 0 ? "over " + limit + " MB" : String.format(Locale.ROOT, "%,.1f MB", size / (1024.0 * 1024));
        return new QaInputException(what + " file " + file + " is " + actual + ": the command reads files of up to "
                + limit + " MB; split it and check the parts in separate runs");
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new QaInputException(
                    "cannot write the report to " + file + ": "
                            + oneLine(String.valueOf(
                                    e instanceof NoSuchFileException ? "no such directory" : e.getMessage())),
                    e);
        }
    }

    private static String oneLine(@Nullable String message) {
        return String.valueOf(message).replaceAll("\\s+", " ").strip();
    }
}
