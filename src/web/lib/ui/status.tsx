import type { ReactNode } from 'react';
import { commonMessages } from '../../../shared/i18n/common.ts';
import { errorMessage } from '../api.ts';
import { useMessages } from '../i18n.tsx';
import type { Resource } from '../use-resource.ts';

export function Loading({ label }: { label: string }) {
  return (
    <p role="status" className="loading">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useMessages(commonMessages);
  return (
    <div role="alert" className="notice notice--error">
      <p>{errorMessage(error)}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t('tryAgain')}
      </button>
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="empty">{children}</div>;
}

type LoadedProps<T> = {
  resource: Resource<T>;
  /** Read to screen readers while loading, e.g. "Loading cycles…". */
  loading: string;
  children: (data: T) => ReactNode;
};

/** Shows loading, the error with a retry, or the data — the three states every loaded view has. */
export function Loaded<T>({ resource, loading, children }: LoadedProps<T>) {
  if (resource.status === 'error') return <LoadError error={resource.error} onRetry={resource.reload} />;
  if (resource.data === undefined) return <Loading label={loading} />;
  return <>{children(resource.data)}</>;
}
