import type { Meeting } from '../../../../shared/contract/meetings.ts';
import { meetingsMessages } from '../../../../shared/i18n/meetings.ts';
import { useMessages } from '../../../lib/i18n.tsx';

/** Where the meeting stands, from the viewer's side. */
export function MeetingStatusBadge({ meeting }: { meeting: Meeting }) {
  const t = useMessages(meetingsMessages);
  switch (meeting.status) {
    case 'proposed':
      return meeting.proposedByMe ? (
        <span className="badge badge--pending">{t('statusProposedByMe')}</span>
      ) : (
        <span className="badge badge--warning">{t('statusProposedToMe')}</span>
      );
    case 'accepted':
      return <span className="badge badge--accepted">{t('statusAccepted')}</span>;
    case 'held':
      return <span className="badge badge--accepted">{t('statusHeld')}</span>;
    case 'cancelled':
      return <span className="badge badge--closed">{t('statusCancelled')}</span>;
  }
}
