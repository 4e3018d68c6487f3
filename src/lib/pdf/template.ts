/**
 * The PDF edition, part 2 (pure): the Typst document around the converted
 * pages (src/lib/pdf/typst.ts): A4, the site's colours, Noto Serif for the
 * text and Noto Sans for labels (both in the site's font stacks, and shipped
 * in npm packages, so every machine typesets with the same fonts), running
 * heads and page numbers, the cover, the contents with page numbers, and the
 * functions the converted markup calls (story box, fragment with QR code,
 * figure 1, quote, register).
 */
import { str } from './typst.ts';
import { INITIATIVE_COLOURS, PALETTE, type Palette } from '../colours';
import { LANGUAGE, LOCALE, pdfText } from '../text/nl';

/** Where the text area starts and ends on the page, in points: the tests read the text between. */
export const PAGE = { width: 595.28, height: 841.89, top: 72, bottom: 72 } as const;

export interface CoverText {
  kicker: string;
  title: string;
  lead: string;
  updated: string;
  /** The cover's own text (the home page's MDX), as Typst markup. */
  more: string;
  /** The site's address, readable. */
  address: string;
}

export interface DocumentParts {
  title: string;
  author: string;
  cover: CoverText;
  colophon: string;
  pages: string[];
  /** The edition's notes and the register, at the end. */
  end: string[];
}

const PREAMBLE = String.raw`
// Noto has no arrows (→ in the register): New Computer Modern, built into Typst, has them.
#let serif = ("Noto Serif", "New Computer Modern")
#let sans = ("Noto Sans", "New Computer Modern")
${'${COLOURS}'}
#let strong-of(c) = colours.at(c, default: (brand, brand-tint)).at(0)
#let tint-of(c) = colours.at(c, default: (brand, brand-tint)).at(1)

#set text(font: serif, size: 10.5pt, lang: "${'${LANG}'}", region: "${'${REGION}'}", fill: ink, hyphenate: false, fallback: false,
  costs: (widow: 200%, orphan: 200%))
#set par(leading: 0.68em, spacing: 1.05em, justify: false)
#set page(paper: "a4", margin: (x: 62pt, top: ${'${TOP}'}pt, bottom: ${'${BOTTOM}'}pt),
  header-ascent: 40%, footer-descent: 40%,
  header: context {
    let p = here().page()
    if p <= 1 { return }
    // A page where a chapter starts has no running head. Only the first heading after the head is looked at
    // (a binary search): filtering every heading on every page was quadratic, 25 of 28 s at 1,055 pages.
    let next = query(heading.where(level: 1).after(here()))
    if next.len() > 0 and next.first().location().page() == p { return }
    let before = query(heading.where(level: 1).before(here()))
    set text(font: sans, size: 7.5pt, fill: muted)
    if before.len() > 0 { before.last().body }
    h(1fr)
    ${'${TITLE}'}
  },
  footer: context {
    let p = here().page()
    if p <= 1 { return }
    set text(font: sans, size: 8pt, fill: muted)
    h(1fr); counter(page).display(); h(1fr)
  },
)
#show heading: set text(font: sans, fill: ink, hyphenate: false)
#show heading.where(level: 1): it => { set text(size: 22pt); block(below: 16pt, it.body) }
#show heading.where(level: 2): set text(size: 14pt)
#show heading.where(level: 2): set block(above: 20pt, below: 9pt)
#show heading.where(level: 3): set text(size: 11.5pt)
#show heading.where(level: 4): set text(size: 10.5pt)
#set heading(bookmarked: auto)
#show link: set text(fill: brand)
// Items apart like paragraphs: each reads as a block of its own, as each <li> does on the site.
#set list(marker: text(fill: brand, sym.bullet), indent: 4pt, spacing: 0.9em)
#set enum(indent: 4pt, spacing: 0.9em)

#let coverhead(body) = block(above: 10pt, below: 6pt, text(font: sans, size: 12pt, weight: "bold", body))
#let addr(a) = text(font: sans, size: 8pt, fill: muted)[(#a)]
// The site's words as they are: upper() would change the text a reader copies and a screen reader reads.
#let kicker(body) = block(below: 6pt, text(font: sans, size: 8.5pt, weight: "bold", fill: brand, tracking: 0.02em, body))
#let headline(body) = block(above: 4pt, text(size: 13pt, style: "italic", body))
#let lead(body) = block(text(size: 11.5pt, body))
// Each person on two lines, the name above the role: the site's list of terms (no comma between them).
#let people(..ps) = block(above: 12pt, below: 12pt, stack(spacing: 7pt,
  ..ps.pos().map(p => [#text(font: sans, size: 9pt, weight: "bold", p.at(0)) \ #text(font: sans, size: 8pt, fill: muted, p.at(1))])))
#let aside(body) = block(breakable: false, width: 100%, inset: 10pt, radius: 3pt, stroke: 0.6pt + line-colour, body)
#let pullquote(who: none, body) = block(breakable: false, width: 100%, inset: (left: 14pt, y: 4pt), stroke: (left: 2pt + brand),
  { set text(size: 12pt, style: "italic"); body; if who != none { block(above: 6pt, text(font: sans, size: 8pt, style: "normal", fill: muted, who)) } })
// The number stands apart from the note, as the site's list marker does (the register's "voetnoot").
#let footnotes(body) = block(above: 18pt, { line(length: 30%, stroke: 0.5pt + line-colour); set text(size: 8.5pt); set enum(numbering: "1", body-indent: 2.5em); body })
#let storybox(colour: "", label: "", title: "", body) = block(breakable: false, width: 100%, fill: tint-of(colour),
  stroke: (left: 3pt + strong-of(colour)), inset: 12pt, radius: (right: 3pt), above: 14pt, below: 14pt, {
    // Label and title in one size: one block, as the site's head reads ("Uit het verhaal Buurt in Bloei – Eindhoven").
    block(below: 9pt, text(font: sans, size: 9pt, weight: "bold")[#text(fill: strong-of(colour), label) \ #title])
    set text(size: 10pt)
    body
  })
#let fragment(colour: "", quote: [], who: "", length: "", note: "", url: "", address: "", qr: "") = block(breakable: false,
  width: 100%, fill: tint-of(colour), inset: 12pt, radius: 3pt, above: 14pt, below: 14pt,
  grid(columns: (1fr, 27mm), column-gutter: 12pt, {
    text(size: 12pt, style: "italic", quote)
    v(2pt)
    block(above: 12pt, below: 12pt, text(font: sans, size: 8pt, fill: muted, length))
    block(text(font: sans, size: 8pt, fill: muted, who))
    if note != "" { block(above: 8pt, text(font: sans, size: 8pt, weight: "bold", fill: strong-of(colour), note)) }
    block(above: 8pt, text(font: sans, size: 8pt)[${'${LISTEN}'} #link(url, address)])
  }, image(qr, width: 27mm, scaling: "pixelated", alt: ${'${QRALT}'} + " " + address)))
#let figure1(task: "", root: "", branches: (), label: "", caption: none) = {
  let node(body, fill: white, strong: false) = box(width: 100%, inset: 6pt, radius: 3pt, stroke: 0.8pt + brand, fill: fill,
    align(center, text(font: sans, size: 8.5pt, weight: if strong { "bold" } else { "regular" }, body)))
  figure(kind: "figuur", supplement: none, caption: caption, block(breakable: false, width: 100%, {
    // The task and the root in one size: one block, as the site's root reads ("Taak 2 Gemeenschapsvorming").
    // Below it the branches as a tree, each approach above the roles of its branch: the text reads
    // branch by branch, as the site's figure does (the register's "figuur-1").
    box(width: 60%, node(fill: brand.lighten(85%))[#text(fill: muted, task) \ #strong(root)])
    for b in branches {
      block(above: 8pt, inset: (left: 18pt), stroke: (left: 0.8pt + brand), {
        box(width: 50%, node(fill: brand.lighten(92%), strong: true, b.at(0)))
        for r in b.at(1) { block(above: 5pt, inset: (left: 18pt), box(width: 60%, node(r))) }
      })
    }
  }))
}
#show figure.where(kind: "figuur"): it => block(breakable: false, above: 14pt, below: 14pt, { set align(left); it.body; if it.caption != none { block(above: 6pt, text(font: sans, size: 8pt, fill: muted, it.caption.body)) } })
#let register(columns: 3, ..cells) = { set text(size: 8pt); table(columns: (1fr, 1fr, auto), inset: 4pt, stroke: 0.4pt + line-colour, ..cells) }
`;

/**
 * The PDF's colours as Typst definitions (`ink`, `muted`, `line-colour`,
 * `brand`, `brand-tint` and per initiative its strong colour and tint): the
 * light scheme of the one table, lib/colours.
 */
export function typstColours(palette: Palette = PALETTE): string {
  const { ink, muted, line, brand, initiatives } = palette.light;
  const rgb = (hex: string) => `rgb("${hex}")`;
  return [
    `#let ink = ${rgb(ink)}`,
    `#let muted = ${rgb(muted)}`,
    `#let line-colour = ${rgb(line)}`,
    `#let brand = ${rgb(brand)}`,
    `#let brand-tint = ${rgb(palette.brandTint)}`,
    '#let colours = (',
    ...INITIATIVE_COLOURS.map((c) => `  ${c}: (${rgb(initiatives[c].strong)}, ${rgb(initiatives[c].tint)}),`),
    ')',
  ].join('\n');
}

/** The whole Typst source of the publication. */
export function typstDocument(parts: DocumentParts): string {
  const preamble = PREAMBLE.replace('${COLOURS}', typstColours())
    .replace('${TOP}', String(PAGE.top))
    .replace('${BOTTOM}', String(PAGE.bottom))
    .replace('${LANG}', LANGUAGE)
    .replace('${REGION}', LOCALE.split('-')[1]!.toLowerCase())
    .replace('${TITLE}', str(parts.title))
    .replace('${LISTEN}', pdfText.listen)
    .replace('${QRALT}', str(pdfText.qrAlt));
  const { cover } = parts;
  return [
    `#set document(title: ${str(parts.title)}, author: ${str(parts.author)}, date: none)`,
    preamble,
    // The cover: no running head, no page number.
    `#page(margin: (x: 62pt, top: 90pt, bottom: 60pt), {
  text(font: sans, size: 9.5pt, weight: "bold", fill: brand, tracking: 0.02em, ${str(cover.kicker)})
  v(14pt)
  title(text(font: sans, size: 34pt, weight: "bold", fill: ink, ${str(cover.title)}))
  v(10pt)
  text(size: 13pt, ${str(cover.lead)})
  v(8pt)
  text(font: sans, size: 8.5pt, fill: muted, ${str(cover.updated)})
  v(18pt)
  grid(columns: (1fr, 1fr, 1fr), column-gutter: 8pt, ..("blauw", "oranje", "groen").map(c => box(width: 100%, height: 60pt, radius: (top: 30pt, bottom: 3pt), fill: strong-of(c))))
  v(18pt)
  ${cover.more.trim() ? `block({ set text(size: 9pt); [${cover.more.trim()}] })` : ''}
  v(1fr)
  text(font: sans, size: 8.5pt, fill: muted, ${str(cover.address)})
})`,
    parts.colophon,
    `#heading(level: 1, outlined: false, bookmarked: true)[${pdfText.contents}]
#outline(title: none, depth: 1)`,
    // Each page of the site opens a new page (its kicker stands above its title).
    ...[...parts.pages, ...parts.end].map((page) => `#pagebreak(weak: true)\n${page}`),
  ].join('\n\n');
}
