// The shortcuts that stay on screen while the guide scrolls: straight to the urgent route when
// someone is at imminent risk of harm (and, where the policy has one, suspected injury to an infant).
import { Link } from 'react-router';
import type { PolicyPack } from '../../domain/policy/policy-pack';
import { urgentShortcuts } from './guide-model';

export function UrgentBar({
  pack,
  onFollow,
}: {
  pack: PolicyPack;
  onFollow: (stepId: string) => void;
}) {
  return (
    <nav className="guide-urgent-bar" aria-label="Urgent">
      <span className="guide-urgent-bar__label" aria-hidden="true">
        Urgent
      </span>
      <ul>
        {urgentShortcuts(pack).map((shortcut) => (
          <li key={shortcut.stepId}>
            <Link
              to={{ search: `?step=${shortcut.stepId}` }}
              className="guide-urgent-bar__link"
              onClick={() => onFollow(shortcut.stepId)}
            >
              {shortcut.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
