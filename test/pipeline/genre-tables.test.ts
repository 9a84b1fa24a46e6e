/**
 * Project tables as town and district sites publish them: a header, then a row a project, each
 * cell on its own line or between tabs. What a row says about its project (who builds, runs or
 * rents it) is said in whichever cell the table's authors chose, not only in a builder column.
 */
import { describe, expect, it } from 'vitest';
import { findCellTables } from '../../src/page/cell-tables.ts';
import { graphOf, linked, names } from './genre-helpers.ts';

describe('a table whose header names a column by its year', () => {
  const page = [
    '柳岸镇2028年重点建设项目计划表',
    '发布时间:2027-12-20 信息来源:柳岸镇人民政府',
    '序号', '项目名称', '建设内容', '总投资(万元)', '2028年计划投资(万元)', '责任单位',
    '1', '柳岸镇数字农业产业园(一期)', '新建智能温室6万平方米,衢州禾润农业开发有限公司负责投资建设', '36000', '12000', '镇农业办',
    '2', '浙江青溪食品有限公司年产5万吨速冻面点生产线', '新建车间2栋及冷库', '18000', '9000', '镇经发办',
    '3', '柳岸镇老街立面改造', '立面整治、管线下地,由衢州通衢市政工程有限公司施工', '4200', '2600', '镇建设办',
    '4', '柳岸镇中心幼儿园', '新建教学楼1栋', '3800', '1900', '镇社会事务办',
  ].join('\n');

  it('is read as a table: the year in a header cell does not end the header', () => {
    expect(findCellTables(page).spans).toHaveLength(1);
    expect(findCellTables(page.replace('2028年计划投资', '2028计划投资')).spans).toHaveLength(0);
  });

  it('ties a company named in a row\'s description doing the works, and a name cell\'s own company, to the row', async () => {
    const kg = await graphOf(page);
    expect(names(kg, 'Project')).toEqual(
      ['柳岸镇中心幼儿园', '柳岸镇数字农业产业园(一期)', '柳岸镇老街立面改造', '浙江青溪食品有限公司年产5万吨速冻面点生产线'].sort(),
    );
    expect(linked(kg, 'INVOLVES')).toEqual(
      [
        '柳岸镇数字农业产业园(一期)→衢州禾润农业开发有限公司',
        '柳岸镇老街立面改造→衢州通衢市政工程有限公司',
        '浙江青溪食品有限公司年产5万吨速冻面点生产线→浙江青溪食品有限公司',
      ].sort(),
    );
  });
});

describe('a table a row a line, between tabs', () => {
  const row = (cells: string[]) => cells.join('\t');
  const table = (description: string) =>
    [
      '石岭街道2028年重点项目表',
      row(['序号', '项目名称', '建设单位', '建设内容', '总投资(万元)']),
      row(['1', '石岭职业技能实训中心', '石岭街道职业学校', description, '9600']),
      row(['2', '石岭河滨水绿道', '南平石岭城市建设有限公司', '绿道6公里', '5200']),
    ].join('\n');

  it('takes a company the description says builds, runs or rents the project as the project\'s', async () => {
    for (const [description, company] of [
      ['实训楼1.5万平方米,与福建岭匠智能装备有限公司共建', '福建岭匠智能装备有限公司'],
      ['实训楼1.5万平方米,建成后由福建岭匠智能装备有限公司运营', '福建岭匠智能装备有限公司'],
      ['实训楼1.5万平方米,由云南滇西包装印刷有限公司整体租用', '云南滇西包装印刷有限公司'],
    ]) {
      const kg = await graphOf(table(description!));
      expect(linked(kg, 'INVOLVES')).toContain(`石岭职业技能实训中心→${company}`);
    }
  });

  it('but not a company the description names for anything else', async () => {
    const kg = await graphOf(table('实训楼1.5万平方米,为福建岭匠智能装备有限公司培养技工'));
    expect(linked(kg, 'INVOLVES')).toEqual(['石岭河滨水绿道→南平石岭城市建设有限公司']);
  });
});

describe('a company named with and without its legal form', () => {
  it('is one company', async () => {
    const kg = await graphOf(
      '东湖镇召开项目推进会。会上,镇党委书记林晓峰说,临海东湖工艺厂老厂房改造项目已完成设计,由临海东湖工艺厂有限公司实施。临海东湖工艺厂始建于1978年。',
    );
    expect(names(kg, 'Enterprise')).toEqual(['临海东湖工艺厂有限公司']);
  });
});

describe('a notice\'s records, one a line', () => {
  it('`N. 某某工程:建设单位为X;施工单位为Y;…` names the project and ties the companies of its fields to it', async () => {
    const kg = await graphOf(
      [
        '伊犁州霍城县惠远镇2027年重点建设项目实施信息公开',
        '1. 惠远镇农村供水提升工程:建设单位为惠远镇人民政府;施工单位为伊犁惠渠水利工程有限公司;总投资3200万元。',
        '2. 惠远镇果蔬冷链仓储中心:建设单位为新疆惠穗农业科技有限公司;代建单位为霍城县惠城建设发展有限公司;建设内容为冷库1万吨。',
      ].join('\n'),
    );
    expect(names(kg, 'Project')).toEqual(['惠远镇农村供水提升工程', '惠远镇果蔬冷链仓储中心']);
    expect(linked(kg, 'INVOLVES')).toEqual(
      ['惠远镇农村供水提升工程→伊犁惠渠水利工程有限公司', '惠远镇果蔬冷链仓储中心→新疆惠穗农业科技有限公司', '惠远镇果蔬冷链仓储中心→霍城县惠城建设发展有限公司'].sort(),
    );
  });
});

describe('a notice\'s records opened by a numbered heading', () => {
  it('`三、某某工程` alone on a line, then its fields a line each, is a record', async () => {
    const kg = await graphOf(
      [
        '天津市静海区大邱庄镇2027年重点项目信息公开',
        '一、大邱庄镇污水处理厂提标改造工程',
        '　　建设单位:大邱庄镇人民政府',
        '　　代建单位:天津邱程建设管理有限公司',
        '　　运营单位:天津邱泓水务运营有限公司',
        '　　总投资:8600万元',
        '二、大邱庄镇百禾邻里中心',
        '　　建设单位:大邱庄镇人民政府',
        '　　承租运营单位:天津邱家商业管理有限公司',
        '三、全年安全生产工作总结',
      ].join('\n'),
    );
    expect(names(kg, 'Project')).toEqual(['大邱庄镇污水处理厂提标改造工程', '大邱庄镇百禾邻里中心']);
    expect(linked(kg, 'INVOLVES')).toEqual(
      ['大邱庄镇污水处理厂提标改造工程→天津邱泓水务运营有限公司', '大邱庄镇污水处理厂提标改造工程→天津邱程建设管理有限公司', '大邱庄镇百禾邻里中心→天津邱家商业管理有限公司'].sort(),
    );
  });
});

describe('a table drawn with bars', () => {
  it('rows that open with their number are rows of their own; every column of who builds or runs a row names its companies', async () => {
    const kg = await graphOf(
      [
        '长春市九台区其塔木镇2027年项目计划公示',
        '政务公开 ▸ 乡镇街道 ▸ 其塔木镇 ▸ 公示公告',
        '现将我镇2027年拟实施的项目公示如下。',
        '序号｜项目名称｜建设地点｜建设内容及规模｜资金（万元）｜实施主体｜施工（运营）单位',
        '1｜其塔木镇肉牛标准化养殖小区｜东湖村｜新建标准化牛舍4栋、青贮窖2座，配套粪污处理设施｜380｜其塔木镇人民政府｜施工：长春市九台区华塔建筑工程有限公司',
        '2｜鲜食玉米速冻加工车间改造项目｜镇工业小区｜改造厂房2400平方米，购置速冻设备一套｜260｜其塔木镇人民政府｜运营：吉林省塔粮农业发展有限公司（整体承租）',
      ].join('\n'),
    );
    expect(linked(kg, 'INVOLVES')).toEqual(['其塔木镇肉牛标准化养殖小区→长春市九台区华塔建筑工程有限公司', '鲜食玉米速冻加工车间改造项目→吉林省塔粮农业发展有限公司']);
  });
});

describe('a notice whose records are bulleted', () => {
  it('▲ 项目名称: opens a record; 施工单位, 运营单位 (with a note), 合作企业 and 项目法人 name its companies; a village\'s collective is no company', async () => {
    const kg = await graphOf(
      [
        '张掖市甘州区党寨镇2027年重大建设项目实施信息公开',
        '▲ 项目名称：党寨镇小满节水灌溉工程',
        '　　建设规模：新建管道灌溉8000亩',
        '　　实施单位：党寨镇人民政府',
        '　　施工单位：甘肃小满水利工程有限公司',
        '▲ 项目名称：党寨镇果蔬冷链分拣中心',
        '　　运营单位：张掖满仓农产品有限公司（承租经营，租期10年）',
        '▲ 项目名称：马站村肉羊养殖示范园',
        '　　实施单位：马站村股份经济合作社',
        '　　合作企业：甘肃满牧农业科技有限公司（出资入股并负责养殖管理）',
        '▲ 项目名称：党寨镇农贸市场改造工程',
        '　　项目法人：张掖市甘州区党寨城乡发展有限公司',
      ].join('\n'),
    );
    expect(names(kg, 'Enterprise')).not.toContain('马站村股份经济合作社');
    expect(linked(kg, 'INVOLVES')).toEqual(
      [
        '党寨镇小满节水灌溉工程→甘肃小满水利工程有限公司',
        '党寨镇果蔬冷链分拣中心→张掖满仓农产品有限公司',
        '马站村肉羊养殖示范园→甘肃满牧农业科技有限公司',
        '党寨镇农贸市场改造工程→张掖市甘州区党寨城乡发展有限公司',
      ].sort(),
    );
  });
});
