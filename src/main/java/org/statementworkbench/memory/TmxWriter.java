package org.statementworkbench.memory;

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
 */
final class TmxWriter {

    static final String TOOL = "Statement Workbench";
    static final String SYMBOL_PROP = "x-document-symbol";
    private static final DateTimeFormatter TMX_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final StringBuilder xml = new StringBuilder(1 << 16);

    /** Starts the document; {@code source} null means {@code *all*}. */
    TmxWriter(@Nullable UnLanguage source, Instant now) {
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
    }

    /** One text of a unit to write. */
    record Text(String text, String codes, @Nullable String author, Instant changedAt) {}

    void unit(Instant createdAt, @Nullable String documentSymbol, Map<UnLanguage, Text> texts) {
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
    }

    byte[] finish() {
        xml.append("</body>\n</tmx>\n");
        return xml.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
