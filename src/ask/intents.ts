/**
 * The kinds of question `ask` understands: rules over a question's features (./features.ts),
 * tried in order; the first whose names and words fit makes the plan. A rule sees entities by
 * type; whether a slot holds a linked entity or a name the graph lacks is decided by the caller.
 */
import type { EntityType } from '../types.ts';
import type { Features } from './features.ts';
import type { WordClass } from './grammar.ts';
import type { LexiconEntry } from './lexicon.ts';
import type { Plan } from './plan.ts';
import * as street from './plans-street.ts';
import * as build from './plans.ts';

export interface Slot {
  type: EntityType;
  entity: LexiconEntry;
}

export interface Rule {
  intent: string;
  /** Does this question fit? `types` are its names' types, in order. */
  fits(types: EntityType[], f: Features): boolean;
  plan(slots: Slot[], f: Features): Plan;
  /** Text nothing marks as a name (no suffix, not a person's name) may not fill its slots: 好吃吗 is no name. */
  strict?: boolean;
}

const has = (f: Features, ...classes: WordClass[]) => classes.some((c) => f.classes.has(c));
const only = (types: EntityType[], type: EntityType) => types.length === 1 && types[0] === type;
/** One street and 共同/相同: shared with whom is not said (东洲和其他街道有什么共同的工作): not a list of its own. */
const oneStreet = (types: EntityType[], f: Features) => only(types, 'Street') && !has(f, 'common', 'connect');
const asks = (f: Features, ...types: EntityType[]) => f.asked !== null && types.includes(f.asked);
/** Words that make a sentence a question (or a request for a list), not a name alone. */
const questioning = (f: Features) => has(f, 'which', 'who', 'count', 'list', 'yesno', 'where', 'profile');

export const RULES: Rule[] = [
  { intent: 'evidence', fits: (t, f) => has(f, 'source') && (t.length === 1 || t.length === 2), plan: build.evidence },
  { intent: 'connection', fits: (t, f) => has(f, 'connect') && t.length === 2, plan: build.connection },
  {
    intent: 'streets-in-common',
    fits: (t, f) => t.length >= 2 && t.every((x) => x === 'Street') && has(f, 'common', 'all') && (f.asked === null || asks(f, 'Program', 'Project')),
    plan: street.common,
  },
  {
    intent: 'streets-each',
    fits: (t, f) => t.length >= 2 && t.every((x) => x === 'Street') && !has(f, 'common', 'all', 'connect', 'similar', 'yesno') && asks(f, 'Project', 'Program', 'Official') && (f.asked !== 'Official' || f.head),
    plan: street.each,
  },
  { intent: 'official-title-in-street', fits: (t, f) => t.length === 2 && t.includes('Official') && t.includes('Street') && has(f, 'title') && !has(f, 'yesno'), plan: build.officialInStreet },
  { intent: 'most-similar-street', fits: (t, f) => only(t, 'Street') && has(f, 'similar'), plan: street.similar },
  { intent: 'relation-check', fits: (t, f) => t.length === 2 && has(f, 'yesno') && !has(f, 'common'), plan: build.relationCheck, strict: true },
  // No names: questions over the whole graph.
  {
    intent: 'programs-shared-by-streets',
    fits: (t, f) => t.length === 0 && asks(f, 'Program') && f.nouns.includes('Street') && (f.number !== null || has(f, 'several', 'common', 'all')),
    plan: build.shared,
  },
  { intent: 'program-ranking', fits: (t, f) => t.length === 0 && has(f, 'most') && asks(f, 'Program') && f.nouns.includes('Street'), plan: street.rankPrograms },
  {
    intent: 'street-ranking',
    fits: (t, f) => t.length === 0 && has(f, 'most') && f.nouns.includes('Street') && f.nouns.some((n) => n === 'Project' || n === 'Program' || n === 'Enterprise'),
    plan: street.rankStreets,
  },
  {
    intent: 'streets-with-at-least',
    fits: (t, f) => t.length === 0 && asks(f, 'Street') && f.number !== null && f.nouns.some((n) => n === 'Project' || n === 'Program') && has(f, 'atLeast', 'moreThan'),
    plan: street.streetsWithAtLeast,
  },
  { intent: 'projects-with-enterprises', fits: (t, f) => t.length === 0 && asks(f, 'Project', 'Enterprise') && f.nouns.includes('Project') && f.nouns.includes('Enterprise'), plan: build.allProjectEnterprises },
  { intent: 'all-street-heads', fits: (t, f) => t.length === 0 && f.nouns.includes('Street') && (f.head || has(f, 'who')), plan: street.allHeads },
  { intent: 'list-all', fits: (t, f) => t.length === 0 && f.asked !== null && has(f, 'which', 'list', 'count') && new Set(f.nouns).size === 1, plan: street.listAllOf },
  // A street.
  { intent: 'street-officials', fits: (t, f) => oneStreet(t, f) && asks(f, 'Official'), plan: street.streetOfficials },
  { intent: 'street-officials', fits: (t, f) => oneStreet(t, f) && f.asked === null && has(f, 'headVerb') && has(f, 'who', 'which'), plan: street.streetOfficials },
  { intent: 'street-portfolio', fits: (t, f) => oneStreet(t, f) && street.bothKinds(f) && !has(f, 'most'), plan: street.streetPortfolio },
  { intent: 'street-projects', fits: (t, f) => oneStreet(t, f) && asks(f, 'Project'), plan: street.streetProjects },
  { intent: 'street-programs', fits: (t, f) => oneStreet(t, f) && asks(f, 'Program'), plan: street.streetPrograms },
  { intent: 'street-enterprises', fits: (t, f) => oneStreet(t, f) && asks(f, 'Enterprise'), plan: street.streetEnterprises },
  { intent: 'street-district', fits: (t, f) => oneStreet(t, f) && (asks(f, 'District') || (f.asked === null && has(f, 'where'))), plan: street.streetDistrict },
  {
    intent: 'street-portfolio',
    fits: (t, f) => oneStreet(t, f) && f.asked === null && (has(f, 'profile') || (has(f, 'implement', 'run') && has(f, 'which', 'list', 'count'))),
    plan: street.streetPortfolio,
  },
  // A program, an official, a project, an enterprise, a district, a person.
  { intent: 'streets-implementing-all', fits: (t, f) => t.length >= 2 && t.every((x) => x === 'Program') && asks(f, 'Street') && has(f, 'all', 'common'), plan: street.streetsImplementingAll },
  { intent: 'streets-implementing-program', fits: (t, f) => only(t, 'Program') && (asks(f, 'Street') || has(f, 'where') || (has(f, 'who') && has(f, 'implement'))), plan: build.programStreets },
  { intent: 'official-title', fits: (t, f) => only(t, 'Official') && has(f, 'title'), plan: build.officialProfile },
  { intent: 'official-street-lists', fits: (t, f) => only(t, 'Official') && asks(f, 'Project', 'Program'), plan: build.officialStreetLists },
  {
    intent: 'official-streets',
    fits: (t, f) => only(t, 'Official') && (asks(f, 'Street') || has(f, 'where') || (f.asked === null && has(f, 'serve', 'headVerb') && questioning(f))),
    plan: build.officialStreets,
  },
  { intent: 'official-title', fits: (t, f) => only(t, 'Official') && (f.asked === null || f.asked === 'Official') && has(f, 'who', 'profile'), plan: build.officialProfile },
  { intent: 'project-street-heads', fits: (t, f) => only(t, 'Project') && asks(f, 'Official') && (f.head || has(f, 'who')), plan: build.projectStreetHeads },
  { intent: 'project-enterprises', fits: (t, f) => t.length === 2 && t[0] === 'Street' && t[1] === 'Project' && asks(f, 'Enterprise'), plan: build.streetProjectEnterprises },
  { intent: 'project-enterprises', fits: (t, f) => only(t, 'Project') && (asks(f, 'Enterprise') || (f.asked === null && has(f, 'who') && has(f, 'run', 'implement'))), plan: build.projectEnterprises },
  { intent: 'project-location', fits: (t, f) => only(t, 'Project') && (asks(f, 'Street') || (f.asked === null && has(f, 'where'))), plan: build.projectStreets },
  { intent: 'enterprise-projects', fits: (t, f) => only(t, 'Enterprise') && asks(f, 'Project'), plan: build.enterpriseProjects },
  { intent: 'enterprise-streets', fits: (t, f) => only(t, 'Enterprise') && (asks(f, 'Street') || (f.asked === null && has(f, 'where'))), plan: build.enterpriseStreets },
  { intent: 'enterprise-programs', fits: (t, f) => only(t, 'Enterprise') && asks(f, 'Program'), plan: build.enterprisePrograms },
  { intent: 'district-streets', fits: (t, f) => only(t, 'District') && asks(f, 'Street'), plan: build.districtStreets },
  { intent: 'person-role', fits: (t, f) => only(t, 'Person') && (f.asked === null || f.asked === 'Official') && has(f, 'who', 'title', 'profile'), plan: build.personProfile },
  { intent: 'entity-facts', fits: (t, f) => t.length === 1 && f.asked === null && has(f, 'profile'), plan: build.entityFacts },
];

/** The first rule that fits these types, or null. */
/** With 最多/最大 only a ranking answers: a list is no answer to 哪个项目投资最大. */
const RANKINGS = new Set(['street-ranking', 'program-ranking']);

export function chooseRule(types: EntityType[], f: Features, guessed = false): Rule | null {
  // 没有, 除了, 以外: no rule reads a negation; answering the question without it would say the opposite.
  if (f.classes.has('negation')) return null;
  const ranking = f.classes.has('most');
  return RULES.find((r) => (!guessed || !r.strict) && (!ranking || RANKINGS.has(r.intent)) && r.fits(types, f)) ?? null;
}
