/** When an `if` node of a template prints its `then` branch, and the test in words for reports. */
import type { ContentNode } from './template-schema.ts';

export type ConditionTest = Extract<ContentNode, { type: 'if' }>['test'];

export function conditionHolds(test: ConditionTest, value: string): boolean {
  if (test === 'filled') return value.trim() !== '';
  if (test === 'empty') return value.trim() === '';
  return value === test.equals;
}

export function describeCondition(field: string, test: ConditionTest): string {
  if (test === 'filled') return `“${field}”已填写`;
  if (test === 'empty') return `“${field}”未填写`;
  return `“${field}”为“${test.equals}”`;
}
