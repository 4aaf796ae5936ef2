/**
 * Hands the citizen a file the page made or received (a CSV export, a receipt, a document): a temporary object URL on
 * a hidden `<a download>` — no navigation, no popup, and nothing that a strict Content-Security-Policy refuses.
 * Not in any first render: the parts that save files load it with themselves.
 */

/** Saves a Blob as a file through a temporary object URL (works under a strict CSP). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The bytes of base64 text (a file the API sends inside JSON, e.g. the contract's `FileContent`) as a Blob. */
export function base64Blob(base64: string, mediaType: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mediaType });
}
