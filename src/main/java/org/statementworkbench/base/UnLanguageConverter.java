package org.statementworkbench.base;

import jakarta.persistence.Converter;

/** Stores a {@link UnLanguage} as its BCP 47 code ("ar", "zh", ...). */
@Converter(autoApply = true)
public class UnLanguageConverter extends TextConverter<UnLanguage> {

    public UnLanguageConverter() {
        super(UnLanguage::code, UnLanguage::ofCode);
    }
}
