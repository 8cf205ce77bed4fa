package org.statementworkbench.qa;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * TMX 1.4b: each {@code tu} with a {@code tuv} in the source language is a unit (target empty when the tu has none
 * in the target language); its id is the tu's {@code tuid}, else its position from 1. A tuv's language is its
 * {@code xml:lang} (or the older {@code lang}); an exact tag wins, else "en" matches "en-US" and "EN-GB". A file
 * with no tuv at all in the source or the target language is an error naming the languages it has. The texts of a
 * tu in the other UN languages are kept as the unit's other translations (for {@code cross-target.number}).
 */
final class TmxInput extends XmlUnitReader {

    private final Set<String> languages = new LinkedHashSet<>();
    private int positions;
    private boolean anyTarget;
    private @Nullable String tuid;
    private final Map<String, String> tuvs = new LinkedHashMap<>();
    private @Nullable String language;

    TmxInput(byte[] content, String name, String sourceLanguage, String targetLanguage) {
        super(content, name, sourceLanguage, targetLanguage);
    }

    @Override
    List<QaUnit> read() {
        super.read();
        if (units.isEmpty() || !anyTarget) {
            String missing = units.isEmpty() ? sourceLanguage : targetLanguage;
            throw new QaInputException(name + ": the TMX has no <tuv> in " + missing + "; its languages are "
                    + (languages.isEmpty() ? "none" : String.join(", ", languages)));
        }
        return units;
    }

    @Override
    void start(String element) {
        switch (element) {
            case "tu" -> {
                positions++;
                tuid = xml.getAttributeValue(null, "tuid");
                tuvs.clear();
            }
            case "tuv" -> {
                String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                language = lang != null ? lang : xml.getAttributeValue(null, "lang");
                if (language == null || language.isBlank()) {
                    throw in.error("a <tuv> has no xml:lang");
                }
                languages.add(language);
            }
            case "seg" -> {
                String text = in.text();
                if (language != null) {
                    tuvs.putIfAbsent(language, text);
                }
            }
            default -> {}
        }
    }

    @Override
    void end(String element) {
        switch (element) {
            case "tu" -> endTu();
            case "tuv" -> language = null;
            default -> {}
        }
    }

    private void endTu() {
        String source = pick(sourceLanguage);
        String target = pick(targetLanguage);
        if (source != null) {
            anyTarget |= target != null;
            String id = tuid == null || tuid.isBlank() ? String.valueOf(positions) : tuid;
            units.add(new QaUnit(id, source, target == null ? "" : target, others()));
        }
    }

    /** The tu's texts in the UN languages other than the source's and the target's: witnesses for cross-target. */
    private Map<UnLanguage, String> others() {
        Map<UnLanguage, String> others = new EnumMap<>(UnLanguage.class);
        if (tuvs.size() > 2) {
            for (UnLanguage language : UnLanguage.values()) {
                String code = language.code();
                if (LanguageTags.matches(sourceLanguage, code) || LanguageTags.matches(targetLanguage, code)) {
                    continue;
                }
                String text = pick(code);
                if (text != null && !text.isBlank()) {
                    others.put(language, text);
                }
            }
        }
        return others;
    }

    private @Nullable String pick(String wanted) {
        for (Map.Entry<String, String> e : tuvs.entrySet()) {
            if (LanguageTags.same(e.getKey(), wanted)) {
                return e.getValue();
            }
        }
        for (Map.Entry<String, String> e : tuvs.entrySet()) {
            if (LanguageTags.matches(e.getKey(), wanted)) {
                return e.getValue();
            }
        }
        return null;
    }
}
