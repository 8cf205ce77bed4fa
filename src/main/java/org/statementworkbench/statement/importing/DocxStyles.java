package org.statementworkbench.statement.importing;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Bold and italic as paragraph and character styles give them (e.g. a "Title" style that is bold), following
 * "based on" chains, over the document defaults. Direct run formatting overrides this; the toggle semantics of
 * nested bold styles are simplified to "the nearest setting wins".
 */
final class DocxStyles {

    /** Bold and italic of a style or run: null where it says nothing. */
    record Emphasis(@Nullable Boolean bold, @Nullable Boolean italic) {
        static final Emphasis NONE = new Emphasis(null, null);

        /** This, with the other's settings where this has none. */
        Emphasis over(Emphasis other) {
            return new Emphasis(bold != null ? bold : other.bold, italic != null ? italic : other.italic);
        }
    }

    private record Style(@Nullable String basedOn, Emphasis emphasis) {}

    private static final int MAX_CHAIN = 20;

    private final Map<String, Style> styles = new HashMap<>();
    private final Map<String, Emphasis> resolved = new HashMap<>();
    private Emphasis defaults = Emphasis.NONE;
    private @Nullable String defaultParagraphStyle;

    private DocxStyles() {}

    static DocxStyles of(XWPFDocument document) {
        DocxStyles result = new DocxStyles();
        XWPFStyles styles = document.getStyles();
        if (styles != null && styles.getCtStyles() != null) {
            result.load(styles.getCtStyles().getDomNode());
        }
        return result;
    }

    private void load(Node root) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (DocxXml.is(n, "docDefaults")) {
                Node rPr = DocxXml.child(DocxXml.child(n, "rPrDefault"), "rPr");
                defaults = emphasis(rPr);
            } else if (DocxXml.is(n, "style")) {
                Element style = (Element) n;
                String id = DocxXml.attribute(style, "styleId");
                if (id == null) {
                    continue;
                }
                styles.put(
                        id,
                        new Style(
                                DocxXml.attribute(DocxXml.child(style, "basedOn"), "val"),
                                emphasis(DocxXml.child(style, "rPr"))));
                String isDefault = DocxXml.attribute(style, "default");
                if ("paragraph".equals(DocxXml.attribute(style, "type"))
                        && ("1".equals(isDefault) || "true".equals(isDefault))) {
                    defaultParagraphStyle = id;
                }
            }
        }
    }

    /** Bold and italic of a run with the given direct formatting, character style and paragraph style. */
    Emphasis of(Emphasis direct, @Nullable String characterStyle, @Nullable String paragraphStyle) {
        return direct.over(style(characterStyle))
                .over(style(paragraphStyle != null ? paragraphStyle : defaultParagraphStyle))
                .over(defaults);
    }

    private Emphasis style(@Nullable String id) {
        if (id == null) {
            return Emphasis.NONE;
        }
        Emphasis cached = resolved.get(id);
        if (cached != null) {
            return cached;
        }
        Emphasis result = Emphasis.NONE;
        String current = id;
        for (int i = 0; current != null && i < MAX_CHAIN; i++) {
            Style style = styles.get(current);
            if (style == null) {
                break;
            }
            result = result.over(style.emphasis());
            current = style.basedOn();
        }
        resolved.put(id, result);
        return result;
    }

    /** The bold and italic settings in a w:rPr element (null: none). */
    static Emphasis emphasis(@Nullable Node rPr) {
        if (rPr == null) {
            return Emphasis.NONE;
        }
        Boolean bold = null;
        Boolean italic = null;
        Boolean complexBold = null;
        Boolean complexItalic = null;
        boolean complexScript = false;
        for (Node n = rPr.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!DocxXml.isW(n)) {
                continue;
            }
            switch (n.getLocalName()) {
                case "b" -> bold = DocxXml.onOff((Element) n);
                case "i" -> italic = DocxXml.onOff((Element) n);
                case "bCs" -> complexBold = DocxXml.onOff((Element) n);
                case "iCs" -> complexItalic = DocxXml.onOff((Element) n);
                case "rtl", "cs" -> complexScript = DocxXml.onOff((Element) n);
                default -> {}
            }
        }
        if (complexScript) { // right-to-left or complex-script text (Arabic) is shown with the *Cs settings
            bold = complexBold != null ? complexBold : bold;
            italic = complexItalic != null ? complexItalic : italic;
        }
        return new Emphasis(bold, italic);
    }
}
