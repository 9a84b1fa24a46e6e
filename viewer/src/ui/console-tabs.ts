/**
 * The console's two tabs, "问" (ask in Chinese) and "Cypher", over one panel each. Showing a tab
 * opens the console too: a question from the search box, or a statement sent from the 问 tab,
 * must land somewhere visible.
 */
import { byId } from './dom.ts';

export type ConsoleTab = 'ask' | 'cypher';

export function mountConsoleTabs(): { show(tab: ConsoleTab): void } {
  const details = byId<HTMLDetailsElement>('console-details');
  const tabs: Record<ConsoleTab, { button: HTMLElement; panel: HTMLElement }> = {
    ask: { button: byId('tab-ask'), panel: byId('ask-panel') },
    cypher: { button: byId('tab-cypher'), panel: byId('cypher-panel') },
  };
  const show = (tab: ConsoleTab) => {
    details.open = true;
    for (const [name, { button, panel }] of Object.entries(tabs)) {
      button.setAttribute('aria-selected', String(name === tab));
      panel.hidden = name !== tab;
    }
  };
  for (const [name, { button }] of Object.entries(tabs)) button.addEventListener('click', () => show(name as ConsoleTab));
  return { show };
}
