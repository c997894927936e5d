import type { CareerId } from './careers';
import type { ArticleTopic } from './article-topics';
import type { InterestTraitId, TraitId } from './traits';

export type { ArticleTopic } from './article-topics';

export type QuestionId = `q-${string}`;

/** One answer on the 5-point scale: 1 = the left end, 5 = the right end. */
export type LikertValue = 1 | 2 | 3 | 4 | 5;

export type Answers = Partial<Record<QuestionId, LikertValue>>;

interface QuestionBase {
  id: QuestionId;
  text: string;
  trait: TraitId;
  /** Reverse-keyed: agreeing means *less* of the trait. */
  reverse?: boolean;
  /** What the item traces to in the source article (a listed skill or a career duty). */
  source: string;
}

/** "How much is this like you?" — a statement about the student. */
export interface StatementQuestion extends QuestionBase {
  kind: 'statement';
}

/** "How would you like doing this?" — a task taken from a career's duties. */
export interface ActivityQuestion extends QuestionBase {
  kind: 'activity';
}

export type Question = StatementQuestion | ActivityQuestion;
export type QuestionKind = Question['kind'];

/** Where a career sits on one trait: the level the work calls for and how much it matters. */
export interface TraitTarget {
  /** 0–100 on the same scale as a student's trait score. */
  level: number;
  /** 1 = matters a little, 2 = matters, 3 = essential. */
  importance: 1 | 2 | 3;
  /** The article sentence and/or O*NET rating this target rests on. */
  basis: string;
}

export type CareerProfile = Record<TraitId, TraitTarget>;

export interface Figure {
  /** The value as shown, e.g. "$40,350 a year". */
  label: string;
  /** Reference year or period, e.g. "May 2018" or "2018–28". */
  year: string;
  /** Who published it, e.g. "U.S. Bureau of Labor Statistics, Occupational Outlook Handbook". */
  source: string;
}

export interface Credential {
  code: string;
  name: string;
  issuer: string;
  note?: string;
}

export type ProgramLength = 'high-school' | 'certificate' | 'associate' | 'bachelor';
export type RemoteWork = 'common' | 'some' | 'rare' | 'unknown';

export interface CareerFacts {
  id: CareerId;
  title: string;
  /** One plain line for a teenager. */
  summary: string;
  duties: readonly string[];
  /** The traits the article says matter most and why, in plain words. */
  traitsWhy: readonly { trait: ArticleTopic; why: string }[];
  education: { typical: string; length: ProgramLength };
  credentials: readonly Credential[];
  workplaces: readonly string[];
  remote: { level: RemoteWork; note: string };
  growth: string;
  pay: Figure | null;
  outlook: Figure | null;
  /** For careers outside the records family: how the day differs from a records technician's. */
  comparedWithRecords?: string;
  /** Sentences from the article (or data notes) that the facts above rest on. */
  citations: readonly string[];
}

export interface Career extends CareerFacts {
  profile: CareerProfile;
}

/**
 * What the student is told first:
 * - `career`: a recommendation (possibly a stated tie, see `tiedWith`);
 * - `no-clear-match`: the answers carry no interest shape to compare (flat, or too few);
 * - `outside-family`: clear interests that lie away from these Conventional-led careers.
 */
export type Outcome =
  | { kind: 'career' }
  | { kind: 'no-clear-match' }
  | { kind: 'outside-family'; leanings: InterestTraitId[] };
