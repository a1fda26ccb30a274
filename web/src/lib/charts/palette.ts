/**
 * Colours shared by the charts; answer levels read strong → weak (an answer without a grade
 * grey, a question left blank paler still), timings 事前 / 事後.
 */
export const levelColors = {
  strong: '#1a7f37',
  adequate: '#8cc084',
  weak: '#d1242f',
  ungraded: '#9aa1aa',
  unanswered: '#e3e6ea',
} as const;

export const timingColors: Record<string, string> = {
  事前: '#0969da',
  事後: '#e16f24',
  不明: '#8c959f',
};

export const sequential = ['#eef4fb', '#9ec2e6', '#2f6fb0', '#0b3a6e'];
