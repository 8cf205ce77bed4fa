package org.statementworkbench.glossary.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;

class GlossaryCsvTest {

    final GlossaryCsv csv = new GlossaryCsv();

    static final String SAMPLE = "id,subject_fields,en,en_status,en_type,fr,ar,zh,ru,es\r\n"
            + "ccpcj,UN bodies,Commission on Crime Prevention and Criminal Justice|CCPCJ,preferred|admitted,fullForm|acronym,"
            + "Commission pour la prévention du crime et la justice pénale,لجنة منع الجريمة والعدالة الجنائية,"
            + "预防犯罪和刑事司法委员会,Комиссия по предупреждению преступности и уголовному правосудию,"
            + "Comisión de Prevención del Delito y Justicia Penal\r\n"
            + "csam,\"Children, online\",child sexual abuse material|child pornography,preferred|deprecated,,,,,,\r\n";

    private List<TbxConcept> read(String text) {
        return csv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void oneRowPerConceptAColumnPerLanguageAndStatusesInOrder() {
        List<TbxConcept> concepts = read(SAMPLE);
        assertThat(concepts).hasSize(2);
        TbxConcept ccpcj = concepts.getFirst();
        assertThat(ccpcj.terms()).hasSize(7);
        assertThat(ccpcj.terms().get(1)).satisfies(t -> {
            assertThat(t.text()).isEqualTo("CCPCJ");
            assertThat(t.type()).isEqualTo(TermType.ACRONYM);
            assertThat(t.caseSensitive()).isTrue();
        });
        assertThat(ccpcj.terms())
                .filteredOn(t -> t.languageTag().equals("ar"))
                .singleElement()
                .extracting(TermDraft::text)
                .isEqualTo("لجنة منع الجريمة والعدالة الجنائية");
        TbxConcept csam = concepts.getLast();
        assertThat(csam.subjectFields()).containsExactly("Children, online");
        assertThat(csam.terms())
                .extracting(TermDraft::status)
                .containsExactly(UsageStatus.PREFERRED, UsageStatus.DEPRECATED);
    }

    @Test
    void writtenCsvReadsBackTheSame() {
        List<TbxConcept> concepts = read(SAMPLE);
        assertThat(csv.read(csv.write(concepts))).isEqualTo(concepts);
    }

    @Test
    void formulaCellsAreExportedAsTextAndReadBackUnchanged() {
        var hostile = new TbxConcept(
                "=HYPERLINK(\"http://example.org\")",
                List.of("@SUM(1)"),
                Map.of(),
                List.of(),
                List.of(),
                List.of(
                        TermDraft.of("en", "=cmd|' /C calc'!A0", TermType.FULL_FORM, UsageStatus.PREFERRED),
                        TermDraft.of("fr", "+33 formule", TermType.FULL_FORM, UsageStatus.ADMITTED),
                        TermDraft.of("ru", "-минус", TermType.FULL_FORM, UsageStatus.ADMITTED),
                        TermDraft.of("es", "'=ya con apóstrofo", TermType.FULL_FORM, UsageStatus.ADMITTED)));
        String written = new String(csv.write(List.of(hostile)), StandardCharsets.UTF_8);
        List<String> cells = written.lines()
                .skip(1)
                .findFirst()
                .map(l -> List.of(l.split(",", -1)))
                .orElseThrow();
        assertThat(cells)
                .allSatisfy(c -> assertThat(c)
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("-")
                        .doesNotStartWith("@")
                        .doesNotStartWith("\"="));
        assertThat(written).contains("'=cmd\\|' /C calc'!A0", "'+33 formule", "'-минус", "''=ya con apóstrofo");
        assertThat(csv.read(csv.write(List.of(hostile)))).containsExactly(hostile);
    }

    @Test
    void termsHoldingTheSeparatorComeBackAsTheyWere() {
        var concept = new TbxConcept(
                "pipes",
                List.of("a|b"),
                Map.of(),
                List.of(),
                List.of(),
                List.of(
                        TermDraft.of("en", "either|or", TermType.FULL_FORM, UsageStatus.PREFERRED),
                        TermDraft.of("en", "back\\slash|pipe \\", TermType.FULL_FORM, UsageStatus.ADMITTED)));
        List<TbxConcept> back = csv.read(csv.write(List.of(concept)));
        assertThat(back).containsExactly(concept);
        assertThat(back.getFirst().terms())
                .extracting(TermDraft::text)
                .containsExactly("either|or", "back\\slash|pipe \\");
        // a hand-written backslash before any other character is kept as it is
        assertThat(read("id,en\nx,and\\or|n\\a\n").getFirst().terms())
                .extracting(TermDraft::text)
                .containsExactly("and\\or", "n\\a");
    }

    @Test
    void badCellsAreReportedWithLineAndColumn() {
        assertThatThrownBy(() -> read("id,en,en_status\nx,Member States,favoured\n"))
                .isInstanceOf(GlossaryImportException.class)
                .hasMessageContaining("Line 2, column en_status")
                .hasMessageContaining("'favoured'");
        assertThatThrownBy(() -> read("id,en,en_status\nx,Member States,preferred|admitted\n"))
                .isInstanceOf(GlossaryImportException.class)
                .hasMessageContaining("more values");
        assertThatThrownBy(() -> read("id,subject_fields\nx,y\n"))
                .isInstanceOf(GlossaryImportException.class)
                .hasMessageContaining("no language column");
        assertThatThrownBy(() -> read("id,en\nx,\"Member States\n"))
                .isInstanceOf(GlossaryImportException.class)
                .hasMessageContaining("never closed");
        assertThatThrownBy(() -> csv.read("id,fr\nx,États Membres\n".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(GlossaryImportException.class)
                .hasMessageContaining("Line 2")
                .hasMessageContaining("UTF-8");
    }
}
