// A text field whose typing reaches the map at every pause and on Enter or leaving the field; Escape puts back what it held before.
import { type KeyboardEvent, useId } from 'react';
import { useTypedDraft } from './useTypedDraft.ts';

export interface CommitFieldProps {
  label: string;
  value: string;
  onCommit(value: string): void;
  multiline?: boolean;
  placeholder?: string;
  hint?: string;
}

export function CommitField({ label, value, onCommit, multiline = false, placeholder, hint }: CommitFieldProps) {
  const id = useId();
  const typed = useTypedDraft(value, onCommit);
  // Escape is left to bubble: the inspector hands the focus back to the map after the field has put its value back.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      typed.restore();
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      typed.keep();
    }
  };
  const common = {
    id,
    value: typed.draft,
    placeholder,
    onChange: (event: { target: { value: string } }) => typed.change(event.target.value),
    onBlur: typed.keep,
    onKeyDown,
    'aria-describedby': hint ? `${id}-hint` : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={4} {...common} /> : <input type="text" {...common} />}
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
