import type { MouseEvent } from 'react';
import { textCompliance } from '../../i18n/vi-compliance';
import { navigateTo } from '../../navigation/location-store';
import { isPlainLeftClick } from '../../navigation/routes';
import type { ComplianceTab } from './compliance-params';

type ComplianceTabsProps = {
  tabs: readonly ComplianceTab[];
  current: ComplianceTab;
  hrefOf: (tab: ComplianceTab) => string;
};

const t = textCompliance.tabs;

/**
 * The page's sections as links (each its own address: back returns to the one before, and a section opens in a
 * new tab with Ctrl-click), the current one marked for screen readers with aria-current.
 */
export function ComplianceTabs({ tabs, current, hrefOf }: ComplianceTabsProps) {
  return (
    <nav className="compliance-tabs" aria-label={t.label}>
      <ul className="compliance-tabs__list">
        {tabs.map((tab) => {
          const href = hrefOf(tab);
          const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
            if (!isPlainLeftClick(event)) return;
            event.preventDefault();
            navigateTo(href);
          };
          return (
            <li key={tab}>
              <a
                href={href}
                className="compliance-tabs__link"
                aria-current={tab === current ? 'page' : undefined}
                data-testid={`compliance-tab-${tab}`}
                onClick={onClick}
              >
                {t[tab]}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
