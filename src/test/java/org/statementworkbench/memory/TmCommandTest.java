package org.statementworkbench.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementworkbench.glossary.SdgCorpus;
import org.statementworkbench.qa.QaInput;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./workbench tm} driven through {@link TmCommand#run}: a TMX built from the SDG targets in the six languages
 * (aligned by key, document symbol A/RES/70/1, the resolution that adopted them) and the first 300 units of the
 * TICO-19 en-ar TMX (CC0, the repository's copy), inputs in plain text, TSV, XLIFF 1.2 and 2.0.
 */
class TmCommandTest {

    private static final Pattern TARGET_KEY = Pattern.compile("\\d+-[0-9a-z]+-title");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path TICO_AR = Path.of("src/test/resources/memory/tico19/tico19-300.en-ar.tmx");
    private static final String TICO_EN = "about how long have these symptoms been going on?";
    private static final String TICO_AR_TARGET = "منذ متى لا تزال هذه الأعراض مستمرة تقريبًا؟";

    @TempDir
    static Path dir;

    private static SdgCorpus corpus;
    private static Path sdgTmx;
    private static final List<String> keys = new ArrayList<>();

    @BeforeAll
    static void memory() throws Exception {
        corpus = SdgCorpus.load(SdgCorpus.defaultLocation());
        var tmx = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" \
                o-tmf="none" adminlang="en" srclang="en" datatype="plaintext"/><body>
                """);
        corpus.sentences().forEach((key, texts) -> {
            if (!TARGET_KEY.matcher(key).matches()) {
                return;
            }
            keys.add(key);
            tmx.append("<tu tuid=\"").append(key).append("\"><prop type=\"x-document-symbol\">A/RES/70/1</prop>\n");
            texts.forEach((lang, text) -> {
                if (!text.isBlank()) {
                    tmx.append("<tuv xml:lang=\"")
                            .append(lang.equals("zh") ? "zh-Hans" : lang)
                            .append("\"><seg>")
                            .append(escape(text.strip()))
                            .append("</seg></tuv>\n");
                }
            });
            tmx.append("</tu>\n");
        });
        tmx.append("</body></tmx>\n");
        sdgTmx = dir.resolve("sdg.tmx");
        Files.writeString(sdgTmx, tmx);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** An SDG text as the memory holds it: stripped and composed (NFC; the French YAML is partly decomposed). */
    private static String sdg(String key, String language) {
        return Normalizer.normalize(corpus.text(key, language).strip(), Normalizer.Form.NFC);
    }

    private static String en(String key) {
        return sdg(key, "en");
    }

    private static String fr(String key) {
        return sdg(key, "fr");
    }

    record Run(int code, String out, String err) {}

    /** {@code tm} filling an English-French XLIFF from a TMX ({@code --format xlf}). */
    private static Run fillXliff(Path tmx, Path xliff) {
        return run(
                "--tm",
                tmx.toString(),
                "--source-lang",
                "en",
                "--target-lang",
                "fr",
                "--input",
                xliff.toString(),
                "--format",
                "xlf");
    }

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = TmCommand.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Path file(String name, String content) throws Exception {
        Path path = dir.resolve(name);
        Files.writeString(path, content);
        return path;
    }

    private static JsonNode lookUp(Path input, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--tm",
                sdgTmx + "," + TICO_AR,
                "--source-lang",
                "en",
                "--target-lang",
                "fr",
                "--input",
                input.toString()));
        args.addAll(List.of(more));
        Run run = run(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void anExactSentenceIsFoundAt100WithItsStoredTarget_inTheExactJsonShape() throws Exception {
        Path input = file("exact.txt", en("1-1-title") + "\n");

        Run run = run(
                "--tm",
                sdgTmx.toString(),
                "--source-lang",
                "en",
                "--target-lang",
                "fr",
                "--input",
                input.toString(),
                "--max",
                "1");

        assertThat(run.code()).as(run.err()).isZero();
        String s = JSON.writeValueAsString(en("1-1-title"));
        String t = JSON.writeValueAsString(fr("1-1-title"));
        assertThat(run.out().strip())
                .isEqualTo("{\"units\":1,\"results\":[{\"unit\":\"1\",\"matches\":[{\"score\":100,\"source\":" + s
                        + ",\"target\":" + t + ",\"origin\":\"sdg.tmx, A/RES/70/1\"}]}]}");
    }

    @Test
    void oneWordChangedFindsTheOriginalOnTop_andAnUnrelatedSentenceNothingFrom95() throws Exception {
        String original = en("1-2-title");
        String changed = original.replaceFirst("\\bwomen\\b", "girls");
        assertThat(changed).isNotEqualTo(original);
        Path input = file("plain.txt", changed + "\n\n" + TICO_EN + "\n" + en("3-1-title") + "\n");

        JsonNode result = lookUp(input, "--min-score", "0", "--max", "5");

        assertThat(result.get("units").asInt()).isEqualTo(3);
        JsonNode first = result.get("results").get(0);
        assertThat(first.get("unit").asString()).isEqualTo("1");
        assertThat(first.get("matches").get(0).get("source").asString()).isEqualTo(original);
        assertThat(first.get("matches").get(0).get("target").asString()).isEqualTo(fr("1-2-title"));
        assertThat(first.get("matches").get(0).get("score").asInt()).isBetween(75, 99);
        JsonNode unrelated = result.get("results").get(1).get("matches");
        for (JsonNode match : unrelated) {
            assertThat(match.get("score").asInt()).isLessThan(95);
        }
        JsonNode exact = result.get("results").get(2).get("matches");
        assertThat(exact.get(0).get("score").asInt()).isEqualTo(100);
        int previous = Integer.MAX_VALUE;
        for (JsonNode match : exact) {
            assertThat(match.get("score").asInt()).isLessThanOrEqualTo(previous);
            previous = match.get("score").asInt();
        }
    }

    @Test
    void theTicoMemoryGivesItsArabicTarget_andTheFollowingUnitInContextScores101() throws Exception {
        Path input = file(
                "tico.txt",
                TICO_EN + "\n" + "and all chest pain should be treated this way especially with your age\n");

        Run run = run(
                "--tm",
                TICO_AR.toString(),
                "--source-lang",
                "en",
                "--target-lang",
                "ar-SA",
                "--input",
                input.toString(),
                "--max",
                "1");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode results = JSON.readTree(run.out()).get("results");
        assertThat(results.get(0).get("matches").get(0).get("score").asInt()).isEqualTo(100);
        assertThat(results.get(0).get("matches").get(0).get("target").asString())
                .isEqualTo(TICO_AR_TARGET);
        assertThat(results.get(0).get("matches").get(0).get("origin").asString())
                .isEqualTo("tico19-300.en-ar.tmx");
        assertThat(results.get(1).get("matches").get(0).get("score").asInt()).isEqualTo(101);
    }

    @Test
    void whenOnlyANumberDiffersTheTargetGetsTheNewNumber() throws Exception {
        String original = en("1-1-title");
        assertThat(original).startsWith("By 2030,");
        assertThat(fr("1-1-title")).contains("2030").doesNotContain("2035");
        Path input = file("number.txt", original.replace("2030", "2035") + "\n");

        JsonNode match =
                lookUp(input, "--max", "1").get("results").get(0).get("matches").get(0);

        assertThat(match.get("score").asInt()).isEqualTo(100 - FuzzyScorer.NUMBER_PENALTY);
        assertThat(match.get("source").asString()).isEqualTo(original);
        assertThat(match.get("target").asString()).isEqualTo(fr("1-1-title").replace("2030", "2035"));
    }

    @Test
    void aMatchWithAnInlineCodeIsRecordedInTheXliffButNotFilledIn() throws Exception {
        Path tmx = file("codes.tmx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" \
                o-tmf="none" adminlang="en" srclang="en" datatype="plaintext"/><body>
                <tu><tuv xml:lang="en"><seg>%s</seg></tuv>
                <tuv xml:lang="fr"><seg><ph x="1">&lt;b/&gt;</ph>%s</seg></tuv></tu>
                </body></tmx>
                """.formatted(escape(en("1-1-title")), escape(fr("1-1-title"))));
        Path input = file("codes.xlf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="s.txt" source-language="en" target-language="fr" datatype="plaintext"><body>
                    <trans-unit id="1"><source>%s</source></trans-unit>
                  </body></file>
                </xliff>
                """.formatted(escape(en("1-1-title"))));

        Run run = fillXliff(tmx, input);

        assertThat(run.code()).as(run.err()).isZero();
        Element unit = unit(parse(run.out().getBytes(StandardCharsets.UTF_8)), "trans-unit", "1");
        assertThat(child(unit, "target")).isNull();
        assertThat(child(child(unit, "alt-trans"), "target").getTextContent()).isEqualTo("⟦1⟧" + fr("1-1-title"));
    }

    /** OmegaT and other tools write DOCTYPE lines naming the TMX or XLIFF DTD: accepted, never read. */
    @Test
    void aBareDoctypeInTheTmxAndTheXliffIsAccepted_andTheXliffFilledAsWithoutIt() throws Exception {
        Path tmx = file("doctype.tmx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE tmx SYSTEM "tmx14.dtd">
                <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" \
                o-tmf="none" adminlang="en" srclang="en" datatype="plaintext"/><body>
                <tu><tuv xml:lang="en"><seg>%s</seg></tuv><tuv xml:lang="fr"><seg>%s</seg></tuv></tu>
                </body></tmx>
                """.formatted(escape(en("1-1-title")), escape(fr("1-1-title"))));
        Path input = file("doctype.xlf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE xliff PUBLIC "-//XLIFF//DTD XLIFF//EN" "http://127.0.0.1:9/xliff.dtd">
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="s.txt" source-language="en" target-language="fr" datatype="plaintext"><body>
                    <trans-unit id="1"><source>%s</source></trans-unit>
                  </body></file>
                </xliff>
                """.formatted(escape(en("1-1-title"))));

        Run run = fillXliff(tmx, input);

        assertThat(run.code()).as(run.err()).isZero();
        Element unit = unit(parse(run.out().getBytes(StandardCharsets.UTF_8)), "trans-unit", "1");
        assertThat(child(unit, "target").getTextContent()).isEqualTo(fr("1-1-title"));
    }

    @Test
    void tsvInputTakesTheSourceFromTheFirstColumn_andTsvOutputListsEveryMatch() throws Exception {
        Path input = file("units.tsv", en("1-1-title") + "\tanything\n" + en("2-1-title") + "\t\n");

        Run run = run(
                "--tm",
                sdgTmx.toString(),
                "--source-lang",
                "en",
                "--target-lang",
                "es",
                "--input",
                input.toString(),
                "--min-score",
                "100",
                "--format",
                "tsv");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().split("\n"))
                .containsExactly(
                        "unit\tscore\tsource\ttarget\torigin",
                        "1\t100\t" + en("1-1-title") + "\t" + sdg("1-1-title", "es") + "\tsdg.tmx, A/RES/70/1",
                        "2\t100\t" + en("2-1-title") + "\t" + sdg("2-1-title", "es") + "\tsdg.tmx, A/RES/70/1");
    }

    @Test
    void xliff12IsFilledFromTheMemory_existingTargetsKept_andReadableAgain() throws Exception {
        String xliff = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="statement.txt" source-language="en" target-language="fr" datatype="plaintext">
                    <body>
                      <trans-unit id="a1">
                        <source>%s</source>
                      </trans-unit>
                      <trans-unit id="a2" translate="yes">
                        <source>%s</source>
                        <target>%s</target>
                        <note>keep me</note>
                      </trans-unit>
                      <trans-unit id="a3">
                        <source>%s</source>
                        <target/>
                      </trans-unit>
                      <trans-unit id="a4">
                        <source>%s</source>
                      </trans-unit>
                      <trans-unit id="a5" translate="no">
                        <source>%s</source>
                      </trans-unit>
                    </body>
                  </file>
                </xliff>
                """.formatted(
                        escape(en("1-1-title")),
                        escape(en("1-3-title")),
                        escape(fr("1-4-title")),
                        escape(en("1-2-title").replaceFirst("\\bwomen\\b", "girls")),
                        TICO_EN,
                        escape(en("2-1-title")));
        Path input = file("statement.xlf", xliff);
        Path out = dir.resolve("filled.xlf");

        Run run = run(
                "--tm",
                sdgTmx.toString(),
                "--source-lang",
                "en",
                "--target-lang",
                "fr",
                "--input",
                input.toString(),
                "--out",
                out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("2 of 5 targets filled", "1 existing targets with a match left unchanged");
        byte[] written = Files.readAllBytes(out);
        Document doc = parse(written);
        Element a1 = unit(doc, "trans-unit", "a1");
        Element target1 = child(a1, "target");
        assertThat(target1.getTextContent()).isEqualTo(fr("1-1-title"));
        assertThat(target1.getAttribute("state")).isEqualTo("needs-review-translation");
        assertThat(target1.getAttribute("state-qualifier")).isEqualTo("exact-match");
        assertThat(child(a1, "alt-trans").getAttribute("match-quality")).isEqualTo("100");
        assertThat(child(child(a1, "alt-trans"), "target").getTextContent()).isEqualTo(fr("1-1-title"));

        Element a2 = unit(doc, "trans-unit", "a2");
        assertThat(child(a2, "target").getTextContent()).isEqualTo(fr("1-4-title"));
        assertThat(child(a2, "target").hasAttribute("state")).isFalse();
        assertThat(child(a2, "note").getTextContent()).isEqualTo("keep me");
        assertThat(a2.getAttribute("translate")).isEqualTo("yes");
        assertThat(child(child(a2, "alt-trans"), "target").getTextContent()).isEqualTo(fr("1-3-title"));

        Element target3 = child(unit(doc, "trans-unit", "a3"), "target");
        assertThat(target3.getTextContent()).isEqualTo(fr("1-2-title"));
        assertThat(target3.getAttribute("state-qualifier")).isEqualTo("fuzzy-match");
        assertThat(doc.getElementsByTagNameNS("*", "target").getLength()).isEqualTo(6); // 3 units + 3 alt-trans
        assertThat(child(unit(doc, "trans-unit", "a4"), "target")).isNull();
        assertThat(unit(doc, "trans-unit", "a5")
                        .getElementsByTagNameNS("*", "*")
                        .getLength())
                .isEqualTo(1); // its source only

        var units = QaInput.read(written, "filled.xlf", "en", "fr");
        assertThat(units).extracting(u -> u.id()).containsExactly("a1", "a2", "a3", "a4", "a5");
        assertThat(units.get(0).target()).isEqualTo(fr("1-1-title"));
    }

    @Test
    void xliff2IsFilledWithMatchesInTheMatchesModule() throws Exception {
        String xliff = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
                  <file id="f1">
                    <unit id="u1">
                      <notes><note>keep me</note></notes>
                      <segment id="s1">
                        <source>%s</source>
                      </segment>
                    </unit>
                    <unit id="u2">
                      <segment>
                        <source>%s</source>
                        <target>%s</target>
                      </segment>
                    </unit>
                  </file>
                </xliff>
                """.formatted(escape(en("1-1-title")), escape(en("1-3-title")), escape(fr("1-4-title")));
        Path input = file("statement2.xlf", xliff);

        Run run = fillXliff(sdgTmx, input);

        assertThat(run.code()).as(run.err()).isZero();
        Document doc = parse(run.out().getBytes(StandardCharsets.UTF_8));
        Element u1 = unit(doc, "unit", "u1");
        Element first = (Element) u1.getElementsByTagNameNS("*", "*").item(0);
        assertThat(first.getNamespaceURI()).isEqualTo(XliffPretranslation.MATCHES);
        assertThat(first.getLocalName()).isEqualTo("matches");
        Element match = (Element) first.getElementsByTagNameNS(XliffPretranslation.MATCHES, "match")
                .item(0);
        assertThat(match.getAttribute("ref")).isEqualTo("#s1");
        assertThat(match.getAttribute("matchQuality")).isEqualTo("100");
        assertThat(match.getAttribute("origin")).isEqualTo("sdg.tmx, A/RES/70/1");
        Element segment = child(u1, "segment");
        assertThat(segment.getAttribute("state")).isEqualTo("translated");
        assertThat(child(segment, "target").getTextContent()).isEqualTo(fr("1-1-title"));
        assertThat(child(child(u1, "notes"), "note").getTextContent()).isEqualTo("keep me");

        Element u2 = unit(doc, "unit", "u2");
        Element segment2 = child(u2, "segment");
        assertThat(child(segment2, "target").getTextContent()).isEqualTo(fr("1-4-title"));
        assertThat(segment2.hasAttribute("state")).isFalse();
        Element match2 = (Element)
                u2.getElementsByTagNameNS(XliffPretranslation.MATCHES, "match").item(0);
        assertThat(match2.getAttribute("ref")).isEqualTo("#" + segment2.getAttribute("id"));
        assertThat(QaInput.read(run.out().getBytes(StandardCharsets.UTF_8), "out.xlf", "en", "fr"))
                .hasSize(2);
    }

    @Test
    void badInputExitsWith2AndAOneLineReason() throws Exception {
        Path text = file("one.txt", en("1-1-title") + "\n");
        Path notXml = file("broken.tmx", "<tmx version=\"1.4\"><body><tu>");
        Path hostile = file("hostile.tmx", """
                <?xml version="1.0"?>
                <!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>&x;</seg></tuv></tu></body></tmx>
                """);
        Path hostileXliff = file("hostile.xlf", """
                <?xml version="1.0"?>
                <!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <xliff version="1.2"><file source-language="en" target-language="fr"><body>
                <trans-unit id="1"><source>&x;</source></trans-unit></body></file></xliff>
                """);
        Path empty = file("empty.txt", "\n  \n");
        String tm = sdgTmx.toString();

        assertFails(
                run(
                        "--tm",
                        dir.resolve("missing.tmx").toString(),
                        "--source-lang",
                        "en",
                        "--target-lang",
                        "fr",
                        "--input",
                        text.toString()),
                "TMX file not found");
        assertFails(
                run("--tm", tm, "--source-lang", "en", "--target-lang", "de", "--input", text.toString()),
                "--target-lang de is not a language of the memory");
        assertFails(
                run(
                        "--tm",
                        notXml.toString(),
                        "--source-lang",
                        "en",
                        "--target-lang",
                        "fr",
                        "--input",
                        text.toString()),
                "broken.tmx");
        assertFails(
                run(
                        "--tm",
                        hostile.toString(),
                        "--source-lang",
                        "en",
                        "--target-lang",
                        "fr",
                        "--input",
                        text.toString()),
                "hostile.tmx");
        assertFails(
                run("--tm", tm, "--source-lang", "en", "--target-lang", "fr", "--input", hostileXliff.toString()),
                "hostile.xlf");
        assertFails(
                run("--tm", tm, "--source-lang", "en", "--target-lang", "fr", "--input", empty.toString()),
                "no unit to look up");
        assertFails(
                run(
                        "--tm",
                        tm,
                        "--source-lang",
                        "en",
                        "--target-lang",
                        "fr",
                        "--input",
                        dir.resolve("nothing.txt").toString()),
                "input file not found");
        assertFails(
                run(
                        "--tm",
                        tm,
                        "--source-lang",
                        "en",
                        "--target-lang",
                        "fr",
                        "--input",
                        text.toString(),
                        "--format",
                        "xlf"),
                "not XLIFF");
        assertFails(
                run(
                        "--tm",
                        tm,
                        "--source-lang",
                        "en",
                        "--target-lang",
                        "fr",
                        "--input",
                        text.toString(),
                        "--min-score",
                        "200"),
                "--min-score must be a whole number from 0 to 101");
    }

    private static void assertFails(Run run, String reason) {
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("workbench tm: ").contains(reason);
        assertThat(run.err().strip()).doesNotContain("\n");
    }

    private static Document parse(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(new String(xml, StandardCharsets.UTF_8))));
    }

    private static Element unit(Document doc, String element, String id) {
        var all = doc.getElementsByTagNameNS("*", element);
        for (int i = 0; i < all.getLength(); i++) {
            if (((Element) all.item(i)).getAttribute("id").equals(id)) {
                return (Element) all.item(i);
            }
        }
        throw new AssertionError("no " + element + " " + id);
    }

    private static Element child(Element parent, String local) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(local)) {
                return e;
            }
        }
        return null;
    }
}
