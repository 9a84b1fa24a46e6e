/**
 * Patterns of the genre found by probes we wrote to the patterns the private sets showed (issue 9,
 * 2026-12-05): pages, bylines, meeting reports, lists, frames and kinds of programs. Each rule was
 * also checked against the output on every real text; the sentences here are our own.
 */
import { describe, expect, it } from 'vitest';
import { graphOf, linked, names } from './genre-helpers.ts';

describe('lists of builds and quoted pairs of phrases', () => {
  it('a phase ends a named build in a list; a quoted label may stand before the kind that closes it', async () => {
    const kg = await graphOf(
      ['老城片区加快推进滨水商街三期、星河创业园二期、澄湖雅苑等项目建设。', '翠屏谷、云栖坊等四大“农旅+研学”综合体陆续开放。'].join('\n'),
    );
    expect(names(kg, 'Project')).toEqual(expect.arrayContaining(['滨水商街三期', '星河创业园二期', '澄湖雅苑', '翠屏谷', '云栖坊']));
  });

  it('a long head-less item without a trade ending is no company, beside a company in the same list', async () => {
    const kg = await graphOf('全年落地数字孪生城市沉浸式体验场景应用、江南宏远能源等3个亿元以上项目。');
    expect(names(kg, 'Enterprise')).not.toContain('数字孪生城市沉浸式体验场景应用');
    expect(names(kg, 'Enterprise').join()).not.toContain('场景应用');
  });

  it('two phrases quoted as one and named by a kind are one program; a target or a described way is none', async () => {
    const kg = await graphOf(
      [
        '社区在“网格连心、三治融合”模式下运转良好。',
        '街道全面落实市委“稳链强企、提质扩容”主题年部署。',
        '锚定“建设数字高地、打造宜居新城”战略目标。',
        '探索“政府引导、企业出资”的模式。',
      ].join('\n'),
    );
    expect(names(kg, 'Program')).toEqual(['稳链强企、提质扩容', '网格连心、三治融合']);
  });
});

describe("counted companies, parts in brackets, and the town's leaders", () => {
  it('a list closed by a count of companies without 等 names each; a count that does not add up names none', async () => {
    const kg = await graphOf(['今年先后引进甲壳虫科技、蓝湾生物、江河智造三家企业。', '园区还走访了星火电子、利民纺织三家企业。'].join('\n'));
    expect(names(kg, 'Enterprise')).toEqual(['江河智造', '甲壳虫科技', '蓝湾生物']);
  });

  it('works on a part named in brackets keep the part; a preposition jieba glued to the name is dropped', async () => {
    const kg = await graphOf('区长赵国平指出,要以峙山工业区(东片区)改造项目为抓手,加快在建项目建设。');
    expect(names(kg, 'Project')).toEqual(['峙山工业区(东片区)改造项目']);
  });

  it("the leaders of the page's town, and a deputy head titled by the town alone, serve in it", async () => {
    const kg = await graphOf('临浦镇召开重点项目推进会\n\n区委常委王立新到临浦调研,镇领导陈建华、李慧陪同。\n镇党委书记张明在会上讲话,副镇长刘洋主持会议。\n');
    expect(linked(kg, 'SERVES_IN')).toEqual(['刘洋→临浦镇', '李慧→临浦镇', '陈建华→临浦镇']);
    expect(linked(kg, 'HEADS')).toEqual(['张明→临浦镇']);
  });
});

describe('pilots, brands and one name for one build', () => {
  it('quoted phrases named a pilot or a demonstration zone, and a brand of two parts quoted alone, are programs', async () => {
    const kg = await graphOf(['镇里推进“强村富民,共富先行”试点,打造“山水临浦·共富带”。', '街道建设“运河融合、共富带”示范区。'].join('\n'));
    expect(names(kg, 'Program')).toEqual(['山水临浦·共富带', '强村富民,共富先行', '运河融合、共富带']);
  });

  it("a company's registered name may open with a quality word; the visit verb before it goes", async () => {
    const kg = await graphOf('区委书记周海涛一行先后走访了远大智能装备股份有限公司、城北科创园。');
    expect(names(kg, 'Enterprise')).toEqual(['远大智能装备股份有限公司']);
  });

  it('X公司 after a registered company whose trade name starts with X is that company', async () => {
    const kg = await graphOf('杭州华盛新材料有限公司年产5万吨高性能纤维生产线项目顺利投产,华盛公司二期项目同步开工。');
    expect(names(kg, 'Enterprise')).toEqual(['杭州华盛新材料有限公司']);
    expect(kg.entities.find((e) => e.type === 'Enterprise')!.aliases).toContain('华盛公司');
  });

  it('项目 right after a named build is that build, not a second one', async () => {
    const kg = await graphOf('临浦镇召开会议\n\n1.临浦镇横一村共富工坊项目,总投资1.2亿元。\n');
    expect(names(kg, 'Project')).toEqual(['临浦镇横一村共富工坊']);
  });
});

describe('builds of more kinds', () => {
  it('a motor city, an eco corridor and a reservoir named by their place are projects; a railway passed by is none', async () => {
    const kg = await graphOf('九江镇重点推进九江国际汽车城和北江生态走廊,加固青龙水库。项目地块位于沪昆铁路以南。');
    expect(names(kg, 'Project')).toEqual(['九江国际汽车城', '北江生态走廊', '青龙水库'].sort());
  });
});

describe('meeting reports and visits to another street', () => {
  const report = [
    '姚家街道召开经济工作会议',
    '',
    '会议由街道党工委副书记、办事处主任孙立军主持。街道党工委书记马红梅作工作报告。',
    '马红梅指出,2024年姚家街道将围绕“强省会”战略,全力推进姚家智慧产业园建设。',
    '区委常委李建到万年场街道调研,街道党工委书记王丽陪同。',
  ].join('\n');

  it('会议由街道… names no street; a bare title binds to the street of its kind named before it in the sentence', async () => {
    const kg = await graphOf(report);
    expect(names(kg, 'Street')).toEqual(['万年场街道', '姚家街道']);
    expect(linked(kg, 'HEADS')).toEqual(['孙立军→姚家街道', '王丽→万年场街道', '马红梅→姚家街道']);
  });

  it('a street that opens its clause after a speaker and a year is what the clause runs', async () => {
    const kg = await graphOf(report.replace('姚家街道召开经济工作会议', '经济工作会议简讯'));
    expect(linked(kg, 'RUNS')).toEqual(['姚家街道→姚家智慧产业园']);
    expect(linked(kg, 'IMPLEMENTS')).toEqual(['姚家街道→强省会战略']);
  });
});

describe('datelines and bylines above the article', () => {
  const page = [
    '扫一扫在手机打开当前页',
    '[ 2023-05-06 ]  点击数:1024',
    '来源:城西日报  作者:王某  发布时间:2023-05-06 10:20',
    '城西镇召开乡村振兴推进会',
    '本报讯(记者 陈某 通讯员 周某)5月5日,城西镇党委书记朱建平主持召开乡村振兴推进会。',
  ].join('\n');

  it('the title is the headline, not a dateline nor a byline, and the byline is not joined to it', async () => {
    const kg = await graphOf(page, 'page.txt');
    expect(kg.documents[0]!.title).toBe('城西镇召开乡村振兴推进会');
  });

  it('a bracketed byline opening a paragraph closes only itself: the paragraph is the article', async () => {
    const kg = await graphOf(page, 'page.txt');
    expect(names(kg, 'Official')).toEqual(['朱建平']);
    expect(linked(kg, 'HEADS')).toEqual(['朱建平→城西镇']);
    expect(names(kg, 'Person')).toEqual(['周某', '王某', '陈某'].sort());
  });

  it('every name after a role word in a credit line has that role, up to the next role word', async () => {
    const kg = await graphOf('城西镇召开推进会\n\n会议部署了全年工作。\n本报记者 王某 徐某 通讯员 周某\n');
    const roles = kg.entities.filter((e) => e.type === 'Person').map((e) => `${e.name}:${String(e.props.role)}`).sort();
    expect(roles).toEqual(['周某:通讯员', '徐某:记者', '王某:记者']);
  });

  it('so does a byline without brackets, its names set off by blanks', async () => {
    const kg = await graphOf('城西镇召开乡村振兴推进会\n\n本报讯 记者 陈某 通讯员 周某 5月5日,城西镇党委书记朱建平主持召开乡村振兴推进会。\n');
    expect(linked(kg, 'HEADS')).toEqual(['朱建平→城西镇']);
    expect(names(kg, 'Person')).toEqual(['周某', '陈某'].sort());
  });
});

describe('kinds of companies named by whose they are', () => {
  it("a village's co-operative and this company name no company; a name that starts a word does", async () => {
    const kg = await graphOf('村股份经济合作社分红300万元。该有限公司计划明年上市。镇海石化有限公司参加签约。');
    expect(names(kg, 'Enterprise')).toEqual(['镇海石化有限公司']);
  });
});

describe('chief systems and pilots', () => {
  it('a chief for each unit of a kind is a program, quoted or not; 家长制 is none', async () => {
    const kg = await graphOf('城东街道全面推行街长制、田长制和楼道长制,实行湖长制和林长制,推进网格长制。要破除家长制作风。');
    expect(names(kg, 'Program')).toEqual(['林长制', '楼道长制', '湖长制', '田长制', '网格长制', '街长制'].sort());
  });

  it('a pilot named by a proper noun is a program; a pilot of a kind is none', async () => {
    const kg = await graphOf('城东街道开展下沙基层治理创新试点,推进数字乡村建设试点。');
    expect(names(kg, 'Program')).toEqual(['下沙基层治理创新试点']);
  });
});

describe('frames around project names', () => {
  it('以…为抓手 around a name jieba glued the preposition into; a phase before 项目; 县长项目 names nobody', async () => {
    const kg = await graphOf('新街街道以盛中路综合整治项目为抓手,扎实推进省市县长项目工程,重点推进新街花木城二期项目。');
    expect(names(kg, 'Project')).toEqual(['新街花木城二期项目', '盛中路综合整治项目'].sort());
    expect(names(kg, 'Official')).toEqual([]);
  });
});

describe('who builds a project', () => {
  it("由X承建: a state builder's bureau or a company by its name is the project's company; a government bureau is none", async () => {
    const kg = await graphOf('由中建八局承建的东沙大桥主体完工。由区交通局投资建设的滨江公园已开放。');
    expect(names(kg, 'Enterprise')).toEqual(['中建八局']);
    expect(linked(kg, 'INVOLVES')).toEqual(['东沙大桥→中建八局']);
  });
});

describe('companies visited and companies joined by 和', () => {
  it('in a list of what a visit saw, items with a trade ending are companies', async () => {
    const kg = await graphOf('区长一行走访了海川塑机集团、方圆厨具以及博远家纺。');
    expect(names(kg, 'Enterprise')).toEqual(['博远家纺', '方圆厨具', '海川塑机集团'].sort());
  });

  it('two registered names joined by 和 are two companies, a bracketed 集团 inside the first', async () => {
    const kg = await graphOf('舜光光学科技(集团)有限公司和宁波均达电子股份有限公司分别介绍了情况。');
    expect(names(kg, 'Enterprise')).toEqual(['宁波均达电子股份有限公司', '舜光光学科技(集团)有限公司'].sort());
  });
});

describe('roads worked on', () => {
  it('a road with its section in brackets, or followed by what is done to it, is a project; a road as a place is none', async () => {
    const kg = await graphOf(
      ['城建:滨河东路(青石桥—云龙路)完成投资5000万元;望江北路年内完工通车,金桥大道建成通车。', '项目位于金鸡路以东、玉泉路以北。'].join('\n'),
    );
    expect(names(kg, 'Project')).toEqual(['望江北路', '滨河东路', '金桥大道'].sort());
  });

  it("a river's works by phase are a project; works on a kind of river are none", async () => {
    const kg = await graphOf('西塘镇召开白马河一期整治动员大会,部署全镇河道综合整治。');
    expect(names(kg, 'Project')).toEqual(['白马河一期整治']);
  });
});

describe('tables of key projects', () => {
  it("a row's name cell is a project however plain its name; a kind of works is none; a wrapped row's rest names nothing", async () => {
    const table = [
      '类别 | 序号 | 项目名称 | 工作标准 |',
      '市重点类 | 1 | 体育公园项目建设 | 总建筑面积8.2万平方米,上半年开工建设,年内完成投资3亿元并完成主体结构封顶 |',
      '市重点类 | 2 | 会展中心建设 | 启动征地拆迁和基础设施配套建设,年内完成投资5亿元,力争年底前完成一期主体工程 |',
      '部门重点类 | 3 | 民生保障工程 | 城市供水:完成管网改造20公里,新建加压泵站2座,改造老旧小区供水设施 |',
      '| 已完成 |',
    ].join('\n');
    const kg = await graphOf(table);
    expect(names(kg, 'Project')).toEqual(['会展中心', '体育公园'].sort());
  });
});

describe('portfolios in brackets', () => {
  it('a portfolio in brackets between a title and a name leaves the name an official of the street', async () => {
    const kg = await graphOf('东湖街道党工委书记王建明,党工委副书记(党群)李平等参加调研。');
    expect(names(kg, 'Official')).toEqual(['李平', '王建明']);
    expect(linked(kg, 'SERVES_IN')).toEqual(['李平→东湖街道']);
  });
});

describe('themes of builds', () => {
  it('a theme quoted before a kind of builds is a campaign; a quoted name before 项目 alone is a build', async () => {
    const kg = await graphOf('镇里围绕“大干快上”示范项目建设,打造三大“农旅+研学”综合体,加快“星河汇”项目建设。');
    expect(names(kg, 'Program')).toEqual(['农旅+研学', '大干快上'].sort());
    expect(names(kg, 'Project')).toEqual(['星河汇项目']);
  });

  it('a concept or an idea right after its quote is named by the quote; one described is none', async () => {
    const kg = await graphOf('强调协同发展的“美村联盟”概念应运而生。要践行“两山”理念,坚持“以人为本”的理念。');
    expect(names(kg, 'Program')).toEqual(['两山', '美村联盟'].sort());
  });
});

describe("a company's short name in a project's name", () => {
  it('opens the name whatever jieba tags it, and ties the project to the company', async () => {
    const kg = await graphOf('城南街道召开项目推进会\n\n宏远集团与城南街道签约宏远总部项目,计划总投资8亿元。\n');
    expect(names(kg, 'Project')).toEqual(['宏远总部']);
    expect(linked(kg, 'INVOLVES')).toEqual(['宏远总部→宏远集团']);
  });
});
