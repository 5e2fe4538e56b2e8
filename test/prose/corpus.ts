/**
 * A corpus of real sentences from published 政府信息公开工作年度报告, each with what it states about the tables.
 *
 * Every sentence is copied verbatim from the published report (punctuation as the stored copy has it: many copies turn
 * full-width commas into ASCII ones) and carries the address it was read at. `expect` lists the table quantities the
 * sentence states, as `quantity=value` with the quantity named by the format's keys (`src/prose/quantities.ts`);
 * `a|b|c=value` is a statement with several readings (办理/处理). An empty list means the sentence states no table
 * quantity — either it is about something else (信访, 热线, 主动公开的信息条数 …), or it is not unambiguous
 * (`note` says why), and then reading anything from it would be a false finding.
 *
 * `context` is where the sentence stands: `requests` for 一（二）依申请公开 or section 三's own sentence, `general`
 * for everything else.
 *
 * The entries marked `userTest` are the exception: sentences a user test wrote into a real report's text (patterns
 * met in real reports — a sub-unit's figures, last year's report named by its year) that gave false findings.
 */

export interface CorpusSentence {
  context: "requests" | "general";
  text: string;
  expect: string[];
  note?: string;
}

export interface CorpusReport {
  /** The reporting agency and year. */
  report: string;
  /** Where the report was read. */
  source: string;
  year: number;
  /**
   * Sentences read and labelled only after the reader was written. Their first run gave precision 98.0 % (48 of 49
   * statements read were right) and recall 92.3 % (48 of 52 found); the five misses were then mended (a year in a
   * comparison, `2022年结转至2023年`, `收到…行政诉讼`, `现行有效件数` after the document, `办理回复`).
   */
  heldOut?: boolean;
  /** Sentences written into the report's text by a user test, not copied from the published report. */
  userTest?: boolean;
  sentences: CorpusSentence[];
}

const none: string[] = [];
const NEW = "table3.new[total]";
const CO = "table3.carried_over[total]";
const CF = "table3.carried_forward[total]";
const TOTAL = "table3.total[total]";
const PROCESS = "table3.new[total]|table3.new+carried_over[total]|table3.total[total]";
const RECON = "table4.reconsideration[total]";
const LIT = "table4.litigation_direct+litigation_after_reconsideration[total]";
const ONLY_NATURAL = "table3.new[commercial+research+social_welfare+legal_service+other_org]=0";

export const CORPUS: CorpusReport[] = [
  {
    report: "淮安市人民政府 2024",
    source: "shared/fixtures/reports/huaian-2024.data.json (淮安市人民政府2024年政府信息公开工作年度报告)",
    year: 2024,
    sentences: [
      {
        context: "general",
        text: "2024 年，市政府网站主动公开各类政府信息 5500 余条，全年新增公开市政府规章 1 件、市政府及市政府办政策性文件 11 件，通过文字、图片等形式制作政策解读21 个，制作《淮安市人民政府公报》6 期。",
        expect: none,
        note: "新增公开规章 is neither 本年制发 nor 现行有效 beyond doubt; 政策性文件 are not 行政规范性文件",
      },
      {
        context: "general",
        text: "紧紧围绕保障民生、深化改革、科技创新等工作主线，组织召开了“春节前后服务企业用工和促进返乡人员就业创业专项活动”“建设‘四最’一流营商环境高质量推进产业发展”“加快建设长三角北部重要产业科技创新高地的若干政策”等新闻发布会 12 场，努力传递政府声音、宣传政策法规、回应舆论关切。",
        expect: none,
      },
      {
        context: "requests",
        text: "2024 年，全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复），均在法定期限内予以答复。",
        expect: [`${NEW}=3119`, `${TOTAL}=3050`, `${CO}=34`, `${CF}=103`],
      },
      {
        context: "requests",
        text: "政府信息公开行政复议 351件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚未审结 37 件；政府信息公开行政诉讼 46 件，其中结果维持 25件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。",
        expect: [
          `${RECON}=351`,
          "table4.reconsideration[upheld]=72",
          "table4.reconsideration[corrected]=64",
          "table4.reconsideration[other]=178",
          "table4.reconsideration[pending]=37",
          `${LIT}=46`,
          "table4.litigation_direct+litigation_after_reconsideration[upheld]=25",
          "table4.litigation_direct+litigation_after_reconsideration[corrected]=5",
          "table4.litigation_direct+litigation_after_reconsideration[other]=9",
          "table4.litigation_direct+litigation_after_reconsideration[pending]=7",
        ],
      },
      {
        context: "general",
        text: "截至目前，全市在运维政务新媒体共计 95个，在省办 2024 年四个季度政务新媒体检查抽查中，合格率均为 100%。",
        expect: none,
      },
      {
        context: "general",
        text: "根据省政务公开年度和季度监测指标，全年组织 4 次政府信息公开栏目全覆盖检查，并出具各县区、各部门政务公开评估分报告。",
        expect: none,
      },
      {
        context: "general",
        text: "2024 年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 3940 元。",
        expect: none,
      },
    ],
  },
  {
    report: "平潭综合实验区 2021",
    source: "https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202202/t20220208_80613.htm (shared/fixtures/reports/pingtan-2021.source.txt)",
    year: 2021,
    sentences: [
      {
        context: "general",
        text: "全年主动公开我区各级单位政府信息2645条，主要通过政府网站、政务新媒体、办公场所的LED屏及宣传栏、《平潭时报》、电视广播等媒介进行公开。",
        expect: none,
      },
      {
        context: "general",
        text: "及时回应社会关切，推出20期《问政平潭之有事您说》等相关栏目，直面社会各界群众提出的实际问题，及时回复办理情况；根据《平潭综合实验区管委会办公室关于加强政府门户网站政策文件解读发布工作的通知》（岚综管办便函〔2021〕39号），按照“谁起草谁解读，应解读尽解读”的原则，落实“同步起草、同步审签、同步发布”机制，对29项涉及群众切身利益、重大公共利益、需广泛知晓的重要政策文件进行解读。",
        expect: none,
      },
      {
        context: "requests",
        text: "本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。",
        expect: [`${NEW}=70`, `${TOTAL}=69`, `${CF}=1`],
      },
      {
        context: "general",
        text: "按照《国务院办公厅秘书局关于印发政府网站与政务新媒体检查指标、监管工作年度考核指标的通知》《平潭综合实验区政府网站与政务新媒体管理暂行办法》等要求，不断调整优化政府网站与政务新媒体栏目设置，规范政府网站与政务新媒体运维，先后关停未进行规范管理的政务新媒体2个。",
        expect: none,
      },
      {
        context: "general",
        text: "常态化开展督查检查，组织4次季度政务公开检查，并将检查发现的问题通报全区。",
        expect: none,
      },
      { context: "general", text: "2021年，无收取信息处理费情况。", expect: none },
    ],
  },
  {
    report: "平潭综合实验区 2020（2019 年格式）",
    source: "https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202103/t20210305_80595.htm (shared/fixtures/reports/pingtan-2020.source.txt)",
    year: 2020,
    sentences: [
      {
        context: "general",
        text: "经清理，已宣布废止规范性文件5件，拟适时修改3件，实现规范性文件动态管理。",
        expect: none,
        note: "the 2019 表二 has no 本年废止 column (本年新制作/本年新公开/对外公开总数量)",
      },
      {
        context: "general",
        text: "2020年，共组织开展6期《问政平潭》，直面社会各界群众提出的实际问题，对24个单位部门进行问政，曝光了16个问题；组织开展19期《问政平潭之有事你说》，上线部门22家，收到群众诉求348件，现场解决162件，跟进解决186件，办结率100%。",
        expect: none,
      },
      {
        context: "general",
        text: "完成对接不动产、医社保、市场监管等16个部门25个业务系统，汇聚数据8232万条；完成360类电子证照梳理，累计入库电子证照452149份，调用21525次，并同时通过预约上门服务、快递收件送达、移动终端自助等线上办理方式，实现改“群众跑”为“数据跑”。",
        expect: none,
      },
      { context: "general", text: "2020年共发布生态环境保护类信息40条，征地信息类121条，土地出让类信息39条。", expect: none },
      {
        context: "requests",
        text: "2020年全区各级行政机关共受理政府信息公开申请21件，受理的申请件已按规定在法定期限内予以答复。",
        expect: [`${NEW}=21`],
      },
      {
        context: "general",
        text: "实行非工作时间办事诉求精准派件、逾期预警、跟踪督办，全部事项均可在30分钟内办结。",
        expect: none,
      },
      {
        context: "general",
        text: "三是做精做强“平潭警方在线”“平潭交警”等品牌栏目，全年累计公布网上信息、安全提示等1000余条，打造形成了具有吸引力和渲染力的信息公开“微阵地”。",
        expect: none,
      },
    ],
  },
  {
    report: "平潭综合实验区 2024",
    source: "https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202503/t20250310_97791.htm (shared/fixtures/reports/pingtan-2024.source.txt)",
    year: 2024,
    sentences: [
      {
        context: "general",
        text: "有序推进基层政务公开，聚焦营商环境、项目投资、产业政策等重点领域，发布权威信息，持续加强公开力度，不断提高政府信息公开的深度和广度，通过政府门户网站全年主动公开各类政府信息10407条。",
        expect: none,
      },
      {
        context: "general",
        text: "加强政策解读力度，通过文字、图解、视频、访谈等多种形式，不断增强政策解读的权威性、针对性，全年发布政策文件解读96篇，获得良好的传播效果。",
        expect: none,
      },
      {
        context: "general",
        text: "持续增进互动交流，全年通过门户网站开展民意征集53期、网上调查51期，开展“平潭大家谈”系列在线访谈12期，主动回应社会关切，及时解答群众疑问，切实提升公众参与度和满意度。",
        expect: none,
      },
      { context: "requests", text: "全年办理政府信息公开申请218件。", expect: [`${PROCESS}=218`] },
      {
        context: "general",
        text: "加强规范性文件库建设，巩固行政规范性文件集中统一公开成果，动态更新发布本年度制发行政规范性文件62件，并同步做好全真版上传等工作，确保行政规范性文件库数据准确、规范统一。",
        expect: ["table2.normative_documents.issued=62"],
      },
      {
        context: "general",
        text: "加强政务新媒体管理，开展“指尖上的形式主义”整治工作，对5个发挥作用不明显、基层无力维护的政务新媒体予以关停注销。",
        expect: none,
      },
      { context: "general", text: "2024年，无收取信息处理费情况。", expect: none },
    ],
  },
  {
    report: "三明市沙县区工信与科技局 2021",
    source: "shared/seeds/000_d71ea51a89262727.txt",
    year: 2021,
    sentences: [
      {
        context: "general",
        text: "截止 2021 年 12 月 31 日，我局通过三明市沙县区政府门户网站主动公开政府信息共 32 条，其中机构职能类 5 条，安全生产类 5 条，其他应主动公开信息 21 条，行政处罚类 1 条。",
        expect: none,
        note: "行政处罚类 1 条 is one published item, not 表二's 行政处罚 decisions",
      },
      {
        context: "requests",
        text: "本年度无依申请公开信息。",
        expect: none,
        note: "无依申请公开信息 may mean nothing was asked for or nothing was disclosed on request",
      },
      {
        context: "general",
        text: "二是及时主动公开部门预决算，2021年共公开预决算信息8条（含下属事业单位），进一步保障群众知情权、监督权。",
        expect: none,
      },
      {
        context: "general",
        text: "对本局所公开内容进行动态管理，并通过 12345 平台接受群众的监督，确保及时整改不足之处，规范信息公开工作，保障工作正常开展。",
        expect: none,
      },
      { context: "general", text: "报告中的数据统计时限为 2021 年 1 月 1 日至 12 月 31 日。", expect: none },
    ],
  },
  {
    report: "武汉市汉阳区人民政府办公室 2022",
    source: "https://www.hanyang.gov.cn/bmxxgk/zfgzjg/qrmzfbgs/zfxxgkndbg/202301/t20230119_2136694.shtml",
    year: 2022,
    sentences: [
      { context: "requests", text: "2022年,区政府办公室共收到8份政府信息公开申请,均为自然人申请。", expect: [`${NEW}=8`, ONLY_NATURAL] },
      {
        context: "requests",
        text: "其中,予以公开2件,部分公开2件,属于四类过程性性信息1件,本办不掌握相关政府信息2件,其他1件(申请人自主撤销)。",
        expect: ["table3.granted[total]=2", "table3.partial[total]=2", "table3.denied_6[total]=1", "table3.unable_1[total]=2"],
        note: "其他1件 may be （六）3.其他 or the whole of （六）",
      },
      { context: "requests", text: "无下年度结转。", expect: [`${CF}=0`] },
    ],
  },
  {
    report: "上海市普陀区 2022 年上半年政府信息公开数据统计",
    source: "http://www.shpt.gov.cn/shpt/tjsj-tjsjzhzwqfbzfwj2021/20220725/847939.html",
    year: 2022,
    sentences: [
      {
        context: "requests",
        text: "2022年上半年,全区各行政机关共受理政府信息公开申请267件,答复263件,申请量比2021年同期上升1.52%。",
        expect: none,
        note: "half a year, not the report's year",
      },
      { context: "general", text: "2022年上半年,全区共发生涉及政府信息公开的行政诉讼案件2件,被纠错0件。", expect: none, note: "half a year" },
      { context: "general", text: "2022年上半年,全区各级行政机关共制发公文707件,主动公开673件,平均主动公开率为95.19%。", expect: none },
    ],
  },
  {
    report: "长春市二道区房屋征收工作管理办公室 2022",
    source: "http://zwgk.changchun.gov.cn/ed/qzfzcbm/edqfwzsyglbgs/zfxxgknb/202301/t20230117_3105437.html",
    year: 2022,
    sentences: [{ context: "general", text: "2022年,我办受理依申请信息56条,现将有关情况汇报如下:", expect: [`${NEW}=56`] }],
  },
  {
    report: "杨凌示范区审计局 2022",
    source: "https://yangling.gov.cn/zwgk/gknb/bmnb/1619593655548706818.html",
    year: 2022,
    sentences: [
      { context: "general", text: "2022年,我局通过示范区管委会网站审计信息栏目公开信息20条。", expect: none },
      { context: "requests", text: "2022年,未收到依申请公开事项.", expect: [`${NEW}=0`] },
      { context: "general", text: "在管委会网站政府信息公开栏目设置有审计信息专栏,把审计相关信息在该栏目下及时公布,全年通过审计信息专栏公开政府信息16条。", expect: none },
    ],
  },
  {
    report: "重庆市大足区人民政府外事办公室 2022",
    source: "http://www.dazu.gov.cn/qzfbm/qzfwb/zwgk_53321/zfxxgknb_53332/202301/t20230131_11549192.html",
    year: 2022,
    sentences: [
      { context: "general", text: "本单位对政府信息进行了梳理和编目,截至2022年12月31日,累计主动公开政府信息12条(均在政府网站我单位专栏中公开)。", expect: none },
      { context: "requests", text: "本单位2022年度共受理信息公开申请1件。", expect: [`${NEW}=1`] },
    ],
  },
  {
    report: "孝感市人民政府研究室 2019（2019 年格式）",
    source: "https://www.xiaogan.gov.cn/c/www/bm20191/39535.jhtml",
    year: 2019,
    sentences: [
      {
        context: "general",
        text: "经信息汇总梳理,2019年孝感市政府研究室主动公开信息16条,收到依申请公开请求2件,按时办结2件,上传《孝感市人民政府公报》3期(因机构改革,编辑公报职能划入市政府办公室)、《发展研究》5期。",
        expect: [`${NEW}=2`, `${TOTAL}=2`],
      },
    ],
  },
  {
    report: "湛江市人民政府地方志办公室 2023",
    source: "https://www.zhanjiang.gov.cn/zjsfw/bmdh/dfz/zwgk/xxgkndbg/content/post_1871569.html",
    year: 2023,
    sentences: [
      {
        context: "general",
        text: "2023年,我办全年未收到行政许可申请;全年未接到信息公开申请;各栏目共刊发文稿、通知、公告、公示等44篇。",
        expect: [`${NEW}=0`],
        note: "行政许可申请 is another quantity",
      },
    ],
  },
  {
    report: "梅州市梅县区人民政府办公室 2025",
    source: "http://www.gdmx.gov.cn/zfxxgkml/mxrmzf/zfxxgkgzndbg/content/post_2865225.html",
    year: 2025,
    sentences: [
      {
        context: "general",
        text: "全年,通过区政府门户网站等主要渠道,共计发布各类政府信息11125条,其中区政府及其部门规范性文件11条、其他文件13条、政务动态类信息1966条、各类规划和重点领域信息1149条、其他信息7986条。",
        expect: none,
      },
      {
        context: "requests",
        text: "2025年,共收到政府信息公开申请6件,上年结转1件,全年实际处理申请共计7件,均按时规范办结7件,办结率为100%。",
        expect: [`${NEW}=6`, `${CO}=1`, `${PROCESS}=7`, `${TOTAL}=7`],
      },
      {
        context: "requests",
        text: "其中:予以公开2件,占29%;因本机关不掌握相关信息而无法提供2件,占29%;其他处理3件,占42%。",
        expect: ["table3.granted[total]=2", "table3.unable_1[total]=2", "table3.other[total]=3"],
      },
      { context: "requests", text: "未发生因政府信息公开引发的行政复议案和行政诉讼案件。", expect: [`${RECON}=0`, `${LIT}=0`] },
    ],
  },
  {
    report: "上海市人民政府 2022",
    source: "https://shanghai.gov.cn/nw12344/20230331/4a03b5fa47ae4c73b7ec42801de6be66.html",
    year: 2022,
    sentences: [
      {
        context: "general",
        text: "2022年,在上海市人民政府网站、《上海市人民政府公报》主动公开市政府规章13件(含新制定5件,修改4件,废止4件),主动公开市政府和市政府办公厅行政规范性文件42件,人事任免文件106件,其他文件113件。",
        expect: ["table2.regulations.repealed=4"],
        note: "whether an amended 规章 counts as 本年制发 is not said, so 新制定5件 is not read; 主动公开…42件 is not 制发",
      },
      {
        context: "general",
        text: "全年共举办191场市政府新闻发布活动,市政府领导出席新闻发布会共计25人次,围绕上海经济社会发展重点领域工作,发布权威信息、解读政策内容。",
        expect: none,
      },
    ],
  },
  {
    report: "长春市净月区体育局 2023",
    source: "http://js.changchun.gov.cn/zcbm/styjrswj/ndbg/202401/t20240115_3271106.html",
    year: 2023,
    sentences: [
      { context: "general", text: "截止2023年12月31日我局通过官方网站发布政务类信息34条,概况类信息150条。", expect: none },
      {
        context: "requests",
        text: "本年度,共受理政府信息公开申请2件,都在法定期限内予以答复。",
        expect: [`${NEW}=2`],
        note: "the report's own 表三 says 本年新收 3: a real contradiction",
      },
      { context: "general", text: "我局按时收集整理门户网站“公众留言”栏目内容,及时做出答复回应,本年度共处理群众留言92条。", expect: none },
    ],
  },
  {
    report: "江西某局 2023（镜像站）",
    source: "https://saintpaulhem.com/jxx/jxxrmzf/xxgknbgs/202403/fadd881c1204427da3d7fff510732e0e.shtml",
    year: 2023,
    sentences: [
      { context: "general", text: "全年更新工作动态、养老服务和社会救助信息162条。", expect: none },
      { context: "general", text: "二是及时规范办理依申请公开。2023年,我局未收到政府信息公开申请。", expect: [`${NEW}=0`] },
      { context: "general", text: "按时办结人大代表建议、政协委员提案答复,并向社会公开。", expect: none },
      { context: "general", text: "2023年,共办理政府12345热线47件,已全部办结,回复率和满意率均达100%。", expect: none },
    ],
  },
  {
    report: "某区统计局 2023",
    source: "http://61.150.65.235/zfxxgk/zfxxgknb/bmxxgknb/1906985018193408001.html",
    year: 2023,
    sentences: [
      { context: "general", text: "2023年,我局认真梳理,主动在门户网站公开政府信息50条。", expect: none },
      { context: "general", text: "在主动公开的信息中,政策法规类的信息4条,业务工作类的信息10条,信息公开30条,统计数据信息6条。", expect: none },
    ],
  },
  {
    report: "淮安市清江浦区人民政府 2021",
    source: "http://hntrmy.com/col/13649_176277/art/16436448/1645147752038KaoNWX9a.html",
    year: 2021,
    sentences: [
      {
        context: "general",
        text: "2021年,各园区、镇(街道)及部门及时更新发布本地区、本部门的各类政策文件,累计主动公开各类政府文件2101条,区政府门户网站发布政务动态类消息3231条。",
        expect: none,
      },
      {
        context: "requests",
        text: "今年以来,全区累计处理政府信息依申请公开92件,其中,本年度新接收91件,2020年结转办理1件。",
        expect: [`${PROCESS}=92`, `${NEW}=91`, `${CO}=1`],
      },
      { context: "requests", text: "除4件转结2022年办理以外,均依法依规完成答复。", expect: [`${CF}=4`] },
    ],
  },
  {
    report: "揭阳市榕城区人民政府办公室 2021",
    source: "http://www.jyrongcheng.gov.cn/zfxxgkmlfg/jyzcrmzfw/zfxxgkgzndbg/content/post_619240.html",
    year: 2021,
    sentences: [
      {
        context: "general",
        text: "今年来,榕城区政府办公室对外主动公开信息总计130条,涵盖榕城概貌、榕城要闻、领导动态、财政预决算等重点栏目,做到应公开、尽公开,使群众知情权得到充分保障。",
        expect: none,
      },
      {
        context: "requests",
        text: "今年来,榕城区政府办公室共收到依申请公开7件,皆为自然人申请,答复7件,答复率、答复及时率均为100%。",
        expect: [`${NEW}=7`, ONLY_NATURAL, `${TOTAL}=7`],
      },
    ],
  },
  {
    report: "泉州市鲤城区人民政府办公室 2021",
    source: "http://www.qzlc.gov.cn/xxgk/zfxxgk/qzfxxgknb/qzfbndbg/202201/t20220114_2684136.htm",
    year: 2021,
    sentences: [
      { context: "general", text: "此外,区府办还加大对重要会议、规划纲要、政府工作报告等的公开力度,2021年公开的重要会议信息达80条。", expect: none },
    ],
  },
  {
    report: "南京市溧水区人民政府 2021",
    source: "https://www.nanjing.gov.cn/zzb/zfxxgk/zfxxgknb/gqzf_72697/lsqrmzf/202202/t20220218_3297099.html",
    year: 2021,
    sentences: [
      {
        context: "general",
        text: "全区通过溧水区政府门户网站发布各类信息8433条,其中法定主动公开目录发布信息2171条、动态类信息6218条,概况类信息44条,主要涉及重大建设项目、公共资源配置及社会公益事业建设领域等重点领域,同时加大政策解读力度,对本单位牵头起草后以区政府、区政府办名义印发的、涉及面广、社会关注高的重大政策措施,通过数字化、图解等形式发布解读类信息共计42条,主动公开质量和水平得到明显提升。",
        expect: none,
      },
    ],
  },
  {
    report: "南京市溧水区人民政府办公室 2025",
    source: "http://www.njls.gov.cn/lsqrmzf/xxgkzl/zfxxgkndbg/202601/t20260116_5771208.html",
    year: 2025,
    sentences: [
      { context: "general", text: "2025年,我办持续完善政府信息主动公开,聚焦区委、区政府中心工作,及时公开各类政府信息109条。", expect: none },
      {
        context: "requests",
        text: "2025年共办理政府信息公开申请34件,其中,予以公开的7件,部分公开的5件,本机关不掌握的22件,并向申请人说明了不予公开的理由和依据。",
        expect: [`${PROCESS}=34`, "table3.granted[total]=7", "table3.partial[total]=5", "table3.unable_1[total]=22"],
      },
      {
        context: "general",
        text: "持续提升领导信箱信件办理的质效,2025年区政府网站共受理领导信箱337件,均按期办结,平均办理时间1.47个工作日。",
        expect: none,
      },
    ],
  },
  {
    report: "溧阳市人民政府办公室 2025",
    source: "https://www.liyang.gov.cn/html/czly/2026/OPCKQFNA_0120/34568.html",
    year: 2025,
    sentences: [
      {
        context: "requests",
        text: "2025年市政府本级、政府办办理政府信息公开申请61件,办结54件,结转下一年办理7件,行政复议7件,复议后起诉1件。",
        expect: [`${PROCESS}=61`, `${TOTAL}=54`, `${CF}=7`, `${RECON}=7`, "table4.litigation_after_reconsideration[total]=1"],
      },
      {
        context: "general",
        text: "2025年度主动公开政府信息4623条,全年发布政策解读文件10篇,其中制作图文解读5篇,制作专题专栏5期,视频直播 10期,开展意见征集27期,政策性在线访谈1期,政策咨询在线调查4期。",
        expect: none,
      },
    ],
  },
  {
    report: "溧阳市人民政府办公室 2021",
    source: "https://www.liyang.gov.cn/html/czly/2022/OPCKQFNA_0130/29218.html",
    year: 2021,
    sentences: [
      {
        context: "requests",
        text: "2021年,办理依申请公开22件,已办结16件,结转下一年办理6件,行政复议、行政诉讼各1件。",
        expect: [`${PROCESS}=22`, `${TOTAL}=16`, `${CF}=6`, `${RECON}=1`, `${LIT}=1`],
      },
      {
        context: "general",
        text: "2021年,市政府办公室主动公开市政府、市政府办公室文件以及各类公开信息129件,及时公开涉及重大民生事项的会议议题,切实保障群众的知情权和参与权。",
        expect: none,
      },
      { context: "general", text: "依托市政府门户网站平台,发布新闻发布会3场,在线访谈5期,政策解读17期,调查征集22期,网上直播11期。", expect: none },
      {
        context: "general",
        text: "为提高政务新媒体质量,阶段性开展全市政务新媒体普查清理工作,进一步缩减政务新媒体数量,从2020年的26家缩减到19家。",
        expect: none,
      },
    ],
  },
  {
    report: "南京市溧水区城乡建设局 2025",
    source: "http://www.njls.gov.cn/lsqrmzf/xxgkzl/zfxxgkndbg/202601/t20260116_5771327.html",
    year: 2025,
    sentences: [
      { context: "requests", text: "2025年,全局累计受理并办结依申请公开事项30件,办结率100%,无超时办结、推诿扯皮等情况。", expect: [`${NEW}=30`, `${TOTAL}=30`] },
      {
        context: "general",
        text: "范公开渠道,依托溧水区政府门户网站这一核心平台,集中发布各类政府信息,全年累计主动公开政府信息24条,涵盖政策文件、工作动态、通知公告等多个类别,切实提升城建领域政策知晓率和政务工作透明度。",
        expect: none,
      },
    ],
  },
  {
    report: "沈阳市于洪区迎宾路街道 2021",
    source: "http://www.syyh.gov.cn/zwgk/zfxxgknb/2021/jdbsczfxxgkgzndbg/202206/t20220615_3268918.html",
    year: 2021,
    sentences: [
      {
        context: "general",
        text: "截止到2021年12月,迎宾路街道主动公开涉及疫情防控、社会救助、养老服务、公共文化服务、公共法律服务、保障性住房、安全生产等方面信息423条。",
        expect: none,
      },
      { context: "requests", text: "受理公民、法人和其他组织向市政府及市政府办公室提出的政府信息公开申请5件,均在法定时限内予以答复。", expect: [`${NEW}=5`] },
      { context: "requests", text: "信息公开类行政复议1起,正在办理中。", expect: [`${RECON}=1`] },
    ],
  },
  {
    report: "北京市通州区中仓街道 2025",
    source: "https://www.bjtzh.gov.cn/tzzfxxgk/c109617fbdgnp/202601/1778607.shtml",
    year: 2025,
    sentences: [
      {
        context: "general",
        text: "2025年度中仓街道政府信息公开工作主要涉及:综合办公室按要求主动公示了驻地迁移信息;综合办公室(财务科)按要求主动公示了中仓街道办事处2024年度部门决算和2025年度预算情况说明;综合办公室根据领导单位调整及分工调整对“领导介绍”模块进行更新两次;依申请公开3次,行政复议0次,行政诉讼0次;民生保障办公室(民政科)每月公示低保、特困户数及发放情况信息一条,每季度公示临时救助申请及发放情况信息一条。",
        expect: [`${RECON}=0`, `${LIT}=0`],
        note: "依申请公开3次 has no verb: received or disclosed is not said",
      },
    ],
  },
  {
    report: "张掖市甘州区北街街道 2025",
    source: "http://www.gsgz.gov.cn/gzzfxxgk/zfxxgknb/2025n/bmnb2025/202601/t20260123_1501783.html",
    year: 2025,
    sentences: [
      { context: "requests", text: "本年度,未接到群众要求公开的信息。", expect: [`${NEW}=0`] },
      {
        context: "general",
        text: "2025年度,通过政府门户网站累计发布工作动态信息165条,其中重点聚焦甘州乡镇街道动态102条;发布法定主动公开内容1条,包括机构概况1条,以及“三公”经费及预算/决算信息2条,切实保障公众知情权和监督权。",
        expect: none,
      },
      {
        context: "general",
        text: "政府信息公开平台建设中街道政府信息公开60条,其中社会保险12条、房屋征收及住房保障12条、公共法律服务12条、其他法定信息12条、社区事务公开12条。",
        expect: none,
      },
    ],
  },
  {
    report: "西咸新区建章路街道 2025",
    source: "http://www.xixianxinqu.gov.cn:9311/zwgk/fdzdgknr/zzjg/jzjg/jzljdbsc/xxgknb/2015678676080836610.html",
    year: 2025,
    sentences: [
      { context: "requests", text: "2025年度,建章路街道办事处未接收到政府信息公开申请。", expect: [`${NEW}=0`] },
      {
        context: "general",
        text: "严格执行“三审三校”信息发布审核制度,明确初审、复核、终审责任,全年未出现信息发布错误、延误等问题,无行政规范性文件出台及更新情况。",
        expect: ["table2.normative_documents.issued=0"],
      },
    ],
  },
  {
    report: "宝鸡市渭滨区驼峰路街道 2020（2019 年格式）",
    source: "http://www.yuyang.gov.cn/zwgk/zfxxgknb/jdbsc/elnnb/1355046492463177730.html",
    year: 2020,
    sentences: [
      { context: "requests", text: "2020年度我街办未接到提出公开政府信息的申请。", expect: [`${NEW}=0`] },
      { context: "general", text: "未收取任何政府信息公开费用。", expect: none },
      { context: "general", text: "2020年驼峰路街道办未发生因政府信息公开申请提起的行政复议和行政诉讼案件。", expect: [`${RECON}=0`, `${LIT}=0`] },
    ],
  },
  {
    report: "马鞍山市某街道 2025",
    source: "https://www.mashsq.gov.cn/xxgk/openness/detail/annual_report/696a01208866886b2b8b456e.html",
    year: 2025,
    sentences: [
      { context: "general", text: "2025年度,街道累计主动公开政府信息782条。", expect: none },
      { context: "requests", text: "2025年度,街道未收到政府信息公开申请,依申请公开受理量为0件。", expect: [`${NEW}=0`, `${NEW}=0`] },
    ],
  },
  {
    report: "国家卫生健康委员会 2024",
    source: "https://nmgyyxh.org.cn/doc/2025/01/24/367869.shtml",
    year: 2024,
    sentences: [
      { context: "general", text: "做好已发布标准的主动公开工作,全年共发布卫生健康标准80项,已全部在委网站主动公开。", expect: none },
      { context: "general", text: "发布关于“三新食品”公告5件,共涉及54种“三新食品”和4种食药物质。", expect: none },
      {
        context: "general",
        text: "主动发布《关于推进健康乡村建设的指导意见》《关于做好2024年基本公共卫生服务工作的通知》等政策文件,全年共制发行政规范性文件82件,同时做好政策解读。",
        expect: ["table2.normative_documents.issued=82"],
      },
      { context: "requests", text: "2024年,共收到政府信息公开申请1046件。", expect: [`${NEW}=1046`] },
      {
        context: "requests",
        text: "其中,通过委官方网站提交申请表的862件,占比82.4%;通过信函提交申请的171件,占比16.3%;当面提交13件,占比1.3%。",
        expect: none,
      },
      {
        context: "requests",
        text: "公民个人提出申请1030件,占比98.5%;法人或其他组织提出申请16件,占比1.5%。",
        expect: ["table3.new[natural_person]=1030", "table3.new[commercial+research+social_welfare+legal_service+other_org]=16"],
      },
    ],
  },
  {
    report: "京山市卫生健康局 2022",
    source: "http://www.jingshan.gov.cn/art/2023/1/11/art_19989_954075.html",
    year: 2022,
    sentences: [
      {
        context: "general",
        text: "2022年,我局主动通过市人民政府网站发布政务信息6条,涉及定向资格申报公示、行政处罚目录、确需保留的证明事项、国抽双随机任务。",
        expect: none,
      },
      { context: "requests", text: "2022年,卫生健康局无依申请公开事项。", expect: [`${NEW}=0`] },
      { context: "general", text: "2022年,未发生涉及卫生健康局信息公开行政复议案件和行政诉讼案件。", expect: [`${RECON}=0`, `${LIT}=0`] },
      { context: "general", text: "本年度内单位行政处罚处理决定数量39件,不存在其他情况。", expect: ["table2.penalty=39"] },
      { context: "general", text: "2022年,市卫生健康局无责任追究情况。", expect: none },
    ],
  },
  {
    report: "贵州省卫生健康委员会 2022",
    source: "https://wjw.guizhou.gov.cn/zwgk/zfxxgk/zfxxgknb/202301/t20230131_78926309.html",
    year: 2022,
    sentences: [
      { context: "general", text: "2022年,委网站公开信息3071条,“健康贵州”微信公众号公开信息4681条,微博公开信息1683条,抖音号公开信息259条。", expect: none },
      {
        context: "general",
        text: "加强政策解读和政民互动,通过视频、文字、图片等多种形式,发布规范性文件等政策解读信息28条;办结委网站网民留言857条,办结率达91.65%。",
        expect: none,
      },
    ],
  },
  {
    report: "杭州市卫生健康委员会 2023",
    source: "http://wsjkw.hangzhou.gov.cn/art/2024/1/22/art_1229232901_88123.html",
    year: 2023,
    sentences: [
      {
        context: "general",
        text: "全年共接受国家、省市级主流媒体的采访60多批次,媒体报道累计729篇。",
        expect: none,
      },
      {
        context: "general",
        text: "市卫生健康委网站共发布信息3972条,“健康杭州”官方微博更新5092条,“健康杭州”官方微信更新1103条,“健康杭州”抖音号发布作品607条。",
        expect: none,
      },
      {
        context: "requests",
        text: "2023年,我委收到政府信息公开申请44件(其中:网上申请42件,现场申请0件,邮寄2件),上年度结转0件,本年度办结39件。",
        expect: [`${NEW}=44`, `${CO}=0`, `${TOTAL}=39`],
      },
      { context: "requests", text: "无涉及政府信息公开行政复议、诉讼案件。", expect: [`${RECON}=0`, `${LIT}=0`] },
      {
        context: "general",
        text: "2023年度新发布的行政规范性文件4件,制作相关解读文字和图片8个,确定继续有效的行政规范性文件33件。",
        expect: ["table2.normative_documents.issued=4"],
        note: "确定继续有效 after a clean-up is not said to be 现行有效件数",
      },
    ],
  },
  {
    report: "湖口县卫生健康委员会 2022",
    source: "https://www.hukou.gov.cn/wjw/zfxxgknb/202301/t20230105_5901300.html",
    year: 2022,
    sentences: [
      { context: "general", text: "2022年县政府门户网站共发布卫生健康信息493条,湖口卫生健康微信公众号发布信息622条。", expect: none },
      {
        context: "requests",
        text: "2022年,收到信息依申请公开共0件,其中书面申请0件,邮件申请0件,通过信息公开平台申请0件,转办0件,0件转结2023年办结。",
        expect: [`${NEW}=0`, `${CF}=0`],
      },
      { context: "general", text: "2022年政策解读3次,征集调查1次,政务公开座谈会1次。", expect: none },
    ],
  },
  {
    report: "朔州市卫生健康委员会 2022",
    source: "http://szxxgk.shuozhou.gov.cn/szfgzbm/szswsj/zfxxgknb_11307/202301/t20230130_427199.shtml",
    year: 2022,
    sentences: [
      {
        context: "general",
        text: "从2022年1月1日起至2022年12月31日止,我委在市政府门户网站累计发布政务信息2035篇,其中机构信息3篇,工作动态152篇,规划计划20篇,财政信息18篇,人事信息6篇,法规文件44篇,医疗卫生256篇,疫情防控1536篇。",
        expect: none,
      },
      { context: "requests", text: "2022年度未收到依申请公开政府信息。", expect: [`${NEW}=0`] },
    ],
  },
  {
    report: "兴安盟卫生健康委员会 2022",
    source: "http://wjw.xam.gov.cn/mwjw/2023-01/18/article_2024041402383152652.html",
    year: 2022,
    sentences: [
      {
        context: "general",
        text: "2022年度,我委主动公开政府信息2548条,其中政务动态信息更新量1388条,概况类信息更新量1062条,信息公开目录信息更新量98条。",
        expect: none,
      },
      { context: "general", text: "建议提案办理24条,政策法规与政策解读37条,回应关切12条。", expect: none },
      {
        context: "requests",
        text: "规范受理依申请公开信息流程与机制,并按标准答复告知,全年依法依规受理政府信息公开申请2件,其中:网络申请1件,信函申请1件。",
        expect: [`${NEW}=2`],
      },
      { context: "requests", text: "申请人撤销申请0件,按时办结1件,结转2023年办理1件。", expect: [`${TOTAL}=1`, `${CF}=1`] },
      {
        context: "general",
        text: "安排专人负责兴安盟卫生健康委员会在线留言平台工作,及时办理,共收到留言11条,已全部办结。",
        expect: none,
      },
    ],
  },
  {
    report: "平湖市某局 2024",
    source: "http://www.pinghu.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=002562728&fbtime=2024",
    year: 2024,
    sentences: [
      { context: "general", text: "2024年,我局共主动公开政府信息376条,其中公告公示类信息330条,工作信息类信息44条,其他类2条。", expect: none },
      {
        context: "requests",
        text: "2024年,我局共收到政府信息公开申请5件,均在规定时限内完成答复;政府信息公开行政复议1件(申请人撤回结案)、行政诉讼0件。",
        expect: [`${NEW}=5`, `${RECON}=1`, `${LIT}=0`],
      },
    ],
  },
  {
    report: "九江市濂溪区人民政府 2024",
    source: "http://www.lianxi.gov.cn/zfxxgk/zfxxgknb/2024n/qzf/202502/t20250220_6854532.html",
    year: 2024,
    sentences: [
      {
        context: "general",
        text: "区政府门户网站共发布信息18439条,其中:概况类69条、政务动态类8043条、信息公开目录类10327条;共维护13个专栏,其中新开2个;共发布政策解读25篇,解读形式包含文字解读、图片解读、动漫解读、新闻发布会解读、负责人解读、在线访谈解读等6种形式。",
        expect: none,
      },
      {
        context: "general",
        text: "制定发布规范性文件4件,清理废止文件0件,现行有效文件20件。",
        expect: ["table2.normative_documents.issued=4", "table2.normative_documents.repealed=0", "table2.normative_documents.in_force=20"],
      },
      {
        context: "general",
        text: "收到248条网民留言(注:因平台整合该数据来自12345政务服务便民热线),办结留言230条,公开答复4条,答复结果可网上查询,可对回复满意度进行评分评价。",
        expect: none,
      },
    ],
  },
  {
    report: "大冶市自然资源和规划局 2025",
    source: "http://hbdaye.gov.cn/zfxxgk/zfxxgkndbg/gb2025/2025szbm/202601/t20260126_1303173.html",
    year: 2025,
    sentences: [
      {
        context: "general",
        text: "2025年,我局紧密围绕自然资源管理重大政策措施和群众关切事项,推进重点领域信息公开,不断提升政府信息公开的质量和实效,累计公开政府信息1293条。",
        expect: none,
      },
      { context: "requests", text: "2025年,我局共受理依申请公开9件,具体为土地征收类6件,土地出让类1件,矿业权规划1件,城市规划1件。", expect: [`${NEW}=9`] },
      {
        context: "requests",
        text: "9件申请均在法定期限内予以回复,回复率达到100% 。",
        expect: none,
        note: "the 9 received were answered: 办结 may also count last year's",
      },
    ],
  },
  {
    report: "朝阳市自然资源局 2025",
    source: "https://www.chaoyang.gov.cn/html/CYSZF/202601/0176887792089739.html",
    year: 2025,
    sentences: [
      { context: "general", text: "通过局门户网站发布各类信息2960条。", expect: none },
      { context: "general", text: "主动公开类文件全部实行档案化管理,2025年主动公开文件数量为0。", expect: none },
      { context: "requests", text: "2025年度市自然资源局接收到申请书55份,申请公开的政府信息主要涉及征地信息、规划信息等方面。", expect: [`${NEW}=55`] },
    ],
  },
  {
    report: "淮安市自然资源和规划局 2021（镜像站）",
    source: "http://mail.scqsfz.net/col/13650_217757/art/16409664/1643332710991AHeNV5pi.html",
    year: 2021,
    sentences: [
      {
        context: "general",
        text: "充分发挥局门户网站政府信息公开第一平台作用,2021年通过门户网站主动公开政府信息1268条,其中:工作动态481条,通知公告139条,专题专栏信息57条,公文88条,人事信息50条,财政资金5条,业务工作60条,规划公示368条,其他法定主动内容20条。",
        expect: none,
      },
      { context: "requests", text: "2021年新收政府信息公开申请数量317件,上年结转政府信息公开申请数量3件。", expect: [`${NEW}=317`, `${CO}=3`] },
      {
        context: "requests",
        text: "其中,予以公开184件,部分公开18件,不予公开8件,本机关无法提供57件,不予处理18件,其他处理22件,结转下年度继续办理13件。",
        expect: [
          "table3.granted[total]=184",
          "table3.partial[total]=18",
          "table3.denied[total]=8",
          "table3.unable[total]=57",
          "table3.not_processed[total]=18",
          "table3.other[total]=22",
          `${CF}=13`,
        ],
      },
    ],
  },
  {
    report: "东阳市自然资源和规划局 2023",
    source: "http://www.dongyang.gov.cn/art/2024/1/18/art_1229304276_4130107.html",
    year: 2023,
    sentences: [
      {
        context: "general",
        text: "常态化做好政府信息主动公开工作,通过市政府门户网站和歌画东阳融合号等渠道,发布不动产登记、规划公示、批后公布、矿产资源交易等各类信息近5000条。",
        expect: none,
      },
      { context: "requests", text: "收到依申请公开件176件,其中,当面申请的72件,来信申请的69件,网上申请的35件。", expect: [`${NEW}=176`] },
      {
        context: "requests",
        text: "办结依申请公开件177件(含2022年结转的3件),其中,予以公开60件,部分公开51件,不予公开4件,信息无法提供30件、不予处理3件,其他处理29件。",
        expect: [
          `${TOTAL}=177`,
          `${CO}=3`,
          "table3.granted[total]=60",
          "table3.partial[total]=51",
          "table3.denied[total]=4",
          "table3.unable[total]=30",
          "table3.not_processed[total]=3",
          "table3.other[total]=29",
        ],
      },
      { context: "general", text: "社会评议方面:未发生因政府信息公开工作引发举报、投诉、提起行政诉讼等情况。", expect: [`${LIT}=0`] },
      { context: "general", text: "责任追究结果情况:无责任追究问题发生。", expect: none },
    ],
  },
  {
    report: "自然资源部 2024",
    source: "https://wxredian.com/art?id=5dbbe3ff32d93b3ca2aaa1c7fe9ee81f",
    year: 2024,
    sentences: [
      { context: "general", text: "一是及时发布各类文件、财务、人事等信息237件。", expect: none },
      { context: "general", text: "全年在国务院新闻办公室召开专场新闻发布会3次,在部举行新闻发布会、政策吹风会6次。", expect: none },
      {
        context: "general",
        text: "国务院批准的农用地转用和土地征收批复497件、用地预审批复301件;自然资源部登记矿业权办理结果278个、出让矿业权信息71个;用海用岛项目办理结果17件;城乡规划编制单位甲级资质结果公告30批、注册测绘师注册审批结果公告4批。",
        expect: none,
      },
    ],
  },
  {
    report: "青岛西海岸新区自然资源局 2025",
    source: "https://www.xihaian.gov.cn/zwgk/bmgk/zrzy/gzbg/202601/t20260116_10472114.shtml",
    year: 2025,
    sentences: [
      { context: "requests", text: "2025年,我局共收到政府信息公开申请315件,均通过政务网渠道提交。", expect: [`${NEW}=315`] },
      { context: "requests", text: "其中298件按时办结,17件结转下年度办理。", expect: [`${TOTAL}=298`, `${CF}=17`] },
      { context: "requests", text: "全年涉及政府信息公开的行政复议13件,行政诉讼1件,无相关投诉事项。", expect: [`${RECON}=13`, `${LIT}=1`] },
    ],
  },
  {
    report: "瑞安市自然资源和规划局 2023",
    source: "http://www.ruian.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=001008003004028&fbtime=2023",
    year: 2023,
    sentences: [{ context: "general", text: "全年主动公开政府信息15909条,其中利用门户网站发布15781条,利用“天瑞地安”APP发布128条。", expect: none }],
  },
  {
    report: "遵义市人力资源和社会保障局 2021",
    source: "http://rsj.zunyi.gov.cn/zfxxgk/zfxxgknb/2021N/202201/t20220119_72349357.html",
    year: 2021,
    sentences: [
      {
        context: "general",
        text: "我局2021年主动公开政府信息158条,其中主动公开的公文类信息有156条,无涉及国家秘密的公文类信息和涉及国家秘密以外的其他免予公开的公文类信息。",
        expect: none,
      },
    ],
  },
  {
    report: "绍兴市人力资源和社会保障局 2022",
    source: "https://www.sx.gov.cn/art/2023/1/17/art_1229425785_70119.html",
    year: 2022,
    sentences: [
      {
        context: "general",
        text: "2022年,在中国劳动保障报、中国青年报、浙江日报、浙江卫视等省级以上媒体发布信息112篇,通过绍兴人力社保局门户网站发布政务信息246条,办理群众留言638条;做好人大代表建议和政协提案办理结果公开工作,对涉及公共利益、社会广泛关注的建议提案,公开答复全文,及时回应关切,接受群众监督。",
        expect: none,
      },
    ],
  },
  {
    report: "眉山市人力资源和社会保障局 2022",
    source: "https://www.ms.gov.cn/xxgk/xxgk_content.jsp?urltype=news.NewsContentUrl&wbtreeid=5069&wbnewsid=1143514",
    year: 2022,
    sentences: [
      {
        context: "general",
        text: "2022年,我局通过政府信息公开平台公开政府信息共计677条,其中,政府网站人社信息387条、“眉山人社”微信服务号发布信息290条。",
        expect: none,
      },
      { context: "requests", text: "2022年,我局收到政府信息公开申请5件,均为自然人网上申请,办结5件。", expect: [`${NEW}=5`, ONLY_NATURAL, `${TOTAL}=5`] },
    ],
  },
  {
    report: "台州市路桥区人力资源和社会保障局 2024",
    source: "http://www.luqiao.gov.cn/art/2025/1/14/art_1229460284_97078.html",
    year: 2024,
    sentences: [
      { context: "general", text: "2024年,我局通过政府网站的政府信息公开平台发布政府信息448条。", expect: none },
      {
        context: "requests",
        text: "2024年,我局共收到依申请公开政府信息案件7件,提起行政复议1件(已撤销申请),提起行政诉讼0件。",
        expect: [`${NEW}=7`, `${RECON}=1`, `${LIT}=0`],
      },
    ],
  },
  {
    report: "武汉东湖高新区人社分局 2021",
    source: "https://www.wehdz.gov.cn/2022/zfxxgk/dfbm/rsfj/zfxxgkndbg_44084/202201/t20220119_1909609.shtml",
    year: 2021,
    sentences: [
      { context: "general", text: "2021年人社分局主动公开市人社局文件4件,惠民政策6条。", expect: none },
      {
        context: "requests",
        text: "人社分局作为市人社局在东湖高新区派驻机构,主要已申请公开权限属市人社局,人社分局2021年度未收到政府信息依申请公开。",
        expect: [`${NEW}=0`],
      },
      { context: "general", text: "2021年度人社分局未因信息公开行政复议和提起行政诉讼情况。", expect: [`${RECON}=0`, `${LIT}=0`] },
      {
        context: "general",
        text: "人社分局因具体行政行为被提起行政诉讼2起,其中1起因变更被告已移送,1起分局胜诉,原告向市中级人民法院上诉被驳回,维持原判。",
        expect: none,
        note: "lawsuits about other administrative acts, not about disclosure",
      },
    ],
  },
  {
    report: "北京市大兴区某镇 2025",
    source: "https://www.bjdx.gov.cn/bjsdxqrmzf/zwfw/zfxxgk/dxqzf69/2291822/2291824/2292928/index.html",
    year: 2025,
    sentences: [
      { context: "general", text: "全年累计主动公开政府信息100余条,确保信息发布及时、准确、全面,保障公众知情权。", expect: none },
      { context: "requests", text: "全年共收到政府信息公开申请16件,均在法定时限内完成答复,答复率100%,切实回应公众合理信息需求。", expect: [`${NEW}=16`] },
    ],
  },
  {
    report: "海城市西四镇 2025",
    source: "http://www.haicheng.gov.cn/html/HCS/202601/0176938436489438.html",
    year: 2025,
    sentences: [
      { context: "general", text: "全年通过电子屏幕,公告栏等公开渠道主动发布政府信息共计49条(不同渠道发布的同一信息计为1条)。", expect: none },
      { context: "requests", text: "年内,我镇未收到公民、法人或其他组织通过任何形式提出的政府信息公开申请。", expect: [`${NEW}=0`] },
      {
        context: "general",
        text: "2025年,我镇共制定规范性文件0件,废止规范性文件0件,现行有效的规范性文件。",
        expect: ["table2.normative_documents.issued=0", "table2.normative_documents.repealed=0"],
      },
    ],
  },
  {
    report: "邹城市唐村镇 2020（2019 年格式）",
    source: "http://www.zoucheng.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=11370883004325769B&fbtime=2020",
    year: 2020,
    sentences: [
      { context: "general", text: "2020年,我镇按要求及时对信息进行更新,通过网站主动公开政府信息共81条。", expect: none },
      { context: "requests", text: "2020年,我镇收到0件信息公开申请受理和通过电子邮件提交的信息公开申请受理。", expect: [`${NEW}=0`] },
      { context: "requests", text: "依申请公开政府信息不收取任何费用。", expect: none },
    ],
  },
  {
    report: "耒阳市马水镇 2019（2019 年格式）",
    source: "http://www.leiyang.gov.cn/xxgk/bmxxgkml/gxzjdbsc/msz/xxgkndbg/20200214/i1180025.html",
    year: 2019,
    sentences: [
      { context: "general", text: "另外本年度受理政府信息咨询372人次,其中现场咨询331人次,电话咨询61人次。", expect: none },
      { context: "general", text: "本年度没有发生因政府信息公开涉及的投诉、行政复议、行政诉讼事件。", expect: [`${RECON}=0`, `${LIT}=0`] },
    ],
  },
  {
    report: "通化市东昌区金厂镇 2025",
    source: "http://xxgk.dc.gov.cn/xzzf6/jcrm/ndbg/202601/t20260115_763295.html",
    year: 2025,
    sentences: [{ context: "general", text: "年主动公开各类信息23条,所有信息均在20个工作日内公开,公开率、及时率均达100%。", expect: none }],
  },
  {
    report: "府谷县人民政府办公室 2022",
    source: "http://fg.gov.cn/info/1648/47211.htm",
    year: 2022,
    sentences: [{ context: "requests", text: "2022年,收到申请公开21条,办结21条。", expect: [`${NEW}=21`, `${TOTAL}=21`] }],
  },
  {
    report: "桐梓县人民政府 2022",
    source: "http://www.gztongzi.gov.cn/zwgk/zfxxgk/zfxxgknb/2022n/202302/t20230218_78246924.html",
    year: 2022,
    sentences: [
      {
        context: "general",
        text: "一是通过县政府门户网站主动公开各类信息,累计发布(桐府发、桐府办发、桐府办函)等政策文件89条,政策解读22条,“助企纾困、涉农补贴、稳岗就业、养老服务”等重点领域信息栏目公开1915条,开展在线调查2次、意见征集17次、回应关切22条,共受理县长信箱有效信件163件。",
        expect: none,
      },
      { context: "general", text: "二是全县26家行政机关通过政务新媒体账号公开信息5994条。", expect: none },
      { context: "requests", text: "2022年,我县共收到政府信息公开申请21件,均在规定时间内按要求回复。", expect: [`${NEW}=21`] },
      {
        context: "requests",
        text: "2022年度发生行政复议案件1件,为其他结果;行政诉讼案件1件,为其他结果。",
        expect: [
          `${RECON}=1`,
          "table4.reconsideration[upheld+corrected+pending]=0",
          `${LIT}=1`,
          "table4.litigation_direct+litigation_after_reconsideration[upheld+corrected+pending]=0",
        ],
      },
    ],
  },
  {
    report: "合江县人民政府 2022",
    source: "https://www.hejiang.gov.cn/gk/zfxxgknb/xxgkndbg1/content_184762",
    year: 2022,
    sentences: [
      { context: "general", text: "2022年,全县累计公开政府信息21597条。", expect: none },
      { context: "general", text: "针对全县的规范性文件和重要政策措施,发布解读信息14条,规范性文件和重大政策文件解读率达100%。", expect: none },
      {
        context: "general",
        text: "2022年,办理书记县长信箱或领导信箱(网上信访)112件、12345政务服务热线8391件、人大代表建议123件、政协提案151件,开展在线访谈9次、网上民意征集18期,回应信息115条。",
        expect: none,
      },
      {
        context: "requests",
        text: "2022年,新受理政府信息公开申请17件,办结17件,上年转结政府信息公开申请0件,转下一年办理0件。",
        expect: [`${NEW}=17`, `${TOTAL}=17`, `${CO}=0`, `${CF}=0`],
      },
    ],
  },
  {
    report: "临武县人民政府 2022",
    source: "http://www.lwx.gov.cn/niandubaogao/63384/index.htm",
    year: 2022,
    sentences: [{ context: "general", text: "受理县长信箱和咨询投诉247件,回复率100%,满意率100%。", expect: none }],
  },
  {
    report: "龙游县人民政府 2022",
    source: "http://www.longyou.gov.cn/art/2023/2/2/art_1229114055_73271.html",
    year: 2022,
    sentences: [{ context: "general", text: "回应公众关注热点9次,开展在线访谈8期,及时解答群众问题和群众关切。", expect: none }],
  },
  {
    report: "某开发区教文卫体局 2025",
    source: "http://ccxi.gov.cn/info/1308/25196.htm",
    year: 2025,
    sentences: [
      {
        context: "general",
        text: "2025年全年公开401条信息,其中双公示系统中公开行政许可信息55项,行政处罚3项,通过管委会网站公布季度末梢水监测情况4条,教育相关信息11条。",
        expect: none,
        note: "published items, not decisions",
      },
      { context: "requests", text: "全年未收到依申请公开政府信息。", expect: [`${NEW}=0`] },
    ],
  },
  {
    report: "兴安盟生态环境局 2022",
    source: "http://sthjj.xam.gov.cn/hygq/2023-01/19/article_1ce51b53c0994ca0b4d611cb39c2e6de.html",
    year: 2022,
    sentences: [
      { context: "general", text: "通过官方微信、微博平台公开政府信息2809条。", expect: none },
      {
        context: "requests",
        text: "2022年收到信息公开申请4件,申请公开信息均已按规定时间予以回复,无提起行政复议诉讼情况。",
        expect: [`${NEW}=4`, `${RECON}=0`, `${LIT}=0`],
      },
      { context: "general", text: "本年度未制发规范性文件。", expect: ["table2.normative_documents.issued=0"] },
    ],
  },
  {
    report: "宜城市教育局 2022",
    source: "http://www.ych.gov.cn/xxgk/xxgknb/2022/xzbm/202301/t20230113_3113885.shtml",
    year: 2022,
    sentences: [
      {
        context: "general",
        text: "其中,行政规范性文件0条,行政许可类信息10条,行政处罚类信息0条,行政强制类信息0条,其它类信息155条",
        expect: none,
        note: "kinds of published information, not 表二",
      },
      { context: "requests", text: "2022年宜城市教育局未收到依申请公开信息。", expect: [`${NEW}=0`] },
    ],
  },
  {
    report: "长沙市生态环境局 2024",
    source: "http://ptshed.com/zfxxgk/zfxxgknb/bmnb/zsssthjj/202501/t20250115_11718858.html",
    year: 2024,
    sentences: [
      { context: "requests", text: "2024年共受理政府信息依申请公开39件,其中网络申请21件,其他方式申请18件。", expect: [`${NEW}=39`] },
      { context: "requests", text: "申请件均在规定时限内妥善处理并反馈。", expect: none },
    ],
  },
  {
    report: "益阳市生态环境局沅江分局 2025",
    source: "http://www.yuanjiang.gov.cn/21510/21618/44711/index.htm",
    year: 2025,
    sentences: [
      { context: "general", text: "2025年,我局在沅江市人民政府网站生态环境领域栏目中公开了本市环境质量现状信息12条,建设项目环境影响评价审批意见38条等。", expect: none },
      { context: "requests", text: "2025年度,未收到依申请公开事项。", expect: [`${NEW}=0`] },
    ],
  },
  {
    report: "枣庄市生态环境局高新区分局 2025",
    source: "http://www.zzctp.gov.cn/zwgk/zfxxgknb/2025ngknb/bmjzjxxgknb/202601/t20260116_2232596.html",
    year: 2025,
    sentences: [
      { context: "general", text: "会议公开方面,2025年共召开7次局长办公会议。", expect: none },
      {
        context: "general",
        text: "政策文件方面,2025年主动公开文件1件,依申请公开0件,不予公开0件,网上公开了1件,配发解读材料3件,其中主要负责人解读1件,文字解读1件,媒体解读1件。",
        expect: none,
        note: "the disclosure status of the agency's documents, not 表三",
      },
    ],
  },
  {
    report: "济宁市生态环境局汶上县分局 2025",
    source: "http://www.wenshang.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=11370830004335350N&fbtime=2025",
    year: 2025,
    sentences: [
      {
        context: "general",
        text: "2025年,济宁市生态环境局汶上县分局在汶上县人民政府网站发布或更新各类动态信息共计176条,其中包含发布新闻发布会4条、集中生活饮用水水源监测信息2条、重污染天气应急措施信息15条、地表水河流镇域断面监测数据12条、工作动态22条、行政处罚结果月度公示12条、其他公开事项82条。",
        expect: none,
      },
    ],
  },
  // ── Held out: read and labelled after the reader was written (see `heldOut`) ──
  {
    report: "建始县住房和城乡建设局 2023",
    source: "http://www.hbjs.gov.cn/xxgk/gknb/xzbm/xzjj/202402/t20240226_1553292.shtml",
    year: 2023,
    heldOut: true,
    sentences: [
      { context: "general", text: "2023年1月1日至2023年12月31日,我局主动公开信息86条,2023年我局信息公开工作运行正常,各项工作顺利开展。", expect: none },
    ],
  },
  {
    report: "某区住房城乡建设局 2023（镜像站）",
    source: "http://bet365asia.net/xxgk/xxgkml/xxgknb/gbm/content/post_9455333.html",
    year: 2023,
    heldOut: true,
    sentences: [
      { context: "general", text: "2023年,我局全年主动公开政府信息333条。", expect: none },
      { context: "general", text: "在主动公开的信息中,规范性文件1条;政务(工作)动态类信息186条、行政执法85条、财政预决算信息6条、政府信息公开工作年度报告1条、其他信息54条。", expect: none },
      { context: "requests", text: "2022年结转至2023年2件,2023年共受理265件,已办结264件,结转下年度办理3件。", expect: [`${CO}=2`, `${NEW}=265`, `${TOTAL}=264`, `${CF}=3`] },
    ],
  },
  {
    report: "四平市住房和城乡建设局 2023",
    source: "http://xxgk.siping.gov.cn/zcbm/fgw_98022/ndbg/202401/t20240117_696108.html",
    year: 2023,
    heldOut: true,
    sentences: [
      { context: "general", text: "2023年,通过政府信息公开专栏主动公开信息372件,各类文件28件;对政府信息公开专栏的规范性文件进行清理,对失效文件进行动态调整;公开机关基本情况等概况类信息2条、财政预决算信息2条、政府采购项目信息22条、人大代表建议及政协提案办理信息10条、行政处罚信息2条。", expect: none },
      { context: "general", text: "2023年,共收到涉及房屋征收拆迁、物业管理等领域的政府信息公开申请共15件次,均按时答复。", expect: [`${NEW}=15`] },
      { context: "general", text: "无政府信息公开类行政复议和行政诉讼情况。", expect: [`${RECON}=0`, `${LIT}=0`] },
    ],
  },
  {
    report: "钟祥市住房和城乡建设局 2023",
    source: "http://zhongxiang.gov.cn/art/2024/1/25/art_27508_1056268.html",
    year: 2023,
    heldOut: true,
    sentences: [
      { context: "general", text: "2023年共公开信息68条,涉及规划信息、部门预算、农村危房改造、住房保障、城区供水水质、国有土地上房屋征收、重大建设项目、安全生产等多方面信息。", expect: none },
      { context: "requests", text: "政府信息依申请公开情况:2023年收到和处理政府依申请公开8条。", expect: [`${NEW}=8`, `${PROCESS}=8`] },
    ],
  },
  {
    report: "十堰市住房和城乡建设局 2022",
    source: "http://shiyan.gov.cn/xxgk/xxgk_nb/2022_98308/202301/t20230128_4172982.shtml",
    year: 2022,
    heldOut: true,
    sentences: [
      { context: "requests", text: "全年办理政府信息公开申请7件,其中自然人6件,法人及其他组织1件,予以公开或部分公开1件,本机关不掌握4件,已通过网站对外公开1件,不予公开1件。", expect: [`${PROCESS}=7`, `table3.new[natural_person]=6`, `table3.new[commercial+research+social_welfare+legal_service+other_org]=1`, `table3.granted+partial[total]=1`, `table3.unable_1[total]=4`, `table3.denied[total]=1`] },
      { context: "requests", text: "受理的公开申请全部在法定时限内作出答复,且未收取任何费用,依法保障了公众合理信息需求,没有因政府信息公开申请有关的行政复议或行政诉讼情况。", expect: [`${RECON}=0`, `${LIT}=0`] },
    ],
  },
  {
    report: "临夏州公安局 2023",
    source: "https://linxia.gov.cn/lxz/zwgk/zfxxgknb/2023/zzfgbm/art/2024/art_d59836f6cd784887994011ec81c0a919.html",
    year: 2023,
    heldOut: true,
    sentences: [
      { context: "general", text: "2023年,州公安局通过政府网站公开政府信息754条,通过政务新媒体公开政府信息2808条,通过其他方式公开政府信息54条。", expect: none },
      { context: "general", text: "2023年,全州公安机关共召开媒体通气会、通联会、座谈会92场次。", expect: none },
      { context: "requests", text: "2023年共收到依申请公开1件,按照《中华人民共和国政府信息公开条例》相关规定进行规范答复办理。", expect: [`${NEW}=1`] },
      { context: "general", text: "2023年,制发规范性文件1件,现行有效规范性文件1件,通过各类新媒体及政府网站进行了公开发布。", expect: [`table2.normative_documents.issued=1`, `table2.normative_documents.in_force=1`] },
    ],
  },
  {
    report: "平度市公安局 2023",
    source: "http://www.pingdu.gov.cn/bmxxgkml_15/pdsgaj_15/xxgkml_15/ndgzbg_15/202401/t20240116_7794358.shtml",
    year: 2023,
    heldOut: true,
    sentences: [
      { context: "general", text: "2023年,我局共通过平度政务网、平度公安微信等网络渠道主动发布信息700余条,网上答复解决群众诉求180余件。", expect: none },
      { context: "general", text: "平度政务网发布信息107条,其中公文法规6条,公文解读2条,人事任免4条,规划计划信息6条,财政财务信息18条,工作动态55条,公告公示3条,治安管理、道路交通、出入境和户籍等公安业务类信息13条。", expect: none },
      { context: "requests", text: "2023年度,我局共收到信息公开申请22起,比2022年(31起)下降29%,答复22起。", expect: [`${NEW}=22`, `${TOTAL}=22`] },
    ],
  },
  {
    report: "桐乡市公安局 2023",
    source: "http://www.tx.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=113304830025582868&fbtime=2023",
    year: 2023,
    heldOut: true,
    sentences: [
      { context: "general", text: "截止目前,我局已在市政府网站主动公开政府信息504条,其中工作动态140条、机构概况42条,政策文件14条、计划规划3条、报告统计2条,财政信息21条、公示公告234条、提案建议办理结果48条。", expect: none },
      { context: "requests", text: "2023年度,我局认真做好政府信息依申请工作,严把登记、审核、办理答复、送达、归档各个环节,共办理回复依申请公开事项23件,其中网上政府信息公开申请件22件,书面申请件1件,均已按时答复。", expect: [`${TOTAL}=23`] },
      { context: "requests", text: "未发生因政府信息申请引起的行政复议和行政诉讼。", expect: [`${RECON}=0`, `${LIT}=0`] },
    ],
  },
  {
    report: "重庆市开州区公安局 2021",
    source: "http://www.cqkz.gov.cn/kz/fzhggwyh_80867/zwgk_72016/zfxxgknb_72026/202201/t20220118_10312940.html",
    year: 2021,
    heldOut: true,
    sentences: [
      { context: "general", text: "2021年,共办理政府公开信箱事务40件,办理市长公开信箱信访事项10件、局长公开电话信访事项6件,办理群工系统信访事项126件。", expect: none },
      { context: "requests", text: "本年度未收到个人、法人或者其他组织向本机关申请公开政府信息。", expect: [`${NEW}=0`] },
    ],
  },
  {
    report: "重庆市公安局渝中区分局 2021",
    source: "http://www.cqyz.gov.cn/bm_229/qgafj/zwgk_97157/zfxxgknb_97166/202201/t20220119_10315492.html",
    year: 2021,
    heldOut: true,
    sentences: [
      { context: "general", text: "2021年度,区公安分局主动公开行政许可处理事项746件、行政处罚处理事项887件。", expect: none },
      { context: "general", text: "2021年度,区公安分局依申请公开受理和办结6件。", expect: [`${NEW}=6`, `${TOTAL}=6`] },
    ],
  },
  {
    report: "共青城市交通运输局 2025",
    source: "https://www.gongqing.gov.cn/jtysj/fdzdgknr_187197/zfxxgkgz/ndbg/202601/t20260120_7151909.html",
    year: 2025,
    heldOut: true,
    sentences: [
      { context: "general", text: "全年累计产生政府信息16条,均已主动公开。", expect: none },
      { context: "requests", text: "2025年度,我局未收到政府信息公开申请,未发生因政府信息公开引发的行政复议或行政诉讼案件。", expect: [`${NEW}=0`, `${RECON}=0`, `${LIT}=0`] },
    ],
  },
  {
    report: "义乌市交通运输局 2024",
    source: "http://www.yw.gov.cn/art/2025/1/22/art_1229134028_4206254.html",
    year: 2024,
    heldOut: true,
    sentences: [
      { context: "general", text: "2024年主动公开信息总数560条,其中政府网站公开政府信息数268条,其他方式公开政府信息数292条,规范性文件数1条。", expect: none },
      { context: "requests", text: "2024年度市交通运输局共计收到2件政府信息公开申请,均在法定期限内予以公开答复。", expect: [`${NEW}=2`] },
      { context: "general", text: "一年来,无涉密信息上报信息公开平台,也不存在虚假或误导信息。", expect: none },
    ],
  },
  {
    report: "弥勒市交通运输局 2025",
    source: "https://www.hhml.gov.cn/info/143792/898982.htm",
    year: 2025,
    heldOut: true,
    sentences: [
      { context: "general", text: "2025年,市交通运输局聚焦群众关切和行业重点,梳理更新交通运输领域主动公开事项,积极主动公开办事信息、民生信息、公共交通运输信息等,精准推送权威信息,全年主动公开信息实现“应公开尽公开”,累计在弥勒市人民政府网站公示共23条,其中市级部门信息公开20条、公示公告信息3条,无涉密信息泄露情况。", expect: none },
    ],
  },
  {
    report: "义乌市交通运输局 2020（2019 年格式）",
    source: "http://www.yw.gov.cn/art/2021/1/12/art_1229134028_3787891.html",
    year: 2020,
    heldOut: true,
    sentences: [
      { context: "general", text: "2020年主动公开信息总数458条,其中政府网站公开政府信息数238条,政务微信公开政府信息数170,其他方式公开政府信息数49条,规范性文件数1条。", expect: none },
      { context: "requests", text: "2020年度无依申请公开事项。", expect: [`${NEW}=0`] },
    ],
  },
  {
    report: "万源市交通运输局 2023",
    source: "http://www.wanyuan.gov.cn/xxgk-show-104038.html",
    year: 2023,
    heldOut: true,
    sentences: [
      { context: "general", text: "2023年在门户网站上公开各类信息共37条,微信公开各类信息共80条。", expect: none },
      { context: "requests", text: "2023年,万源市交通运输局未收到申请人提出的依申请公开信息。", expect: [`${NEW}=0`] },
    ],
  },
  {
    report: "开平市交通运输局 2025",
    source: "http://www.kaiping.gov.cn/kpsjtysj/zwgk/gsgk/content/post_3429451.html",
    year: 2025,
    heldOut: true,
    sentences: [
      { context: "general", text: "2025年,通过政府门户网站主动公开政务信息443条,其中工作动态189条,公示公开105条,通知公告10条,党务公开7条,部门预决算9条,其他123条;通过“看开平”app发布信息动态共73条。", expect: none },
    ],
  },
  {
    report: "汨罗市交通运输局 2022",
    source: "http://miluo.gov.cn/25221/25222/26735/26749/27322/content_2021096.html",
    year: 2022,
    heldOut: true,
    sentences: [
      { context: "general", text: "我局微信公众号发布各类信息59条,政务网站发布政务公告、工作动态等信息共34条,向省、市及新闻媒体报送各类信息稿件共计50余篇,取得较好的宣传效果。", expect: none },
    ],
  },
  {
    report: "遂宁市船山区人民政府办公室 2023",
    source: "https://www.chuanshan.gov.cn/gongkai/show/ec6922d0aa730e0791337d4d3b9bd6a1.html",
    year: 2023,
    heldOut: true,
    sentences: [
      { context: "general", text: "2023年,区政府办公室主动公开政府信息125条。", expect: none },
      { context: "requests", text: "2023年,区政府办公室共受理36件政府信息公开申请(均为自然人提交),同比上升16.13%,其中按期办结36件,按期办结率达100%,无结转2024年继续办理件。", expect: [`${NEW}=36`, ONLY_NATURAL, `${TOTAL}=36`, `${CF}=0`] },
      { context: "requests", text: "全年收到因政府信息公开申请引起的行政复议1件(已办结),未收到因政府信息公开申请引起的行政诉讼。", expect: [`${RECON}=1`, `${LIT}=0`] },
      { context: "general", text: "2023年,对主动公开规范性文件进行全面清理,制发行政规范性文件2件,废止行政规范性文件10件,现行有效件数14件。", expect: [`table2.normative_documents.issued=2`, `table2.normative_documents.repealed=10`, `table2.normative_documents.in_force=14`] },
    ],
  },
  {
    report: "武汉市硚口区人民政府办公室 2023",
    source: "https://www.qiaokou.gov.cn/xxgk/zfxxgknb/bmjdhz/qzfgzjg/qzfb/202401/t20240125_2349704.shtml",
    year: 2023,
    heldOut: true,
    sentences: [
      { context: "requests", text: "2023年,共收到并办理依申请公开政府信息24件。", expect: [`${NEW}=24`, `${PROCESS}=24`] },
    ],
  },
  {
    report: "佳木斯市向阳区人民政府办公室 2023",
    source: "https://www.xyq.gov.cn/xyq/c100122/202401/c04_163476.shtml",
    year: 2023,
    heldOut: true,
    sentences: [
      { context: "general", text: "2023年区政府办主动公开信息158条,其中:政府网站发布信息50条,“彤心向阳”微信公众号发布信息108条。", expect: none },
      { context: "requests", text: "2023年,区政府办共受理政府信息公开申请0件。", expect: [`${NEW}=0`] },
      { context: "requests", text: "2023年未产生因政府信息公开申请提请的行政复议和行政诉讼案件。", expect: [`${RECON}=0`, `${LIT}=0`] },
    ],
  },
  {
    report: "重庆市黔江区人民政府 2023",
    source: "http://cqqj.gov.cn/zwgk_159/zfxxgknb/qzfxxgknb/202403/t20240327_13086081_wap.html",
    year: 2023,
    heldOut: true,
    sentences: [
      { context: "general", text: "全年通过各渠道主动公开政府信息30299余条。", expect: none },
    ],
  },
  {
    report: "天津市红桥区人民政府办公室 2023",
    source: "http://www.tjhq.gov.cn/zwgk/zfxxgkqjjg/qzfbgs/zfxxgknb3/202401/t20240129_6523246.html",
    year: 2023,
    heldOut: true,
    sentences: [
      { context: "general", text: "不断提高“政策解读”发布的时效性和准确性,已在政府网站公开政策解读20余项。", expect: none },
      { context: "requests", text: "2023年共收到政府信息公开申请59件,上年度结转办理2件,其中结转2024年度7件,其余54件全部按时答复。", expect: [`${NEW}=59`, `${CO}=2`, `${CF}=7`, `${TOTAL}=54`] },
    ],
  },
  {
    report: "平潭综合实验区 2024",
    source: "shared/fixtures/reports/pingtan-2024.source.txt (user test: sentences put into its 一（二） and 五; 本年新收 218)",
    year: 2024,
    userTest: true,
    sentences: [
      { context: "requests", text: "其中，区公安局收到申请56件。", expect: none, note: "another unit's figure, a part of the region's" },
      { context: "requests", text: "市本级收到政府信息公开申请120件。", expect: none, note: "市本级 is a part of the region" },
      { context: "requests", text: "各县（区）共收到政府信息公开申请1000件。", expect: none, note: "the counties', not the report's" },
      { context: "requests", text: "管委会办公室本级收到申请18件。", expect: none, note: "the 管委会办公室's own, a part of the region's" },
      { context: "general", text: "针对2023年度报告中指出的政策解读形式单一问题，已逐项整改到位。", expect: none },
      { context: "general", text: "2023年年报所列问题已全部完成整改。", expect: none },
    ],
  },
];
