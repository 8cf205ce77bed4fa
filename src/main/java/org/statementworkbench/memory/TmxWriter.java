package org.statementworkbench.memory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * Writes units as TMX 1.4b: a header naming the tool ({@value #TOOL}), the source language ({@code *all*} for a
 * multilingual export) and English as the administrative language; per unit its creation date and document symbol
 * ({@code <prop type="x-document-symbol">}), per text its author and date ({@code changeid}, {@code changedate}), the
 * text with its markers and placeholders written back as inline markup ({@link TmxInline}). What {@link TmxReader}
 * reads back is what was written.
 *
 * <p>The document is streamed: the header goes out when the writer starts, each unit as it is given, so that a
 * memory of a million units is never held in memory (only one unit's XML is, and a 64 KB buffer). Not a StAX
 * {@code XMLStreamWriter}: the inline codes are kept as the XML fragments they were imported as and must be written
 * back verbatim (StAX has no raw write), and the escaping here ({@link TmxInline#escape}) keeps the export byte for
 * byte what it was. Not thread-safe; {@link #finish()} ends the document and flushes, but does not close the stream.
 */
final class TmxWriter {

    static final String TOOL = "Statement Workbench";
    static final String SYMBOL_PROP = "x-document-symbol";
    private static final DateTimeFormatter TMX_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Writer out;
    private final StringBuilder xml = new StringBuilder(1 << 12);
    private int units;

    /** Starts the document on {@code stream} (UTF-8); {@code source} null means {@code *all*}. */
    TmxWriter(OutputStream stream, @Nullable UnLanguage source, Instant now) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<tmx version=\"1.4\">\n")
                .append("<header creationtool=\"")
                .append(TOOL)
                .append("\" creationtoolversion=\"1\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\"")
                .append(" srclang=\"")
                .append(source == null ? "*all*" : source.code())
                .append("\" o-tmf=\"")
                .append(TOOL)
                .append("\" creationdate=\"")
                .append(TMX_DATE.format(now))
                .append("\"/>\n<body>\n");
        write();
    }

    /** One text of a unit to write. */
    record Text(String text, String codes, @Nullable String author, Instant changedAt) {}

    /** Writes one unit. */
    void unit(Instant createdAt, @Nullable String documentSymbol, Map<UnLanguage, Text> texts) throws IOException {
        xml.append("<tu creationdate=\"").append(TMX_DATE.format(createdAt)).append("\">\n");
        if (documentSymbol != null) {
            xml.append("  <prop type=\"").append(SYMBOL_PROP).append("\">");
            TmxInline.escape(xml, documentSymbol);
            xml.append("</prop>\n");
        }
        texts.forEach((language, text) -> {
            xml.append("  <tuv xml:lang=\"").append(language.code()).append('"');
            if (text.author() != null) {
                xml.append(" changeid=\"");
                TmxInline.escape(xml, text.author());
                xml.append('"');
            }
            xml.append(" changedate=\"")
                    .append(TMX_DATE.format(text.changedAt()))
                    .append("\"><seg>");
            TmxInline.writeSeg(text.text(), TmxReader.codes(text.codes()), xml);
            xml.append("</seg></tuv>\n");
        });
        xml.append("</tu>\n");
        write();
        units++;
    }

    /** Ends the document and flushes it to the stream (left open); returns the number of units written. */
    int finish() throws IOException {
        xml.append("</body>\n</tmx>\n");
        write();
        out.flush();
        return units;
    }

    private void write() throws IOException {
        out.append(xml);
        xml.setLength(0);
    }
}
