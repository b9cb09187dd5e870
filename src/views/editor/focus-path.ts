import { parentPath } from '@/domain/draft/draft-paths';

/**
 * Focuses the field for a JSON path inside `root`: the field with that
 * `data-path`, else one whose `data-group` it is, else the same for the path
 * one step up, and so on; a closed `<details>` around it is opened first.
 * Returns false when nothing on the page stands for the path.
 */
export function focusPath(root: HTMLElement, path: string): boolean {
  for (let at: string | null = path; at !== null; at = parentPath(at)) {
    const quoted = CSS.escape(at);
    const target = root.querySelector<HTMLElement>(`[data-path="${quoted}"], [data-group="${quoted}"]`);
    if (!target) continue;
    const details = target.closest('details');
    if (details && !details.open) details.open = true;
    const focusable = target.matches('input, select, textarea, button, [tabindex]')
      ? target
      : (target.querySelector<HTMLElement>('input, select, textarea, button') ?? target);
    if (!focusable.matches('input, select, textarea, button, [tabindex]')) focusable.tabIndex = -1;
    focusable.focus();
    focusable.scrollIntoView({ block: 'nearest' });
    return true;
  }
  return false;
}
