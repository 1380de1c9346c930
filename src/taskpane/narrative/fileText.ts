/** Saves bytes as a download, in the pane itself (no server, no network). */
export function downloadBytes(bytes: Uint8Array, fileName: string, mime: string): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Some hosts start the download asynchronously: revoke a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** A file name Windows accepts, from a title. */
export function safeFileName(title: string, ext: string): string {
  const base = title.replace(/[\\/:*?"<>|\r\n]+/g, ' ').trim() || '情况说明';
  return `${base}.${ext}`;
}
