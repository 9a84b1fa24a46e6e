/**
 * How the genre hands a build to a company, or names a company's build in the company's own clause,
 * in the ways a town head or a reporter says it: a partner and its verb before the build's name, a
 * place built on before it, a park handed over to be run, a town and a company paying together, a
 * company's plans this year, a rented site rebuilt, design and build in one, a county's own company.
 * Every sentence is ours; the towns are real, the companies and builds invented.
 */
import { describe, expect, it } from 'vitest';
import { graphOf, linked, names } from './genre-helpers.ts';

describe('builds handed over, and a company\'s own clause', () => {
  it('和X合作开发Y: the build is named after the verb; a long registered name before 年产… is kept whole', async () => {
    const kg = await graphOf(
      [
        '衢州市开化县池淮镇。',
        '池淮那边,我们和杭州岚影文旅发展有限公司合作开发池淮古村民宿集群,运营由岚影来做。',
        '同一天开工的还有浙江池禾新材料科技有限公司年产6000吨生物基纤维新材料项目。',
      ].join('\n'),
    );
    expect(names(kg, 'Project')).toEqual(['池淮古村民宿集群', '浙江池禾新材料科技有限公司年产6000吨生物基纤维新材料项目']);
    expect(linked(kg, 'INVOLVES')).toEqual(
      ['池淮古村民宿集群→杭州岚影文旅发展有限公司', '浙江池禾新材料科技有限公司年产6000吨生物基纤维新材料项目→浙江池禾新材料科技有限公司'].sort(),
    );
  });

  it('在…地块上建Y, 建好以后交给X招商运营; 园区由镇里和X共同投资', async () => {
    const kg = await graphOf(
      [
        '金华市武义县桃溪镇。',
        '我们在老砖厂的地块上建桃溪数字经济产业园,由镇里出资,建好以后交给武义县桃川产业发展有限公司招商运营。',
        '镇北建了桃溪小微企业园,园区由镇里和武义县桃投实业有限公司共同投资,今年交付第一批厂房。',
      ].join('\n'),
    );
    expect(names(kg, 'Project')).toEqual(['桃溪小微企业园', '桃溪数字经济产业园']);
    expect(linked(kg, 'INVOLVES')).toEqual(['桃溪小微企业园→武义县桃投实业有限公司', '桃溪数字经济产业园→武义县桃川产业发展有限公司']);
  });

  it('X今年开工建设Y, X投资…新建的Y车间, X将与镇里共建Y示范区, X承租了…计划投资…改建为Y', async () => {
    const kg = await graphOf(
      [
        '宿迁市泗洪县上塘镇。',
        '浙江塘鸣电动工具有限公司今年开工建设智能园林机械产业化项目,总投资4.2亿元。',
        '其中,江苏塘芝生物科技有限公司投资1.1亿元新建的灵芝孢子粉提取车间已经投产。',
        '宿迁塘润农业科技有限公司将与镇里共建千亩虾稻综合种养示范区,一期流转土地3000亩。',
        '南京塘栖康养产业发展有限公司承租了上塘镇老卫生院,计划投资4000万元改建为上塘颐养中心。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual(
      [
        '智能园林机械产业化项目→浙江塘鸣电动工具有限公司',
        '灵芝孢子粉提取车间→江苏塘芝生物科技有限公司',
        '千亩虾稻综合种养示范区→宿迁塘润农业科技有限公司',
        '上塘颐养中心→南京塘栖康养产业发展有限公司',
      ].sort(),
    );
  });

  it('委托X设计施工一体化建设, 由X组织实施, 由X以BOT方式投资建设; a county\'s 城乡建设投资 company by its name', async () => {
    const kg = await graphOf(
      [
        '遂宁市射洪市金华镇。',
        '金华镇乡村振兴展示馆总投资900万元。项目由镇政府出资,委托上海浦川乡建设计院有限公司设计施工一体化建设。',
        '金华镇老街供水管网改造工程更换管网18公里,由遂宁市金泉水务有限责任公司组织实施。',
        '金华镇污水处理厂扩建工程由四川蓉清环保科技有限公司以BOT方式投资建设和运营。',
        '金华镇涪江安置小区由射洪市城乡建设投资有限公司统一代建。',
      ].join('\n'),
    );
    expect(names(kg, 'Enterprise')).toContain('射洪市城乡建设投资有限公司');
    expect(linked(kg, 'INVOLVES')).toEqual(
      [
        '金华镇乡村振兴展示馆→上海浦川乡建设计院有限公司',
        '金华镇老街供水管网改造工程→遂宁市金泉水务有限责任公司',
        '金华镇污水处理厂扩建工程→四川蓉清环保科技有限公司',
        '涪江安置小区→射洪市城乡建设投资有限公司',
      ].sort(),
    );
  });

  it('园区二期 speaks of the park named before, not of a workshop in it; 园区内 is where something else is', async () => {
    const kg = await graphOf(
      [
        '丽水市庆元县屏都街道。',
        '街道的工业主要靠屏都竹木精深加工园。其中,浙江竹邦家居有限公司投资2亿元新建的竹板材加工车间已经投产。园区二期由街道委托庆元县屏投建设有限公司代建。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual(['屏都竹木精深加工园→庆元县屏投建设有限公司', '竹板材加工车间→浙江竹邦家居有限公司']);
  });

  it('它投了…新建Y, 承建单位是X (a trade name jieba reads as a time word), 总包单位是X after a venue, 是镇里和X一起投的, 请了X做设计施工一体化', async () => {
    const kg = await graphOf(
      [
        '台州市玉环市沙门镇。',
        '我们在镇东的工业功能区引进了浙江禾屿精工机械有限公司,它投了2.6亿元新建智能减速机工厂,承建单位是中天建设集团有限公司,下个月封顶。',
        '分量最重的是浙江沙屿汽车零部件有限公司的年产200万套汽车空调压缩机项目,它在沙门工业园区新征地90亩。项目的总包单位是浙江天和建设有限公司,主厂房已经吊装完成。',
        '沙门小微企业园二期,是镇里和玉环市国有资本运营有限公司一起投的,建成后招引汽配企业。',
        '还有沙门内河生态修复工程,镇里出资,请了浙江清屿环境工程有限公司做设计施工一体化,年底完成。',
      ].join('\n'),
    );
    expect(names(kg, 'Enterprise')).toEqual(expect.arrayContaining(['中天建设集团有限公司', '浙江天和建设有限公司', '玉环市国有资本运营有限公司']));
    expect(linked(kg, 'INVOLVES')).toEqual(
      [
        '智能减速机工厂→浙江禾屿精工机械有限公司',
        '智能减速机工厂→中天建设集团有限公司',
        '年产200万套汽车空调压缩机项目→浙江沙屿汽车零部件有限公司',
        '年产200万套汽车空调压缩机项目→浙江天和建设有限公司',
        '沙门小微企业园二期→玉环市国有资本运营有限公司',
        '沙门内河生态修复工程→浙江清屿环境工程有限公司',
      ].sort(),
    );
  });

  it('a capacity opens a name (50万头…项目, 万头…养殖场); a village\'s build (某村共享农庄); X在街道的Y车间; the build named again without its town is one', async () => {
    const kg = await graphOf(
      [
        '儋州市那大镇。',
        '海南椰屿农牧科技有限公司投资1.2亿元建设的30万头生猪屠宰加工项目由海南琼屿建工有限公司施工。',
        '在镇区东侧,儋州椰润牧业有限公司投资2亿元建设的万头奶牛标准化养殖场已完成场地平整。',
        '其中,石湾村共享农庄由村集体与海南椰野农业开发有限公司合作开发,企业出资、村里出地。',
        '同时,儋州椰叶茶业有限公司在镇里的茶叶精深加工车间投产。',
        '那大镇组织了那大镇农副产品综合交易市场的竣工验收。农副产品综合交易市场位于镇区南侧,总投资1.2亿元。',
      ].join('\n'),
    );
    expect(names(kg, 'Project')).toEqual(['30万头生猪屠宰加工项目', '万头奶牛标准化养殖场', '石湾村共享农庄', '茶叶精深加工车间', '那大镇农副产品综合交易市场'].sort());
    expect(linked(kg, 'INVOLVES')).toEqual(
      [
        '30万头生猪屠宰加工项目→海南椰屿农牧科技有限公司',
        '30万头生猪屠宰加工项目→海南琼屿建工有限公司',
        '万头奶牛标准化养殖场→儋州椰润牧业有限公司',
        '石湾村共享农庄→海南椰野农业开发有限公司',
        '茶叶精深加工车间→儋州椰叶茶业有限公司',
      ].sort(),
    );
  });

  it('由镇属X负责建设,Y施工; 由X承包经营; 二期由镇里投资,X施工; 服务站由…交由X运营 (a head generic alone); 年产500万把…项目', async () => {
    const kg = await graphOf(
      [
        '德阳市绵竹市汉旺镇。',
        '其中,汉旺湿地公园由镇属绵竹市汉旺建设发展有限公司负责建设,四川绿汉园林工程有限公司施工。',
        '另外,汉旺山地茶园基地今年扩了一千亩,由绵竹汉茶农业有限公司承包经营。',
        '汉旺电子产业园一期已经投用。二期由镇里投资,四川汉筑建设有限公司施工。',
        '汉旺低空飞行服务站已经投用。服务站由镇里投资建设,交由四川翼汉航空科技有限公司运营。',
        '绵竹市汉锁锁业有限公司年产300万把智能门锁项目完成主体建设。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual(
      [
        '汉旺湿地公园→绵竹市汉旺建设发展有限公司',
        '汉旺湿地公园→四川绿汉园林工程有限公司',
        '汉旺山地茶园基地→绵竹汉茶农业有限公司',
        '汉旺电子产业园一期→四川汉筑建设有限公司',
        '汉旺低空飞行服务站→四川翼汉航空科技有限公司',
        '绵竹市汉锁锁业有限公司年产300万把智能门锁项目→绵竹市汉锁锁业有限公司',
      ].sort(),
    );
  });

  it('甲和乙均由镇里投资,前者的施工单位为X,后者由Y承建: 前者 the first build, 后者 the last', async () => {
    const kg = await graphOf(
      '温州市平阳县鳌江镇。民生项目中,鳌江镇第三中心幼儿园迁建工程和鳌江镇老年活动中心改扩建工程均由镇里投资,前者的施工单位为浙江港鑫建设有限公司,后者由温州居安建筑工程有限公司承建。',
    );
    expect(linked(kg, 'INVOLVES')).toEqual(['鳌江镇第三中心幼儿园迁建工程→浙江港鑫建设有限公司', '鳌江镇老年活动中心改扩建工程→温州居安建筑工程有限公司']);
  });
});
