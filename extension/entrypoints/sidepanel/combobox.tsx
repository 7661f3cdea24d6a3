import { useState } from 'preact/hooks';
import type { JSX } from 'preact';

export interface ComboOption {
  key: string;
  label: string;
  /** A second, muted line: e.g. the name in another language that matched. */
  detail?: string | null;
}

interface Props {
  id: string;
  value: string;
  options: ComboOption[];
  onInput(value: string): void;
  onPick(option: ComboOption): void;
  onFocus?(): void;
  invalid?: boolean;
  describedBy?: string;
  /** Accessible name of the list of suggestions. */
  listLabel: string;
}

/**
 * A text input with a list of suggestions (the ARIA 1.2 combobox pattern): ↓/↑ move through the
 * list, Enter takes the highlighted one, Escape closes the list, typing reopens it. Focus stays
 * in the input; the highlighted option is announced through aria-activedescendant.
 */
export function Combobox({ id, value, options, onInput, onPick, onFocus, invalid, describedBy, listLabel }: Props) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const expanded = open && options.length > 0;
  const listId = `${id}-listbox`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const current = expanded && active >= 0 && active < options.length ? active : -1;

  const pick = (option: ComboOption) => {
    onPick(option);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLInputElement>) => {
    if (e.ctrlKey || e.metaKey || (e.altKey && e.key !== 'ArrowDown')) return; // the panel's shortcuts
    const n = options.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (n === 0) return;
      e.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(e.key === 'ArrowDown' ? 0 : n - 1);
      } else {
        setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % n : (a <= 0 ? n : a) - 1));
      }
    } else if (e.key === 'Enter' && current >= 0) {
      e.preventDefault();
      pick(options[current]!);
    } else if (e.key === 'Escape' && expanded) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div class="combo">
      <input
        id={id}
        type="text"
        role="combobox"
        dir="auto"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded ? 'true' : 'false'}
        aria-controls={listId}
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy}
        value={value}
        onInput={(e) => {
          onInput(e.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => onFocus?.()}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={listLabel} class="combo-list" hidden={!expanded}>
        {expanded &&
          options.map((o, i) => (
            <li
              key={o.key}
              id={optionId(i)}
              role="option"
              aria-selected={i === current ? 'true' : 'false'}
              class={i === current ? 'active' : undefined}
              // Keeps the focus in the input, so the click does not close the list first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(o)}
            >
              <span dir="auto">{o.label}</span>
              {o.detail && (
                <span class="combo-detail" dir="auto">
                  {o.detail}
                </span>
              )}
            </li>
          ))}
      </ul>
    </div>
  );
}
