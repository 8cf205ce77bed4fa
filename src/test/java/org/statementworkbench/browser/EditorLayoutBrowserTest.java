package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.NewStatement;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.StatementDetails;
import org.statementworkbench.statement.importing.ImportedDocument;
import org.statementworkbench.statement.importing.ImportedParagraph;
import org.statementworkbench.statement.importing.TextRun;

/**
 * The editor on a 1366x768 screen, in Arabic: the segment list shows bold and italic as formatting (never the
 * raw markers, never the text as markup, the bold lead-in of an Arabic heading on its right), and the edit
 * pane's target field and main buttons are in view without scrolling.
 */
class EditorLayoutBrowserTest extends BrowserTest {

    static final String AGENDA_EN = "Agenda 5 (afternoon session):";
    static final String AGENDA_AR = "البند 5 من جدول الأعمال (جلسة بعد الظهر):";
    static final String INJECTED = "<img src=x onerror=\"document.body.dataset.injected='yes'\"><b>";

    EditorLayoutBrowserTest() {
        super(1366, 768);
    }

    /** A statement with a bold lead-in, an italic line and a text that looks like markup; Arabic drafts. */
    private long formattedStatement(String translator) {
        user(translator, "Amina Haddad", Set.of(Role.TRANSLATOR), Set.of(UnLanguage.AR, UnLanguage.FR));
        long id = importStatement(
                thailandAtCcpcj("Statement by Thailand", UnLanguage.AR, UnLanguage.FR, UnLanguage.RU),
                new ImportedDocument(List.of(
                        new ImportedParagraph(List.of(TextRun.plain("Mr. Chair,"))),
                        new ImportedParagraph(List.of(
                                TextRun.bold(AGENDA_EN),
                                TextRun.plain(" Thematic discussion on countering cybercrime"))),
                        new ImportedParagraph(List.of(TextRun.italic("Delivered by Mr. Triyarith Temahivong"))),
                        new ImportedParagraph(List.of(
                                TextRun.plain("Thailand pledges its commitment to tackle " + "cybercrime."))))));
        save(
                translator,
                Role.TRANSLATOR,
                id,
                UnLanguage.AR,
                2,
                "**" + AGENDA_AR + "** مناقشة مواضيعية بشأن مكافحة الجريمة السيبرانية",
                SegmentStatus.DRAFT);
        save(
                translator,
                Role.TRANSLATOR,
                id,
                UnLanguage.AR,
                3,
                "*ألقى البيان السيد تريياريت تيماهيفونغ*",
                SegmentStatus.TRANSLATED);
        save(translator, Role.TRANSLATOR, id, UnLanguage.FR, 4, INJECTED, SegmentStatus.DRAFT);
        return id;
    }

    private void openEditor(String translator, long statementId, String query) {
        pages.openEditorAs(translator, statementId, query);
        pages.awaitCell("Thematic discussion");
    }

    /** The formatted element (b/strong or i/em) inside the grid cell whose text contains {@code cellText}. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> formatted(String cellText, String tags) {
        return (Map<String, Object>) pages.js("""
                const cell = [...document.querySelectorAll('vaadin-grid-cell-content')]
                    .find(c => c.textContent.includes(arguments[0]));
                if (!cell) return {found: false};
                const text = cell.querySelector('.segment-text') || cell;
                const el = text.querySelector(arguments[1]);
                const box = text.getBoundingClientRect();
                const r = el ? el.getBoundingClientRect() : null;
                return {found: true, cellText: cell.textContent, html: cell.innerHTML,
                    formattedText: el ? el.textContent : null,
                    weight: el ? getComputedStyle(el).fontWeight : null,
                    style: el ? getComputedStyle(el).fontStyle : null,
                    boxLeft: box.left, boxRight: box.right,
                    left: r ? r.left : null, right: r ? r.right : null};
                """, cellText, tags);
    }

    @Test
    void theSegmentListShowsBoldAndItalicAsFormattingAlsoInArabic() {
        String translator = "layout-ar-" + System.nanoTime();
        long id = formattedStatement(translator);
        openEditor(translator, id, "?lang=ar&segment=2");

        pages.screenshot("editor-grid-formatting-arabic-1366x768");
        Map<String, Object> english = formatted("Thematic discussion", "b, strong");
        assertThat((String) english.get("cellText")).doesNotContain("*");
        assertThat(english.get("formattedText")).as(english.toString()).isEqualTo(AGENDA_EN);
        assertThat(Integer.parseInt((String) english.get("weight"))).isGreaterThanOrEqualTo(600);

        Map<String, Object> arabic = formatted("مناقشة مواضيعية", "b, strong");
        assertThat((String) arabic.get("cellText")).doesNotContain("*");
        assertThat(arabic.get("formattedText")).as(arabic.toString()).isEqualTo(AGENDA_AR);
        // right to left: the bold lead-in starts the line at the right edge, the rest follows to its left
        assertThat(((Number) arabic.get("right")).doubleValue())
                .isCloseTo(((Number) arabic.get("boxRight")).doubleValue(), org.assertj.core.data.Offset.offset(2.0));
        assertThat(((Number) arabic.get("left")).doubleValue())
                .isGreaterThan(((Number) arabic.get("boxLeft")).doubleValue() + 20);

        Map<String, Object> italic = formatted("ألقى البيان", "i, em");
        assertThat((String) italic.get("cellText")).doesNotContain("*");
        assertThat(italic.get("style")).as(italic.toString()).isEqualTo("italic");
        assertThat(formatted("Delivered by", "i, em").get("style")).isEqualTo("italic");

        // text that looks like markup stays text: shown as typed, nothing of it runs
        pages.open("/statement/" + id + "?lang=fr&segment=4");
        pages.awaitCell("<img src=x");
        assertThat(pages.js("return document.querySelector('vaadin-grid-cell-content img') === null"
                        + " && document.body.dataset.injected === undefined"))
                .isEqualTo(true);
    }

    @Test
    void atLaptopSizeTheTargetFieldAndMainButtonsAreInViewWithoutScrolling() {
        String translator = "layout-fit-" + System.nanoTime();
        long id = formattedStatement(translator);
        openEditor(translator, id, "?lang=ar&segment=2");
        pages.atSegment(2);

        // a 1366x768 window: headless Chromium, like a real browser, leaves the page less (1366x625)
        pages.screenshot("editor-1366x768-arabic");
        for (String selector : List.of(
                ".segment-edit-pane segment-editor.edit-target",
                ".segment-edit-pane vaadin-button[theme~='primary']")) {
            assertInView(selector);
        }
        assertInViewByText("Save draft");
        assertInViewByText("Copy source");
        assertInViewByText("Revert");
    }

    @Test
    void tickingAllLanguagesKeepsTheOpenSegmentInViewWithEveryLanguagesStatus() throws Exception {
        String translator = "layout-all-" + System.nanoTime();
        formattedStatement(translator);
        String demo;
        try (var in = getClass().getResourceAsStream("/demo/thailand-ccpcj31-cybercrime.en.txt")) {
            demo = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        long id = importStatement(
                new NewStatement(
                        "Statement by Thailand (full)",
                        new StatementDetails(null, null, null, null, null, "Thailand", null),
                        UnLanguage.EN,
                        EnumSet.of(UnLanguage.AR, UnLanguage.ZH, UnLanguage.FR, UnLanguage.RU, UnLanguage.ES)),
                demo);
        pages.signIn(translator);
        pages.open("/statement/" + id + "?lang=ar&segment=14");
        pages.atSegment(14);
        String source = (String)
                pages.js("return document.querySelector('.segment-edit-pane segment-editor.edit-source')" + ".value");
        String snippet = source.replace("*", "").substring(0, Math.min(30, source.length()));

        driver.findElement(By.xpath("//vaadin-checkbox[contains(., 'All languages')]"))
                .click();
        pages.waiting()
                .until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content .statuses"))
                                .size()
                        > 0);
        pages.settled();
        assertThat(driver.findElement(By.cssSelector(".segment-edit-pane")).getText())
                .contains("Segment 14");
        // the open segment's row is still the one in view, and its status line names every target language
        @SuppressWarnings("unchecked")
        Map<String, Object> row = (Map<String, Object>) pages.js("""
                const grid = document.querySelector('vaadin-grid').getBoundingClientRect();
                const cell = [...document.querySelectorAll('vaadin-grid-cell-content')]
                    .find(c => c.textContent.includes(arguments[0]));
                if (!cell) return {found: false};
                const r = cell.getBoundingClientRect();
                return {found: true, top: r.top, bottom: r.bottom, gridTop: grid.top + 30, gridBottom: grid.bottom,
                    visible: r.bottom > grid.top + 30 && r.top < grid.bottom};
                """, snippet);
        assertThat(row.get("visible")).as("segment 14 in view: " + row).isEqualTo(true);
        // every status line in view names every target language (rows out of view are recycled and may be
        // empty, and a row in view is filled in a moment after it appears: wait for it rather than read it once; the
        // codes are lower case in the page and shown upper case by the style)
        String visibleStatuses = """
                const grid = document.querySelector('vaadin-grid').getBoundingClientRect();
                return [...document.querySelectorAll('vaadin-grid-cell-content .statuses')]
                    .filter(s => { const r = s.getBoundingClientRect();
                        return r.height > 0 && r.bottom > grid.top + 30 && r.top < grid.bottom; })
                    .map(s => s.textContent.toUpperCase());""";
        pages.waiting().until(d -> {
            @SuppressWarnings("unchecked")
            List<String> lines = (List<String>) pages.js(visibleStatuses);
            return !lines.isEmpty()
                    && lines.stream()
                            .allMatch(t -> List.of("AR", "ZH", "FR", "RU", "ES").stream()
                                    .allMatch(t::contains));
        });
        pages.screenshot("editor-all-languages-1366x768");
    }

    @Test
    void theToolbarKeepsToOneRowWithReturnedSegmentsAtLaptopAndDesktopSizes() {
        String translator = "layout-bar-" + System.nanoTime();
        String reviewer = user(
                "layout-bar-rev-" + System.nanoTime(), "Jean Martin", Set.of(Role.REVIEWER), Set.of(UnLanguage.FR));
        long id = formattedStatement(translator);
        save(translator, Role.TRANSLATOR, id, UnLanguage.FR, 2, "Point 5 de l’ordre du jour", SegmentStatus.TRANSLATED);
        as(reviewer, Role.REVIEWER, () -> {
            var row = translations
                    .rows(id, UnLanguage.FR, SegmentQuery.all(), 1, 1)
                    .getFirst();
            return review.returnToTranslator(
                    row.segmentId(),
                    UnLanguage.FR,
                    row.target().version(),
                    "The agenda item title is incomplete: translate the whole heading.");
        });

        // a translator with a returned segment: the widest toolbar a translator sees
        openEditor(translator, id, "?lang=fr");
        pages.waiting()
                .until(d -> d.findElement(By.cssSelector(".editor-toolbar .returned-filter"))
                        .isDisplayed());
        pages.settled();
        pages.screenshot("editor-toolbar-returned-1366x768");
        assertToolbarOneRow("translator, returned segment, 1366x768");

        // a reviewer sees the same toolbar (with the returned segment's button too), with every language ticked
        pages.signIn(reviewer);
        pages.open("/statement/" + id + "?lang=fr");
        pages.waiting()
                .until(d -> d.findElement(By.cssSelector(".editor-toolbar .returned-filter"))
                        .isDisplayed());
        driver.findElement(By.xpath("//vaadin-checkbox[contains(., 'All languages')]"))
                .click();
        pages.settled();
        pages.screenshot("editor-toolbar-reviewer-all-languages-1366x768");
        assertToolbarOneRow("reviewer, returned segment, all languages, 1366x768");

        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1920, 1080));
        try {
            pages.settled();
            pages.screenshot("editor-toolbar-reviewer-all-languages-1920x1080");
            assertToolbarOneRow("reviewer, 1920x1080");
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        }
    }

    /**
     * Every shown child of the editor's toolbar on one line (each starts above where the shortest ends: centred
     * items of different heights share a row), inside the toolbar (nothing pushed out of sight), and the toolbar no
     * taller than one row of its tallest child.
     */
    private void assertToolbarOneRow(String situation) {
        @SuppressWarnings("unchecked")
        Map<String, Object> bar = (Map<String, Object>) pages.js("""
                const bar = document.querySelector('.editor-toolbar');
                const box = bar.getBoundingClientRect();
                const style = getComputedStyle(bar);
                const kids = [...bar.children].map(c => ({c, r: c.getBoundingClientRect()}))
                    .filter(k => k.r.width > 0 && k.r.height > 0);
                return {
                    names: kids.map(k => k.c.localName + ':' + (k.c.getAttribute('aria-label')
                        || k.c.textContent.trim()).slice(0, 24)),
                    tops: kids.map(k => k.r.top), bottoms: kids.map(k => k.r.bottom),
                    lefts: kids.map(k => k.r.left), rights: kids.map(k => k.r.right),
                    tallest: Math.max(...kids.map(k => k.r.height)),
                    content: box.height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom),
                    left: box.left, right: box.right, pageWidth: document.documentElement.scrollWidth,
                    innerWidth: innerWidth};
                """);
        String seen = situation + ": " + bar;
        @SuppressWarnings("unchecked")
        List<Number> tops = (List<Number>) bar.get("tops");
        @SuppressWarnings("unchecked")
        List<Number> bottoms = (List<Number>) bar.get("bottoms");
        @SuppressWarnings("unchecked")
        List<Number> rights = (List<Number>) bar.get("rights");
        @SuppressWarnings("unchecked")
        List<Number> lefts = (List<Number>) bar.get("lefts");
        assertThat(tops).as(seen).hasSizeGreaterThanOrEqualTo(10);
        double lowestTop = tops.stream().mapToDouble(Number::doubleValue).max().orElseThrow();
        double highestBottom =
                bottoms.stream().mapToDouble(Number::doubleValue).min().orElseThrow();
        assertThat(lowestTop).as("every child on one row: " + seen).isLessThan(highestBottom);
        assertThat(((Number) bar.get("content")).doubleValue())
                .as("the toolbar one row high: " + seen)
                .isLessThanOrEqualTo(((Number) bar.get("tallest")).doubleValue() + 2);
        assertThat(rights.stream().mapToDouble(Number::doubleValue).max().orElseThrow())
                .as("nothing pushed out on the right: " + seen)
                .isLessThanOrEqualTo(((Number) bar.get("right")).doubleValue() + 0.5);
        assertThat(lefts.stream().mapToDouble(Number::doubleValue).min().orElseThrow())
                .as("nothing pushed out on the left: " + seen)
                .isGreaterThanOrEqualTo(((Number) bar.get("left")).doubleValue() - 0.5);
        assertThat(((Number) bar.get("pageWidth")).doubleValue())
                .as("no horizontal scrolling: " + seen)
                .isLessThanOrEqualTo(((Number) bar.get("innerWidth")).doubleValue());
    }

    private void assertInView(String selector) {
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) pages.js("""
                const el = document.querySelector(arguments[0]);
                const r = el.getBoundingClientRect();
                const x = r.left + r.width / 2, y = r.top + Math.min(r.height / 2, 12);
                const hit = document.elementFromPoint(x, y);
                return {top: r.top, bottom: r.bottom, left: r.left, right: r.right,
                    viewport: innerWidth + 'x' + innerHeight,
                    inside: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
                    visible: hit !== null && (el === hit || el.contains(hit) || (hit.shadowRoot === null
                        && el.shadowRoot !== null && el.shadowRoot.contains(hit)))};
                """, selector);
        assertThat(seen.get("inside"))
                .as(selector + " within the viewport of a 1366x768 window: " + seen)
                .isEqualTo(true);
        assertThat(seen.get("visible"))
                .as(selector + " not covered or scrolled away: " + seen)
                .isEqualTo(true);
    }

    private void assertInViewByText(String label) {
        Object index = pages.js("""
                const all = [...document.querySelectorAll('.segment-edit-pane vaadin-button')];
                // the button's own text (a tooltip is a child element with text of its own)
                const own = b => [...b.childNodes].filter(n => n.nodeType === Node.TEXT_NODE)
                    .map(n => n.textContent).join('').trim();
                const b = all.find(b => own(b) === arguments[0]);
                if (!b) return -1;
                b.setAttribute('data-probe', arguments[0]);
                return 0;""", label);
        assertThat(index).as(label + " button").isEqualTo(0L);
        assertInView(".segment-edit-pane vaadin-button[data-probe='" + label + "']");
    }
}
