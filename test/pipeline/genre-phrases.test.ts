/**
 * Phrases of the genre that look like names and name nothing: a search for projects, a service
 * going somewhere, the old site a build replaces, a count of lines, a pilot's place, a verb into a
 * plant, a headline's 谈. Each was a false entity on a blind set.
 */
import { describe, expect, it } from 'vitest';
import { graphOf, linked, names } from './genre-helpers.ts';

describe('phrases that name nothing', () => {
  it('帮村集体找项目, 某某延伸到园区, 原来的某某工业区改成…, 建设4条…生产线 name no build', async () => {
    const kg = await graphOf(
      [
        '深圳市宝安区福海街道。36家企业和村社结成对子,帮村集体找项目、拓收入。',
        '“宝易办”延伸到园区,企业办事不出园。',
        '街道和深圳福汇酒店管理有限公司签约,把原来的福海工业区B区改成会展配套服务中心。',
        '深圳福瓷新材料有限公司将在园区内建设4条智能化岩板生产线。',
      ].join('\n'),
    );
    expect(names(kg, 'Project')).toEqual(['会展配套服务中心']);
  });

  it('以某村为试点 names no program; 请服务商进厂 no company; 负责人谈产业升级 no person', async () => {
    const kg = await graphOf(
      ['——三位镇街主要负责人谈产业升级', '徐州市邳州市官湖镇。官湖镇推进环境整治,以陈楼村为试点。镇里出补贴,请服务商进厂改造。'].join('\n'),
    );
    expect(names(kg, 'Program')).toEqual([]);
    expect(names(kg, 'Enterprise')).toEqual([]);
    expect(names(kg, 'Person')).toEqual([]);
    expect(names(kg, 'Official')).toEqual([]);
  });

  it('采访了镇党委书记 names no town 采访了镇; the page\'s one town is still the one its programs belong to', async () => {
    const kg = await graphOf('湖州市德清县洛舍镇。近日,记者就乡村建设采访了镇党委书记郁文涛。\n答:全镇还在深化全域土地综合整治,以千万工程为统领。');
    expect(names(kg, 'Street')).toEqual(['洛舍镇']);
    expect(linked(kg, 'IMPLEMENTS')).toEqual(['洛舍镇→全域土地综合整治', '洛舍镇→千万工程']);
  });

  it('乡贤 after a place is the village\'s worthies, no 乡: 姚庄乡贤帮帮团 names no 姚庄乡', async () => {
    const kg = await graphOf('嘉兴市嘉善县姚庄镇。姚庄镇组建姚庄乡贤帮帮团,调解邻里纠纷。');
    expect(names(kg, 'Street')).toEqual(['姚庄镇']);
  });

  it('a role glued before a company (施工方X) is no part of its name; 标准厂房 names no company 标准厂', async () => {
    const kg = await graphOf('温州市平阳县鳌江镇。鳌江港区多用途码头二期开工。施工方中交第九航务工程局有限公司已经进场。镇里验收了鳌江工业园一期标准厂房。');
    expect(names(kg, 'Enterprise')).toEqual(['中交第九航务工程局有限公司']);
    expect(linked(kg, 'INVOLVES')).toEqual(['鳌江港区多用途码头二期→中交第九航务工程局有限公司']);
  });

  it('宅基地 is a kind of land, no base: 某村宅基地 names no project', async () => {
    const kg = await graphOf('上海市宝山区罗泾镇。罗泾镇继续做好塘桥村宅基地归并工作。');
    expect(names(kg, 'Project')).toEqual([]);
  });

  it('国资公司, 县城投集团 alone are kinds of company, no company named', async () => {
    const kg = await graphOf('台州市玉环市沙门镇。园区是镇里和玉环市国有资本运营有限公司一起投的,市国资公司占大头。县城投集团下属的公司负责建设。');
    expect(names(kg, 'Enterprise')).toEqual(['玉环市国有资本运营有限公司']);
  });
});
