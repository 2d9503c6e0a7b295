// Saves bytes as a file through the browser's download, without any network request.
export function downloadFile(content: Blob | Uint8Array, fileName: string, type: string): void {
  const blob =
    content instanceof Blob ? content : new Blob([content as Uint8Array<ArrayBuffer>], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
