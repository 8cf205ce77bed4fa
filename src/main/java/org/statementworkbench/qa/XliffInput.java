package org.statementworkbench.qa;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * XLIFF 1.2 ({@code trans-unit} with {@code source}/{@code target}; {@code alt-trans} proposals are skipped) and
 * XLIFF 2.x ({@code unit}/{@code segment}; {@code ignorable} is skipped). The unit id is the trans-unit or unit id;
 * a 2.x unit of several segments gives one unit per segment, "unit/segment" (the segment's id, else its position).
 * Languages the file declares (file source-language/target-language, xliff srcLang/trgLang) must match the
 * requested ones.
 */
final class XliffInput extends XmlUnitReader {

    private boolean v2;
    private int positions;
    private @Nullable String unitId;
    private final List<String[]> segments = new ArrayList<>();
    private int altTrans;
    private boolean inSegment;
    private @Nullable String segmentId;
    private @Nullable String source;
    private @Nullable String target;

    XliffInput(byte[] content, String name, String sourceLanguage, String targetLanguage) {
        super(content, name, sourceLanguage, targetLanguage);
    }

    @Override
    void start(String element) {
        switch (element) {
            case "xliff" -> {
                String version = String.valueOf(xml.getAttributeValue(null, "version"));
                String ns = String.valueOf(xml.getNamespaceURI());
                v2 = version.startsWith("2") || ns.contains(":xliff:document:2");
                if (v2) {
                    languages("srcLang", "trgLang");
                }
            }
            case "file" -> {
                if (!v2) {
                    languages("source-language", "target-language");
                }
            }
            case "trans-unit", "unit" -> {
                positions++;
                String id = xml.getAttributeValue(null, "id");
                unitId = id == null || id.isBlank() ? String.valueOf(positions) : id;
                segments.clear();
                source = null;
                target = null;
            }
            case "alt-trans", "ignorable" -> altTrans++;
            case "segment" -> {
                inSegment = true;
                segmentId = xml.getAttributeValue(null, "id");
                source = null;
                target = null;
            }
            case "source", "target" -> {
                boolean ours = unitId != null && altTrans == 0 && (!v2 || inSegment);
                if (ours) {
                    String text = in.text();
                    if (element.equals("source")) {
                        source = text;
                    } else {
                        target = text;
                    }
                }
            }
            default -> {}
        }
    }

    @Override
    void end(String element) {
        switch (element) {
            case "alt-trans", "ignorable" -> altTrans--;
            case "segment" -> {
                inSegment = false;
                String id = segmentId == null || segmentId.isBlank() ? String.valueOf(segments.size() + 1) : segmentId;
                segments.add(new String[] {id, source == null ? "" : source, target == null ? "" : target});
            }
            case "trans-unit", "unit" -> {
                String id = String.valueOf(unitId);
                if (!v2) {
                    if (source == null) {
                        throw in.error("<trans-unit id=\"" + id + "\"> has no <source>");
                    }
                    units.add(new QaUnit(id, source, target == null ? "" : target));
                } else if (segments.size() == 1) {
                    units.add(new QaUnit(id, segments.getFirst()[1], segments.getFirst()[2]));
                } else {
                    segments.forEach(s -> units.add(new QaUnit(id + "/" + s[0], s[1], s[2])));
                }
                unitId = null;
            }
            default -> {}
        }
    }

    /** The languages the file declares in these attributes of the current element, if any, must be the ones asked. */
    private void languages(String sourceAttribute, String targetAttribute) {
        String source = xml.getAttributeValue(null, sourceAttribute);
        String target = xml.getAttributeValue(null, targetAttribute);
        boolean sourceOk = source == null || source.isBlank() || LanguageTags.matches(source, sourceLanguage);
        boolean targetOk = target == null || target.isBlank() || LanguageTags.matches(target, targetLanguage);
        if (!sourceOk || !targetOk) {
            throw in.error("the XLIFF is " + (source == null ? "?" : source) + " to " + (target == null ? "?" : target)
                    + " (" + sourceAttribute + "/" + targetAttribute + "), not " + sourceLanguage + " to "
                    + targetLanguage + " as asked");
        }
    }
}
