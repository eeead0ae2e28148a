/** Which font each element uses (§7.3), by the names Word in a Chinese locale knows. */
export interface FontSet {
  readonly title: string;
  readonly heading1: string;
  readonly runIn: string;
  readonly body: string;
}

export const STANDARD_FONTS: FontSet = {
  title: "方正小标宋简体",
  heading1: "黑体",
  runIn: "楷体_GB2312",
  body: "仿宋_GB2312",
};

/** All four character slots get the font, so digits and Latin letters follow the Chinese text. */
export const fontAttributes = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
