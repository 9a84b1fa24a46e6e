/**
 * Page furniture never changes what an article yields. The line tests use lines we wrote; the
 * invariance tests wrap every real article (read from ../shared/corpus) in page templates of our
 * own, swap its punctuation widths, type its quotes straight, end its lines with CRLF and re-wrap its long lines, and ask
 * for the same graph as the article as stored.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFurniture } from '../../src/page/index.ts';
import { buildGraph } from '../../src/pipeline.ts';
import { halfWidthText } from '../../src/read/normalize.ts';
import type { KnowledgeGraph } from '../../src/types.ts';
import { WRITTEN_SETS, writtenGroup } from '../eval/evaluate.ts';
import { needsRealCorpus, realGroups } from '../setup/corpus.ts';

/** Furniture left out of the text (a dateline kept for its byline is listed apart, as `kept`). */
const kinds = (text: string) => findFurniture(text).map((f) => `${f.kept ? 'kept ' : ''}${f.kind}:${f.text}`);

describe('page furniture, line by line', () => {
  it('finds navigation, breadcrumbs, meta lines, prompts, related headlines and footers', () => {
    const page = [
      '进入旧版 | 设为首页 | 加入收藏',
      '您的位置:首页 > 镇街动态 > 正文',
      '首页 > 乡镇街道 > 工作动态',
      '城西镇召开秋季消防工作会议',
      '时间:2021-09-14 08:30:00   来源:城西网   浏览次数:128',
      '9月13日,城西镇召开秋季消防工作会议,镇党委书记吴明远出席并讲话。',
      '【打印本页】 【关闭窗口】',
      '上一篇:关于做好秋季防火工作的通知',
      '相关新闻',
      '东湖产业园二期项目开工',
      '城南街道举行项目集中签约',
      '版权所有:城西网 浙ICP备12345678号-1',
      '技术支持:某某科技',
    ].join('\n');
    expect(kinds(page)).toEqual([
      'nav:进入旧版 | 设为首页 | 加入收藏',
      'breadcrumb:您的位置:首页 > 镇街动态 > 正文',
      'breadcrumb:首页 > 乡镇街道 > 工作动态',
      'meta:时间:2021-09-14 08:30:00   来源:城西网   浏览次数:128',
      'prompt:【打印本页】 【关闭窗口】',
      'prompt:上一篇:关于做好秋季防火工作的通知',
      'related:相关新闻',
      'related:东湖产业园二期项目开工',
      'related:城南街道举行项目集中签约',
      'footer:版权所有:城西网 浙ICP备12345678号-1',
      'footer:技术支持:某某科技',
    ]);
  });

  it('an e-paper’s headlines between rules and under 本版标题, bracketed previous/next links, headlines on a bar-separated line before the title', () => {
    const page = [
      '本版标题:',
      '  东湖街道5个项目集中开工',
      '-----',
      '● 西山镇再生金属产业园营收破百亿',
      '● 北湖乡烟叶收购进度过半',
      '-----',
      '今日热点:',
      '东湖街道冷链物流园开工 | 西山镇滨河绿道投用',
      '东湖街道召开项目调度会',
      '2026-11-12 16:40  来源:本站',
      '11月11日,东湖街道召开项目调度会。',
      '推荐 | 西山镇滨河风光带提质工程开工',
      '【上一篇】西山镇再生金属产业园营收破百亿',
    ].join('\n');
    expect(kinds(page)).toEqual([
      'related:本版标题:',
      'related:东湖街道5个项目集中开工',
      'nav:-----',
      'related:● 西山镇再生金属产业园营收破百亿',
      'related:● 北湖乡烟叶收购进度过半',
      'nav:-----',
      'related:今日热点:',
      'related:东湖街道冷链物流园开工 | 西山镇滨河绿道投用',
      'meta:2026-11-12 16:40  来源:本站',
      'related:推荐 | 西山镇滨河风光带提质工程开工',
      'prompt:【上一篇】西山镇再生金属产业园营收破百亿',
    ]);
  });

  it('markers dressed with marks or set side by side (▌热门文章, ┃要闻推荐┃, ▲ 更多快讯, 热点 推荐); a bulleted list ends at the first line without a bullet; a footer opened by its owner', () => {
    const page = [
      '热点 推荐',
      '· 西山镇物联网小镇二期主体工程封顶',
      '当前位置:首页 > 街道动态 > 东湖',
      '┃要闻推荐┃',
      '◇ 北湖乡红色研学基地获评省级示范',
      '东湖街道12个项目集中开工',
      '总投资38.6亿元',
      '11月29日,东湖街道12个项目集中开工。',
      '▌热门文章',
      '1 西山镇举办脐橙采摘节',
      '▲ 更多快讯',
      '· 北湖乡智能仓储物流园签约落地',
      '某某区融媒体中心 版权所有 地址:某某市某某区西山镇XX路',
    ].join('\n');
    expect(kinds(page)).toEqual([
      'related:热点 推荐',
      'related:· 西山镇物联网小镇二期主体工程封顶',
      'breadcrumb:当前位置:首页 > 街道动态 > 东湖',
      'related:┃要闻推荐┃',
      'related:◇ 北湖乡红色研学基地获评省级示范',
      'related:▌热门文章',
      'related:1 西山镇举办脐橙采摘节',
      'related:▲ 更多快讯',
      'related:· 北湖乡智能仓储物流园签约落地',
      'footer:某某区融媒体中心 版权所有 地址:某某市某某区西山镇XX路',
    ]);
  });

  it('bulleted headlines above the article’s first paragraph or below its last are a sidebar, whatever marks them; bulleted lines inside the article stay', () => {
    const page = [
      '看点',
      '· 西山镇物联网小镇二期主体工程封顶',
      '· 北湖乡红色研学基地获评省级示范',
      '东湖街道召开项目推进会',
      '11月29日,东湖街道召开项目推进会,部署四季度重点工作。',
      '· 东湖科创园二期',
      '· 东湖街道文体中心',
      '会议要求,两个项目年底前完成主体工程。',
      '◆ 西山镇冷链物流园签约落地',
      '◆ 北湖乡古镇保护利用项目启动',
    ].join('\n');
    expect(kinds(page)).toEqual([
      'related:· 西山镇物联网小镇二期主体工程封顶',
      'related:· 北湖乡红色研学基地获评省级示范',
      'related:◆ 西山镇冷链物流园签约落地',
      'related:◆ 北湖乡古镇保护利用项目启动',
    ]);
  });

  it('related headlines that close a page stored on one line', () => {
    const line = `${'东湖街道召开项目调度会,街道党工委书记王某某主持会议并讲话,会议通报了前三季度重点项目进展情况。'.repeat(3)}谢谢大家! 【关闭窗口】 相关链接:西山镇:湿地公园开园 北湖乡“稻虾共作”基地扩面 主办:某某市人民政府办公室`;
    expect(kinds(line)).toEqual(['related:相关链接:西山镇:湿地公园开园 北湖乡“稻虾共作”基地扩面 主办:某某市人民政府办公室']);
  });

  it('previous and next links that close a page stored on one line', () => {
    const line = `${'东湖街道召开项目调度会,会议通报了前三季度重点项目进展情况。'.repeat(4)} 【打印】【关闭】 上一篇:全市召开冬季安全工作会 下一篇:西山街道开展防火宣传 主办单位:某某市人民政府办公室`;
    expect(kinds(line)).toEqual(['related:上一篇:全市召开冬季安全工作会 下一篇:西山街道开展防火宣传 主办单位:某某市人民政府办公室']);
  });

  it('a short label, then headlines side by side (热门: 甲 | 乙, 【热点】甲 | 乙, 最新动态 · 甲 · 乙)', () => {
    const page = [
      '热门:  全区十件民生实事晒成绩 | 北湖新城再添两所学校 | 西山街道产业园封顶',
      '【热点】全市航空经济大会召开 | 东山街道:老旧小区焕新颜',
      '城西镇召开项目推进会',
      '会上,城西镇作交流发言。',
      '最新动态 · 南山镇召开经济分析会 · 北湖镇举行招商推介会',
      '主持人:下面请东湖镇发言 | 西山镇 | 南山镇',
    ].join('\n');
    expect(kinds(page)).toEqual([
      'related:热门:  全区十件民生实事晒成绩 | 北湖新城再添两所学校 | 西山街道产业园封顶',
      'related:【热点】全市航空经济大会召开 | 东山街道:老旧小区焕新颜',
      'related:最新动态 · 南山镇召开经济分析会 · 北湖镇举行招商推介会',
    ]);
  });

  it('an attachments block, the editors of an edition and its navigation', () => {
    const page = ['城西镇召开秋季消防工作会议', '正文第一句。', '本版责任编辑:何某某  美编:陈某', '返回目录  上一篇  下一篇', '附件:', '1.2024年重点项目清单.xls'].join('\n');
    expect(kinds(page)).toEqual(['prompt:本版责任编辑:何某某  美编:陈某', 'nav:返回目录  上一篇  下一篇', 'related:附件:', 'related:1.2024年重点项目清单.xls']);
  });

  it('a sentence cut off where the article ends does not run on into the furniture below it', async () => {
    // Excerpts and pages cut by a length limit end mid-sentence; a layout join must not cross furniture.
    const body = '城西镇党委书记吴明远表示,下一步将加快推进东湖产业园二期项目建设,力争年内完成主体工程并启动招商';
    const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-furniture-'));
    writeFileSync(path.join(dir, 'a.txt'), ['城西镇推进重点项目', body, '附件:', '1.项目清单.xls', '城南街道举行项目集中签约仪式'].join('\n'));
    const g = (await buildGraph([dir], { curationPath: null })).graph;
    const evidence = g.relations.flatMap((r) => r.evidence.map((e) => e.text));
    expect(evidence.length).toBeGreaterThan(0);
    for (const text of evidence) expect(text).not.toMatch(/附件|清单|城南/);
  });

  it('an e-paper’s other articles of the edition', () => {
    const page = ['城西镇召开项目推进会', '会上,城西镇作交流发言。', '本版其他文章', '东湖镇丝绸小镇二期开园', '南浔镇古镇保护工程启动'].join('\n');
    expect(kinds(page)).toEqual(['related:本版其他文章', 'related:东湖镇丝绸小镇二期开园', 'related:南浔镇古镇保护工程启动']);
  });

  it('a related headline on its marker’s line (相关新闻:某某工程通过验收)', () => {
    const page = ['城西镇召开项目推进会', '会上,城西镇作交流发言。', '相关新闻:城西大道配套道路工程通过验收'].join('\n');
    expect(kinds(page)).toEqual(['related:相关新闻:城西大道配套道路工程通过验收']);
  });

  it('a dated line with its source, reporters and the page\'s buttons after the time is a meta line, not the first paragraph\'s start', () => {
    const page = ['姚伏镇:积分管出新风貌', '2026-06-12 10:47:08　某某日报报业集团　记者 马晓东 通讯员 丁亚林　　【放大】【缩小】', '走进姚伏镇小店子村,村道两旁的花带刚修剪过。'].join('\n');
    // (Kept: its byline credits the reporters; the article starts on the line after it.)
    expect(kinds(page)).toEqual(['kept meta:2026-06-12 10:47:08 某某日报报业集团 记者 马晓东 通讯员 丁亚林  【放大】【缩小】']);
  });

  it('headlines bulleted with ▷ after 往期回顾, one ending with 啦!, then the account\'s prompts and a 投稿邮箱 footer', () => {
    const page = ['城西镇召开项目推进会', '会上,城西镇作交流发言。', '往期回顾', '▷ 东湖镇召开重大项目推进会', '▷ 西山花海景区开园啦!', '分享 · 收藏 · 在看', '投稿邮箱:cx@xxx.com 地址:某某区城西镇某某路XX号'].join('\n');
    expect(kinds(page).filter((k) => k.startsWith('related:'))).toEqual(['related:往期回顾', 'related:▷ 东湖镇召开重大项目推进会', 'related:▷ 西山花海景区开园啦!']);
    expect(kinds(page).at(-1)).toBe('footer:投稿邮箱:cx@xxx.com 地址:某某区城西镇某某路XX号');
  });

  it('a dated line whose source has no label, and a public account post line, are meta lines', () => {
    const page = ['城西镇召开会议', '2026-03-30 08:05  某某区融媒体中心', '原创  某某发布  2024年06月12日 18:30  四川', '2026年3月30日 8:05,城西镇召开会议。'].join('\n');
    expect(kinds(page)).toEqual(['meta:2026-03-30 08:05  某某区融媒体中心', 'meta:原创  某某发布  2024年06月12日 18:30  四川']);
  });

  it('an e-paper’s guide to its page and its other news (【版面导读】, ●本版其他新闻) are related headlines', () => {
    const page = ['城西镇召开项目推进会', '会上,城西镇作交流发言。', '【版面导读】', '东湖镇博览中心改造提速  |  西山镇:设计城三期开园', '●本版其他新闻', '北湖乡:产业园二期投用'].join('\n');
    expect(kinds(page).every((k) => k.startsWith('related:'))).toBe(true);
    expect(kinds(page)).toHaveLength(4);
  });

  it('a public account’s follow prompts above the title are prompts, not the title', () => {
    const page = ['点击蓝字 关注我们', '城西镇召开项目推进会', '关注我们 获取更多资讯', '会上,城西镇作交流发言。'].join('\n');
    expect(kinds(page)).toEqual(['prompt:点击蓝字 关注我们', 'prompt:关注我们 获取更多资讯']);
  });

  it("a site's directory of towns and streets is furniture, not the page's place", () => {
    const page = ['纸坊街道 | 郑店街道 | 五里界街道', '瓜沥镇 临浦镇 义桥镇 所前镇', '义桥 所前 临浦', '义桥镇召开会议', '义桥镇、所前镇、临浦镇三地联合开展巡河。'].join('\n');
    expect(kinds(page)).toEqual(['directory:纸坊街道 | 郑店街道 | 五里界街道', 'directory:瓜沥镇 临浦镇 义桥镇 所前镇', 'directory:义桥 所前 临浦']);
  });

  it('a site’s header line (某某区融媒体中心 | 某某报客户端, 某某新闻网) and a channel menu of short words are navigation, also after headlines above the title', () => {
    const page = ['城西区融媒体中心 | 城西报客户端', '要闻 · 镇村 · 民生 · 视听', '城西镇五个项目集中签约 意向投资十亿元', '会上,城西镇作交流发言。'].join('\n');
    expect(kinds(page)).toEqual(['nav:城西区融媒体中心 | 城西报客户端', 'nav:要闻 · 镇村 · 民生 · 视听']);
    const below = ['今日热点:', '东湖街道冷链物流园开工 | 西山镇新村落成', '城西新闻网', '城西镇召开项目推进会', '会上,城西镇作交流发言。'].join('\n');
    expect(kinds(below)).toEqual(['related:今日热点:', 'related:东湖街道冷链物流园开工 | 西山镇新村落成', 'nav:城西新闻网']);
  });

  it('a language switch (中文 | 壮文), a menu opened by 首页 with its words set apart by blanks, a path between slashes, a 发布: line', () => {
    const page = [
      '城西融媒　　　　　　中文 | Sawcuengh',
      '首页　新闻　镇村　视频　图片',
      '新闻 / 镇村 / 城西镇',
      '看项目 比干劲 城西镇项目观摩',
      '发布:2026-11-12 18:20  来源:城西区融媒体中心  浏览 3462',
      '',
      '11月12日,城西镇召开项目观摩会。',
    ].join('\n');
    expect(kinds(page)).toEqual([
      'nav:城西融媒      中文 | Sawcuengh',
      'nav:首页 新闻 镇村 视频 图片',
      'breadcrumb:新闻 / 镇村 / 城西镇',
      'meta:发布:2026-11-12 18:20  来源:城西区融媒体中心  浏览 3462',
    ]);
  });

  it('an e-paper guide bulleted with ▸ ends at its last bullet: the title, byline and roster after it are the article', () => {
    const page = ['本版导读:', ' ▸ 三镇书记话发展', ' ▸ 片区经济运行平稳', '', '三镇书记话发展', '【本期嘉宾】', '黎一文(塘厦镇党委书记)', '', '黎一文:塘厦的抓手是产业。'].join('\n');
    expect(kinds(page)).toEqual(['related:本版导读:', 'related:▸ 三镇书记话发展', 'related:▸ 片区经济运行平稳']);
  });

  it('a date in brackets opens a meta line', () => {
    expect(kinds('[ 2023-05-06 ]  点击数:1024\n【2023-05-06】\n正文第一句。')).toEqual(['meta:[ 2023-05-06 ]  点击数:1024', 'meta:【2023-05-06】']);
  });

  it('cuts a date and source run onto the title line, and drops a repeated title', () => {
    const page = '城西镇召开秋季消防工作会议 2021-09-14 来源:城西网\n城西镇召开秋季消防工作会议\n正文第一句。';
    expect(kinds(page)).toEqual(['meta: 2021-09-14 来源:城西网', 'repeat:城西镇召开秋季消防工作会议']);
  });

  it('leaves prose alone, even where it starts like furniture', () => {
    const prose = [
      '关闭整治散乱污企业12家,完成率100%。',
      '时间紧、任务重,街道抽调干部组建专班。',
      '来源于群众的意见建议,街道逐条梳理、逐项落实。',
      '记者 陈某某 通讯员 李某',
      '来源:某某日报 作者:驻某某记者 王某 编辑:张某',
      '城西镇党委书记 吴明远',
    ].join('\n');
    // The byline's line is kept, for its credits; it is marked so that nothing joins it as wrapped prose.
    expect(kinds(prose)).toEqual(['kept meta:来源:某某日报 作者:驻某某记者 王某 编辑:张某']);
  });
});

// ---------------------------------------------------------------- invariance on the real corpus

/** Page templates of our own: lines above the article, after its first line, and below it. */
const TEMPLATES = [
  {
    top: ['进入旧版 | 设为首页 | 加入收藏', '无障碍浏览  长者模式', '您的位置:首页 > 镇街动态 > 正文'],
    afterFirst: ['时间:2021-09-14 08:30:00   来源:本站   浏览次数:128'],
    bottom: [
      '【打印本页】 【关闭窗口】',
      '分享到:微信 微博 QQ空间',
      '上一篇:关于做好冬季防火工作的通知',
      '下一篇:全镇召开安全生产工作会议',
      '相关新闻',
      '东湖产业园二期项目顺利开工',
      '城南街道举行重点项目集中签约仪式',
      '“百企帮百村”活动推进会召开',
      '版权所有:某某网 备案号:浙ICP备12345678号-1',
      '技术支持:某某网络科技有限公司',
    ],
  },
  {
    top: ['第A03版:要闻', '2024年03月05日'],
    afterFirst: ['2024-03-05 09:12  来源:某某日报  字体:[大 中 小]'],
    bottom: ['责任编辑:周某某', '扫一扫在手机打开当前页', '推荐阅读', '全市经济工作会议召开', '某某镇开展“清廊行动”回头看'],
  },
  {
    top: ['关灯', '请选择 进入手机版 | 继续访问电脑版', '0'],
    afterFirst: ['发布时间:2025-01-27 12:31 浏览次数: 打印'],
    bottom: ['(责编:王某某、李某某)', 'Copyright © 2024 某某网 All Rights Reserved'],
  },
  {
    top: ['无障碍浏览 | 长者模式 | 登录 | 注册', '【字体:大 中 小】 打印本页 关闭窗口', '扫一扫在手机打开当前页'],
    afterFirst: ['[ 2023-05-06 ]  点击数:1024'],
    bottom: ['【打印】【关闭】', '扫描二维码分享到微信', '版权所有:某某镇人民政府 浙ICP备05012345号-1 技术支持:某某网络'],
  },
  {
    // A government site's information-disclosure page: navigation lines, a metadata block, a
    // sidebar of leaders, attachments, links to other sites, a footer of its hosts.
    top: [
      '繁體 | 无障碍 | 长者模式 | 智能问答',
      '首页  政务公开  政务服务  互动交流  走进本区',
      '纸坊街道 | 郑店街道 | 五里界街道 | 金口街道 | 山坡街道',
      '当前位置:首页 > 政务公开 > 部门动态 > 镇街信息',
      '索引号:11330109002500123X/2024-00456',
      '发布机构:某某区人民政府办公室  成文日期:2024-06-12',
      '主题分类:综合政务  文号:无',
    ],
    afterFirst: ['来源:某某区融媒体中心  发布时间:2024-06-12 16:20  阅读次数:2315  【字号:大 中 小】 视力保护色'],
    bottom: [
      '附件:',
      '1.2024年重点项目清单.xls',
      '相关链接:中国政府网 | 省人民政府 | 市人民政府',
      '网友评论  我要评论',
      '主办:某某区人民政府办公室  承办:某某区大数据发展中心',
      '网站标识码:3301090001  浙公网安备 33010902000123号  浙ICP备05000000号-1',
      '建议使用1920×1080分辨率浏览本网站',
    ],
  },
  {
    // A newspaper's digital edition: edition navigation around the article, the edition's editors.
    // (A byline is no furniture: its reporters are credits of the article.)
    top: ['第03版:县区新闻', '上一版  下一版  返回目录', 'PDF版 | 往期回顾'],
    afterFirst: ['稿件来源:某某日报  2024年06月12日'],
    bottom: ['本版责任编辑:何某某  美编:陈某', '返回目录  上一篇  下一篇', '版权所有 某某日报社 未经授权不得转载'],
  },
  {
    // A public account's post as saved from a phone: the account line, follow prompts, a
    // workflow block of its own staff, reactions, earlier posts.
    top: ['原创 某某发布 某某发布 2024-06-12 18:30 发表于四川', '点击蓝字 关注我们'],
    afterFirst: ['来源 | 某某融媒'],
    bottom: [
      '来源:某某区委宣传部',
      '编辑 | 王某某',
      '审核 | 李某',
      '监制 | 张某某',
      '往期推荐',
      '某某镇:小小菜园 绘就乡村振兴新图景',
      '关注我们 获取更多资讯',
      '分享 收藏 点赞 在看',
      '阅读原文',
    ],
  },
  {
    // An e-paper's page: its other headlines between rules (bulleted, or under 本版标题), the
    // previous and next articles in brackets.
    top: [
      '某某日报  2026年11月26日  第A02版:要闻',
      '上一版  下一版    版面导航    标题导航',
      '本版标题:',
      '  东湖街道5个项目集中开工',
      '  城南街道举办企业家沙龙',
      '-----------------------------------------------',
    ],
    afterFirst: [],
    bottom: [
      '--------------------------------',
      '● 西山镇:再生金属产业园营收破百亿',
      '● 北湖乡烟叶收购进度过半',
      '--------------------------------',
      '【上一篇】西山镇:再生金属产业园营收破百亿',
      '【下一篇】北湖乡烟叶收购进度过半',
      '◀上一期  下一期▶',
    ],
  },
  {
    // A county site: today's headlines on one line above the title, recommended headlines with a bar.
    top: ['某某新闻网 | 首页 | 要闻 | 镇街动态', '今日热点:', '东湖街道冷链物流园开工 | 西山镇“红色物业”覆盖全部小区 | 全县蔬菜博览会筹备启动'],
    afterFirst: ['2026-11-12 16:40:21  来源:本站  访问量:537  【字号 大 中 小】  分享到:'],
    bottom: ['推荐 | 西山镇滨河风光带提质工程开工', '推荐 | 县人大常委会调研农村人居环境整治', '相关信息', '· 北湖乡2027年重点项目建设计划表', '· 东湖街道召开项目建设推进会'],
  },
  {
    // A bilingual county site: its name and a language switch, a menu set apart by blanks, a path
    // between slashes, an edition's guide bulleted with ▸, a 发布: line.
    top: ['某某融媒　　　　　　中文 | Sawcuengh', '首页　新闻　镇村　视频　图片　专题', '新闻 / 镇村 / 正文', '本版导读:', '　▸ 东湖街道冷链物流园开工', '　▸ 西山镇“红色物业”覆盖全部小区'],
    afterFirst: ['发布:2026-11-12 18:20　　来源:本站　　浏览 3462'],
    bottom: ['◀ 上一篇 返回目录 下一篇 ▶', '某某融媒体中心版权所有 桂ICP备1900XXXX号'],
  },
];

const HEADER = /^(source|title|date|partial|author|url)\s*[::]/i;

function splitHeader(text: string): { header: string[]; body: string[] } {
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && HEADER.test(lines[i]!)) i++;
  return { header: lines.slice(0, i), body: lines.slice(i) };
}

function wrap(text: string, t: (typeof TEMPLATES)[number]): string {
  const { header, body } = splitHeader(text);
  const first = body.findIndex((l) => l.trim());
  const title = body[first]!.trim();
  // The title again above the article, as many pages show it, where the first line is a headline
  // (not where the page opens with its source and date line).
  const again = title.length <= 40 && !/[。,;]/.test(title) && findFurniture(title, 0).length === 0 ? [title] : [];
  return [...header, ...t.top, ...again, ...body.slice(0, first + 1), ...t.afterFirst, ...body.slice(first + 1), ...t.bottom].join('\n');
}

const FULL_WIDTH: Record<string, string> = { ',': '\uff0c', ':': '\uff1a', ';': '\uff1b', '(': '\uff08', ')': '\uff09', '!': '\uff01', '?': '\uff1f' };
function fullWidth(text: string): string {
  const { header, body } = splitHeader(text);
  return [...header, ...body.map((l) => l.replace(/[,:;()!?]/g, (c) => FULL_WIDTH[c]!))].join('\n');
}

/**
 * Chinese quotes typed as straight ones, as some sites' editors do (`推行"某某"`), on each line
 * whose quotes pair (a line with an unclosed quote cannot be told apart once typed straight).
 */
function straightQuotes(text: string): string {
  const { header, body } = splitHeader(text);
  const paired = (l: string) => l.replace(/“[^“”]{1,40}”/g, '').search(/[“”]/) < 0;
  return [...header, ...body.map((l) => (paired(l) ? l.replace(/[“”]/g, '"') : l))].join('\n');
}

/**
 * Long lines of prose broken at 40 characters where a layout break would fall (not after a
 * sentence's end). Not a page stored on one line, furniture and all: broken, its furniture would
 * stand on lines of its own, another page form (its graph is tested as it is, and in every
 * template). Nor a line without a sentence (a frame's navigation, breadcrumb, title and date run
 * together): broken at any character, its links and labels would take shapes no site gives them.
 */
function rewrap(text: string): string {
  const { header, body } = splitHeader(text);
  if (body.filter((l) => l.trim()).length === 1) return text;
  const out: string[] = [];
  for (const line of body) {
    let rest = line;
    while (rest.length > 80 && !/^\s/.test(rest) && /[。!?！？]/.test(rest)) {
      let cut = 40;
      // (The marks as the page writes them, full width or half: no break after a sentence's or a label's end.)
      while (cut < rest.length - 20 && (/[。!?;:！？；：”」』)）…\s]/.test(rest[cut - 1]!) || !/[\p{Script=Han}]/u.test(rest[cut]!))) cut++;
      if (cut >= rest.length - 20) break;
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    out.push(rest);
  }
  return [...header, ...out].join('\n');
}

/**
 * A graph as a reader compares it: names, props, links and the text of every piece of evidence,
 * without offsets or line breaks (a layout break inside a sentence is the sentence still). Evidence
 * quotes the source as written, so its punctuation widths and quote marks are the variant's.
 */
function canonical(g: KnowledgeGraph): string[] {
  const strip = (v: unknown): unknown =>
    typeof v === 'string'
      ? halfWidthText(v.replace(/[\r\n]/g, '')).replace(/[“”]/g, '"')
      : Array.isArray(v)
        ? v.map(strip)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'start' && k !== 'end').map(([k, x]) => [k, strip(x)]))
          : v;
  return [
    ...g.entities.map((e) => `${e.id} ${JSON.stringify(e.aliases ?? [])} ${JSON.stringify(strip(e.props ?? {}))} ×${e.mentions.length}`),
    ...g.relations.map((r) => `${r.id} ${JSON.stringify(strip(r.props ?? {}))} ${JSON.stringify(strip(r.evidence.map((x) => x.text)))}`),
  ].sort();
}

async function graphOf(name: string, text: string): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-furniture-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return canonical((await buildGraph([file], { curationPath: null })).graph);
}

describe('furniture never changes what an article yields (every real article)', () => {
  if (!needsRealCorpus()) return;
  // Every real article, and the pages we wrote for the blind sets (they carry furniture of their own).
  const articles = [...realGroups(), ...WRITTEN_SETS.map(writtenGroup)].flatMap((g) => g.paths);
  const variants: [string, (t: string) => string][] = [
    ...TEMPLATES.map((t, i): [string, (x: string) => string] => [`page template ${i + 1}`, (x) => wrap(x, t)]),
    ['full-width punctuation', fullWidth],
    ['CRLF line ends', (x) => x.replace(/\n/g, '\r\n')],
    ['straight quotes', straightQuotes],
    ['long lines re-wrapped', rewrap],
  ];
  it.each(articles.map((p) => [path.basename(p), p]))('%s', async (name, file) => {
    const text = readFileSync(file, 'utf8');
    const bare = await graphOf(name, text);
    expect(bare.length, 'the article yields something').toBeGreaterThan(0);
    for (const [label, variant] of variants) expect(await graphOf(name, variant(text)), label).toEqual(bare);
  });
});
