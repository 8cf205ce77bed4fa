package org.statementworkbench.base.checks;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** Stores a {@link CheckId} as its text, {@code family.name} ({@code term.missing}, {@code lt.<RULE_ID>}). */
@Converter(autoApply = true)
public class CheckIdConverter implements AttributeConverter<CheckId, String> {

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable CheckId check) {
        return check == null ? null : check.toString();
    }

    @Override
    public @Nullable CheckId convertToEntityAttribute(@Nullable String id) {
        return id == null ? null : CheckId.parse(id);
    }
}
