// A web form's fields as an object of strings, for the few routes that take a form (`formBody` in
// the declaration): the one-click unsubscribe, which mail providers POST as
// `List-Unsubscribe=One-Click` (RFC 8058), URL-encoded or as multipart/form-data. Files and
// repeated fields are not needed there: a repeated field keeps its last value.

export const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/** The fields of a form body of the given content type (as the request's header says it). */
export function parseFormFields(contentType: string, body: string): Record<string, string> {
  if (/^\s*multipart\/form-data/i.test(contentType)) return multipartFields(contentType, body);
  return Object.fromEntries(new URLSearchParams(body));
}

function multipartFields(contentType: string, body: string): Record<string, string> {
  const boundary = /;\s*boundary=(?:"([^"]+)"|([^\s;]+))/i.exec(contentType);
  const delimiter = boundary?.[1] ?? boundary?.[2];
  if (!delimiter) return {};
  const fields: Record<string, string> = {};
  // Each part sits between two delimiter lines ("--" and the boundary); the text before the
  // first and after the last ("--" closes the body) is no part. Leniently, a part is anything
  // between two occurrences of the boundary, as RFC 8058's own example writes its lines.
  const parts = body.split(delimiter).slice(1, -1);
  for (const raw of parts) {
    const part = raw.replace(/^\r?\n/, '');
    const split = /\r?\n\r?\n/.exec(part);
    if (!split) continue;
    const headers = part.slice(0, split.index);
    const name = /^content-disposition:[^\n]*;\s*name="([^"]*)"/im.exec(headers)?.[1];
    if (name === undefined) continue;
    // The line break before the next delimiter belongs to the delimiter, as do its leading dashes.
    fields[name] = part.slice(split.index + split[0].length).replace(/\r?\n-*$/, '');
  }
  return fields;
}
