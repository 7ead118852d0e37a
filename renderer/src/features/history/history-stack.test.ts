import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, operationKind, recordChange, redo, startHistory, undo } from './history-stack.ts';

const options = { mergeWithinMs: 1_000, cap: 3 };

describe('history stack', () => {
  it('undoes and redoes changes in order, and a new change drops what could be redone', () => {
    let stack = startHistory('a');
    stack = recordChange(stack, 'b', operationKind, 0, options);
    stack = recordChange(stack, 'c', operationKind, 10, options);
    stack = undo(stack);
    expect(stack.present).toBe('b');
    stack = undo(stack);
    expect(stack.present).toBe('a');
    expect(canUndo(stack)).toBe(false);
    expect(undo(stack)).toBe(stack);
    stack = redo(stack);
    expect(stack.present).toBe('b');
    stack = recordChange(stack, 'x', operationKind, 20, options);
    expect(canRedo(stack)).toBe(false);
    expect(undo(stack).present).toBe('b');
  });

  it('merges a typing burst into one step but keeps a pause, another field or an operation apart', () => {
    let stack = startHistory('');
    for (const [i, text] of ['甲', '甲乙', '甲乙丙'].entries()) stack = recordChange(stack, text, 'title', i * 300, options);
    expect(stack.past).toEqual(['']);
    stack = recordChange(stack, '甲乙丙丁', 'title', 600 + 1_500, options);
    stack = recordChange(stack, '甲乙丙丁!', 'addressees', 2_200, options);
    stack = recordChange(stack, 'reordered', operationKind, 2_300, options);
    stack = recordChange(stack, 'reordered again', operationKind, 2_301, options);
    expect(stack.past).toEqual(['甲乙丙丁', '甲乙丙丁!', 'reordered']);
  });

  it('never merges into the first state, so the draft as opened can always be restored', () => {
    let stack = startHistory('opened');
    stack = recordChange(stack, 'typed', 'body', 0, options);
    stack = recordChange(stack, 'typed more', 'body', 100, options);
    expect(undo(stack).present).toBe('opened');
  });

  it('starts a new step after an undo even when typing continues at once', () => {
    let stack = startHistory('a');
    stack = recordChange(stack, 'ab', 'body', 0, options);
    stack = undo(stack);
    stack = recordChange(stack, 'ac', 'body', 100, options);
    expect(stack.past).toEqual(['a']);
  });

  it('keeps at most the capped number of steps, dropping the oldest', () => {
    let stack = startHistory(0);
    for (let i = 1; i <= 10; i++) stack = recordChange(stack, i, operationKind, i, options);
    expect(stack.past).toEqual([7, 8, 9]);
  });

  it('ignores a change that hands back the same snapshot', () => {
    const stack = recordChange(startHistory('a'), 'b', 'body', 0, options);
    expect(recordChange(stack, 'b', 'body', 5_000, options)).toBe(stack);
  });
});
