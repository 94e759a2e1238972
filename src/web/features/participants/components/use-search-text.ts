import { useCallback, useEffect, useRef, useState } from 'react';

/** Long enough to type a word, short enough to feel immediate. */
const SEARCH_DELAY_MS = 300;

/**
 * The text of a search box whose search lives in the URL as `q`. Typing waits for a pause before it
 * changes the URL (and the query); `searchNow` skips the wait. A change of `q` from elsewhere (Back,
 * "Clear filters") replaces the text.
 */
export function useSearchText(q: string, writeQ: (q: string) => void) {
  const [searchText, setSearchText] = useState(q);
  // The q this box last wrote to the URL; any other change of q came from Back/forward or "Clear filters".
  const written = useRef(q);
  const searchNow = useCallback(
    (text: string) => {
      written.current = text.trim();
      writeQ(text.trim());
    },
    [writeQ],
  );
  useEffect(() => {
    if (searchText.trim() === written.current) return;
    const timer = setTimeout(() => searchNow(searchText), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText, searchNow]);
  useEffect(() => {
    if (q === written.current) return;
    written.current = q;
    setSearchText(q);
  }, [q]);
  return { searchText, setSearchText, searchNow };
}
