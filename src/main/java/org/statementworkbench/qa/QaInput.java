package org.statementworkbench.qa;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Reads the units of a bilingual file: TSV (UTF-8, or UTF-16 with a byte order mark; one unit per line: source, tab,
 * target; or with a header row of language codes, one column per language: {@link TsvInput}) or XML whose root is {@code <xliff>} (1.2 or 2.x) or {@code <tmx>}. A .tsv/.txt name means TSV (its first
 * source may well start with a tag), .xlf/.xliff/.tmx/.xml XML; otherwise the content decides: XML when it starts
 * with {@code <?xml}, or with {@code <} on a first line without a tab.
 *
 * <p>Refused with a one-line reason: UTF-16 without a byte order mark and other files with NUL bytes
 * ({@link TextSniffing}), a file with no unit to check (empty, blank lines only, an XLIFF without units), and a unit
 * whose source or target is longer than {@link #MAX_UNIT_CHARACTERS}. The file's size is limited by
 * {@link #MAX_FILE_BYTES} where it is read ({@link QaCommand}).
 */
public final class QaInput {

    /**
     * The largest input (and glossary) file the command reads: 256 MB. A statement's XLIFF is well under 1 MB, and a
     * TMX of a year of a UN body's documents in one language pair around 100 MB; a file past this limit is a mistake
     * (a wrong file, a dump) or belongs in several runs. The file is held in memory as bytes, text, units and the
     * report: measured, a 64 MB TSV with an issue on 40 % of its units needs 448-640 MB of heap, so the largest file
     * up to 2.5 GB ({@code ./workbench qa} lets Java use half the machine's memory; running out is a clean error).
     */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    /**
     * The longest source or target text of one unit: 100,000 characters, some 15,000 English words or 30 pages. A
     * segment of a UN statement is a sentence (rarely over 1,000 characters, the editor's limit is 4,000), a whole
     * unsegmented statement some 30,000; a longer unit is not a translation unit but a file read wrongly (a TSV
     * without line breaks), and checking it would take the time of a whole corpus for one line of the report.
     */
    public static final int MAX_UNIT_CHARACTERS = 100_000;

    private QaInput() {}

    /**
     * @param name the file's name, for messages
     * @throws QaInputException naming the file, the line and the problem
     */
    public static List<QaUnit> read(byte[] content, String name, String sourceLanguage, String targetLanguage) {
        TextSniffing.refuseUnmarkedUtf16OrBinary(content, name);
        boolean tsv = !isXml(content, name);
        List<QaUnit> units;
        if (tsv) {
            units = TsvInput.read(content, name, sourceLanguage, targetLanguage);
        } else {
            String root = XmlInput.rootElement(content, name);
            units = switch (root) {
                case "xliff" -> new XliffInput(content, name, sourceLanguage, targetLanguage).read();
                case "tmx" -> new TmxInput(content, name, sourceLanguage, targetLanguage).read();
                default ->
                    throw new QaInputException(name + ": the root element <" + root
                            + "> is not <xliff> (XLIFF 1.2 or 2.x) or <tmx> (TMX 1.4b)");
            };
        }
        if (units.isEmpty()) {
            throw new QaInputException(name + ": no unit to check: "
                    + (!tsv
                            ? "the XLIFF has no translation units"
                            : isEmpty(content) ? "the file is empty" : "the file has only blank lines"));
        }
        for (QaUnit unit : units) {
            requireLength(unit.source(), "source", unit, name, tsv);
            requireLength(unit.target(), "target", unit, name, tsv);
        }
        return units;
    }

    private static void requireLength(String text, String which, QaUnit unit, String name, boolean tsv) {
        if (text.length() > MAX_UNIT_CHARACTERS) {
            throw new QaInputException(String.format(
                    Locale.ROOT,
                    "%s: %s %s: the %s has %,d characters; a unit may "
                            + "have at most %,d (is the file split into sentences or paragraphs?)",
                    name,
                    tsv ? "line" : "unit",
                    unit.id(),
                    which,
                    text.length(),
                    MAX_UNIT_CHARACTERS));
        }
    }

    /** Nothing, or a byte order mark alone. */
    private static boolean isEmpty(byte[] content) {
        Charset bom = TextSniffing.byteOrderMark(content);
        return content.length == (bom == null ? 0 : bom.equals(StandardCharsets.UTF_8) ? 3 : 2);
    }

    static boolean isXml(byte[] content, String name) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (lowerName.endsWith(".tsv") || lowerName.endsWith(".txt")) {
            return false;
        }
        return lowerName.matches(".*\\.(xlf|xliff|tmx|tbx|xml)$") || looksLikeXml(content);
    }

    /** After an optional byte order mark (UTF-8 or UTF-16) and white space, a {@code <} on a line without a tab. */
    private static boolean looksLikeXml(byte[] content) {
        Charset bom = TextSniffing.byteOrderMark(content);
        int skip = bom == null ? 0 : bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
        String head = new String(
                        content,
                        skip,
                        Math.min(4096, content.length - skip),
                        bom == null ? StandardCharsets.UTF_8 : bom)
                .stripLeading();
        int lineEnd = head.indexOf('\n');
        return head.startsWith("<")
                && head.substring(0, lineEnd < 0 ? head.length() : lineEnd).indexOf('\t') < 0;
    }
}
