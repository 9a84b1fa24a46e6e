/**
 * Who builds, runs or owns a project, as the genre says it in clauses of their own: patterns the
 * sixth and seventh written sets (test/fixtures/written6, written7, annotated blind) showed the
 * extractor missing. The sentences are ours, not the pages'; each rule was checked against the
 * output on every real text and every written set.
 */
import { describe, expect, it } from 'vitest';
import { graphOf, linked, names } from './genre-helpers.ts';

describe('a company’s role in a clause of its own', () => {
  it('a builder closing the clause the project’s short form opens (…中心总投资3亿元,X承建)', async () => {
    const kg = await graphOf('书记一行来到云湖艺术创意中心项目现场。艺术创意中心总投资3亿元,浙江远帆建设有限公司承建,明年交付。');
    expect(linked(kg, 'INVOLVES')).toEqual(['云湖艺术创意中心→浙江远帆建设有限公司']);
  });

  it('roles that open a sentence (施工方是X, X负责投资和运营,Y为施工总承包单位) are the last project’s', async () => {
    const kg = await graphOf(
      [
        '第二站:云湖生命健康创新港。创新港占地200亩,是今年最大的项目。杭州云启健康产业有限公司负责投资和运营,浙江远帆建设有限公司为施工总承包单位。',
        '西溪古街风貌更新工程一期已经完工。施工方是苏州砚石古建园林有限公司,工人多是本地匠人。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual([
      '云湖生命健康创新港→杭州云启健康产业有限公司',
      '云湖生命健康创新港→浙江远帆建设有限公司',
      '西溪古街风貌更新工程一期→苏州砚石古建园林有限公司',
    ]);
  });

  it('a clause with a subject of its own does not reach back to the sentence before', async () => {
    const kg = await graphOf('云湖人民医院新院区已经封顶;老厂房改造的“云湖·织梦里”由杭州云启文创有限公司运营,已入驻团队30多个。');
    expect(linked(kg, 'INVOLVES')).toEqual([]);
  });

  it('由X投资建设 names the project before it; a project in a clause after it is not X’s', async () => {
    const kg = await graphOf('最大的亮点是云湖智能制造园区。园区的厂房二期今年竣工,由杭州云启实业有限公司投资建设,已签下11家企业,其中杭州远帆机器人有限公司把华东总部放在了这里。');
    expect(linked(kg, 'INVOLVES')).not.toContain('华东总部→杭州云启实业有限公司');
    expect(names(kg, 'Project')).not.toContain('华东总部');
  });

  it('an investor and a builder in one 由 clause (由X代建、Y施工总承包), the project named by its kind (新校区)', async () => {
    const kg = await graphOf('云湖街道中心小学新校区迎来首批学生。新校区总投资2亿元,由杭州云湖教育投资有限公司代建、中建远帆(浙江)建设有限公司施工总承包。');
    expect(names(kg, 'Project')).toEqual(['云湖街道中心小学新校区']);
    expect(linked(kg, 'INVOLVES')).toEqual(['云湖街道中心小学新校区→中建远帆(浙江)建设有限公司', '云湖街道中心小学新校区→杭州云湖教育投资有限公司']);
  });

  it('a build named by its kind opening the next sentence (步道全长9公里,由X投资建设; 营地由X运营)', async () => {
    const kg = await graphOf('在云湖水库环湖步道建设现场,书记听取了汇报。步道全长9公里,由浙江远帆文旅集团有限公司投资建设,将串联三个村。');
    expect(linked(kg, 'INVOLVES')).toEqual(['云湖水库环湖步道→浙江远帆文旅集团有限公司']);
  });
});

describe('a company’s role in a notice or by reference', () => {
  it('a notice’s record names every company of its roles (建设单位 an office, 代建单位 and 施工单位 companies)', async () => {
    const kg = await graphOf(
      ['一、项目名称:东湖镇污水处理厂提标改造工程', '建设单位:某某区东湖镇人民政府', '代建单位:南通远帆水务工程有限公司', '施工单位:江苏远嘉建筑工程有限公司', '总投资:6200万元'].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual(['东湖镇污水处理厂提标改造工程→南通远帆水务工程有限公司', '东湖镇污水处理厂提标改造工程→江苏远嘉建筑工程有限公司']);
  });

  it('a phase opening the next sentence is the project’s (示范园…。一期投资…,由X投资建设); a town and a company together (由某镇与X合作开发)', async () => {
    const kg = await graphOf(
      [
        '东湖镇与西山镇共建东湖农旅融合示范园。示范园横跨两镇,规划面积约4200亩。一期投资2.3亿元,建有采摘区,由四川远帆农业发展有限公司投资建设。',
        '我们做了一个小微企业园,名字叫东湖工具产业创新园,一期由东湖镇与常州远嘉建设集团合作开发。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual(['东湖农旅融合示范园→四川远帆农业发展有限公司', '东湖工具产业创新园→常州远嘉建设集团']);
  });

  it('它由X开发, 度假区由该公司投资开发, 工坊由村集体和X合作经营', async () => {
    const kg = await graphOf(
      [
        '东湖今年的头号工程是东湖国际创新中心。它由深圳远帆城市更新集团有限公司开发,今年主体封顶。',
        '代表们察看了西山岛滨海旅游度假区。在西山岛,福清远嘉文旅发展有限公司副总经理介绍,度假区由该公司投资开发。',
        '近日,北湖村竹编共富工坊正式开门,工坊由村集体和宁国远帆工艺品有限公司合作经营。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual([
      '东湖国际创新中心→深圳远帆城市更新集团有限公司',
      '北湖村竹编共富工坊→宁国远帆工艺品有限公司',
      '西山岛滨海旅游度假区→福清远嘉文旅发展有限公司',
    ]);
  });
});

describe('a company’s own build, named after it', () => {
  it('past the short name in brackets (X(以下简称“某某”)投资的…生产基地)', async () => {
    const kg = await graphOf('其中,江苏远帆精密机械股份有限公司(以下简称“远帆精密”)投资的新能源汽车轴承生产基地总投资18亿元。');
    expect(linked(kg, 'INVOLVES')).toEqual(['新能源汽车轴承生产基地→江苏远帆精密机械股份有限公司']);
  });

  it('what a company brought in builds (引进X,建设某某中心)', async () => {
    const kg = await graphOf('云湖镇引进常州远帆医疗器械有限公司,建设高端耗材研发生产中心,总投资5亿元。');
    expect(linked(kg, 'INVOLVES')).toEqual(['高端耗材研发生产中心→常州远帆医疗器械有限公司']);
  });

  it('what a company plans to build in its own clause (X将在某镇建设…基地, Y计划投资3.5亿元建设…产线), each its own', async () => {
    const kg = await graphOf('签约仪式上,上海远帆新材料股份有限公司将在东湖建设碳纤维复合材料生产基地,深圳市远嘉电子(泰州)有限公司计划投资3.5亿元建设智能传感器产线。');
    expect(linked(kg, 'INVOLVES')).toEqual(['智能传感器产线→深圳市远嘉电子(泰州)有限公司', '碳纤维复合材料生产基地→上海远帆新材料股份有限公司']);
  });

  it('the plan with its money first, a short name given with 下称, a year’s output named a 项目', async () => {
    const kg = await graphOf(
      [
        '签约现场,广东远拓智能装备有限公司将投资12亿元在今古洲片区建设工业机器人减速器生产基地。',
        '其中浙江远帆光电科技有限公司(下称“远帆光电”)拟投资4.2亿元建设年产30万套车载激光雷达模组项目。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual(['工业机器人减速器生产基地→广东远拓智能装备有限公司', '年产30万套车载激光雷达模组项目→浙江远帆光电科技有限公司']);
  });

  it('该厂 is the plant named before; 承接运营 a role', async () => {
    const kg = await graphOf(
      [
        '代表们察看了东湖农产品加工园污水处理厂。该厂日处理能力5000吨,由荆州远帆城投集团有限公司投资建设,湖北远嘉水务工程有限公司施工。',
        '西山老街风貌提升工程由杭州远帆文旅集团有限公司承接运营。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual([
      '东湖农产品加工园污水处理厂→湖北远嘉水务工程有限公司',
      '东湖农产品加工园污水处理厂→荆州远帆城投集团有限公司',
      '西山老街风貌提升工程→杭州远帆文旅集团有限公司',
    ]);
  });

  it('what a company brought in builds, named with its money (引进X,总投资5亿元的…项目落户某园); 由X建的', async () => {
    const kg = await graphOf(
      [
        '东湖街道引进威海远帆海洋生物科技有限公司,总投资5亿元的海藻多糖提取项目落户东湖工业园。',
        '村里去年建起的西山村蔬菜保鲜冷库今年投用。冷库是村集体出资、由包头市远嘉仓储设备有限公司建的。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual(['海藻多糖提取项目→威海远帆海洋生物科技有限公司', '西山村蔬菜保鲜冷库→包头市远嘉仓储设备有限公司']);
  });

  it('a size opening the name keeps its number (12英寸…封测线项目)', async () => {
    const kg = await graphOf('杭州远帆半导体有限公司投资的12英寸功率芯片封测线项目已于9月试产。');
    expect(names(kg, 'Project')).toEqual(['12英寸功率芯片封测线项目']);
  });
});

describe('names the extractor cut or took', () => {
  it('a name starts after where a group went first (调研组先到某某项目现场)', async () => {
    const kg = await graphOf('调研组先到东湖智造港项目现场,又到西山科创园。');
    expect(names(kg, 'Project')).toEqual(['东湖智造港项目', '西山科创园']);
  });

  it('one character before a head names a kind (“轻”项目); what a place is to do is a clause (东湖要抓牢项目)', async () => {
    const kg = await graphOf('东湖要抓牢项目,多引“轻”项目。东湖科创园今年开园。');
    expect(names(kg, 'Project')).toEqual(['东湖科创园']);
  });


  it('an industry’s word is no name of its own: the town before it stays in the name (某乡光伏发电项目), and makes no company', async () => {
    const kg = await graphOf('县委书记一行来到立新乡光伏发电项目现场。');
    expect(names(kg, 'Project')).toEqual(['立新乡光伏发电项目']);
    expect(names(kg, 'Enterprise')).toEqual([]);
  });

  it('a river’s name jieba cuts into characters is a proper name (北苕溪防洪提升工程); a verb’s glued character is not (调研科/创项目)', async () => {
    const kg = await graphOf('今年还启动了北苕溪防洪提升工程。区委书记赴仓前街道调研科创项目推进工作。');
    expect(names(kg, 'Project')).toEqual(['北苕溪防洪提升工程']);
  });

  it('a town’s short name ending in a conjunction’s character opens a name (仁和…中心, 杭州仁和…有限公司)', async () => {
    const kg = await graphOf('我们会开建仁和农产品冷链物流中心,由杭州仁和乡村振兴发展有限公司负责运营。');
    expect(names(kg, 'Project')).toEqual(['仁和农产品冷链物流中心']);
    expect(names(kg, 'Enterprise')).toEqual(['杭州仁和乡村振兴发展有限公司']);
  });


  it('a company’s regional seat (华东总部) is no build, unless money is put into it', async () => {
    const kg = await graphOf('杭州远帆机器人有限公司把华东总部放在了云湖。宁波远帆电器有限公司把华南总部落户云湖,总投资5亿元。');
    expect(names(kg, 'Project')).toEqual(['华南总部']);
  });


  it('a 中心 named a 项目 is a build, with its place’s name (云湖数字文创中心项目)', async () => {
    const kg = await graphOf('书记先后来到云湖智造产业园和云湖数字文创中心项目现场。');
    expect(names(kg, 'Project')).toEqual(['云湖数字文创中心', '云湖智造产业园']);
  });

  it('a registered name opening with a city and a district, or a trade name with 和 inside (成都新都…, 上海隽和…)', async () => {
    const kg = await graphOf('成都新都远帆城市发展有限公司负责投资。施工方是上海隽和古建筑工程有限公司。');
    expect(names(kg, 'Enterprise')).toEqual(['上海隽和古建筑工程有限公司', '成都新都远帆城市发展有限公司']);
  });
});

describe('who runs a build', () => {
  it('a build named by a place’s short form, in another street’s speaker’s turn, is the speaker’s', async () => {
    const kg = await graphOf(
      [
        '参加访谈',
        '王海(东湖街道党工委书记)',
        '李江(西山街道党工委书记)',
        '王海:我们今年建成了东湖科创大厦。',
        '李江:五常港沿线绿道明年开工,还要跟五常街道一起商量。',
      ].join('\n'),
    );
    expect(linked(kg, 'RUNS')).toEqual(['东湖街道→东湖科创大厦', '西山街道→五常港沿线绿道']);
  });


  it('a build named by its town is the town’s, on a page of many towns whose long first line says nothing of it', async () => {
    const header = '某某市人民政府 首页 > 乡镇动态 > 镇街快讯 发布时间:2026-11-27 09:12 来源:市政府办 浏览次数:534';
    const kg = await graphOf(
      [
        '原创 某某发布 2026-11-27 18:30',
        `${header} 【南山镇】南山镇生态工业园标准化厂房项目竣工验收 11月25日,南山镇生态工业园标准化厂房项目通过竣工验收。【北湖镇】北湖镇开展森林防火巡查 镇党委书记王海涛带队巡查林区。`,
      ].join('\n'),
    );
    expect(linked(kg, 'RUNS')).toEqual(['南山镇→南山镇生态工业园标准化厂房']);
  });
});

describe('builds of kinds the genre names', () => {
  it('a valley, a greenway by a river, a logistics hub, a branch school, a district’s renewal, a village’s rebuilding', async () => {
    const kg = await graphOf(
      [
        '东湖今年的头号工程是东湖数字健康谷,北湖河碧道也对市民开放了。',
        '西山国际物流枢纽园今年新签8家企业,西山实验学校北湖分校明年招生。',
        '木樨湾片区城市更新加快拆迁,南塘村城中村改造完成签约。',
        '另外,推进城市更新,做好城中村改造。',
      ].join('\n'),
    );
    expect(names(kg, 'Project')).toEqual(['东湖数字健康谷', '北湖河碧道', '南塘村城中村改造', '木樨湾片区城市更新', '西山国际物流枢纽园', '西山实验学校北湖分校']);
  });

  it('a garage, a cold store, an innovation park, a software park; a name after 名字叫', async () => {
    const kg = await graphOf('东湖路立体停车库今年开放,北湖村蔬菜保鲜冷库投用。园区名字叫西山工具产业创新园,北部软件园今年招商。');
    expect(names(kg, 'Project')).toEqual(['东湖路立体停车库', '北湖村蔬菜保鲜冷库', '北部软件园', '西山工具产业创新园']);
  });

  it('a park’s part named by its side (软件园南区); a street’s own facility when it is built (街道综合养老服务中心投用)', async () => {
    const kg = await graphOf('东湖街道最拿得出手的是北部软件园南区。\n去年,街道综合养老服务中心投用,委托山东远帆养老服务有限公司运营。街道城运中心处置事件3万件。');
    expect(names(kg, 'Project')).toEqual(['北部软件园南区', '综合养老服务中心']);
    expect(linked(kg, 'INVOLVES')).toEqual(['综合养老服务中心→山东远帆养老服务有限公司']);
  });

  it('a phase named beside its project is the project (碧道, 碧道二期)', async () => {
    const kg = await graphOf('布湖街道这几年集中建设北湖河碧道。今年北湖河碧道二期对市民开放,由深圳远帆水务工程有限公司施工。');
    expect(names(kg, 'Project')).toEqual(['北湖河碧道']);
    expect(linked(kg, 'INVOLVES')).toEqual(['北湖河碧道→深圳远帆水务工程有限公司']);
  });
});

describe('venues, towns and lists of people', () => {
  it('a service centre where something was heard is the venue; a town’s facility of common words keeps the town', async () => {
    const kg = await graphOf(
      [
        '在东湖街道便民服务中心,刘振东听取了街道工作汇报。客商们在镇企业服务中心听取了代办服务介绍。',
        '另外,西山镇游客服务中心已经动工,湖南远帆工程有限公司承建。',
      ].join('\n'),
    );
    expect(names(kg, 'Project')).toEqual(['西山镇游客服务中心']);
    expect(linked(kg, 'INVOLVES')).toEqual(['西山镇游客服务中心→湖南远帆工程有限公司']);
  });

  it('等 closing a list of people before the town’s leaders names no town (吴国平等镇领导)', async () => {
    const kg = await graphOf('东湖镇党委书记徐卫东宣布开工,镇人大主席吴国平等镇领导参加。');
    expect(names(kg, 'Street')).toEqual(['东湖镇']);
  });
});

describe('officials named in an answer or a column’s item', () => {
  it('a column stored on one line: each 【某镇】 item’s title without a place is that town’s', async () => {
    const kg = await graphOf('镇街快讯 【南山镇】南山镇生态工业园通过验收。镇长李明出席。 【北湖镇】北湖镇开展森林防火巡查 近日,北湖镇组织巡林。镇党委书记汪海涛介绍,今年共巡林2100人次。');
    expect(linked(kg, 'HEADS')).toEqual(['李明→南山镇', '汪海涛→北湖镇']);
  });

  it('a pronoun before a title is no part of it (这是我们镇党委书记某某提出来的)', async () => {
    const kg = await graphOf('东湖镇镇长谈发展\n记者:这个机制是怎么来的?\n答:这是我们镇党委书记黄德胜提出来的。');
    expect(linked(kg, 'HEADS')).toEqual(['黄德胜→东湖镇']);
  });
});

describe('no person, no company where the page names none', () => {
  it('a company’s name opening a clause with 比 (比亚行(佛山)…): no comparison opens a clause', async () => {
    const kg = await graphOf('项目总投资20亿元;比亚行(佛山)新能源科技有限公司将建设动力电池结构件智能工厂。');
    expect(names(kg, 'Enterprise')).toEqual(['比亚行(佛山)新能源科技有限公司']);
  });

  it('a road after a title (镇长康路以北), a menu’s mailbox (领导信箱), a verb before a company (委托X运营)', async () => {
    const kg = await graphOf(['首页 | 领导信箱 | 政务公开', '新厂房位于东湖镇长康路以北,委托山东远帆养老服务有限公司运营。'].join('\n'));
    expect(names(kg, 'Official')).toEqual([]);
    expect(names(kg, 'Enterprise')).toEqual(['山东远帆养老服务有限公司']);
  });
});

describe('ways of working named by a quote', () => {
  it('a count’s measure word opens no pilot’s name (等8个村试点)', async () => {
    const kg = await graphOf('镇党委书记介绍,这项做法已经在东湖村、西山村等8个村试点。');
    expect(names(kg, 'Program')).toEqual([]);
  });


  it('a quote named by the kind after it (“某某”试点, “某某”这个协商平台) or taken up (抓“某某”); not a platform built under a quoted name', async () => {
    const kg = await graphOf(
      [
        '东湖镇去年入选“数字乡村”试点。西山街道还有“东山问策”这个协商平台。',
        '南湖街道抓“精网微格”,把网格细化。北湖街道建立“助企暖心”服务平台。',
      ].join('\n'),
    );
    expect(names(kg, 'Program')).toEqual(['东山问策', '数字乡村', '精网微格']);
    expect(names(kg, 'Project')).toEqual(['助企暖心服务平台']);
  });
});
