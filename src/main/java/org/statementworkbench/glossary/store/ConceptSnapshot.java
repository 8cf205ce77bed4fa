package org.statementworkbench.glossary.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryTerm;

/**
 * A concept as plain text, one fact per line, for the history: readable as it is and diffable line by line
 * ({@link #summary}).
 */
public final class ConceptSnapshot {

    private ConceptSnapshot() {}

    public static String text(GlossaryConcept c) {
        StringBuilder b = new StringBuilder();
        b.append("id: ").append(c.externalId()).append('\n');
        b.append("subject fields: ")
                .append(String.join("; ", c.subjectFields()))
                .append('\n');
        line(b, "definition", c.definition());
        line(b, "note", c.note());
        line(b, "source", c.source());
        if (c.retired()) {
            b.append("retired: ").append(c.retiredReason() == null ? "yes" : c.retiredReason());
            if (c.mergedInto() != null) {
                b.append(" (merged into concept ").append(c.mergedInto()).append(')');
            }
            b.append('\n');
        }
        for (GlossaryTerm t : c.terms()) {
            b.append('[')
                    .append(t.languageTag())
                    .append("] ")
                    .append(t.text())
                    .append(" | ")
                    .append(t.type().tbx())
                    .append(", ")
                    .append(t.status().name().toLowerCase(Locale.ROOT))
                    .append(", ")
                    .append(t.approval().name().toLowerCase(Locale.ROOT));
            if (t.caseSensitive()) {
                b.append(", case-sensitive");
            }
            if (t.partOfSpeech() != null) {
                b.append(", ").append(t.partOfSpeech());
            }
            if (t.gender() != null) {
                b.append(", ").append(t.gender());
            }
            if (t.context() != null) {
                b.append(", context: ").append(t.context());
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String label, @Nullable String value) {
        if (value != null) {
            b.append(label).append(": ").append(value.replace('\n', ' ')).append('\n');
        }
    }

    /** "- removed line; + added line", or "no change". */
    public static String summary(@Nullable String before, @Nullable String after) {
        Set<String> old = lines(before);
        Set<String> now = lines(after);
        List<String> parts = new ArrayList<>();
        for (String l : old) {
            if (!now.contains(l)) {
                parts.add("- " + l);
            }
        }
        for (String l : now) {
            if (!old.contains(l)) {
                parts.add("+ " + l);
            }
        }
        return parts.isEmpty() ? "no change" : String.join("\n", parts);
    }

    private static Set<String> lines(@Nullable String text) {
        return text == null ? Set.of() : new LinkedHashSet<>(text.lines().toList());
    }
}
