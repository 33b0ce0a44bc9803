/** The kinds of page a reader meets, with their labels: the one home of "Briefing" and "Policy note". */
export const KINDS = {
  briefing: { singular: 'Briefing', plural: 'Briefings' },
  note: { singular: 'Policy note', plural: 'Policy notes' },
  data: { singular: 'Data', plural: 'Data' },
} as const;
export type Kind = keyof typeof KINDS;
