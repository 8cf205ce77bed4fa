package org.statementworkbench.qa;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

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
        String[] args = new String[8 + more.length];
        String[] base = {
            "--glossary",
            GLOSSARY,
            "--source-lang",
            source,
            "--target-lang",
            target,
            "--input",
            fixture.startsWith("/") ? fixture : FIXTURES + fixture
        };
        System.arraycopy(base, 0, args, 0, 8);
        System.arraycopy(more, 0, args, 8, more.length);
        return of(args);
    }
}
