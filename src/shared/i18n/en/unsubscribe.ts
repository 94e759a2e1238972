// The page a one-click unsubscribe link opens (a reminder's or a digest's), and the line its POST
// answers. `reminders` is the reminder the link turns off (meeting, agreement, profile, survey),
// `all` of them (a digest's link), or `several`, listed in `list` from the reminder names below.
export default {
  pageAsk:
    'Stop {reminders, select, meeting {meeting reminders} agreement {reminders to sign the tandem agreement} profile {reminders to complete your profile} survey {survey reminders} several {these reminders ({list})} other {all automatic reminders}}?',
  pageExplain:
    'This turns off {reminders, select, meeting {meeting reminders} agreement {reminders to sign the tandem agreement} profile {reminders to complete your profile} survey {survey reminders} several {these reminders ({list})} other {all automatic reminders}} for the address this mail went to. Other mails from your mentoring programme keep coming. You can turn them on again at any time in your mail settings.',
  pageButton:
    'Stop {reminders, select, meeting {meeting reminders} agreement {reminders to sign the tandem agreement} profile {reminders to complete your profile} survey {survey reminders} several {these reminders ({list})} other {all automatic reminders}}',
  pageAlreadyOff:
    '{reminders, select, meeting {Meeting reminders} agreement {Reminders to sign the tandem agreement} profile {Reminders to complete your profile} survey {Survey reminders} several {These reminders ({list})} other {All automatic reminders}} are off',
  pageAlreadyOffExplain: 'You can turn them on again at any time in your mail settings.',
  pageSettingsLink: 'Mail settings (after signing in)',
  oneClickDone:
    '{reminders, select, meeting {Meeting reminders} agreement {Reminders to sign the tandem agreement} profile {Reminders to complete your profile} survey {Survey reminders} several {These reminders ({list})} other {All automatic reminders}} are off. You can turn them on again in your mail settings: {link}\n',
  reminderMeeting: 'meeting reminders',
  reminderAgreement: 'reminders to sign the tandem agreement',
  reminderProfile: 'reminders to complete your profile',
  reminderSurvey: 'survey reminders',
};
