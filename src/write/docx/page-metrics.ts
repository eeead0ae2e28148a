/**
 * Each kind of paragraph's metrics for the page estimate (pagination.ts), read from its style
 * (styles.ts): its size and character spacing, its indents (Normal's where it gives none; a hanging
 * indent replaces the first-line one), its exact line (Normal's grid line where it gives none) and a
 * bottom border's width, its keeps and page break. Run at build time, into the kit (make-kit.ts), and
 * by the reference writer.
 */
import { BODY, LINE, ptToTwips } from "../layout/layout.js";
import type { KindMetrics, PageMetrics } from "./pagination.js";
import { PARAGRAPH_KINDS, PARAGRAPH_STYLES, type ParagraphKind } from "./styles.js";

interface StyleParagraph {
  readonly indent?: KindMetrics["indent"];
  readonly spacing?: { readonly line?: number };
  readonly border?: { readonly bottom?: { readonly size?: number } };
  readonly keepNext?: boolean;
  readonly keepLines?: boolean;
  readonly pageBreakBefore?: boolean;
}

/** A border's size is in eighths of a point: 2.5 twips each. */
const TWIPS_AN_EIGHTH = 2.5;

function metricsOf(kind: ParagraphKind): KindMetrics {
  const style = PARAGRAPH_STYLES[kind];
  const paragraph = style.paragraph as StyleParagraph;
  const own = paragraph.indent;
  const indent = own ? (own.hanging ? { ...own, firstLine: 0 } : own) : { firstLine: BODY.firstLineIndentTwips };
  const spacing = "characterSpacingTwips" in style ? style.characterSpacingTwips : undefined;
  return {
    emTwips: ptToTwips(style.sizePt),
    spacingTwips: spacing ?? BODY.characterSpacingTwips,
    lineTwips: (paragraph.spacing?.line ?? LINE.exactTwips) + (paragraph.border?.bottom?.size ?? 0) * TWIPS_AN_EIGHTH,
    indent,
    keepNext: paragraph.keepNext === true,
    keepLines: paragraph.keepLines === true,
    pageBreakBefore: paragraph.pageBreakBefore === true,
  };
}

export const PAGE_METRICS: PageMetrics = Object.fromEntries(
  PARAGRAPH_KINDS.map((kind) => [kind, metricsOf(kind)]),
) as Record<ParagraphKind, KindMetrics>;
