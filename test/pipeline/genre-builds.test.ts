/**
 * A company's build named only in the company's own clause (与X签约共建…, X计划投资…,在某镇建设…,
 * X旗下的…项目, X落户某镇的…项目, 项目业主是X): forms the ninth written set showed missed, each
 * project then found with nothing to tie it to. The sentences are ours; each rule was checked
 * against the output on every real text and every written set.
 */
import { describe, expect, it } from 'vitest';
import { graphOf, linked, names } from './genre-helpers.ts';

describe('a build named in its company’s clause', () => {
  it('what the town builds with a company, what a company plans or was brought in to build, with money or a place between', async () => {
    const kg = await graphOf(
      [
        '瓶窑镇项目签约会举行',
        '瓶窑镇与杭州博远新能源科技有限公司签约共建储能电池模组生产基地,总投资15亿元。',
        '杭州锦衡金属制品有限公司计划投资5亿元,在瓶窑建设高端厨具五金生产基地。',
        '我们引进的杭州远航动力科技有限公司,投资20亿元在瓶窑建设动力电池精密结构件基地。',
        '镇里引进杭州宏达汽车部件有限公司,投资6亿元建设新能源汽车底盘件智能工厂。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual([
      '储能电池模组生产基地→杭州博远新能源科技有限公司',
      '动力电池精密结构件基地→杭州远航动力科技有限公司',
      '新能源汽车底盘件智能工厂→杭州宏达汽车部件有限公司',
      '高端厨具五金生产基地→杭州锦衡金属制品有限公司',
    ]);
    // (The industry a build's name opens with is no company: 新能源汽车.)
    expect(names(kg, 'Enterprise')).not.toContain('新能源汽车');
  });

  it('a company’s own build after its name, its declared short name, 旗下的 or 落户某镇的', async () => {
    const kg = await graphOf(
      [
        '杭州凯丰新材料股份有限公司(以下简称“凯丰新材”)也带来消息:凯丰新材的高性能复合膜项目落户瓶窑镇。',
        '杭州恒达五金工具有限公司旗下的工具检测认证中心项目同步签约。',
        '杭州嘉禾食品有限公司落户瓶窑的速冻食品生产基地项目,总投资3.5亿元。',
        '杭州氢途装备有限公司的首条电解槽生产线正在调试。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual([
      '工具检测认证中心→杭州恒达五金工具有限公司',
      '电解槽生产线→杭州氢途装备有限公司',
      '速冻食品生产基地→杭州嘉禾食品有限公司',
      '高性能复合膜项目→杭州凯丰新材料股份有限公司',
    ]);
    expect(kg.entities.find((e) => e.name === '杭州凯丰新材料股份有限公司')!.aliases).toContain('凯丰新材');
  });

  it('what a company invests in and builds, named after 的, is its build; the owner of a project named by its role', async () => {
    const kg = await graphOf(
      [
        '杭州永固紧固件有限公司投资5.5亿元建设的智能化紧固件生产基地今年开工。',
        '瓶窑老街有机更新项目今年全面开工,项目业主是杭州瓶窑城市更新投资有限公司,浙江甬城建设集团有限公司承建。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual([
      '智能化紧固件生产基地→杭州永固紧固件有限公司',
      '瓶窑老街有机更新项目→杭州瓶窑城市更新投资有限公司',
      '瓶窑老街有机更新项目→浙江甬城建设集团有限公司',
    ]);
  });

  it('a company named beside a build it has nothing to do with is not tied to it', async () => {
    const kg = await graphOf(
      [
        '杭州锦衡金属制品有限公司董事长参加了瓶窑科创中心的开工仪式。',
        '杭州农商银行与瓶窑镇签约,为瓶窑科创中心提供授信。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual([]);
  });
});

describe('a company’s role said in other words', () => {
  it('是街道与X签约共建的, 由X与某镇联合实施 two sentences on, X承担施工, 施工由X承担, 由…的X负责开发建设', async () => {
    const kg = await graphOf(
      [
        '瓶窑镇项目观摩',
        '片区东侧的瓶窑生态公园,是街道与杭州港城文旅发展有限公司签约共建的,方案已经定稿。',
        '瓶窑老街保护更新项目今年开工。该项目沿运河布置。项目由杭州惠运文旅发展有限公司与瓶窑镇联合实施。',
        '调研组来到瓶窑古镇片区综合整治项目。该项目由杭州殷兴城乡建设有限公司负责投资建设,浙江豫通路桥工程有限公司承担施工。',
        '瓶窑滨水公园选址在两镇交界处。园区由两镇联合成立的杭州瓶滨开发有限公司负责开发建设,',
        '首期工程的施工由浙江漳航建工集团有限公司承担。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual([
      '瓶窑古镇片区综合整治项目→杭州殷兴城乡建设有限公司',
      '瓶窑古镇片区综合整治项目→浙江豫通路桥工程有限公司',
      '瓶窑滨水公园→杭州瓶滨开发有限公司',
      '瓶窑滨水公园→浙江漳航建工集团有限公司',
      '瓶窑生态公园→杭州港城文旅发展有限公司',
      '瓶窑老街保护更新项目→杭州惠运文旅发展有限公司',
    ]);
    expect(names(kg, 'Enterprise')).not.toContain('两镇联合成立的杭州瓶滨开发有限公司');
  });
});

describe('a company’s role said in yet other words', () => {
  it('roles before the company with or without 为/是 (承建单位X, 社会资本方为X, 社会资本方是X, 承担施工的是X, 项目建设方为X…总承包方为Y), 由X中标承建; what it is before its name is no part of it', async () => {
    const kg = await graphOf(
      [
        '惠州市博罗县园洲镇召开项目推进会。',
        '东江园洲段护岸工程完成四成,承建单位广东粤海水利建设有限公司已增加两个班组。',
        '园洲镇污水处理厂二期工程采用PPP模式建设,社会资本方为北京清泉环境投资有限公司。',
        '园洲镇圩镇污水管网工程采用PPP模式建设,社会资本方是广东粤海水务投资有限公司。',
        '园洲镇第二小学扩建工程已完成招标,由博罗县华盛建筑工程有限公司中标承建。',
        '园洲段海堤加固工程全长6.4公里,承担施工的是广东东海水利建设有限公司。',
        '园洲镇邻里中心下个月交付,由镇里的国资公司博罗园洲城乡建设有限公司代建。',
        '随后来到年产10万吨铝板带项目建设现场。项目建设方为广东铝宏新材料有限公司,总投资18亿元,总承包方为中色粤通工程有限公司。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual([
      '东江园洲段护岸工程→广东粤海水利建设有限公司',
      '园洲段海堤加固工程→广东东海水利建设有限公司',
      '园洲镇污水处理厂二期工程→北京清泉环境投资有限公司',
      '园洲镇第二小学扩建工程→博罗县华盛建筑工程有限公司',
      '园洲镇邻里中心→博罗园洲城乡建设有限公司',
      '圩镇污水管网工程→广东粤海水务投资有限公司',
      '年产10万吨铝板带项目→中色粤通工程有限公司',
      '年产10万吨铝板带项目→广东铝宏新材料有限公司',
    ]);
  });

  it('a sentence opened by a build’s short form that says who made it or runs it (产业园是街道和X联手打造的, 是镇属国企X开发的, 建成后交给X运营)', async () => {
    const kg = await graphOf(
      [
        '泰安市肥城市王瓜店街道。在王瓜店街道,桃源文创产业园的展厅里摆满了产品。产业园是街道和山东桃源文化产业有限公司联手打造的。',
        '石横镇智能装备创新港规划六百亩。创新港本身是镇属国企肥城石横城镇发展有限公司开发的。',
        '石横镇家训文化展示馆已经完成布展。展示馆由镇里投资建设,建成后交给山东义和文旅发展有限公司运营。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual([
      '桃源文创产业园→山东桃源文化产业有限公司',
      '石横镇家训文化展示馆→山东义和文旅发展有限公司',
      '石横镇智能装备创新港→肥城石横城镇发展有限公司',
    ]);
  });

  it('what a company plans, with its place and sum before the verb (将在某镇投资…,建设…; 在某园区投资…建…); 由X与镇属的Y合作开发', async () => {
    const kg = await graphOf(
      [
        '上海市奉贤区青村镇召开签约会。上海黛美生物科技有限公司将在青村投资8.5亿元,建设化妆品原料研发生产基地。',
        '今年镇里引进了浙江锯达机械有限公司,在青村智能装备产业园投资5.2亿元建数控锯切装备生产基地。',
        '青村智慧物流园由上海长兴物流有限公司与镇属的上海青村城建发展有限公司合作开发,占地260亩。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual([
      '化妆品原料研发生产基地→上海黛美生物科技有限公司',
      '数控锯切装备生产基地→浙江锯达机械有限公司',
      '青村智慧物流园→上海长兴物流有限公司',
      '青村智慧物流园→上海青村城建发展有限公司',
    ]);
  });
});

describe('who builds or runs it, said around the build', () => {
  it('合作开发了X, 签约,双方合作开发X; 建设和运营都交给X; 建设主体是镇属的X,Y承租运营; 项目总投资…,投资方是X; 园区去年由镇属企业X…', async () => {
    const kg = await graphOf(
      [
        '嘉兴市海盐县秦山街道。今年街道和浙江秦和核技术发展有限公司合作开发了核技术应用产业园。',
        '秦山街道与嘉兴市文化旅游发展集团有限公司签约,双方合作开发聚沙古街文旅街区,计划投资4.5亿元。',
        '我们做了秦山古镇研学营地。营地的建设和运营都交给嘉兴秦山文化旅游发展有限公司,他们引进了商户。',
        '今年建成了秦山蔬菜冷链集配中心,建设主体是镇属的嘉兴秦山农业投资有限公司,浙江鲜达供应链有限公司承租运营。',
        '第一站是秦山康养综合体。项目总投资21亿元,投资方是上海瀛海置业有限公司。',
        '第二站是秦山智慧农业产业园。园区去年由镇属企业嘉兴秦山农业发展有限公司投资建设。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual([
      '核技术应用产业园→浙江秦和核技术发展有限公司',
      '秦山古镇研学营地→嘉兴秦山文化旅游发展有限公司',
      '秦山康养综合体→上海瀛海置业有限公司',
      '秦山智慧农业产业园→嘉兴秦山农业发展有限公司',
      '秦山蔬菜冷链集配中心→嘉兴秦山农业投资有限公司',
      '秦山蔬菜冷链集配中心→浙江鲜达供应链有限公司',
      '聚沙古街文旅街区→嘉兴市文化旅游发展集团有限公司',
    ]);
  });

  it('a sentence opened by an anaphor (该中心…) is about that build: a road it names on the way is not who 由X建设 builds', async () => {
    const kg = await graphOf('延边州延吉市朝阳川镇。朝阳川镇冷链物流中心主体完工。该中心紧邻延龙快速路,由吉林延川冷链物流有限公司建设并运营。');
    expect(linked(kg, 'INVOLVES')).toEqual(['冷链物流中心→吉林延川冷链物流有限公司']);
  });

  it('a sentence opened by 工程 alone speaks of a 工程 of its paragraph only; a name cut down to its trades is no company', async () => {
    const kg = await graphOf(
      [
        '晋城市泽州县巴公镇。巴公镇对标准化厂房一期工程进行了验收。',
        '另一个项目覆盖全镇11个村,由镇政府组织实施。',
        '工程建成后,运维委托给晋城清泉水务运营有限公司。',
        '仓库由四川鲜到家供应链有限公司承租。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual([]);
    expect(names(kg, 'Enterprise')).not.toContain('供应链有限公司');
  });
});

describe('a build introduced as a project, or named after what its company does', () => {
  it('第二个项目是…, 项目分别是:… name a project whatever its words; 项目是园区的生命线 names none', async () => {
    const kg = await graphOf(
      [
        '林芝市巴宜区八一镇。',
        '第二个项目是八一镇公共实训中心,投资9600万元。第三个项目是嘎拉村桃花坞民宿集群,总投资7400万元。',
        '三个民生项目分别是:八一镇污水零直排提升工程,投资1.2亿元。项目是园区的生命线。',
      ].join('\n'),
    );
    expect(names(kg, 'Project')).toEqual(['八一镇公共实训中心', '八一镇污水零直排提升工程', '嘎拉村桃花坞民宿集群']);
  });

  it('X在某区新建的…, 该公司投资…建设的…, 是X投资建设的, 中标单位是X, 改造主体是X', async () => {
    const kg = await graphOf(
      [
        '广州市黄埔区大沙街道。',
        '广州珂睿医疗器械有限公司在永和经济区新建的高端影像设备生产基地8月投产。',
        '代表们来到天津津宝宏达食品有限公司,察看该公司投资2.6亿元建设的中央厨房预制菜项目。',
        '大沙滨水长廊全长2.8公里,是广州黄埔城市更新集团有限公司投资建设的。',
        '大沙街道邻里中心年底完工,中标单位是广州同安建工集团有限公司。',
        '横沙村旧改项目进展顺利,这个项目的改造主体是广州汇卓置业有限公司。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual([
      '中央厨房预制菜项目→天津津宝宏达食品有限公司',
      '大沙滨水长廊→广州黄埔城市更新集团有限公司',
      '大沙街道邻里中心→广州同安建工集团有限公司',
      '横沙村旧改项目→广州汇卓置业有限公司',
      '高端影像设备生产基地→广州珂睿医疗器械有限公司',
    ]);
  });
});

describe('a project found by the links themselves', () => {
  it('a company’s own build found in this pass is the one a later sentence’s short form speaks of; 镇驻地 opens no name', async () => {
    const kg = await graphOf(
      [
        '潍坊市寒亭区谭坊镇。观摩组察看了潍坊鑫禾农业科技有限公司的智能育苗温室项目和镇驻地北环路改造工程。',
        '育苗温室项目由山东华圃温室工程有限公司承建。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual(['智能育苗温室项目→山东华圃温室工程有限公司', '智能育苗温室项目→潍坊鑫禾农业科技有限公司']);
    expect(names(kg, 'Project')).toContain('北环路改造工程');
  });
});

describe('a place handed to a company and converted', () => {
  it('交给X,改造成“某某”: the quoted build is a project, and the company it was handed to builds it', async () => {
    const kg = await graphOf('杭州市临平区星桥街道。今年街道收回六十多亩,交给杭州临平数智产业发展有限公司,改造成“星桥数智港”。社区把闲置用房改建为“乐龄食堂”。');
    expect(names(kg, 'Project')).toEqual(['乐龄食堂', '星桥数智港']);
    expect(linked(kg, 'INVOLVES')).toEqual(['星桥数智港→杭州临平数智产业发展有限公司']);
  });
});

describe('a build named after what is done to a place', () => {
  it('交由X整体改造,取名“某某”; 交给了X,改造后叫“某某”; 由X负责建设,Y总承包; 总包单位是X', async () => {
    const kg = await graphOf(
      [
        '宁波市鄞州区钟公庙街道。',
        '老厂区交由宁波启明城市更新有限公司整体改造,取名“钟公庙创意里”。',
        '旧厂房交给了宁波凤城更新集团有限公司,改造后叫“凤城创新坊”。',
        '钟公庙智能家电产业园由宁波华顺投资有限公司负责建设,浙江华建建筑工程有限公司总承包。',
        '钟公庙幼儿园年底完工,总包单位是浙江甬安建设有限公司。',
      ].join('\n'),
    );
    expect(names(kg, 'Project')).toEqual(['凤城创新坊', '钟公庙创意里', '钟公庙幼儿园', '钟公庙智能家电产业园']);
    expect(linked(kg, 'INVOLVES')).toEqual([
      '凤城创新坊→宁波凤城更新集团有限公司',
      '钟公庙创意里→宁波启明城市更新有限公司',
      '钟公庙幼儿园→浙江甬安建设有限公司',
      '钟公庙智能家电产业园→宁波华顺投资有限公司',
      '钟公庙智能家电产业园→浙江华建建筑工程有限公司',
    ]);
    expect(names(kg, 'Enterprise')).not.toContain('交由宁波启明城市更新有限公司');
  });
});

describe('the first item of a counted list of projects', () => {
  it('另外3个分别是:甲、乙、丙 names its first item a project, as 分别是 after 项目 does', async () => {
    const kg = await graphOf('丽水市莲都区白塔镇。今年开工5个项目,两个是产业项目,另外3个分别是:白塔镇污水零直排提升工程、上横街农贸市场改造、白塔镇文化礼堂。');
    expect(names(kg, 'Project')).toContain('白塔镇污水零直排提升工程');
  });
});

describe('a build\'s name after 是, and a cluster of guesthouses', () => {
  it('是 glued by jieba to the word before opens no name (一件事是某某物流园)', async () => {
    const kg = await graphOf('广州市番禺区石碁镇。今年最大的一件事是石碁智慧物流园动工,物流园由广州石碁实业发展有限公司建设。');
    expect(names(kg, 'Project')).toEqual(['石碁智慧物流园']);
  });

  it('a village\'s 民宿集群 is a build; a bare one is not', async () => {
    const kg = await graphOf('上海市金山区漕泾镇。桃岭村民宿集群近日完工,新增客房48间。全镇还将发展更多民宿集群。');
    expect(names(kg, 'Project')).toEqual(['桃岭村民宿集群']);
  });
});

describe('a new or old town inside a build\'s name', () => {
  it('旅游新镇 is part of the name, not a town that ends it', async () => {
    const kg = await graphOf('中卫市沙坡头区迎水桥镇。沙坡头旅游新镇星空营地二期建成开放,营地运营方为宁夏大漠星河文化旅游有限公司。');
    expect(names(kg, 'Project')).toEqual(['沙坡头旅游新镇星空营地二期']);
  });
});

describe('a town\'s build of a weak head', () => {
  it('with words of what it is between the town and the head, the town opens its name; the town centre alone is no build', async () => {
    const kg = await graphOf('绥化市海伦市海北镇。海北镇大豆精深加工项目开工。海北镇中心区块改造启动。');
    expect(names(kg, 'Project')).toEqual(['海北镇大豆精深加工项目']);
  });
});
