import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Language } from '@tt/shared/languages';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { mailMessages } from '../../mail/mail-messages.js';
import type { ListingPdfFacts } from './listing-pdf.service.js';

// A listing's one-page PDF, for a meeting: its title, kind, institute, summary, key facts, what it is, the
// contact and a QR code to its page, on one A4 page (longer texts are cut with an ellipsis, never a second page).
// Laid out by pdfkit on this server; the font is Inter (SIL OFL 1.1) from @fontsource/inter, as the preview images;
// the QR code is drawn as vector squares (crisp at any zoom), from the `qrcode` package's matrix.

const COLORS = { primary: '#0b5563', primarySoft: '#e4f0f1', accent: '#b14f17', text: '#1d2a2e', muted: '#4d5f64' };
const PAGE = { width: 595.28, height: 841.89, margin: 48 };
const QR_SIZE = 104;

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | undefined;
/** Latin (Italian included), regular and bold; read once. */
function interFonts() {
  const file = (weight: number) =>
    readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
  fonts ??= { regular: file(400), bold: file(700) };
  return fonts;
}

export interface ListingPdfOptions {
  /** The listing's public page, which the QR code and the footer name. */
  url: string;
  /** Off in tests that read the text from the bytes. */
  compress?: boolean;
}

/** The facts' rows, label and value, in the order of the public page's key facts. */
function factRows(listing: ListingPdfFacts, say: ReturnType<typeof mailMessages>): [string, string][] {
  const rows: [string, string | null][] =
    listing.kind === 'SERVICE'
      ? [
          [say('pdf.platform'), listing.platform],
          [say('pdf.turnaround'), listing.turnaround],
          [say('pdf.throughput'), listing.throughput],
          [say('pdf.accreditations'), listing.accreditations.join(', ') || null],
          [say('pdf.pricingModel'), listing.pricingModel && say(`pdf.PricingModel.${listing.pricingModel}`)],
        ]
      : [
          [say('pdf.trl'), say('pdf.trlValue', { trl: listing.trl })],
          [say('pdf.ipStatus'), say(`pdf.IpStatus.${listing.ipStatus}`)],
          [say('pdf.patents'), listing.patentNumbers.join(', ') || null],
          [say('pdf.developmentStage'), say(`pdf.DevelopmentStage.${listing.developmentStage}`)],
        ];
  rows.push([
    say('pdf.partneringModels'),
    listing.partneringModels.map((model) => say(`pdf.PartneringModel.${model}`)).join(', ') || null,
  ]);
  return rows.filter((row): row is [string, string] => Boolean(row[1]));
}

/** Draws the QR code of `url` as dark squares in a `size`-point square at (x, y). */
function drawQrCode(doc: PDFKit.PDFDocument, url: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const cell = size / count;
  doc.save().fillColor('#000000');
  for (let row = 0; row < count; row += 1) {
    for (let column = 0; column < count; column += 1) {
      // A hair wider than the cell, so that neighbouring squares show no seam.
      if (qr.modules.get(row, column)) doc.rect(x + column * cell, y + row * cell, cell + 0.05, cell + 0.05);
    }
  }
  doc.fill().restore();
}

/** The PDF's bytes. */
export function renderListingPdf(
  listing: ListingPdfFacts,
  language: Language,
  options: ListingPdfOptions,
): Promise<Buffer> {
  const say = mailMessages(language);
  const { regular, bold } = interFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    compress: options.compress ?? true,
    lang: language,
    info: { Title: listing.title, Author: listing.institute, Subject: listing.summary, Creator: 'TT Marketplace' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('Inter', regular);
  doc.registerFont('Inter-Bold', bold);

  const left = PAGE.margin;
  const width = PAGE.width - 2 * PAGE.margin;
  const bottom = PAGE.height - PAGE.margin;

  // The band and the marketplace's name.
  doc.rect(0, 0, PAGE.width, 10).fill(COLORS.primary);
  doc.font('Inter-Bold').fontSize(14).fillColor(COLORS.primary).text('TT Marketplace', left, 30);
  doc.font('Inter').fontSize(9).fillColor(COLORS.muted);
  doc.text(say('preview.tagline'), left, 34, { width, align: 'right' });

  // Kind (and TRL), title, institute, summary.
  let y = 72;
  const kind = say(`preview.kind.${listing.kind}`).toUpperCase();
  const trl = listing.kind === 'SERVICE' ? '' : `  ·  ${say('pdf.trlValue', { trl: listing.trl })}`;
  doc.font('Inter-Bold').fontSize(9).fillColor(COLORS.accent).text(`${kind}${trl}`, left, y, { characterSpacing: 0.6 });
  y = doc.y + 6;
  doc.font('Inter-Bold').fontSize(20).fillColor(COLORS.text);
  doc.text(listing.title, left, y, { width, height: 80, ellipsis: true, lineGap: 1 });
  y = doc.y + 6;
  doc.font('Inter').fontSize(10.5).fillColor(COLORS.muted);
  doc.text(`${say('pdf.offeredBy')} `, left, y, { continued: true });
  doc
    .font('Inter-Bold')
    .fillColor(COLORS.text)
    .text(listing.institute, { continued: Boolean(listing.city) });
  if (listing.city) doc.font('Inter').fillColor(COLORS.muted).text(` · ${listing.city}`);
  y = doc.y + 10;
  doc.font('Inter').fontSize(12).fillColor(COLORS.text);
  doc.text(listing.summary, left, y, { width, height: 100, ellipsis: true, lineGap: 2 });
  y = doc.y + 16;
  doc
    .moveTo(left, y)
    .lineTo(left + width, y)
    .lineWidth(0.75)
    .strokeColor(COLORS.primarySoft)
    .stroke();
  y += 16;

  // Two columns: what it is (left), the key facts (right); both stop above the contact block.
  const contactTop = bottom - QR_SIZE - 40;
  const factsWidth = 190;
  const gap = 24;
  const mainWidth = width - factsWidth - gap;
  const factsLeft = left + mainWidth + gap;
  const columnBottom = contactTop - 20;

  doc.font('Inter-Bold').fontSize(11).fillColor(COLORS.primary);
  doc.text(listing.kind === 'SERVICE' ? say('pdf.service') : say('pdf.description'), left, y, { width: mainWidth });
  const textTop = doc.y + 4;
  doc.font('Inter').fontSize(10).fillColor(COLORS.text);
  doc.text(listing.description, left, textTop, {
    width: mainWidth,
    height: Math.max(0, columnBottom - textTop),
    ellipsis: true,
    lineGap: 2,
    paragraphGap: 4,
  });

  // The box fits its rows (measured first: its background goes under them), within the column.
  const inner = factsWidth - 24;
  const rows = factRows(listing, say);
  const rowHeight = ([label, value]: [string, string]) =>
    doc.font('Inter').fontSize(8.5).heightOfString(label.toUpperCase(), { width: inner, characterSpacing: 0.4 }) +
    1 +
    doc.font('Inter-Bold').fontSize(10).heightOfString(value, { width: inner }) +
    8;
  const headingHeight = doc.font('Inter-Bold').fontSize(11).heightOfString(say('pdf.keyFacts')) + 6;
  const contentHeight = 12 + headingHeight + rows.reduce((sum, row) => sum + rowHeight(row), 0) + 4;
  const factsBottom = Math.min(columnBottom, y + contentHeight);
  doc.roundedRect(factsLeft, y, factsWidth, factsBottom - y, 6).fill(COLORS.primarySoft);
  doc
    .font('Inter-Bold')
    .fontSize(11)
    .fillColor(COLORS.primary)
    .text(say('pdf.keyFacts'), factsLeft + 12, y + 12);
  let factsY = doc.y + 6;
  for (const [label, value] of rows) {
    if (factsY > factsBottom - 30) break;
    doc
      .font('Inter')
      .fontSize(8.5)
      .fillColor(COLORS.muted)
      .text(label.toUpperCase(), factsLeft + 12, factsY, {
        width: inner,
        characterSpacing: 0.4,
      });
    doc.font('Inter-Bold').fontSize(10).fillColor(COLORS.text);
    doc.text(value, factsLeft + 12, doc.y + 1, {
      width: inner,
      height: Math.max(12, factsBottom - 10 - doc.y),
      ellipsis: true,
    });
    factsY = doc.y + 8;
  }

  // The contact, and the QR code to the listing's page.
  doc
    .moveTo(left, contactTop - 8)
    .lineTo(left + width, contactTop - 8)
    .lineWidth(0.75)
    .strokeColor(COLORS.primarySoft)
    .stroke();
  const contactWidth = width - QR_SIZE - gap;
  doc
    .font('Inter-Bold')
    .fontSize(11)
    .fillColor(COLORS.primary)
    .text(say('pdf.contact'), left, contactTop + 4);
  if (listing.contactOfficer) {
    doc
      .font('Inter-Bold')
      .fontSize(11)
      .fillColor(COLORS.text)
      .text(listing.contactOfficer.name, left, doc.y + 4, {
        width: contactWidth,
      });
    if (listing.contactOfficer.title) {
      doc
        .font('Inter')
        .fontSize(10)
        .fillColor(COLORS.muted)
        .text(listing.contactOfficer.title, { width: contactWidth });
    }
  }
  doc
    .font('Inter')
    .fontSize(10)
    .fillColor(COLORS.muted)
    .text(say('pdf.ttoEmail'), left, doc.y + 6, {
      width: contactWidth,
    });
  doc
    .font('Inter-Bold')
    .fontSize(10.5)
    .fillColor(COLORS.primary)
    .text(listing.contactEmail, {
      width: contactWidth,
      link: `mailto:${listing.contactEmail}`,
    });
  doc
    .font('Inter')
    .fontSize(9)
    .fillColor(COLORS.muted)
    .text(options.url, left, doc.y + 8, {
      width: contactWidth,
      link: options.url,
    });

  const qrLeft = left + width - QR_SIZE;
  drawQrCode(doc, options.url, qrLeft, contactTop, QR_SIZE);
  doc.link(qrLeft, contactTop, QR_SIZE, QR_SIZE, options.url);
  doc
    .font('Inter')
    .fontSize(7.5)
    .fillColor(COLORS.muted)
    .text(say('pdf.scan'), qrLeft - 20, contactTop + QR_SIZE + 4, {
      width: QR_SIZE + 20,
      align: 'right',
    });

  doc.end();
  return done;
}
