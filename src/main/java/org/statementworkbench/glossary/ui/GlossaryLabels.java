package org.statementworkbench.glossary.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryTerm;
import org.statementworkbench.glossary.TermLanguage;

/** Words and small pieces the glossary screens share: language names, dates, badges. */
final class GlossaryLabels {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Locale.UK)
            .withZone(ZoneId.systemDefault());
    static final List<String> PARTS_OF_SPEECH = List.of("noun", "verb", "adjective", "adverb", "properNoun", "other");
    static final List<String> GENDERS = List.of("masculine", "feminine", "neuter", "other");

    private GlossaryLabels() {}

    static String when(@Nullable Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** "Arabic (ar)" for the UN languages, the JDK's English name for others ("German (de-CH)"). */
    static String language(String code) {
        String name = TermLanguage.unLanguageOf(code)
                .map(UnLanguage::englishName)
                .orElseGet(() -> Locale.forLanguageTag(code).getDisplayName(Locale.ENGLISH));
        return (name.isBlank() ? code : name) + " (" + code + ")";
    }

    static boolean rightToLeft(String code) {
        String primary = code.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return List.of("ar", "he", "fa", "ur", "ps", "yi").contains(primary);
    }

    /** Sets lang and dir on a component that shows text of the language. */
    static <C extends Component> C inLanguage(C component, String code) {
        component.getElement().setAttribute("lang", code);
        component.getElement().setAttribute("dir", rightToLeft(code) ? "rtl" : "ltr");
        return component;
    }

    static Span badge(String text, String kind) {
        var badge = new Span(text);
        badge.addClassNames("glossary-badge", "glossary-badge-" + kind);
        return badge;
    }

    /** Who retired the concept, when and why; and whether it was merged. */
    static String retiredText(GlossaryConcept c) {
        return "Retired: " + (c.retiredReason() == null ? "no reason given" : c.retiredReason()) + ", by "
                + c.retiredBy() + ", " + when(c.retiredAt());
    }

    static boolean hasPendingProposal(GlossaryConcept c) {
        return c.terms().stream().anyMatch(t -> t.approval() == Approval.PROPOSED);
    }

    /** Who decided a term's approval, when, and their comment: the badge's tooltip. */
    static String approvalDetails(GlossaryTerm t) {
        List<String> parts = new ArrayList<>();
        parts.add(t.approval().label());
        if (t.approvalBy() != null) {
            parts.add("by " + t.approvalBy());
        }
        if (t.approvalAt() != null) {
            parts.add(when(t.approvalAt()));
        }
        String text = String.join(", ", parts);
        return t.approvalNote() == null || t.approvalNote().isBlank() ? text : text + ": " + t.approvalNote();
    }

    /** The languages to show for a concept: the six UN languages in UN order, then its other languages. */
    static List<String> languagesOf(GlossaryConcept c) {
        List<String> codes = new ArrayList<>();
        for (UnLanguage l : UnLanguage.values()) {
            codes.add(l.code());
        }
        c.terms().stream()
                .filter(t -> t.unLanguage().isEmpty())
                .map(GlossaryTerm::languageTag)
                .distinct()
                .sorted()
                .forEach(codes::add);
        return codes;
    }
}
