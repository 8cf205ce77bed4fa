package org.statementworkbench.base;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** Stores a {@link UnLanguage} as its BCP 47 code ("ar", "zh", ...). */
@Converter(autoApply = true)
public class UnLanguageConverter implements AttributeConverter<UnLanguage, String> {

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable UnLanguage language) {
        return language == null ? null : language.code();
    }

    @Override
    public @Nullable UnLanguage convertToEntityAttribute(@Nullable String code) {
        return code == null ? null : UnLanguage.ofCode(code);
    }
}
