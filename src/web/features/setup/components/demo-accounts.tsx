import { useEffect, useRef } from 'react';
import { roleLabel } from '../../../lib/format.ts';
import { CopyField } from '../../../lib/ui/copy-field.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import type { DemoLoaded } from '../api/setup.ts';

/** Who to sign in as after loading the demo. The password is shown only here, so it gets a copy button. */
export function DemoAccounts({ demo, onContinue }: { demo: DemoLoaded; onContinue: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="panel" aria-labelledby="demo-loaded">
      <h2 id="demo-loaded" ref={heading} tabIndex={-1}>
        Demo consortium loaded
      </h2>
      <p>
        {demo.organisations} organisations and {demo.participants} participants are ready. Every demo account
        uses the same password.
      </p>
      <CopyField label="Demo password" value={demo.demoPassword} />
      <TableRegion label="Demo accounts">
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
                <td className="wrap-anywhere">
                  <code>{a.email}</code>
                </td>
                <td>{roleLabel(a.role)}</td>
                <td>{a.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <button type="button" className="button" onClick={onContinue}>
        Go to sign in
      </button>
    </section>
  );
}
