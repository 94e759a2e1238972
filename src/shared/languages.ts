// Languages are stored as ISO 639-1 codes (what the matching compares); people name them in words.

/** Every ISO 639-1 code: the languages a profile can name. */
export const ISO_639_1_CODES: readonly string[] = (
  'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de ' +
  'dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ' +
  'ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu ' +
  'lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu ' +
  'rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ' +
  'ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'
).split(' ');

/** The languages in which a name is understood: the interface's languages. */
const NAMED_IN = ['en', 'de'];

let codesByName: Map<string, string> | undefined;

function byName(): Map<string, string> {
  if (codesByName) return codesByName;
  codesByName = new Map();
  for (const locale of NAMED_IN) {
    const namer = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    for (const code of ISO_639_1_CODES) {
      const name = namer.of(code);
      if (name && !codesByName.has(name.toLocaleLowerCase(locale))) {
        codesByName.set(name.toLocaleLowerCase(locale), code);
      }
    }
  }
  return codesByName;
}

/**
 * The code of a language given by its code ("de") or by its English or German name ("German",
 * "Deutsch"), whatever the case; undefined when it names none.
 */
export function languageCode(given: string): string | undefined {
  const value = given.trim().toLowerCase();
  if (/^[a-z]{2}$/.test(value)) return ISO_639_1_CODES.includes(value) ? value : undefined;
  return byName().get(value);
}

/**
 * The languages of a list as written in a file: separated by |, commas or semicolons (or spaces
 * between codes). Each is kept as its code; what names no language is kept as written, for the
 * caller's check to name it.
 */
export function languagesFromList(list: string): string[] {
  return list.split(/[|,;]+/).flatMap((item) => {
    const value = item.trim();
    if (!value) return [];
    const whole = languageCode(value);
    if (whole) return [whole];
    return value.split(/\s+/).map((word) => languageCode(word) ?? word);
  });
}
