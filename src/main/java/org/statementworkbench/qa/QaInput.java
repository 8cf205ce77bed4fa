package org.statementworkbench.qa;

import java.util.List;
import java.util.Locale;

/**
 * Reads the units of a bilingual file: TSV (UTF-8, one unit per line: source, tab, target) or XML whose root is
 * {@code <xliff>} (1.2 or 2.x) or {@code <tmx>}. A .tsv/.txt name means TSV (its first source may well start with
 * a tag), .xlf/.xliff/.tmx/.xml XML; otherwise the content decides: XML when it starts with {@code <?xml}, or with
 * {@code <} on a first line without a tab.
 */
public final class QaInput {

    private QaInput() {}

    /**
     * @param name the file's name, for messages
     * @throws QaInputException naming the file, the line and the problem
     */
    public static List<QaUnit> read(byte[] content, String name, String sourceLanguage, String targetLanguage) {
        if (!isXml(content, name)) {
            return TsvInput.read(content, name);
        }
        String root = XmlInput.rootElement(content, name);
        return switch (root) {
            case "xliff" -> XliffInput.read(content, name, sourceLanguage, targetLanguage);
            case "tmx" -> TmxInput.read(content, name, sourceLanguage, targetLanguage);
            default -> throw new QaInputException(name + ": the root element <" + root
                    + "> is not <xliff> (XLIFF 1.2 or 2.x) or <tmx> (TMX 1.4b)");
        };
    }

    static boolean isXml(byte[] content, String name) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (lowerName.endsWith(".tsv") || lowerName.endsWith(".txt")) {
            return false;
        }
        return lowerName.matches(".*\\.(xlf|xliff|tmx|tbx|xml)$") || looksLikeXml(content);
    }

    /** After an optional byte order mark (UTF-8 or UTF-16) and white space, a {@code <}. */
    private static boolean looksLikeXml(byte[] content) {
        int i = 0;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            i = 3;
        } else if (content.length >= 2 && ((content[0] & 0xFF) == 0xFE || (content[0] & 0xFF) == 0xFF)) {
            return true;
        }
        while (i < content.length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r'
                || content[i] == '\n')) {
            i++;
        }
        if (i >= content.length || content[i] != '<') {
            return false;
        }
        for (int j = i; j < content.length && content[j] != '\n'; j++) {
            if (content[j] == '\t') {
                return false;
            }
        }
        return true;
    }
}
