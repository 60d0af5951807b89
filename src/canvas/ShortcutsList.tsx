// The list inside the shortcuts panel, group by group from the one table in shortcuts.ts; loaded the first time the panel opens.
import { SHORTCUT_GROUPS } from './shortcuts.ts';

export function ShortcutsList() {
  return SHORTCUT_GROUPS.map((group, index) => (
    <section key={group.title} aria-labelledby={`shortcuts-group-${index}`}>
      <h3 id={`shortcuts-group-${index}`} className="shortcuts-help__group">
        {group.title}
      </h3>
      <dl className="shortcuts-help__list">
        {group.shortcuts.map((shortcut) => (
          <div key={shortcut.action} className="shortcuts-help__row">
            <dt>
              {shortcut.keys.map((chord, i) => (
                <span key={chord}>
                  {i > 0 && <span className="shortcuts-help__or"> or </span>}
                  {chord.split('+').map((key, j) => (
                    <span key={j}>
                      {j > 0 && '+'}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </span>
              ))}
            </dt>
            <dd>{shortcut.action}</dd>
          </div>
        ))}
      </dl>
    </section>
  ));
}
