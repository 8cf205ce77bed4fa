package org.statementworkbench.memory;

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
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.qa.QaInput;
import org.statementworkbench.qa.QaInputException;
import org.statementworkbench.qa.QaUnit;

/**
 * {@code ./workbench tm}: looks every unit of a file up in TMX translation memories and writes the best matches, or
 * the XLIFF with its empty targets filled. A plain Java main, as {@code ./workbench qa}: no Spring, no database; the
 * TMX files are read ({@link TmxReader}) into a memory of this process ({@link TmxMemory}) and scored as the server
 * scores. Exit code 0 when it ran, 2 with a one-line message on stderr for bad options or input.
 */
public final class TmCommand {

    static final String USAGE = "usage: ./workbench tm --tm FILE.tmx[,FILE...] --source-lang L --target-lang L "
            + "--input FILE [--min-score N] [--max N] [--format json|tsv|xlf] [--out FILE]";
    static final String HELP =
            USAGE + """


            Looks every unit of the input up in the translation memories and prints the best matches
            (JSON by default) on stdout, or writes them to --out.
              --tm FILE[,FILE...] TMX 1.4b files, read into this process (no database); at equal score
                                  a file named earlier comes first
              --source-lang L     a UN language (ar, zh, en, fr, ru, es; "en-GB" is en)
              --target-lang L     another one
              --input FILE        plain text (one source sentence per line), TSV (the source in the
                                  first column, or under a header row of language codes in the source
                                  language's), or XLIFF 1.2 or 2.x
              --min-score N       the lowest score reported, 0 to 101 (default %d); 100 is exact, 101
                                  exact with the previous unit matching the memory's previous unit too
              --max N             matches per unit, 1 to %d (default %d)
              --format F          json: {"units": n, "results": [{"unit": "1", "matches": [{"score",
                                  "source", "target", "origin"}]}]}; tsv: unit, score, source, target,
                                  origin; xlf (XLIFF input only): the XLIFF with each empty target filled
                                  from the best match of at least --min-score (an existing target is
                                  never changed) and the matches recorded (1.2 alt-trans, 2.x mtc:match).
                                  By default the --out file's extension decides, else json
              --out FILE          write to FILE instead of stdout
            Exit code: 0 when it ran; 2 on bad options or input (a missing file, a language that is not
            a UN language, a TMX or XLIFF that is not well-formed or has a DTD, an input without units).
            """.formatted(TmOptions.DEFAULT_MIN_SCORE, MemoryService.MAX_LIMIT, TmOptions.DEFAULT_MAX);

    /**
     * Lucene's notice that the Vector API module is not enabled (it only speeds up vector search, which the memory
     * does not use) would be the only line on stderr of a good run; held here so the setting is not collected.
     */
    private static final java.util.logging.Logger VECTORIZATION =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    private TmCommand() {}

    public static void main(String[] args) {
        var out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        var err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(err); // stdout carries the result only
        VECTORIZATION.setLevel(java.util.logging.Level.SEVERE);
        int code = run(args, out, err);
        out.flush();
        System.exit(code);
    }

    /** Runs the command; returns the exit code. The result goes to {@code out} (or --out), messages to {@code err}. */
    public static int run(String[] args, OutputStream out, PrintStream err) {
        try {
            TmOptions options = TmOptions.parse(args);
            if (options.help()) {
                out.write(HELP.getBytes(StandardCharsets.UTF_8));
                out.flush();
                return 0;
            }
            String inputName = options.input().getFileName().toString();
            byte[] input = read(options.input(), "input", QaInput.MAX_FILE_BYTES);
            TmInput units = TmInput.read(input, inputName, options.sourceLanguage(), options.targetLanguage());
            if (options.format() == TmOptions.Format.XLF && !units.xml()) {
                throw new QaInputException("--format xlf writes an XLIFF input back; " + inputName + " is not XLIFF");
            }
            List<TmxMemory.Source> sources = new ArrayList<>();
            var reader = new TmxReader();
            for (Path file : options.tm()) {
                requireReadable(file, "TMX");
                String name = file.getFileName().toString();
                try {
                    sources.add(new TmxMemory.Source(name, reader.read(file)));
                } catch (TmxImportException e) {
                    throw new QaInputException(
                            name + ": " + String.valueOf(e.getMessage()).replace(" Nothing was imported.", ""), e);
                }
            }
            List<TmReport.Result> results = new ArrayList<>();
            try (var memory = new TmxMemory(sources)) {
                if (memory.count(options.sourceLanguage(), options.targetLanguage()) == 0) {
                    err.println("workbench tm: the memory has no unit in "
                            + options.sourceLanguage().code() + " and "
                            + options.targetLanguage().code() + ": no match can be found");
                }
                @Nullable String previous = null;
                for (QaUnit unit : units.units()) {
                    String text = marked(unit.source());
                    results.add(new TmReport.Result(
                            String.valueOf(results.size() + 1),
                            memory.matches(
                                    options.sourceLanguage(),
                                    options.targetLanguage(),
                                    text,
                                    previous,
                                    options.max(),
                                    options.minScore())));
                    previous = text;
                }
            }
            var report = new TmReport(results);
            byte[] bytes = switch (options.format()) {
                case JSON -> report.json().getBytes(StandardCharsets.UTF_8);
                case TSV -> report.tsv().getBytes(StandardCharsets.UTF_8);
                case XLF -> {
                    var outcome = XliffPretranslation.fill(
                            input,
                            inputName,
                            results.stream().map(TmReport.Result::matches).toList(),
                            options.minScore());
                    err.println("workbench tm: " + outcome.filled() + " of " + results.size()
                            + " targets filled from the memory, " + outcome.kept()
                            + " existing targets with a match left unchanged");
                    yield outcome.xliff();
                }
            };
            if (options.out() == null) {
                out.write(bytes);
                out.flush();
            } else {
                write(options.out(), bytes);
            }
            return 0;
        } catch (QaInputException e) {
            err.println("workbench tm: " + oneLine(e.getMessage()));
            return 2;
        } catch (IOException e) {
            err.println("workbench tm: cannot write the result: " + oneLine(e.getMessage()));
            return 2;
        }
    }

    /** Plain text as the memory holds text: formatting markers and placeholder brackets escaped. */
    static String marked(String plain) {
        var marked = new StringBuilder(plain.length());
        TmxInline.appendText(marked, plain);
        return marked.toString();
    }

    /** The same refusals as {@link #read} for a file read as a stream. */
    private static void requireReadable(Path file, String what) {
        if (Files.isDirectory(file)) {
            throw new QaInputException(what + " " + file + " is a directory, not a file");
        }
        if (!Files.exists(file)) {
            throw new QaInputException(what + " file not found: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new QaInputException(what + " file not readable: " + file);
        }
    }

    private static byte[] read(Path file, String what, long max) {
        try {
            if (Files.isDirectory(file)) {
                throw new QaInputException(what + " " + file + " is a directory, not a file");
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
                if (bytes.length > max) {
                    throw new QaInputException(
                            what + " file " + file + " is larger than " + max / (1024 * 1024) + " MB");
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

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new QaInputException(
                    "cannot write to " + file + ": "
                            + (e instanceof NoSuchFileException ? "no such directory" : oneLine(e.getMessage())),
                    e);
        }
    }

    private static String oneLine(@Nullable String message) {
        return String.valueOf(message).replaceAll("\\s+", " ").strip();
    }
}
