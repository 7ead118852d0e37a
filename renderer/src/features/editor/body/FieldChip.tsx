/**
 * A field's chip and its popover: the key, the value and where it came from in words. The writer
 * may retype the value; a retyped value has no ledger behind it any more. A gap from pasted or
 * imported text (连续×年) shows its marker, highlighted, until filled; 清空 brings the marker back.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { unfilledFieldText, type FieldInline } from '../../../../../core/model/inline.ts';
import { provenanceText } from '../../data/provenance-text.ts';

interface Props {
  field: FieldInline;
  /** Selected in the body as a whole node (arrow keys, click). */
  selected?: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onRetype: (value: string | null) => void;
  /** A mouse click: the writer keeps typing where they are, so the caret goes beside the chip. */
  onPointerOpen?: () => void;
  /** More in the popover under the value, e.g. a gap's suggestions from the ledgers. */
  extra?: ReactNode;
}

const popoverWidth = 320;

function chipTitle(field: FieldInline): string {
  if (!field.gap) return `${field.key}：${provenanceText(field.source)}`;
  return field.value === null ? `待填：${field.key}（F4 到下一处）` : `${field.key}：${provenanceText(field.source)}；清空后恢复为“${field.gap.marker}”`;
}

export function FieldChip({ field, selected = false, open, onOpenChange, onRetype, onPointerOpen, extra }: Props) {
  const chip = useRef<HTMLSpanElement>(null);
  // Opened from the keyboard: the value takes focus, and closing gives it back to the chip.
  const [byKeyboard, setByKeyboard] = useState(false);
  const filled = field.value !== null;
  return (
    <>
      {/* A span, not a button: a long value wraps with the line like the words around it. */}
      <span
        ref={chip}
        role="button"
        tabIndex={0}
        className={`field-chip ${filled ? '' : 'unfilled'} ${field.gap ? 'gap' : ''} ${field.source ? 'from-ledger' : ''} ${selected ? 'selected' : ''}`}
        title={chipTitle(field)}
        aria-haspopup="dialog"
        aria-expanded={open}
        data-field-key={field.key}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => {
          setByKeyboard(false);
          if (!open) onPointerOpen?.();
          onOpenChange(!open);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          setByKeyboard(true);
          onOpenChange(true);
        }}
      >
        {field.value ?? unfilledFieldText(field)}
      </span>
      {open && chip.current && (
        <FieldPopover
          field={field}
          anchor={chip.current}
          focusValue={byKeyboard || !onPointerOpen}
          onClose={() => {
            onOpenChange(false);
            if (byKeyboard) chip.current?.focus();
          }}
          onRetype={onRetype}
          extra={extra}
        />
      )}
    </>
  );
}

interface PopoverProps {
  field: FieldInline;
  anchor: HTMLElement;
  focusValue: boolean;
  onClose: () => void;
  onRetype: (value: string | null) => void;
  extra?: ReactNode;
}

function FieldPopover({ field, anchor, focusValue, onClose, onRetype, extra }: PopoverProps) {
  const [draft, setDraft] = useState(field.value ?? '');
  const dialog = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const rect = anchor.getBoundingClientRect();
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - popoverWidth - 8));

  useEffect(() => {
    if (focusValue) {
      input.current?.focus();
      input.current?.select();
    }
  }, [focusValue]);
  useEffect(() => {
    const outside = (event: MouseEvent) => {
      if (!dialog.current?.contains(event.target as Node) && !anchor.contains(event.target as Node)) onClose();
    };
    // Esc closes it wherever focus is, the body included.
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('mousedown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('mousedown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [anchor, onClose]);

  const apply = () => {
    const value = draft.trim() === '' ? null : draft;
    if (value !== field.value) onRetype(value);
    onClose();
  };
  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (event.key === 'Tab') {
      // Keeps Tab inside the popover: the value, the suggestions and the ledger picker, 确定, 取消 and round again.
      const focusable = [...(dialog.current?.querySelectorAll<HTMLElement>('input, button, select') ?? [])];
      const index = focusable.indexOf(document.activeElement as HTMLElement);
      const next = focusable[(index + (event.shiftKey ? -1 : 1) + focusable.length) % focusable.length];
      event.preventDefault();
      next?.focus();
    }
  };

  return createPortal(
    <div ref={dialog} role="dialog" aria-labelledby={titleId} className="field-popover" style={{ top: rect.bottom + 6, left, width: popoverWidth, maxHeight: Math.max(240, window.innerHeight - rect.bottom - 14) }} onKeyDown={onKeyDown}>
      <h3 id={titleId}>{field.gap ? `待填：${field.key}` : field.key}</h3>
      <label>
        数值
        <input
          ref={input}
          value={draft}
          placeholder="未填写"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              apply();
            }
          }}
        />
      </label>
      <p className="field-origin">
        <span>来源：</span>
        {provenanceText(field.source)}
      </p>
      {field.gap && <p className="field-note">原文为“{field.gap.marker}”，未填写时照原样打印，导出前会提醒。</p>}
      {field.source && <p className="field-note">改写数值后，它将作为手工填写的值，不再随台账更新。</p>}
      {extra}
      <div className="field-actions">
        <button type="button" onClick={apply}>
          确定
        </button>
        <button type="button" onClick={onClose}>
          取消
        </button>
        {field.gap && field.value !== null && (
          <button
            type="button"
            onClick={() => {
              onRetype(null);
              onClose();
            }}
          >
            清空
          </button>
        )}
      </div>
    </div>,
    document.body,
  );
}
