// Okabe–Ito colours: told apart with every common colour-vision deficiency. Charts name each series
// in a legend and label each bar with its number too, so no figure depends on colour alone.
export const palette = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  purple: '#CC79A7',
  skyBlue: '#56B4E9',
  vermillion: '#D55E00',
} as const;

/** The colour each series keeps on every chart. */
export const seriesColours = {
  mentees: palette.blue,
  mentors: palette.orange,
  mentorsGiven: palette.green,
  menteesReceived: palette.vermillion,
  meetings: palette.blue,
} as const;
