/**
 * Where a company's registered name starts, and kinds of company the ninth written set showed
 * missed (village banks, a bank's branch) or taken for a town (某某村镇银行). The sentences are
 * ours; each rule was checked against the output on every real text and every written set.
 */
import { describe, expect, it } from 'vitest';
import { graphOf, linked, names } from './genre-helpers.ts';

describe('a registered name’s start', () => {
  it('a trade name jieba cuts apart after its place (a county, a city, a province, the article’s town) stays in the name', async () => {
    const kg = await graphOf(
      [
        '湖州市德清县新市镇召开项目推进会。',
        '德清新市古镇旅游开发有限公司、浙江新市正大纺织有限公司参加。',
        '山东颐和健康产业有限公司和日照港达物流有限公司也派人参加。',
      ].join('\n'),
    );
    expect(names(kg, 'Enterprise')).toEqual(['山东颐和健康产业有限公司', '德清新市古镇旅游开发有限公司', '日照港达物流有限公司', '浙江新市正大纺织有限公司']);
  });

  it('a name does not run over the company before it (甲集团有限公司联合乙有限公司)', async () => {
    const kg = await graphOf('宁波市北仑区小港街道。项目由宁波恒远集团有限公司联合宁波港湾物业服务有限公司运营。');
    expect(names(kg, 'Enterprise')).toEqual(['宁波恒远集团有限公司', '宁波港湾物业服务有限公司']);
  });

  it('village banks and a bank’s branch are companies; 村镇银行 names no town', async () => {
    const kg = await graphOf('湖州市德清县新市镇召开签约会。德清丰源村镇银行提供授信,金东惠民村镇银行、婺州银行孝顺支行参加。各农商银行要支持企业。');
    expect(names(kg, 'Enterprise')).toEqual(['婺州银行孝顺支行', '德清丰源村镇银行', '金东惠民村镇银行']);
    expect(names(kg, 'Street')).toEqual(['新市镇']);
  });

  it('a company that is doing something to a line names no project (某某公司正在扩建生产线)', async () => {
    const kg = await graphOf('安阳县水冶镇。殷都农机制造有限公司正在扩建生产线。');
    expect(names(kg, 'Project')).toEqual([]);
    expect(names(kg, 'Enterprise')).toEqual(['殷都农机制造有限公司']);
  });
});

describe('companies that are not named', () => {
  it('a company pointed at (该公司总经理) and a credit line’s publisher (来源:某某传媒集团) are no enterprises of the article', async () => {
    const kg = await graphOf(['来源:长兴传媒集团    作者:钱晓峰', '湖州市长兴县泗安镇。浙江长兴锂能科技有限公司签约落户。该公司总经理范志鹏表示,看中了这里的配套。'].join('\n'));
    expect(names(kg, 'Enterprise')).toEqual(['浙江长兴锂能科技有限公司']);
  });
});

describe('people who are no officials', () => {
  it('a company department’s head is a person; a year after a verb that is a surname is no name (谈明年)', async () => {
    const kg = await graphOf('上海市金山区朱泾镇。\n——三位街道主任谈明年攻坚\n顺腾模具技术部部长陈立介绍了新产线的工艺。');
    expect(names(kg, 'Official')).toEqual([]);
    expect(names(kg, 'Person')).toEqual(['陈立']);
  });
});

describe('officials', () => {
  it('a Tibetan name has no surname (扎西次仁); a new mayor (新任镇长) heads the town', async () => {
    const kg = await graphOf('林芝市巴宜区八一镇。巴宜区委副书记、区长扎西次仁致辞,八一镇党委书记洛桑多吉陪同。新任镇长陈菁菁表示,将把“共富工坊”开进村里。');
    expect(names(kg, 'Official')).toEqual(['扎西次仁', '洛桑多吉', '陈菁菁']);
    expect(linked(kg, 'HEADS')).toEqual(['洛桑多吉→八一镇', '陈菁菁→八一镇']);
  });
});

describe('what opens a company’s name, and what is no company or project', () => {
  it('原 before a place, 母公司 name no part of a company; a bank’s branch is one name; 茶厂 is a kind of plant; an aid project is a kind', async () => {
    const kg = await graphOf(
      [
        '苏州市昆山市千灯镇。',
        '原昆山协和纸业有限公司的厂房由母公司江苏联鼎厨业科技有限公司改造,上海农商银行奉贤支行提供贷款。',
        '镇里在老茶厂上建了展厅。广东援藏项目今年完工。',
      ].join('\n'),
    );
    expect(names(kg, 'Enterprise')).toEqual(['上海农商银行奉贤支行', '昆山协和纸业有限公司', '江苏联鼎厨业科技有限公司']);
    expect(names(kg, 'Project')).toEqual([]);
  });
});

describe('plants of a trade', () => {
  it('a trade and 厂 (印染厂) is a kind of plant, no company', async () => {
    const kg = await graphOf('宁波市鄞州区钟公庙街道。铜盆浦路边上原来有一片印染厂,停了好几年。');
    expect(names(kg, 'Enterprise')).toEqual([]);
  });
});
