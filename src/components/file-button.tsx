import { useRef, type ChangeEvent } from 'react';

/**
 * A button that opens the browser's file picker, with the hidden file input
 * it stands for; the chosen file is read in the browser, never uploaded.
 */
export function FileButton({
  label,
  accept,
  onFile,
}: {
  readonly label: string;
  /** The input's `accept`: extensions and media types offered first. */
  readonly accept: string;
  readonly onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared, so choosing the same file again is a change too.
    e.target.value = '';
    if (file) onFile(file);
  };
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={label}
        onChange={onChange}
      />
    </>
  );
}
