package org.statementworkbench.glossary.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.stream.Collectors;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryTerm;

/**
 * The result columns: one per UN language (the approved preferred term, the others smaller; Arabic right to
 * left; wrapped between words only), other languages, subject fields, and badges for retired concepts and pending
 * proposals.
 */
record GlossaryGrid(Grid<GlossaryConcept> grid) {

    void configure() {
        grid.addThemeVariants(
                GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("glossary-grid");
        grid.setPageSize(50);
        for (UnLanguage l : UnLanguage.values()) {
            String c = l.code();
            grid.addColumn(LitRenderer.<GlossaryConcept>of("<div class='glossary-cell' lang='" + c + "' dir='"
                                    + (l.rightToLeft() ? "rtl" : "ltr")
                                    + "'><div class='glossary-preferred'>${item.preferred}</div>"
                                    + "<div class='glossary-others'>${item.others}</div></div>")
                            .withProperty("preferred", concept -> preferred(concept, l))
                            .withProperty("others", concept -> others(concept, l)))
                    .setHeader(l.englishName())
                    .setKey(c)
                    .setWidth(minimumWidth(l))
                    .setFlexGrow(1)
                    .setResizable(true);
        }
        grid.addColumn(GlossaryGrid::otherLanguages)
                .setHeader("Other")
                .setKey("other")
                .setFlexGrow(0)
                .setWidth("8rem")
                .setResizable(true);
        grid.addColumn(c -> String.join(", ", c.subjectFields()))
                .setHeader("Subject fields")
                .setKey("subjects")
                .setFlexGrow(0)
                .setWidth("9rem")
                .setResizable(true);
        grid.addColumn(LitRenderer.<GlossaryConcept>of(
                                "<span class='glossary-badge glossary-badge-retired' "
                                        + "?hidden='${!item.retired}' title='${item.retiredText}'>Retired</span> "
                                        + "<span class='glossary-badge glossary-badge-proposed' ?hidden='${!item.pending}'>Proposal</span>")
                        .withProperty("retired", GlossaryConcept::retired)
                        .withProperty("retiredText", c -> c.retired() ? GlossaryLabels.retiredText(c) : "")
                        .withProperty("pending", GlossaryLabels::hasPendingProposal))
                .setHeader("State")
                .setKey("state")
                .setFlexGrow(0)
                .setWidth("6.5rem");
        grid.setPartNameGenerator(c -> c.retired() ? "retired" : null);
    }

    /**
     * A language column never gets narrower than its longest words: terms wrap between words only (glossary.css),
     * and on a narrow window the grid scrolls sideways. 12rem holds the longest words of UN names at the cells'
     * font size ("Контртеррористического", "информационно-", "الاقتصادية"); Chinese breaks between any characters.
     */
    static String minimumWidth(UnLanguage language) {
        return language == UnLanguage.ZH ? "7rem" : "12rem";
    }

    static String preferred(GlossaryConcept c, UnLanguage language) {
        return c.preferred(language).map(GlossaryTerm::text).orElse("");
    }

    static String others(GlossaryConcept c, UnLanguage language) {
        String main = preferred(c, language);
        return c.terms(language).stream()
                .map(GlossaryTerm::text)
                .filter(t -> !t.equals(main))
                .collect(Collectors.joining(" · "));
    }

    private static String otherLanguages(GlossaryConcept c) {
        return c.terms().stream()
                .filter(t -> t.unLanguage().isEmpty())
                .map(t -> t.languageTag() + ": " + t.text())
                .collect(Collectors.joining("; "));
    }
}
