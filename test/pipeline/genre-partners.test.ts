/**
 * How the genre ties a build to the company behind it when the company is the town's partner,
 * the one it brought in, or a pronoun away: 由对方…, 它投资…的, 引进X,把…改为…, a town's own
 * company by its registered name, and a build spoken of by its kind (中心, 园区二期) in the next
 * sentence.
 */
import { describe, expect, it } from 'vitest';
import { graphOf, linked, names } from './genre-helpers.ts';

describe('the town\'s partners', () => {
  it('由对方投资建设, 它投资…的, 引进X,把…拆除重建为, 和X合作开发的, X负责开发的, X投资…亿元的', async () => {
    const kg = await graphOf(
      [
        '温州市乐清市柳市镇。',
        '镇里和温州柳航建设集团有限公司签了协议,由对方投资建设柳市临港物流中心。',
        '我们还引进了杭州柳途新材料有限公司,它投资4亿元的年产3000吨环保油墨项目上个月开工。',
        '镇里引进温州柳投城市更新有限公司,把原来的柳市第二工业区拆除重建为柳市智能电气产业园。',
        '我们和温州柳盛产业运营有限公司合作开发的柳市数字经济产业园首期交付。',
        '镇属国企乐清市柳市城市发展有限公司负责开发的柳市电气小微园全面完工。',
        '浙江柳熠汽车部件有限公司投资12亿元的新能源汽车底盘件项目规模最大。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual(
      [
        '年产3000吨环保油墨项目→杭州柳途新材料有限公司',
        '新能源汽车底盘件项目→浙江柳熠汽车部件有限公司',
        '柳市临港物流中心→温州柳航建设集团有限公司',
        '柳市数字经济产业园→温州柳盛产业运营有限公司',
        '柳市智能电气产业园→温州柳投城市更新有限公司',
        '柳市电气小微园→乐清市柳市城市发展有限公司',
      ].sort(),
    );
  });

  it('a town\'s company by its registered name with the county and the town; a 客厅 made of an old building, but not a quoted one', async () => {
    const kg = await graphOf(
      '温州市乐清市北白象镇。老厂区腾退以后,改成了白象电创客厅,由乐清市北白象镇资产经营有限公司代建。镇里要把“城镇客厅”建设得更有温度。',
    );
    expect(names(kg, 'Enterprise')).toEqual(['乐清市北白象镇资产经营有限公司']);
    expect(names(kg, 'Project')).toEqual(['白象电创客厅']);
    expect(linked(kg, 'INVOLVES')).toEqual(['白象电创客厅→乐清市北白象镇资产经营有限公司']);
  });
});

describe('a build spoken of by its kind in the next sentence', () => {
  it('中心 opening the sentence before, and 中心 opening the sentence itself, speak of the build named in the paragraph', async () => {
    const kg = await graphOf(
      '台州市温岭市泽国镇。泽国镇农产品冷链物流中心通过验收。中心位于镇区北侧,建有2万吨气调冷库。项目建设单位为镇属的温岭市泽国农业发展有限公司。中心投用后将由台州泽鲜供应链有限公司承租经营。',
    );
    expect(linked(kg, 'INVOLVES')).toEqual(['农产品冷链物流中心→台州泽鲜供应链有限公司', '农产品冷链物流中心→温岭市泽国农业发展有限公司']);
  });

  it('园区二期由X建设; 这一项目 after a visit to a build of another head', async () => {
    const kg = await graphOf(
      [
        '鞍山市海城市西柳镇。西柳镇直播电商产业园二期正式投用。园区二期由海城市西柳商贸发展有限公司建设。',
        '随后,调研组来到西柳茉莉花田园综合体。这一项目由西柳镇与鞍山西茉文旅发展有限公司合作开发。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual(['西柳茉莉花田园综合体→鞍山西茉文旅发展有限公司', '西柳镇直播电商产业园二期→海城市西柳商贸发展有限公司']);
  });
});

describe('a tour\'s stops under headings', () => {
  it('第三站:某某中心, then 中心…由X代建: the heading\'s build; a 风情街 and a 加工园 are builds', async () => {
    const kg = await graphOf(
      [
        '南宁市武鸣区双桥镇。观摩组一行察看了三个项目。',
        '第二站:双桥壮乡风情街',
        '风情街是镇里和广西桂双文旅集团有限公司合作开发的,全长1.2公里。',
        '第三站:双桥镇农产品冷链物流中心',
        '中心总投资1.9亿元,由南宁双源城建投资有限公司代建,今年9月主体完工。',
        '雅安双茗茶业有限公司投资1.5亿元建设的双桥茶叶精深加工园去年投产。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual(
      ['农产品冷链物流中心→南宁双源城建投资有限公司', '双桥壮乡风情街→广西桂双文旅集团有限公司', '双桥茶叶精深加工园→雅安双茗茶业有限公司'].sort(),
    );
  });
});

describe('the build a paragraph opens with', () => {
  it('by its full name, is what 项目建设单位为X speaks of, not a part of it named on the way', async () => {
    const kg = await graphOf(
      '上海市金山区廊下镇。\n廊下农业科技创新中心位于镇区北侧,总投资3.6亿元,包括研发楼、中试车间和种业展示厅。项目建设单位为镇属的上海廊下农业发展有限公司,施工单位是上海廊沪建设工程有限公司。',
    );
    expect(linked(kg, 'INVOLVES')).toEqual(['廊下农业科技创新中心→上海廊下农业发展有限公司', '廊下农业科技创新中心→上海廊沪建设工程有限公司']);
  });
});
