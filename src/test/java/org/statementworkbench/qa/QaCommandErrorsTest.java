package org.statementworkbench.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad options and bad input: exit code 2, nothing on stdout, one line on stderr naming file, line and problem. */
class QaCommandErrorsTest {

    @TempDir
    static Path dir;

    private static final String XLIFF_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    @BeforeAll
    static void files() throws IOException {
        Files.writeString(
                dir.resolve("dtd.xlf"),
                XLIFF_HEAD + "<!DOCTYPE xliff [<!ENTITY x \"boom\">]>\n"
                        + "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"fr\"><body>"
                        + "<trans-unit id=\"1\"><source>&x;</source></trans-unit></body></file></xliff>\n");
        Files.writeString(
                dir.resolve("xxe.tmx"),
                XLIFF_HEAD + "<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "
                        + "\"file:///etc/passwd\">]>\n<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>&xxe;</seg>"
                        + "</tuv><tuv xml:lang=\"fr\"><seg>x</seg></tuv></tu></body></tmx>\n");
        Files.writeString(
                dir.resolve("subset.xlf"),
                XLIFF_HEAD + "<!DOCTYPE xliff [<!ELEMENT xliff ANY>]>\n"
                        + "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"fr\"><body>"
                        + "<trans-unit id=\"1\"><source>Council</source></trans-unit></body></file></xliff>\n");
        Files.writeString(
                dir.resolve("entity.xliff"),
                XLIFF_HEAD + "<xliff xmlns=\"urn:oasis:names:tc:xliff:"
                        + "document:2.0\" version=\"2.1\" srcLang=\"en\" trgLang=\"fr\"><file id=\"f\"><unit id=\"u\">"
                        + "<segment><source>a &nbsp; b</source></segment></unit></file></xliff>\n");
        String tmx = Files.readString(Path.of(QaRun.FIXTURES, "en-fr-ru.tmx"));
        Files.writeString(dir.resolve("truncated.tmx"), tmx.substring(0, tmx.indexOf("<tu tuid=\"csam\">") + 40));
        byte[] latin1 =
                "The Security Council\tLe Conseil de s\u00e9curit\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(
                dir.resolve("latin1.tsv"),
                concat("Member States\tLes États Membres\n".getBytes(StandardCharsets.UTF_8), latin1));
        writeLatin1(
                "latin1-as-utf8.xlf",
                XLIFF_HEAD + "<xliff version=\"1.2\"><file><body>"
                        + "<trans-unit id=\"1\"><source>Council</source><target>Conseil de s\u00e9curit\u00e9</target>"
                        + "</trans-unit></body></file></xliff>\n");
        writeLatin1(
                "latin1-declared.xlf",
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<xliff version=\"1.2\"><file><body>"
                        + "<trans-unit id=\"1\"><source>The Security Council met.</source><target>"
                        + "Le Conseil de s\u00e9curit\u00e9 s'est réuni.</target></trans-unit></body></file></xliff>\n");
        Files.writeString(dir.resolve("three.tsv"), "Security Council\tConseil de sécurité\tCSNU\n");
        Files.writeString(dir.resolve("page.xml"), "<html><body>Security Council</body></html>\n");
        String units = "The Security Council adopted the resolution.\tLe Conseil de sécurité a adopté la résolution.\n";
        // Latin and Cyrillic in UTF-16BE are bytes below 0x80: valid UTF-8, of NUL and control characters
        Files.write(
                dir.resolve("utf16be.tsv"),
                ("The Security Council adopted the resolution.\t" + "Совет Безопасности принял резолюцию.\n")
                        .getBytes(StandardCharsets.UTF_16BE));
        Files.write(dir.resolve("utf16le-no-bom"), units.getBytes(StandardCharsets.UTF_16LE));
        Files.write(
                dir.resolve("utf16be.xlf"),
                (XLIFF_HEAD.replace("UTF-8", "UTF-16") + "<xliff version=\"1.2\">"
                                + "<file><body><trans-unit id=\"1\"><source>Council</source></trans-unit></body></file></xliff>\n")
                        .getBytes(StandardCharsets.UTF_16BE));
        Files.write(
                dir.resolve("nul.tsv"),
                concat(
                        "Member States\tÉtats Membres\n".getBytes(StandardCharsets.UTF_8),
                        new byte[] {0, 0, 0, 7, (byte) 0x89, 'P', 'N', 'G'}));
        Files.write(dir.resolve("empty.tsv"), new byte[0]);
        Files.writeString(dir.resolve("blank.tsv"), "\uFEFF\n  \r\n\t\n");
        Files.writeString(
                dir.resolve("no-units.xlf"),
                XLIFF_HEAD + "<xliff version=\"1.2\"><file source-language="
                        + "\"en\" target-language=\"fr\"><body></body></file></xliff>\n");
        Files.writeString(
                dir.resolve("long.tsv"),
                "Member States\tÉtats Membres\nThe Security Council\t" + "Le Conseil de sécurité ".repeat(4_348)
                        + "\n");
        Files.writeString(
                dir.resolve("long.xliff"),
                XLIFF_HEAD + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:"
                        + "2.0\" version=\"2.1\" srcLang=\"en\" trgLang=\"fr\"><file id=\"f\"><unit id=\"u7\"><segment>"
                        + "<source>" + "The Security Council met. ".repeat(4_000)
                        + "</source></segment></unit></file></xliff>\n");
        try (var big = new java.io.RandomAccessFile(dir.resolve("huge.tmx").toFile(), "rw")) {
            big.setLength(QaInput.MAX_FILE_BYTES + 10 * 1024 * 1024); // sparse: takes no disk space
        }
        String tbx = Files.readString(Path.of(QaRun.GLOSSARY));
        Files.writeString(dir.resolve("broken.tbx"), tbx.substring(0, tbx.length() / 3));
        writeLatin1(
                "latin1.tbx",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\">"
                        + "<text><body>\n<conceptEntry id=\"sc\"><langSec xml:lang=\"fr\"><termSec><term>"
                        + "Conseil de s\u00e9curit\u00e9</term></termSec></langSec></conceptEntry></body></text></tbx>\n");
    }

    private static void writeLatin1(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The input: a fixture, or {@code @name} for a file the test wrote. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing input file                               | missing.tsv         | en | fr | 'input file not found: '
            entity declared in an XLIFF DOCTYPE              | @dtd.xlf            | en | fr | dtd.xlf: line 2: the DOCTYPE declares an entity (<!ENTITY x ...>) in an internal DTD subset: entity declarations are not allowed
            external entity declared in a TMX DOCTYPE        | @xxe.tmx            | en | fr | xxe.tmx: line 2: the DOCTYPE declares an entity (<!ENTITY xxe ...>) in an internal DTD subset
            internal DTD subset in XLIFF                     | @subset.xlf         | en | fr | subset.xlf: line 2: the DOCTYPE has an internal DTD subset (<!DOCTYPE xliff [ ... ]>), which is not allowed
            entity reference in XLIFF                        | @entity.xliff       | en | fr | entity.xliff: line 2: the entity reference &nbsp; is not allowed
            truncated TMX                                    | @truncated.tmx      | en | fr | truncated.tmx: line 16: the file ends before the document is complete: it looks truncated
            TMX without the target language                  | en-fr-ru.tmx        | en | de | the TMX has no <tuv> in de; its languages are en-US, fr-FR, ru-RU, EN-GB
            TMX without the source language                  | en-fr-ru.tmx        | es | fr | the TMX has no <tuv> in es; its languages are en-US, fr-FR, ru-RU, EN-GB
            XLIFF of other languages                         | en-fr.xlf           | en | es | en-fr.xlf: line 3: the XLIFF is en-US to fr-FR (source-language/target-language), not en to es as asked
            XLIFF 2 of other languages                       | en-fr.xliff         | fr | en | the XLIFF is en to fr (srcLang/trgLang), not fr to en as asked
            non-UTF-8 TSV                                    | @latin1.tsv         | en | fr | latin1.tsv: line 2 is not UTF-8; save the file as UTF-8
            XML not in its declared encoding                 | @latin1-as-utf8.xlf | en | fr | latin1-as-utf8.xlf: line 2: the file is not valid UTF-8, the encoding its XML declaration names
            UTF-16BE TSV without a byte order mark           | @utf16be.tsv        | en | ru | utf16be.tsv: the file looks like UTF-16 big-endian (UTF-16BE) without a byte order mark; save it as UTF-8 (or as UTF-16 with a byte order mark)
            UTF-16LE without a byte order mark, no extension | @utf16le-no-bom     | en | fr | utf16le-no-bom: the file looks like UTF-16 little-endian (UTF-16LE) without a byte order mark
            UTF-16BE XLIFF without a byte order mark         | @utf16be.xlf        | en | fr | utf16be.xlf: the file looks like UTF-16 big-endian (UTF-16BE) without a byte order mark
            NUL bytes in a TSV                               | @nul.tsv            | en | fr | nul.tsv: the file has NUL bytes (the first at byte 30): it is not a text file in UTF-8
            empty TSV                                        | @empty.tsv          | en | fr | empty.tsv: no unit to check: the file is empty
            TSV of blank lines                               | @blank.tsv          | en | fr | blank.tsv: no unit to check: the file has only blank lines
            XLIFF without units                              | @no-units.xlf       | en | fr | no-units.xlf: no unit to check: the XLIFF has no translation units
            TSV unit over the length limit                   | @long.tsv           | en | fr | long.tsv: line 2: the target has 100,004 characters; a unit may have at most 100,000 (is the file split into sentences or paragraphs?)
            XLIFF unit over the length limit                 | @long.xliff         | en | fr | long.xliff: unit u7: the source has 104,000 characters; a unit may have at most 100,000
            input over the size limit                        | @huge.tmx           | en | fr | huge.tmx is 266.0 MB: the command reads files of up to 256 MB; split it and check the parts in separate runs
            TSV line of three fields                         | @three.tsv          | en | fr | three.tsv: line 1 has 3 tab-separated fields; expected source<TAB>target
            XML of another kind                              | @page.xml           | en | fr | page.xml: the root element <html> is not <xliff>
            """)
    void badInputExitsWithTwoAndOneLine(String name, String input, String source, String target, String message) {
        String file = input.startsWith("@") ? dir.resolve(input.substring(1)).toString() : input;
        assertError(QaRun.check(file, source, target), message);
    }

    /** Bad languages and options (separated by spaces) on a good fixture. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown option                                 | en | fr  | --verbose                          | unknown option --verbose; usage: ./workbench qa
            option without value                           | en | fr  | --out                              | --out needs a value
            bad format                                     | en | fr  | --format xml                       | --format must be json, csv or html, not xml
            bad language tag                               | en | f r |                                    | --target-lang f r is not a language tag
            glossary without the language                  | en | de  |                                    | the glossary has no terms in de; its languages are ar, en, es, fr, ru, zh
            a value for the --languagetool flag            | en | fr  | --languagetool=yes                 | --languagetool takes no value; usage: ./workbench qa
            LanguageTool for a language other than the six | en | de  | --languagetool                     | LanguageTool checks the six UN languages (ar, zh, en, fr, ru, es); --target-lang de is not one of them
            LanguageTool server that is not a URL          | en | fr  | --languagetool-server lt1:8081     | --languagetool-server: "lt1:8081" is not an http(s) URL of a LanguageTool server, such as http://localhost:8081
            LanguageTool server missing                    | en | fr  | --languagetool-server --out x.json | --languagetool-server needs a value
            """)
    void badArgumentsExitWithTwoAndOneLine(
            String name, String source, String target, @Nullable String options, String message) {
        String[] more = options == null ? new String[0] : options.split(" ");
        assertError(QaRun.check("en-fr.tsv", source, target, more), message);
    }

    @Test
    void missingGlossaryAndMissingOptions() {
        assertError(QaRun.withGlossary("nope.tbx", "en-fr.tsv", "en", "fr"), "glossary file not found: nope.tbx");
        assertError(
                QaRun.of("--glossary", QaRun.GLOSSARY, "--source-lang", "en", "--target-lang", "fr"),
                "missing --input; usage: ");
        assertError(QaRun.of(), "missing --source-lang");
        assertError(QaRun.of("report.json"), "unexpected argument report.json");
    }

    @Test
    void malformedGlossaryNamesFileAndLine() {
        QaRun run = QaRun.withGlossary(dir.resolve("broken.tbx").toString(), "en-fr.tsv", "en", "fr");
        assertError(run, "broken.tbx: The file ends before the TBX is complete: it looks truncated (line ");
        assertThat(run.err()).doesNotContain("Nothing was imported");
    }

    @Test
    void glossaryInAnotherEncodingNamesTheLine() {
        assertError(
                QaRun.withGlossary(dir.resolve("latin1.tbx").toString(), "en-fr.tsv", "en", "fr"),
                "latin1.tbx: line 3: the file is not valid UTF-8");
    }

    @Test
    void externalEntityIsNeverResolved() {
        QaRun run = QaRun.check(dir.resolve("xxe.tmx").toString(), "en", "fr");
        assertThat(run.err()).doesNotContain("root:");
    }

    /** OmegaT, Okapi and other tools write a DOCTYPE naming the XLIFF or TMX DTD: accepted, never read. */
    @Test
    void aBareDoctypeLineIsAcceptedNowAndTheFileCheckedAsWithoutIt() throws IOException {
        for (String fixture : List.of("en-fr.xlf", "en-fr-ru.tmx")) {
            String xml = Files.readString(Path.of(QaRun.FIXTURES, fixture));
            String root = fixture.endsWith(".tmx") ? "tmx" : "xliff";
            Path withDoctype = dir.resolve("doctype-" + fixture);
            Files.writeString(
                    withDoctype,
                    xml.replaceFirst(
                            "\\?>", "?>\n<!DOCTYPE " + root + " SYSTEM \"http://127.0.0.1:9/" + root + ".dtd\">"));
            assertThat(Files.readString(withDoctype)).contains("<!DOCTYPE " + root + " SYSTEM");
            String[] languages = fixture.endsWith(".tmx") ? new String[] {"en", "ru"} : new String[] {"en", "fr"};
            QaRun run = QaRun.check(withDoctype.toString(), languages[0], languages[1]);
            assertThat(run.err()).as(fixture).isEmpty();
            assertThat(run.code()).as(fixture).isZero();
            assertThat(run.out())
                    .isEqualTo(QaRun.check(fixture, languages[0], languages[1]).out());
        }
    }

    @Test
    void xmlDeclarationEncodingIsHonoured() {
        QaRun run = QaRun.check(dir.resolve("latin1-declared.xlf").toString(), "en", "fr");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"termHits\": 1,").contains("\"issues\": [],");
    }

    @Test
    void utf16WithAByteOrderMarkReadsLikeUtf8() throws IOException {
        String tsv = Files.readString(Path.of(QaRun.FIXTURES, "en-fr.tsv"));
        Path utf16 = dir.resolve("unicode-text.tsv");
        Files.write(
                utf16,
                concat(
                        new byte[] {(byte) 0xFF, (byte) 0xFE},
                        tsv.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE)));
        QaRun run = QaRun.check(utf16.toString(), "en", "fr");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo(QaRun.check("en-fr.tsv", "en", "fr").out());
    }

    /** A JVM too small for the input: a one-line message and exit code 2, not a stack trace. */
    @Test
    void runningOutOfMemoryIsAClearError() throws IOException, InterruptedException {
        String tsv = Files.readString(Path.of(QaRun.FIXTURES, "en-fr.tsv")).replace("\n\n", "\n");
        Path big = dir.resolve("four-mb.tsv");
        Files.writeString(big, tsv.repeat(4 * 1024 * 1024 / tsv.length()));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m",
                "-cp",
                System.getProperty("java.class.path"),
                QaCommand.class.getName()));
        command.addAll(List.of(QaRun.arguments(
                QaRun.GLOSSARY,
                big.toString(),
                "en",
                "fr",
                "--out",
                dir.resolve("four-mb.json").toString())));
        Process java = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String err = new String(java.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor()).as(err).isEqualTo(2);
        assertThat(err)
                .startsWith("workbench qa: not enough memory to check " + big + " (Java may use ")
                .contains("allow more, e.g. JAVA_TOOL_OPTIONS=-Xmx4g, or split the file")
                .endsWith("\n");
        assertThat(err.strip()).doesNotContain("\n");
    }

    @Test
    void unwritableOutIsAnError() {
        assertError(
                QaRun.check(
                        "en-fr.tsv",
                        "en",
                        "fr",
                        "--out",
                        dir.resolve("no/such/dir/r.json").toString()),
                "cannot write the report to ");
    }

    private static void assertError(QaRun run, String message) {
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("workbench qa: ").contains(message).endsWith("\n");
        assertThat(run.err().strip()).doesNotContain("\n");
    }
}
