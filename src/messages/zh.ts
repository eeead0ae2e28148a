/** Every message in Chinese, for clerks: what is wrong, how to fix it, an example where one helps. */
import { commandName } from "../command-name.js";
import type { Catalogue } from "./en.js";
import type { ValueKind } from "./text.js";
import { commandExample } from "./examples.js";
import { writingZh } from "./writing.js";

const kindsZh: Record<ValueKind, string> = {
  number: "数字",
  text: "文字",
  list: "列表（每项一行，以“- ”开头）",
  mapping: "一组字段（在它下面缩进若干行“名称: 内容”）",
  empty: "空白",
  "yes/no": "true 或 false",
  figure: "数字、名称，或 { value: 数值, unit: 单位 }",
};

export const zh: Catalogue = {
  fileNotFound: (p) => ({
    message: `找不到文件：${p.path}`,
    hint: "请检查路径是否写对；数据文件一般放在 data 文件夹里，例如 data/2020.yaml。",
  }),
  fileNameNotUtf8: (p) => ({
    message: `打不开 ${p.path}：文件名不是 UTF-8 编码（每个 � 代表一个无法识别的字节）`,
    hint: "请给文件改个名字（从 Windows 压缩包里解出来的文件名常是 GBK 编码，可以用 convmv -f gbk -t utf8 --notest 文件名 改过来），然后再运行。",
  }),
  fileIsDirectory: (p) => ({
    message: `${p.path} 是一个文件夹，里面没有数据文件（.yaml）`,
    hint: "请写出数据文件的路径，例如 data/2020.yaml，或者写一个放着 .yaml 文件的文件夹。",
  }),
  fileUnreadable: (p) => ({ message: `无法读取 ${p.path}（${p.reason}）` }),
  fileNotRegular: (p) => ({
    message: `${p.path} 不是数据文件，而是${{ device: "设备", socket: "套接字", pipeThroughLink: "指向命名管道的链接" }[p.kind]}，没有读取它`,
    hint: "请写出 .yaml 数据文件的路径，例如 data/2020.yaml。设备、套接字以及指向它们的链接都不会读取；命名管道只有直接写出它本身时才读取，经过链接不读取。",
  }),
  fileSystemFile: (p) => ({
    message: `${p.path} 是操作系统的文件（${p.target}），不是数据文件，没有读取它`,
    hint: "/proc、/sys 等文件夹里的文件描述正在运行的系统，可能含有密码等机密；请写出 .yaml 数据文件的路径。",
  }),
  fileLinkOutside: (p) => ({
    message: `${p.path} 是指向 ${p.target} 的链接，指到了 ${p.folder} 之外，没有读取它`,
    hint: "作为数据文件的链接只能指向它所在的文件夹（或其中的子文件夹）；要生成放在别处的文件，请直接写出那个文件的路径。",
  }),
  fileLinkLoop: (p) => ({
    message: `${p.path} 是一个绕回自己的链接（循环），没有读取它`,
    hint: "请删除这个链接，或让它指向真正的数据文件。",
  }),
  fileChanged: (p) => ({
    message: `${p.path} 在打开的过程中被换成了别的文件，没有读取它`,
    hint: "请等其他程序不再改动这个文件后，再运行一次。",
  }),
  fileTooLarge: (p) => ({
    message: `${p.path} 超过了 ${p.limitMiB} MB，数据文件一般只有几十 KB`,
    hint: "请确认选对了文件（不是 Word 文档、图片或别的文件）；数据文件里只有总结的文字和数据。",
  }),
  dataNotPlain: (p) => ({
    message: `\`${p.field}\` 是 ${p.kind}，不是数据：总结的数据只能是对象、列表、文字、数字、true/false 和 null`,
    hint: "请先转换再传入（Map 用 Object.fromEntries，Date 或 BigInt 用 String，类的实例转成普通对象），或者去掉这个字段。",
  }),
  dataCycle: (p) => ({
    message: `\`${p.field}\` 包含了它自己（循环引用），没法写完`,
    hint: "请传入去掉了指回上级的引用的副本。",
  }),
  dataUnreadable: (p) => ({
    message: `读取 \`${p.field}\` 时出错（getter 或 Proxy 抛出了错误），已略过`,
    hint: "请传入普通数据，例如对表单数据做 JSON.parse(JSON.stringify(value))。",
  }),
  tooDeep: (p) => ({
    message: `数据在这里嵌套超过了 ${p.limit} 层`,
    hint: "数据文件只需要几层（例如 work 下面的“- heading/body”）；请检查缩进是不是一行比一行多，以及每个 [ 和 { 是否都有配对的 ] 和 }。",
  }),
  tooManyEntries: (p) => ({
    message: `文件里的条目（“名称: 内容”和列表项）超过了 ${p.limit} 个，这里是超出的第一个`,
    hint: "一份总结最多用到几百个条目；请确认选对了文件。",
  }),
  tooManyReferences: (p) => ({
    message:
      p.scope === "text"
        ? `这段文字里的 {{…}} 超过了 ${p.limit} 个，这里是超出的第一个`
        : `整个文件里的 {{…}} 超过了 ${p.limit} 个，这里是超出的第一个`,
    hint: "一段文字最多引用几十个数据；请检查这段文字是不是粘贴错了。",
  }),
  yamlReference: (p) => ({
    message: `数据文件里不能使用 YAML 的引用写法（${p.written}）`,
    hint: '请把内容完整写出来。如果文字本身以 & 或 * 开头，请用英文双引号把整段文字括起来，例如 "*……"。',
  }),
  tooManyItems: (p) => ({
    message: `${p.field} 有 ${p.count} 项，最多只能有 ${p.limit} 项`,
    hint: "每一项是总结里的一段，请合并或删减。这一行是超出的第一项。",
  }),
  tooManyFigures: (p) => ({
    message: `figures 下面有 ${p.count} 个数据，最多只能有 ${p.limit} 个`,
    hint: "请删掉正文没有用到的数据。这一行是超出的第一个。",
  }),
  emptyFile: (p) => ({
    message: "数据文件是空的",
    hint: `可以运行 ${commandName()} init ${p.path} --force，生成一份写好全部字段的数据文件，再填写内容。`,
  }),
  notAMapping: (p) => ({
    message: "数据文件应当由“名称: 内容”这样的字段组成，每行一个，例如 year: 2020",
    hint: `可以运行 ${commandName()} init ${p.path} --force，重新生成一份写好全部字段的数据文件（原来的内容会被替换，请先另存一份），再填写内容。`,
  }),
  // The YAML error code stays out of the Chinese text: it means nothing to a clerk.
  yamlSyntax: () => ({
    message: "这一行的格式不正确",
    hint: "请对照上下几行的写法检查这一行：缩进是否对齐，引号、括号是否成对。",
  }),
  needsQuotes: (p) => ({
    message:
      p.start === "{{"
        ? `${p.key} 的值以“{{”开头：不加引号时，YAML 会把 { 当成一组字段的开始`
        : `${p.key} 的值以“${p.start}”开头：YAML 不允许不加引号的值以它开头`,
    hint: `请给整个值加上英文双引号：${p.key}: "${p.value}"。`,
  }),
  backslashInDoubleQuotes: () => ({
    message: "双引号里不能直接写反斜杠“\\”（例如 Windows 的文件路径）",
    hint: "把这段文字两边的双引号换成单引号，例如 intro: '材料见 D:\\资料\\2020'；或者把“\\”改成“/”，例如 D:/资料/2020。",
  }),
  secondDocument: () => ({
    message: "这一行“---”会把后面的内容当成另一份文件，一个数据文件里只能有一份",
    hint: "请删掉这一行“---”。",
  }),
  required: (p) => ({ message: `缺少字段 ${p.field}`, hint: `请在这里补上一行“${p.field}: …”。` }),
  wrongType: (p) => ({ message: `${p.field} 应当是${kindsZh[p.expected]}，现在是${kindsZh[p.received]}` }),
  unknownKey: (p) => ({
    message: `不认识的字段 ${p.key}`,
    hint: p.suggestion ? `是不是想写 ${p.suggestion}？` : "请删除这一项，或检查拼写。",
  }),
  tooFew: (p) => ({ message: `${p.field} 至少要有 ${p.minimum} 项` }),
  emptyText: (p) => ({
    message: `${p.field} 没有填写内容`,
    hint: p.required
      ? "请在冒号后面填写文字：每份总结都要有这一项，不能删除。"
      : "请在冒号后面填写文字，或删除这一项。",
  }),
  attachmentEmpty: (p) => ({
    message: `附件 ${p.field} 只有标题，下面没有内容`,
    hint: "给它写上正文（body:）或表格（table:），也可以两样都写；不要这个附件就整项删掉。",
  }),
  tableRowCells: (p) => ({
    message: `表格的这一行 ${p.field} 有 ${p.cells} 格，表头却有 ${p.columns} 列`,
    hint: "每行按表头的顺序、每列写一格，格数和表头一样多；没有内容的格写“—”或 0。",
  }),
  mixedShapes: (p) => ({
    message: `${p.key} 不能和 ${p.other} 同时使用：一份总结的正文只能用一种写法`,
    hint: "三种写法选一种：parts（一、二、各部分，标题自己写）；items（没有“一、”这一级，直接写（一）（二））；work/problems/plans（三部分的简写）。请把内容都移到其中一种下面。",
  }),
  ownOrdinal: (p) => ({
    message: `${p.field} 开头写了编号“${p.found}”，工具会自动编号，这样会印成“${p.printed}${p.found}”`,
    hint: `请删掉开头的“${p.found}”。`,
  }),
  headingNeedsStop: (p) => ({
    message: `标题 ${p.field} 要接排在正文段首，但末尾没有句号“。”，会和后面的正文连在一起`,
    hint: "请在标题末尾加上“。”；如果想让标题单独成行，把 runIn: true 改成 runIn: false（或删掉这一行）。",
  }),
  blankLineInLine: (p) => ({
    message: `${p.field} 中间有空行，但它只能是一行，不能分段`,
    hint: `请删掉这一行上面的空行。只有 ${p.paragraphFields.join("、")}（列表的各项）可以空一行分段。`,
  }),
  outOfRange: (p) => ({ message: `${p.field} 的数值不合理：${p.detail}` }),
  badFigureName: (p) => ({
    message: `“${p.name}”不能用作数据名称`,
    hint: "名称只能由汉字、字母、数字和下划线组成，且不能以数字开头，例如“财政收入”。",
  }),
  reservedFigureName: (p) => ({ message: `“${p.name}”是保留名称，不能用作数据名称`, hint: "请换一个名称。" }),
  unknownFigure: (p) => ({
    message: `正文引用了数据“${p.name}”，但 figures 下面没有定义它`,
    hint: p.suggestion
      ? `是不是想写 {{${p.suggestion}}}？`
      : `请在 figures: 下面补上它，例如“${p.name}: { value: 12, unit: 万元 }”。`,
  }),
  proseSyntax: (p) => ({
    message: `数据引用的写法有误（${p.detail}）`,
    hint: "引用数据写成 {{数据名称}}（带单位）或 {{数值 数据名称}}（不带单位），花括号用英文半角。",
  }),
  proseNotAllowed: (p) => ({
    message: `正文里只能引用数据，不能写 ${p.found}`,
    hint: "引用数据写成 {{数据名称}} 或 {{数值 数据名称}}，同比写成 {{同比 数据名称}} 或 {{增减 数据名称}}；如果要原样印出 {{，请写成 \\{{。",
  }),
  bracesAroundName: (p) => ({
    message: `${p.field} 里的“${p.found}”会原样印出来：引用数据要用两对英文半角花括号`,
    hint: `请改成 ${p.fix}（运行 report fix 可以自动改好）。`,
  }),
  quotedTitle: (p) => ({
    message: `标题两头加了引号 ${p.open}…${p.close}，会和标题一起印出来`,
    hint: `请删掉 ${p.open} 和 ${p.close}（运行 report fix 可以自动改好）：标题单独成行，不加引号。`,
  }),
  unusedFigure: (p) => ({
    message: `数据“${p.name}”没有在任何正文中用到`,
    hint: `请在正文中用 {{${p.name}}} 引用它，或删除这一项。`,
  }),
  outsideGb2312: (p) => ({
    message: `“${p.char}”不在 GB2312 字符集里，仿宋_GB2312、楷体_GB2312 和方正小标宋简体都没有这个字`,
    hint: "用默认字体生成的 Word 文件里，这个字改用仿宋显示（标题里用宋体，楷体_GB2312 的文字里用楷体），和前后的字略有不同。人名、地名里本来就是这个字的，不用改；如果是输入法选错了字，请改正。",
  }),
  // ─── 公文版式（issue 21）───
  badDocumentNumber: (p) => ({
    message: `${p.field} 的发文字号写法不对：${p.found}`,
    hint: {
      brackets: "年份要用六角括号〔〕括起来，不要用 [ ]、（ ）或【】，例如“常政发〔2024〕12号”。",
      leadingZero: "序号不编虚位，前面不加 0，例如“〔2024〕12号”，不写“〔2024〕012号”。",
      ordinal: "序号前不加“第”，例如“〔2024〕12号”，不写“〔2024〕第12号”。",
      shape: "写成“机关代字〔年份〕序号号”，年份写全四位，例如“常政发〔2024〕12号”。",
    }[p.problem],
  }),
  badCopyNumber: (p) => ({
    message: `${p.field} 的份号写法不对：${p.found}`,
    hint: '份号写 6 位阿拉伯数字，并加上引号，例如 copyNumber: "000001"。',
  }),
  badSecrecy: (p) => ({
    message: `${p.field} 的密级写法不对：${p.found}`,
    hint: "写“绝密”“机密”或“秘密”，有保密期限的接着写 ★ 和期限，例如“秘密★1年”。",
  }),
  badDate: (p) => ({
    message: `${p.field} 不是正确的日期：${p.found}`,
    hint: "日期写成“年-月-日”，月和日都写两位数，例如 2020-12-28。",
  }),
  blankInFinal: (p) => ({
    message: `数据“${p.name}”还没有填写（会印成 X），正式稿里不能有空白`,
    hint: `请在 figures: 下面“${p.name}”那一行（第 ${p.definedAtLine} 行）填上它的值；或者去掉 --final，先生成草稿。`,
  }),
  blankLastYearInFinal: (p) => ({
    message: `数据“${p.name}”还没有填去年的数值（同比会印成 X），正式稿里不能有空白`,
    hint: `请在 figures: 下面“${p.name}”那一行（第 ${p.definedAtLine} 行）填上 last（去年同期的数值），例如 { value: 3.62, last: 3.34, unit: 亿元 }；或者去掉 --final，先生成草稿。`,
  }),
  comparisonOfName: (p) => ({
    message: p.inTable
      ? `主要指标表里列了“${p.name}”，但它是名称，不是数值，没有同比可算`
      : `“${p.written}”要算同比，但“${p.name}”是名称，不是数值`,
    hint: p.inTable
      ? `请从 keyFigures 的 figures 里删掉“${p.name}”，表里只列有数值的数据。`
      : `同比只能用于有数值的数据，例如 {{同比 财政收入}}；名称请直接写 {{${p.name}}}。`,
  }),
  comparisonFromZero: (p) => ({
    message: `数据“${p.name}”去年的数值是 0，算不出增长百分之几，{{同比 ${p.name}}} 印成增减的数量（增加……）`,
    hint: `统计公报也是这样写的；如果 0 是填错了，请改第 ${p.definedAtLine} 行的 last。`,
  }),
  handTypedChange: (p) => ({
    message: `这里写的是“${p.typed}”，但按“${p.name}”今年 ${p.value}、去年 ${p.last} 算出来是“${p.computed}”`,
    hint: `请核对数值，或者把这几个字换成 {{同比 ${p.name}}}，由程序计算（会印成“${p.computed}”）。`,
  }),
  tableNameNotAName: (p) => ({
    message:
      p.names.length > 1
        ? `${p.field} 是一项“${p.found}”，里面写了 ${p.names.length} 个名称：列表的各项不能用“，”或“、”隔开`
        : `${p.field} 写的“${p.found}”不是数据名称`,
    hint:
      p.names.length > 1
        ? `请把每个名称写成单独的一项，用英文半角逗号隔开：figures: [${p.names.join(", ")}]；或者在 figures: 下面每行写一个，前面加“- ”。`
        : "请照 figures 下面的写法写名称：只用汉字、字母、数字或 _。",
  }),
  unknownTableFigure: (p) => ({
    message: `主要指标表里列了“${p.name}”，但 figures 里没有这个数据`,
    hint: p.suggestion
      ? `是不是“${p.suggestion}”？表里的名称要和 figures 里的写法完全一样。`
      : `请在 figures: 下面补上它，例如“${p.name}: { value: 3.62, last: 3.34, unit: 亿元 }”，或从表里删掉这一项。`,
  }),
  badSourceDateEpoch: (p) => ({
    message: `环境变量 SOURCE_DATE_EPOCH 不是秒数：${p.value}`,
    hint: "请写成从 1970-01-01（UTC）起的整秒数，例如 SOURCE_DATE_EPOCH=1609113600，或者不设置它。",
  }),
  encodingGbk: () => ({
    message: "文件是按 GBK/GB18030 编码保存的（记事本的“ANSI”），不是 UTF-8；已按 GBK 读取",
    hint: "现在可以正常使用，但别的软件打开可能显示乱码：建议在记事本里“另存为”，编码选“UTF-8”。",
  }),
  encodingUtf16: () => ({
    message: "文件是按“Unicode”（UTF-16）编码保存的，不是 UTF-8；已按 Unicode 读取",
    hint: "现在可以正常使用，但别的软件可能打不开：建议在记事本里点“文件”→“另存为”，下面的“编码”选“UTF-8”，再保存。",
  }),
  tabIndent: () => ({
    message: "缩进里用了 Tab 键（制表符）",
    hint: "缩进只能用空格：删掉这一行开头的空白，重新用空格键缩进（每层 2 个空格），例如“  - heading: …”。",
  }),
  oddSpaceIndent: (p) => ({
    message:
      p.kind === "fullwidth"
        ? "缩进里用了全角空格（中文输入法下打出的空格）"
        : "缩进里用了不换行空格（通常是从网页或 WPS 复制过来的）",
    hint: "请切换到英文输入法，删掉这一行开头的空白，重新用空格键缩进。",
  }),
  fullWidthColon: (p) => ({
    message: `“${p.key}”后面用了中文冒号“：”`,
    hint: `请改成英文半角冒号“:”，冒号后面空一格（先切换到英文输入法），例如“${p.key}: …”。`,
  }),
  missingSpaceAfterColon: (p) => ({
    message: p.fullWidthSpace ? `“${p.key}:”后面是全角空格` : `“${p.key}:”的冒号后面缺少空格`,
    hint: `冒号后面要空一个半角空格（英文输入法下的空格），例如“${p.key}: ${p.rest}”。`,
  }),
  listItemIndent: (p) => ({
    message: "这一项“-”的缩进和上面几项不一样",
    hint: p.column ? `请把“-”移到第 ${p.column} 列，和上一项的“-”上下对齐。` : "同一个列表里每一项的“-”要上下对齐。",
  }),
  indentMismatch: () => ({
    message: "这一行的缩进和同一层的其他行不一样",
    hint: "同一层的字段要从同一列开始：对照上一行，增加或删除这一行开头的空格。",
  }),
  textAfterQuote: (p) => ({
    message: `引号 ${p.quote} 已经结束，后面还有文字`,
    hint: `整段文字都要放在引号里：把结尾的 ${p.quote} 移到这一行的最后，例如 title: ${p.quote}{{年度}}年度{{街道名}}街道工作总结${p.quote}。`,
  }),
  unclosedQuote: (p) => ({
    message:
      p.lines > 0
        ? `引号 ${p.quote} 没有结束，后面 ${p.lines} 行都被当成了这段文字的一部分`
        : `引号 ${p.quote} 没有结束：缺少配对的 ${p.quote}`,
    hint:
      p.quote === '"'
        ? '请在这段文字末尾补上英文双引号 "；文字里要用引号的，请用中文引号“”。'
        : "请在这段文字末尾补上英文单引号 '；文字里的单引号要连写两个 ''。",
  }),
  unclosedBracket: (p) => ({
    message: `括号 ${p.open} 没有配对的 ${p.close}`,
    hint:
      p.open === "{"
        ? "请在这一行末尾补上英文半角的 }，例如“{ value: 12, unit: 万元 }”。"
        : '请在列表末尾补上英文半角的 ]；如果 [ 只是文字的一部分，请把整段文字用英文双引号括起来，例如 "[…]"。',
  }),
  duplicateKey: (p) => ({ message: `同一层里出现了两个“${p.key}”`, hint: "请删掉其中一行，或者给其中一个改名。" }),
  numberWithUnit: (p) => ({
    message: `${p.field} 应当只填数字，现在写成了“${p.written}”，带了单位`,
    hint:
      p.unit === undefined
        ? `请只填数字：${p.digits}。`
        : p.unit.startsWith(p.suffix)
          ? `单位已经写在“unit: ${p.unit}”里了，这里只填数字：${p.digits}。`
          : /^[万亿千百]/.test(p.suffix)
            ? `“${p.written}”的意思不明确，请只填阿拉伯数字：要么把单位改成“${p.suffix}${p.unit ?? ""}”、这里填 ${p.digits}，要么把整个数写全。`
            : `请只填数字 ${p.digits}，单位写在 unit 里。`,
  }),
  chineseNumeral: (p) => ({
    message: `${p.field} 用了中文数字“${p.written}”`,
    hint: p.digits ? `请改成阿拉伯数字：${p.digits}。` : "请改成阿拉伯数字，例如 2020。",
  }),
  notANumber: (p) => ({
    message: `${p.field} 应当是数字，现在是“${p.written}”`,
    hint:
      p.field === "year"
        ? "请用阿拉伯数字写年份，例如 2020。"
        : "请只填阿拉伯数字，例如 12345 或 8.5；还不知道的先空着。",
  }),
  numberNotFinite: (p) => ({
    message: `${p.field} 写的是“${p.written}”，这不是一个能印在文件里的数（无穷大，或者不是数）`,
    hint:
      p.field === "year"
        ? "请用阿拉伯数字写年份，例如 2020。"
        : "请写出实际的数字，例如 12345 或 8.5；还不知道的先空着。",
  }),
  numberTooLarge: (p) => ({
    message: `${p.field} 写的是“${p.written}”，数太大了，最大只能是 ${p.limit}`,
    hint: "这么大的数，末尾几位会丢失。请换一个更大的单位（例如把“元”换成“亿元”），再把数字全部写出来。",
  }),
  numberTooSmall: (p) => ({
    message: `${p.field} 写的是“${p.written.length > 40 ? `${p.written.slice(0, 40)}…` : p.written}”，数太小了，会被当成 0`,
    hint: "请换一个更小的单位（例如把“亿元”换成“元”）；如果这个数就是零，请写 0。",
  }),
  numberNotDecimal: (p) => ({
    message: `${p.field} 写的是“${p.written}”，会被当成十六进制或八进制数`,
    hint: "请用平常的阿拉伯数字写，例如 31。",
  }),
  numberTooPrecise: (p) => ({
    message: `${p.field} 写的是“${p.written.length > 40 ? `${p.written.slice(0, 40)}…` : p.written}”，有效数字超过 ${p.limit} 位，印出来会和写的不一样`,
    hint: `请四舍五入到不超过 ${p.limit} 位（总结里的数一般保留一两位小数），或者换一个更大的单位。`,
  }),
  commaInBraces: (p) => ({
    message: `${p.field}：写在 { } 里的数字不能带逗号`,
    hint: "在 { } 里逗号是用来分隔各项的：请去掉数字里的逗号，例如“{ value: 1234, unit: 万元 }”。",
  }),
  yearFileMismatch: (p) => ({
    message: `年度是 ${p.year}，但文件名是 ${p.fileYear}`,
    hint: `如果这是 ${p.year} 年的总结，请把文件改名为 ${p.year}.yaml；否则请改正年度。`,
  }),
  templateMissing: (p) => ({
    message: `找不到模板文件夹，或其中缺少文件：${p.dir}`,
    hint: "模板文件夹里应有 summary.hbs，可参照 templates 文件夹。",
  }),
  templateError: (p) => ({ message: `模板 ${p.file} 无法使用：${p.detail}` }),
  templateMarkup: (p) => ({
    message: `模板 ${p.file} 无法使用：${
      p.problem === "strayAngle"
        ? "它生成了一个不属于任何元素的“<”"
        : p.problem === "blockInBlock"
          ? `它在 <${p.open}> 里面又写了 <${p.tag}>`
          : p.problem === "wrongClose"
            ? `<${p.open}> 还没结束就写了 </${p.tag}>`
            : p.problem === "notAllowed"
              ? `<${p.tag}> 不能写在这里`
              : p.problem === "closesNothing"
                ? `</${p.tag}> 前面没有对应的 <${p.tag}>`
                : p.problem === "neverClosed"
                  ? `<${p.tag}> 没有结束`
                  : p.problem === "unevenRows"
                    ? `<${p.tag}> 里有一行 <tr> 的 <td> 比第一行多或少`
                    : `段落外面有文字：“${p.text}”`
    }`,
    hint:
      p.problem === "strayAngle"
        ? "模板只写本工具的元素（<p>、<h1> 等，见 templates/summary.hbs），不写 Word 的 XML；要印“<”请写 &lt;。"
        : "模板只写本工具的元素（<title>、<p>、<h1>…<h4>、<closing>，见 templates/summary.hbs 开头的说明），每个都要结束，不能互相套。",
  }),
  templateOutputTooLarge: (p) => ({
    message: `模板为这份文件生成的内容超过了 ${p.limit} 个字符`,
    hint: "{{#each}} 里面又套 {{#each}}，或者把一段长文字印了很多遍，都会让文件成倍变大：每段文字只印一次。",
  }),
  templatePartialTooDeep: (p) => ({
    message: `子模板 ${p.partial} 嵌套超过了 ${p.limit} 层：它在引用自己`,
    hint: `在 ${p.partial}.hbs 里引用 {{> ${p.partial}}} 时，要放在会结束的 {{#each}} 或 {{#if}} 里面，像 section.hbs 排下级标题那样。`,
  }),
  templateSkipsText: (p) => ({
    message: `模板 ${p.file} 没有印出 ${p.field}，这段文字不会出现在文件里`,
    hint: `请在模板里印出这个字段${p.field.includes(".") ? "（在模板排这个列表的地方）" : `（例如 <p>{{${p.field}}}</p>）`}，或者从数据文件里删去它。`,
  }),
  templateSyntax: (p) => ({
    message: `模板的这一行不符合 Handlebars 语法：${p.detail}`,
    hint: "请检查这一行的 {{…}}：每个 {{#块}} 都要有对应的 {{/块}}，每个 {{ 都要有 }}。",
  }),
  templateUnclosedBlock: () => ({
    message: "这个 {{#…}} 块没有结束",
    hint: "请在块结束的地方补上对应的 {{/…}}，例如 {{#each work}} … {{/each}}。",
  }),
  templateMissingPartial: (p) => ({
    message: `模板引用了子模板“${p.name}”，但模板文件夹里没有它`,
    hint: p.known ? `子模板就是文件夹里的其他 .hbs 文件：${p.known}。` : `请在模板文件夹里添加 ${p.name}.hbs。`,
  }),
  templateUnknownHelper: (p) => ({ message: `模板调用了不存在的函数“${p.name}”`, hint: `可用的函数有：${p.known}。` }),
  stdoutNeedsText: () => ({
    message: "Word 或 PDF 文件不能直接显示在命令行窗口里",
    hint: "请用 --format txt 或 --format md 配合 -o -，或者用 -o 指定文件名。",
  }),
  noInputs: () => ({
    message: "没有找到数据文件",
    hint: `请写出 .yaml 文件、文件夹或通配符，例如 ${commandName()} build data/*.yaml --out-dir out。`,
  }),
  outputNeedsOneInput: (p) => ({
    message: `-o 只能指定一个输出文件，但给了 ${p.count} 个数据文件`,
    hint: "生成多个文件时请用 --out-dir <文件夹>。",
  }),
  outputCollision: (p) => ({
    message: `${p.first} 和 ${p.second} 都会写到 ${p.output}`,
    hint: "请给其中一个数据文件改名，或者分别生成到不同的文件夹。",
  }),
  formatMismatch: (p) => ({
    message: `--format ${p.format} 与输出文件 ${p.output} 的扩展名不一致`,
    hint: "去掉 --format（按文件扩展名决定格式），或者把文件扩展名改成与格式一致。",
  }),
  outputNotAFile: (p) => ({
    message: `${p.path} 不是普通文件（是文件夹或设备），不能用作输出`,
    hint: "请用 -o 写一个文件名，例如 -o out/2020.docx；要直接显示文字请用 -o -。",
  }),
  outputIsInput: (p) => ({ message: `输出文件会覆盖数据文件 ${p.path}`, hint: "请用 -o 指定另一个输出路径。" }),
  cannotWrite: (p) => ({
    message: `无法写入 ${p.path}（${p.reason}）`,
    hint: "请检查文件夹是否存在、是否有写入权限，以及该文件是否正在 Word 中打开。",
  }),
  diskFull: (p) => ({
    message: `无法写入 ${p.path}：${p.folder} 所在的磁盘已满（ENOSPC）；原来的文件（如果有）保持不变`,
    hint: "请在这个磁盘上腾出空间（清空回收站、删除旧的输出文件），或者用 -o、--out-dir 写到别的地方。",
  }),
  outputFolderNotMade: (p) => ({
    message: `无法写入 ${p.path}：不能建立文件夹 ${p.folder}（${p.reason}），什么也没有写`,
    hint: "请检查它上一级是不是可以写入的普通文件夹（不是文件，也不是 /proc 这类系统文件夹），或者用 -o、--out-dir 换一个位置。",
  }),
  outputReadOnly: (p) => ({
    message: `无法写入 ${p.path}：${p.folder} 所在的磁盘是只读的（EROFS），什么也没有写`,
    hint: "请用 -o 或 --out-dir 换一个可以写入的文件夹，例如 --out-dir out；光盘、锁定的 U 盘、只读的共享文件夹都不能存放输出。",
  }),
  temporaryNamesTaken: (p) => ({
    message: `无法写入 ${p.path}：在 ${p.folder} 里试过的临时文件名都已被占用，什么也没有写`,
    hint: "可能有人在那里预先放了文件或链接来截取输出：请检查该文件夹里以点开头、以 .tmp 结尾的隐藏文件，或者用 -o 写到别处。",
  }),
  outputIsLink: (p) => ({
    message: `${p.path} 是一个符号链接；${commandName()} 不会经过链接写入，没有改动它`,
    hint: "请写出文件的真实路径（链接指向的位置），或者先删除这个链接。",
  }),
  fileExists: (p) => ({
    message: `${p.path} 已经存在，没有改动它`,
    hint: "请换一个文件名；确实要替换它，请加上 --force。",
  }),
  badYear: (p) => ({
    message: `“${p.value}”不是一个年份`,
    hint: `请用阿拉伯数字写 ${p.minimum} 到 ${p.maximum} 之间的年份，例如 --year 2021。`,
  }),
  unknownOption: (p) => ({
    message: `没有 ${p.option} 这个选项`,
    hint: `运行 ${commandName()} --help 查看可用的命令和选项。`,
  }),
  unknownCommand: (p) => ({
    message: `没有 ${p.command} 这个命令`,
    hint: `可用的命令有 build、validate、fix、init、schema；运行 ${commandName()} --help 查看说明。`,
  }),
  missingArgument: (p) => ({
    message: `${commandName()} ${p.command} 需要${p.command === "init" ? "一个" : ""}数据文件的路径`,
    hint: `请在命令后面写上${p.command === "init" ? "要新建的" : ""}数据文件，例如：${commandExample(p.command)}`,
  }),
  missingOptionValue: (p) => ({
    message: `选项 ${p.option} 后面要写一个值`,
    hint: `运行 ${commandName()} --help 查看可用的命令和选项。`,
  }),
  // 作为程序库调用时 build 的选项（src/api-options.ts）。
  optionsNotObject: (p) => ({
    message: `build 的选项应当是一个对象，例如 { format: "pdf" }，不能是 ${p.value}`,
    hint: "生成 Word 草稿可以不写选项；要写时从 { format, final, fonts, templateDir, checksOff, sourceDateEpoch } 中选。",
  }),
  optionUnknown: (p) => ({
    message: `build 没有 ${p.option} 这个选项`,
    hint: `${p.suggestion ? `是不是想写 ${p.suggestion}？` : ""}可用的选项有 ${p.known}。`,
  }),
  optionWrongValue: (p) => ({
    message: `选项 ${p.option} 不能是 ${p.value}`,
    hint: `${p.suggestion ? `是不是想写 "${p.suggestion}"？` : ""}${
      {
        choice: `可选的值：${p.choices}${p.option === "format" ? "（不写则为 docx）" : ""}。`,
        "yes/no": "请写 true 或 false（不写则为 false）。",
        folder: "请写模板文件夹的路径（不写则用自带的模板）。",
        rules: `请写写法检查规则名的列表，例如 ["${p.choices.split(", ")[0]}"]；可用的规则有 ${p.choices}。`,
        seconds: "请写自 1970-01-01 UTC 起的整秒数，例如 1609113600（不写则用数据里的日期）。",
        reference: "请写本单位 Word 模板（.docx 或 .dotx）的路径，或者以 Uint8Array 给出它的内容（不写则用标准版式）。",
      }[p.expected]
    }`,
  }),
  invalidChoice: (p) => ({ message: `${p.option} 不能是“${p.value}”`, hint: `可选的值：${p.choices}。` }),
  notAWholeNumber: (p) => ({ message: `${p.option} 不能是“${p.value}”`, hint: "请写 1 或更大的整数，例如 2。" }),
  tooManyArguments: () => ({ message: "参数太多了", hint: `运行 ${commandName()} --help 查看可用的命令和选项。` }),
  usage: (p) => ({ message: p.detail, hint: `运行 ${commandName()} --help 查看可用的命令和选项。` }),
  moreProblems: (p) => ({
    message: `…… 还有 ${p.count} 处问题未列出`,
    hint: "请先改正上面列出的问题，再检查一次，就会列出其余的问题。",
  }),
  internal: (p) => ({
    message: `程序内部出错：${p.detail}`,
    hint: `这是 ${commandName()} 的缺陷，请把出错的数据文件一并反馈给维护人员。`,
  }),
  labelError: () => ({ message: "错误" }),
  labelWarning: () => ({ message: "提醒" }),
  labelHint: () => ({ message: "怎么改" }),
  built: (p) => ({ message: `已生成 ${p.output}` }),
  unchanged: (p) => ({ message: `${p.output} 已是最新` }),
  differs: (p) => ({
    message: `${p.output} 与 ${p.input} 现在生成的内容不一致`,
    hint: "请重新生成（不加 --check）并提交。",
  }),
  missing: (p) => ({ message: `缺少 ${p.output}（应由 ${p.input} 生成）`, hint: "请生成它（不加 --check）并提交。" }),
  totals: (p) => ({ message: `共 ${p.files} 个文件：${p.ok} 个完成，${p.failed} 个有问题` }),
  initialised: (p) => ({
    message: `已生成 ${p.path}（${p.year} 年度的数据文件），所有数据都是空的`,
    hint: `填写完以后，用 ${commandName()} validate ${p.path} 检查。`,
  }),
  writing: (p) => writingZh(p),
  unknownRule: (p) => ({ message: `--off：没有“${p.value}”这个检查项`, hint: `检查项有：${p.rules}。` }),
  fixChanged: (p) => ({
    message:
      p.fix === ""
        ? `${p.where}  ［检查项 ${p.rule}］删掉了“${p.found}”`
        : p.found === ""
          ? `${p.where}  ［检查项 ${p.rule}］加上了“${p.fix}”`
          : `${p.where}  ［检查项 ${p.rule}］“${p.found}”→“${p.fix}”`,
  }),
  fixWritten: (p) => ({
    message: `${p.file}：已改好 ${p.changes} 处，已保存`,
    ...(p.left > 0
      ? { hint: `还有 ${p.left} 条提醒要由人来判断，运行 ${commandName()} validate ${p.file} 查看。` }
      : {}),
  }),
  fixDryRun: (p) => ({ message: `${p.file}：可以改 ${p.changes} 处；这次只是预览（--dry-run），文件没有改动` }),
  fixNothing: (p) => ({
    message: `${p.file}：没有可以自动改的地方`,
    ...(p.left > 0
      ? { hint: `还有 ${p.left} 条提醒要由人来判断，运行 ${commandName()} validate ${p.file} 查看。` }
      : {}),
  }),
  fixHasErrors: (p) => ({
    message: `${p.file}：有 ${p.errors} 处错误 ${commandName()} fix 不能自动改，这个文件没有改动`,
    hint: `请按上面的提示改好错误，再运行 ${commandName()} fix ${p.file}。`,
  }),
  fixErrorsLeft: (p) => ({
    message: `${p.file}：已改好 ${p.changes} 处，已保存；上面还有 ${p.errors} 处错误要由人来改`,
    hint: `请按提示改好以后，再运行 ${commandName()} validate ${p.file}。`,
  }),
  fixNotUtf8: (p) => ({
    message: `${p.file} 不是 UTF-8 编码，${commandName()} fix 只改 UTF-8 文件，这个文件没有改动`,
    hint: `请在记事本里“另存为”，编码选“UTF-8”，再运行 ${commandName()} fix。`,
  }),
  fixNotTraced: (p) => ({
    message: `${p.where}  ［检查项 ${p.rule}］没有自动改：这段文字里有转义符或换行，自动改可能改错`,
    hint: "请按提醒手工修改。",
  }),
  fixNotAFile: (p) => ({
    message: `${p.file} 是命名管道，不是文件；report fix 只改文件，什么也没有读，什么也没有写`,
    hint: "请对向管道写数据的那个文件运行 report fix。",
  }),
  fixHardLink: (p) => ({
    message: `${p.file} 有 ${p.names} 个名字（硬链接）；自动改会把它和另外几个名字拆开，所以没有改动它`,
    hint: "可以用 report fix --dry-run 看要改的地方再手工改；或者先把它复制成一个单独的文件（cp 文件 文件.new，再用 文件.new 替换原文件）。",
  }),
  fixReadOnly: (p) => ({
    message: `${p.file} 是只读文件，report fix 没有改动它`,
    hint: "如果确实要改，请先去掉只读（在文件“属性”里取消勾选“只读”，或 chmod u+w），再运行 report fix。",
  }),
  fixFolderReadOnly: (p) => ({
    message: `${p.file} 所在的文件夹 ${p.folder} 不能写入，无法安全保存，文件没有改动`,
    hint: "请把文件复制到可以写入的文件夹里再改，或者请管理员把这个文件夹改成可写。",
  }),
  fixTooLarge: (p) => ({
    message: `${p.file} 改好以后会有 ${p.bytes} 字节（全角标点占三个字节，半角的只占一个），超过了数据文件最多 ${p.limitMiB} MB 的限制；这次什么也没有写`,
    hint: "这么大的数据文件多半不是总结：请确认选对了文件，或者先把文字分开再修改。",
  }),
  fixFileChanged: (p) => ({
    message: `report fix 工作期间 ${p.file} 被改动了（可能是编辑器保存了）；已保留刚保存的内容，这次什么也没有写`,
    hint: "请保存好文件后，再运行一次 report fix。",
  }),
  fixOwnerNotKept: (p) => ({
    message: `${p.file} 属于另一个用户，report fix 无法以那个用户的名义保存，文件没有改动`,
    hint: "请用这个文件的所有者账号运行 report fix。",
  }),
  fixAttributesNotKept: (p) => ({
    message: `${p.file} 的扩展属性无法保留（${p.reason}），文件没有改动`,
    hint: "请把文件复制到普通文件夹里改好，再复制回来。",
  }),
  fixMoreChanges: (p) => ({
    message: `${p.file}：…… 还有 ${p.more} 处类似的改动没有列出（用 report fix --dry-run 可以看到全部）`,
  }),
  valid: (p) => ({
    message: p.warnings ? `${p.file}：没有错误，有 ${p.warnings} 条提醒` : `${p.file}：检查通过，没有发现问题`,
  }),
  failed: (p) => ({ message: `${p.file}：发现 ${p.errors} 处问题，没有生成任何文件` }),
  // 编号和 issue 22 的各种笔误。
  commentInText: (p) => ({
    message: `“${p.text}”后面的“#${p.lost}”被 YAML 当成了注释，不会印到文件里`,
    hint: `如果“#${p.lost}”是正文的一部分，请改用全角的“＃”，或者把整段文字用引号括起来；自己写的注释在 # 后面空一格。加 --final 生成正式稿时会拒绝。`,
  }),
  pointsRunTogether: (p) => ({
    message: `${p.field} 这一项末尾是“${p.last}”，没有句号“。”，会和下一项连在一起（……${p.last}二是……）`,
    hint: "请在每一项末尾加上“。”（或“；”）。加 --final 生成正式稿时会拒绝。",
  }),
  placeholderLeft: (p) => ({
    message: `${p.field} 里还留着提示文字“${p.found}”`,
    hint: "请写上正文，删掉这句提示；如果是有意保留的，加上 checks: { off: [placeholder] }。加 --final 生成正式稿时会拒绝。",
  }),
  lastYearsYear: (p) => ({
    message: `${p.year}年的总结里，${p.field} 写的是“${p.found}年”，可能是从去年的文件里留下来的`,
    hint: `是不是应当写“${p.meant}年”？如果确实要写${p.found}年，加上 checks: { off: [last-year] }。加 --final 生成正式稿时会拒绝。`,
  }),
  colonInText: (p) => ({
    message: `${p.key} 的文字里（“${p.before}”后面）有英文冒号加空格“: ”，YAML 会把它当成又一个字段的开头`,
    hint: `请改成中文冒号“：”，后面不空格，写成“${p.before}：${p.after}”（${commandName()} fix 可以自动改）；或者把整段文字用引号括起来。`,
  }),
  dashWithoutSpace: (p) => ({
    message: `“-${p.key}:”的短横线“-”后面没有空格，YAML 会把“-${p.key}”当成字段名`,
    hint: `请在短横线后面空一格，写成“- ${p.key}:”（${commandName()} fix 可以自动改）。`,
  }),
  notOneOf: (p) => ({
    message: `${p.field} 不能写“${p.found}”，只能是 ${p.options} 中的一个`,
    hint: p.suggestion ? `是不是想写“${p.suggestion}”？` : `请改成 ${p.options} 中的一个。`,
  }),
  previewListening: (p) => ({
    message: `正在预览 ${p.file}：请在浏览器中打开 ${p.url}`,
    hint: "每次保存数据文件，网页会自动更新。要停止预览，在这个窗口按 Ctrl+C。",
  }),
  previewStopped: () => ({ message: "预览已停止。" }),
  previewPortInUse: (p) => ({
    message: `端口 ${p.port} 已被占用，可能另一个预览还开着`,
    hint: "请先关掉另一个预览，或者换一个端口，例如加上 --port 0 让系统挑一个空闲的端口。",
  }),
  previewTitle: (p) => ({ message: `预览：${p.file}` }),
  previewHasErrors: (p) => ({
    message: `${p.file} 有 ${p.errors} 处问题，下面的页面是出错以前的样子。`,
    hint: "按提示改正这几行并保存，这个页面会自动更新。",
  }),
  previewWarnings: (p) => ({ message: `${p.file} 有 ${p.warnings} 条提醒，文件仍然可以生成。` }),
  previewNothingYet: () => ({ message: "数据文件改正以前，这里还没有可以显示的页面。" }),
  previewSource: (p) => ({ message: `这一段来自 ${p.file}:${p.line}（第 ${p.line} 行）。` }),
  previewNoSource: () => ({ message: "这一段是模板里的固定文字，不在数据文件里。" }),
  previewDisconnected: () => ({
    message: "预览已停止（命令行窗口被关闭，或按了 Ctrl+C）。",
    hint: `重新运行 ${commandName()} preview 即可继续，这个页面会自动恢复。`,
  }),
  previewWrongHost: () => ({
    message: `这个预览只能通过 ${commandName()} preview 给出的地址（http://127.0.0.1:…/）打开。`,
  }),
  // 不带参数启动时在浏览器中打开的页面（src/start/）。
  startListening: (p) => ({
    message: `网页已经准备好：${p.url}`,
    hint: "浏览器一般会自动打开它；如果没有，请把这个地址复制到浏览器的地址栏里。用完以后关闭这个窗口即可（或按 Ctrl+C）。",
  }),
  startStopped: () => ({ message: "已停止。" }),
  startTitle: () => ({ message: "年度工作总结：生成 Word 文件" }),
  startIntro: () => ({
    message: "请选择数据文件（.yaml）或去年的 Word 文件，或者把它拖到这个页面上。",
    hint: "发现的问题列在上方，生成的页面显示在下方；没有错误时，就可以下载 Word 文件或 PDF。",
  }),
  startPick: () => ({ message: "选择文件…" }),
  startDownloadDocx: () => ({ message: "下载 Word 文件" }),
  startDownloadPdf: () => ({ message: "下载 PDF" }),
  startChecking: (p) => ({ message: `正在检查 ${p.file}……` }),
  startGood: (p) => ({ message: `${p.file} 没有发现问题，可以下载。` }),
  startHasErrors: (p) => ({
    message: `${p.file} 有 ${p.errors} 处问题，改正以后才能下载。`,
    hint: "请按提示在数据文件里改正这几行，保存以后重新选择这个文件。",
  }),
  startImported: (p) => ({
    message: `已从 ${p.file} 生成今年的数据文件 ${p.data}：数据都已清空（显示为 X）。请下载数据文件，填好以后再在这里选择它。`,
  }),
  startDownloadData: () => ({ message: "下载数据文件" }),
  startNotData: (p) => ({
    message: `${p.file} 不是数据文件（.yaml）`,
    hint: "请选择 .yaml 数据文件，例如 2021.yaml。",
  }),
  startTooLarge: (p) => ({
    message: `${p.file} 超过了 ${p.limit}，不像是数据文件`,
    hint: "请选择 .yaml 数据文件本身。",
  }),
  startDisconnected: () => ({
    message: "这个页面背后的程序已经关闭（它的窗口被关掉了）。",
    hint: "请重新打开程序，再选择一次文件。",
  }),
  pdfNeedsLibreOffice: () => ({
    message: "生成 PDF 需要 LibreOffice，但这台电脑上没有安装（找不到 soffice 命令）",
    hint: "请从 https://www.libreoffice.org 下载安装 LibreOffice（Debian、Ubuntu：apt-get install libreoffice-writer）；或者先生成 Word 文件（不加 --format pdf），再在 Word 或 WPS 里“另存为 PDF”。",
  }),
  pdfFailed: (p) => ({
    message: `LibreOffice 没能把《${p.title}》转成 PDF（${p.detail}）`,
    hint: "请关掉打开着的 LibreOffice 窗口后重试；也可以先生成 Word 文件（不加 --format pdf），再在 Word 或 WPS 里“另存为 PDF”。",
  }),
  pdfTooLong: (p) => ({
    message: `这份文件大约有 ${p.pages} 页，超过了生成 PDF 的上限（${p.limit} 页）`,
    hint: "请先生成 Word 文件（不加 --format pdf），再在 Word 或 WPS 里“另存为 PDF”；也请看看数据文件里是不是误粘贴了大段内容。",
  }),
  // report import：把已经写好的文件读回数据文件。
  importWritten: (p) => ({
    message: `已生成 ${p.path}：${p.figures} 个数据，${p.warnings} 处需要看一下（见上面）`,
    hint: `先用 ${commandName()} validate ${p.path} 检查，再用 ${commandName()} build ${p.path} 生成。`,
  }),
  referenceRefused: (p) => ({
    message: `不能用本单位的 Word 文件 ${p.path} 作模板：${
      {
        missing: "没有这个文件",
        unreadable: `无法读取它${p.part ? `（${p.part}）` : ""}`,
        notWord: p.part
          ? `它的红头、页眉或页脚用到的 ${p.part} 在文件里找不到，或者它又链接着别的内容，工具不复制这样的东西`
          : "它不是 Word 文件（.docx 或 .dotx）",
        notZip: "它不是 Word 文件（.docx 或 .dotx），或者文件已经损坏",
        tooLarge: `它${p.part ? `的一部分（${p.part}）` : ""}超过了能读取的大小（${p.limit}），或者是“压缩炸弹”`,
        encrypted: "它设置了打开密码",
        tooManyEntries: "它包含的部件远远多于一个 Word 文件",
        broken: "它的 XML 已经损坏",
        doctype: "它的 XML 声明了 DOCTYPE（实体），工具从不读取这种内容",
        depth: "它的 XML 嵌套层数远远多于一个 Word 文件",
        external: `它的红头、页眉或页脚链接到文件以外的东西（${p.part}），工具从不读取文件以外的内容`,
      }[p.reason] ?? p.reason
    }；没有生成任何文件`,
    hint:
      {
        missing:
          "请检查路径：数据文件里的 reference: 从数据文件所在的文件夹找起，例如和 2024.yaml 放在一起的 reference: 红头模板.docx。",
        external: "请在 Word 或 WPS 里打开它，插入图片本身而不是图片的链接（或者删掉链接），另存为 .docx 后再生成。",
      }[p.reason] ?? "请在 Word 或 WPS 里打开它，另存为 .docx（Word 文档，不设密码），然后重新生成。",
  }),
  referenceNeedsFolder: (p) => ({
    message: `没有用 reference: ${p.path}：这个数据文件不是从文件夹里读取的（是上传的，或者是直接给的文字），找不到这个 Word 文件`,
    hint: "请在数据文件所在的文件夹里用命令生成（zongjie build data/2024.yaml，Word 文件和它放在一起），或者直接给出 Word 文件：--reference，或者库的 reference 选项。这次按标准版式生成了文件。",
  }),
  referenceWithFrame: (p) => ({
    message: `有两个版头：数据文件的 frame 写了发文机关标志（issuers），本单位的 Word 文件 ${p.path} 里也有自己的红头`,
    hint: "只留一个：要印 Word 文件里的红头，就删掉 frame 里的 issuers（和 suffix）；要印 frame 的版头，就不要用 reference。",
  }),
  importRefused: (p) => ({
    message: `没有读取 ${p.path}：${
      {
        notZip: "它不是 Word 文件（.docx），或者文件已经损坏",
        tooLarge: `其中的一部分${p.part ? `（${p.part}）` : ""}超过了能读取的大小（${p.limit}），或者是“压缩炸弹”`,
        encrypted: "它设置了打开密码",
        tooManyEntries: "它包含的部件远远多于一个 Word 文件",
        broken: "它的 XML 已经损坏",
        doctype: "它的 XML 声明了 DOCTYPE（实体），工具从不读取这种内容",
        depth: "它的 XML 嵌套层数远远多于一个 Word 文件",
      }[p.reason] ?? p.reason
    }`,
    hint: "请在 Word 或 WPS 里打开它，另存为 .docx（不设密码）；或者另存为文本文件（.txt）再导入。",
  }),
  importUnknownFormat: (p) => ({
    message: `${p.path} 既不是 Word 文件也不是文本文件；${commandName()} import 能读取 .docx、.doc、.wps、.odt、.txt 和 .md`,
    hint: "请在 Word 或 WPS 里打开它，另存为 .docx 后再导入。",
  }),
  importNeedsLibreOffice: (p) => ({
    message: `${p.path} 是旧版 Word（.doc）、WPS 或 OpenDocument 文件，读取它需要 LibreOffice，但这台电脑上没有安装（找不到 soffice 命令）`,
    hint: "请从 https://www.libreoffice.org 下载安装 LibreOffice（Debian、Ubuntu：apt-get install libreoffice-writer）；或者在 Word、WPS 里打开它，另存为 .docx。",
  }),
  importConvertFailed: (p) => ({
    message: `LibreOffice 没能读取 ${p.path}（${p.detail}）`,
    hint: "请在 Word 或 WPS 里打开它，另存为 .docx 后再导入。",
  }),
  importNumbering: (p) => ({
    message: `第 ${p.where} 段（“${p.text}”）：${
      p.reason === "order"
        ? `编号不是接着上一个的（按顺序应该是 ${p.expected}）`
        : p.reason === "skip"
          ? "跳过了一级标题"
          : "这种编号不是 report 生成的写法（一、（一）1.（1））"
    }，已按原样作为正文保留`,
    hint: "请在数据文件里看一下这一段：要作为标题，就把它移到所在部分的 items 里，并删掉手写的编号。",
  }),
  importUnplaced: (p) => ({
    message: `第 ${p.where} 段：${
      {
        textBox: "有一个文本框，其中的文字已作为一段保留在这里",
        image: "有一张图片，数据文件放不下图片，已略去",
        object: "有一个嵌入对象，数据文件放不下，已略去",
        footnote: "有一个脚注，数据文件放不下脚注",
        comment: "有一条批注，已略去",
        trackedChange: "有修订痕迹，已按“接受修订”读取",
        table: "有一个表格，已作为文字保留",
      }[p.what] ?? p.what
    }${p.text ? `：“${p.text}”` : ""}`,
    hint: "请对照原文件的这个位置检查数据文件，缺少的内容请手工补上。",
  }),
  importTitleJoined: (p) => ({
    message: `标题原来分 ${p.lines} 行，已合成一行`,
    hint: "标题过长时，Word 会自动换行。",
  }),
  importAttachmentKept: (p) => ({
    message: `第 ${p.where} 段：附件不是 report 的主要指标表，已作为正文段落保留`,
    hint: "请看一下数据文件正文的末尾；主要指标表可以写成 keyFigures。",
  }),
  importNumberKept: (p) => ({
    message: `${p.text} 按原样作为文字保留，没有变成数据（变成数据后印出来会和原文不同）：“${p.context}”`,
    hint: "请按 report 印数字的写法改写（3.60 写成 3.6，1,234 写成 1234）；明年要改的数字可以写成数据。",
  }),
  importYearGuessed: (p) => ({
    message: `标题和落款里都没有年度，按 ${p.year} 年处理`,
    hint: "请改正数据文件开头的 year:，或者在文件名里写上年度后重新导入。",
  }),
  importOptionWrong: (p) => ({
    message: `importDocument 的 ${p.option} 应当是 ${p.expected}`,
    hint: "来源写成 { path } 或 { bytes, name }；选项有 figures、nextYear（true 或 false）、year（整数）、schemaRef 和 fileName（文字）。",
  }),
  initFromWord: (p) => ({
    message: `${p.path} 是 Word 文件或其他二进制文件，不是数据文件`,
    hint: `要从去年的文件开始，请先导入它：${commandName()} import ${p.path} -o data.yaml`,
  }),
};
