/**
 * Programs named in quotes with a `+` or a list and the kind of thing after them, or adopted by a
 * verb of pushing on. The sentences are ours; each rule was checked against the output on every
 * real text and every written set.
 */
import { describe, expect, it } from 'vitest';
import { graphOf, linked, names } from './genre-helpers.ts';

describe('quoted programs', () => {
  it('a quoted “X+Y” or “X+” before the kind of thing it is (模式, 治理模式, 发展战略, 行动); a part of one character needs that kind after it', async () => {
    const kg = await graphOf(
      [
        '南阳市镇平县石佛寺镇。石佛寺镇推广“玉+电商”模式。',
        '石佛寺镇全面推行“网格化+积分制”治理模式。',
        '石佛寺镇将继续落实“生态+”发展战略,今年推“家电+”数字化改造行动。',
        '“1+N”和“党建+”都是常说的话。',
      ].join('\n'),
    );
    expect(names(kg, 'Program')).toEqual(['家电+数字化改造行动', '玉+电商模式', '生态+发展战略', '网格化+积分制']);
    const aliases = kg.entities.filter((e) => e.type === 'Program').flatMap((e) => e.aliases ?? []);
    expect(aliases).toEqual(expect.arrayContaining(['玉+电商', '生态+', '家电+']));
  });

  it('a quoted list of paired ways named by 制度 after it, and a quoted way pushed on (推进“X”驻村工作)', async () => {
    const kg = await graphOf('鹤山市址山镇。址山镇实行“一周一调度、一月一通报”制度,扎实推进“访惠聚”驻村工作。');
    expect(names(kg, 'Program')).toEqual(['一周一调度、一月一通报', '访惠聚']);
    expect(linked(kg, 'IMPLEMENTS')).toEqual(['址山镇→一周一调度、一月一通报', '址山镇→访惠聚']);
  });
});

describe('programs of the provinces, unquoted, and two fields joined', () => {
  it('a provincial reform and a national strategy named unquoted; 百千万工程 is the long name\'s short form', async () => {
    const kg = await graphOf(
      '江山市贺村镇。镇里争取把大综合一体化行政执法改革的试点放到贺村。贺村镇落实百县千镇万村高质量发展工程,百千万工程的任务年内完成。',
    );
    expect(names(kg, 'Program')).toEqual(['大综合一体化行政执法改革', '百县千镇万村高质量发展工程']);
  });

  it('“X+Y”的共富模式 of two fields of two characters names X+Y; a longer described way names none', async () => {
    const kg = await graphOf('江山市贺村镇。贺村镇探索“门业+农旅”的共富模式,推广“政府主导+企业自主改造”的模式。');
    expect(names(kg, 'Program')).toEqual(['门业+农旅']);
  });

  it('national and provincial programs the genre names unquoted: 脱贫攻坚, 精准扶贫, 积分制管理, 新型工业化, 六水共治, 农民相对集中居住', async () => {
    const kg = await graphOf(
      '文昌市龙楼镇。龙楼镇巩固脱贫攻坚成果,把精准扶贫的经验用到乡村振兴上,在各村推行积分制管理,走好新型工业化的路子,深入推进六水共治。奉贤区青村镇加快农民相对集中居住。',
    );
    expect(names(kg, 'Program')).toEqual(['六水共治', '农民相对集中居住', '乡村振兴', '新型工业化', '积分制管理', '精准扶贫', '脱贫攻坚'].sort());
    expect(linked(kg, 'IMPLEMENTS')).toEqual(expect.arrayContaining(['龙楼镇→六水共治', '龙楼镇→积分制管理']));
  });

  it('a short quoted name and the service, team or campaign right after it: “X”服务, “X”调解员, “X”支部创建; not before more words', async () => {
    const kg = await graphOf('郑州市中牟县官渡镇。官渡镇开展“五星”支部创建,组建“和事佬”调解队,推出“码上办”服务。“暖心”服务中心也开门了。');
    expect(names(kg, 'Program')).toEqual(['五星支部创建', '和事佬调解队', '码上办服务'].sort());
    expect(linked(kg, 'IMPLEMENTS')).toEqual(['官渡镇→五星支部创建', '官渡镇→和事佬调解队', '官渡镇→码上办服务'].sort());
  });
});
