package org.statementworkbench.qa;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/** Runs {@link QaCommand} in-process and keeps its exit code, stdout and stderr. */
record QaRun(int code, String out, String err) {

    static final String GLOSSARY = "glossary/un-glossary.tbx";
    static final String FIXTURES = "src/test/resources/qa/";

    static QaRun of(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = QaCommand.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new QaRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The shipped glossary on a fixture, for a language pair, with extra options. */
    static QaRun check(String fixture, String source, String target, String... more) {
        return withGlossary(GLOSSARY, fixture, source, target, more);
    }

    /** A glossary file on a fixture (a name under {@link #FIXTURES}, or an absolute path), with extra options. */
    static QaRun withGlossary(String glossary, String fixture, String source, String target, String... more) {
        return of(arguments(glossary, fixture, source, target, more));
    }

    /** The command line of {@link #withGlossary}. */
    static String[] arguments(String glossary, String fixture, String source, String target, String... more) {
        String[] args = {
            "--glossary",
            glossary,
            "--source-lang",
            source,
            "--target-lang",
            target,
            "--input",
            fixture.startsWith("/") ? fixture : FIXTURES + fixture
        };
        return Stream.concat(Stream.of(args), Stream.of(more)).toArray(String[]::new);
    }
}
