import { useRef, type ReactNode } from 'react';
import { Button } from '@fluentui/react-components';

/**
 * A button that opens the browser's file chooser (a hidden file input, named for screen readers and
 * tests by `inputLabel`) and hands over the chosen file; choosing the same file again works too.
 */
export function FileButton({
  inputLabel,
  accept,
  disabled,
  onFile,
  children,
}: {
  readonly inputLabel: string;
  readonly accept: string;
  readonly disabled: boolean;
  readonly onFile: (file: File) => void;
  readonly children: ReactNode;
}): JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        aria-label={inputLabel}
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) onFile(f);
          e.target.value = '';
        }}
      />
      <Button onClick={() => input.current?.click()} disabled={disabled}>
        {children}
      </Button>
    </>
  );
}
