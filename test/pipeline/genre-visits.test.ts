/**
 * Reports of a tour (a leader's visit, deputies inspecting, a project review): the stops say
 * whose a build is. Visitors at a company look at its build; a company's manager at a build's
 * site speaks for it. A later stop is another host's.
 */
import { describe, expect, it } from 'vitest';
import { graphOf, linked } from './genre-helpers.ts';

describe('a tour\'s stops', () => {
  it('ties the build looked at in a company to the company', async () => {
    const kg = await graphOf(
      '11月3日,区人大代表到青禾镇视察重点项目。在浙江青禾智能家居有限公司,代表们察看了年产30万套智能衣柜项目的生产线。',
    );
    expect(linked(kg, 'INVOLVES')).toEqual(['年产30万套智能衣柜项目→浙江青禾智能家居有限公司']);
  });

  it('also after 来到, with the company\'s short name declared in brackets', async () => {
    const kg = await graphOf(
      '青禾镇人大代表视察重点项目。代表们首先来到湖州青禾新材料有限公司(以下简称“青禾新材”),察看年产2万吨改性塑料项目。',
    );
    expect(linked(kg, 'INVOLVES')).toEqual(['年产2万吨改性塑料项目→湖州青禾新材料有限公司']);
  });

  it('ties a company whose manager speaks at a build\'s site to the build', async () => {
    const kg = await graphOf('县长一行到青禾乡调研。在青禾乡农光互补光伏电站项目现场,湖州晴川新能源有限公司负责人介绍,项目计划年底并网。');
    expect(linked(kg, 'INVOLVES')).toEqual(['青禾乡农光互补光伏电站→湖州晴川新能源有限公司']);
  });

  it('but not the build of a later stop, nor one a manager speaks of away from its site', async () => {
    const later = await graphOf(
      '区人大代表到青禾镇视察。在浙江青禾智能家居有限公司,代表们听取了企业汇报,随后来到青禾镇污水处理厂提标改造工程,察看施工进度。',
    );
    expect(linked(later, 'INVOLVES')).toEqual([]);
    const away = await graphOf('青禾乡农光互补光伏电站项目已开工。在座谈会上,湖州晴川新能源有限公司负责人介绍了企业经营情况。');
    expect(linked(away, 'INVOLVES')).toEqual([]);
  });
});
