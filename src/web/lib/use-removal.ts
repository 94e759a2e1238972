import { useState } from 'react';
import { errorMessage } from './api.ts';
import { navigate } from './router.tsx';

/** Deletes something and then leaves for `afterPath`; on failure it stays and says why. */
export function useRemoval(removeIt: () => Promise<unknown>, afterPath: string) {
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const remove = async () => {
    setRemoving(true);
    setRemoveError(null);
    try {
      await removeIt();
      navigate(afterPath, { replace: true });
    } catch (e) {
      setRemoveError(errorMessage(e));
      setRemoving(false);
    }
  };
  return { remove, removing, removeError };
}
