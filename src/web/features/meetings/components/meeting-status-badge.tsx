import type { Meeting } from '../../../../shared/contract/meetings.ts';

/** Where the meeting stands, from the viewer's side. */
export function MeetingStatusBadge({ meeting }: { meeting: Meeting }) {
  switch (meeting.status) {
    case 'proposed':
      return meeting.proposedByMe ? (
        <span className="badge badge--pending">Proposed by you, waiting for your partner</span>
      ) : (
        <span className="badge badge--warning">Proposed to you</span>
      );
    case 'accepted':
      return <span className="badge badge--accepted">Accepted</span>;
    case 'held':
      return <span className="badge badge--accepted">Held</span>;
    case 'cancelled':
      return <span className="badge badge--closed">Cancelled</span>;
  }
}
