/** Draft search over a workspace of 1 000 notices: a rare phrase (trigram index), a two-character word (scan) and a phrase in every draft. */
import { searchDrafts } from '../host/workspace/draft-search.ts';
import { openTestWorkspace } from '../host/workspace/test-workspace.ts';
import { fillWithDrafts } from '../tests/support/many-drafts.ts';
import type { Figure } from './figure.ts';

const ws = openTestWorkspace();
fillWithDrafts(ws, 1_000, 500);

const search = (query: string, expected: number) => () => {
  const { hits } = searchDrafts(ws, query);
  if (hits.length !== expected) throw new Error(`搜索“${query}”应有 ${expected} 条结果，实为 ${hits.length} 条`);
};

const figures: Figure[] = [
  { name: '在 1 000 份草稿中搜索少见词语（公务用车台账）', runs: 30, warmup: 3, goalMs: 50, run: search('公务用车台账', 1) },
  { name: '在 1 000 份草稿中搜索两字词（台账）', runs: 30, warmup: 3, goalMs: 50, run: search('台账', 1) },
  { name: '在 1 000 份草稿中搜索处处出现的词语（形式主义，取前 50 条）', runs: 30, warmup: 3, goalMs: 50, run: search('形式主义', 50) },
];

export default figures;
