// One step of the outline: heading (selects the claim on the canvas), kind, status, flags with Why?, text, sources and links in words.
import { memo } from 'react';
import type { OutlineItem as Item } from '../../model/outline.ts';
import { ClaimBadges } from './ClaimBadges.tsx';
import { ClaimSources } from './ClaimSources.tsx';

interface Props {
  item: Item;
  selected: boolean;
  onChoose: (id: string) => void;
}

export const OutlineItem = memo(function OutlineItem({ item, selected, onChoose }: Props) {
  return (
    <li className={selected ? 'outline-item outline-item--selected' : 'outline-item'} data-claim-id={item.id} aria-current={selected ? 'true' : undefined}>
      <h3 className="outline-item__heading">
        <button type="button" className="outline-item__select" aria-pressed={selected} onClick={() => onChoose(item.id)}>
          <span className="outline-item__step">{item.step}.</span> {item.label}
        </button>
      </h3>
      <ClaimBadges kind={item.kind} status={item.status} date={item.date} flags={item.flags} />
      {item.flags.map((flag) => (
        <div key={flag.kind} className="outline-item__why">
          <p className="outline-item__why-title">Why “{flag.title}”?</p>
          <ul>
            {flag.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      ))}
      {item.text && <p className="outline-item__text">{item.text}</p>}
      <ClaimSources sources={item.sources} />
      {item.links.length > 0 && (
        <ul className="outline-item__links" aria-label={`Links of “${item.label}”`}>
          {item.links.map((link) => (
            <li key={`${link.relationId}-${link.direction}`}>
              {link.text.slice(0, link.text.length - link.otherLabel.length)}
              <button type="button" className="outline-item__link" onClick={() => onChoose(link.otherId)}>
                {link.otherLabel}
              </button>
              {link.note && <span className="outline-item__note"> ({link.note})</span>}
              {link.broken && <span className="outline-item__broken"> — broken: its source is refuted</span>}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
});
