import { pdfText } from '../text/nl';

/** The PDF's file in dist/, and the name a download gets (the Content-Disposition in _headers). */
export const PDF_FILE = 'publicatie.pdf';
export const PDF_DOWNLOAD_NAME = 'burgerinitiatieven-en-wijkteams-nji.pdf';

/** What the download link says about the PDF: "1,2 MB, 32 pagina's". Filled in after the PDF is made. */
export const PDF_FACTS_PLACEHOLDER = '@@nji-pdf-facts@@';

export const pdfFacts = (bytes: number, pages: number): string => pdfText.facts(bytes / 1_000_000, Math.max(1, Math.round(bytes / 1000)), pages);
