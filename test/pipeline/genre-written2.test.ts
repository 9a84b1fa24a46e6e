/**
 * Patterns of the genre that the second written set (test/fixtures/written2, annotated blind on
 * 2026-12-05) showed the extractor missing. The sentences are new ones of ours, not the pages':
 * a rule must hold on the pattern. Each rule was also checked against the output on every real text.
 */
import { describe, expect, it } from 'vitest';
import { graphOf, linked, names } from './genre-helpers.ts';

describe('programs', () => {
  it('a way of working adopted before its field (推行“某某”治理), taken as a lever (以“某某”为抓手) or joined to a program’s quote', async () => {
    const kg = await graphOf(
      [
        '南湖街道在12个社区推行“楼栋管家”治理,并推广“一码通办”政务服务。',
        '南湖街道以“产城共融”为抓手,推进“千企升级工程”和“老厂房腾挪改造”。',
        '南湖街道实施“滨水客厅”建设,以“项目为王、服务至上”为引领。',
      ].join('\n'),
    );
    expect(names(kg, 'Program')).toEqual(['一码通办', '产城共融', '千企升级工程', '楼栋管家', '老厂房腾挪改造']);
    expect(linked(kg, 'IMPLEMENTS')).toHaveLength(5);
  });

  it('rings of services within minutes of home, and provinces paired to help one another', async () => {
    const kg = await graphOf('西河镇今年打造10分钟健身圈,持续推进“15分钟就医圈”建设,深化沪滇协作和东西部协作。');
    expect(names(kg, 'Program')).toEqual(['10分钟健身圈', '15分钟就医圈', '东西部协作', '沪滇协作']);
  });

  it('straight quotes typed for Chinese ones are read as Chinese ones', async () => {
    const kg = await graphOf('西河镇围绕"强镇富民行动"部署,推行"楼栋管家"治理。');
    expect(names(kg, 'Program')).toEqual(['强镇富民行动', '楼栋管家']);
  });
});
