/**
 * Patterns of the genre found on the blind dev2 set (issue 9), each on sentences written for
 * these tests: the rule must hold on the next article, not on the words of one.
 */
import { describe, expect, it } from 'vitest';
import { graphOf, linked, names } from './genre-helpers.ts';

describe('projects: where a name starts and whether it is one', () => {
  it('never runs over a person, a post or a verb whose object is the projects', async () => {
    const kg = await graphOf(
      [
        '最后,副县长孙立新宣布项目正式开工。',
        '随后,孙立新到柯岩街道督察项目推进情况,听取了街道负责同志关于鉴湖综合体的介绍。',
        '各地要树牢抢项目的意识。',
      ].join('\n'),
    );
    expect(names(kg, 'Project')).toEqual(['鉴湖综合体']);
  });

  it('a list closed by a count of projects names each; a company named as a project is both', async () => {
    const kg = await graphOf('今年,南山街道已引进“远航照明”和“新晶电子”两个项目,并加快推进金桥机械、华丰五金、禾田齿轮三个项目建设。');
    expect(names(kg, 'Enterprise')).toEqual(['华丰五金', '新晶电子', '禾田齿轮', '远航照明', '金桥机械'].sort());
    expect(names(kg, 'Project')).toEqual(['华丰五金项目', '新晶电子项目', '禾田齿轮项目', '远航照明项目', '金桥机械项目'].sort());
    expect(linked(kg, 'INVOLVES')).toContain('禾田齿轮项目→禾田齿轮');
    expect(linked(kg, 'RUNS')).toContain('南山街道→禾田齿轮项目');
  });

  it('a count that does not match its list names nothing', async () => {
    const kg = await graphOf('南山街道今年共实施金桥机械等12个项目。');
    expect(names(kg, 'Project')).toEqual([]);
  });
});

describe('the page names its town', () => {
  it('a street named by the breadcrumb is what the article short form means; a bare organ title binds to it', async () => {
    const kg = await graphOf(
      [
        '您的位置:首页 > 乡镇街道 > 柯岩街道 > 工作动态',
        '专班由党工委副书记、办事处主任沈立平任总指挥,柯岩各村全力配合。',
      ].join('\n'),
    );
    expect(names(kg, 'Street')).toEqual(['柯岩街道']);
    expect(linked(kg, 'HEADS')).toEqual(['沈立平→柯岩街道']);
    expect(kg.entities.find((e) => e.name === '柯岩街道')!.props).toMatchObject({ district: '柯桥区' });
  });

  it('a roster names the street once: the titles after it in the sentence are of that street', async () => {
    const kg = await graphOf('柯岩街道党工委书记、人大工委主任何文斌,党工委副书记、办事处主任沈立平等参加调研。');
    expect(linked(kg, 'HEADS')).toEqual(['何文斌→柯岩街道', '沈立平→柯岩街道']);
  });

  it('a town of one name in several districts is the one the page address spells', async () => {
    const kg = await graphOf('source: http://www.fuyangnews.cn/a/1.html\ntitle: 东洲街道召开项目推进会\n东洲街道召开项目推进会。');
    expect(kg.entities.find((e) => e.name === '东洲街道')!.props).toMatchObject({ district: '富阳区' });
  });

  it('X街 is the listed X街道 where the page names its district', async () => {
    const kg = await graphOf('省工信厅到白云区嘉禾街调研。嘉禾街党工委书记刘海燕陪同。嘉禾街近年来聚焦实体经济。');
    expect(names(kg, 'Street')).toEqual(['嘉禾街道']);
    expect(linked(kg, 'HEADS')).toEqual(['刘海燕→嘉禾街道']);
  });

  it('a name found by its organ never starts with a verb of going or asking', async () => {
    const kg = await graphOf('——访石门镇党委书记钱立群\n各村社要在街道党工委的统一领导下推进工作。');
    expect(names(kg, 'Street').every((n) => !/^[访要]/.test(n))).toBe(true);
  });
});

describe('interview pages', () => {
  const page = [
    'title: 专访石门镇党委书记钱立群',
    '本报记者专访了石门镇党委书记钱立群。',
    '记者:钱书记,您好。',
    '钱立群:你好。',
    '记者:乡村振兴方面呢?',
    '钱立群:我们重点推进石门智能装备产业园建设,总投资3亿元,由浙江石门机械有限公司投资建设。',
    '问:未来有什么打算?',
    '答:全镇将深化“千村示范、万村整治”工程。',
  ].join('\n');

  it('a question turn is no credit, and the interviewee is the official', async () => {
    const kg = await graphOf(page);
    expect(names(kg, 'Person')).toEqual([]);
    expect(linked(kg, 'HEADS')).toEqual(['钱立群→石门镇']);
  });

  it('由X投资建设 after a project names its company; works named by a program are the program', async () => {
    const kg = await graphOf(page);
    expect(linked(kg, 'INVOLVES')).toEqual(['石门智能装备产业园→浙江石门机械有限公司']);
    expect(names(kg, 'Project')).toEqual(['石门智能装备产业园']);
  });
});

describe('officials of every level, and who is none', () => {
  it('stacked titles of district, city and province leaders', async () => {
    const kg = await graphOf(
      '3月5日,区委常委、统战部部长周立新,区委副书记、区长陈建华,副省长高明远,市副市长孙丽娟一行来到新塘街道调研。镇领导赵明、钱亮陪同调研。区人大常委会副主任凌美华带领调研组一行走访企业。',
    );
    expect(names(kg, 'Official')).toEqual(['周立新', '孙丽娟', '凌美华', '陈建华', '高明远', '赵明', '钱亮'].sort());
    expect(kg.entities.find((e) => e.name === '陈建华')!.props).toMatchObject({ title: '区委副书记、区长' });
  });

  it("a company's or an institute's department head is a person", async () => {
    const kg = await graphOf('浙江省建筑设计研究院投资管理部主任方志远介绍了项目情况。');
    expect(names(kg, 'Official')).toEqual([]);
    expect(names(kg, 'Person')).toEqual(['方志远']);
  });
});

describe('enterprises: named ones only', () => {
  it('kinds of companies and public works are no companies; a form inside a longer name is not its end', async () => {
    const kg = await graphOf(
      [
        '街道招引科技型中小企业、规模以上企业等标签企业12家。一期达产后项目公司年销售收入不低于60亿元。',
        '开工建设城东污水厂三期工程。老领导们走进上海申联集团苏州股份有限公司三期项目。',
        '陈立新先后来到山东华沃环保技术有限公司、中材科技膜材料有限公司调研。',
      ].join('\n'),
    );
    expect(names(kg, 'Enterprise')).toEqual(['上海申联集团苏州股份有限公司', '中材科技膜材料有限公司', '山东华沃环保技术有限公司'].sort());
  });
});

describe('programs: short slogans of the genre', () => {
  it('quoted counts of things, changes of kind, year themes and day campaigns are programs; idioms are not', async () => {
    const kg = await graphOf(
      [
        '南湖街道坚决落实全省“两个先行”,统筹推进“五张图”“三个南湖”发展规划,以“招商引资突破年、项目推进加速年”为牵引,坚持以“集转国”和“工改工”为主,完成全市“百日攻坚”任务。',
        '我们坚持“两手抓”,上面“千条线”,下面“一根针”,“一把手”亲自抓。',
      ].join('\n'),
    );
    expect(names(kg, 'Program')).toEqual(['两个先行', '五张图', '三个南湖', '招商引资突破年', '项目推进加速年', '集转国', '工改工', '百日攻坚'].sort());
  });
});

describe('projects: works, facilities and places that are built', () => {
  it('an extended road, a quoted facility, a public works and a named green are projects', async () => {
    const kg = await graphOf(
      [
        '湖东街道专班服务金山大道北延、现代路东延等重点工程。',
        '街道建成运营“青创加油站”,开启“城市露营带”建设。',
        '会上,社区书记介绍了华润电厂和滨湖绿地的建设情况。',
        '我们坚持“基地变总部”,东洲工业经济发展要拓市场。',
      ].join('\n'),
    );
    expect(names(kg, 'Project')).toEqual(['华润电厂', '城市露营带', '滨湖绿地', '现代路东延', '金山大道北延', '青创加油站'].sort());
  });
});

describe('names in lists, places before names, labels before kinds', () => {
  it('quoted brands closed by 等 and a kind of companies are companies', async () => {
    const kg = await graphOf('培育“山泉”、“云雾”等茶叶龙头企业,带动茶农增收。');
    expect(names(kg, 'Enterprise')).toEqual(['云雾', '山泉']);
  });

  it('a street named in a list of streets is one, however common its name', async () => {
    const kg = await graphOf('title: 干部调整会议召开\n4月18日,港闸区秦灶街道和幸福街道召开干部调整会议。全镇坚持“农业强镇、集贸兴镇”,推进小城镇环境综合整治。');
    expect(names(kg, 'Street')).toEqual(['幸福街道', '秦灶街道']);
  });

  it('a street or part of town before a name of its own says where it is; a short form stays in the name', async () => {
    const kg = await graphOf('随后,一行走访了闲林街道闲林埠老街项目。目前,老城区保利工业文化创意园建设顺利。新塘羽绒上市总部加快建设。');
    expect(names(kg, 'Project')).toEqual(['保利工业文化创意园', '新塘羽绒上市总部', '闲林埠老街项目']);
  });

  it('a quoted label before a kind of builds names no build', async () => {
    const kg = await graphOf('金银岛、离城等五大“文旅+康养”综合体相继开工,“大建大美”亮点项目加快推进。');
    expect(names(kg, 'Project').filter((n) => /文旅|大建大美/.test(n))).toEqual([]);
  });

  it('丶 typed for 、 joins titles', async () => {
    const kg = await graphOf('苍南县委常委丶龙港镇委书记丁振俊出席。');
    expect(kg.entities.find((e) => e.name === '丁振俊')!.props).toMatchObject({ title: '苍南县委常委、龙港镇委书记' });
  });
});

describe('numbered project lists and village builds', () => {
  it('an item number is no part of a name; a name starts at the street jieba cut; a village build is a project', async () => {
    const kg = await graphOf(
      [
        'title: 练市镇重大项目集中开工',
        '此次集中开工项目共3个,具体为:',
        '1.湖州绿能新材料有限公司年产5万吨高性能纤维项目,总投资8.2亿元;',
        '2.练市镇工业区(东片区)改造提升项目,总投资3.5亿元;',
        '3.荃步村共富工坊建设项目,总投资2.8亿元。',
      ].join('\n'),
    );
    const projects = names(kg, 'Project');
    expect(projects.every((n) => !/^[.\d]/.test(n))).toBe(true);
    expect(projects).toEqual(expect.arrayContaining(['荃步村共富工坊建设项目', '湖州绿能新材料有限公司年产5万吨高性能纤维项目']));
    expect(projects.some((n) => n.startsWith('练市镇工业区(东片区)'))).toBe(true);
    expect(names(kg, 'Program')).toEqual([]);
  });

  it("a region in brackets is no part of a company's trade name", async () => {
    const kg = await graphOf('他来到浙江恒泰机械(桐庐)有限公司调研。');
    expect(kg.entities.find((e) => e.type === 'Enterprise')!.aliases).toContain('恒泰机械');
  });
});

describe('leaders of no street, and companies of another province', () => {
  it("what a district leader asks for is not the town's; what they visit is", async () => {
    const kg = await graphOf(
      [
        'title: 区委书记到陆家镇调研',
        '4月12日,区委书记张立群走访了陆家镇滨湖物流园区。',
        '张立群指出,要加快推进城北体育中心建设,深入实施“链长制”。',
        '镇党委书记徐海峰陪同调研。',
      ].join('\n'),
    );
    expect(linked(kg, 'RUNS')).toEqual(['陆家镇→滨湖物流园区']);
    expect(linked(kg, 'IMPLEMENTS')).toEqual([]);
  });

  it('a trade name drops the city before it and the region in brackets', async () => {
    const kg = await graphOf('一行走访了苏州华科(江苏)新材料有限公司、昆山鼎盛精密机械有限公司。');
    const aliases = kg.entities.filter((e) => e.type === 'Enterprise').flatMap((e) => e.aliases);
    expect(aliases).toEqual(expect.arrayContaining(['华科新材料', '华科', '鼎盛精密机械', '鼎盛']));
  });
});
