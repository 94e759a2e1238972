// The page shown for an address that leads nowhere.
export default {
  title: 'Page not found',
  text: 'This page does not exist, or it is not available to your account.',
  goToStart: 'Go to the start page',
};
