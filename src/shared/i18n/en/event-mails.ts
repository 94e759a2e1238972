// Mails about the programme's events (events.mail.ts).
export default {
  eventWhen: '{start} to {end} ({offset}, {timeZone})',
  eventWhenSameDay: '{start} to {endTime} ({offset}, {timeZone})',
  detailWhen: 'When: {when}',
  detailPlace: 'Place: {place}',
  detailOnline: 'Online: {link}',
  registeredSubject: 'You are registered: {title}',
  registeredBody:
    'Hello {name},\n\nYou are registered for “{title}” ({cycleName}):\n\n{details}\n\nThe calendar entry is attached. Until {deadline} you can unregister on your programme page: {link}\n',
  waitingSubject: 'On the waiting list: {title}',
  waitingBody:
    'Hello {name},\n\nThe event “{title}” ({cycleName}) is full, so you are on its waiting list, in place {position}. When a place becomes free, it goes to the first on the list, and we write to you at once.\n\n{details}\n\nYour programme page: {link}\n',
  promotedSubject: 'A place is free for you: {title}',
  promotedBody:
    'Hello {name},\n\nA place became free, and you are now registered for “{title}” ({cycleName}):\n\n{details}\n\nThe calendar entry is attached. If you cannot come after all, please unregister on your programme page by {deadline}, so the next person gets the place: {link}\n',
  unregisteredSubject: 'Unregistered: {title}',
  unregisteredBody:
    'Hello {name},\n\nYou are no longer registered for “{title}” on {when}. The attached cancellation removes it from your calendar.\n\nYour programme page: {link}\n',
  leftWaitingListSubject: 'Off the waiting list: {title}',
  leftWaitingListBody:
    'Hello {name},\n\nYou are no longer on the waiting list for “{title}” on {when}.\n\nYour programme page: {link}\n',
  updatedSubject: 'Changed: {title}',
  updatedBody:
    'Hello {name},\n\nThe event “{title}” ({cycleName}) has changed. This is what holds now:\n\n{details}\n\nThe updated calendar entry is attached. Your programme page: {link}\n',
  cancelledSubject: 'Cancelled: {title}',
  cancelledBody:
    'Hello {name},\n\nThe event “{title}” on {when} ({cycleName}) is cancelled.{noteBlock}\n\n{registered, select, yes {The attached cancellation removes it from your calendar.} other {You were on its waiting list.}}\n',
  reminderSubject: 'In two days: {title}',
  reminderBody:
    'Hello {name},\n\nA reminder: you are registered for “{title}” ({cycleName}).\n\n{details}\n\nIf you cannot come, please tell the programme’s coordination, so someone else can take your place: {link}\n',
  messageBody:
    'Hello {name},\n\n{message}\n\n--\nYou receive this message because you are {registered, select, yes {registered for} other {on the waiting list for}} “{title}” on {when} ({cycleName}).',
};
