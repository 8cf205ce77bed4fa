package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The target-text cell of the translation editor (and, read only, the source text): plain text with protected
 * formatting markers ({@code **bold**}, {@code *italic*}, {@code \*}), highlighted ranges with tooltips, and
 * keyboard commands. The value reaches the server 300 ms after typing stops, at once on blur, before every
 * command and shortcut key, and before the back button navigates; the selection after each mouse or keyboard
 * selection. With a {@linkplain #setSavedValue saved text} the browser asks before a reload or closing the tab
 * while the text differs from it, and Esc puts it back undoably. The element is
 * {@code frontend/components/segment-editor.ts}.
 */
@Tag("segment-editor")
@JsModule("./components/segment-editor.ts")
public class SegmentEditor extends AbstractSinglePropertyField<SegmentEditor, String>
        implements HasSize, Focusable<SegmentEditor> {

    private List<HighlightRange> ranges = List.of();
    private int selectionStart;
    private int selectionEnd;

    public SegmentEditor() {
        super("value", "", false);
        getElement()
                .addEventListener("selection-changed", e -> {
                    selectionStart = e.getEventData().get("event.detail.start").asInt();
                    selectionEnd = e.getEventData().get("event.detail.end").asInt();
                })
                .addEventData("event.detail.start")
                .addEventData("event.detail.end");
        addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                selectionStart = 0;
                selectionEnd = 0;
            }
        });
    }

    /**
     * The text the person selected, as the browser last reported it (after each mouse or keyboard selection,
     * and before a shortcut key), with its formatting markers; empty when nothing is selected. A value set from
     * the server forgets the selection.
     */
    public String getSelectedText() {
        String value = getValue();
        int end = Math.min(selectionEnd, value.length());
        int start = Math.min(selectionStart, end);
        return value.substring(start, end);
    }

    /** Selects [start, end) of the value, in the browser too. */
    public void select(int start, int end) {
        if (start < 0 || start > end || end > getValue().length()) {
            throw new IllegalArgumentException("Selection " + start + ".." + end + " lies beyond the text of length "
                    + getValue().length());
        }
        selectionStart = start;
        selectionEnd = end;
        getElement().callJsFunction("selectRange", start, end);
    }

    /** The text without its formatting markers: {@code **bold**} and {@code *italic*} lose their asterisks. */
    public static String plainText(String marked) {
        return marked.replace("\\*", "\u0000").replace("*", "").replace('\u0000', '*');
    }

    /** Right-to-left (Arabic) or left-to-right text. */
    public void setTextDirection(boolean rtl) {
        getElement().setProperty("dir", rtl ? "rtl" : "ltr");
    }

    /** The BCP 47 tag of the text's language (line breaking, fonts, screen readers), e.g. {@code ar} or {@code zh}. */
    public void setLanguage(String bcp47) {
        getElement().setProperty("lang", bcp47);
    }

    /** The accessible name of the text box, e.g. "French translation of segment 3". */
    public void setAriaLabel(String label) {
        getElement().setProperty("accessibleName", label);
    }

    /**
     * Replaces the highlighted ranges; each must lie within the current value. Until the next call the browser
     * moves them along as the person types and drops those whose text is edited.
     *
     * @throws IllegalArgumentException if a range ends after the value, or two ranges share an id
     */
    public void setRanges(List<HighlightRange> ranges) {
        int length = getValue().length();
        for (HighlightRange range : ranges) {
            if (!range.fitsIn(length)) {
                throw new IllegalArgumentException("Range " + range.id() + " (" + range.start() + ".." + range.end()
                        + ") lies beyond the text of length " + length);
            }
        }
        if (ranges.stream().map(HighlightRange::id).distinct().count() != ranges.size()) {
            throw new IllegalArgumentException("Range ids must be unique");
        }
        this.ranges = List.copyOf(ranges);
        // the text they belong to: the browser moves them along anything typed since the value last reached us
        getElement().setProperty("rangesValue", getValue());
        getElement()
                .setPropertyList(
                        "ranges", this.ranges.stream().map(ClientRange::of).toList());
    }

    /** A range as the element takes it: the kind by its {@linkplain HighlightKind#clientName() client name}. */
    record ClientRange(String id, int start, int end, String kind, String message) {
        static ClientRange of(HighlightRange r) {
            return new ClientRange(r.id(), r.start(), r.end(), r.kind().clientName(), r.message());
        }
    }

    /** The ranges last set from the server (the browser may have moved or dropped some since). */
    public List<HighlightRange> getRanges() {
        return ranges;
    }

    public Registration addRangeClickListener(ComponentEventListener<RangeClickEvent> listener) {
        return addListener(RangeClickEvent.class, listener);
    }

    public Registration addCommandListener(ComponentEventListener<SegmentCommandEvent> listener) {
        return addListener(SegmentCommandEvent.class, listener);
    }

    /**
     * The text as last saved (stripped, as the server stores it): while the value differs from it, Esc puts it back
     * (as an edit that Ctrl+Z takes back, then a {@link SegmentCommand#REVERT} command arrives) and the browser asks
     * before the page is reloaded or closed. Null: nothing to guard.
     */
    public void setSavedValue(@Nullable String saved) {
        if (saved == null) {
            getElement().removeProperty("savedValue");
        } else {
            getElement().setProperty("savedValue", saved);
        }
    }

    /**
     * Replaces the whole text in the browser as if typed (one undo step: Ctrl+Z there brings the old text back),
     * formatting markers of {@code text} included; the new value then reaches the server like typed text. Does
     * nothing on a read-only editor.
     */
    public void replaceValue(String text) {
        getElement().callJsFunction("replaceValue", text);
    }

    /**
     * Offers a text saved elsewhere: the browser takes it only while it still shows {@code expected} (the value as
     * the server knows it), never over typing the server has not received yet; {@code answer} hears whether it did.
     * The value reaches the server as if typed, before the answer.
     */
    public void offerValue(String expected, String text, SerializableConsumer<Boolean> answer) {
        getElement().callJsFunction("offerValue", expected, text).then(Boolean.class, answer);
    }

    /** Inserts text at the caret, replacing any selection, as if typed (asterisks become literal ones). */
    public void insertAtCursor(String text) {
        getElement().callJsFunction("insertAtCursor", text);
    }

    /**
     * Replaces [start, end) of the value with {@code replacement} in the browser, as if typed there (undoable,
     * formatting markers protected, asterisks made literal), provided the text there is still {@code expected}:
     * text typed meanwhile is never overwritten. The new value then reaches the server like typed text.
     *
     * @throws IllegalArgumentException if the span lies beyond the value or its text is not {@code expected}
     */
    public void replaceRange(int start, int end, String expected, String replacement) {
        String value = getValue();
        if (start < 0 || start > end || end > value.length()) {
            throw new IllegalArgumentException(
                    "Span " + start + ".." + end + " lies beyond the text of length " + value.length());
        }
        if (!value.substring(start, end).equals(expected)) {
            throw new IllegalArgumentException(
                    "The text at " + start + ".." + end + " is no longer “" + expected + "”");
        }
        getElement().callJsFunction("replaceRange", start, end, expected, replacement);
    }

    /**
     * Points an overlay's {@code target} (a {@code Popover}, say) at the painted range with this id, or at the
     * whole editor when that range is not painted (any more).
     */
    public void anchorOverlay(Component overlay, String rangeId) {
        overlay.getElement().executeJs("this.target = $0.rangeAnchor($1) || $0", getElement(), rangeId);
    }

    /** Moves the keyboard focus into the text. */
    public void focusEditor() {
        getElement().callJsFunction("focusEditor");
    }
}
