package org.statementworkbench.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.SafeXml;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.XmlText;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads TMX 1.4b (and the 1.1-1.4 files tools still write) with StAX, streaming, into {@link TmxFile}: each
 * {@code <tu>}'s {@code <tuv>}s in the six UN languages (tags such as {@code en-US}, {@code zh-CN}, {@code zh-Hans},
 * {@code ar-SA} mapped to their language; others skipped and counted), inline codes kept as placeholders
 * ({@link TmxInline}), {@code creationid}/{@code changeid} and {@code creationdate}/{@code changedate} kept as author and
 * date, a {@code <prop>} whose type names a document symbol kept as the unit's symbol.
 *
 * <p>Hand-written on StAX rather than on Okapi's TMX filter: the Okapi Framework is not among our dependencies (nor in
 * the offline build's repository), and what we need of TMX (one pass, texts and codes kept verbatim for a lossless
 * export) is a small reader. The XML is read as the glossary's TBX reader and the batch QA's XML input read it,
 * through {@link SafeXml}: a bare DOCTYPE line naming the TMX DTD (most tools write one) is accepted and never read;
 * internal DTD subsets, entity declarations and entity references are refused; no external resources. The encoding
 * is checked strictly first ({@link XmlText}). Every error names the line.
 */
final class TmxReader {

    /** Largest file accepted: a TMX of a million two-sentence units in two languages is about 870 MB. */
    static final int MAX_BYTES = 1024 * 1024 * 1024;

    private static final Set<String> CODES = Set.of("bpt", "ept", "ph", "it", "ut");
    private static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What a streamed read found besides the units it handed on. */
    record Summary(
            @Nullable UnLanguage sourceLanguage,
            int units,
            Map<String, Integer> skippedLanguages,
            int skippedSingleLanguage,
            int skippedTooLong) {}

    /** The file's units; a file that is not TMX, not well-formed or not in its declared encoding is refused. */
    TmxFile read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw tooLarge();
        }
        String text;
        try {
            text = XmlText.decode(content);
        } catch (IllegalArgumentException e) {
            throw new TmxImportException(e.getMessage() + ". Nothing was imported.", e);
        }
        List<TmxFile.Unit> units = new ArrayList<>();
        try {
            return file(SafeXml.read(text, xml -> new Parse(xml, units::add).run()), units);
        } catch (XMLStreamException e) {
            throw failed(e, null);
        }
    }

    /** The file's units, read as a stream ({@link #read(Path, Consumer)}): the file is not held as bytes and text. */
    TmxFile read(Path file) {
        List<TmxFile.Unit> units = new ArrayList<>();
        return file(read(file, units::add), units);
    }

    private static TmxFile file(Summary summary, List<TmxFile.Unit> units) {
        return new TmxFile(
                summary.sourceLanguage(),
                List.copyOf(units),
                summary.skippedLanguages(),
                summary.skippedSingleLanguage(),
                summary.skippedTooLong());
    }

    /**
     * Reads the file as a stream, handing each unit to {@code units} as it is read (a million-unit file is never held
     * in memory); refused as {@link #read(byte[])} refuses, possibly after some units were handed on.
     */
    Summary read(Path file, Consumer<TmxFile.Unit> units) {
        return read(file, units, percent -> {});
    }

    /** As {@link #read(Path, Consumer)}, reporting how much of the file was read (0 to 100) as it goes. */
    Summary read(Path file, Consumer<TmxFile.Unit> units, IntConsumer progress) {
        long size;
        try {
            size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge();
            }
        } catch (IOException e) {
            throw new TmxImportException(
                    "The file could not be read (" + e.getMessage() + "). Nothing was imported.", e);
        }
        XmlText.Decoding text;
        try {
            text = XmlText.reader(file);
        } catch (IllegalArgumentException e) {
            throw new TmxImportException(e.getMessage() + ". Nothing was imported.", e);
        } catch (IOException e) {
            throw new TmxImportException(
                    "The file could not be read (" + e.getMessage() + "). Nothing was imported.", e);
        }
        int[] reported = {-1};
        Consumer<TmxFile.Unit> counted = unit -> {
            units.accept(unit);
            int percent = (int) (100 * Math.min(text.bytesRead(), size) / Math.max(1, size));
            if (percent != reported[0]) {
                reported[0] = percent;
                progress.accept(percent);
            }
        };
        try (text) {
            return SafeXml.read(text, xml -> new Parse(xml, counted).run());
        } catch (XMLStreamException e) {
            throw failed(e, text.problem());
        } catch (IOException e) {
            throw new TmxImportException(
                    "The file could not be read (" + e.getMessage() + "). Nothing was imported.", e);
        }
    }

    private static TmxImportException tooLarge() {
        return new TmxImportException(
                "The file is larger than " + MAX_BYTES / (1024 * 1024) + " MB. Nothing was imported.");
    }

    /** The refusal of a file the parser stopped on; {@code decoding} is the encoding problem that stopped it, if any. */
    private static TmxImportException failed(XMLStreamException e, @Nullable String decoding) {
        if (decoding != null) {
            return new TmxImportException(decoding + ". Nothing was imported.", e);
        }
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
        return new TmxImportException(
                (line > 0 ? "Line " + line + ": " : "") + describe(e) + ". Nothing was imported.", e);
    }

    private static String describe(XMLStreamException e) {
        var refusal = SafeXml.refusal(e);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        String m = String.valueOf(e.getMessage())
                .replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "")
                .replaceAll("\\s+", " ")
                .strip()
                .replaceAll("\\.+$", "");
        if (m.contains("XML document structures must start and end") || m.contains("end of file")) {
            return "the file ends before the document is complete: it looks truncated"; // before "entity": in it
        }
        if (m.contains("entity")) {
            return "entities are not allowed in a TMX file (" + m + ")";
        }
        return "not well-formed XML: " + m;
    }

    /** The language of a TMX language tag, if a UN one. */
    static Optional<UnLanguage> language(String tag) {
        return UnLanguage.fromTag(tag);
    }

    static @Nullable Instant date(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip(), TMX_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String codesJson(List<String> codes) {
        return JSON.writeValueAsString(codes);
    }

    static List<String> codes(@Nullable String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        return List.of(JSON.readValue(json, String[].class));
    }

    /** Whether a {@code <prop type>} names the document symbol. */
    static boolean isSymbolProp(@Nullable String type) {
        if (type == null) {
            return false;
        }
        String t = type.toLowerCase(Locale.ROOT).replaceFirst("^x-", "").replaceAll("[^a-z]", "");
        return t.equals("documentsymbol") || t.equals("docsymbol") || t.equals("symbol");
    }

    private static final class Parse {

        private final XMLStreamReader xml;
        private final Consumer<TmxFile.Unit> units;
        private int count;
        private final Map<String, Integer> skippedLanguages = new TreeMap<>();
        private int skippedSingle;
        private int skippedTooLong;
        private @Nullable UnLanguage source;
        /** Tags and dates repeat from unit to unit: each is read once (a million-unit file has a few hundred). */
        private final Map<String, Optional<UnLanguage>> languages = new java.util.HashMap<>();

        private final Map<String, Optional<Instant>> dates = new java.util.HashMap<>();

        private @Nullable Instant cachedDate(@Nullable String value) {
            if (value == null) {
                return null;
            }
            if (dates.size() > 10_000) {
                dates.clear();
            }
            return dates.computeIfAbsent(value, v -> Optional.ofNullable(date(v)))
                    .orElse(null);
        }

        Parse(XMLStreamReader xml, Consumer<TmxFile.Unit> units) {
            this.xml = xml;
            this.units = units;
        }

        Summary run() throws XMLStreamException {
            if (nextElement() == null || !xml.getLocalName().equals("tmx")) {
                throw error("this is not a TMX file: its root element is not <tmx>");
            }
            int depth = 1;
            while (depth > 0) {
                int event = next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "header" -> {
                            String srclang = xml.getAttributeValue(null, "srclang");
                            source = srclang == null ? null : language(srclang).orElse(null);
                            skip();
                        }
                        case "body" -> depth++;
                        case "tu" -> tu();
                        default -> skip();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw error("the file ends inside <tmx>: it looks truncated");
                }
            }
            while (xml.hasNext()) {
                next();
            }
            return new Summary(source, count, skippedLanguages, skippedSingle, skippedTooLong);
        }

        private void tu() throws XMLStreamException {
            String tuAuthor = attribute("changeid", "creationid");
            Instant tuChanged = cachedDate(attribute("changedate", "creationdate"));
            Instant created = cachedDate(xml.getAttributeValue(null, "creationdate"));
            Map<UnLanguage, TmxFile.Text> texts = new EnumMap<>(UnLanguage.class);
            String symbol = null;
            boolean tooLong = false;
            while (true) {
                int event = next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "prop" -> {
                        boolean isSymbol = isSymbolProp(xml.getAttributeValue(null, "type"));
                        String value = xml.getElementText().strip();
                        if (isSymbol && symbol == null && !value.isEmpty() && value.length() <= 100) {
                            symbol = value;
                        }
                    }
                    case "tuv" -> {
                        String tag = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                        if (tag == null) {
                            tag = xml.getAttributeValue(null, "lang");
                        }
                        if (tag == null) {
                            throw error("a <tuv> has no xml:lang");
                        }
                        Optional<UnLanguage> language = languages.computeIfAbsent(tag, TmxReader::language);
                        if (language.isEmpty() || texts.containsKey(language.get())) {
                            skippedLanguages.merge(tag, 1, Integer::sum);
                            skip();
                            continue;
                        }
                        String author = attribute("changeid", "creationid");
                        Instant changed = cachedDate(attribute("changedate", "creationdate"));
                        TmxFile.Text text =
                                tuv(author == null ? tuAuthor : author, changed == null ? tuChanged : changed);
                        if (text == null) {
                            continue;
                        }
                        if (text.text().length() > UnitText.MAX_LENGTH
                                || (!text.codes().isEmpty()
                                        && codesJson(text.codes()).length() > UnitText.MAX_LENGTH)) {
                            tooLong = true;
                        }
                        texts.put(language.get(), text);
                    }
                    default -> skip();
                }
            }
            if (tooLong) {
                skippedTooLong++;
            } else if (texts.size() < 2) {
                skippedSingle++;
            } else {
                count++;
                units.accept(new TmxFile.Unit(texts, symbol, created));
            }
        }

        /** A {@code <tuv>}'s {@code <seg>} (null if it has none or it is blank). */
        private TmxFile.@Nullable Text tuv(@Nullable String author, @Nullable Instant changed)
                throws XMLStreamException {
            TmxFile.Text text = null;
            while (true) {
                int event = next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return text;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (xml.getLocalName().equals("seg")) {
                        text = seg(author == null ? null : truncate(author, 64), changed);
                    } else {
                        skip();
                    }
                }
            }
        }

        private TmxFile.@Nullable Text seg(@Nullable String author, @Nullable Instant changed)
                throws XMLStreamException {
            var marked = new StringBuilder();
            List<String> codes = new ArrayList<>();
            List<String> open = new ArrayList<>();
            int depth = 1;
            while (depth > 0) {
                int event = next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        TmxInline.appendText(marked, xml.getText());
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = xml.getLocalName();
                        if (CODES.contains(name)) {
                            codes.add(fragment());
                            marked.append(TmxInline.placeholder(codes.size()));
                        } else {
                            depth++;
                            String hiType = name.equals("hi") && xml.getAttributeCount() == 1
                                    ? xml.getAttributeValue(null, "type")
                                    : null;
                            if ("bold".equals(hiType) || "italic".equals(hiType)) {
                                String marker = "bold".equals(hiType) ? "**" : "*";
                                marked.append(marker);
                                open.add(marker);
                            } else {
                                var start = new StringBuilder();
                                startTag(start);
                                codes.add(start.toString());
                                marked.append(TmxInline.placeholder(codes.size()));
                                open.add("</" + name + ">");
                            }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        if (depth > 0) {
                            String closing = open.removeLast();
                            if (closing.startsWith("*")) {
                                marked.append(closing);
                            } else {
                                codes.add(closing);
                                marked.append(TmxInline.placeholder(codes.size()));
                            }
                        }
                    }
                    default -> {}
                }
            }
            // NFC, as statements are stored: a decomposed "é" in a TMX must match the editor's composed one at 100
            String text = Normalizer.normalize(marked.toString().strip(), Normalizer.Form.NFC);
            return text.isEmpty() ? null : new TmxFile.Text(text, List.copyOf(codes), author, changed);
        }

        /** The current element, to its end, as XML (its content kept verbatim, escaped again). */
        private String fragment() throws XMLStreamException {
            var out = new StringBuilder();
            startTag(out);
            int depth = 1;
            while (depth > 0) {
                int event = next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        TmxInline.escape(out, xml.getText());
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        startTag(out);
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        out.append("</")
                                .append(qualified(xml.getPrefix(), xml.getLocalName()))
                                .append('>');
                    }
                    default -> {}
                }
            }
            return out.toString();
        }

        private void startTag(StringBuilder out) {
            out.append('<').append(qualified(xml.getPrefix(), xml.getLocalName()));
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                out.append(' ')
                        .append(qualified(xml.getAttributePrefix(i), xml.getAttributeLocalName(i)))
                        .append("=\"");
                TmxInline.escape(out, xml.getAttributeValue(i));
                out.append('"');
            }
            out.append('>');
        }

        private static String qualified(@Nullable String prefix, String local) {
            return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
        }

        private @Nullable String attribute(String first, String second) {
            String value = xml.getAttributeValue(null, first);
            if (value == null || value.isBlank()) {
                value = xml.getAttributeValue(null, second);
            }
            return value == null || value.isBlank() ? null : value.strip();
        }

        private static String truncate(String value, int max) {
            return value.length() <= max ? value : value.substring(0, max);
        }

        /** Skips the current element with everything in it. */
        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private @Nullable String nextElement() throws XMLStreamException {
            while (xml.hasNext()) {
                if (next() == XMLStreamConstants.START_ELEMENT) {
                    return xml.getLocalName();
                }
            }
            return null;
        }

        /** The next event; entity references are refused ({@link SafeXml}). */
        private int next() throws XMLStreamException {
            if (!xml.hasNext()) {
                throw error("the file ends before the document is complete: it looks truncated");
            }
            return xml.next();
        }

        private TmxImportException error(String message) {
            int line = xml.getLocation() == null ? -1 : xml.getLocation().getLineNumber();
            return new TmxImportException(
                    (line > 0 ? "Line " + line + ": " : "") + message + ". Nothing was imported.");
        }
    }
}
