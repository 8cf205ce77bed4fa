package org.statementworkbench.base.checks;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** Stores a {@link Severity} as its {@link Severity#label() label}: {@code error}, {@code warning}, {@code info}. */
@Converter(autoApply = true)
public class SeverityConverter implements AttributeConverter<Severity, String> {

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable Severity severity) {
        return severity == null ? null : severity.label();
    }

    @Override
    public @Nullable Severity convertToEntityAttribute(@Nullable String label) {
        return label == null ? null : Severity.fromLabel(label);
    }
}
