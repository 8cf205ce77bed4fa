package org.statementworkbench.memory;

import java.util.EnumMap;
import java.util.Map;
import org.statementworkbench.base.UnLanguage;

/**
 * A unit as the index holds it: its id, its memory's priority and its texts by language; {@code revision} is that of
 * its last change (as read from the database; not stored in the index).
 */
record IndexedUnit(long id, int priority, Map<UnLanguage, String> texts, long revision) {

    IndexedUnit {
        texts = texts.isEmpty() ? Map.of() : new EnumMap<>(texts);
    }

    IndexedUnit(long id, int priority, Map<UnLanguage, String> texts) {
        this(id, priority, texts, 0);
    }

    String text(UnLanguage language) {
        return texts.getOrDefault(language, "");
    }
}
