// The server's refusals about cycles: their phases, dates and organisations.
export default {
  statusName:
    '{status, select, draft {draft} open {open} matching {matching} running {running} other {closed}}',
  statusNameInList:
    '{status, select, draft {draft} open {open} matching {matching} running {running} other {closed}}',
  statusMoveRefused:
    '{from, select, draft {A draft} open {An open} matching {A matching} running {A running} other {A closed}} cycle cannot become {to}; it can become {moves}.',
  statusMoveRefusedFinal:
    '{from, select, draft {A draft} open {An open} matching {A matching} running {A running} other {A closed}} cycle cannot become {to}; it is final.',
  runningWithTandems:
    'This cycle is running with {count, plural, one {# active tandem} other {# active tandems}}, whose reminders, health flags and surveys depend on it; it can only be closed at the end of the tandem year.',
  draftInApproval:
    'The draft is with the organisations for approval; back in nominations, profile reminders would start again while they decide. Publish the approved tandems first.',
  closedNoPublishing:
    'This cycle is closed, so no tandems are published in it any more; publish in a cycle that is not closed.',
  closedNoJoining: 'Organisations cannot join a closed cycle.',
  organisationHasParticipants:
    'This organisation still has {count, plural, one {# participant} other {# participants}} in the cycle; remove them first.',
  cycleChanged:
    'This cycle changed since you loaded it. Load it again to see the change, then make yours again.',
  endsBeforeStart: 'The cycle must end after it starts.',
  endsBeforeStartField: 'must be after the start date',
};
