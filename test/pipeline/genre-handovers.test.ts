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
});
