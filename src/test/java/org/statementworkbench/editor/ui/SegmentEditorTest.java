package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mockito;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.node.ObjectNode;

/** The Java side of the segment editor, without a browser: properties sent, ranges checked, events received. */
class SegmentEditorTest {

    private final SegmentEditor editor = new SegmentEditor();

    @BeforeEach
    void attach() {
        new UI().add(editor);
        editor.setValue("The **Commission** met.");
    }

    private void fireFromClient(String type, Map<String, Object> data) {
        ObjectNode json = JacksonUtils.createObjectNode();
        data.forEach((key, value) -> {
            if (value instanceof Integer i) {
                json.put(key, i);
            } else if (value instanceof Boolean b) {
                json.put(key, b);
            } else {
                json.put(key, value.toString());
            }
        });
        editor.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(editor.getElement(), type, json));
    }

    /** A click (or key) on range t1 at 6-16, of this kind, with more details. */
    private void fireRangeClick(String kind, Map<String, Object> more) {
        Map<String, Object> detail = new HashMap<>(more);
        detail.putAll(Map.of(
                "event.detail.id", "t1", "event.detail.kind", kind, "event.detail.start", 6, "event.detail.end", 16));
        fireFromClient("range-click", detail);
    }

    /** The commands heard when the browser sends these command names. */
    private List<SegmentCommand> commandsFor(String... names) {
        List<SegmentCommand> commands = new ArrayList<>();
        editor.addCommandListener(e -> commands.add(e.getCommand()));
        for (String name : names) {
            fireFromClient("segment-command", Map.of("event.detail.command", name));
        }
        return commands;
    }

    /** The editor's UI with a session whose lock is held, as during a request, so that JavaScript calls queue. */
    private UI uiDuringARequest() {
        UI ui = editor.getUI().orElseThrow();
        VaadinSession session = Mockito.mock(VaadinSession.class);
        Mockito.when(session.hasLock()).thenReturn(true);
        ui.getInternals().setSession(session);
        return ui;
    }

    /** The JavaScript calls queued for the response. */
    private static List<PendingJavaScriptInvocation> javaScriptCalls(UI ui) {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals().dumpPendingJavaScriptInvocations();
    }

    @Test
    void theSelectionReportedByTheBrowserIsKeptUntilTheServerSetsANewValue() {
        assertThat(editor.getSelectedText()).isEmpty();
        fireFromClient("selection-changed", Map.of("event.detail.start", 6, "event.detail.end", 16));
        assertThat(editor.getSelectedText()).isEqualTo("Commission");
        assertThat(SegmentEditor.plainText("The **Commission** met \\*here*.")).isEqualTo("The Commission met *here.");
        editor.select(0, 3);
        assertThat(editor.getSelectedText()).isEqualTo("The");
        assertThatThrownBy(() -> editor.select(2, 99)).isInstanceOf(IllegalArgumentException.class);
        editor.setValue("Another segment");
        assertThat(editor.getSelectedText()).isEmpty();
    }

    @Test
    void rangesAreSentToTheElementAsAJsonArrayOfObjects() {
        editor.setRanges(List.of(
                new HighlightRange("t1", 6, 16, HighlightKind.TERM_HIT, "UNTERM: Commission"),
                new HighlightRange("s1", 19, 22, HighlightKind.SPELLING, "Spelling")));

        List<Map<String, Object>> sent = editor.getElement().getPropertyBean("ranges", new TypeReference<>() {});
        assertThat(sent)
                .containsExactly(
                        Map.of("id", "t1", "start", 6, "end", 16, "kind", "term-hit", "message", "UNTERM: Commission"),
                        Map.of("id", "s1", "start", 19, "end", 22, "kind", "spelling", "message", "Spelling"));
        assertThat(editor.getRanges()).extracting(HighlightRange::id).containsExactly("t1", "s1");
    }

    @Test
    void aRangeMustLieWithinTheText() {
        int length = editor.getValue().length();
        editor.setRanges(List.of(new HighlightRange("whole", 0, length, HighlightKind.STYLE, "whole text")));
        assertThatThrownBy(() -> editor.setRanges(
                        List.of(new HighlightRange("beyond", 0, length + 1, HighlightKind.STYLE, "too long"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beyond");
        assertThat(editor.getRanges()).extracting(HighlightRange::id).containsExactly("whole");
    }

    @ParameterizedTest(name = "\"{0}\" {1}-{2}")
    @CsvSource({"r, -1, 2", "r, 3, 3", "r, 4, 3", "' ', 0, 3"})
    void aRangeIsNonEmptyWithAnId(String id, int start, int end) {
        assertThatThrownBy(() -> new HighlightRange(id, start, end, HighlightKind.SPELLING, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kindsGoByTheirClientNamesAndARangeNeedsAMessage() {
        assertThatThrownBy(() -> HighlightKind.fromClientName("Term Hit")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HighlightRange("r", 0, 3, HighlightKind.SPELLING, null))
                .isInstanceOf(NullPointerException.class);
        assertThat(HighlightKind.fromClientName("term-missing")).isEqualTo(HighlightKind.TERM_MISSING);
        assertThat(HighlightKind.TERM_HIT.clientName()).isEqualTo("term-hit");
    }

    @Test
    void rangeIdsAreUnique() {
        assertThatThrownBy(() -> editor.setRanges(List.of(
                        new HighlightRange("same", 0, 3, HighlightKind.STYLE, ""),
                        new HighlightRange("same", 4, 6, HighlightKind.STYLE, ""))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void utf16OffsetsMatchJavaStringIndices() {
        editor.setValue("𝐀 لجنة");
        editor.setRanges(List.of(new HighlightRange("ar", 3, 7, HighlightKind.TERM_HIT, "لجنة")));
        assertThat(editor.getValue().substring(3, 7)).isEqualTo("لجنة");
    }

    @Test
    void directionLanguageAndLabelArePropertiesOfTheElement() {
        editor.setTextDirection(true);
        editor.setLanguage("ar");
        editor.setAriaLabel("Arabic translation");
        assertThat(editor.getElement().getProperty("dir")).isEqualTo("rtl");
        assertThat(editor.getElement().getProperty("lang")).isEqualTo("ar");
        assertThat(editor.getElement().getProperty("accessibleName")).isEqualTo("Arabic translation");
        editor.setTextDirection(false);
        assertThat(editor.getElement().getProperty("dir")).isEqualTo("ltr");
        assertThat(editor.getElement().getTag()).isEqualTo("segment-editor");
    }

    @Test
    void theValueTypedInTheBrowserReachesTheValueChangeListener() throws Exception {
        List<String> values = new ArrayList<>();
        editor.addValueChangeListener(e -> values.add(e.getValue() + (e.isFromClient() ? " (client)" : "")));
        editor.getElement()
                .getNode()
                .getFeature(ElementPropertyMap.class)
                .deferredUpdateFromClient("value", "The **Commission** met today.")
                .run();
        fireFromClient("value-changed", Map.of());
        assertThat(values).containsExactly("The **Commission** met today. (client)");
        assertThat(editor.getValue()).isEqualTo("The **Commission** met today.");
    }

    @Test
    void aRangeClickCarriesIdKindAndOffsets() {
        List<String> clicks = new ArrayList<>();
        editor.addRangeClickListener(e -> clicks.add(e.getRangeId() + "|"
                + e.getKind().clientName() + "|" + e.getStart() + "|" + e.getEnd() + "|" + e.isFromClient()));
        fireRangeClick("term-hit", Map.of());
        assertThat(clicks).containsExactly("t1|term-hit|6|16|true");
    }

    @Test
    void aClickOnARangeIsToldApartFromAKeyThatOpensIt() {
        List<Boolean> pointer = new ArrayList<>();
        editor.addRangeClickListener(e -> pointer.add(e.isPointer()));
        fireRangeClick("spelling", Map.of("event.detail.pointer", true));
        fireRangeClick("spelling", Map.of("event.detail.pointer", false));
        assertThat(pointer).containsExactly(true, false);
    }

    @Test
    void altSMovesBetweenSourceAndTarget() {
        assertThat(commandsFor("switch-text")).containsExactly(SegmentCommand.SWITCH_TEXT);
    }

    @Test
    void theSavedTextGoesToTheElementAndAReplacementIsAskedOfIt() {
        UI ui = uiDuringARequest();
        editor.setSavedValue("The **Commission** met.");
        assertThat(editor.getElement().getProperty("savedValue")).isEqualTo("The **Commission** met.");
        editor.setSavedValue(null);
        assertThat(editor.getElement().hasProperty("savedValue")).isFalse();

        editor.replaceValue("The **Commission** met today.");
        assertThat(javaScriptCalls(ui)).anySatisfy(c -> {
            assertThat(c.getInvocation().getExpression()).contains("replaceValue");
            assertThat(c.getInvocation().getParameters()).contains("The **Commission** met today.");
        });
        assertThat(editor.getValue())
                .as("changed in the browser, then sent back like typing")
                .isEqualTo("The **Commission** met.");
    }

    @Test
    void everyKeyboardCommandArrivesAsItsEnumConstant() {
        assertThat(commandsFor("confirm", "approve", "previous", "next", "copy-source", "revert"))
                .containsExactly(
                        SegmentCommand.CONFIRM,
                        SegmentCommand.APPROVE,
                        SegmentCommand.PREVIOUS,
                        SegmentCommand.NEXT,
                        SegmentCommand.COPY_SOURCE,
                        SegmentCommand.REVERT);
    }

    @Test
    void insertAtCursorAndFocusCallTheElementsMethods() {
        UI ui = uiDuringARequest();
        editor.insertAtCursor("Commission");
        editor.focusEditor();
        var invocations = javaScriptCalls(ui).stream()
                .map(i -> i.getInvocation().getExpression() + " "
                        + i.getInvocation().getParameters())
                .toList();
        assertThat(invocations)
                .anySatisfy(s -> assertThat(s).contains("insertAtCursor").contains("Commission"))
                .anySatisfy(s -> assertThat(s).contains("focusEditor"));
    }

    @Test
    void rangesNameTheTextTheyWereComputedForSoTheBrowserCanMoveThemAlongNewerTyping() {
        editor.setRanges(List.of(new HighlightRange("t1", 6, 16, HighlightKind.TERM_HIT, "Commission")));
        assertThat(editor.getElement().getProperty("rangesValue")).isEqualTo("The **Commission** met.");
    }

    @Test
    void replaceRangeAsksTheElementToEditOnlyIfTheTextThereIsStillTheSame() {
        UI ui = uiDuringARequest();
        editor.setValue("The Comission met.");
        editor.replaceRange(4, 13, "Comission", "Commission");
        assertThat(javaScriptCalls(ui)).anySatisfy(c -> {
            assertThat(c.getInvocation().getExpression()).contains("replaceRange");
            assertThat(c.getInvocation().getParameters()).containsSubsequence(4, 13, "Comission", "Commission");
        });
        assertThatThrownBy(() -> editor.replaceRange(4, 13, "Commission", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no longer");
        assertThatThrownBy(() -> editor.replaceRange(4, 99, "Comission", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beyond");
        assertThat(editor.getValue()).isEqualTo("The Comission met.");
    }
}
