/**
 * The genre's patterns on text written for these tests (not the fixtures): the extractor must
 * work on the genre, not on the words of one article.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildGraph } from '../../src/pipeline.ts';
import { KnowledgeGraph } from '../../src/types.ts';
import { charClass } from '../../src/extract/chars.ts';

const ARTICLE = `镇长一线访谈

王建国(瓜沥镇党委副书记、镇长)李红梅(衙前镇党委书记)

记者:各镇如何推进产业升级?

王建国:做强产业平台
今年,我们全力推进“大综合一体化”行政执法改革,深化“千万工程”,加快建设航民科创园和瓜沥数字产业园,计划投资2.5亿元。释放航民集团、恒逸石化、荣盛化纤等重点企业带动效应。

李红梅:深化腾笼换鸟
衙前以腾笼换鸟为抓手,推动杭州宏达纺织科技有限公司年产5万吨差别化纤维项目落地,宏达纺织正式挂牌上市。我们推行“三色预警”机制,为企业发展增“智”添“质”。

编辑:张小明 周大伟
`;

async function build(text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-x-'));
  const file = path.join(dir, 'article.txt');
  writeFileSync(file, text);
  const result = await buildGraph([file], { curationPath: null });
  return { ...result, file };
}
const names = (kg: KnowledgeGraph, type: string) => kg.entities.filter((e) => e.type === type).map((e) => e.name).sort();
const link = (kg: KnowledgeGraph, type: string, from: string, to: string) => {
  const id = (n: string) => kg.entities.find((e) => e.name === n)?.id;
  return kg.relations.find((r) => r.type === type && r.from === id(from) && r.to === id(to));
};

describe('extraction on the genre', () => {
  it('reads a roster into officials heading their streets, and credits into people', async () => {
    const { graph } = await build(ARTICLE);
    expect(names(graph, 'Official')).toEqual(['李红梅', '王建国']);
    expect(names(graph, 'Street')).toEqual(['瓜沥镇', '衙前镇']);
    expect(link(graph, 'HEADS', '王建国', '瓜沥镇')?.props.title).toBe('瓜沥镇党委副书记、镇长');
    expect(link(graph, 'HEADS', '李红梅', '衙前镇')).toBeDefined();
    expect(names(graph, 'Person')).toEqual(['周大伟', '张小明']);
  });

  it('attributes what a speaker names to their street', async () => {
    const { graph } = await build(ARTICLE);
    expect(link(graph, 'IMPLEMENTS', '瓜沥镇', '大综合一体化行政执法改革')).toBeDefined();
    expect(link(graph, 'IMPLEMENTS', '衙前镇', '腾笼换鸟')).toBeDefined();
    expect(link(graph, 'IMPLEMENTS', '瓜沥镇', '腾笼换鸟')).toBeUndefined();
    expect(link(graph, 'RUNS', '瓜沥镇', '航民科创园')).toBeDefined();
    expect(link(graph, 'RUNS', '瓜沥镇', '瓜沥数字产业园')).toBeDefined();
  });

  it('finds programs by slogan, quote and head, and leaves rhetorical quotes alone', async () => {
    const { graph } = await build(ARTICLE);
    const programs = names(graph, 'Program');
    expect(programs).toEqual(expect.arrayContaining(['千万工程', '大综合一体化行政执法改革', '腾笼换鸟', '三色预警机制']));
    expect(programs).not.toContain('智');
    expect(programs).not.toContain('质');
  });

  it('finds enterprises in lists, by legal form with their short name, and ties them to projects', async () => {
    const { graph } = await build(ARTICLE);
    const enterprises = names(graph, 'Enterprise');
    expect(enterprises).toEqual(expect.arrayContaining(['航民集团', '恒逸石化', '荣盛化纤', '杭州宏达纺织科技有限公司']));
    const hongda = graph.entities.find((e) => e.name === '杭州宏达纺织科技有限公司')!;
    expect(hongda.aliases).toContain('宏达');
    const project = graph.entities.find((e) => e.type === 'Project' && e.name.includes('差别化纤维项目'))!;
    expect(project).toBeDefined();
    expect(graph.relations.some((r) => r.type === 'INVOLVES' && r.from === project.id && r.to === hongda.id)).toBe(true);
  });

  it('ties every mention and every piece of evidence to the original text', async () => {
    const { graph, file } = await build(ARTICLE);
    const text = readFileSync(file, 'utf8');
    for (const e of graph.entities) {
      for (const m of e.mentions) {
        const surface = text.slice(m.start, m.end).replace(/[\s“”]/g, '');
        expect([e.name, ...e.aliases].some((n) => n.replace(/[“”]/g, '').includes(surface) || surface.includes(n.replace(/[“”]/g, '')))).toBe(true);
      }
    }
    for (const r of graph.relations) for (const ev of r.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
  });

  it('gives the same ids and the same JSON on every run, and honours the contract', async () => {
    const a = await build(ARTICLE);
    const b = await buildGraph([a.file], { curationPath: null });
    expect(JSON.stringify(b.graph)).toBe(JSON.stringify(a.graph));
    expect(() => KnowledgeGraph.parse(a.graph)).not.toThrow();
    const ids = a.graph.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('recognises a name found by a strong pattern in one article in another', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-corpus-'));
    writeFileSync(path.join(dir, 'a.txt'), '以“五星护航”机制为抓手,推进龙湖科创园建设。\n');
    writeFileSync(path.join(dir, 'b.txt'), '义桥镇党委书记陈立新表示,将继续深化五星护航机制,服务龙湖科创园企业。\n');
    const { graph } = await buildGraph([dir], { curationPath: null });
    const program = graph.entities.find((e) => e.name === '五星护航机制')!;
    expect(new Set(program.mentions.map((m) => m.doc))).toEqual(new Set(['a', 'b']));
    const park = graph.entities.find((e) => e.name === '龙湖科创园')!;
    expect(new Set(park.mentions.map((m) => m.doc))).toEqual(new Set(['a', 'b']));
    expect(link(graph, 'IMPLEMENTS', '义桥镇', '五星护航机制')).toBeDefined();
  });

  it('puts investments and dates on the project a sentence means, named or not', async () => {
    const { graph } = await build(
      '浙江恒通集团金融中心项目在钱江世纪城开工。该项目紧邻钱江世纪公园,计划总投资约22亿元。\n' +
        '今年3月,杭州宏达纺织股份有限公司正式落户义桥镇。义桥数字经济产业园于2021年6月开工建设,该产业园计划2024年底建成投用。\n',
    );
    const centre = graph.entities.find((e) => e.type === 'Project' && e.name.startsWith('浙江恒通集团金融中心'))!;
    expect(centre.props).toMatchObject({ investment: 2_200_000_000, investmentText: '计划总投资约22亿元' });
    expect((centre.props.investmentEvidence as { text: string }).text).toContain('22亿元');
    const park = graph.entities.find((e) => e.name === '钱江世纪公园');
    expect(park?.props.investment).toBeUndefined();
    const estate = graph.entities.find((e) => e.name === '义桥数字经济产业园')!;
    expect(estate.props).toMatchObject({ date: '2021年6月', dateEvent: '开工建设' });
    expect(names(graph, 'Enterprise')).toContain('杭州宏达纺织股份有限公司');
  });

  it('reads a web page: title from <title>, no script or navigation text, offsets into the page', async () => {
    const html =
      '<html><head><meta charset="gbk"><title>访谈｜大堰镇镇长陈晓峰：绿水青山就是金山银山</title><script>var x="街道党工委书记张三";</script></head>' +
      '<body><nav>首页 &gt; 新闻</nav><h1>绿水青山就是金山银山——访奉化区大堰镇镇长陈晓峰</h1><p>记者：今年大堰镇有哪些亮点？</p><p>陈晓峰：我们全力推进柏坑村未来乡村建设，打造大堰花海田园综合体，计划总投资3.8亿元；深化“村民说事”制度。</p></body></html>';
    const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-html-'));
    const file = path.join(dir, 'page.html');
    writeFileSync(file, html);
    const { graph } = await buildGraph([file], { curationPath: null });
    expect(graph.documents[0]!.title).toBe('访谈｜大堰镇镇长陈晓峰：绿水青山就是金山银山');
    expect(names(graph, 'Official')).toEqual(['陈晓峰']);
    expect(link(graph, 'HEADS', '陈晓峰', '大堰镇')).toBeDefined();
    expect(names(graph, 'Official')).not.toContain('张三');
    expect(graph.entities.find((e) => e.name === '大堰花海田园综合体')?.props.investment).toBe(380_000_000);
    expect(link(graph, 'IMPLEMENTS', '大堰镇', '村民说事制度')).toBeDefined();
    for (const r of graph.relations) for (const ev of r.evidence) expect(html.slice(ev.start, ev.end).replace(/<[^>]+>/g, '')).toBe(ev.text.trim());
  });

  it('reads a question-and-answer interview and a town head named only as 镇长', async () => {
    const { graph } = await build(
      '【镇街书记访谈】所前镇：打造产业新城\n\n问：所前镇今年的工作重点是什么？\n答：所前镇党委书记杨建伟：我们将加快所前智能制造小微园建设，杭州鸿雁电器有限公司等12家企业签约入驻；推行“民情日记”工作法。\n\n' +
        '问：如何服务好企业？\n答：我们建立了“镇领导联系企业”制度，由镇长陈丽芳牵头，为传化集团、万向集团等重点企业提供服务。\n\n（通讯员 楼小华 记者 金一鸣）\n',
    );
    expect(link(graph, 'HEADS', '杨建伟', '所前镇')).toBeDefined();
    expect(link(graph, 'HEADS', '陈丽芳', '所前镇')).toBeDefined();
    expect(link(graph, 'RUNS', '所前镇', '所前智能制造小微园')).toBeDefined();
    expect(names(graph, 'Enterprise')).toEqual(expect.arrayContaining(['传化集团', '万向集团', '杭州鸿雁电器有限公司']));
    expect(names(graph, 'Person')).toEqual(['楼小华', '金一鸣']);
    expect(names(graph, 'Program')).toEqual(expect.arrayContaining(['民情日记工作法', '镇领导联系企业制度']));
  });

  it('finds districts from the national list, and streets named with them as part of them', async () => {
    const { graph } = await build(
      '区划调整\n\n6月30日上午,绍兴市柯桥区召开齐贤街道、安昌街道工作会议。杭州市萧山区委书记出席。\n' +
        '老城区改造和海宁市场升级同步推进,崇贤街道是临平区融杭的重要门户。\n',
    );
    expect(names(graph, 'District')).toEqual(['临平区', '柯桥区', '萧山区']);
    const keqiao = graph.entities.find((e) => e.name === '柯桥区')!;
    expect(keqiao.props).toMatchObject({ code: '330603', city: '绍兴市' });
    expect(link(graph, 'PART_OF', '齐贤街道', '柯桥区')?.evidence[0]!.text).toContain('柯桥区召开齐贤街道');
    expect(link(graph, 'PART_OF', '安昌街道', '柯桥区')).toBeDefined();
    expect(link(graph, 'PART_OF', '崇贤街道', '临平区')).toBeDefined();
    // A street not in the district named beside it is not part of it.
    expect(link(graph, 'PART_OF', '崇贤街道', '柯桥区')).toBeUndefined();
  });

  it('reads an inspection report: a title jieba glued into one word, places after visiting verbs, a project by the end of its name', async () => {
    const { graph } = await build(
      '区领导调研重点项目建设\n\n11月20日,区委书记张建国带队调研北干街道重点项目建设情况。\n\n在北干街道,调研组一行实地察看了杭州湾数字健康创新谷、萧山科技城人才公寓等项目,又来到羽绒产业园。北干街道党工委书记赵春燕介绍,创新谷项目总用地面积约200亩,总投资约30亿元,已引进浙江大学医学院附属第二医院等单位入驻。\n',
    );
    const official = graph.entities.find((e) => e.name === '张建国')!;
    expect(official.props.title).toBe('区委书记');
    // A district's secretary heads no street.
    expect(graph.relations.filter((r) => r.from === official.id)).toEqual([]);
    expect(names(graph, 'Project')).toContain('羽绒产业园');
    expect(names(graph, 'Project').filter((n) => n.includes('来到'))).toEqual([]);
    const valley = graph.entities.find((e) => e.name === '杭州湾数字健康创新谷')!;
    expect(valley.props.investment).toBe(3_000_000_000);
    expect(graph.entities.filter((e) => e.props.investment !== undefined).map((e) => e.name)).toEqual(['杭州湾数字健康创新谷']);
  });

  it('names a facility by its town, works by their object, a park by its phase, and a mechanism with a plus in its name', async () => {
    const { graph } = await build(
      '义桥镇:擦亮渡口文化金名片\n\n义桥镇党委副书记、镇长 周海峰\n\n周海峰:今年我们重点实施了渡口公园二期、义桥镇中心幼儿园新建工程等12个项目。投资3200万元实施义桥镇污水管网提升改造工程,建立“网格+警格”联动机制,探索“政府主导+企业自主改造”的模式。\n',
    );
    // Works before 工程 belong to its name (as 03省道义桥至楼塔段改扩建工程 in the dev set); so does a phase, before 、 too.
    expect(names(graph, 'Project')).toEqual(['义桥镇中心幼儿园新建工程', '义桥镇污水管网提升改造工程', '渡口公园二期']);
    expect(graph.entities.find((e) => e.name === '义桥镇污水管网提升改造工程')!.props.investment).toBe(32_000_000);
    expect(names(graph, 'Program')).toEqual(['网格+警格联动机制']);
    expect(link(graph, 'IMPLEMENTS', '义桥镇', '网格+警格联动机制')).toBeDefined();
  });

  it('reads a column of town heads under header lines: each paragraph is its head\'s town; a verb after a title is no name', async () => {
    const { graph } = await build(
      '镇街书记谈发展\n\n楼塔镇党委书记 黄建明\n楼塔镇将推进楼英故里景区提升工程,打造大黄岭休闲旅游度假区。同时,依托楼塔工业园,培育杭州东南网架、浙江金固股份等骨干企业。\n\n戴村镇党委书记 施利锋\n我们将继续推进三江汇流未来城建设。\n',
    );
    expect(names(graph, 'Official')).toEqual(['施利锋', '黄建明']);
    expect(names(graph, 'Enterprise')).toEqual(['杭州东南网架', '浙江金固股份']);
    expect(names(graph, 'Project')).toEqual(['三江汇流未来城', '大黄岭休闲旅游度假区', '楼塔工业园', '楼英故里景区提升工程']);
    for (const project of ['大黄岭休闲旅游度假区', '楼塔工业园', '楼英故里景区提升工程']) expect(link(graph, 'RUNS', '楼塔镇', project), project).toBeDefined();
    expect(link(graph, 'RUNS', '戴村镇', '三江汇流未来城')).toBeDefined();
  });

  it('reads companies from a counted list or one closed by a kind of companies, not from a stock board or a flagship building, and a reform named with a plus', async () => {
    const { graph } = await build(
      '宁围街道:打造总部经济新高地\n\n目前,已有浙江交通集团、万向区块链等30余家企业总部落户。以浙江交通集团金融中心项目为代表的一批楼宇已经投用。杭州联川生物技术股份有限公司成功在科创板挂牌上市。宁围将全面推行“标准地+承诺制”,以“党建+”模式推动发展。此外,圆通速递、顺丰速运等快递龙头企业相继设立区域总部。\n',
    );
    expect(names(graph, 'Enterprise')).toEqual(['万向区块链', '圆通速递', '杭州联川生物技术股份有限公司', '浙江交通集团', '顺丰速运'].sort());
    expect(names(graph, 'Program')).toEqual(['标准地+承诺制']);
  });

  it('reads a village secretary as serving in the town, not heading it; a counted kind of projects is no project', async () => {
    const { graph } = await build(
      '所前镇:共富路上茶香浓\n\n所前镇越王村党总支书记傅国平介绍,今年村里茶叶收入预计突破3000万元。所前镇建成杜家杨梅基地等一批农文旅项目,成立强村公司12家。所前镇党委书记李建平表示,将推进所前智能制造小微园二期建设。\n',
    );
    expect(names(graph, 'Official')).toEqual(['傅国平', '李建平']);
    expect(graph.entities.find((e) => e.name === '傅国平')!.props.org).toBe('越王村');
    expect(link(graph, 'HEADS', '傅国平', '所前镇')).toBeUndefined();
    expect(link(graph, 'SERVES_IN', '傅国平', '所前镇')).toBeDefined();
    expect(link(graph, 'HEADS', '李建平', '所前镇')).toBeDefined();
    expect(names(graph, 'Project')).toEqual(['所前智能制造小微园二期', '杜家杨梅基地']);
    expect(names(graph, 'Enterprise')).toEqual([]);
  });

  it('reads a meeting report: 作 after a name is a verb; a year\'s fixed-asset investment is no project\'s', async () => {
    const { graph } = await build(
      '闻堰街道召开工作务虚会\n\n街道党工委书记王浩主持会议,街道党工委副书记、办事处主任刘敏作工作部署。会议指出,2023年闻堰街道完成固定资产投资45亿元,湘湖金融小镇、三江口未来社区等项目顺利推进。\n',
    );
    expect(names(graph, 'Official')).toEqual(['刘敏', '王浩']);
    expect(graph.entities.filter((e) => e.props.investment !== undefined)).toEqual([]);
  });

  it('finds widely used policy names unquoted, and the plan of a known program is that program', async () => {
    const { graph } = await build('乡村振兴\n\n我们深化山海协作,实施凤凰行动计划,推进小城镇环境综合整治和污水零直排区建设,开展扫黑除恶专项斗争,落实田长制。\n');
    expect(names(graph, 'Program')).toEqual(['凤凰行动', '小城镇环境综合整治', '山海协作', '扫黑除恶', '污水零直排区', '田长制', '乡村振兴'].sort());
  });

  it('finds regional integration slogans made of place names, and no slogan in 城乡一体化', async () => {
    const { graph } = await build('区域协同\n\n主动对接杭绍同城一体化,以“融杭接沪”为抓手,服务长三角一体化和甬舟一体化,推动城乡一体化进程。\n');
    expect(names(graph, 'Program')).toEqual(['杭绍同城一体化', '甬舟一体化', '融杭接沪', '长三角一体化'].sort());
    // Without 一体化 anywhere in the text, the drawn-together form alone.
    const drawn = await build('区域协同\n\n以融杭接沪为抓手,主动接轨上海。\n');
    expect(names(drawn.graph, 'Program')).toEqual(['融杭接沪']);
  });
});

describe('character classes', () => {
  it('tests character classes of words by table exactly as the RegExp does', () => {
    const oneChar = /^[\p{Script=Han}A-Za-z0-9.·()]$/u;
    const every = /^[\p{Script=Han}A-Za-z0-9.·()]+$/u;
    const some = /[\p{Script=Han}A-Za-z0-9.·()]/u;
    const cls = charClass(oneChar);
    const words = ['', '湘湖', 'a-b', '(萧山)', '〇', '𠀀', '𠀀x', 'x𠀀', '\ud800', '，湘'];
    for (let code = 0; code < 65536; code += 1) words.push(String.fromCharCode(code), `湘${String.fromCharCode(code)}`);
    for (const word of words) {
      expect(cls.every(word), word).toBe(every.test(word));
      expect(cls.some(word), word).toBe(some.test(word));
    }
    // One code unit of a text, as `some(text[i])` (a lone surrogate is in no class; outside the text, false).
    const text = '湘a,𠀀(萧)';
    for (let i = -1; i <= text.length; i++) expect(cls.at(text, i), `at ${i}`).toBe(i >= 0 && i < text.length && some.test(text[i]!));
  });
});
