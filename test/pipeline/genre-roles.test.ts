/**
 * The genre's words for who builds, equips, runs or rents a build, said in the sentence after the
 * one that names it (by its short form) or in a clause after the investor's.
 */
import { describe, expect, it } from 'vitest';
import { graphOf, linked, names } from './genre-helpers.ts';

const PLACE = '衢州市江山市坛石镇。';

describe('roles said after the build is named', () => {
  it('施工交给了X, 设备安装由X承担, 由X总承包', async () => {
    const kg = await graphOf(
      PLACE +
        [
          '坛石渔光互补光伏电站由浙江坛光新能源有限公司投资建设,施工交给了浙江坛建电力工程有限公司。',
          '坛石镇年产3万吨竹纤维项目总投资2亿元,设备安装由衢州坛安机电安装有限公司承担。',
          '坛石镇卫生院迁建工程今年开工,由浙江衢坛建设集团有限公司总承包。',
        ].join(''),
    );
    expect(linked(kg, 'INVOLVES')).toEqual(
      [
        '坛石渔光互补光伏电站→浙江坛光新能源有限公司',
        '坛石渔光互补光伏电站→浙江坛建电力工程有限公司',
        '年产3万吨竹纤维项目→衢州坛安机电安装有限公司',
        '坛石镇卫生院迁建工程→浙江衢坛建设集团有限公司',
      ].sort(),
    );
  });

  it('a station named by the last two characters of its head opens the next sentence: its operator is the station\'s', async () => {
    const kg = await graphOf(PLACE + '观摩组察看了坛石村村集体光伏电站。电站装机1.5兆瓦,由衢州坛阳新能源科技有限公司负责运维。');
    expect(linked(kg, 'INVOLVES')).toEqual(['坛石村村集体光伏电站→衢州坛阳新能源科技有限公司']);
  });

  it('a place rented to a company and made into a build: the tenant\'s', async () => {
    const kg = await graphOf(PLACE + '坛石村把闲置的村小学租给衢州坛果农业开发有限公司,改成了坛石村柑橘分拣中心,村集体每年收租金8万元。');
    expect(linked(kg, 'INVOLVES')).toEqual(['坛石村柑橘分拣中心→衢州坛果农业开发有限公司']);
  });
});

describe('names after a verb of making', () => {
  it('改造成X: 成 is no part of the name jieba glues it to', async () => {
    const kg = await graphOf('衢州市江山市贺村镇。镇里把原来的老粮站改造成贺村物流中转中心,由衢州市通衢物流有限公司承租经营。');
    expect(names(kg, 'Project')).toEqual(['贺村物流中转中心']);
    expect(linked(kg, 'INVOLVES')).toEqual(['贺村物流中转中心→衢州市通衢物流有限公司']);
  });

  it('建了X: 了 is no part of the name either; a 小微企业园 and a 文创园 are builds', async () => {
    const kg = await graphOf('台州市椒江区下陈街道。我们建了下陈智能卫浴小微企业园,一期已经满园。原来的针织厂改成了下陈滨江文创园。');
    expect(names(kg, 'Project')).toEqual(['下陈智能卫浴小微企业园', '下陈滨江文创园']);
  });
});

describe('what a company plans to build, clauses of its own between', () => {
  it('X计划投资…,在某功能区新征地…,建设Y; 另一个项目由X投资,总投资…,将在某镇建设Y', async () => {
    const kg = await graphOf(
      '金华市永康市古山镇。此次签约4个项目。其中,浙江古锐电动工具有限公司计划投资8亿元,在古山工业功能区新征地126亩,建设年产200万台锂电工具项目。' +
        '另一个项目由杭州古纳智能科技有限公司投资,总投资5.3亿元,将在古山建设智能门锁研发生产基地。',
    );
    expect(linked(kg, 'INVOLVES')).toEqual(['年产200万台锂电工具项目→浙江古锐电动工具有限公司', '智能门锁研发生产基地→杭州古纳智能科技有限公司']);
  });

  it('but not a build another subject names after the company\'s clause', async () => {
    const kg = await graphOf('金华市永康市古山镇。浙江古锐电动工具有限公司计划投资8亿元,在古山工业功能区,镇里建设古山五金小微企业园。');
    expect(linked(kg, 'INVOLVES')).toEqual([]);
  });
});

describe('more of the genre\'s roles', () => {
  it('中标施工的是X, 承租方是X, and a record\'s 承租单位', async () => {
    const kg = await graphOf(
      [
        '广州市番禺区石碁镇。石碁冷链物流园由广州碁发实业有限公司建设,中标施工的是广东碁建工程集团有限公司。',
        '原来的针织厂改成了石碁滨江文创园,承租方是广州碁光文创发展有限公司。',
        '项目名称:石碁家具产业园一期',
        '建设单位:广州碁村集体经济发展有限公司',
        '承租单位:广州碁桑家具制造有限公司',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual(
      [
        '石碁冷链物流园→广州碁发实业有限公司',
        '石碁冷链物流园→广东碁建工程集团有限公司',
        '石碁滨江文创园→广州碁光文创发展有限公司',
        '石碁家具产业园一期→广州碁村集体经济发展有限公司',
        '石碁家具产业园一期→广州碁桑家具制造有限公司',
      ].sort(),
    );
  });

  it('a phase named alone is spoken of by its project\'s short form in the next sentence', async () => {
    const kg = await graphOf('上海市金山区漕泾镇。桃岭村民宿集群二期近日完工。民宿集群由上海漕岭投资发展有限公司投资建设,交给上海栖岭酒店管理有限公司运营。');
    expect(linked(kg, 'INVOLVES')).toEqual(['桃岭村民宿集群二期→上海栖岭酒店管理有限公司', '桃岭村民宿集群二期→上海漕岭投资发展有限公司']);
  });
});

describe('roles in an interview\'s words', () => {
  it('施工是X, 租给了X after the build is named, 物业和招商服务委托给X', async () => {
    const kg = await graphOf(
      [
        '金华市兰溪市诸葛镇。去年我们启动了诸葛古镇有机更新项目。项目的建设单位是镇属的兰溪诸源古镇开发有限公司,施工是浙江诸工古建筑有限公司。',
        '另一个是诸葛镇农产品冷链集配中心,镇里建好以后租给了金华市诸禾供应链管理有限公司。',
        '诸葛镇还建了诸葛高端装备产业园。镇长介绍,产业园的物业和招商服务委托给兰溪市诸新城镇建设发展有限公司负责。',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual(
      [
        '诸葛古镇有机更新项目→兰溪诸源古镇开发有限公司',
        '诸葛古镇有机更新项目→浙江诸工古建筑有限公司',
        '农产品冷链集配中心→金华市诸禾供应链管理有限公司',
        '诸葛高端装备产业园→兰溪市诸新城镇建设发展有限公司',
      ].sort(),
    );
  });
});
