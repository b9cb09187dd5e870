import type { PatchPath } from '@/domain/draft/draft-patches';
import { setIn, splitList } from '@/domain/draft/draft-commands';
import { jsonPathOf } from '@/domain/draft/draft-paths';
import { useEditor } from '@/views/editor/editor-context';
import { TextField, useEntryText } from '@/views/editor/fields';

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** A list of free labels (tags, PLOVER contexts) typed with commas: `nuclear, sanctions`. */
export function ListField({
  draftPath,
  label,
  value,
  hint,
}: {
  readonly draftPath: PatchPath;
  readonly label: string;
  readonly value: readonly string[];
  readonly hint?: string;
}) {
  const { apply } = useEditor();
  const path = jsonPathOf(draftPath);
  const [text, setText] = useEntryText(
    value,
    (list) => list.join(', '),
    (typed, list) => sameList(splitList(typed), list),
  );
  return (
    <TextField
      path={path}
      label={label}
      value={text}
      hint={hint}
      onChange={(typed) => {
        setText(typed);
        apply((d) => setIn(d, draftPath, splitList(typed)), path);
      }}
    />
  );
}
