/**
 * Picks organs from the unit directory: 统称 first, then units by 类别, a filter on top.
 * A modal <dialog>: focus stays inside, Esc closes it without changing anything.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { groupUnits, type Unit } from '../../../../../core/settings/unit-directory.ts';

interface Props {
  title: string;
  units: readonly Unit[];
  selected: readonly string[];
  onApply: (names: string[]) => void;
  onClose: () => void;
}

/** Names typed by hand stay where they were; names ticked here are added after them, unticked ones removed. */
export function mergePicked(current: readonly string[], directory: readonly Unit[], ticked: ReadonlySet<string>): string[] {
  const known = new Set(directory.map((unit) => unit.name));
  const kept = current.filter((name) => name.trim() && (!known.has(name) || ticked.has(name)));
  const added = directory.map((unit) => unit.name).filter((name) => ticked.has(name) && !kept.includes(name));
  return [...kept, ...added];
}

export function UnitPicker({ title, units, selected, onApply, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [filter, setFilter] = useState('');
  const [ticked, setTicked] = useState(() => new Set(selected.filter((name) => units.some((unit) => unit.name === name))));
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const groups = useMemo(() => {
    const needle = filter.trim();
    const shown = needle ? units.filter((unit) => unit.name.includes(needle) || unit.short.includes(needle) || unit.category.includes(needle)) : units;
    return groupUnits(shown);
  }, [units, filter]);

  const toggle = (name: string) =>
    setTicked((previous) => {
      const next = new Set(previous);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });

  return (
    <dialog ref={dialog} className="unit-picker" aria-labelledby="unit-picker-title" onClose={onClose}>
      <h2 id="unit-picker-title">{title}</h2>
      {units.length === 0 ? (
        <p className="picker-empty">单位名录是空的：请在“设置 → 单位名录”中添加或粘贴导入单位。</p>
      ) : (
        <>
          <input className="picker-filter" type="search" value={filter} placeholder="按全称、简称或类别筛选" aria-label="筛选单位" onChange={(e) => setFilter(e.target.value)} />
          <div className="picker-groups">
            {groups.map((group) => (
              <fieldset key={group.category}>
                <legend>{group.category}</legend>
                {group.units.map((unit) => (
                  <label key={unit.name} className="picker-unit">
                    <input type="checkbox" checked={ticked.has(unit.name)} onChange={() => toggle(unit.name)} />
                    {unit.name}
                    {unit.short && <span className="picker-short">{unit.short}</span>}
                  </label>
                ))}
              </fieldset>
            ))}
            {groups.length === 0 && <p className="picker-empty">没有符合“{filter}”的单位。</p>}
          </div>
        </>
      )}
      <div className="picker-actions">
        <span className="picker-count">已选 {ticked.size} 个</span>
        <button type="button" onClick={() => dialog.current?.close()}>
          取消
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            onApply(mergePicked(selected, units, ticked));
            dialog.current?.close();
          }}
        >
          确定
        </button>
      </div>
    </dialog>
  );
}
