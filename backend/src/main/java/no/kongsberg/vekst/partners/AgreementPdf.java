package no.kongsberg.vekst.partners;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The agreement as a one-page PDF for signing, in Norwegian: the programme, both parties, the year,
 * the amounts, the benefits and lines for the signatures. Standard PDF fonts (WinAnsi: Norwegian
 * letters are fine); characters they cannot show are replaced by "?".
 */
public final class AgreementPdf {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", NORWEGIAN).withZone(ZoneId.of("Europe/Oslo"));

    private AgreementPdf() {
    }

    public static byte[] render(Agreement agreement, String programmeName, String municipalityParty) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(programmeName + " – partneravtale " + agreement.year + " – " + agreement.partner.name);
            info.setAuthor(programmeName);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                Writer w = new Writer(content, PDRectangle.A4.getHeight() - MARGIN);
                w.line(BOLD, 18, "Partneravtale " + agreement.year);
                w.line(REGULAR, 12, programmeName);
                w.gap(14);
                w.line(BOLD, 12, "Partene");
                w.line(REGULAR, 11, "Programmet: " + municipalityParty);
                Partner p = agreement.partner;
                w.line(REGULAR, 11, "Partner: " + p.name + " (org.nr. " + grouped(p.organisationNumber) + ")");
                if (p.address != null) {
                    w.line(REGULAR, 11, "Adresse: " + p.address + (p.postalCode == null ? "" : ", " + p.postalCode)
                            + (p.postalPlace == null ? "" : " " + p.postalPlace));
                }
                w.gap(10);
                w.line(BOLD, 12, "Avtalen");
                w.line(REGULAR, 11, "År: " + agreement.year);
                w.line(REGULAR, 11, "Nivå: " + agreement.tier.name);
                w.line(REGULAR, 11, "Kontant bidrag: " + kroner(agreement.cashNok));
                w.line(REGULAR, 11, "Bidrag i varer og tjenester: " + kroner(agreement.inKindNok));
                if (agreement.inKindDescription != null) {
                    w.paragraph(REGULAR, 11, "Beskrivelse av bidraget i varer og tjenester: " + agreement.inKindDescription);
                }
                w.line(BOLD, 11, "Samlet bidrag: " + kroner(agreement.totalNok()));
                w.gap(10);
                w.line(BOLD, 12, "Partneren får");
                w.paragraph(REGULAR, 11, agreement.benefits == null ? "Som avtalt mellom partene." : agreement.benefits);
                w.gap(10);
                w.paragraph(REGULAR, 10, "Avtalen gjelder kalenderåret " + agreement.year + ". Kontant bidrag faktureres etter signering. "
                        + "Avtalens status i Vekst: " + agreement.status + " (utskrevet " + DATE.format(java.time.Instant.now()) + ").");
                w.gap(40);
                w.signatureLines("For " + programmeName, "For " + p.name);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String kroner(long amount) {
        return "kr " + NumberFormat.getIntegerInstance(NORWEGIAN).format(amount).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static String grouped(String organisationNumber) {
        return organisationNumber.substring(0, 3) + " " + organisationNumber.substring(3, 6) + " " + organisationNumber.substring(6);
    }

    /** Keeps only what the standard font can encode. */
    static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = cp == '\t' || cp == '\n' || cp == '\r' ? " " : new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Writes lines top-down, wrapping paragraphs to the page width. */
    private static final class Writer {
        private final PDPageContentStream content;
        private float y;

        Writer(PDPageContentStream content, float top) {
            this.content = content;
            this.y = top;
        }

        void gap(float points) {
            y -= points;
        }

        void line(PDType1Font font, float size, String text) throws IOException {
            y -= size * 1.4f;
            if (y < MARGIN) {
                return;
            }
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN, y);
            content.showText(printable(font, text));
            content.endText();
        }

        void paragraph(PDType1Font font, float size, String text) throws IOException {
            for (String line : wrap(font, size, printable(font, text))) {
                line(font, size, line);
            }
        }

        void signatureLines(String left, String right) throws IOException {
            float half = WIDTH / 2 - 20;
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + half, y);
            content.moveTo(MARGIN + WIDTH - half, y);
            content.lineTo(MARGIN + WIDTH, y);
            content.stroke();
            y -= 14;
            for (float[] at : new float[][] {{MARGIN}, {MARGIN + WIDTH - half}}) {
                content.beginText();
                content.setFont(REGULAR, 10);
                content.newLineAtOffset(at[0], y);
                content.showText(printable(REGULAR, at[0] == MARGIN ? left : right));
                content.endText();
            }
            y -= 14;
            for (float[] at : new float[][] {{MARGIN}, {MARGIN + WIDTH - half}}) {
                content.beginText();
                content.setFont(REGULAR, 10);
                content.newLineAtOffset(at[0], y);
                content.showText("Sted og dato");
                content.endText();
            }
        }

        private static List<String> wrap(PDType1Font font, float size, String text) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" +")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !current.isEmpty()) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
            }
            return lines;
        }
    }
}
