// The server's refusals about a tandem's agreement, goals and milestones.
export default {
  saveBeforeSigning: 'Save the agreement before signing it.',
  goalRemoved: 'This goal was taken out of the agreement; it can no longer change.',
  milestonesFull: 'A goal has at most {max} milestones; remove one first.',
  agreementChanged:
    'The agreement changed since you loaded it. Reload it, look at the changes and try again.',
  tandemSettingsChanged:
    'The cycle’s tandem settings changed since you loaded it. Load it again to see the change, then make yours again.',
};
