// Forgetting a password: asking for a link, and setting a new password with it.
export default {
  forgotTitle: 'Forgot your password?',
  forgotIntro: 'Give the email address you sign in with; we will mail you a link to set a new password.',
  noMailDelivery:
    'This installation does not send mail yet, so a link to set a new password cannot reach you. Ask your programme’s coordinator: whoever runs crossmentor can set up mail delivery (SMTP), and then you can ask for a link here.',
  backToSignIn: 'Back to sign in',
  email: 'Email',
  sendLink: 'Send me a link',
  sending: 'Sending…',
  linkSent:
    'If an account exists for {email}, we have sent a link to set a new password. It is valid for {minutes, plural, one {# minute} other {# minutes}} and works once.',
  noMailYet: 'No mail after a few minutes? Check your spam folder or ask again.',
  askAgain: 'Ask again',
  resetTitle: 'Set a new password',
  resetIntro: 'Choose a new password for your crossmentor account.',
  linkIncomplete:
    'This address does not hold a whole link. Open the link from the mail again, or copy all of it.',
  chooseAnotherPassword: 'Please choose another password.',
  passwordSet:
    'Your new password is set and you are signed in. Anyone else signed in to your account has been signed out.',
  continue: 'Continue',
  linkUnusable: 'This link cannot be used.',
  linkValidity:
    'Links are valid for {minutes, plural, one {# minute} other {# minutes}} and work once. <newLink>Ask for a new link</newLink> or <signIn>sign in</signIn>.',
  repeatMismatch: 'does not match the password',
  newPassword: 'New password',
  newPasswordHint:
    'At least {min, plural, one {# character} other {# characters}}. Common passwords are refused.',
  repeatPassword: 'Repeat new password',
  settingPassword: 'Setting the password…',
  setPassword: 'Set new password',
};
