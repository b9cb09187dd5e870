/**
 * Copies `text` to the clipboard; where the page may not (an insecure page,
 * a frame), selects it in `field` for a manual copy instead. Resolves to
 * whether the copy was made.
 */
export async function copyText(text: string, field: HTMLTextAreaElement | null | undefined): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.focus();
    field?.select();
    return false;
  }
}
