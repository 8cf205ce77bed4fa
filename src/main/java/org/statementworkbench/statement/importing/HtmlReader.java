package org.statementworkbench.statement.importing;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * A statement saved as a web page (jsoup). Encoding: byte order mark, else {@code <meta charset>} or
 * {@code <meta http-equiv="Content-Type">} in the first 8 KB, else UTF-8; undecodable bytes are an error. Block
 * elements (p, h1-h6, li, blockquote, div, td, th, pre, ...) end the current paragraph and start a new one, so text
 * directly in a div between blocks is a paragraph of its own; {@code <br>} is "\n"; b/strong and
 * {@code font-weight: bold} make bold, i/em/cite and {@code font-style: italic} italic (headings are not made bold).
 * Whitespace collapses as in a browser, except in pre. Head, script, style, template, noscript and hidden elements
 * are ignored. No DTD is read and no entity other than HTML's own is expanded.
 */
final class HtmlReader {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "blockquote",
            "div",
            "td",
            "th",
            "pre",
            "tr",
            "table",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "section",
            "article",
            "header",
            "footer",
            "main",
            "nav",
            "aside",
            "address",
            "figure",
            "figcaption",
            "caption",
            "hr",
            "body",
            "form",
            "fieldset",
            "legend",
            "center");
    private static final Set<String> IGNORED = Set.of(
            "head",
            "script",
            "style",
            "template",
            "noscript",
            "title",
            "svg",
            "math",
            "iframe",
            "object",
            "embed",
            "canvas",
            "audio",
            "video",
            "select",
            "textarea",
            "button");
    private static final Set<String> BOLD = Set.of("b", "strong");
    private static final Set<String> ITALIC = Set.of("i", "em", "cite", "dfn", "var");
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEIGHT = Pattern.compile("font-weight\\s*:\\s*([a-z0-9]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE = Pattern.compile("font-style\\s*:\\s*([a-z]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN = Pattern.compile("display\\s*:\\s*none", Pattern.CASE_INSENSITIVE);
    private static final Pattern COLLAPSIBLE = Pattern.compile("[ \\t\\n\\r\\f]+");

    private record Format(boolean bold, boolean italic, boolean pre) {}

    private final ParagraphCollector paragraphs = new ParagraphCollector();
    private final ParagraphBuilder builder = new ParagraphBuilder();
    private final Deque<Format> formats = new ArrayDeque<>();

    private HtmlReader() {}

    static ImportedDocument read(byte[] bytes) {
        BinaryContent.refuseBinary(bytes, "a web page (HTML) file");
        String html = decode(bytes);
        BinaryContent.refuseControlCharacters(html, "a web page (HTML) file");
        HtmlReader reader = new HtmlReader();
        reader.walk(Jsoup.parse(html).body());
        return reader.paragraphs.document();
    }

    private static String decode(byte[] bytes) {
        Charset bom = TextDecoding.charsetFromBom(bytes);
        if (bom != null) {
            return TextDecoding.decode(bytes, bom, "the page", " (as its byte order mark says)");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        if (!meta.find()) {
            return TextDecoding.decode(
                    bytes, StandardCharsets.UTF_8, "the page", " (it declares no encoding with <meta charset>)");
        }
        String name = meta.group(1).toLowerCase(Locale.ROOT);
        Charset charset;
        try {
            // as browsers do: Latin-1 and ASCII labels mean Windows-1252; UTF-16 without a BOM is read as UTF-8
            charset = switch (name) {
                case "iso-8859-1", "latin1", "us-ascii", "ascii", "windows-1252" -> Charset.forName("windows-1252");
                case "utf-16", "utf-16le", "utf-16be" -> StandardCharsets.UTF_8;
                default -> Charset.forName(name);
            };
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new StatementImportException(
                    "The page declares the encoding \"" + meta.group(1) + "\", which is "
                            + "not known. Save the page as UTF-8 and try again.",
                    e);
        }
        return TextDecoding.decode(bytes, charset, "the page", " (as its <meta charset> says)");
    }

    private void walk(Element body) {
        formats.push(new Format(false, false, false));
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendText(text.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element element)) {
                    return FilterResult.SKIP_ENTIRELY; // comments, doctype, data
                }
                String tag = element.normalName();
                if (IGNORED.contains(tag)
                        || element.hasAttr("hidden")
                        || HIDDEN.matcher(element.attr("style")).find()) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCKS.contains(tag)) {
                    endParagraph();
                } else if (tag.equals("br")) {
                    Format f = formats.element();
                    builder.append("\n", f.bold(), f.italic());
                }
                formats.push(formatOf(element, formats.element()));
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element) {
                    formats.pop();
                    if (BLOCKS.contains(element.normalName())) {
                        endParagraph();
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        endParagraph();
    }

    private static Format formatOf(Element element, Format outer) {
        String tag = element.normalName();
        boolean bold = outer.bold() || BOLD.contains(tag);
        boolean italic = outer.italic() || ITALIC.contains(tag);
        String style = element.attr("style");
        if (!style.isEmpty()) {
            Matcher weight = WEIGHT.matcher(style);
            if (weight.find()) {
                String w = weight.group(1).toLowerCase(Locale.ROOT);
                bold = w.equals("bold") || w.equals("bolder") || w.matches("[6-9]00");
            }
            Matcher fontStyle = STYLE.matcher(style);
            if (fontStyle.find()) {
                String s = fontStyle.group(1).toLowerCase(Locale.ROOT);
                italic = s.equals("italic") || s.equals("oblique");
            }
        }
        return new Format(bold, italic, outer.pre() || tag.equals("pre"));
    }

    private void appendText(String text) {
        Format f = formats.element();
        if (f.pre()) {
            String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
            if (builder.length() == 0 && normalized.startsWith("\n")) {
                normalized = normalized.substring(1); // a newline right after <pre> is not shown
            }
            builder.append(normalized, f.bold(), f.italic());
            return;
        }
        String collapsed = COLLAPSIBLE.matcher(text).replaceAll(" ");
        if (collapsed.startsWith(" ") && builder.endsWithBlankOrIsEmpty()) {
            collapsed = collapsed.substring(1);
        }
        builder.append(collapsed, f.bold(), f.italic());
    }

    private void endParagraph() {
        int number = paragraphs.count() + 1;
        String beginning = builder.beginning();
        paragraphs.add(
                builder,
                () -> String.format(Locale.ENGLISH, "paragraph %,d of the page (starting \"%s\")", number, beginning));
    }
}
