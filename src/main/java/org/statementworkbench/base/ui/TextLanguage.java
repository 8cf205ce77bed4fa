package org.statementworkbench.base.ui;

import com.vaadin.flow.component.HasElement;
import org.statementworkbench.base.UnLanguage;

/** Marks a component's text as written in a language: its {@code lang}, and its direction (Arabic right to left). */
public final class TextLanguage {

    private TextLanguage() {}

    /** Sets {@code lang} to the tag and {@code dir} to {@code rtl} for a right-to-left UN language, else {@code ltr}. */
    public static void mark(HasElement component, String languageTag) {
        component.getElement().setAttribute("lang", languageTag);
        component
                .getElement()
                .setAttribute(
                        "dir",
                        UnLanguage.fromTag(languageTag)
                                        .filter(UnLanguage::rightToLeft)
                                        .isPresent()
                                ? "rtl"
                                : "ltr");
    }
}
