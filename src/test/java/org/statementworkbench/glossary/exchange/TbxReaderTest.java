package org.statementworkbench.glossary.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;

class TbxReaderTest {

    final TbxReader reader = new TbxReader();

    static final String CCPCJ_TERMS = """
                <langSec xml:lang="en">
                  <descrip type="definition">Functional commission of the Economic and Social Council.</descrip>
                  <termSec><term>Commission on Crime Prevention and Criminal Justice</term>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
                  <termSec><term>CCPCJ</term><termNote type="termType">acronym</termNote>
                    <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
                </langSec>
                <langSec xml:lang="fr"><termSec><term>Commission pour la prévention du crime et la justice pénale</term>
                  <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  <termNote type="grammaticalGender">feminine</termNote></termSec></langSec>
                <langSec xml:lang="es"><termSec><term>Comisión de Prevención del Delito y Justicia Penal</term></termSec></langSec>
                <langSec xml:lang="ru"><termSec><term>Комиссия по предупреждению преступности и уголовному правосудию</term></termSec></langSec>
                <langSec xml:lang="zh"><termSec><term>预防犯罪和刑事司法委员会</term></termSec></langSec>
                <langSec xml:lang="ar"><termSec><term>لجنة منع الجريمة والعدالة الجنائية</term></termSec></langSec>
            """;

    static String tbx3(String namespace, String body) {
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="%s">
              <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
              <text><body>
            %s
              </body></text>
            </tbx>
            """.formatted(namespace, body);
    }

    static final String CCPCJ = """
              <conceptEntry id="ccpcj">
                <descrip type="subjectField">UN bodies</descrip>
            """ + CCPCJ_TERMS + "</conceptEntry>";

    private List<TbxConcept> read(String xml) {
        return reader.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void dctStyleWithRegionalLanguageTagsKeepsStatusesAndSaysWhatItLeavesOut() throws Exception {
        GlossaryFileContent file =
                reader.readFile(Files.readAllBytes(Path.of("src/test/resources/glossary/tbx-basic-dct-regional.tbx")));
        TbxConcept csam = file.concepts().getFirst();
        assertThat(csam.terms()).extracting(TermDraft::languageTag).containsOnly("en", "fr", "es", "ar", "ru", "zh");
        assertThat(csam.terms())
                .filteredOn(t -> t.status() == UsageStatus.DEPRECATED)
                .extracting(TermDraft::text)
                .containsExactlyInAnyOrder(
                        "child pornography",
                        "pornographie mettant en scène des enfants",
                        "pornografía infantil",
                        "استغلال الأطفال في المواد الإباحية",
                        "детская порнография",
                        "儿童色情制品");
        assertThat(csam.terms().getFirst()).satisfies(t -> {
            assertThat(t.text()).isEqualTo("child sexual abuse material");
            assertThat(t.status()).isEqualTo(UsageStatus.PREFERRED);
            assertThat(t.type()).isEqualTo(TermType.FULL_FORM);
            assertThat(t.partOfSpeech()).isEqualTo("noun");
        });
        assertThat(csam.subjectFields()).containsExactly("child protection");
        assertThat(csam.definitions()).containsOnlyKeys("en");
        assertThat(csam.sources()).containsExactly("Luxembourg Terminology Guidelines, 2016");

        TbxConcept council = file.concepts().getLast();
        assertThat(council.terms())
                .extracting(TermDraft::languageTag, TermDraft::text, TermDraft::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("en", "Security Council", TermType.FULL_FORM),
                        org.assertj.core.groups.Tuple.tuple("zh", "安全理事会", TermType.FULL_FORM),
                        org.assertj.core.groups.Tuple.tuple("zh", "安理会", TermType.SHORT_FORM),
                        org.assertj.core.groups.Tuple.tuple("zh-TW", "安全理事會", TermType.FULL_FORM));
        assertThat(file.notImported())
                .containsOnly(
                        Map.entry("transaction history (transacGrp)", 1),
                        Map.entry("xGraphic", 1),
                        Map.entry("note on a term", 1),
                        Map.entry("customerSubset", 1));
    }

    @Test
    void tbxMinStatusesAndLanguageLevelPartOfSpeechAreRead() {
        String min = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Min" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed:3.0"
                 xmlns:min="http://www.tbxinfo.net/ns/dct/min">
              <text><body><conceptEntry id="c1"><langSec xml:lang="EN_us"><min:partOfSpeech>noun</min:partOfSpeech>
                <termSec><term>child sexual abuse material</term><min:administrativeStatus>preferred</min:administrativeStatus></termSec>
                <termSec><term>child pornography</term><min:administrativeStatus>notRecommended</min:administrativeStatus></termSec>
              </langSec></conceptEntry></body></text>
            </tbx>
            """;
        GlossaryFileContent file = reader.readFile(min.getBytes(StandardCharsets.UTF_8));
        assertThat(file.concepts().getFirst().terms())
                .extracting(TermDraft::languageTag, TermDraft::status, TermDraft::partOfSpeech)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("en", UsageStatus.PREFERRED, "noun"),
                        org.assertj.core.groups.Tuple.tuple("en", UsageStatus.DEPRECATED, "noun"));
        assertThat(file.notImported()).isEmpty();
    }

    @Test
    void tbxV3ConceptWithTermsInAllSixLanguages() {
        TbxConcept concept = read(tbx3("urn:iso:std:iso:30042:ed-2", CCPCJ)).getFirst();
        assertThat(concept.id()).isEqualTo("ccpcj");
        assertThat(concept.subjectFields()).containsExactly("UN bodies");
        assertThat(concept.definitions())
                .containsEntry("en", "Functional commission of the Economic and Social Council.");
        Map<String, List<String>> byLanguage = concept.terms().stream()
                .collect(Collectors.groupingBy(
                        TermDraft::languageTag, Collectors.mapping(TermDraft::text, Collectors.toList())));
        assertThat(byLanguage).containsOnlyKeys("en", "fr", "es", "ru", "zh", "ar");
        assertThat(byLanguage.get("zh")).containsExactly("预防犯罪和刑事司法委员会");
        assertThat(byLanguage.get("ar")).containsExactly("لجنة منع الجريمة والعدالة الجنائية");
        TermDraft acronym = concept.terms().stream()
                .filter(t -> t.text().equals("CCPCJ"))
                .findFirst()
                .orElseThrow();
        assertThat(acronym.type()).isEqualTo(TermType.ACRONYM);
        assertThat(acronym.status()).isEqualTo(UsageStatus.ADMITTED);
        assertThat(acronym.caseSensitive()).isTrue();
        TermDraft french = concept.terms().stream()
                .filter(t -> t.languageTag().equals("fr"))
                .findFirst()
                .orElseThrow();
        assertThat(french.status()).isEqualTo(UsageStatus.PREFERRED);
        assertThat(french.gender()).isEqualTo("feminine");
        assertThat(french.caseSensitive()).isFalse();
    }

    @Test
    void bothTbxV3NamespacesAreAccepted() {
        assertThat(read(tbx3("urn:iso:std:iso:30042:ed:3.0", CCPCJ)))
                .isEqualTo(read(tbx3("urn:iso:std:iso:30042:ed-2", CCPCJ)));
    }

    @Test
    void deprecatedTermsKeepTheirStatusBesideThePreferredOne() {
        TbxConcept concept = read(tbx3("urn:iso:std:iso:30042:ed-2", """
                <conceptEntry id="csam"><langSec xml:lang="en">
                  <termSec><term>child sexual abuse material</term>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
                  <termSec><term>child pornography</term>
                    <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
                    <descrip type="context">Thailand's view is that the new Convention should include provisions criminalizing "cyber-enabled crimes" of child pornography.</descrip></termSec>
                </langSec></conceptEntry>""")).getFirst();
        assertThat(concept.terms())
                .extracting(TermDraft::text, TermDraft::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("child sexual abuse material", UsageStatus.PREFERRED),
                        org.assertj.core.groups.Tuple.tuple("child pornography", UsageStatus.DEPRECATED));
        assertThat(concept.terms().getLast().context()).startsWith("Thailand's view");
    }

    @Test
    void tbxV2WithTigAndNtig() {
        String martif = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>v2</p></sourceDesc></fileDesc></martifHeader>
            <text><body>
              <termEntry id="ms">
                <descripGrp><descrip type="subjectField">UN phraseology</descrip></descripGrp>
                <langSet xml:lang="en"><tig><term>Member States</term>
                  <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
                <langSet xml:lang="fr"><ntig><termGrp><term>États Membres</term>
                  <termNote type="partOfSpeech">noun</termNote></termGrp></ntig></langSet>
              </termEntry>
            </body></text></martif>
            """;
        TbxConcept concept = read(martif).getFirst();
        assertThat(concept.subjectFields()).containsExactly("UN phraseology");
        assertThat(concept.terms())
                .extracting(TermDraft::languageTag, TermDraft::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("en", "Member States"),
                        org.assertj.core.groups.Tuple.tuple("fr", "États Membres"));
        assertThat(concept.terms().getLast().partOfSpeech()).isEqualTo("noun");
    }

    @Test
    void writtenTbxV3ReadsBackWithNothingLost() {
        List<TbxConcept> original = read(tbx3("urn:iso:std:iso:30042:ed-2", CCPCJ + """
                <conceptEntry id="csam"><note>Luxembourg Terminology Guidelines</note><admin type="source">UNODC</admin>
                  <langSec xml:lang="en">
                  <termSec><term>child sexual abuse material</term>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                    <termNote type="partOfSpeech">noun</termNote></termSec>
                  <termSec><term>child pornography</term>
                    <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
                    <descrip type="context">provisions criminalizing "cyber-enabled crimes" of child pornography</descrip></termSec>
                </langSec></conceptEntry>"""));
        byte[] written = new TbxWriter().write(original, "Statement Workbench test");
        assertThat(new String(written, StandardCharsets.UTF_8))
                .contains("urn:iso:std:iso:30042:ed-2")
                .contains("deprecatedTerm-admn-sts");
        assertThat(reader.read(written)).isEqualTo(original);
        assertThat(reader.readFile(written).notImported())
                .as("an export holds nothing an import leaves out")
                .isEmpty();
    }

    @Test
    void anExternalEntityIsRefusedAndNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        String xml = """
            <?xml version="1.0"?>
            <!DOCTYPE tbx [<!ENTITY xxe SYSTEM "%s">]>
            <tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="x"><langSec xml:lang="en">
            <termSec><term>&xxe;</term></termSec></langSec></conceptEntry></body></text></tbx>
            """.formatted(secret.toUri());
        assertThatThrownBy(() -> read(xml))
                .isInstanceOf(GlossaryImportException.class)
                .hasMessageContaining("DTD")
                .hasMessageContaining("line 2")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void entityExpansionIsRefused() {
        String laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body>&lol2;</body></text></tbx>
            """;
        assertThatThrownBy(() -> read(laughs))
                .isInstanceOf(GlossaryImportException.class)
                .hasMessageContaining("DTD");
    }

    @Test
    void brokenFilesGetAMessageNamingTheProblemAndLine() {
        String full = tbx3("urn:iso:std:iso:30042:ed-2", CCPCJ);
        assertThatThrownBy(() -> read(full.substring(0, full.length() / 2)))
                .isInstanceOf(GlossaryImportException.class)
                .hasMessageContaining("truncated");
        assertThatThrownBy(() -> reader.read(
                        full.replace("Commission pour", "Comit\u00e9 pour").getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(GlossaryImportException.class)
                .hasMessageContaining("encoding")
                .hasMessageContaining("line");
        assertThatThrownBy(() -> read(tbx3("urn:example:not-tbx", CCPCJ)))
                .isInstanceOf(GlossaryImportException.class)
                .hasMessageContaining("<tbx>")
                .hasMessageContaining("urn:example:not-tbx");
        assertThatThrownBy(() -> read(tbx3("urn:iso:std:iso:30042:ed-2", CCPCJ.replace(">acronym<", ">initialism<"))))
                .isInstanceOf(GlossaryImportException.class)
                .hasMessageContaining("'initialism'")
                .hasMessageContaining("line 12");
        assertThatThrownBy(() -> read(tbx3(
                        "urn:iso:std:iso:30042:ed-2",
                        "<conceptEntry id=\"x\"><termSec><term>orphan</term></termSec></conceptEntry>")))
                .isInstanceOf(GlossaryImportException.class)
                .hasMessageContaining("xml:lang");
    }
}
