/**
 * `zhenjie ask` without the database: linking a question's names and choosing its query, on the
 * synthetic graph (scale 1 ≈ 200k entities). The lexicon is built once (timed apart: the server
 * keeps it per graph version); each question is then understood `runs` times. Target: < 20 ms a
 * question.
 *   npm run bench -- --only ask [--ask-scale=1] [--ask-runs=200]
 */
import { lexiconOfGraph, loadGrammar, understand } from '../src/ask/index.ts';
import { syntheticCorpus } from './synthetic.ts';

function flag(argv: string[], name: string, fallback: number): number {
  const hit = argv.find((a) => a.startsWith(`--ask-${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export async function runAskBench(argv: string[] = []): Promise<void> {
  const scale = flag(argv, 'scale', 1);
  const runs = flag(argv, 'runs', 200);
  let t = performance.now();
  const { graph, anchors: a } = syntheticCorpus({ scale });
  console.log(`synthetic graph (scale ${scale}): ${graph.entities.length.toLocaleString('en')} entities, generated in ${(performance.now() - t).toFixed(0)} ms`);
  const grammar = loadGrammar();
  t = performance.now();
  const lexicon = lexiconOfGraph(graph.entities, grammar);
  console.log(`lexicon: ${lexicon.keys.size.toLocaleString('en')} surface forms, longest ${lexicon.maxLength} characters, built in ${(performance.now() - t).toFixed(0)} ms (once per graph)`);
  const short = a.street.replace(/街道$/, '');
  const questions = [
    `哪些街道都在推进${a.program}?`,
    `${short}有哪些项目`,
    `${a.street}的一把手是谁`,
    `${a.official}在哪个街道任职?`,
    `${a.street}和${a.otherStreet}有哪些共同的工作?`,
    `哪个街道和${short}最像`,
    `${a.project}背后是哪些企业`,
    `${a.enterprise}参与了哪些项目`,
    `${a.enterprise}和${a.official}有什么联系?`,
    `哪些政策至少有3个街道在推进`,
    `${a.street}有多少个项目`,
    `瓜沥镇有哪些项目`,
    `今天天气怎么样`,
  ];
  const rows: string[][] = [['question', 'understood as', 'p50 ms', 'p95 ms', 'max ms']];
  let worst = 0;
  for (const q of questions) {
    for (let i = 0; i < 5; i++) understand(q, lexicon, grammar);
    const times: number[] = [];
    let kind = '';
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      const u = understand(q, lexicon, grammar);
      times.push(performance.now() - s);
      kind = u.kind === 'plan' ? u.plan.intent : u.kind;
    }
    times.sort((x, y) => x - y);
    worst = Math.max(worst, percentile(times, 95));
    rows.push([q, kind, percentile(times, 50).toFixed(3), percentile(times, 95).toFixed(3), times[times.length - 1]!.toFixed(3)]);
  }
  // Terminal columns: a CJK character takes two.
  const width = (s: string) => [...s].reduce((w, c) => w + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => width(r[i]!))));
  for (const r of rows) console.log(r.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join('  ').trimEnd());
  console.log(`\nworst p95: ${worst.toFixed(3)} ms a question (target < 20 ms); ${runs} runs each after 5 warm-up runs`);
}
