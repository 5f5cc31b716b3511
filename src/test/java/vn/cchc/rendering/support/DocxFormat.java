package vn.cchc.rendering.support;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * The formatting Word would apply to a run or paragraph: direct formatting first, then the paragraph
 * style and the styles it is based on, then the document defaults. Enough of Word's rules for our tests.
 */
public final class DocxFormat {

    private final XWPFDocument doc;

    public DocxFormat(XWPFDocument doc) {
        this.doc = doc;
    }

    /** Font size in points. */
    public double size(XWPFParagraph paragraph, XWPFRun run) {
        Double direct = run.getFontSizeAsDouble();
        if (direct != null) {
            return direct;
        }
        return runProperty(
                paragraph,
                rpr -> rpr.sizeOfSzArray() > 0
                        ? new BigInteger(rpr.getSzArray(0).getVal().toString()).doubleValue() / 2
                        : null);
    }

    public boolean bold(XWPFParagraph paragraph, XWPFRun run) {
        CTRPr direct = run.getCTR().getRPr();
        if (direct != null && direct.sizeOfBArray() > 0) {
            return POIXMLUnits.parseOnOff(direct.getBArray(0));
        }
        Boolean inherited = runPropertyOrNull(
                paragraph, rpr -> rpr.sizeOfBArray() > 0 ? POIXMLUnits.parseOnOff(rpr.getBArray(0)) : null);
        return inherited != null && inherited;
    }

    public boolean italic(XWPFParagraph paragraph, XWPFRun run) {
        CTRPr direct = run.getCTR().getRPr();
        if (direct != null && direct.sizeOfIArray() > 0) {
            return POIXMLUnits.parseOnOff(direct.getIArray(0));
        }
        Boolean inherited = runPropertyOrNull(
                paragraph, rpr -> rpr.sizeOfIArray() > 0 ? POIXMLUnits.parseOnOff(rpr.getIArray(0)) : null);
        return inherited != null && inherited;
    }

    /** The fonts (ascii, hAnsi, cs, eastAsia) in effect for a run. */
    public List<String> fonts(XWPFParagraph paragraph, XWPFRun run) {
        CTRPr direct = run.getCTR().getRPr();
        CTFonts fonts = direct != null && direct.sizeOfRFontsArray() > 0
                ? direct.getRFontsArray(0)
                : runProperty(paragraph, rpr -> rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : null);
        return List.of(
                String.valueOf(fonts.getAscii()),
                String.valueOf(fonts.getHAnsi()),
                String.valueOf(fonts.getCs()),
                String.valueOf(fonts.getEastAsia()));
    }

    /** A paragraph property from the paragraph itself or its style chain, null when none sets it. */
    public <T> T paragraphProperty(
            XWPFParagraph paragraph, Function<CTPPr, T> direct, Function<CTPPrGeneral, T> fromStyle) {
        if (paragraph.getCTP().getPPr() != null) {
            T value = direct.apply(paragraph.getCTP().getPPr());
            if (value != null) {
                return value;
            }
        }
        for (XWPFStyle style : chain(paragraph.getStyleID())) {
            CTPPrGeneral ppr = style.getCTStyle().getPPr();
            if (ppr != null) {
                T value = fromStyle.apply(ppr);
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private <T> T runProperty(XWPFParagraph paragraph, Function<CTRPr, T> getter) {
        T value = runPropertyOrNull(paragraph, getter);
        if (value == null) {
            throw new AssertionError("no value in the style chain or the document defaults");
        }
        return value;
    }

    private <T> T runPropertyOrNull(XWPFParagraph paragraph, Function<CTRPr, T> getter) {
        for (XWPFStyle style : chain(paragraph.getStyleID())) {
            CTRPr rpr = style.getCTStyle().getRPr();
            if (rpr != null) {
                T value = getter.apply(rpr);
                if (value != null) {
                    return value;
                }
            }
        }
        CTRPr defaults = defaults().getDocDefaults().getRPrDefault().getRPr();
        return getter.apply(defaults);
    }

    private List<XWPFStyle> chain(String styleId) {
        List<XWPFStyle> chain = new ArrayList<>();
        String id = styleId == null ? "Normal" : styleId;
        while (id != null) {
            XWPFStyle style = doc.getStyles().getStyle(id);
            if (style == null) {
                break;
            }
            chain.add(style);
            id = style.getBasisStyleID();
        }
        return chain;
    }

    public CTStyles defaults() {
        try {
            return doc.getStyle();
        } catch (Exception e) {
            throw new AssertionError("cannot read styles", e);
        }
    }

    public static long twips(Object value) {
        return Long.parseLong(String.valueOf(value));
    }
}
