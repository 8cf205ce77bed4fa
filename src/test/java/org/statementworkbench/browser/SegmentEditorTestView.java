package org.statementworkbench.browser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.statementworkbench.editor.ui.HighlightKind;
import org.statementworkbench.editor.ui.HighlightRange;
import org.statementworkbench.editor.ui.SegmentEditor;

/**
 * Test-only page for {@link SegmentEditorBrowserTest} (a route of the test classes only, open to anyone): an English
 * and an Arabic segment editor, buttons that call the editor's Java API, and spans showing what Java received.
 */
@Route(value = "test/segment-editor", autoLayout = false)
@AnonymousAllowed
class SegmentEditorTestView extends Div {

    static final String ENGLISH =
            "The **Commission** on *Crime Prevention* adopted the draft resolution \\* as amended.";
    private static final String ARABIC = "لجنة منع الجريمة والعدالة الجنائية";

    private final SegmentEditor english = new SegmentEditor();
    private final SegmentEditor arabic = new SegmentEditor();
    private final Span value = new Span();
    private final Span clicked = new Span();
    private final Span command = new Span();

    SegmentEditorTestView() {
        english.setId("english");
        english.setAriaLabel("English translation");
        english.setLanguage("en");
        english.setTextDirection(false);
        english.setValue(ENGLISH);
        english.setRanges(List.of(
                new HighlightRange("term-commission", 6, 16, HighlightKind.TERM_HIT, "UNTERM: Commission"),
                new HighlightRange("spell-adopted", 41, 48, HighlightKind.SPELLING, "Possible spelling mistake"),
                new HighlightRange("grammar-draft", 53, 58, HighlightKind.GRAMMAR, "Grammar: check the article"),
                new HighlightRange("style-amended", 76, 83, HighlightKind.STYLE, "Style: prefer \"revised\""),
                new HighlightRange(
                        "term-error-resolution", 59, 69, HighlightKind.TERM_ERROR, "Use \"decision\" here")));
        english.setWidth("640px");

        arabic.setId("arabic");
        arabic.setAriaLabel("Arabic translation");
        arabic.setLanguage("ar");
        arabic.setTextDirection(true);
        arabic.setValue(ARABIC);
        arabic.setRanges(List.of(new HighlightRange("term-committee", 0, 4, HighlightKind.TERM_HIT, "UNTERM: لجنة")));
        arabic.setWidth("640px");

        value.setId("value");
        clicked.setId("clicked");
        command.setId("command");
        english.addValueChangeListener(e -> value.setText(e.getValue()));
        english.addRangeClickListener(e -> clicked.setText(
                e.getRangeId() + " " + e.getKind().clientName() + " " + e.getStart() + ".." + e.getEnd()));
        english.addCommandListener(e -> command.setText(e.getCommand() + " with " + english.getValue()));
        arabic.addRangeClickListener(e -> clicked.setText(e.getRangeId()));

        var insert = new Button("Insert term", e -> english.insertAtCursor("Commission"));
        insert.setId("insert");
        var replace = new Button("Apply suggestion", e -> english.replaceRange(41, 48, "adopted", "approved"));
        replace.setId("replace");
        add(
                english,
                arabic,
                insert,
                replace,
                new Div(new Span("value: "), value),
                new Div(new Span("clicked: "), clicked),
                new Div(new Span("command: "), command));
    }
}
