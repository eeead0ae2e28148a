/** The document model → a .docx file on A4 in the official layout. */
import { Document, Packer } from "docx";
import type { DocumentModel } from "../../model.js";
import { STANDARD_FONTS } from "./fonts.js";
import { PAGE } from "./layout.js";
import { toParagraphs } from "./paragraphs.js";

export async function writeDocx(model: DocumentModel): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.widthTwips, height: PAGE.heightTwips },
            margin: { top: PAGE.marginTopTwips, bottom: PAGE.marginBottomTwips, left: PAGE.marginLeftTwips, right: PAGE.marginRightTwips },
          },
        },
        children: model.blocks.flatMap((block) => toParagraphs(block, STANDARD_FONTS)),
      },
    ],
  });
  return Packer.toBuffer(document);
}
