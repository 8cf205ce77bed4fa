package org.statementworkbench.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/**
 * What the readers' shared hostile-file set ({@link HostileXmlFiles}) does not show: lines stay true once a DOCTYPE
 * is blanked, {@code getElementText()} and {@code nextTag()} refuse entities too, what counts as a bare DOCTYPE.
 */
class SafeXmlTest {

    private static String readAll(String document) throws XMLStreamException {
        XMLStreamReader xml = SafeXml.open(document);
        var text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS) {
                text.append(xml.getText());
            }
        }
        return text.toString();
    }

    /** Hands the text out a few characters at a time, as a decoder may. */
    private static java.io.Reader trickle(String text) {
        return new java.io.Reader() {
            private int at;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (at >= text.length()) {
                    return -1;
                }
                int n = Math.min(Math.min(length, 7), text.length() - at);
                text.getChars(at, at + n, buffer, offset);
                at += n;
                return n;
            }

            @Override
            public void close() {}
        };
    }

    private static String readStreamed(String document) throws XMLStreamException {
        return SafeXml.read(trickle(document), xml -> {
            var text = new StringBuilder();
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.CHARACTERS) {
                    text.append(xml.getText());
                }
            }
            return text.toString();
        });
    }

    @Test
    void aStreamedDocumentIsReadUnderTheSamePolicy() throws XMLStreamException {
        String text = "Transforming our world: the 2030 Agenda for Sustainable Development. ".repeat(3_000);
        String bare = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx>" + text + "</tmx>";
        assertThat(text.length()).isGreaterThan(SafeXml.PROLOG_CHARS);
        assertThat(readStreamed(bare)).isEqualTo(text);

        String entity = "<?xml version=\"1.0\"?>\r\n<!DOCTYPE tmx\r\n  PUBLIC \"-//LISA OSCAR:1998//DTD for"
                + " Translation Memory eXchange//EN\"\n  \"tmx14.dtd\">\n<tmx>\n<seg>a &nbsp; b</seg></tmx>";
        Throwable refused = catchThrowable(() -> readStreamed(entity));
        assertThat(refused).isInstanceOf(SafeXml.Refused.class);
        assertThat(((SafeXml.Refused) refused).getLocation().getLineNumber()).isEqualTo(6);

        String subset = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>"
                + "<tmx>&xxe;</tmx>";
        assertThat(catchThrowable(() -> readStreamed(subset)))
                .isInstanceOf(SafeXml.Refused.class)
                .hasMessageContaining("<!ENTITY xxe");

        // a DOCTYPE not ended within the characters read ahead for the prolog is refused, not handed to the parser
        String endless = "<!DOCTYPE tmx SYSTEM \"" + "x".repeat(SafeXml.PROLOG_CHARS) + "\"><tmx/>";
        assertThat(catchThrowable(() -> readStreamed(endless)))
                .isInstanceOf(SafeXml.Refused.class)
                .hasMessageContaining("DOCTYPE declaration is not well-formed");
    }

    private static SafeXml.Refused refusal(String document) {
        Throwable thrown = catchThrowable(() -> readAll(document));
        assertThat(thrown).isInstanceOf(SafeXml.Refused.class);
        return (SafeXml.Refused) thrown;
    }

    @Test
    void aDoctypeOverSeveralLinesIsBlankedAndLaterLinesStayTrue() throws XMLStreamException {
        String document = "<?xml version=\"1.0\"?>\r\n<!DOCTYPE tmx\r\n  PUBLIC \"-//LISA OSCAR:1998//DTD for"
                + " Translation Memory eXchange//EN\"\n  \"tmx14.dtd\">\n<tmx>\n<seg>a &nbsp; b</seg></tmx>";
        assertThat(SafeXml.withoutDoctype(document)).doesNotContain("DOCTYPE").hasSameSizeAs(document);
        SafeXml.Refused refused = refusal(document);
        assertThat(refused.getLocation().getLineNumber()).isEqualTo(6);
        assertThat(refused.problem()).startsWith("the entity reference &nbsp; is not allowed");
    }

    @Test
    void aLongDocumentAfterABareDoctypeIsReadWhole() throws XMLStreamException {
        String text = "Transforming our world: the 2030 Agenda for Sustainable Development. ".repeat(3_000);
        assertThat(readAll("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx>" + text + "</tmx>"))
                .isEqualTo(text);
    }

    @Test
    void getElementTextAndNextTagRefuseEntityReferencesToo() throws XMLStreamException {
        XMLStreamReader xml = SafeXml.open("<tmx><prop>Doc &sym; 1</prop></tmx>");
        xml.nextTag();
        xml.nextTag();
        assertThatThrownBy(xml::getElementText)
                .isInstanceOf(SafeXml.Refused.class)
                .hasMessageContaining("&sym;");
        XMLStreamReader tags = SafeXml.open("<tmx>&sym;<body/></tmx>");
        tags.nextTag();
        assertThatThrownBy(tags::nextTag).isInstanceOf(SafeXml.Refused.class);
        XMLStreamReader text = SafeXml.open("<tmx><prop>A &amp; B &#233;</prop></tmx>");
        text.nextTag();
        text.nextTag();
        assertThat(text.getElementText()).isEqualTo("A & B é");
    }

    @Test
    void onlyANameAndAnExternalIdentifierMakeABareDoctype() throws XMLStreamException {
        assertThat(readAll("<!DOCTYPE xliff>\n<xliff>x</xliff>")).isEqualTo("x");
        assertThat(readAll("<!-- OmegaT --><?pi?>\n<!DOCTYPE tmx SYSTEM 'tmx14.dtd' ><tmx>y</tmx>"))
                .isEqualTo("y");
        assertThat(refusal("<!DOCTYPE tmx SYSTEM>\n<tmx/>").problem())
                .startsWith("the DOCTYPE declaration is not well-formed");
        assertThat(refusal("<?xml version=\"1.0\"?>\n\n<!DOCTYPE tmx PUBLIC \"only-one-literal\">\n<tmx/>")
                        .getLocation()
                        .getLineNumber())
                .isEqualTo(3);
        assertThat(refusal("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\" [\n]>\n<tmx/>").problem())
                .startsWith("the DOCTYPE has an internal DTD subset (<!DOCTYPE tmx [ ... ]>)");
    }

    @Test
    void ordinaryXmlErrorsAreNotRefusalsOfThePolicy() {
        Throwable broken = catchThrowable(() -> readAll("<tmx><seg></tmx>"));
        assertThat(broken).isInstanceOf(XMLStreamException.class);
        assertThat(SafeXml.refusal((XMLStreamException) broken)).isEmpty();
        Throwable attribute = catchThrowable(() -> readAll("<tmx a=\"&lol;\"></tmx>"));
        assertThat(SafeXml.refusal((XMLStreamException) attribute))
                .hasValueSatisfying(p -> assertThat(p).startsWith("the entity reference &lol; is not allowed"));
    }

    @Test
    void xml11IsReadAsTheJdkParserReadsIt() throws XMLStreamException {
        assertThat(readAll("<?xml version=\"1.1\"?>\n<tmx>Paix</tmx>")).isEqualTo("Paix");
    }
}
