// The sign-in page.
export default {
  title: 'Sign in',
  email: 'Email',
  password: 'Password',
  submit: 'Sign in',
  submitting: 'Signing in…',
  rateLimitedWait: '{message} Try again in {seconds, plural, one {# second} other {# seconds}}.',
  rateLimitedWaitMinutes: '{message} Try again in {minutes, plural, one {# minute} other {# minutes}}.',
  forgotPassword: 'Forgot your password?',
  noAccount:
    'No account yet? Accounts are created by invitation: ask your coordinator or organisation contact.',
};
