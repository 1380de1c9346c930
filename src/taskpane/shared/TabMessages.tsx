import { MessageBar, MessageBarBody } from '@fluentui/react-components';

/** A tab's last error (red) and its last notice of success (green), each shown while set. */
export function TabMessages({ error, notice }: { readonly error: string | null; readonly notice: string | null }): JSX.Element {
  return (
    <>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
