import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../../lib/api.ts';
import { CopyField } from '../../../lib/ui/copy-field.tsx';
import { type DemoLoaded, loadDemo } from '../api/setup.ts';

/** Loads the demo consortium and then shows who to sign in as: the password is shown only this once. */
export function DemoLoader({ onContinue }: { onContinue: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [demo, setDemo] = useState<DemoLoaded | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (demo) resultHeading.current?.focus();
  }, [demo]);

  const load = async () => {
    setBusy(true);
    setError(null);
    try {
      setDemo(await loadDemo());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (demo) {
    return (
      <div className="demo-result">
        <h2 ref={resultHeading} tabIndex={-1}>
          Demo consortium loaded
        </h2>
        <p>
          {demo.organisations} organisations and {demo.participants} participants are ready. Every demo
          account uses the same password.
        </p>
        <CopyField label="Demo password" value={demo.demoPassword} />
        <table className="table">
          <caption>Demo accounts</caption>
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Who this is</th>
            </tr>
          </thead>
          <tbody>
            {demo.signInAs.map((a) => (
              <tr key={a.email}>
                <td>
                  <code>{a.email}</code>
                </td>
                <td>{a.role}</td>
                <td>{a.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <button type="button" className="button" onClick={onContinue}>
            Go to sign in
          </button>
        </p>
      </div>
    );
  }

  return (
    <div>
      {error ? (
        <div role="alert" className="notice notice--error">
          {error}
        </div>
      ) : null}
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void load()}>
        Load demo consortium
      </button>
      {busy ? (
        <p role="status" className="loading">
          Loading the demo consortium…
        </p>
      ) : null}
    </div>
  );
}
