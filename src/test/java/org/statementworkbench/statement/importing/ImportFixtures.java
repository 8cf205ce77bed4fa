package org.statementworkbench.statement.importing;

import static org.statementworkbench.statement.importing.TextRun.bold;
import static org.statementworkbench.statement.importing.TextRun.italic;
import static org.statementworkbench.statement.importing.TextRun.plain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Test data shared by the reader tests: the demo statement and what it must be read into. */
final class ImportFixtures {

    static final String STATEMENT = "thailand-ccpcj31-cybercrime";

    static final ImportedParagraph TITLE = ImportedParagraph.of(bold("""
            The 31st Session of the Commission on Crime Prevention and Criminal Justice
            Agenda 5 (afternoon session): Thematic discussion on countering cybercrime,
            including the abuse and exploitation of minors in illegal activities with the use of
            the Internet"""));
    static final ImportedParagraph SPEAKER = ImportedParagraph.of(italic("""
            Delivered by Mr. Triyarith Temahivong
            Director-General of Department of Special Investigation
            Ministry of Justice"""));

    private ImportFixtures() {}

    static byte[] resource(String name) {
        try (InputStream in = ImportFixtures.class.getResourceAsStream("/importing/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo statement as it must be read: nine paragraphs, title bold, speaker italic. */
    static List<ImportedParagraph> demoStatement() {
        return List.of(
                ImportedParagraph.of(plain("THAILAND")),
                TITLE,
                SPEAKER,
                ImportedParagraph.of(plain("Mr. Chair,")),
                ImportedParagraph.of(plain("Thailand pledges its commitment to tackle cybercrime. Cybercrime is not "
                        + "only a threat to people's lives, but it is also a borderless form of crime that compromises "
                        + "the security of societies. The COVID-19 pandemic has exacerbated the problem of illegal "
                        + "activities in the cyber world as people increasingly rely on online activities due to "
                        + "social distancing and other COVID-19 preventive measures. While the world struggles with "
                        + "the pandemic, cybercrime against minors, especially marginalized ones, have risen. Children "
                        + "and youth are susceptible to fall victim to various forms of abuse and exploitation on "
                        + "online platforms, including sex-related crimes, drugs, terrorism and extremism.")),
                ImportedParagraph.of(plain("Thailand stands with the international community in lending its full "
                        + "effort to combat online illegal activities against children. We uphold the UN Model "
                        + "Strategies and Practical Measures on the Elimination of Violence against Children in the "
                        + "Field of Crime Prevention and Criminal Justice to establish mechanisms to fight crimes "
                        + "against minors. In 2019, the Declaration on the Protection of Children from all Forms of "
                        + "Online Exploitation and Abuse in ASEAN was adopted. Through the commitment of relevant "
                        + "institutions, The Regional Plan of Action for the Protection of Children from all Forms of "
                        + "Online Exploitation and Abuse in ASEAN has been developed and was noted by the ASEAN Summit "
                        + "in October 2021.")),
                ImportedParagraph.of(plain("Thailand reiterates its commitment to actively participate in the Ad Hoc "
                        + "Committee to Elaborate a Comprehensive International Convention on Countering the Use of "
                        + "Information and Communications Technologies for Criminal Purposes. Thailand's view is that "
                        + "the new Convention should include provisions criminalizing \"cyber-enabled crimes\" of child "
                        + "pornography, the protection of victims and provision of damages/compensation to them.")),
                ImportedParagraph.of(plain("To fight cyber criminals effectively, cross-border cooperation among law "
                        + "enforcement agencies and multi-stakeholder strategies, involving in particular private "
                        + "service providers, are crucial. We are ready to collaborate with all concerned to address "
                        + "best practices to protect our children.")),
                ImportedParagraph.of(plain("Thank you.")));
    }

    static ImportedParagraph paragraph(TextRun... runs) {
        return ImportedParagraph.of(runs);
    }

    static TextRun boldItalic(String text) {
        return new TextRun(text, true, true);
    }
}
