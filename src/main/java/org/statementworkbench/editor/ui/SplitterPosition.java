package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.splitlayout.SplitLayout;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where the splitter between the segment list and the edit pane sits: {@link #DEFAULT} percent for the list,
 * or where the person last dragged it on this device. Kept in the browser (local storage), not on the server: a
 * laptop and a large screen want different splits. The edit area's minimum height (workbench.css) keeps the
 * target field and the main buttons in view whatever the position.
 */
final class SplitterPosition {

    static final double DEFAULT = 55;
    static final String STORAGE_KEY = "workbench.editor.splitter";
    private static final double MIN = 10;
    private static final double MAX = 90;

    private SplitterPosition() {}

    /** Keeps the splitter's position (after a drag) for the next editor opened in this browser. */
    static void remember(SplitLayout split) {
        Double position = split.getSplitterPosition();
        if (position != null && parse(String.valueOf(position)).isPresent()) {
            split.getElement()
                    .executeJs(
                            "try { localStorage.setItem($0, $1); } catch (e) { /* private mode */ }",
                            STORAGE_KEY,
                            String.valueOf(position));
        }
    }

    /** Puts the splitter where the person last left it in this browser, if anywhere. */
    static void restore(SplitLayout split) {
        split.getElement()
                .executeJs("try { return localStorage.getItem($0); } catch (e) { return null; }", STORAGE_KEY)
                .then(String.class, value -> parse(value).ifPresent(split::setSplitterPosition));
    }

    /** A stored position, if it is a number within bounds (anything else in local storage is ignored). */
    static Optional<Double> parse(@Nullable String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        try {
            double position = Double.parseDouble(stored.strip());
            return position >= MIN && position <= MAX ? Optional.of(position) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
