/**
 * Officials whose names the genre writes with rare surnames (冒, 谯, 拓, 钮 are real and common in
 * their regions), and the words those characters start elsewhere. The sentences are ours; each rule
 * was checked against the output on every real text and every written set.
 */
import { describe, expect, it } from 'vitest';
import { graphOf, linked, names } from './genre-helpers.ts';

describe('rare surnames', () => {
  it('a rare surname after a title starts a name (镇长冒佳音, 副市长谯敏, 镇长钮珊)', async () => {
    const kg = await graphOf('如皋市白蒲镇召开会议。白蒲镇党委书记卢建新、镇长冒佳音出席。副市长谯敏主持。镇党委副书记、镇长钮珊作报告。');
    expect(names(kg, 'Official')).toEqual(['冒佳音', '卢建新', '谯敏', '钮珊']);
    expect(linked(kg, 'HEADS')).toEqual(['冒佳音→白蒲镇', '卢建新→白蒲镇', '钮珊→白蒲镇']);
  });

  it('where jieba reads a word of its dictionary from the character (冒雨, 拓宽), it starts no name', async () => {
    const kg = await graphOf('如皋市白蒲镇。白蒲镇镇长冒雨察看河道。副镇长拓宽了思路。');
    expect(names(kg, 'Official')).toEqual([]);
  });
});

describe('speaker turns', () => {
  it('a turn that carries its speaker’s title in brackets (某某(某某街道党工委书记):) speaks for the speaker’s street', async () => {
    const kg = await graphOf(
      [
        '本期嘉宾',
        '罗勇(簇桥街道党工委书记)',
        '郑惠文(机投桥街道党工委书记)',
        '主持人:先请两位说说这两年的变化。',
        '罗勇(簇桥街道党工委书记):这里以前是做鞋的,厂房多。我们没有大拆大建,而是把老厂房连片改造,建成了履尚鞋业设计中心。',
        '郑惠文(机投桥街道党工委书记):这里的底子是一条河。河边过去是堆场,这两年清掉了。江安河生态修复工程今年完工。',
      ].join('\n'),
    );
    expect(linked(kg, 'RUNS')).toEqual(['机投桥街道→江安河生态修复工程', '簇桥街道→履尚鞋业设计中心']);
  });
});

describe('column items', () => {
  it('a bulleted item opened by its town (◆某镇 …) is about that town: a title with no place in it binds there', async () => {
    const kg = await graphOf(
      [
        '镇街简讯',
        '◆依兰镇 依兰镇冷水鱼养殖基地首批鱼苗投放。镇党委书记崔明洙说,基地吸纳了村民务工。',
        '◆朝阳川镇 朝阳川镇冷链物流中心一期主体完工。镇长朴成浩介绍,二期已完成选址。',
        '◆小营镇 小营镇稻田画观光园今年接待游客8.6万人次。镇长金美善说,明年再扩大。',
      ].join('\n'),
    );
    expect(linked(kg, 'HEADS')).toEqual(['崔明洙→依兰镇', '朴成浩→朝阳川镇', '金美善→小营镇']);
  });

  it('a bullet and its town on a line of their own open an item that runs to the next one', async () => {
    const kg = await graphOf(['镇街简讯', '◆海北镇', '海北镇大豆加工园主体完工。镇党委书记刘一平说,明年投产。', '◆共合镇', '共合镇光伏电站并网。镇党委书记王二平介绍了情况。'].join('\n'));
    expect(linked(kg, 'HEADS')).toEqual(['刘一平→海北镇', '王二平→共合镇']);
  });
});

describe('titles of places named with 镇 or 乡', () => {
  it('a city’s title that opens with 镇 (镇江市委常委) is no town’s post', async () => {
    const kg = await graphOf('句容市宝华镇。11月11日,镇江市委常委、句容市委书记杭立新带领市有关部门负责人到宝华镇调研。镇长王一平陪同。');
    expect(linked(kg, 'HEADS')).toEqual(['王一平→宝华镇']);
  });
});

describe('names after a title', () => {
  it('和 read as a conjunction before a word of the dictionary opens no name; 和 as a surname still does', async () => {
    const kg = await graphOf('东台市弶港镇。镇党委书记丁一海出席,各村(居)书记和重点项目负责人参加。镇长和晓东作部署。');
    expect(names(kg, 'Official')).toEqual(['丁一海', '和晓东']);
  });

  it('a rare surname (过) opens a name jieba does not know', async () => {
    const kg = await graphOf('无锡市锡山区鹅湖镇。鹅湖镇党委书记华一宇,党委副书记、镇长过丽雯等陪同。');
    expect(linked(kg, 'HEADS')).toEqual(['华一宇→鹅湖镇', '过丽雯→鹅湖镇']);
  });

  it('a roster with titles in 〔〕, and a two-character name padded to three (魏　兰:) in its turns', async () => {
    const kg = await graphOf(
      [
        '■ 座谈嘉宾',
        '孙立宇〔东海县牛山街道党工委书记〕',
        '魏　兰〔东海县桃林镇党委书记〕',
        '■ 主持:本报记者 许晨',
        '许晨:先请孙书记谈谈。',
        '孙立宇:牛山今年在城里推进水晶文化街区二期改造。',
        '许晨:魏书记,桃林呢?',
        '魏　兰:桃林农产品冷链物流园今年开工。我们坚持“一村一品”。',
        '孙立宇:确保年底街区开街。',
        '魏　兰:把冷链物流园早日建起来。',
      ].join('\n'),
    );
    expect(linked(kg, 'HEADS')).toEqual(['孙立宇→牛山街道', '魏兰→桃林镇']);
    expect(linked(kg, 'RUNS')).toEqual(['桃林镇→桃林农产品冷链物流园', '牛山街道→水晶文化街区二期']);
    expect(linked(kg, 'IMPLEMENTS')).toEqual(['桃林镇→一村一品']);
    // (冷链物流园, the end of the name said before, is that park: one node.)
    expect(names(kg, 'Project')).toEqual(['桃林农产品冷链物流园', '水晶文化街区二期']);
  });
});
