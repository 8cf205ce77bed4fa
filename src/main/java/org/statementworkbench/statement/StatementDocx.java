package org.statementworkbench.statement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.statement.StatementExportService.Piece;
import org.statementworkbench.statement.importing.TextRun;

/**
 * An exported statement as Word: a paragraph per paragraph, bold and italic runs, line breaks of title blocks, and
 * right-to-left paragraphs and runs for Arabic (with the complex-script bold and italic Word uses there). The
 * document's default run properties name a font per script, as Word picks them by character: Latin and Cyrillic
 * (ascii, hAnsi) in Times New Roman; Arabic (cs) in Noto Naskh Arabic, the font the workbench shows Arabic in;
 * Chinese (eastAsia) in SimSun, the Song typeface usual for Chinese body text; Times New Roman and SimSun are on
 * every Windows and Office installation. Word substitutes a font of the same script where one is missing. Fonts are
 * not embedded: Word embeds only TrueType files, and Noto Naskh Arabic and a Chinese font would add from 0.3 to over
 * 10 MB to each export. The proofing language is the document's language.
 */
final class StatementDocx {

    static final String LATIN_FONT = "Times New Roman";
    static final String ARABIC_FONT = "Noto Naskh Arabic";
    static final String CHINESE_FONT = "SimSun";

    private StatementDocx() {}

    static byte[] write(List<List<Piece>> paragraphs, String separator, UnLanguage language) {
        try (var document = new XWPFDocument();
                var bytes = new ByteArrayOutputStream()) {
            defaults(document, language);
            for (List<Piece> pieces : paragraphs) {
                XWPFParagraph paragraph = document.createParagraph();
                if (language.rightToLeft()) {
                    var ppr = paragraph.getCTP().isSetPPr()
                            ? paragraph.getCTP().getPPr()
                            : paragraph.getCTP().addNewPPr();
                    ppr.addNewBidi();
                }
                for (int i = 0; i < pieces.size(); i++) {
                    Piece p = pieces.get(i);
                    if (i > 0 && p.lineBreakBefore()) {
                        paragraph.createRun().addBreak();
                    } else if (i > 0 && !separator.isEmpty()) {
                        formatted(paragraph.createRun(), false, false, language.rightToLeft())
                                .setText(separator);
                    }
                    for (TextRun r : MarkedText.runs(p.marked())) {
                        formatted(paragraph.createRun(), r.bold(), r.italic(), language.rightToLeft())
                                .setText(r.text());
                    }
                }
            }
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fonts per script and the proofing language, as the document's default run properties. */
    private static void defaults(XWPFDocument document, UnLanguage language) {
        var styles = document.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(language == UnLanguage.AR ? ARABIC_FONT : LATIN_FONT);
        fonts.setEastAsia(CHINESE_FONT);
        if (language == UnLanguage.ZH) {
            fonts.setHint(STHint.EAST_ASIA); // quotation marks and the like in the Chinese font
        } // Arabic needs no hint: Word sets every character of a right-to-left run in the complex-script font
        styles.setDefaultFonts(fonts);
        CTRPr defaults = styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr();
        var lang = defaults.sizeOfLangArray() > 0 ? defaults.getLangArray(0) : defaults.addNewLang();
        lang.setVal(proofingTag(language));
        lang.setEastAsia(proofingTag(UnLanguage.ZH));
        lang.setBidi(proofingTag(UnLanguage.AR));
    }

    /** The language tag Word's proofing tools know the language by (UN English is British English). */
    static String proofingTag(UnLanguage language) {
        return switch (language) {
            case AR -> "ar-SA";
            case ZH -> "zh-CN";
            case EN -> "en-GB";
            case FR -> "fr-FR";
            case RU -> "ru-RU";
            case ES -> "es-ES";
        };
    }

    /**
     * A run's bold, italic and right-to-left properties, in the order Word's schema requires (b, bCs, i, iCs, rtl);
     * right to left, Word shows the complex-script bold and italic (bCs, iCs).
     */
    private static XWPFRun formatted(XWPFRun run, boolean bold, boolean italic, boolean rightToLeft) {
        if (!bold && !italic && !rightToLeft) {
            return run;
        }
        CTRPr rpr = run.getCTR().addNewRPr();
        if (bold) {
            rpr.addNewB();
            if (rightToLeft) {
                rpr.addNewBCs();
            }
        }
        if (italic) {
            rpr.addNewI();
            if (rightToLeft) {
                rpr.addNewICs();
            }
        }
        if (rightToLeft) {
            rpr.addNewRtl();
        }
        return run;
    }
}
