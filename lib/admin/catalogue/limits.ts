// How large an import file may be: read by the import form (to say so before
// sending), by the server action (to say so after), and by next.config.ts
// (the request body limit of server actions, which must let such a file through).

export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

/** Room for the form's other fields and the multipart framing around the file. */
export const IMPORT_REQUEST_BYTES = MAX_IMPORT_BYTES + 256 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The message for a file over the limit, the same in the browser and on the server. */
export function tooLargeMessage(bytes: number): string {
  return `The file is too large (${megabytes(bytes)}): an import reads at most ${megabytes(MAX_IMPORT_BYTES)}. Nothing was sent or written.`;
}
