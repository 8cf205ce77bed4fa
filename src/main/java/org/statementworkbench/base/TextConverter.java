package org.statementworkbench.base;

import jakarta.persistence.AttributeConverter;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Stores a value in a text column, through the two functions a subclass gives (null stays null). JPA wants a
 * concrete {@code @Converter} class per type, so each type has a small subclass.
 */
public abstract class TextConverter<T> implements AttributeConverter<T, String> {

    private final Function<T, String> toText;
    private final Function<String, T> fromText;

    protected TextConverter(Function<T, String> toText, Function<String, T> fromText) {
        this.toText = toText;
        this.fromText = fromText;
    }

    @Override
    public final @Nullable String convertToDatabaseColumn(@Nullable T value) {
        return value == null ? null : toText.apply(value);
    }

    @Override
    public final @Nullable T convertToEntityAttribute(@Nullable String text) {
        return text == null ? null : fromText.apply(text);
    }
}
