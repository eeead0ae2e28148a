/** Every message in Chinese, for clerks: what is wrong, how to fix it, an example where one helps. */
import type { Catalogue, ValueKind } from "./catalogue.js";
import { commandExample } from "./examples.js";

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
    hint: `可以运行 report init ${p.path} --force，生成一份写好全部字段的数据文件，再填写内容。`,
  }),
  notAMapping: (p) => ({
    message: "数据文件应当由“名称: 内容”这样的字段组成，每行一个，例如 year: 2020",
    hint: `可以运行 report init ${p.path} --force，重新生成一份写好全部字段的数据文件（原来的内容会被替换，请先另存一份），再填写内容。`,
  }),
  // The YAML error code stays out of the Chinese text: it means nothing to a clerk.
  yamlSyntax: () => ({
    message: "这一行的格式不正确",
    hint: "请对照上下几行的写法检查这一行：缩进是否对齐，引号、括号是否成对。",
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
  emptyText: (p) => ({ message: `${p.field} 没有填写内容`, hint: "请在冒号后面填写文字，或删除这一项。" }),
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
    hint: "引用数据写成 {{数据名称}} 或 {{数值 数据名称}}；如果要原样印出 {{，请写成 \\{{。",
  }),
  unusedFigure: (p) => ({
    message: `数据“${p.name}”没有在任何正文中用到`,
    hint: `请在正文中用 {{${p.name}}} 引用它，或删除这一项。`,
  }),
  badDate: (p) => ({
    message: `${p.field} 不是正确的日期：${p.found}`,
    hint: "日期写成“年-月-日”，月和日都写两位数，例如 2020-12-28。",
  }),
  blankInFinal: (p) => ({
    message: `数据“${p.name}”还没有填写（会印成 X），正式稿里不能有空白`,
    hint: `请在 figures: 下面“${p.name}”那一行（第 ${p.definedAtLine} 行）填上它的值；或者去掉 --final，先生成草稿。`,
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
    message: "Word 文件不能直接显示在命令行窗口里",
    hint: "请用 --format txt 或 --format md 配合 -o -，或者用 -o 指定文件名。",
  }),
  noInputs: () => ({
    message: "没有找到数据文件",
    hint: "请写出 .yaml 文件、文件夹或通配符，例如 report build data/*.yaml --out-dir out。",
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
    message: `${p.path} 是一个符号链接；report 不会经过链接写入，没有改动它`,
    hint: "请用 -o 写出文件的真实路径（链接指向的位置），或者先删除这个链接。",
  }),
  fileExists: (p) => ({
    message: `${p.path} 已经存在，没有改动它`,
    hint: "请换一个文件名；确实要替换它，请加上 --force。",
  }),
  badYear: (p) => ({
    message: `“${p.value}”不是一个年份`,
    hint: `请用阿拉伯数字写 ${p.minimum} 到 ${p.maximum} 之间的年份，例如 --year 2021。`,
  }),
  unknownOption: (p) => ({ message: `没有 ${p.option} 这个选项`, hint: "运行 report --help 查看可用的命令和选项。" }),
  unknownCommand: (p) => ({
    message: `没有 ${p.command} 这个命令`,
    hint: "可用的命令有 build、validate、init、schema；运行 report --help 查看说明。",
  }),
  missingArgument: (p) => ({
    message: `report ${p.command} 需要${p.command === "init" ? "一个" : ""}数据文件的路径`,
    hint: `请在命令后面写上${p.command === "init" ? "要新建的" : ""}数据文件，例如：${commandExample(p.command)}`,
  }),
  missingOptionValue: (p) => ({
    message: `选项 ${p.option} 后面要写一个值`,
    hint: "运行 report --help 查看可用的命令和选项。",
  }),
  invalidChoice: (p) => ({ message: `${p.option} 不能是“${p.value}”`, hint: `可选的值：${p.choices}。` }),
  notAWholeNumber: (p) => ({ message: `${p.option} 不能是“${p.value}”`, hint: "请写 1 或更大的整数，例如 2。" }),
  tooManyArguments: () => ({ message: "参数太多了", hint: "运行 report --help 查看可用的命令和选项。" }),
  usage: (p) => ({ message: p.detail, hint: "运行 report --help 查看可用的命令和选项。" }),
  internal: (p) => ({
    message: `程序内部出错：${p.detail}`,
    hint: "这是 report 的缺陷，请把出错的数据文件一并反馈给维护人员。",
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
    hint: `填写完以后，用 report validate ${p.path} 检查。`,
  }),
  valid: (p) => ({
    message: p.warnings ? `${p.file}：没有错误，有 ${p.warnings} 条提醒` : `${p.file}：检查通过，没有发现问题`,
  }),
  failed: (p) => ({ message: `${p.file}：发现 ${p.errors} 处问题，没有生成任何文件` }),
};
